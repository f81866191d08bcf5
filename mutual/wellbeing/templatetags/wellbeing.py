"""``{% pause_myself %}``: the "Pause new matches" button for the signed-in mentor, for
pages of other apps (the mentor's "My peers" page)."""

from __future__ import annotations

from typing import Any

from django import template

from mutual.participants.models import Participant
from mutual.wellbeing.services import MENTORING_STAGES

register = template.Library()


@register.inclusion_tag("wellbeing/_pause_list.html", takes_context=True)
def pause_myself(context: dict[str, Any]) -> dict[str, Any]:
    request = context["request"]
    mentors = list(
        Participant.objects.filter(
            user=request.user, role="mentor", stage__in=MENTORING_STAGES
        ).select_related("program", "wellbeing")
    )
    for mentor in mentors:
        state = getattr(mentor, "wellbeing", None)
        mentor.paused_self = state is not None and state.paused_self_at is not None  # type: ignore[attr-defined]
    return {
        "mentors": mentors,
        "several": len(mentors) > 1,
        "csrf_token": context.get("csrf_token"),
    }
