"""Compatibility of one peer with one mentor: feasibility, a score in [0, 1], and why.

This is the reference implementation: plain Python, one pair at a time, with every
reason kept so it can be explained in everyday words (``mutual.matching.explain`` turns
``Reason`` codes into translated sentences). ``mutual.matching.vector`` computes the same
numbers for millions of pairs at once; a test holds the two to each other.

The score is a weighted mean over the criteria that apply to the pair:
``sum(weight × criterion score) / sum(weight)``. A criterion with unknown data on either
side does not apply. A peer's *nice to have* preference multiplies its criterion's weight
by ``NICE_TO_HAVE_BOOST``; a *must* preference is a hard rule checked in ``blockers``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mutual.matching.profile import (
    DEFAULT_WEIGHTS,
    NICE_TO_HAVE_BOOST,
    Profile,
    Taxonomy,
    normalise_text,
)

IN_PERSON = "in_person"
# Shared lived experience: same entry, an entry under the same parent, the same branch.
SAME, SIBLING, BRANCH = 1.0, 0.6, 0.3
# Age: a gap up to CLOSE_AGE years scores 1, falling to 0 at FAR_AGE years.
CLOSE_AGE, FAR_AGE = 5, 35
# Outside a wished-for age range the score falls to 0 over this many years.
AGE_RANGE_SLACK = 15
# Three shared free times a week is plenty to arrange meetings.
ENOUGH_SHARED_SLOTS = 3
# Travel distance when a peer did not say how far they can go.
DEFAULT_TRAVEL_KM = 10.0


@dataclass(frozen=True)
class Reason:
    """One thing that matches (``good``) or does not, as a code with its details."""

    code: str
    good: bool
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Part:
    criterion: str
    score: float
    weight: float
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class Breakdown:
    score: float
    parts: tuple[Part, ...]
    blockers: tuple[Reason, ...] = ()

    @property
    def feasible(self) -> bool:
        return not self.blockers

    @property
    def reasons(self) -> list[Reason]:
        return [reason for part in self.parts for reason in part.reasons]


def years_factor(years_ago: int | None) -> float:
    """Mentors further from their own hard time count more (the white paper's advice)."""
    if years_ago is None:
        return 0.85
    if years_ago < 1:
        return 0.5
    if years_ago < 2:
        return 0.75
    return 1.0


def tag_similarity(peer_tag: str, mentor_tag: str, taxonomy: Taxonomy) -> float:
    if peer_tag == mentor_tag:
        return SAME
    peer_parent, mentor_parent = taxonomy.parent.get(peer_tag), taxonomy.parent.get(mentor_tag)
    if peer_parent is not None and peer_parent == mentor_parent:
        return SIBLING
    if taxonomy.branch(peer_tag) == taxonomy.branch(mentor_tag):
        return BRANCH
    return 0.0


def best_experience(peer: Profile, mentor: Profile, taxonomy: Taxonomy) -> tuple[float, str, str]:
    """The closest pair of experiences: (similarity, peer's tag, mentor's tag)."""
    best = (0.0, "", "")
    for peer_tag in sorted(peer.experiences):
        for mentor_tag in sorted(mentor.experiences):
            similarity = tag_similarity(peer_tag, mentor_tag, taxonomy)
            if similarity > best[0]:
                best = (similarity, peer_tag, mentor_tag)
    return best


EARTH_RADIUS_KM = 6371.0088


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Straight-line distance on a flat map around the peer (equirectangular).

    Within the distances people travel to meet (under 100 km) it is within 1% of the
    great-circle distance, and it costs a few multiplications, which matters when
    millions of pairs are scored. ``a`` is the peer, whose latitude sets the scale.
    """
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    x = (lon2 - lon1) * math.cos(lat1)
    y = lat2 - lat1
    return EARTH_RADIUS_KM * math.sqrt(x * x + y * y)


def age_of(person: Profile, year: int) -> int | None:
    return None if person.birth_year is None else year - person.birth_year


def evaluate(
    peer: Profile,
    mentor: Profile,
    taxonomy: Taxonomy,
    *,
    year: int,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> Breakdown:
    """Score one pair and say why; ``blockers`` lists what rules the pair out."""
    shared_modes = peer.modes & mentor.modes
    in_person = _in_person_reach(peer, mentor, shared_modes)
    parts = [
        part
        for part in (
            _experience(peer, mentor, taxonomy, weights),
            _language(peer, mentor, weights),
            _culture(peer, mentor, weights),
            _faith(peer, mentor, weights),
            _age(peer, mentor, weights, year),
            _gender(peer, mentor, weights),
            _distance(peer, mentor, weights, in_person),
            _modes(peer, shared_modes, weights),
            _availability(peer, mentor, weights),
        )
        if part is not None and part.weight > 0
    ]
    total_weight = sum(part.weight for part in parts)
    score = sum(part.weight * part.score for part in parts) / total_weight if total_weight else 0.0
    return Breakdown(score, tuple(parts), tuple(blockers(peer, mentor, taxonomy, year=year)))


def blockers(peer: Profile, mentor: Profile, taxonomy: Taxonomy, *, year: int) -> list[Reason]:
    """Hard rules: what must hold for the pair to be proposed at all."""
    found: list[Reason] = []
    if mentor.id in peer.excluded or peer.id in mentor.excluded:
        found.append(Reason("excluded", False))
    if peer.household and peer.household == mentor.household:
        found.append(Reason("same_household", False))
    if best_experience(peer, mentor, taxonomy)[0] == 0:
        found.append(Reason("no_shared_experience", False))
    shared_modes = peer.modes & mentor.modes
    if peer.modes and mentor.modes and not shared_modes:
        found.append(Reason("no_shared_way_to_meet", False))
    elif shared_modes == {IN_PERSON} and _in_person_reach(peer, mentor, shared_modes) is False:
        found.append(Reason("too_far", False))
    found.extend(_must_rules(peer, mentor, year))
    return found


def _must_rules(peer: Profile, mentor: Profile, year: int) -> list[Reason]:
    found: list[Reason] = []
    wishes = peer.preferences
    if (wish := wishes.get("languages")) and wish.must and not set(wish.value) & mentor.languages:
        found.append(Reason("must_language", False, {"languages": sorted(wish.value)}))
    if (wish := wishes.get("gender")) and wish.must and mentor.gender != wish.value:
        found.append(Reason("must_gender", False, {"gender": wish.value}))
    if (
        (wish := wishes.get("culture"))
        and wish.must
        and normalise_text(mentor.culture) != normalise_text(wish.value)
    ):
        found.append(Reason("must_culture", False, {"culture": wish.value}))
    if (wish := wishes.get("faith")) and wish.must and mentor.faith != wish.value:
        found.append(Reason("must_faith", False, {"faith": wish.value}))
    if (wish := wishes.get("age_range")) and wish.must:
        low, high = wish.value
        age = age_of(mentor, year)
        if age is None or not low <= age <= high:
            found.append(Reason("must_age", False, {"low": low, "high": high}))
    return found


def _in_person_reach(peer: Profile, mentor: Profile, shared_modes: frozenset[str]) -> bool | None:
    """True/False if they could meet in person within the peer's travel; None if unknown."""
    if IN_PERSON not in shared_modes or peer.location is None or mentor.location is None:
        return None
    reach = peer.travel_km if peer.travel_km is not None else DEFAULT_TRAVEL_KM
    return distance_km(peer.location, mentor.location) <= max(reach, 1.0)


def _weight(weights: Mapping[str, float], criterion: str, peer: Profile, wish_key: str) -> float:
    wish = peer.preferences.get(wish_key)
    boost = NICE_TO_HAVE_BOOST if wish is not None and not wish.must else 1.0
    return float(weights.get(criterion, 0.0)) * boost


def _experience(
    peer: Profile, mentor: Profile, taxonomy: Taxonomy, weights: Mapping[str, float]
) -> Part:
    similarity, peer_tag, mentor_tag = best_experience(peer, mentor, taxonomy)
    factor = years_factor(mentor.experience_years_ago)
    reasons: list[Reason] = []
    if similarity == SAME:
        reasons.append(Reason("experience_same", True, {"tag": taxonomy.name(peer_tag)}))
    elif similarity == SIBLING:
        params = {"tag": taxonomy.name(peer_tag), "mentor_tag": taxonomy.name(mentor_tag)}
        reasons.append(Reason("experience_close", True, params))
    elif similarity == BRANCH:
        branch = taxonomy.name(taxonomy.branch(peer_tag))
        reasons.append(Reason("experience_branch", True, {"branch": branch}))
    years = mentor.experience_years_ago
    if similarity and years is not None:
        reasons.append(Reason("experience_years", years >= 2, {"years": years}))
    return Part(
        "experience", similarity * factor, float(weights.get("experience", 0)), tuple(reasons)
    )


def _language(peer: Profile, mentor: Profile, weights: Mapping[str, float]) -> Part | None:
    wish = peer.preferences.get("languages")
    wanted = frozenset(wish.value) if wish else peer.languages
    if not wanted or not mentor.languages:
        return None
    shared = sorted(wanted & mentor.languages)
    weight = _weight(weights, "language", peer, "languages")
    if shared:
        return Part("language", 1.0, weight, (Reason("language", True, {"languages": shared}),))
    return Part(
        "language", 0.0, weight, (Reason("language_none", False, {"languages": sorted(wanted)}),)
    )


def _culture(peer: Profile, mentor: Profile, weights: Mapping[str, float]) -> Part | None:
    wish = peer.preferences.get("culture")
    wanted = normalise_text(wish.value if wish else peer.culture)
    theirs = normalise_text(mentor.culture)
    if not wanted or not theirs:
        return None
    weight = _weight(weights, "culture", peer, "culture")
    if wanted == theirs:
        return Part("culture", 1.0, weight, (Reason("culture", True, {"culture": mentor.culture}),))
    return Part("culture", 0.0, weight, (Reason("culture_differs", False),))


def _faith(peer: Profile, mentor: Profile, weights: Mapping[str, float]) -> Part | None:
    wish = peer.preferences.get("faith")
    wanted = wish.value if wish else peer.faith
    if not wanted or not mentor.faith:
        return None
    weight = _weight(weights, "faith", peer, "faith")
    if wanted == mentor.faith:
        return Part("faith", 1.0, weight, (Reason("faith", True, {"faith": mentor.faith}),))
    return Part("faith", 0.0, weight, (Reason("faith_differs", False),))


def _age(peer: Profile, mentor: Profile, weights: Mapping[str, float], year: int) -> Part | None:
    mentor_age = age_of(mentor, year)
    if mentor_age is None:
        return None
    weight = _weight(weights, "age", peer, "age_range")
    wish = peer.preferences.get("age_range")
    if wish:
        low, high = wish.value
        outside = max(low - mentor_age, mentor_age - high, 0)
        score = max(0.0, 1.0 - outside / AGE_RANGE_SLACK)
        code = "age_in_range" if outside == 0 else "age_out_of_range"
        reason = Reason(code, outside == 0, {"low": low, "high": high})
        return Part("age", score, weight, (reason,))
    peer_age = age_of(peer, year)
    if peer_age is None:
        return None
    gap = mentor_age - peer_age
    score = min(1.0, max(0.0, (FAR_AGE - abs(gap)) / (FAR_AGE - CLOSE_AGE)))
    if abs(gap) <= CLOSE_AGE:
        return Part("age", score, weight, (Reason("age_close", True, {"gap": abs(gap)}),))
    code = "age_older" if gap > 0 else "age_younger"
    return Part("age", score, weight, (Reason(code, False, {"gap": abs(gap)}),))


def _gender(peer: Profile, mentor: Profile, weights: Mapping[str, float]) -> Part | None:
    wish = peer.preferences.get("gender")
    if not wish or not mentor.gender:
        return None
    weight = _weight(weights, "gender", peer, "gender")
    if mentor.gender == wish.value:
        return Part("gender", 1.0, weight, (Reason("gender", True, {"gender": wish.value}),))
    return Part("gender", 0.0, weight, (Reason("gender_differs", False, {"gender": wish.value}),))


def _distance(
    peer: Profile, mentor: Profile, weights: Mapping[str, float], in_person: bool | None
) -> Part | None:
    """Distance counts only when the two could meet in person."""
    if in_person is None or peer.location is None or mentor.location is None:
        return None
    km = distance_km(peer.location, mentor.location)
    reach = max(peer.travel_km if peer.travel_km is not None else DEFAULT_TRAVEL_KM, 1.0)
    score = max(0.0, 1.0 - km / (2 * reach))
    code = "distance" if in_person else "distance_far"
    return Part(
        "distance", score, float(weights.get("distance", 0)), (Reason(code, in_person, {"km": km}),)
    )


def _modes(peer: Profile, shared: frozenset[str], weights: Mapping[str, float]) -> Part | None:
    if not peer.modes:
        return None
    score = len(shared) / len(peer.modes)
    reasons = (Reason("modes", True, {"modes": sorted(shared)}),) if shared else ()
    return Part("modes", score, float(weights.get("modes", 0)), reasons)


def _availability(peer: Profile, mentor: Profile, weights: Mapping[str, float]) -> Part | None:
    if not peer.availability or not mentor.availability:
        return None
    shared = sorted(peer.availability & mentor.availability)
    score = min(1.0, len(shared) / ENOUGH_SHARED_SLOTS)
    weight = float(weights.get("availability", 0))
    if shared:
        return Part(
            "availability", score, weight, (Reason("availability", True, {"slots": shared}),)
        )
    return Part("availability", 0.0, weight, (Reason("no_shared_time", False),))
