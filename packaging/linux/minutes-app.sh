#!/bin/sh
# /usr/bin/minutes-app: start the packaged editor with an input method that can type Chinese.
#
# The bundled Qt has no fcitx plugin (the PySide6 wheel ships only ibus and compose), and
# Debian's fcitx5 plugin is built for another Qt. fcitx5, the input method of UOS and Kylin
# desktops, also serves ibus clients through its ibus portal; so when the session uses fcitx or
# ibus, Qt's ibus plugin is chosen with IBUS_USE_PORTAL=1 (see docs/install.md). A QT_IM_MODULES
# the user set is theirs and is left alone. The editor makes the same choice itself
# (minutes_app/ui/input_method.py) but leaves Wayland sessions alone; this bundle has no Wayland
# plugin and always runs on XWayland, where the ibus module is right, so the launcher decides.
if [ -z "${QT_IM_MODULES+set}" ]; then
    case "${QT_IM_MODULE:-} ${XMODIFIERS:-} ${GTK_IM_MODULE:-}" in
        *fcitx* | *ibus*)
            QT_IM_MODULE=ibus
            IBUS_USE_PORTAL=1
            export QT_IM_MODULE IBUS_USE_PORTAL
            ;;
    esac
fi
here=$(dirname "$(readlink -f "$0")")
exec "$here/minutes-app" "$@"
