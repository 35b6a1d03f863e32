"""``minutes``: the headless face of the editor (validate, new, show, export, import).

Each verb lives in its own module under ``minutes_app.commands`` with ``register(subparsers)``
adding its parser and setting ``func``; ``func(args) -> int`` is the exit status. Errors that a
user can act on are printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from . import __version__

# Verb modules, in the order ``minutes --help`` lists them.
COMMAND_MODULES = (
    "minutes_app.commands.validate",
    "minutes_app.commands.new",
    "minutes_app.commands.show",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes", description="Meeting minutes drafts: validate, create, show, export, import."
    )
    parser.add_argument("--version", action="version", version=f"minutes {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `minutes show x | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
