"""``minutes validate FILE...``: check drafts; exit 0 only when every file is valid."""

from __future__ import annotations

import argparse
import sys

from ..storage import DraftError, load_draft
from ..storage.line_breaks import one_line_breaks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check that draft files load",
        description="Check .minutes drafts: prints 'FILE: ok' or the problem, with its field.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="draft files to check")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    status = 0
    for name in args.files:
        try:
            load_draft(name)
        except DraftError as exc:
            # Name the file as the user typed it: several files may share a base name.
            print(DraftError(name, exc.message, exc.field), file=sys.stderr)
            status = 1
        else:
            # A name, title or place is printed on one line: a break in it is refused (the
            # editor takes it out on loading; another program's draft is fixed at its source).
            breaks = one_line_breaks(name)
            for field in breaks:
                print(
                    f"{name}: {field}: a line break in a one-line field; remove it (or open the"
                    " draft in the editor and save it, which joins the lines)",
                    file=sys.stderr,
                )
            if breaks:
                status = 1
            else:
                print(f"{name}: ok")
    return status
