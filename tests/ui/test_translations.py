"""The UI catalogs: every UI string extracted, translated to Chinese, and compiled up to date."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from minutes_app.resources import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ("zh_CN", "en")


def catalog(locale: str):
    with open(TRANSLATIONS / locale / "LC_MESSAGES" / "minutes.po", "rb") as handle:
        return read_po(handle, locale=locale)


def singular(message_id: str | tuple[str, ...]) -> str:
    """A message's id; for one with plural forms (``ngettext``), its singular."""
    return message_id if isinstance(message_id, str) else message_id[0]


def translated(message) -> bool:
    forms = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(forms) and not message.fuzzy


def source_messages() -> set[str]:
    with open(ROOT / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.fixture(scope="module")
def extracted() -> set[str]:
    messages = source_messages()
    assert len(messages) > 150  # the extractor saw the UI sources
    return messages


def test_template_matches_the_sources(extracted: set[str]) -> None:
    with open(TRANSLATIONS / "minutes.pot", "rb") as handle:
        template = {singular(m.id) for m in read_po(handle) if m.id}
    assert extracted - template == set(), "run the extract step in babel.cfg"
    assert template - extracted == set(), "stale messages in minutes.pot"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_ui_string_is_in_the_catalog(extracted: set[str], locale: str) -> None:
    entries = [m for m in catalog(locale) if m.id]
    assert extracted - {singular(m.id) for m in entries} == set(), "run the update step in babel.cfg"
    if locale == "zh_CN":
        assert [m.id for m in entries if not translated(m)] == []


def test_translations_keep_placeholders_and_mnemonics() -> None:
    zh = catalog("zh_CN")
    problems = [(m.id, [str(e) for e in errors]) for m, errors in zh.check() if errors]
    assert problems == []
    for message in zh:
        if message.id and "&" in singular(message.id).replace("&&", ""):
            assert "(&" in message.string, message.id  # 文件(&F): the key stays reachable


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalogs_are_up_to_date(locale: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, catalog(locale))
    committed = (TRANSLATIONS / locale / "LC_MESSAGES" / "minutes.mo").read_bytes()
    assert committed == compiled.getvalue(), "run the compile step in babel.cfg"
