"""An honest estimate of the wait for a peer mentor, from the program's own history.

We look at peers matched in the last year: how long they waited (asked → matched).
With fewer than ``MIN_HISTORY`` of them we say we cannot estimate yet, rather than
invent a number. The range is the middle half of past waits (25th to 75th percentile, in weeks:
the low end rounded, the high end rounded up so we never promise too short a wait).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from statistics import quantiles

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mutual.participants.models import Participant, ParticipantRole, PeerStage
from mutual.programs.models import Program

MIN_HISTORY = 5
HISTORY = timedelta(days=365)
WAITING_STAGES = (PeerStage.NEW, PeerStage.WAITING)


@dataclass(frozen=True)
class WaitEstimate:
    people_ahead: int
    weeks_low: int | None  # None: not enough history to say
    weeks_high: int | None
    history_size: int

    @property
    def known(self) -> bool:
        return self.weeks_low is not None

    def sentence(self) -> str:
        """The estimate in plain words, for the page and the email."""
        if not self.known:
            return _(
                "We cannot estimate the wait yet because this program is new to Mutual. "
                "Someone will contact you to talk about what happens next."
            )
        assert self.weeks_low is not None and self.weeks_high is not None
        if self.weeks_high <= 1:
            return _("Most people here are matched with a peer mentor within a week.")
        if self.weeks_low == self.weeks_high:
            return ngettext(
                "Most people here wait about %(n)d week for a peer mentor.",
                "Most people here wait about %(n)d weeks for a peer mentor.",
                self.weeks_high,
            ) % {"n": self.weeks_high}
        return _("Most people here wait between %(low)d and %(high)d weeks for a peer mentor.") % {
            "low": self.weeks_low,
            "high": self.weeks_high,
        }


def past_waits_in_days(program: Program) -> list[float]:
    since = timezone.now() - HISTORY
    rows = Participant.objects.filter(
        program=program,
        role=ParticipantRole.PEER,
        matched_at__gte=since,
        submitted_at__isnull=False,
    ).values_list("submitted_at", "matched_at")
    return [
        max((matched - asked).total_seconds() / 86400, 0.0)
        for asked, matched in rows
        if asked is not None and matched is not None
    ]


def wait_estimate(program: Program, participant: Participant | None = None) -> WaitEstimate:
    waiting = Participant.objects.filter(
        program=program, role=ParticipantRole.PEER, stage__in=WAITING_STAGES
    )
    if participant is not None and participant.submitted_at is not None:
        waiting = waiting.filter(submitted_at__lt=participant.submitted_at)
    people_ahead = waiting.count()
    waits = past_waits_in_days(program)
    if len(waits) < MIN_HISTORY:
        return WaitEstimate(people_ahead, None, None, len(waits))
    low, _median, high = quantiles(waits, n=4, method="inclusive")
    return WaitEstimate(
        people_ahead,
        max(1, round(low / 7)),
        max(1, math.ceil(high / 7)),
        len(waits),
    )
