"""People: one person in two attendee groups, a name listed twice, names and titles with a
line break or spaces at either end."""

from __future__ import annotations

from collections.abc import Iterator

from .context import CheckContext
from .problems import N_, FixKind, Severity
from .registry import Finding, rule


def _key(name: str) -> str:
    """Names compare without spaces: 张　三 and 张三 are one person."""
    return "".join(name.split()).casefold()


@rule("person-in-two-groups", Severity.ERROR)
def person_in_two_groups(ctx: CheckContext) -> Iterator[Finding]:
    first_group: dict[str, int] = {}
    for g, group in enumerate(ctx.doc.people.groups):
        seen_here: set[str] = set()
        for i, person in enumerate(group.people):
            key = _key(person.name)
            if not key or key in seen_here:
                continue
            seen_here.add(key)
            if key in first_group and first_group[key] != g:
                yield Finding(
                    ("people", "groups", g, "people", i, "name"),
                    N_("%(name)s is also listed in group %(group)d."),
                    {"name": person.name.strip(), "group": first_group[key] + 1},
                )
            first_group.setdefault(key, g)


@rule("duplicate-name", Severity.WARNING)
def duplicate_name(ctx: CheckContext) -> Iterator[Finding]:
    people = ctx.doc.people
    lists = [(("people", "presiders"), people.presiders), (("people", "speakers"), people.speakers)]
    lists += [(("people", "groups", g, "people"), grp.people) for g, grp in enumerate(people.groups)]
    for base, items in lists:
        seen: dict[str, int] = {}
        for i, person in enumerate(items):
            key = _key(person.name)
            if key and key in seen:
                yield Finding(
                    (*base, i, "name"),
                    N_("%(name)s is listed twice (also as number %(number)d)."),
                    {"name": person.name.strip(), "number": seen[key] + 1},
                )
            seen.setdefault(key, i)


def _name_fields(ctx: CheckContext) -> Iterator[tuple[tuple, str]]:
    h, people = ctx.doc.header, ctx.doc.people
    for name in ("title", "meeting_name", "organisation", "reporter", "recorder"):
        yield ("header", name), getattr(h, name)
    lists = [(("people", "presiders"), people.presiders), (("people", "speakers"), people.speakers)]
    lists += [(("people", "groups", g, "people"), grp.people) for g, grp in enumerate(people.groups)]
    for base, items in lists:
        for i, person in enumerate(items):
            yield (*base, i, "name"), person.name
            yield (*base, i, "title"), person.title
    for g, group in enumerate(people.groups):
        yield ("people", "groups", g, "label"), group.label


@rule("line-break-in-name", Severity.ERROR)
def line_break_in_name(ctx: CheckContext) -> Iterator[Finding]:
    for path, text in _name_fields(ctx):
        if "\n" in text.strip():
            yield Finding(
                path,
                N_("“%(text)s” has a line break: a name or title is printed on one line."),
                {"text": " ".join(text.split())},
            )


@rule("spaces-around-name", Severity.WARNING)
def spaces_around_name(ctx: CheckContext) -> Iterator[Finding]:
    for path, text in _name_fields(ctx):
        if text.strip() and text != text.strip():
            yield Finding(
                path,
                N_("“%(text)s” begins or ends with spaces."),
                {"text": text.strip()},
                FixKind.STRIP_SPACES,
            )
