"""``minutes new --style jiyao|news|board -o FILE``: a new draft from the style's template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..model.document import DocumentStyle
from ..storage import DraftError, save_draft
from ..storage.templates import new_document


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="create a draft from a template",
        description="Create a new .minutes draft of the given style, dated today.",
    )
    parser.add_argument(
        "--style",
        required=True,
        choices=[style.value for style in DocumentStyle],
        help="jiyao: 纪要 (GB/T 9704); news: 会议报道 (meeting report); board: English board minutes",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the draft to write")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    target = Path(args.output)
    if target.exists() and not args.force:
        print(f"{target}: already exists (use --force to overwrite it)", file=sys.stderr)
        return 1
    try:
        doc = new_document(DocumentStyle(args.style))
        save_draft(doc, target)  # an overwritten draft is kept as FILE.bak
    except DraftError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{target}: new {args.style} draft ({doc.header.locale}, dated {doc.header.date})")
    return 0
