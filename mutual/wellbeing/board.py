"""The mentor wellbeing board: every mentoring peer mentor, those needing a look first.

One query loads the program's mentors with their state row, last check-in and number of
open matches; flags are worked out in Python, so the page costs the same number of
queries for 5 mentors or 500.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.participants.models import Participant
from mutual.programs.models import Program
from mutual.relationships.models import OPEN_STAGES, Relationship
from mutual.wellbeing import rules
from mutual.wellbeing.models import CheckIn, MentorWellbeing
from mutual.wellbeing.services import MENTORING_STAGES, next_due, settings_for

FLAGS: dict[str, object] = {
    "low": _("Low check-in"),
    "suggested": _("Supervision suggested"),
    "overdue": _("Check-in overdue"),
}
TRENDS: dict[str, object] = {
    "better": _("Better than last time"),
    "lower": _("Lower than last time"),
    "same": _("About the same as last time"),
    "": _("First check-in"),
}


@dataclass
class Row:
    mentor: Participant
    state: MentorWellbeing | None
    due: dt.date
    open_matches: int
    flags: list[str] = field(default_factory=list)

    @property
    def last(self) -> CheckIn | None:
        return self.state.last_check_in if self.state is not None else None

    @property
    def capacity(self) -> int:
        return self.mentor.capacity or 1

    @property
    def trend_label(self) -> object:
        last = self.last
        previous = self.state.previous_total if self.state is not None else None
        return TRENDS[rules.trend(last.total if last else None, previous)]

    @property
    def flag_labels(self) -> list[object]:
        return [FLAGS[f] for f in self.flags]


def flags_for(row: Row, today: dt.date) -> list[str]:
    flags = []
    state, last = row.state, row.last
    supervised = state.last_supervision_on if state is not None else None
    # A low check-in needs a look until a supervision session after it.
    if (
        last is not None
        and last.is_low
        and (supervised is None or supervised < timezone.localdate(last.created_at))
    ):
        flags.append("low")
    if state is not None and state.supervision_suggested:
        flags.append("suggested")
    if row.mentor.stage == "active" and rules.is_overdue(row.due, today):
        flags.append("overdue")
    return flags


def mentors_of(program: Program) -> list[Participant]:
    open_matches = (
        Relationship.objects.filter(mentor=OuterRef("pk"), stage__in=OPEN_STAGES)
        .values("mentor")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return list(
        Participant.objects.filter(program=program, role="mentor", stage__in=MENTORING_STAGES)
        .select_related("wellbeing__last_check_in")
        .annotate(
            open_matches=Coalesce(Subquery(open_matches, output_field=IntegerField()), Value(0))
        )
        .order_by("name", "pk")
    )


def board(program: Program, flag: str = "") -> tuple[list[Row], dict[str, int], int]:
    """(rows to show, count per flag, mentors) for a program's wellbeing board."""
    today = timezone.localdate()
    cadence = settings_for(program).cadence_days
    rows = []
    for mentor in mentors_of(program):
        state = getattr(mentor, "wellbeing", None)
        row = Row(mentor, state, next_due(mentor, state, cadence), mentor.open_matches)  # type: ignore[attr-defined]
        row.flags = flags_for(row, today)
        rows.append(row)
    counts = {key: sum(1 for row in rows if key in row.flags) for key in FLAGS}
    shown = [row for row in rows if not flag or flag in row.flags]
    shown.sort(key=lambda row: not row.flags)  # stable: by name within each group
    return shown, counts, len(rows)
