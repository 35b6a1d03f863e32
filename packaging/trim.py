"""What the frozen app leaves out, used by minutes.spec after PyInstaller's analysis.

PyInstaller's PySide6 hooks collect every plugin of the types QtGui and QtWidgets may load, and
then every library those plugins link to. The editor needs far less: it draws widgets on X11
(and on Wayland through XWayland, where the ibus input-method portal works), offscreen for tests,
and SVG icons. Dropping the other plugins, then the libraries nothing left links to, takes the
GTK 3 stack (pulled in only by Qt's GTK platform theme), Wayland and EGLFS out of the folder.
Names are matched without prefix or suffix, so the lists hold on Windows and macOS too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import PurePath

# Qt modules the editor does not use (it imports QtCore, QtGui, QtWidgets and, for File > Print,
# QtPrintSupport; QtSvg is loaded by the SVG icon plugins). PyInstaller follows imports, so
# these only guard against a stray one; tests/packaging/test_trim.py checks that none of them
# is imported by minutes_app.
UNUSED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "Qt3DCore", "Qt3DRender", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus",
        "QtDesigner", "QtHelp", "QtMultimedia", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets",
        "QtPdf", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickWidgets", "QtSql", "QtTest",
        "QtUiTools", "QtWebEngineCore", "QtWebEngineWidgets", "QtXml",
    )
]
# Plugin types of no use to a desktop editor; plugins dropped from the types it does use.
DROPPED_PLUGIN_TYPES = {
    "egldeviceintegrations", "generic", "wayland-decoration-client",
    "wayland-graphics-integration-client", "wayland-shell-integration", "networkinformation", "tls",
}
DROPPED_PLUGINS = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc", "qwayland"},
    "platformthemes": {"qgtk3"},  # GTK's look costs 20 MB of GTK, cairo and pango libraries
    "imageformats": {"qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qpdf"},
}
# Babel's locale data: the draft locales are zh_CN, en_GB and en_US (model.SUPPORTED_LOCALES);
# each resolves through its parents (zh_Hans_CN -> zh_Hans -> zh -> root, en_GB -> en_001 -> en).
KEPT_LOCALE_PREFIXES = ("root", "en", "zh")
# Qt's own catalogs: the languages the interface speaks (qtbase for the standard buttons).
KEPT_QT_CATALOGS = {"qtbase_zh_CN.qm", "qtbase_en.qm"}
# Libraries a module opens with ctypes at run time: nothing links to them, so they are roots
# (pypdfium2's pdfium rasterises pages for printing and reads the fonts an exported PDF embeds).
LOADED_BY_CTYPES = {"pdfium"}


def _stem(name: str) -> str:
    stem = PurePath(name).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _plugin_kept(dest: str) -> bool:
    parts = PurePath(dest).parts
    if "plugins" not in parts or parts.index("plugins") + 3 != len(parts):
        return True
    kind = parts[parts.index("plugins") + 1]
    return kind not in DROPPED_PLUGIN_TYPES and _stem(dest) not in DROPPED_PLUGINS.get(kind, set())


def keep_data(dest: str) -> bool:
    path = PurePath(dest)
    if path.parent.name == "locale-data" and "babel" in path.parts:
        return path.stem.startswith(KEPT_LOCALE_PREFIXES)
    if path.suffix == ".qm" and "translations" in path.parts and "resources" not in path.parts:
        return path.name in KEPT_QT_CATALOGS
    return True


def trim_binaries(binaries: Iterable[tuple], imports_of) -> list[tuple]:
    """The TOC without the dropped plugins and without the shared libraries that nothing kept
    links to. ``imports_of(src)`` gives the names a binary links to (PyInstaller's bindepend).

    Roots are the extension modules, the kept plugins, the Python library, the programs' own
    libraries and those opened with ctypes; other libraries stay when a root (or a kept
    library) needs them.
    """
    entries = [e for e in binaries if _plugin_kept(e[0])]
    # Matched without case: Windows' import tables name DLLs in any case (QT6CORE.dll).
    by_name: dict[str, tuple] = {}
    for entry in entries:
        if entry[2] == "BINARY" and "plugins" not in PurePath(entry[0]).parts:
            by_name.setdefault(PurePath(entry[0]).name.lower(), entry)

    def is_root(entry: tuple) -> bool:
        name = PurePath(entry[0]).name
        return (
            entry[2] != "BINARY" or "plugins" in PurePath(entry[0]).parts
            or name.startswith(("libpython", "python")) or "pyside6" in name.lower()
            or "shiboken6" in name.lower() or _stem(name) in LOADED_BY_CTYPES
        )

    kept: set[str] = set()
    todo = [e for e in entries if is_root(e)]
    while todo:
        entry = todo.pop()
        for name in imports_of(entry[1]):
            lib = by_name.get(PurePath(name).name.lower())
            if lib is not None and lib[0] not in kept:
                kept.add(lib[0])
                todo.append(lib)
    return [e for e in entries if e[2] == "SYMLINK" or is_root(e) or e[0] in kept]


def drop_dangling_links(*tocs: list[tuple]) -> list[list[tuple]]:
    """The TOCs without the symbolic links (PyInstaller lists them among the data, with the
    target relative to the link's folder as the source) whose target was left out."""
    dests = {os.path.normpath(e[0]) for toc in tocs for e in toc if e[2] != "SYMLINK"}

    def target_kept(entry: tuple) -> bool:
        return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in dests

    return [[e for e in toc if e[2] != "SYMLINK" or target_kept(e)] for toc in tocs]


def pyinstaller_imports(src: str) -> list[str]:
    from PyInstaller.depend import bindepend

    return [name for name, _path in bindepend.get_imports(src)]


def report(before: Iterable[tuple], after: Iterable[tuple]) -> None:
    def size(toc: Iterable[tuple]) -> int:
        return sum(os.path.getsize(e[1]) for e in toc if os.path.isfile(e[1]))

    before, after = list(before), list(after)
    print(f"trim: {len(before) - len(after)} files, {(size(before) - size(after)) / 2**20:.1f} MB "
          "left out", file=sys.stderr)
