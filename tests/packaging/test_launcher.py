"""The installed ``minutes-app`` launcher picks an input method that can type Chinese."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

LAUNCHER = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "minutes-app.sh"
IM_VARS = ("QT_IM_MODULE", "QT_IM_MODULES", "IBUS_USE_PORTAL", "XMODIFIERS", "GTK_IM_MODULE")


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """The launcher beside a stand-in editor (as in /opt/minutes), reached through a symbolic
    link elsewhere on PATH (as /usr/bin/minutes-app)."""
    opt, bin_ = tmp_path / "opt", tmp_path / "bin"
    opt.mkdir()
    bin_.mkdir()
    (opt / "minutes-app.sh").write_bytes(LAUNCHER.read_bytes())
    (opt / "minutes-app.sh").chmod(0o755)
    editor = opt / "minutes-app"
    editor.write_text(
        "#!/bin/sh\n"
        f"for v in {' '.join(IM_VARS)}; do eval \"echo $v=\\${{$v-unset}}\"; done\n"
        'for a in "$@"; do echo "arg=$a"; done\n'
    )
    editor.chmod(0o755)
    (bin_ / "minutes-app").symlink_to(opt / "minutes-app.sh")
    return bin_ / "minutes-app"


def launch(launcher: Path, *args: str, **env: str) -> dict[str, list[str]]:
    clean = {k: v for k, v in os.environ.items() if k not in IM_VARS}
    done = subprocess.run(
        [str(launcher), *args], env={**clean, **env}, capture_output=True, text=True, check=True,
        timeout=30,
    )
    seen: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition("=")
        seen.setdefault(key, []).append(value)
    return seen


@pytest.mark.parametrize(
    "session",
    [
        {"QT_IM_MODULE": "fcitx"},  # what fcitx5 desktops (UOS, Kylin) set
        {"XMODIFIERS": "@im=fcitx"},
        {"GTK_IM_MODULE": "ibus"},
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"},
    ],
)
def test_a_fcitx_or_ibus_session_gets_the_ibus_portal(installed: Path, session: dict) -> None:
    seen = launch(installed, **session)
    assert seen["QT_IM_MODULE"] == ["ibus"] and seen["IBUS_USE_PORTAL"] == ["1"]
    assert seen["QT_IM_MODULES"] == ["unset"]


def test_the_users_own_qt_im_modules_is_left_alone(installed: Path) -> None:
    seen = launch(installed, QT_IM_MODULES="fcitx;compose", QT_IM_MODULE="fcitx")
    assert seen["QT_IM_MODULES"] == ["fcitx;compose"] and seen["QT_IM_MODULE"] == ["fcitx"]
    assert seen["IBUS_USE_PORTAL"] == ["unset"]


def test_no_input_method_sets_nothing(installed: Path) -> None:
    seen = launch(installed)
    assert seen["QT_IM_MODULE"] == ["unset"] and seen["IBUS_USE_PORTAL"] == ["unset"]


def test_files_reach_the_editor_as_given(installed: Path) -> None:
    names = ["会议纪要 (定稿).minutes", "--not-an-option", "a'b\"c.minutes"]
    assert launch(installed, *names)["arg"] == names
