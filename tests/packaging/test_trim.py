"""What the frozen build leaves out: unused plugins, the libraries only they need, locales."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("minutes_packaging_trim", ROOT / "packaging" / "trim.py")
assert _spec and _spec.loader
trim = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = trim
_spec.loader.exec_module(trim)

PLUGINS = "PySide6/Qt/plugins"
# A small world: which file links to which (by soname), as bindepend would say.
LINKS = {
    "src/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libpyside6.abi3.so.6.11"],
    "src/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "src/libQt6Gui.so.6": ["libfreetype.so.6", "libc.so.6"],
    "src/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "src/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    "src/libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
    "src/libgtk-3.so.0": ["libcairo.so.2", "libfreetype.so.6"],
    "src/libqwayland.so": ["libQt6WaylandClient.so.6"],
}


def entry(dest: str, kind: str = "BINARY") -> tuple[str, str, str]:
    return (dest, "src/" + Path(dest).name, kind)


TOC = [
    entry("PySide6/QtWidgets.abi3.so", "EXTENSION"),
    entry("PySide6/libpyside6.abi3.so.6.11"),
    entry("PySide6/Qt/lib/libQt6Widgets.so.6"),
    entry("PySide6/Qt/lib/libQt6Gui.so.6"),
    entry("PySide6/Qt/lib/libQt6XcbQpa.so.6"),
    entry("PySide6/Qt/lib/libQt6WaylandClient.so.6"),
    entry(f"{PLUGINS}/platforms/libqxcb.so"),
    entry(f"{PLUGINS}/platforms/libqwayland.so"),
    entry(f"{PLUGINS}/platformthemes/libqgtk3.so"),
    entry(f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so"),
    entry(f"{PLUGINS}/generic/libqevdevmouseplugin.so"),
    entry("libfreetype.so.6"),
    entry("libxcb-cursor.so.0"),
    entry("libgtk-3.so.0"),
    entry("libcairo.so.2"),
    entry("libpython3.11.so.1.0"),
    entry("pypdfium2_raw/libpdfium.so"),  # opened with ctypes: nothing links to it
]


def kept_names(toc: list[tuple]) -> set[str]:
    return {Path(e[0]).name for e in toc}


def test_dropped_plugins_take_their_own_libraries_with_them() -> None:
    kept = kept_names(trim.trim_binaries(TOC, lambda src: LINKS.get(src, [])))
    assert {"libqgtk3.so", "libgtk-3.so.0", "libcairo.so.2"}.isdisjoint(kept)
    assert {"libqwayland.so", "libQt6WaylandClient.so.6", "libqevdevmouseplugin.so"}.isdisjoint(kept)
    # What the kept plugins and modules link to stays, also when a dropped one shared it.
    assert {
        "libqxcb.so", "libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libfreetype.so.6",
        "libQt6Widgets.so.6", "libQt6Gui.so.6", "libpyside6.abi3.so.6.11",
        "libqxdgdesktopportal.so", "libpython3.11.so.1.0",
    } <= kept


def test_libraries_opened_with_ctypes_stay() -> None:
    kept = kept_names(trim.trim_binaries(TOC, lambda src: LINKS.get(src, [])))
    assert "libpdfium.so" in kept
    windows = [entry("pypdfium2_raw/pdfium.dll"), entry("unused.dll")]
    assert kept_names(trim.trim_binaries(windows, lambda src: [])) == {"pdfium.dll"}


def test_windows_import_names_match_in_any_case() -> None:
    toc = [entry("PySide6/QtCore.pyd", "EXTENSION"), entry("PySide6/Qt6Core.dll"),
           entry("MSVCP140.dll"), entry("unused.dll")]
    links = {"src/QtCore.pyd": ["QT6CORE.dll"], "src/Qt6Core.dll": ["msvcp140.DLL"]}
    kept = kept_names(trim.trim_binaries(toc, lambda src: links.get(src, [])))
    assert kept == {"QtCore.pyd", "Qt6Core.dll", "MSVCP140.dll"}


def test_links_whose_target_is_gone_are_dropped() -> None:
    binaries = trim.trim_binaries(TOC, lambda src: LINKS.get(src, []))
    links = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
    ]
    _, datas = trim.drop_dangling_links(binaries, links)
    assert [d[0] for d in datas] == ["libQt6Gui.so.6"]


def test_only_the_locales_and_qt_catalogs_the_editor_uses() -> None:
    keep = trim.keep_data
    for name in ("root", "en", "en_GB", "en_US", "en_001", "zh", "zh_Hans", "zh_Hans_CN"):
        assert keep(f"babel/locale-data/{name}.dat"), name
    assert not keep("babel/locale-data/de_DE.dat") and not keep("babel/locale-data/fr.dat")
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("resources/translations/zh_CN/LC_MESSAGES/minutes.mo")  # ours, all of them



def test_no_qt_module_the_editor_imports_is_left_out() -> None:
    imported = {
        match
        for source in (ROOT / "minutes_app").rglob("*.py")
        for match in re.findall(r"\bPySide6\.Qt\w+", source.read_text(encoding="utf-8"))
    }
    assert {"PySide6.QtWidgets", "PySide6.QtPrintSupport"} <= imported  # the scan finds them
    assert not imported & set(trim.UNUSED_QT_MODULES)
