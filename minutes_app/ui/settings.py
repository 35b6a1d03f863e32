"""Settings in QSettings: preferences, the recent-files list and window state, kept apart.

``preferences/*`` are what the clerk chooses (UI language, autosave delay); ``recent/*`` and
``export/*`` remember where they were; ``window/*`` is geometry only, so resetting one never
loses the other. Values are read with an explicit type (INI files store text).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
DEFAULT_AUTOSAVE_SECONDS = 5


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    # Preferences -----------------------------------------------------------------------------

    @property
    def ui_language(self) -> str | None:
        value = self.settings.value("preferences/ui_language", "", type=str)
        return value or None

    @ui_language.setter
    def ui_language(self, code: str) -> None:
        self.settings.setValue("preferences/ui_language", code)

    @property
    def autosave_seconds(self) -> int:
        value = self.settings.value("preferences/autosave_seconds", DEFAULT_AUTOSAVE_SECONDS, type=int)
        return max(1, min(int(value), 600))

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        self.settings.setValue("preferences/autosave_seconds", int(seconds))

    # Recent files and folders ------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Absolute paths, newest first, without files that are gone."""
        raw = self.settings.value("recent/files", [], type=list) or []
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
        self.settings.setValue("recent/files", [str(p) for p in paths])

    def folder(self, key: str) -> str:
        """The last folder used for ``key`` (open, export, import), or the home folder."""
        value = self.settings.value(f"folders/{key}", "", type=str)
        return value if value and Path(value).is_dir() else str(Path.home())

    def remember_folder(self, key: str, path: Path) -> None:
        self.settings.setValue(f"folders/{key}", str(Path(path).parent))

    @property
    def export_grid(self) -> str:
        """纪要 page grid of the last .docx export: "lines" (every office suite, the default)
        or "chars" (Word and WPS only)."""
        value = self.settings.value("export/grid", "lines", type=str)
        return value if value in ("chars", "lines") else "lines"

    @export_grid.setter
    def export_grid(self, value: str) -> None:
        self.settings.setValue("export/grid", value)

    # Window state (apart from the preferences) --------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.settings.value("window/geometry", None, type=QByteArray)
        state = self.settings.value("window/state", None, type=QByteArray)
        return geometry or None, state or None

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)
