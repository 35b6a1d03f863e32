"""Text -> ``MeetingDocument``: normalise, drop web furniture, then the language's recognisers."""

from __future__ import annotations

from pydantic import ValidationError

from ..model.document import MeetingDocument
from .boilerplate import strip_boilerplate
from .chinese import ChineseParser
from .lines import HAN_RE, Line, split_lines
from .result import ImportWarning


def build_document(text: str) -> tuple[MeetingDocument, list[ImportWarning]]:
    lines = split_lines(text)
    if not lines:
        return MeetingDocument(), [ImportWarning(None, "no text to import")]
    lines, warnings = strip_boilerplate(lines)
    if _is_english(lines):
        from .english import EnglishParser

        parser: ChineseParser | EnglishParser = EnglishParser(warnings)
    else:
        parser = ChineseParser(warnings)
    parser.run(lines)
    warnings.sort(key=lambda w: (w.line is not None, w.line or 0))
    return _validated(parser.doc), warnings


def _is_english(lines: list[Line]) -> bool:
    han = sum(len(HAN_RE.findall(line.text)) for line in lines[:200])
    letters = sum(sum(ch.isascii() and ch.isalpha() for ch in line.text) for line in lines[:200])
    return han * 4 < letters


def _validated(doc: MeetingDocument) -> MeetingDocument:
    """Run the model's validators once (clean_text, lengths) over what the recognisers built."""
    try:
        return MeetingDocument.model_validate(doc.model_dump(), strict=False)
    except ValidationError as exc:  # a recogniser bug, not the user's input: say where
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"import produced an invalid document at {where}: {first['msg']}") from exc
