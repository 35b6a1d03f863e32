"""Export styles, each one registered unit: what it is called, how it composes the document,
how it numbers, how it looks in Word and in HTML, its own words, and the draft it starts from.

The CLI (``minutes export --style``), the editor's export dialog and its preview list the
registered styles; the rendering pass, the .docx and HTML writers look a style up here and
nowhere else. ``docs/DEVELOPING.md`` ("Add a style") walks through registering one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.document import DocumentStyle, Header, MeetingDocument
from ..model.numbering import NUMBERING_PLANS, NumberingPlan, numbering_plan
from ..resources import RESOURCES, TEMPLATES
from .errors import ExportError

if TYPE_CHECKING:
    from .blocks import AnyBlock
    from .docx_styles import Layout
    from .locale_text import LocaleText

Composer = Callable[[MeetingDocument, "LocaleText"], "list[AnyBlock]"]
DocxLayout = Callable[[str, str], "Layout"]  # (locale, grid) -> the .docx layout
HTML_STYLES = RESOURCES / "styles" / "html"


def N_(message: str) -> str:
    """Marks a style's name for the UI catalog; the editor translates it when it shows it."""
    return message


def _clean(value: str) -> str:
    from ..model.text import clean_text

    return clean_text(value).strip()


def by_recorder(header: Header) -> str:
    """The .docx author of minutes: who recorded them, else the organisation."""
    return _clean(header.recorder) or _clean(header.organisation)


def by_reporter(header: Header) -> str:
    """The .docx author of a news report: the reporter, else the source or organisation."""
    return _clean(header.reporter) or _clean(header.source) or _clean(header.organisation)


@dataclass(frozen=True)
class ExportStyle:
    name: str  # the --style value; a draft's own header.style for the built-in styles
    title: str  # shown in the export dialog and the preview (marked N_, translated there)
    compose: Composer  # the document and its export locale -> typed blocks
    numbering: NumberingPlan  # which sections and sub-items take which numbers
    docx_layout: DocxLayout  # page setup and named styles of the .docx
    css: Path  # the HTML style sheet, after resources/styles/html/document.css
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # "zh"/"en"/locale
    template: Path | None = None  # the draft a new document of this style starts from
    author: Callable[[Header], str] = by_recorder  # the exported file's author


_STYLES: dict[str, ExportStyle] = {}


def register_style(style: ExportStyle) -> ExportStyle:
    """Add ``style`` to every export surface (a name already taken is refused)."""
    _register_builtins()
    if style.name in _STYLES:
        raise ValueError(f"an export style named {style.name!r} is already registered")
    _STYLES[style.name] = style
    NUMBERING_PLANS[style.name] = style.numbering  # the editor's list and `show` read it there
    return style


def unregister_style(name: str) -> None:
    """Remove a style registered by ``register_style`` (tests, plug-ins being unloaded)."""
    del _STYLES[name]
    NUMBERING_PLANS.pop(name, None)


def registered_styles() -> list[ExportStyle]:
    """Every style, the built-in ones first, in the order they were registered."""
    _register_builtins()
    return list(_STYLES.values())


def style_names() -> list[str]:
    return [style.name for style in registered_styles()]


def get_style(name: str) -> ExportStyle:
    _register_builtins()
    try:
        return _STYLES[str(name)]
    except KeyError:
        known = ", ".join(_STYLES)
        raise ExportError(None, f"unknown document style {name!r} (use one of {known})") from None


def _register_builtins() -> None:
    """The three built-in styles, registered on first use (their modules load with them)."""
    if DocumentStyle.JIYAO in _STYLES:
        return
    from . import docx_styles
    from .compose_board import compose_board
    from .compose_jiyao import compose_jiyao
    from .compose_news import compose_news

    builtins = (
        (DocumentStyle.JIYAO, N_("纪要 (GB/T 9704 official minutes)"), compose_jiyao, by_recorder),
        (DocumentStyle.NEWS, N_("News report (会议报道)"), compose_news, by_reporter),
        (DocumentStyle.BOARD, N_("Board minutes"), compose_board, by_recorder),
    )
    for style, title, compose, author in builtins:
        _STYLES[style.value] = ExportStyle(
            name=style.value,
            title=title,
            compose=compose,
            numbering=numbering_plan(style),
            docx_layout=docx_styles.BUILT_IN_LAYOUTS[style],
            css=HTML_STYLES / f"{style.value}.css",
            template=TEMPLATES / f"{style.value}.minutes",
            author=author,
        )
