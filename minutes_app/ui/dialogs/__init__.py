"""The editor's small dialogs (recovery, export, paste, preferences, roster)."""
