"""The desktop integration files agree with each other and with the editor."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from minutes_app import __version__
from minutes_app.cli import main
from minutes_app.storage import EXTENSION
from minutes_app.ui.app import DESKTOP_ID

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> dict[str, str]:
    lines = (PACKAGING / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_file_metainfo_and_mime_type_agree() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "minutes-app %F" and entry["Icon"] == DESKTOP_ID
    mime = ET.parse(PACKAGING / "minutes-draft.xml").getroot().find(f"{MIME}mime-type")
    assert mime is not None
    assert entry["MimeType"] == mime.get("type") + ";"
    assert mime.find(f"{MIME}glob").get("pattern") == f"*{EXTENSION}"
    meta = ET.parse(PACKAGING / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert meta.findtext("provides/binary") == "minutes-app"
    assert meta.findtext("provides/mediatype") == mime.get("type")


def test_the_mime_magic_matches_a_real_draft() -> None:
    mime = ET.parse(PACKAGING / "minutes-draft.xml").getroot().find(f"{MIME}mime-type")
    match = mime.find(f"{MIME}magic/{MIME}match")
    start, end = (int(n) for n in match.get("offset").split(":"))
    head = (Path(__file__).resolve().parents[2] / "resources/examples/seed-report.minutes").read_text(
        encoding="utf-8"
    )
    assert match.get("value") in head[start : end + len(match.get("value"))]


def test_one_version_everywhere(editor, capsys) -> None:
    """minutes_app.__version__ is the one place: the wheel's metadata reads it, and the CLI,
    the About box, the metainfo's newest release (and so the .deb, see packaging/build) agree."""
    project = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "minutes_app.__version__"}
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"minutes {__version__}"
    meta = ET.parse(PACKAGING / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert meta.find("releases/release").get("version") == __version__
    window = editor.new_draft("jiyao")
    window.actions["about"].trigger()
    [(title, message, _)] = editor.prompts.asked("info")
    assert title == "About Minutes" and f"Minutes {__version__}:" in message
