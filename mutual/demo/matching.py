"""Demo matching: postcode centres for the demo suburbs, and a first set of suggestions.

With these, a coordinator logging in to the demo finds a matching queue ready to look
at, and distances between demo people are real.
"""

from __future__ import annotations

from collections import Counter

from mutual.demo.places import SUBURBS_BY_REGION
from mutual.matching import services
from mutual.matching.models import MatchRun, Postcode
from mutual.programs.models import Program


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


def ensure_suggestions(programs: dict[str, Program], created: Counter[str]) -> None:
    """One search for matches per program, the first time the demo is loaded."""
    for program in programs.values():
        if MatchRun.objects.filter(program=program).exists():
            continue
        outcome = services.compute(program)
        services.save_outcome(MatchRun.objects.create(program=program), outcome)
        created["matching suggestions"] += len(outcome.pairs)
