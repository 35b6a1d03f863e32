"""The desktop editor (PySide6): ``minutes-app`` runs ``minutes_app.ui.app.main``."""
