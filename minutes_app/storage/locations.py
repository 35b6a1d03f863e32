"""Where the editor keeps its own files, found with platformdirs (no Qt needed).

The data folder (recovery files, the roster, the log) is the one Qt's ``AppDataLocation``
gave for organisation and application "Minutes" (``~/.local/share/Minutes/Minutes`` on Linux),
so files kept by earlier versions are found again. ``MINUTES_DATA_DIR`` and
``MINUTES_CONFIG_DIR`` override the folders (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ORGANISATION = "Minutes"
APPLICATION = "Minutes"
SETTINGS_NAME = "settings.json"


def data_folder() -> Path:
    override = os.environ.get("MINUTES_DATA_DIR")
    if override:
        return Path(override)
    return platformdirs.user_data_path(ORGANISATION, appauthor=False, roaming=True) / APPLICATION


def settings_path() -> Path:
    override = os.environ.get("MINUTES_CONFIG_DIR")
    folder = Path(override) if override else platformdirs.user_config_path(
        ORGANISATION, appauthor=False, roaming=True
    )
    return folder / SETTINGS_NAME
