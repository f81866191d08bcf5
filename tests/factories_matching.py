"""Peers and mentors ready for matching, with a little shared experience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from mutual.programs.models import ExperienceTag
from tests.factories import ParticipantFactory, UserFactory


def tags() -> dict[str, Any]:
    """Entries of the starter experience list. A migration seeds them, but tests that
    flush the database (browser tests) lose them, so they are made again if missing."""

    def entry(slug: str, name: str, parent: Any = None) -> Any:
        found, _created = ExperienceTag.objects.get_or_create(
            slug=slug, defaults={"name": name, "parent": parent}
        )
        return found

    caring = entry("caring", "Caring")
    return {
        "caring": caring,
        "dementia": entry(
            "caring-parent-with-dementia", "Caring for a parent with dementia", caring
        ),
        "ageing": entry("caring-ageing-parent", "Caring for an ageing parent", caring),
        "gambling": entry("gambling", "Gambling harm"),
    }


def peer(program: Any, experiences: list[Any], *, weeks_waiting: int = 1, **fields: Any) -> Any:
    person = ParticipantFactory(
        program=program,
        role="peer",
        stage=fields.pop("stage", "waiting"),
        user=fields.pop("user", None) or UserFactory(),
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
        stage=fields.pop("stage", "active"),
        user=fields.pop("user", None) or UserFactory(),
        capacity=capacity,
        experience_years_ago=fields.pop("experience_years_ago", 4),
        languages=fields.pop("languages", ["en"]),
        delivery_modes=fields.pop("delivery_modes", ["phone", "video"]),
        availability=fields.pop("availability", ["tue_evening"]),
        **fields,
    )
    person.experiences.set(experiences)
    return person
