"""Chinese input on Linux: pick Qt's input-method module before the QGuiApplication is made.

The PySide6 wheel carries no fcitx plugin (and a distribution's fcitx5 plugin is built for
another Qt and does not load), so on a fcitx5 desktop (UOS and Kylin set ``QT_IM_MODULE=fcitx``)
Qt falls back to compose and no Chinese can be typed at all. fcitx5 also serves ibus clients,
so Qt's own ibus plugin works with fcitx5 and with ibus; ``IBUS_USE_PORTAL=1`` makes the plugin
talk to the portal instead of looking for an ``ibus-daemon`` program, which fcitx5 desktops
lack. Done here, at start-up, so ``pip install``, ``scripts/run`` and a packaged editor all get
it. A user's explicit ``QT_IM_MODULES`` always wins; Wayland sessions and other systems are left
alone. See docs/editor.md and ../shared/reference/linux-chinese-input.md for the measurements.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, MutableMapping

_SESSION_VARIABLES = ("QT_IM_MODULE", "XMODIFIERS", "GTK_IM_MODULE", "SDL_IM_MODULE")


def session_input_method(env: Mapping[str, str]) -> str | None:
    """"fcitx" or "ibus" when the desktop session names one of them, else None."""
    for name in _SESSION_VARIABLES:
        value = env.get(name, "").lower()
        for method in ("fcitx", "ibus"):
            if method in value:
                return method
    return None


def input_method_settings(
    env: Mapping[str, str], plugins: Iterable[str], platform: str = sys.platform
) -> dict[str, str]:
    """The variables to set so that Chinese can be typed; empty when nothing is to change.

    ``plugins``: the file names in Qt's ``platforminputcontexts`` plugin folder.
    """
    if not platform.startswith("linux") or env.get("QT_IM_MODULES"):
        return {}
    if env.get("WAYLAND_DISPLAY") and not env.get("QT_QPA_PLATFORM", "").startswith("xcb"):
        return {}
    method = session_input_method(env)
    if method is None:
        return {}
    names = [p.lower() for p in plugins]
    if method == "fcitx" and any("fcitx" in p for p in names):
        return {}  # a Qt with its own fcitx plugin (a distribution's build): let it be
    if not any("ibus" in p for p in names):
        return {}
    settings = {"QT_IM_MODULE": "ibus"}
    if "IBUS_USE_PORTAL" not in env:
        settings["IBUS_USE_PORTAL"] = "1"
    return settings


def qt_input_plugins() -> list[str]:
    from PySide6.QtCore import QLibraryInfo

    folder = os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath), "platforminputcontexts")
    try:
        return os.listdir(folder)
    except OSError:
        return []


def choose_input_method(env: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Apply ``input_method_settings`` to the environment (before QGuiApplication is made)."""
    env = os.environ if env is None else env
    settings = input_method_settings(env, qt_input_plugins())
    env.update(settings)
    return settings
