"""The text itself: half-width punctuation in Chinese, mixed 一是/一、 numbering in one list,
a section heading with nothing under it, a paragraph that does not end with a stop."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.document import Section
from ..model.operations import Path
from .context import CheckContext, iter_texts
from .problems import N_, FixKind, Severity
from .punctuation import half_width_marks, has_chinese
from .registry import Finding, rule


@rule("half-width-punctuation", Severity.WARNING)
def half_width_punctuation(ctx: CheckContext) -> Iterator[Finding]:
    for path, text in iter_texts(ctx.doc):
        marks = half_width_marks(text)
        if marks:
            found = "".join(dict.fromkeys(text[i] for i in sorted(marks)))
            yield Finding(
                path,
                N_("Half-width %(marks)s in Chinese text: use full-width punctuation."),
                {"marks": " ".join(found)},
                FixKind.FULL_WIDTH,
            )


# Typed item markers, by the form of the list they belong to. (一) and (1) sit one level down
# and may follow any of these.
_NUM = "[一二三四五六七八九十百零〇]+"
MARKERS = {
    "一是": re.compile(f"(?:^|[。；;，,：:])\\s*({_NUM}是)"),
    "一、": re.compile(f"(?:^|[\\n。；;])\\s*({_NUM}、)"),
    "第一，": re.compile(f"(?:^|[。；\\n])\\s*(第{_NUM}[，,])"),
    "1.": re.compile(r"(?:^|\n)\s*(\d{1,3}[.．、](?!\d))"),
}


# Inside one text, 1. may sit below 一、 (GB/T 9704 §7.3.3: 一、（一）1.（1）), so only the
# forms that are alternatives at one level are compared there.
IN_TEXT = ("一是", "一、", "第一，")


def _forms(text: str, forms: tuple[str, ...] = tuple(MARKERS)) -> list[str]:
    return [form for form in forms if MARKERS[form].search(text)]


def _mixed(items: list[tuple[Path, str]], forms: tuple[str, ...] = tuple(MARKERS)) -> Iterator[Finding]:
    """One finding at the first item whose form differs from the list's first form."""
    first = ""
    for path, text in items:
        for form in _forms(text, forms):
            if not first:
                first = form
            elif form != first:
                yield Finding(
                    path,
                    N_("This list numbers its items both as %(first)s and as %(other)s."),
                    {"first": first, "other": form},
                )
                return


def _section_text(section: Section) -> str:
    return section.heading or section.body


@rule("mixed-numbering", Severity.WARNING)
def mixed_numbering(ctx: CheckContext) -> Iterator[Finding]:
    body = ctx.doc.body
    # Each text on its own: a body that says 一是…… and then 二、……
    for path, text in iter_texts(body, ("body",)):
        if len(_forms(text, IN_TEXT)) > 1:
            yield from _mixed([(path, text)], IN_TEXT)
    # Lists whose items each start with a typed marker.
    sections = [(("body", "sections", i), _section_text(s)) for i, s in enumerate(body.sections)]
    yield from _mixed([(p, t[:12]) for p, t in sections])
    for i, section in enumerate(body.sections):
        subs = [
            (("body", "sections", i, "sub_items", j), (sub.heading or sub.body)[:12])
            for j, sub in enumerate(section.sub_items)
        ]
        yield from _mixed(subs)
    for name in ("free_paragraphs", "closing_notes"):
        paras = [(("body", name, i), t[:12]) for i, t in enumerate(getattr(body, name))]
        yield from _mixed(paras)


@rule("section-without-body", Severity.WARNING)
def section_without_body(ctx: CheckContext) -> Iterator[Finding]:
    for i, s in enumerate(ctx.doc.body.sections):
        if s.heading.strip() and not (s.body.strip() or s.sub_items or s.motions or s.actions):
            yield Finding(
                ("body", "sections", i, "body"),
                N_("The section “%(heading)s” has a heading but nothing under it."),
                {"heading": s.heading.strip()},
            )


_CLOSERS = "”’）)》」』】\"'"
_STOPS_ZH = "。！？…；"
_STOPS_EN = ".!?…"


def _ends_with_stop(text: str) -> bool:
    end = text.rstrip().rstrip(_CLOSERS)
    if not end:
        return True
    return end[-1] in (_STOPS_ZH + _STOPS_EN) or end[-1] in "：:"


@rule("body-without-stop", Severity.WARNING)
def body_without_stop(ctx: CheckContext) -> Iterator[Finding]:
    body = ctx.doc.body
    texts: list[tuple[Path, str]] = []
    for i, s in enumerate(body.sections):
        texts.append((("body", "sections", i, "body"), s.body))
        texts += [
            (("body", "sections", i, "sub_items", j, "body"), sub.body)
            for j, sub in enumerate(s.sub_items)
        ]
    texts += [(("body", "remarks", i, "text"), r.text) for i, r in enumerate(body.remarks)]
    texts += [(("body", "free_paragraphs", i), t) for i, t in enumerate(body.free_paragraphs)]
    for path, text in texts:
        for paragraph in text.split("\n"):
            if paragraph.strip() and not _ends_with_stop(paragraph):
                stop = "。" if has_chinese(paragraph) else "."
                yield Finding(
                    path,
                    N_("A paragraph ends without a stop (%(stop)s): “…%(end)s”."),
                    {"stop": stop, "end": paragraph.strip()[-12:]},
                )
                break
