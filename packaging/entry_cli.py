"""Entry script of the frozen command line (``minutes``); see entry_gui.py for why it is here."""

import sys

from minutes_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
