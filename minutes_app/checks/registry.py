"""The rules: each has an id, a severity and a function that finds its problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ..model.operations import Path
from .context import CheckContext
from .problems import FixKind, Problem, Severity


class Finding(NamedTuple):
    path: Path
    template: str
    params: Mapping[str, Any] = {}
    fix: FixKind | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    find: Callable[[CheckContext], Iterable[Finding]]

    def run(self, ctx: CheckContext) -> list[Problem]:
        return [
            Problem(self.id, self.severity, f.path, f.template, dict(f.params), f.fix)
            for f in self.find(ctx)
        ]


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity) -> Callable:
    """Register the decorated finder as rule ``rule_id``."""

    def register(find: Callable[[CheckContext], Iterable[Finding]]) -> Callable:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} is registered twice")
        RULES[rule_id] = Rule(rule_id, severity, find)
        return find

    return register
