"""``minutes import FILE -o OUT.minutes``: a structured draft from an existing text or .docx.

Warnings go to stderr one per line as ``FILE:LINE: message`` (``FILE: message`` for the whole
file), the way compilers report, so editors can jump to the line. Warnings do not fail the
command; an unreadable input or an unwritable output does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..importers import ImportFailed, ImportResult, import_file
from ..storage import DraftError, save_draft


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="turn a minutes text, meeting report or .docx into a draft",
        description=(
            "Read FILE (.txt in UTF-8, UTF-16, GBK/GB18030; or .docx), recognise its headline, "
            "date, people, numbered items, motions and actions, and write a .minutes draft. "
            "What could not be placed is kept as free paragraphs and reported as FILE:LINE "
            "warnings."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the text or .docx file to import")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the draft to write")
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source, target = Path(args.file), Path(args.output)
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        print(f"{target}: is the input file; choose another output", file=sys.stderr)
        return 1
    if target.exists() and not args.force:
        print(f"{target}: already exists (use --force to overwrite it)", file=sys.stderr)
        return 1
    try:
        result = import_file(source)
    except ImportFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    for warning in result.warnings:
        where = f"{args.file}:{warning.line}" if warning.line is not None else args.file
        print(f"{where}: {warning.message}", file=sys.stderr)
    try:
        save_draft(result.document, target)  # an overwritten draft is kept as OUT.bak
    except DraftError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{target}: {summary(result)}")
    return 0


def summary(result: ImportResult) -> str:
    doc = result.document
    h = doc.header
    people = len(doc.people.presiders) + sum(len(g.people) for g in doc.people.groups)
    count = len(result.warnings)
    parts = [
        f"{len(doc.body.sections)} section{'s' if len(doc.body.sections) != 1 else ''}",
        f"{people} {'person' if people == 1 else 'people'}",
        f"{count} warning{'s' if count != 1 else ''}",
    ]
    return f"imported {h.style.value} draft ({h.locale}): " + ", ".join(parts)
