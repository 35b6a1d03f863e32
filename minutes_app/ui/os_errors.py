"""An ``OSError`` said in plain words, in the interface language, naming the place."""

from __future__ import annotations

import errno
from pathlib import Path

from .i18n import N_, _

_PLAIN = {
    errno.ENOSPC: N_("the disk is full (or has no room for more files)"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.EACCES: N_("you may not write in %(folder)s"),
    errno.EPERM: N_("you may not write in %(folder)s"),
    errno.EROFS: N_("%(folder)s is on a read-only disk"),
    errno.ENOENT: N_("the folder %(folder)s is gone"),
    errno.ENOTDIR: N_("%(folder)s is not a folder"),
    errno.EEXIST: N_("%(folder)s is not a folder"),
    errno.EIO: N_("the disk reported an input/output error"),
    errno.EMFILE: N_("too many files are open"),
    errno.ENAMETOOLONG: N_("a file name is too long for this disk"),
}


def describe_os_error(exc: OSError, folder: Path) -> str:
    template = _PLAIN.get(exc.errno or 0)
    if template is not None:
        return _(template) % {"folder": folder}
    return _("%(problem)s (in %(folder)s)") % {"problem": exc.strerror or exc, "folder": folder}
