"""``minutes check FILE [--style S] [--fix]``: a draft against the conventions of its style.

Prints one line per problem, ``FILE:field.path: [rule-id] message``, the way compilers report,
with the message in the interface language (``--lang``, else LANGUAGE / LC_ALL / LANG).
``--fix`` applies the safe fixes (spaces around names, half-width punctuation in Chinese text)
through the model's operations, saves the draft atomically (the old one kept as FILE.bak) and
reports what is left. Exit status: 0 no errors (warnings allowed); 1 errors; 2 bad usage;
3 the draft cannot be read or saved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gettext
import sys

from ..checks import GlyphSource, apply_fixes, run_checks
from ..model.document import SUPPORTED_LOCALES, DocumentStyle
from ..resources import TRANSLATIONS
from ..storage import DraftError, load_draft, save_draft

EXIT_ERRORS, EXIT_DRAFT = 1, 3
DOMAIN = "minutes"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check a draft against the conventions of its style",
        description=(
            "Check a draft for what a clerk would be asked to correct: missing title, date, "
            "presider or 出席; people listed twice; half-width punctuation in Chinese; mixed "
            "一是/一、 numbering; an end before the start; a red mark over two lines; characters "
            "the fonts cannot draw; motions without mover, seconder or result. "
            "The rules are listed in docs/checks.md."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the .minutes draft to check")
    parser.add_argument(
        "--style", choices=[s.value for s in DocumentStyle], help="check as this style"
    )
    parser.add_argument("--locale", choices=SUPPORTED_LOCALES, help="document language")
    parser.add_argument(
        "--fix", action="store_true", help="apply the safe fixes and save the draft"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="language of the messages")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        doc = load_draft(args.file)
    except DraftError as exc:
        print(DraftError(args.file, exc.message, exc.field), file=sys.stderr)
        return EXIT_DRAFT
    translate = gettext.translation(
        DOMAIN, localedir=str(TRANSLATIONS), languages=[args.lang] if args.lang else None,
        fallback=True,
    ).gettext
    style = DocumentStyle(args.style) if args.style else None
    glyphs = GlyphSource()

    def check() -> list:
        return run_checks(
            doc, today=dt.date.today(), style=style, locale=args.locale, glyphs=glyphs
        )

    problems = check()
    if args.fix:
        fixed = apply_fixes(doc, problems)
        if fixed:
            try:
                save_draft(doc, args.file)
            except DraftError as exc:
                print(exc, file=sys.stderr)
                return EXIT_DRAFT
            print(f"{args.file}: fixed {fixed} field{'s' if fixed != 1 else ''}", file=sys.stderr)
            problems = check()
    for problem in problems:
        print(f"{args.file}:{problem.field}: [{problem.rule}] {problem.message(translate)}")
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        print(f"{args.file}: ok")
    else:
        print(
            f"{args.file}: {errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''}",
            file=sys.stderr,
        )
    return EXIT_ERRORS if errors else 0
