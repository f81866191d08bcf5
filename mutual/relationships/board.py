"""The coordinator's relationships board: every match with the flags that need a look.

One query loads a program's relationships (with both people); the flags are worked out
in Python from fields kept up to date by the services, so the page costs the same number
of queries for 20 matches or 2,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from mutual.programs.models import LengthUnit, Program
from mutual.relationships.models import (
    OPEN_STAGES,
    FitAnswer,
    FitCheck,
    Goal,
    MonthlyCheckIn,
    Relationship,
    RelationshipStage,
)

# A first meeting not logged this many days after the introduction is flagged.
FIRST_MEETING_DAYS = 14
# A match is "nearing its planned end" this many days (or one session) before it.
NEARING_DAYS = 14

FLAGS: dict[str, object] = {
    "fit_no": _("Fit check said no"),
    "quiet": _("No contact lately"),
    "first_meeting": _("First meeting not logged"),
    "paused": _("Paused"),
    "nearing_end": _("Nearing the planned end"),
    "goal_review": _("Goal review overdue"),
    "check_in": _("Monthly check-in due"),
}
# A match is due its monthly check-in once it has run this long.
CHECK_IN_AFTER_DAYS = 28


@dataclass
class Row:
    relationship: Relationship
    flags: list[str] = field(default_factory=list)
    days_quiet: int = 0

    @property
    def flag_labels(self) -> list[object]:
        return [FLAGS[f] for f in self.flags]


def planned_end(relationship: Relationship, program: Program) -> dt.date | None:
    start = relationship.started_at.date()
    value = program.length_value or 0
    if program.length_unit == LengthUnit.WEEKS and value:
        return start + dt.timedelta(weeks=value)
    if program.length_unit == LengthUnit.MONTHS and value:
        return start + dt.timedelta(days=round(value * 30.44))
    return None


def flags_for(relationship: Relationship, program: Program, today: dt.date) -> Row:
    row = Row(relationship)
    if relationship.stage not in OPEN_STAGES:
        return row
    if getattr(relationship, "fit_no", False):
        row.flags.append("fit_no")
    last = relationship.last_contact_on or relationship.started_at.date()
    row.days_quiet = (today - last).days
    if relationship.is_paused:
        row.flags.append("paused")
    elif relationship.stage == RelationshipStage.INTRODUCED:
        if row.days_quiet >= FIRST_MEETING_DAYS:
            row.flags.append("first_meeting")
    elif row.days_quiet >= program.no_contact_days:
        row.flags.append("quiet")
    end = planned_end(relationship, program)
    sessions_left = (
        (program.length_value or 0) - relationship.session_count
        if program.length_unit == LengthUnit.SESSIONS and program.length_value
        else None
    )
    if (end is not None and end - today <= dt.timedelta(days=NEARING_DAYS)) or (
        sessions_left is not None and sessions_left <= 1
    ):
        row.flags.append("nearing_end")
    if getattr(relationship, "goal_review_due", False) and not relationship.is_paused:
        row.flags.append("goal_review")
    old_enough = (today - relationship.started_at.date()).days >= CHECK_IN_AFTER_DAYS
    if old_enough and not relationship.is_paused and not getattr(relationship, "checked_in", True):
        row.flags.append("check_in")
    return row


def board(program: Program, flag: str = "") -> tuple[list[Row], dict[str, int], int]:
    """(rows to show, count per flag, open matches) for a program's board."""
    today = timezone.localdate()
    relationships = (
        Relationship.objects.filter(program=program, stage__in=OPEN_STAGES)
        .select_related("peer", "mentor")
        # Only what the board shows: a record has many more fields than the board needs.
        .only(
            "pk",
            "stage",
            "started_at",
            "paused_at",
            "last_contact_on",
            "session_count",
            "program_id",
            "peer__name",
            "mentor__name",
        )
        .annotate(
            fit_no=Exists(
                FitCheck.objects.filter(relationship=OuterRef("pk"), answer=FitAnswer.NO)
            ),
            checked_in=Exists(
                MonthlyCheckIn.objects.filter(
                    relationship=OuterRef("pk"), month=today.replace(day=1)
                )
            ),
            goal_review_due=Exists(
                Goal.objects.filter(
                    relationship=OuterRef("pk"), achieved_at=None, review_due_on__lt=today
                )
            ),
        )
        .order_by("started_at")
    )
    rows = [flags_for(r, program, today) for r in relationships]
    counts = {key: sum(1 for row in rows if key in row.flags) for key in FLAGS}
    shown = [row for row in rows if not flag or flag in row.flags]
    shown.sort(key=lambda row: (not row.flags, -row.days_quiet))
    return shown, counts, len(rows)
