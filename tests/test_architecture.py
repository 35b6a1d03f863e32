"""The layers keep to the one-way data flow: only ``minutes_app/ui`` may touch Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "minutes_app"
HEADLESS = [
    "minutes_app.model",
    "minutes_app.model.operations",
    "minutes_app.storage",
    "minutes_app.storage.templates",
    "minutes_app.storage.schema",
    "minutes_app.export",
    "minutes_app.importers",
    "minutes_app.cli",
]


def test_headless_packages_load_no_qt() -> None:
    code = "\n".join(
        [
            "import importlib, sys",
            f"for name in {HEADLESS!r}: importlib.import_module(name)",
            "import minutes_app.cli as cli",
            "cli.build_parser()  # imports every verb module",
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _imported_modules(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (  # importlib.import_module("PySide6...") / __import__("PySide6")
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
        ):
            names.add(node.args[0].value)
    return names


def test_no_file_outside_ui_imports_qt() -> None:
    offenders = []
    checked = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents:
            continue
        checked += 1
        modules = _imported_modules(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        offenders += [
            f"{path.relative_to(ROOT)}: {m}" for m in sorted(modules)
            if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
        ]
    assert checked >= 10
    assert offenders == []


def test_the_static_check_sees_every_import_form() -> None:
    source = "import PySide6.QtCore\nfrom PySide6 import QtGui\nimportlib.import_module('PySide6.QtWidgets')\n"
    assert _imported_modules(ast.parse(source)) == {"PySide6.QtCore", "PySide6", "PySide6.QtWidgets"}


# Complexity, measured with radon's public API (the same figures as `radon cc -n D minutes_app`):
# no function grades worse than C. A function that grows past C is split where its parts have
# names.
def _sources() -> list[tuple[str, str]]:
    return [
        (str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def test_no_function_grades_worse_than_c() -> None:
    from radon.complexity import cc_rank, cc_visit

    sources = _sources()
    graded = [(name, block) for name, code in sources for block in cc_visit(code)]
    worse = [
        f"{name}:{block.lineno} {block.fullname} {cc_rank(block.complexity)} ({block.complexity})"
        for name, block in graded
        if cc_rank(block.complexity) not in "ABC"
    ]
    assert len(graded) > 500  # every module was read
    assert worse == []


def test_the_complexity_check_grades_a_tangled_function_worse_than_c() -> None:
    from radon.complexity import cc_rank, cc_visit

    branches = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(25))
    (block,) = cc_visit(f"def tangled(x):\n{branches}    return -1\n")
    assert cc_rank(block.complexity) == "D"


# Maintainability index, with radon's public API (the same figures as `radon mi -s minutes_app`,
# which counts docstrings as comments): no module grades C. A module that sinks to C is split
# along its seams, as importers/english.py and chinese.py were.
def test_no_module_grades_c_for_maintainability() -> None:
    from radon.metrics import mi_rank, mi_visit

    graded = [(name, mi_visit(code, True)) for name, code in _sources()]
    low = [f"{name} {mi_rank(mi)} ({mi:.2f})" for name, mi in graded if mi_rank(mi) not in "AB"]
    assert len(graded) > 100  # every module was read
    assert low == []
