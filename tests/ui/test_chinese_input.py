"""Chinese input on Linux: the input-method module is chosen before Qt starts, and pinyin typed
through fcitx5 into the running editor under a real X server lands in the saved draft."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft
from minutes_app.ui.input_method import input_method_settings, session_input_method

WHEEL_PLUGINS = ["libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so"]


def test_a_fcitx_desktop_gets_the_ibus_module_through_the_portal() -> None:
    env = {"QT_IM_MODULE": "fcitx", "XMODIFIERS": "@im=fcitx", "DISPLAY": ":0"}
    assert session_input_method(env) == "fcitx"
    assert input_method_settings(env, WHEEL_PLUGINS, "linux") == {
        "QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"
    }
    # Only XMODIFIERS names it (QT_IM_MODULE unset), as on some desktops: the same.
    assert input_method_settings({"XMODIFIERS": "@im=fcitx"}, WHEEL_PLUGINS, "linux")["QT_IM_MODULE"] == "ibus"
    ibus = input_method_settings({"QT_IM_MODULE": "ibus"}, WHEEL_PLUGINS, "linux")
    assert ibus == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


def test_what_the_user_or_the_system_decided_is_left_alone() -> None:
    fcitx = {"QT_IM_MODULE": "fcitx"}
    assert input_method_settings({**fcitx, "QT_IM_MODULES": "fcitx;ibus"}, WHEEL_PLUGINS, "linux") == {}
    assert input_method_settings({**fcitx, "IBUS_USE_PORTAL": "0"}, WHEEL_PLUGINS, "linux") == {
        "QT_IM_MODULE": "ibus"
    }
    assert input_method_settings({}, WHEEL_PLUGINS, "linux") == {}  # no input method at all
    assert input_method_settings(fcitx, WHEEL_PLUGINS, "win32") == {}
    assert input_method_settings({**fcitx, "WAYLAND_DISPLAY": "wayland-0"}, WHEEL_PLUGINS, "linux") == {}
    with_fcitx = [*WHEEL_PLUGINS, "libfcitx5platforminputcontextplugin.so"]
    assert input_method_settings(fcitx, with_fcitx, "linux") == {}  # a Qt that has the plugin


# The live test: Xvfb, a session bus, fcitx5 with pinyin, the editor, xdotool. ---------------

FCITX_PROFILE = """\
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""


def wait_for(condition: Callable[[], object], seconds: float, what: str) -> object:
    """Poll ``condition`` until it gives something true; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


class Desktop:
    """Child processes of one X session, ended in reverse order."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.children: list[subprocess.Popen] = []

    def start(self, args: list[str], **kwargs) -> subprocess.Popen:
        child = subprocess.Popen(args, env=self.env, start_new_session=True, **kwargs)
        self.children.append(child)
        return child

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(args, env=self.env, capture_output=True, text=True, timeout=60)

    def close(self) -> None:
        for child in reversed(self.children):
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(10)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    config = tmp_path / "config"
    (config / "fcitx5").mkdir(parents=True)
    (config / "fcitx5" / "profile").write_text(FCITX_PROFILE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "IBUS_", "DBUS_"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(tmp_path / "share"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("WAYLAND_DISPLAY", None)
    session = Desktop(env)
    try:
        read, write = os.pipe()
        session.start(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                      pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()  # written once the server accepts clients
        assert display, "Xvfb did not start"
        env["DISPLAY"] = f":{display}"
        bus = session.start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        session.start(["fcitx5"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: session.run("fcitx5-remote").returncode == 0, 60, "fcitx5 on the bus")
        yield session
    finally:
        session.close()


@pytest.mark.x11
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an X11 input method")
def test_pinyin_typed_through_fcitx5_reaches_the_saved_draft(desktop: Desktop, tmp_path: Path) -> None:
    draft = tmp_path / "meeting.minutes"
    draft.write_bytes((EXAMPLES / "seed-report.minutes").read_bytes())
    # What a fcitx5 desktop (UOS, Kylin) sets; the editor must choose what works by itself.
    editor_env = dict(desktop.env, QT_QPA_PLATFORM="xcb", QT_IM_MODULE="fcitx", XMODIFIERS="@im=fcitx",
                      GTK_IM_MODULE="fcitx", MINUTES_DATA_DIR=str(tmp_path / "data"),
                      PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    desktop.env, session_env = editor_env, desktop.env
    desktop.start([sys.executable, "-c", "from minutes_app.ui.app import main; main()", str(draft)],
                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop.env = session_env
    window = wait_for(lambda: desktop.run("xdotool", "search", "--name", "meeting.minutes").stdout.split(),
                      90, "the editor's window")[0]

    def organisation() -> str:
        try:
            return load_draft(draft).header.organisation
        except Exception:  # half written: look again
            return ""

    for _attempt in range(3):  # an input method may miss the first keys of a new client
        desktop.run("xdotool", "windowfocus", "--sync", window)
        desktop.run("xdotool", "key", "--window", window, "ctrl+1")  # the organisation, selected
        desktop.run("fcitx5-remote", "-o")
        try:
            wait_for(lambda: desktop.run("fcitx5-remote").stdout.strip() == "2", 10, "pinyin on")
        except AssertionError:
            continue
        desktop.run("xdotool", "type", "--delay", "200", "nihao")
        desktop.run("xdotool", "key", "--delay", "200", "space", "ctrl+s")
        try:
            wait_for(lambda: organisation() == "你好", 15, "你好 in the saved draft")
            break
        except AssertionError:
            desktop.run("fcitx5-remote", "-c")
    assert organisation() == "你好"
