"""Minutes: a desktop editor for meeting minutes and meeting reports."""

__version__ = "0.1.0"
