"""What a check reports: a problem with a rule id, a severity, a field path and a message.

Messages are gettext templates marked with ``N_`` (extracted into the editor's catalogs) and
filled with ``%``-parameters, so the command line and the Checks panel show them in the
interface language: ``problem.message(translate)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..model.operations import Path, format_path


def N_(template: str) -> str:
    """Mark a message template for the translation catalogs (translated when shown)."""
    return template


class Severity(StrEnum):
    ERROR = "error"  # the document is wrong as circulated: `minutes check` fails, export asks
    WARNING = "warning"  # worth a look; the clerk may know better


class FixKind(StrEnum):
    """Safe fixes: they change only spacing and the width of punctuation, never words."""

    STRIP_SPACES = "strip-spaces"
    FULL_WIDTH = "full-width"


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str  # e.g. "title-missing"
    severity: Severity
    path: Path  # the field to look at: ("body", "sections", 2, "body")
    template: str  # N_-marked message with %(name)s parameters
    params: Mapping[str, Any] = field(default_factory=dict)
    fix: FixKind | None = None  # applied to the text at ``path``

    @property
    def field(self) -> str:
        return format_path(self.path)

    def message(self, translate: Callable[[str], str] = str) -> str:
        return translate(self.template) % self.params

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR
