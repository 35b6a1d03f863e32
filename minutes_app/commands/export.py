"""``minutes export FILE --format docx|html|pdf --style jiyao|news|board [--locale L] -o OUT``.

PDF: ``--pdf-engine weasyprint`` (default, needs no office suite) or ``libreoffice`` (converts
our .docx with a local LibreOffice); the faces the PDF uses, and those substituted for the
named ones, are printed after the file name.

Exit status: 0 written; 1 the draft cannot be read (the DraftError is printed as it is);
2 bad usage (argparse); 3 the export could not be made or written (ExportError, one line).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..export.styles import style_names
from ..model.document import SUPPORTED_LOCALES
from ..storage import DraftError, load_draft

FORMAT_SUFFIXES = {"docx": ".docx", "html": ".html", "pdf": ".pdf"}
PDF_ENGINES = ("weasyprint", "libreoffice")
EXIT_DRAFT, EXIT_EXPORT = 1, 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a draft as .docx, standalone HTML or PDF",
        description=(
            "Export a draft in a registered style: jiyao (纪要, GB/T 9704-2012), "
            "news (会议报道, meeting report), board (board minutes) or one added by "
            "export.styles.register_style. Style and locale default to the draft's own; the "
            "format defaults to OUT's extension."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="the .minutes draft to export")
    parser.add_argument("--format", choices=sorted(FORMAT_SUFFIXES), help="docx, html or pdf")
    parser.add_argument("--style", choices=style_names(), help="document style")
    parser.add_argument("--locale", choices=SUPPORTED_LOCALES, help="language of dates and labels")
    parser.add_argument(
        "--grid",
        choices=("chars", "lines"),
        default="lines",
        help=(
            "纪要 page grid: lines (default: 22 × 28 in Word, WPS and LibreOffice) or chars "
            "(GB/T 9704's character grid: Word and WPS only, LibreOffice puts 14 characters a line)"
        ),
    )
    parser.add_argument(
        "--pdf-engine",
        choices=PDF_ENGINES,
        default="weasyprint",
        help="PDF: weasyprint (built in) or libreoffice (converts the .docx; needs soffice)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="file to write (default: FILE with the format's extension)",
    )
    parser.set_defaults(func=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or _format_from(args.output)
    if fmt is None:
        args.parser.error("say --format docx|html|pdf, or give -o a .docx, .html or .pdf name")
    output = Path(args.output) if args.output else Path(args.file).with_suffix(FORMAT_SUFFIXES[fmt])
    try:
        doc = load_draft(args.file)
    except DraftError as exc:
        print(exc, file=sys.stderr)
        return EXIT_DRAFT

    from ..export import FORMATS, ExportError, ExportOptions

    options = ExportOptions(
        style=args.style,
        locale=args.locale,
        grid=args.grid,
        pdf_engine=args.pdf_engine,
    )
    try:
        report = FORMATS[fmt](doc, output, options)
    except ExportError as exc:
        print(exc, file=sys.stderr)
        return EXIT_EXPORT
    style = args.style or doc.header.style.value
    print(f"{output}: {style} {fmt} ({args.locale or doc.header.locale})")
    if fmt == "pdf":
        from ..export.pdf_fonts import describe
        from ..export.pdf_inspect import embedded_fonts

        print(f"  {report.pages} pages, engine {report.engine}")
        if report.fonts:
            print("  fonts (named -> drawn with):")
        else:
            print("  fonts: LibreOffice substitutes missing faces by its own table")
        for line in describe(report.fonts):
            print(f"    {line}")
        fonts = embedded_fonts(output.read_bytes())
        embedded = ", ".join(f"{n}{'' if e else ' (NOT embedded)'}" for n, e in fonts)
        print(f"  embedded in the PDF: {embedded or 'none'}")
    return 0


def _format_from(output: str | None) -> str | None:
    if not output:
        return None
    suffix = Path(output).suffix.lower()
    return next((fmt for fmt, ext in FORMAT_SUFFIXES.items() if ext == suffix), None)
