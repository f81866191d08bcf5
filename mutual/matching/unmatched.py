"""Why a peer was left unmatched: the most telling reason, from the whole mentor list.

Pure Python. Given one peer and every active mentor (with and without room left), it
says what stood in the way, in order of usefulness to a coordinator: nobody meets a
*must* (no mentor speaks Dari), everyone who fits is full (all Vietnamese-speaking
mentors are full), fits were below the program's minimum, or fits went to others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from mutual.matching.profile import Profile, Taxonomy
from mutual.matching.score import Reason, evaluate

# Blockers that name something about the peer's wishes, most specific first.
MUST_CODES = ("must_language", "must_gender", "must_culture", "must_faith", "must_age")


def why_unmatched(
    peer: Profile,
    mentors: Sequence[tuple[Profile, int]],
    taxonomy: Taxonomy,
    *,
    year: int,
    minimum: float,
    weights: Mapping[str, float],
    had_candidates: bool,
) -> list[Reason]:
    """Reasons (most useful first) for a peer the batch could not match.

    ``mentors`` pairs each active mentor with the places they have left.
    """
    if not mentors:
        return [Reason("no_mentors", False)]
    fits_with_room, fits_full, weak = 0, 0, 0
    blocked: Counter[str] = Counter()
    params: dict[str, Mapping[str, object]] = {}
    for mentor, room in mentors:
        result = evaluate(peer, mentor, taxonomy, year=year, weights=weights)
        if result.feasible and result.score >= minimum:
            if room > 0:
                fits_with_room += 1
            else:
                fits_full += 1
        elif result.feasible:
            weak += 1
        for blocker in result.blockers:
            blocked[blocker.code] += 1
            params.setdefault(blocker.code, blocker.params)
    if fits_with_room and had_candidates:
        return [Reason("taken_by_others", False, {"count": fits_with_room})]
    reasons: list[Reason] = []
    if fits_full:
        reasons.append(Reason("all_fits_full", False, {"count": fits_full}))
    everyone = len(mentors)
    for code in MUST_CODES:
        if blocked[code] == everyone:
            reasons.append(Reason(code, False, {**params[code], "nobody": True}))
    if not reasons and blocked["no_shared_experience"] == everyone:
        reasons.append(Reason("no_shared_experience", False, {"nobody": True}))
    if not reasons and weak:
        reasons.append(Reason("only_weak_fits", False, {"count": weak}))
    if not reasons:
        common = [code for code, _count in blocked.most_common(2)]
        reasons.extend(Reason(code, False, params[code]) for code in common)
    return reasons or [Reason("no_mentors", False)]
