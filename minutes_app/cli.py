"""``minutes``: the headless face of the editor (validate, new, show, export, import, check).

Each verb lives in its own module under ``minutes_app.commands`` with ``register(subparsers)``
adding its parser and setting ``func``; ``func(args) -> int`` is the exit status. Errors that a
user can act on are printed as one line on stderr, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from . import __version__
from .storage import DraftError

# Verb modules, in the order ``minutes --help`` lists them.
COMMAND_MODULES = (
    "minutes_app.commands.validate",
    "minutes_app.commands.new",
    "minutes_app.commands.show",
    "minutes_app.commands.export",
    "minutes_app.commands.import_",
    "minutes_app.commands.check",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutes", description="Meeting minutes drafts: validate, create, show, export, import, check."
    )
    parser.add_argument("--version", action="version", version=f"minutes {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show 𠮷 must not turn an outline into a traceback.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except DraftError as exc:  # verbs report their own errors; this is the safety net
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `minutes show x | head`
        # Point stdout at devnull so the flush at exit does not report the closed pipe again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
