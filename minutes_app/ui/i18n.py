"""UI language: gettext catalogs compiled by Babel, switchable while the editor runs.

``_`` looks a message up in the active catalog; ``N_`` only marks a message for extraction
(it is translated when shown). Widgets register how to set their texts with ``Texts.add``;
when the language changes every registered setter runs again, so menus and labels switch at
once. Qt's own ``qtbase`` catalog is loaded with a ``QTranslator`` so standard buttons follow.
The document's locale (dates and labels in exports) is separate and lives in the draft.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from ..resources import TRANSLATIONS

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

DOMAIN = "minutes"
UI_LANGUAGES = ("zh_CN", "en")
# Shown in the language's own script, so anyone can find their language.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

_catalog: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    return _catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for ``n`` (one form in Chinese, two in English)."""
    return _catalog.ngettext(singular, plural, n)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """``ngettext`` for a message whose wording differs by where it is shown (``context``)."""
    return _catalog.npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    return message


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def _catalog_for(code: str) -> gettext.NullTranslations:
    """The compiled catalog of ``code``, one of ours: ``gettext.translation`` would first
    expand the code through the locale module's aliases (its import is 2 ms of start-up)."""
    try:
        with open(TRANSLATIONS / code / "LC_MESSAGES" / f"{DOMAIN}.mo", "rb") as catalog:
            return gettext.GNUTranslations(catalog)
    except FileNotFoundError:
        return gettext.NullTranslations()


class Language(QObject):
    """The active UI language; ``changed`` fires after the catalogs are swapped."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = "en"
        self._qt_translator: QTranslator | None = None
        self._qt_gaps: QTranslator | None = None

    def set_language(self, code: str) -> None:
        global _catalog
        if code not in UI_LANGUAGES:
            code = "en"
        _catalog = _catalog_for(code)
        self._install_qt_catalog(code)
        QLocale.setDefault(QLocale(code))
        changed = code != self.code
        self.code = code
        if changed:
            self.changed.emit(code)

    def _install_qt_catalog(self, code: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._qt_translator is not None:
            app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        if self._qt_gaps is not None:
            app.removeTranslator(self._qt_gaps)
            self._qt_gaps = None
        if code == "en":
            return
        from PySide6.QtCore import QLibraryInfo, QTranslator  # only for a translated interface

        from .qt_catalog import QtGaps

        self._qt_gaps = QtGaps(self)  # asked last: only for what Qt's catalog lacks
        app.installTranslator(self._qt_gaps)
        translator = QTranslator(self)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{code}", folder):
            app.installTranslator(translator)
            self._qt_translator = translator


class Texts(QObject):
    """Remembers how a widget tree sets its texts and sets them again on a language change.

    A child QObject of the widget it serves: when the widget goes, so does the connection.
    """

    def __init__(self, owner: QObject, language: Language) -> None:
        super().__init__(owner)
        self._setters: list[Callable[[], None]] = []
        language.changed.connect(self.retranslate)

    def add(self, setter: Callable[[], None]) -> None:
        setter()
        self._setters.append(setter)

    def text(self, set_text: Callable[[str], None], message: str) -> None:
        """``set_text(_(message))`` now and after each language change (mark with ``N_``)."""
        self.add(lambda: set_text(_(message)))

    def retranslate(self) -> None:
        for setter in self._setters:
            setter()


def strip_mnemonic(text: str) -> str:
    """``&Organisation`` -> ``Organisation``; ``机构(&O)`` -> ``机构`` (for undo texts, tooltips)."""
    for i in range(len(text) - 3):
        if text[i] == "(" and text[i + 1] == "&" and text[i + 3] == ")":
            return text[:i] + text[i + 4 :]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe_warning(warning: Any) -> str:
    """An importer warning (``ImportWarning``) in the interface language."""
    text = _(warning.template) % warning.params if warning.template else warning.message
    if not warning.line:  # about the whole file (None), or a guess with no place (never "line 0")
        return text
    return _("line %(line)d: %(text)s") % {"line": warning.line, "text": text}
