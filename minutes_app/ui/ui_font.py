"""The interface font for the interface language.

On a Chinese desktop the system font is a CJK face (UOS and Kylin: Noto Sans CJK SC), which
draws ’ “ ” at full width, as Chinese text wants them; in the English interface they look like
holes in the words. There a Latin face goes first and the CJK face follows for Chinese
characters (names, 纪要); the Chinese interface keeps the system font as it is.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

LATIN_FACES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial", "Helvetica")

_system_font: QFont | None = None


def fit_font_to_language(app: QApplication, code: str) -> None:
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())
    font = QFont(_system_font)
    if code == "en" and draws_quotes_wide(font):
        latin = next((face for face in LATIN_FACES if QFontDatabase.hasFamily(face)), None)
        if latin is not None:
            font.setFamilies([latin, *_system_font.families()])
    if font != app.font():
        app.setFont(font)


def draws_quotes_wide(font: QFont) -> bool:
    """True when ’ takes most of a Chinese character's width in ``font``."""
    metrics = QFontMetricsF(font)
    return metrics.horizontalAdvance("’") >= 0.8 * metrics.horizontalAdvance("中")
