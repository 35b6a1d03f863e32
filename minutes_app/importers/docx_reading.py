"""A .docx file -> plain text lines, in reading order, for the text importer.

Body paragraphs and table cells are read in document order. Word's automatic list numbering
is not part of a paragraph's text, so it is resolved here from the numbering part ("一、",
"（一）", "1.") and put back in front of the text: the outline recogniser needs it. Tables
that list attendees are turned into the labelled lines a clerk would type
("出席：张三（市发改委主任）、李四").
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from io import BytesIO

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from .docx_package import PackageError, checked_package
from .lines import join_broken
from .numerals import format_counter
from .result import N_, ImportWarning

_NAME_HEADER = re.compile(r"^(?:姓\s*名|名\s*字|name|member|attendee)s?$", re.I)
_TITLE_HEADER = re.compile(
    r"^(?:职\s*务|职\s*称|单位(?:及职务)?|部门|title|role|position|organi[sz]ation)$", re.I
)
_NOTE_HEADER = re.compile(r"^(?:备\s*注|说\s*明|notes?|remarks?)$", re.I)
_ROLE_HEADER = re.compile(r"^(?:类\s*别|身\s*份|出席情况|attendance|status)$", re.I)
_ACTION_HEADER = re.compile(r"^(?:actions?|action items?|task|what)$", re.I)
_OWNER_HEADER = re.compile(r"^(?:owner|who|responsible|lead|by whom)$", re.I)
_DUE_HEADER = re.compile(r"^(?:due|due date|deadline|by when|when|date)$", re.I)
_LABEL_CELL = re.compile(r"^[^。.!?！？,，]{1,12}$")
_BARE_LABEL = re.compile(r"^[^。.!?！？]{1,16}[：:]$")


class DocxError(ValueError):
    """The file is not a readable .docx; the message says why."""


def read_docx_lines(data: bytes) -> tuple[list[str], list[ImportWarning]]:
    """The document's paragraphs as lines (soft line breaks split them further).

    Any failure of a damaged or hostile file is one ``DocxError`` (issue 15): the package
    is checked and trimmed first (``docx_package``), then XML errors (including libxml2's
    own limits on depth and entity expansion) and runaway nesting are caught here.
    """
    try:
        return _read_lines(Document(BytesIO(checked_package(data))))
    except PackageError as exc:
        raise DocxError(str(exc)) from None
    except etree.LxmlError as exc:
        if "depth" in str(exc).lower():  # libxml2 stops at 256 levels (3,000 nested tables)
            raise DocxError("is nested too deeply (tables inside tables) to be read") from None
        raise DocxError(f"is a damaged .docx file: its XML cannot be read ({exc})") from None
    except RecursionError:
        raise DocxError("is nested too deeply (tables inside tables) to be read") from None
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise DocxError(f"is not a readable .docx file ({exc})") from None


def _read_lines(document) -> tuple[list[str], list[ImportWarning]]:
    numbering = _Numbering(document)
    lines: list[str] = []
    warnings: list[ImportWarning] = []
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            lines.extend(join_broken(_paragraph_text(block, numbering).split("\n")))
        else:
            _table_lines(block, numbering, lines, warnings)
    return lines, warnings


def _blocks(document) -> Iterator[Paragraph | Table]:
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)


def _paragraph_text(paragraph: Paragraph, numbering: _Numbering) -> str:
    marker = numbering.marker(paragraph)
    text = _text(paragraph._p)
    if not marker or not text.strip():
        return text
    # Word puts a tab after the number; "1." needs a space before English text, "一、" none.
    return f"{marker} {text}" if marker[-1] in ".)" else f"{marker}{text}"


_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_HYPHEN = qn("w:noBreakHyphen")
_TEXT_TAGS = {_T: None, _TAB: "\t", _BR: "\n", _CR: "\n", _HYPHEN: "-"}


def _text(p) -> str:
    """What ``Paragraph.text`` gives (runs, hyperlinks, tabs, breaks), in one pass over the
    XML instead of an XPath query per paragraph. Deleted text (w:delText) and field codes
    (w:instrText) have other tags and stay out."""
    out: list[str] = []
    for node in p.iter(_T, _TAB, _BR, _CR, _HYPHEN):
        fixed = _TEXT_TAGS[node.tag]
        if fixed is None:
            out.append(node.text or "")
        elif not (node.tag == _TAB and node.getparent().tag != qn("w:r")):
            out.append(fixed)  # a w:tab inside w:tabs (a tab stop) is not text
    return "".join(out)


def _cell_rows(table: Table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:  # merged cells come back once per grid column
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append("\n".join(_text(p._p) for p in cell.paragraphs).strip())
        rows.append(cells)
    return rows


def _table_lines(
    table: Table, numbering: _Numbering, lines: list[str], warnings: list[ImportWarning]
) -> None:
    """A table as lines: a list of names, an action log, a label table, or else each cell."""
    rows = _cell_rows(table)
    if not rows:
        return
    header = [re.sub(r"\s+", "", c) for c in rows[0]]
    name_col = _column(header, _NAME_HEADER)
    if name_col is not None and len(rows) > 1:
        _people_table(rows, header, name_col, lines, warnings)
        return
    stripped = [c.strip() for c in rows[0]]
    action_col, owner_col = _column(stripped, _ACTION_HEADER), _column(stripped, _OWNER_HEADER)
    if action_col is not None and owner_col is not None and len(rows) > 1:
        _action_table(rows, action_col, owner_col, lines)
    elif all(len(r) >= 2 and _LABEL_CELL.match(r[0]) for r in rows if any(r)):
        _label_table(rows, lines)
    else:
        _cell_paragraphs(table, numbering, lines)


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    """The first column whose header matches ``pattern``."""
    return next((i for i, c in enumerate(header) if pattern.match(c)), None)


def _label_table(rows: list[list[str]], lines: list[str]) -> None:
    """Label | value rows ("时间 | 2024年5月8日") -> "时间：2024年5月8日" lines."""
    for cells in rows:
        if not any(cells):
            continue
        label = cells[0].rstrip("：:")
        value = " ".join(c.replace("\n", " ") for c in cells[1:] if c)
        sep = ":" if label.isascii() else "："
        lines.append(f"{label}{sep}{value}")


def _cell_paragraphs(table: Table, numbering: _Numbering, lines: list[str]) -> None:
    """Any other table: every paragraph of every cell a line (merged cells once)."""
    for row in table.rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                lines.extend(_paragraph_text(paragraph, numbering).split("\n"))


def _action_table(rows: list[list[str]], action_col: int, owner_col: int, lines: list[str]) -> None:
    """An action log (Action | Owner | Due) -> "Action: … (owner: …; due …)" lines."""
    due_col = next((i for i, c in enumerate(rows[0]) if _DUE_HEADER.match(c.strip())), None)
    if not (lines and re.fullmatch(r"(?i)actions?(?: items?| log)?:?", lines[-1].strip())):
        lines.append("Action items")  # a caption: what follows is not part of the last item
    for cells in rows[1:]:
        cell = dict(enumerate(c.replace("\n", " ") for c in cells))
        text = cell.get(action_col, "")
        if not text:
            continue
        details = [f"owner: {cell[owner_col]}"] if cell.get(owner_col) else []
        if due_col is not None and cell.get(due_col):
            details.append(f"due {cell[due_col]}")
        lines.append(f"Action: {text}" + (f" ({'; '.join(details)})" if details else ""))


def _people_table(
    rows: list[list[str]],
    header: list[str],
    name_col: int,
    lines: list[str],
    warnings: list[ImportWarning],
) -> None:
    """A table of names (姓名 | 职务 | 备注) -> "出席：张三（市长）、…" lines, one per group."""
    columns = _PeopleColumns(header, name_col)
    label = _label_above(lines)
    groups: dict[str, list[str]] = {}
    for cells in rows[1:]:
        person = columns.person(cells)
        if person:
            groups.setdefault(columns.cell(cells, columns.role) or label, []).append(person)
    english = columns.english
    for group_label, people in groups.items():
        if not group_label:
            group_label = "Present" if english else "出席"
            warnings.append(
                ImportWarning.of(
                    len(lines) + 1,
                    N_("table of names without a label: read as %(label)s"),
                    label=group_label,
                )
            )
        sep = ": " if english else "："
        joiner = ", " if english else "、"
        lines.append(f"{group_label}{sep}{joiner.join(people)}")


def _label_above(lines: list[str]) -> str:
    """The bare "出席人员：" paragraph just above a table of names, taken off ``lines``."""
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _BARE_LABEL.match(lines[-1].strip()):
        return lines.pop().strip()[:-1]
    return ""


class _PeopleColumns:
    """Which columns of a table of names hold the name, titles, a note and a role."""

    def __init__(self, header: list[str], name_col: int) -> None:
        self.name = name_col
        self.titles = [i for i, c in enumerate(header) if _TITLE_HEADER.match(c)]
        self.note = _column(header, _NOTE_HEADER)
        self.role = _column(header, _ROLE_HEADER)
        self.english = all(c.isascii() for c in header)

    @staticmethod
    def cell(cells: list[str], column: int | None) -> str:
        return cells[column] if column is not None and column < len(cells) else ""

    def person(self, cells: list[str]) -> str:
        """张三（市长）/ Jane Doe (Treasurer); empty for a row without a name."""
        name = self.cell(cells, self.name).replace("\n", " ")
        if not name:
            return ""
        title = "，".join(cells[i] for i in self.titles if i < len(cells) and cells[i])
        extras = [t for t in (title, self.cell(cells, self.note)) if t]
        return name + "".join(f" ({t})" if self.english else f"（{t}）" for t in extras)


class _Numbering:
    """Word list numbering resolved to the text it displays ("一、", "（二）", "3.")."""

    def __init__(self, document) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._by_style: dict[str, object] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iterchildren(qn("w:abstractNum")):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.iterchildren(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    _val(lvl, "w:numFmt", "decimal"),
                    _val(lvl, "w:lvlText", ""),
                    int(_val(lvl, "w:start", "1") or 1),
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(qn("w:val")), {}).items():
                self._levels[(num.get(qn("w:numId")), ilvl)] = spec
        if self._levels:
            self._by_style = _style_numbering(document)

    def marker(self, paragraph: Paragraph) -> str:
        if not self._levels:
            return ""
        num_pr = _num_pr(paragraph, self._by_style)
        if num_pr is None:
            return ""
        num_id, ilvl = num_pr
        spec = self._levels.get((num_id, ilvl))
        if spec is None:
            return ""
        fmt, text, start = spec
        if fmt in ("bullet", "none") or not text:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new parent item restarts its children

        def level_text(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            level_spec = self._levels.get((num_id, level), spec)
            value = counters.get(level, level_spec[2])
            return format_counter(value, level_spec[0])

        return re.sub(r"%(\d)", level_text, text)


def _val(node, tag: str, default: str) -> str:
    child = node.find(qn(tag))
    if child is None:
        return default
    return child.get(qn("w:val"), default)


def _style_numbering(document) -> dict[str, object]:
    """Style id -> the w:numPr it (or a style it is based on) carries, for list styles.

    Read once from the styles XML: python-docx's ``paragraph.style`` scans every style per
    call, which costs seconds on a 1000-section document."""
    own: dict[str, tuple[object | None, str | None]] = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        p_pr = style.find(qn("w:pPr"))
        based = style.find(qn("w:basedOn"))
        own[style.get(qn("w:styleId"))] = (
            p_pr.find(qn("w:numPr")) if p_pr is not None else None,
            based.get(qn("w:val")) if based is not None else None,
        )
    resolved: dict[str, object] = {}
    for style_id in own:
        seen: set[str] = set()
        current: str | None = style_id
        while current in own and current not in seen:
            seen.add(current)
            node, current = own[current]
            if node is not None:
                resolved[style_id] = node
                break
    return resolved


def _num_pr(paragraph: Paragraph, by_style: dict[str, object]) -> tuple[str, int] | None:
    p_pr = paragraph._p.pPr
    node = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    if node is None and p_pr is not None:  # numbering can come from the paragraph style
        p_style = p_pr.find(qn("w:pStyle"))
        if p_style is not None:
            node = by_style.get(p_style.get(qn("w:val")))
    if node is None:
        return None
    num_id = _val(node, "w:numId", "")
    if not num_id or num_id == "0":
        return None
    return num_id, int(_val(node, "w:ilvl", "0") or 0)
