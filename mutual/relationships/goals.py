"""Goals in the peer's own words, scaled with them (Goal Attainment Scaling), and reviews.

Both people in the match (and staff) may add a goal and record a review; both see
progress. A review is due every ``REVIEW_EVERY_DAYS``; an overdue one flags the match on
the board.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mutual.accounts.models import User
from mutual.audit.services import record_event
from mutual.relationships.models import Goal, GoalReview, Relationship
from mutual.relationships.services import RelationshipError

REVIEW_EVERY_DAYS = 28
LEVELS = (-2, -1, 0, 1, 2)


@transaction.atomic
def add_goal(relationship: Relationship, actor: User, data: dict[str, Any]) -> Goal:
    if not relationship.is_open:
        raise RelationshipError(_("This match has ended."))
    text, hoped = (data.get("text") or "").strip(), (data.get("level_0") or "").strip()
    if not text or not hoped:
        raise RelationshipError(_("Write the goal and what you hope for, in your own words."))
    goal = Goal.objects.create(
        relationship=relationship,
        text=text[:300],
        level_minus_2=(data.get("level_minus_2") or "").strip()[:200],
        level_minus_1=(data.get("level_minus_1") or "").strip()[:200],
        level_0=hoped[:200],
        level_plus_1=(data.get("level_plus_1") or "").strip()[:200],
        level_plus_2=(data.get("level_plus_2") or "").strip()[:200],
        current_level=-1,
        review_due_on=timezone.localdate() + dt.timedelta(days=REVIEW_EVERY_DAYS),
        created_by=actor,
    )
    record_event(actor, "relationship.goal_added", goal, program=relationship.program)
    return goal


@transaction.atomic
def review(goal: Goal, actor: User, level: int, note: str = "") -> GoalReview:
    if level not in LEVELS:
        raise RelationshipError(_("Choose a level from −2 to +2."))
    if not goal.relationship.is_open:
        raise RelationshipError(_("This match has ended."))
    entry = GoalReview.objects.create(
        goal=goal, level=level, note=note.strip()[:300], reviewed_by=actor
    )
    goal.current_level = level
    goal.review_due_on = timezone.localdate() + dt.timedelta(days=REVIEW_EVERY_DAYS)
    if level >= 0 and goal.achieved_at is None:
        goal.achieved_at = timezone.now()
    goal.save(update_fields=["current_level", "review_due_on", "achieved_at"])
    record_event(actor, "relationship.goal_reviewed", goal, program=goal.relationship.program)
    return entry
