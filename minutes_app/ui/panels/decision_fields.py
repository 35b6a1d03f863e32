"""The fields of a motion and of an action item, as the Motions page's tables and forms show them."""

from __future__ import annotations

from ...model import Motion, MotionResult
from ..fields import FieldSpec, Kind
from ..i18n import N_, _
from ..labels import MOTION_RESULTS

WHOLE_MEETING = -1  # the Motions page's place of the meeting's own motions and actions

# Motions and actions are long text: the table shows the first line, the detail form below
# edits the wording in a multi-line editor (Insert puts the cursor there) and every other field.
MOTION_COLUMNS = (
    FieldSpec("text", N_("Motion"), Kind.MULTILINE),
    FieldSpec("mover", N_("Mover"), roster_name=True),
    FieldSpec("seconder", N_("Seconder"), roster_name=True),
    FieldSpec("result", N_("Result"), Kind.CHOICE, MOTION_RESULTS),
)
MOTION_DETAIL = (
    FieldSpec("text", N_("Wording"), Kind.MULTILINE),
    FieldSpec("mover", N_("Mover"), roster_name=True),
    FieldSpec("seconder", N_("Seconder"), roster_name=True),
    FieldSpec("result", N_("Result"), Kind.CHOICE, MOTION_RESULTS),
    FieldSpec("votes_for", N_("Votes for"), Kind.OPTIONAL_INT),
    FieldSpec("votes_against", N_("Votes against"), Kind.OPTIONAL_INT),
    FieldSpec("abstentions", N_("Abstentions"), Kind.OPTIONAL_INT),
)
ACTION_COLUMNS = (
    FieldSpec("text", N_("Action"), Kind.MULTILINE),
    FieldSpec("owner", N_("Owner"), roster_name=True),
    FieldSpec("due", N_("Due"), Kind.OPTIONAL_DATE),
)
ACTION_DETAIL = (
    FieldSpec("text", N_("What is to be done"), Kind.MULTILINE),
    FieldSpec("owner", N_("Owner"), roster_name=True),
    FieldSpec("due", N_("Due"), Kind.OPTIONAL_DATE),
)


def new_motion() -> Motion:
    return Motion(result=MotionResult.PENDING)


def count_text(motions: int, actions: int) -> str:
    """"motions: 1, actions: 2" (the counts that are not nought), for lists and summaries."""
    parts = []
    if motions:
        parts.append(_("motions: %(n)d") % {"n": motions})
    if actions:
        parts.append(_("actions: %(n)d") % {"n": actions})
    return _(", ").join(parts)
