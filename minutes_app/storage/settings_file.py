"""The editor's settings: one small versioned JSON file, upgraded step by step, saved atomically.

``{"settings_version": N, "values": {"preferences/ui_language": "zh_CN", ...}}``. Keys are
grouped by prefix (``preferences/`` what the clerk chooses, ``recent/`` and ``folders/`` where
they were, ``export/`` the last export's choices, ``window/`` geometry only), so resetting one
group never loses another. Each change of layout is an upgrade step registered with
``@upgrade_settings(to_version)``, as MusicBrainz Picard does: a file written by an older
version is brought up to date one step at a time when it is read, and saved so on the next
change. A damaged file is set aside (``settings.json.damaged``, never deleted) and the editor
starts with the defaults; a file from a newer Minutes is read but never overwritten.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..fileio.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2
Values = dict[str, Any]
_UPGRADES: dict[int, Callable[[Values], Values]] = {}


def upgrade_settings(to_version: int) -> Callable[[Callable[[Values], Values]], Callable[[Values], Values]]:
    """Register the step that turns version ``to_version - 1`` values into ``to_version``."""

    def register(step: Callable[[Values], Values]) -> Callable[[Values], Values]:
        if to_version in _UPGRADES:
            raise ValueError(f"two settings upgrades to version {to_version}")
        _UPGRADES[to_version] = step
        return step

    return register


def upgrade(values: Values, version: int) -> Values:
    """``values`` of ``version`` brought to ``SETTINGS_VERSION`` by each step in turn."""
    for target in range(version + 1, SETTINGS_VERSION + 1):
        values = _UPGRADES[target](dict(values))
    return values


@upgrade_settings(2)
def _typed_values(values: Values) -> Values:
    """Version 1 is the layout of the QSettings INI file the editor used before: every value
    text, a one-entry list a bare string. Version 2 stores numbers and lists as JSON does."""
    seconds = values.get("preferences/autosave_seconds")
    if isinstance(seconds, str):
        try:
            values["preferences/autosave_seconds"] = int(seconds)
        except ValueError:
            del values["preferences/autosave_seconds"]
    recent = values.get("recent/files")
    if isinstance(recent, str):
        values["recent/files"] = [recent] if recent else []
    return values


class SettingsFile:
    """Settings read once, written through on every change (they change rarely)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.existed = self.path.exists()
        self.read_only = False  # written by a newer Minutes: keep it as it is
        self.values = self._read()

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        if self.values.get(key, _MISSING) == value:
            return
        self.values[key] = value
        self.save()

    def adopt(self, values: Values, version: int) -> None:
        """Take settings kept elsewhere in an older layout (upgraded to the current one)."""
        self.values = {**upgrade(values, version), **self.values}
        self.save()

    def save(self) -> None:
        if self.read_only:
            return
        data = {"settings_version": SETTINGS_VERSION, "values": self.values}
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, text.encode("utf-8"), backup=False)
        except OSError as exc:  # a setting not kept is no reason to stop the clerk's work
            log.warning("settings not saved to %s: %s", self.path, exc)

    def _read(self) -> Values:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            return self._set_aside(f"cannot be read ({exc})")
        version = data.get("settings_version") if isinstance(data, dict) else None
        values = data.get("values") if isinstance(data, dict) else None
        if type(version) is not int or version < 1 or not isinstance(values, dict):
            return self._set_aside("is not a Minutes settings file")
        if version > SETTINGS_VERSION:
            log.warning("%s is from a newer Minutes (version %s): not changed", self.path, version)
            self.read_only = True
            return values
        return upgrade(values, version)

    def _set_aside(self, why: str) -> Values:
        damaged = self.path.with_name(self.path.name + ".damaged")
        log.warning("settings file %s %s; kept as %s, defaults used", self.path, why, damaged.name)
        try:
            os.replace(self.path, damaged)
        except OSError:
            self.read_only = True  # cannot move it: at least never overwrite it
        return {}


_MISSING = object()
