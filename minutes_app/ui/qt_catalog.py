"""Qt's own strings that its Chinese catalog (``qtbase_zh_CN.qm``) lacks, from ours.

Without them the file dialogs are half English in the Chinese interface ("&Look in:",
"Files of &type:", the "Folder" type column). Qt asks each installed translator in turn,
the last installed first; this one is installed before Qt's catalog, so it is asked only for
what that catalog does not have, and answers only for the strings listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from .i18n import N_, _

MISSING = {
    ("QFileDialog", "&Look in:"): N_("&Look in:"),
    ("QFileDialog", "Files of &type:"): N_("Files of &type:"),
    ("QAbstractFileIconProvider", "Folder"): N_("Folder"),
    ("QAbstractFileIconProvider", "Drive"): N_("Drive"),
    ("QAbstractFileIconProvider", "Unknown"): N_("Unknown"),
}


class QtGaps(QTranslator):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        message = MISSING.get((context, source))
        if message is None:
            return ""
        text = _(message)
        return text if text != message else ""

    def isEmpty(self) -> bool:
        return False
