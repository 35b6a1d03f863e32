"""Entry script of the frozen editor (``minutes-app``).

It lives outside the package so that PyInstaller runs it as a top-level script and
``minutes_app`` stays a package (its relative imports need one).
"""

import sys

from minutes_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
