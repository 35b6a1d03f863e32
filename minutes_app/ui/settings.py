"""The editor's settings as it uses them: preferences, recent files, folders, window state.

They live in a versioned JSON file (``storage.settings_file``): ``preferences/*`` are what the
clerk chooses (UI language, autosave delay); ``recent/*``, ``folders/*`` and ``export/*``
remember where they were; ``window/*`` is geometry only, so resetting one never loses the
other. Every value read is checked, since the file is text a person may have edited.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray

from ..storage.settings_file import SettingsFile

MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 5


def open_settings(path: Path) -> SettingsFile:
    """The settings file; on the first start after the QSettings era, what QSettings held."""
    settings = SettingsFile(path)
    if not settings.existed:
        from PySide6.QtCore import QSettings  # only once: the file exists from now on

        old = QSettings()
        values = {key: _plain(old.value(key)) for key in old.allKeys()}
        if values:
            settings.adopt(values, version=1)
    return settings


def _plain(value: Any) -> Any:
    """A QSettings value as JSON holds it (window state: base64 text)."""
    if isinstance(value, QByteArray):
        return base64.b64encode(bytes(value.data())).decode("ascii")
    if isinstance(value, list):
        return [str(v) for v in value]
    return value if isinstance(value, (str, int, bool)) or value is None else str(value)


class Preferences:
    def __init__(self, settings: SettingsFile) -> None:
        self.settings = settings

    # Preferences -----------------------------------------------------------------------------

    @property
    def ui_language(self) -> str | None:
        value = self.settings.get("preferences/ui_language")
        return value if isinstance(value, str) and value else None

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self.settings.set("preferences/ui_language", code)

    @property
    def autosave_seconds(self) -> int:
        value = self.settings.get("preferences/autosave_seconds")
        if type(value) is not int:
            value = DEFAULT_AUTOSAVE_SECONDS
        return max(1, min(value, 600))

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self.settings.set("preferences/autosave_seconds", int(seconds))

    # Recent files and folders ------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Absolute paths, newest first, without files that are gone."""
        raw = self.settings.get("recent/files")
        raw = raw if isinstance(raw, list) else []
        paths = [Path(p) for p in raw if isinstance(p, str) and p]
        kept = [p for p in paths if p.is_absolute() and p.is_file()][:MAX_RECENT]
        if len(kept) != len(paths):
            self._store_recent(kept)
        return kept

    def add_recent(self, path: Path) -> None:
        path = Path(os.path.abspath(path))
        paths = [p for p in self.recent_files() if p != path]
        self._store_recent([path, *paths][:MAX_RECENT])

    def clear_recent(self) -> None:
        self._store_recent([])

    def _store_recent(self, paths: list[Path]) -> None:
        self.settings.set("recent/files", [str(p) for p in paths])

    def folder(self, key: str, fallback: Path | None = None) -> str:
        """The last folder used for ``key`` (open, export, import), else ``fallback`` (the
        draft's own folder), else the home folder."""
        value = self.settings.get(f"folders/{key}")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return str(fallback) if fallback is not None and fallback.is_dir() else str(Path.home())

    def remember_folder(self, key: str, path: Path) -> None:
        self.settings.set(f"folders/{key}", str(Path(path).parent))

    @property
    def export_grid(self) -> str:
        """纪要 page grid of the last .docx export: "lines" (every office suite, the default)
        or "chars" (Word and WPS only)."""
        value = self.settings.get("export/grid")
        return value if value in ("chars", "lines") else "lines"

    @export_grid.setter
    def export_grid(self, value: str) -> None:
        self.settings.set("export/grid", value)

    @property
    def pdf_engine(self) -> str:
        """PDF engine of the last PDF export: "weasyprint" (built in) or "libreoffice"."""
        value = self.settings.get("export/pdf_engine")
        return value if value in ("weasyprint", "libreoffice") else "weasyprint"

    @pdf_engine.setter
    def pdf_engine(self, value: str) -> None:
        self.settings.set("export/pdf_engine", value)

    # Window state (apart from the preferences) --------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._bytes("window/geometry"), self._bytes("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.set("window/geometry", _plain(geometry))
        self.settings.set("window/state", _plain(state))

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.get(key)
        try:
            data = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
        except (binascii.Error, ValueError):
            data = b""
        return QByteArray(data) if data else None
