"""The settings file: versioned, upgraded step by step, written atomically, never lost."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from minutes_app.storage import settings_file
from minutes_app.storage.settings_file import SETTINGS_VERSION, SettingsFile, upgrade_settings


def written(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_a_new_file_holds_what_was_set_with_its_version(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = SettingsFile(path)
    assert not settings.existed and settings.get("preferences/ui_language") is None
    settings.set("preferences/ui_language", "zh_CN")
    settings.set("recent/files", ["/tmp/a.minutes"])
    assert written(path) == {
        "settings_version": SETTINGS_VERSION,
        "values": {"preferences/ui_language": "zh_CN", "recent/files": ["/tmp/a.minutes"]},
    }
    again = SettingsFile(path)
    assert again.existed and again.get("recent/files") == ["/tmp/a.minutes"]


def test_version_1_values_are_upgraded_when_read_and_saved_so_on_the_next_change(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    old = {"preferences/autosave_seconds": "12", "recent/files": "/home/clerk/a.minutes",
           "export/grid": "lines"}
    path.write_text(json.dumps({"settings_version": 1, "values": old}), encoding="utf-8")
    settings = SettingsFile(path)
    assert settings.get("preferences/autosave_seconds") == 12
    assert settings.get("recent/files") == ["/home/clerk/a.minutes"]
    assert written(path)["settings_version"] == 1  # reading changes nothing on disk
    settings.set("export/grid", "chars")
    assert written(path) == {
        "settings_version": SETTINGS_VERSION,
        "values": {"preferences/autosave_seconds": 12, "recent/files": ["/home/clerk/a.minutes"],
                   "export/grid": "chars"},
    }


def test_adopted_values_are_upgraded_and_do_not_override_the_file(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "settings.json")
    settings.set("preferences/ui_language", "en")
    settings.adopt({"preferences/ui_language": "zh_CN", "preferences/autosave_seconds": "30"}, 1)
    assert settings.values == {"preferences/ui_language": "en", "preferences/autosave_seconds": 30}
    assert written(settings.path)["values"] == settings.values


def test_each_upgrade_step_runs_once_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_file, "_UPGRADES", dict(settings_file._UPGRADES))
    monkeypatch.setattr(settings_file, "SETTINGS_VERSION", SETTINGS_VERSION + 1)

    @upgrade_settings(SETTINGS_VERSION + 1)
    def _renamed(values: dict) -> dict:
        values["window/geometry"] = values.pop("window/size", "")
        return values

    upgraded = settings_file.upgrade({"window/size": "abc", "recent/files": "x"}, 1)
    assert upgraded == {"window/geometry": "abc", "recent/files": ["x"]}
    with pytest.raises(ValueError, match="two settings upgrades"):
        upgrade_settings(SETTINGS_VERSION + 1)(_renamed)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"values": {}}', b"\xff\xfe\x00"])
def test_a_damaged_file_is_set_aside_not_lost(tmp_path: Path, content: str | bytes) -> None:
    path = tmp_path / "settings.json"
    data = content if isinstance(content, bytes) else content.encode()
    path.write_bytes(data)
    settings = SettingsFile(path)
    assert settings.values == {}
    assert (tmp_path / "settings.json.damaged").read_bytes() == data
    settings.set("preferences/ui_language", "en")
    assert written(path)["values"] == {"preferences/ui_language": "en"}


def test_a_file_from_a_newer_minutes_is_read_but_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    text = json.dumps({"settings_version": SETTINGS_VERSION + 1, "values": {"export/grid": "lines"}})
    path.write_text(text, encoding="utf-8")
    settings = SettingsFile(path)
    assert settings.get("export/grid") == "lines"
    settings.set("export/grid", "chars")
    assert path.read_text(encoding="utf-8") == text


def test_saving_keeps_the_files_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = SettingsFile(path)
    settings.set("a", 1)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o600)
    settings.set("a", 2)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_folder_that_cannot_be_written_costs_the_setting_not_the_session(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    settings = SettingsFile(blocker / "settings.json")
    settings.set("preferences/ui_language", "en")  # logged, not raised
    assert settings.get("preferences/ui_language") == "en"
