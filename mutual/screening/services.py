"""Verbs for screening peer mentor applicants."""

from __future__ import annotations

from django.db import transaction

from mutual.participants.models import Participant
from mutual.screening.models import Referee


@transaction.atomic
def set_referees(participant: Participant, referees: list[dict[str, str]]) -> list[Referee]:
    """Name the applicant's referees (replacing any named before, slot by slot)."""
    saved = []
    for position, details in enumerate(referees, start=1):
        referee, _created = Referee.objects.update_or_create(
            participant=participant, position=position, defaults=details
        )
        saved.append(referee)
    Referee.objects.filter(participant=participant, position__gt=len(referees)).delete()
    return saved
