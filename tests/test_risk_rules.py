"""The risk rules read phrasing in context: idioms, negation, the past, other people, languages.

Each case is one message and the level a crisis counsellor would give it; the reason the
rules give must quote the phrase that drove it.
"""

from __future__ import annotations

import pytest

from mutual.safety.risk.normalize import normalize
from mutual.safety.risk.rules import find_hits, rule_level


def level(text: str) -> str:
    return rule_level(find_hits(text))


@pytest.mark.parametrize(
    "text",
    [
        "this traffic is killing me",
        "my feet are killing me after that shift",
        "i'd kill for a coffee rn",
        "dying to see the new film on friday",
        "that joke killed me 😂",
        "dead tired, going to bed early",
        "my phone died, will text you later",
        "rip my sleep schedule 🪦",
        "i killed it at the interview!!",
        "the deadline is killing us",
    ],
)
def test_idioms_are_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just really tired",
        "i would never kill myself, don't worry",
        "no, i havent had any thoughts of ending my life",
        "i dont want to die, i want things to change",
    ],
)
def test_negated_risk_is_not_risk(text):
    assert level(text) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "five years ago I tried to end my life; today I help others",
        "when i was 19 i wanted to die every day. now i have a job i love",
        "back in 2015 i took an overdose. i'm in a good place now and that's why i volunteer",
    ],
)
def test_recovery_stories_are_not_risk(text):
    assert level(text) == "none"


def test_a_past_attempt_without_recovery_is_a_concern():
    assert level("i tried to kill myself last year and nobody knows") == "concern"


def test_someone_elses_risk_is_a_concern_not_the_writers():
    assert level("my brother keeps saying he wants to die") == "concern"


def test_talk_about_training_is_not_risk():
    assert level("in training we learned how to ask about suicide directly") == "none"


@pytest.mark.parametrize(
    "text",
    [
        "I've sorted out who gets the dog",
        "wrote letters to everyone, they're in the drawer",
        "the pills are lined up on the table",
        "this is my last message. thank you for everything",
        "took the whole packet an hour ago",
        "im standing on the bridge rn",
    ],
)
def test_plans_means_attempts_and_goodbyes_are_imminent(text):
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "everyone would be better off without me",
        "wish i could go to sleep and not wake up",
        "kms fr",
        "cut myself again last night",
    ],
)
def test_wanting_to_die_and_self_harm_are_elevated(text):
    assert level(text) == "elevated"


def test_wanting_to_die_with_a_time_is_imminent():
    assert level("i want to kill myself tonight") == "imminent"


def test_a_passive_wish_with_a_day_named_stays_elevated():
    assert level("if i didnt wake up tomorrow id be fine with that") == "elevated"


def test_typos_and_stretched_letters_still_match():
    assert level("i want to diiiie") == "elevated"
    assert level("im so sucidal lately") == "elevated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quiero morirme, ya no puedo más", "elevated"),
        ("me muero de risa con este video", "none"),
        ("Tôi muốn chết", "elevated"),
        ("toi muon chet", "elevated"),
        ("cười chết mất", "none"),
        ("我不想活了", "elevated"),
        ("笑死我了", "none"),
        ("بدي موت", "elevated"),
        ("ميت من الجوع", "none"),
        ("मैं मरना चाहता हूँ", "elevated"),
        ("mujhe jeena nahi hai", "elevated"),
    ],
)
def test_community_languages(text, expected):
    assert level(text) == expected


def test_a_reason_quotes_the_writers_phrase():
    (hit,) = [h for h in find_hits("I've sorted out who gets the dog") if h.level != "none"]
    assert hit.kind == "plan"
    assert '"sorted out who gets the dog"' in hit.reason


def test_a_negated_phrase_is_kept_with_its_context():
    hits = find_hits("i'm not suicidal")
    assert [(h.level, h.context) for h in hits] == [("none", "negated")]


def test_normalize_folds_accents_arabic_forms_and_quotes():
    assert normalize("Tôi MUỐN chết") == "toi muon chet"
    assert normalize("أُريد") == "اريد"
    assert normalize("I’m fine") == "i'm fine"
    assert normalize("noooooo") == "noo"
