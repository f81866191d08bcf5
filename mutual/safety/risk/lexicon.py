"""The shape of a language's risk phrases (one module per language in ``lexicons/``).

A lexicon is data, not code: lists of regular expressions with the level they point to and a
short English label for the reason a reader sees. The rules engine (``rules.py``) does the
work: it removes harmless figures of speech, finds risk phrases, and discounts a phrase that
is negated ("I'm not suicidal"), in the past with signs of recovery ("five years ago I tried to
end my life; today I help others") or about someone else.

Patterns are matched against ``normalize(text)``: lower-case, Latin accents dropped, Arabic
letter forms folded. Write them lower-case; accents in a pattern are folded the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["none", "concern", "elevated", "imminent"]
LEVELS: tuple[Level, ...] = ("none", "concern", "elevated", "imminent")

# What a phrase is evidence of; each has a label the reasons use (and the UI translates).
Kind = Literal[
    "plan",  # a method, time or place chosen; preparations ("sorted out who gets the dog")
    "means",  # has the means at hand ("the pills are in front of me")
    "attempt",  # an attempt under way or just made ("took all my pills")
    "farewell",  # goodbyes and last messages ("this is my last message")
    "ideation",  # wanting to die or to kill oneself
    "passive_wish",  # wishing not to be alive, without wanting to act ("wish I didn't wake up")
    "ideation_reported",  # "he keeps saying he wants to die": a concern, or the peer's own risk
    # when a mentor's note reports it (see rules.find_hits ``reported``)
    "self_harm",  # hurting oneself now
    "hopeless",  # hopelessness, being a burden, no way out
    "harm_by_others",  # being hurt or threatened by someone (family violence, abuse)
    "harm_to_others",  # wanting to hurt someone else
]

KIND_LABELS: dict[str, str] = {
    "plan": "a plan or preparations",
    "means": "the means at hand",
    "attempt": "an attempt",
    "farewell": "a goodbye",
    "ideation": "wanting to die",
    "passive_wish": "wishing not to be alive",
    "ideation_reported": "wanting to die (as told by someone else)",
    "self_harm": "hurting themselves",
    "hopeless": "hopelessness",
    "harm_by_others": "being harmed by someone",
    "harm_to_others": "wanting to harm someone",
}


@dataclass(frozen=True)
class Rule:
    """One risk phrase: the level it points to, what it shows, and its pattern.

    A rule of level ``"none"`` is a *weak sign*: common in ordinary messages on its own
    ("thanks for everything", "I've made my decision", "cancelled my gym"), but two of them
    in one message, or one beside a real risk phrase, is how many people in crisis write their
    goodbyes and preparations (see ``rules._with_other_signs``).
    """

    level: Level
    kind: Kind
    pattern: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the rules engine needs for one language.

    ``word_boundaries``: wrap each pattern in ``\\b…\\b`` (False for Chinese, written without
    spaces). The cue lists are regular expressions too:

    - ``negations``: words that, shortly before a risk phrase in the same clause, deny it
      ("not", "never", "no longer"). A rule whose own pattern contains a negation ("don't want
      to live") is not affected: the cue must come before the match.
    - ``past``: the phrase is about the past ("years ago", "used to", "when I was 16").
    - ``recovery``: the writer is well now or helps others ("today I help others", "I'm in a
      good place"); with a past cue this makes the message a story of recovery.
    - ``others``: the phrase is about someone else ("my friend", "my son") — kept as a
      concern, not the writer's own risk.
    - ``hypothetical``: questions and hypotheticals ("what should I do if someone says…").
    - ``harmless``: idioms and figures of speech removed before matching ("this traffic is
      killing me", "I could kill for a coffee", "dying to see it").
    - ``timing`` and ``means``: words that, in the same message as wanting to die, make it
      imminent ("tonight", "pills", "rope", "bridge").
    - ``recent``: signs that something told in the past tense is happening now ("an hour
      ago", "starting to kick in", "can't stop the bleeding"): they cancel a ``past`` cue, so
      "took 30 of my pills at 10, starting to feel heavy" is not an old story.
    - ``first_person``: words that make a phrase the writer's own ("I'm going to…", "…if I
      wasn't around"): a phrase containing one is not discounted as about someone else, even
      after "my wife" or "her sister's".
    """

    language: str
    rules: tuple[Rule, ...]
    word_boundaries: bool = True
    negations: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    recovery: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    hypothetical: tuple[str, ...] = ()
    harmless: tuple[str, ...] = ()
    timing: tuple[str, ...] = ()
    means: tuple[str, ...] = ()
    recent: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    notes: str = field(default="", compare=False)
