"""The reference scorer: each criterion, the hard rules, and the reasons it gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mutual.matching.profile import NICE_TO_HAVE_BOOST, Preference, Profile
from mutual.matching.score import evaluate
from mutual.matching.unmatched import why_unmatched
from tests.matching_profiles import TAXONOMY

YEAR = 2026
PEER = Profile(id="p", experiences=frozenset({"dementia"}), languages=frozenset({"en"}))
MENTOR = Profile(id="m", experiences=frozenset({"dementia"}), languages=frozenset({"en"}))
TUESDAY, SATURDAY = frozenset({"tue_evening"}), frozenset({"sat_morning"})
AGES_40_60, AGES_20_30 = Preference([40, 60]), Preference([20, 30])


def codes(peer: Profile, mentor: Profile) -> set[str]:
    return {r.code for r in evaluate(peer, mentor, TAXONOMY, year=YEAR).reasons}


def blockers(peer: Profile, mentor: Profile) -> set[str]:
    return {r.code for r in evaluate(peer, mentor, TAXONOMY, year=YEAR).blockers}


def score(peer: Profile, mentor: Profile) -> float:
    return evaluate(peer, mentor, TAXONOMY, year=YEAR).score


def test_the_same_experience_counts_more_than_a_sibling_and_a_sibling_more_than_the_branch():
    same = score(PEER, MENTOR)
    sibling = score(PEER, replace(MENTOR, experiences=frozenset({"ageing"})))
    branch = score(PEER, replace(MENTOR, experiences=frozenset({"caring"})))
    assert same > sibling > branch > 0


def test_no_shared_branch_of_experience_rules_the_pair_out():
    assert "no_shared_experience" in blockers(
        PEER, replace(MENTOR, experiences=frozenset({"gambling"}))
    )


def test_a_mentor_further_from_their_own_hard_time_scores_higher():
    recent = score(PEER, replace(MENTOR, experience_years_ago=0))
    settled = score(PEER, replace(MENTOR, experience_years_ago=5))
    assert settled > recent


@pytest.mark.parametrize(
    ("key", "value", "mentor_change", "code"),
    [
        ("languages", ["vi"], {"languages": frozenset({"en"})}, "must_language"),
        ("gender", "woman", {"gender": "man"}, "must_gender"),
        ("culture", "Vietnamese", {"culture": "Greek"}, "must_culture"),
        ("faith", "buddhist", {"faith": "christian"}, "must_faith"),
        ("age_range", [20, 30], {"birth_year": 1950}, "must_age"),
    ],
)
def test_a_must_preference_is_a_hard_rule(key, value, mentor_change, code):
    peer = replace(PEER, preferences={key: Preference(value, must=True)})
    assert code in blockers(peer, replace(MENTOR, **mentor_change))


def test_a_nice_to_have_preference_counts_extra_but_does_not_rule_out():
    base = replace(MENTOR, languages=frozenset({"en"}), availability=frozenset({"tue_evening"}))
    peer = replace(PEER, availability=frozenset({"tue_evening"}))
    plain = evaluate(replace(peer, languages=frozenset({"vi"})), base, TAXONOMY, year=YEAR)
    wished = evaluate(
        replace(peer, preferences={"languages": Preference(["vi"], must=False)}), base,
        TAXONOMY, year=YEAR,
    )  # fmt: skip
    weight = {p.criterion: p.weight for p in wished.parts}["language"]
    assert weight == NICE_TO_HAVE_BOOST * {p.criterion: p.weight for p in plain.parts}["language"]
    assert wished.feasible


def test_in_person_only_beyond_the_peer_travel_distance_is_ruled_out():
    peer = replace(PEER, modes=frozenset({"in_person"}), location=(-33.80, 151.0), travel_km=5)
    far = replace(MENTOR, modes=frozenset({"in_person", "video"}), location=(-33.80, 151.2))
    assert "too_far" in blockers(peer, far)


def test_distance_counts_only_when_they_could_meet_in_person():
    peer = replace(PEER, modes=frozenset({"video"}), location=(-33.80, 151.0))
    mentor = replace(MENTOR, modes=frozenset({"video"}), location=(-33.80, 151.9))
    assert "distance" not in {
        p.criterion for p in evaluate(peer, mentor, TAXONOMY, year=YEAR).parts
    }


def test_no_shared_way_to_meet_rules_the_pair_out():
    peer = replace(PEER, modes=frozenset({"phone"}))
    assert "no_shared_way_to_meet" in blockers(peer, replace(MENTOR, modes=frozenset({"video"})))


def test_declared_exclusions_and_the_same_person_rule_the_pair_out():
    assert "excluded" in blockers(replace(PEER, excluded=frozenset({"m"})), MENTOR)
    assert "same_household" in blockers(
        replace(PEER, household="u1"), replace(MENTOR, household="u1")
    )


@pytest.mark.parametrize(
    ("peer_change", "mentor_change", "code"),
    [
        ({}, {}, "experience_same"),
        ({}, {"experiences": frozenset({"ageing"})}, "experience_close"),
        ({}, {"experiences": frozenset({"caring"})}, "experience_branch"),
        ({}, {"experience_years_ago": 4}, "experience_years"),
        ({"languages": frozenset({"vi"})}, {"languages": frozenset({"vi", "en"})}, "language"),
        ({"languages": frozenset({"vi"})}, {}, "language_none"),
        ({"culture": "Vietnamese"}, {"culture": "vietnamese "}, "culture"),
        ({"culture": "Vietnamese"}, {"culture": "Greek"}, "culture_differs"),
        ({"faith": "muslim"}, {"faith": "muslim"}, "faith"),
        ({"faith": "muslim"}, {"faith": "none"}, "faith_differs"),
        ({"birth_year": 1980}, {"birth_year": 1983}, "age_close"),
        ({"birth_year": 1990}, {"birth_year": 1970}, "age_older"),
        ({"birth_year": 1970}, {"birth_year": 1990}, "age_younger"),
        ({"preferences": {"age_range": AGES_40_60}}, {"birth_year": 1976}, "age_in_range"),
        ({"preferences": {"age_range": AGES_20_30}}, {"birth_year": 1976}, "age_out_of_range"),
        ({"preferences": {"gender": Preference("woman")}}, {"gender": "woman"}, "gender"),
        ({"preferences": {"gender": Preference("woman")}}, {"gender": "man"}, "gender_differs"),
        ({"modes": frozenset({"in_person"}), "location": (-33.8, 151.0)},
         {"modes": frozenset({"in_person"}), "location": (-33.81, 151.0)}, "distance"),
        ({"modes": frozenset({"in_person", "video"}), "location": (-33.8, 151.0), "travel_km": 2},
         {"modes": frozenset({"in_person", "video"}), "location": (-33.9, 151.2)}, "distance_far"),
        ({"modes": frozenset({"phone"})}, {"modes": frozenset({"phone"})}, "modes"),
        ({"availability": TUESDAY}, {"availability": TUESDAY}, "availability"),
        ({"availability": TUESDAY}, {"availability": SATURDAY}, "no_shared_time"),
    ],
)  # fmt: skip
def test_each_criterion_gives_its_reason(peer_change, mentor_change, code):
    assert code in codes(replace(PEER, **peer_change), replace(MENTOR, **mentor_change))


def test_unmatched_peer_is_told_nobody_speaks_the_language_they_must_have():
    peer = replace(PEER, preferences={"languages": Preference(["prs"], must=True)})
    reasons = why_unmatched(
        peer, [(MENTOR, 1)], TAXONOMY, year=YEAR, minimum=0.3, weights={"experience": 1},
        had_candidates=False,
    )  # fmt: skip
    assert reasons[0].code == "must_language" and reasons[0].params["nobody"]


def test_unmatched_peer_is_told_when_every_mentor_who_fits_is_full():
    reasons = why_unmatched(
        PEER, [(MENTOR, 0)], TAXONOMY, year=YEAR, minimum=0.3, weights={"experience": 1},
        had_candidates=False,
    )  # fmt: skip
    assert reasons[0].code == "all_fits_full" and reasons[0].params["count"] == 1


def test_unmatched_peer_with_fits_is_told_they_went_to_others():
    reasons = why_unmatched(
        PEER, [(MENTOR, 1)], TAXONOMY, year=YEAR, minimum=0.3, weights={"experience": 1},
        had_candidates=True,
    )  # fmt: skip
    assert reasons[0].code == "taken_by_others"
