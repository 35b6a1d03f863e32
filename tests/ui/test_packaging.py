"""The desktop integration files agree with each other and with the editor."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

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
