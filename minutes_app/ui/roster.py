"""The roster: names (with titles) typed before, offered again for completion.

A small SQLite database in the user data folder (stdlib ``sqlite3``, no Qt). Names enter it when
a draft is saved; the clerk can edit it in the roster dialog. The latest non-empty title wins,
and entries used more often come first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..model import MeetingDocument

if TYPE_CHECKING:
    import sqlite3

_SCHEMA = """
CREATE TABLE IF NOT EXISTS person (
    name TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    uses INTEGER NOT NULL DEFAULT 0
)
"""


class RosterEntry(NamedTuple):
    name: str
    title: str = ""


class Roster:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            import sqlite3  # not on the start-up path: the roster loads after the window shows

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute(_SCHEMA)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def entries(self) -> list[RosterEntry]:
        rows = self._connect().execute("SELECT name, title FROM person ORDER BY uses DESC, name")
        return [RosterEntry(name, title) for name, title in rows]

    def add(self, people: Iterable[RosterEntry]) -> None:
        db = self._connect()
        with db:
            for person in people:
                name = person.name.strip()
                if not name:
                    continue
                db.execute(
                    "INSERT INTO person(name, title, uses) VALUES (?, ?, 1) "
                    "ON CONFLICT(name) DO UPDATE SET uses = uses + 1, "
                    "title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END",
                    (name, person.title.strip()),
                )

    def replace_all(self, people: Iterable[RosterEntry]) -> None:
        """The roster dialog's result: exactly these entries (usage counts kept by name)."""
        db = self._connect()
        uses = dict(db.execute("SELECT name, uses FROM person"))
        with db:
            db.execute("DELETE FROM person")
            for person in people:
                name = person.name.strip()
                if name:
                    with contextlib.suppress(db.IntegrityError):  # a duplicate name
                        db.execute(
                            "INSERT INTO person(name, title, uses) VALUES (?, ?, ?)",
                            (name, person.title.strip(), uses.get(name, 0)),
                        )


def people_of(doc: MeetingDocument) -> list[RosterEntry]:
    """Everyone named in a draft, with the title given there."""
    found = [RosterEntry(p.name, p.title) for p in doc.people.presiders]
    found += [RosterEntry(s.name, s.title) for s in doc.people.speakers]
    for group in doc.people.groups:
        found += [RosterEntry(p.name, p.title) for p in group.people]
    return [p for p in found if p.name.strip()]
