"""Printed numbers: kept here for the exporters' imports; the plan lives in ``model.numbering``."""

from ..model.numbering import (
    NumberingPlan,
    NumberStyle,
    chinese_number,
    english_ordinal_word,
    format_number,
    latin_letter,
    numbering_plan,
)

__all__ = [
    "NumberStyle",
    "NumberingPlan",
    "chinese_number",
    "english_ordinal_word",
    "format_number",
    "latin_letter",
    "numbering_plan",
]
