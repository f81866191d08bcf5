"""Peers and mentors ready for matching, with a little shared experience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from mutual.programs.models import ExperienceTag
from tests.factories import ParticipantFactory, UserFactory


def tags() -> dict[str, Any]:
    """Entries of the starter experience list (seeded by a migration)."""
    slugs = {
        "caring": "caring",
        "dementia": "caring-parent-with-dementia",
        "ageing": "caring-ageing-parent",
        "gambling": "gambling",
    }
    return {key: ExperienceTag.objects.get(slug=slug) for key, slug in slugs.items()}


def peer(program: Any, experiences: list[Any], *, weeks_waiting: int = 1, **fields: Any) -> Any:
    person = ParticipantFactory(
        program=program,
        role="peer",
        stage="waiting",
        user=UserFactory(),
        submitted_at=timezone.now() - dt.timedelta(weeks=weeks_waiting),
        languages=fields.pop("languages", ["en"]),
        delivery_modes=fields.pop("delivery_modes", ["phone", "video"]),
        availability=fields.pop("availability", ["tue_evening", "sat_morning"]),
        **fields,
    )
    person.experiences.set(experiences)
    return person


def mentor(program: Any, experiences: list[Any], *, capacity: int = 1, **fields: Any) -> Any:
    person = ParticipantFactory(
        program=program,
        role="mentor",
        stage="active",
        user=UserFactory(),
        capacity=capacity,
        experience_years_ago=fields.pop("experience_years_ago", 4),
        languages=fields.pop("languages", ["en"]),
        delivery_modes=fields.pop("delivery_modes", ["phone", "video"]),
        availability=fields.pop("availability", ["tue_evening"]),
        **fields,
    )
    person.experiences.set(experiences)
    return person
