"""Every reason the matching core gives is worded in everyday language."""

from __future__ import annotations

import pytest
from django.utils import translation

from mutual.matching.explain import sentence, words
from mutual.matching.score import Reason

CASES = [
    ("experience_same", {"tag": "Caring for a parent with dementia"},
     "Both know “Caring for a parent with dementia”"),
    ("experience_close", {"tag": "A", "mentor_tag": "B"}, "Close experiences: “A” and “B”"),
    ("experience_branch", {"branch": "Caring"}, "Both have lived experience of Caring"),
    ("experience_years", {"years": 5}, "Mentor came through it 5 years ago"),
    ("experience_years", {"years": 0}, "Mentor came through it less than a year ago"),
    ("language", {"languages": ["vi"]}, "Both speak Vietnamese"),
    ("language_none", {"languages": ["prs"]}, "Mentor does not speak Dari"),
    ("culture", {"culture": "Vietnamese"}, "Same cultural background (Vietnamese)"),
    ("culture_differs", {}, "Different cultural background"),
    ("faith", {"faith": "buddhist"}, "Same faith (Buddhist)"),
    ("faith_differs", {}, "Different faith"),
    ("age_close", {"gap": 2}, "Close in age"),
    ("age_older", {"gap": 20}, "Mentor is 20 years older"),
    ("age_younger", {"gap": 1}, "Mentor is 1 year younger"),
    ("age_in_range", {"low": 40, "high": 60}, "Mentor's age is in the range asked for (40–60)"),
    ("age_out_of_range", {"low": 20, "high": 30},
     "Mentor's age is outside the range asked for (20–30)"),
    ("gender", {"gender": "woman"}, "Mentor is the gender asked for"),
    ("gender_differs", {"gender": "woman"}, "Mentor is not the gender asked for"),
    ("distance", {"km": 4.04}, "4.0 km apart"),
    ("distance_far", {"km": 23.4}, "23 km apart: too far to meet in person"),
    ("modes", {"modes": ["phone", "video"]}, "Can meet: phone, video call"),
    ("availability", {"slots": ["tue_evening"]}, "Both free: Tuesday evening"),
    ("availability", {"slots": ["sat_morning", "wed_evening", "tue_evening", "mon_morning"]},
     "Both free at 4 times, such as Monday morning, Tuesday evening, Wednesday evening"),
    ("no_shared_time", {}, "No free time in common yet"),
    ("must_language", {"languages": ["prs"], "nobody": True}, "No mentor with room speaks Dari"),
    ("all_fits_full", {"count": 3}, "All 3 mentors who would fit are full"),
    ("no_shared_experience", {"nobody": True},
     "No mentor with room shares this lived experience"),
    ("too_far", {}, "Too far apart to meet in person"),
    ("no_mentors", {}, "No active mentor has room"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "params", "expected"), CASES)
def test_each_reason_reads_in_everyday_words(code, params, expected) -> None:
    with translation.override("en"):
        assert sentence(code, params) == expected


def test_stored_reasons_split_into_what_matches_and_what_does_not() -> None:
    stored = [
        {"code": "language", "good": True, "params": {"languages": ["vi"]}},
        {"code": "age_older", "good": False, "params": {"gap": 20}},
    ]
    with translation.override("en"):
        assert words(stored) == (["Both speak Vietnamese"], ["Mentor is 20 years older"])
        assert words([Reason("faith_differs", False)]) == ([], ["Different faith"])


def test_reasons_are_shown_in_the_readers_language() -> None:
    with translation.override("vi"):
        assert sentence("no_shared_time", {}) != "No free time in common yet"
