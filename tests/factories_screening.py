"""Factories for screening records."""

from __future__ import annotations

from typing import Any

from mutual.screening.models import Referee


def referee_for(participant: Any, position: int = 1, **fields: Any) -> Referee:
    values = {
        "name": f"Referee {position}",
        "email": f"referee{position}.{participant.pk}@example.org",
        "relationship": "Manager for 3 years",
        **fields,
    }
    return Referee.objects.create(participant=participant, position=position, **values)
