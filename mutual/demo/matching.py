"""Demo matching: postcode centres for the demo suburbs, and a first set of suggestions.

With these, a coordinator logging in to the demo finds a matching queue ready to look
at, and distances between demo people are real.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from django.utils import timezone

from mutual.demo.places import SUBURBS_BY_REGION
from mutual.matching import services
from mutual.matching.models import MatchRun, Postcode
from mutual.participants.models import Participant, PeerStage
from mutual.programs.models import Program
from mutual.relationships.models import Relationship
from mutual.relationships.services import log_session


def ensure_places(created: Counter[str]) -> None:
    suburbs = {s for region in SUBURBS_BY_REGION.values() for s in region}
    for suburb in sorted(suburbs):
        _row, new = Postcode.objects.get_or_create(
            country="AU",
            code=suburb.postcode,
            place=suburb.name,
            defaults={"latitude": suburb.latitude, "longitude": suburb.longitude},
        )
        created["postcode centres"] += int(new)


def ensure_relationships(programs: dict[str, Program], seed: int, created: Counter[str]) -> None:
    """Matched demo peers get a mentor (the best with room) and a few logged sessions,
    some recent and some not, so the relationships board has something to flag."""
    rng = random.Random(seed)
    today = timezone.localdate()
    for program in programs.values():
        matched = Participant.objects.filter(
            program=program, role="peer", stage=PeerStage.MATCHED, peer_relationships=None
        ).order_by("pk")
        for peer in matched:
            best = services.suggestions_for(peer, top=1)
            # Keep a place free in each mentor's caseload, so the demo queue has suggestions.
            if not best or best[0].room <= 1 or best[0].mentor.user is None:
                continue
            mentor_user = best[0].mentor.user
            relationship = Relationship.objects.create(
                program=program, peer=peer, mentor=best[0].mentor
            )
            started = peer.matched_at or timezone.now()
            Relationship.objects.filter(pk=relationship.pk).update(started_at=started)
            days = max(1, (today - started.date()).days)
            for _ in range(rng.randint(0, 5)):
                ago = rng.randint(0, days - 1) if days > 1 else 0
                log_session(
                    relationship,
                    mentor_user,
                    {
                        "happened_on": today - dt.timedelta(days=ago),
                        "duration_minutes": rng.choice([30, 45, 60, 90]),
                        "mode": rng.choice(program.delivery_modes or ["phone"]),
                        "help_kinds": rng.sample(["practical", "growth", "bridging"], 2),
                    },
                )
            created["relationships"] += 1


def ensure_suggestions(programs: dict[str, Program], created: Counter[str]) -> None:
    """One search for matches per program, the first time the demo is loaded."""
    for program in programs.values():
        if MatchRun.objects.filter(program=program).exists():
            continue
        outcome = services.compute(program)
        services.save_outcome(MatchRun.objects.create(program=program), outcome)
        created["matching suggestions"] += len(outcome.pairs)
