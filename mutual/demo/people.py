"""The invented peer mentors and peers of the demo, generated from a seed.

``demo_people(seed)`` always returns the same people for the same seed. Each person
carries the attributes later features need (languages, culture, age, gender, suburb,
lived experience, where they are in the program) as plain, JSON-able data, so features
that add profile, screening or matching models can extend ``mutual demo`` to fill them
from the same crowd.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass
from typing import Any

from django.utils.text import slugify

from mutual.demo.catalogue import DEFAULT_SEED, PROGRAMS, DemoProgram, demo_email
from mutual.demo.cultures import CULTURES, Culture
from mutual.demo.places import SUBURBS_BY_REGION

# Where a peer mentor is on the way from applying to mentoring (product journey 2).
MENTOR_STATES = (
    "applied",
    "first_conversation",
    "references",
    "checks",
    "readiness_interview",
    "training",
    "approved",
    "active",
    "paused",
    "left",
)
_MENTOR_STATE_WEIGHTS = (3, 3, 3, 4, 3, 6, 7, 24, 4, 3)
# Where a peer is on the way from asking for support to finishing (journeys 3 to 5).
PEER_STATES = ("waiting", "matched", "active", "closing", "closed")
_PEER_STATE_WEIGHTS = (20, 10, 45, 10, 15)
# People in these states are no longer taking part: their membership has ended.
ENDED_STATES = frozenset({"left", "closed"})

# Other things people often live with too, so matching has more than one thread to pull.
_ALSO_LIVED = (
    "mental-health-depression",
    "mental-health-anxiety",
    "chronic-illness-diabetes-type-2",
    "chronic-illness-chronic-pain",
    "family-violence-rebuilding",
    "migration-new-arrival",
)


@dataclass(frozen=True)
class DemoPerson:
    given_name: str
    family_name: str
    email: str
    role: str  # "mentor" or "peer"
    program_slug: str
    languages: tuple[str, ...]  # codes from settings.LANGUAGES, most comfortable first
    cultural_background: str
    age: int
    gender: str  # "woman", "man" or "non_binary"
    suburb: str
    postcode: str
    state_or_territory: str
    experiences: tuple[str, ...]  # ExperienceTag slugs
    years_since_experience: int | None  # mentors: how long ago they went through it
    pipeline_state: str  # one of MENTOR_STATES or PEER_STATES

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def has_ended(self) -> bool:
        return self.pipeline_state in ENDED_STATES

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["name"] = self.name
        data["languages"] = list(self.languages)
        data["experiences"] = list(self.experiences)
        return data


class _EmailBook:
    """Hands out unique, readable addresses: the second Lan Nguyen gets lan.nguyen2."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def claim(self, given_name: str, family_name: str) -> str:
        base = f"{slugify(given_name)}.{slugify(family_name)}"
        local, n = base, 2
        while local in self.used:
            local, n = f"{base}{n}", n + 1
        self.used.add(local)
        return demo_email(local)


def demo_people(seed: int = DEFAULT_SEED) -> list[DemoPerson]:
    """Every demo mentor and peer, program by program, mentors first."""
    rng = random.Random(seed)
    emails = _EmailBook()
    people: list[DemoPerson] = []
    for program in PROGRAMS:
        for role, count in (("mentor", program.mentors), ("peer", program.peers)):
            people.extend(_person(rng, emails, program, role) for _ in range(count))
    return people


def _person(rng: random.Random, emails: _EmailBook, program: DemoProgram, role: str) -> DemoPerson:
    culture = rng.choices(CULTURES, weights=[c.weight for c in CULTURES])[0]
    gender = _gender(rng, program.women_share)
    given_name, family_name = _given_name(rng, culture, gender), rng.choice(culture.family_names)
    is_mentor = role == "mentor"
    age = rng.randint(*(program.mentor_age if is_mentor else program.peer_age))
    suburb = rng.choice(SUBURBS_BY_REGION[program.region])
    return DemoPerson(
        given_name=given_name,
        family_name=family_name,
        email=emails.claim(given_name, family_name),
        role=role,
        program_slug=program.slug,
        languages=_languages(rng, culture, age),
        cultural_background=culture.background,
        age=age,
        gender=gender,
        suburb=suburb.name,
        postcode=suburb.postcode,
        state_or_territory=suburb.state,
        experiences=_experiences(
            rng, program.mentor_experiences if is_mentor else program.peer_experiences
        ),
        years_since_experience=_years_since(rng, age, program) if is_mentor else None,
        pipeline_state=(
            rng.choices(MENTOR_STATES, weights=_MENTOR_STATE_WEIGHTS)[0]
            if is_mentor
            else rng.choices(PEER_STATES, weights=_PEER_STATE_WEIGHTS)[0]
        ),
    )


def _gender(rng: random.Random, women_share: float) -> str:
    roll = rng.random()
    if roll < 0.03:
        return "non_binary"
    return "woman" if roll < 0.03 + 0.97 * women_share else "man"


def _given_name(rng: random.Random, culture: Culture, gender: str) -> str:
    if gender == "woman":
        return rng.choice(culture.women)
    if gender == "man":
        return rng.choice(culture.men)
    return rng.choice(culture.women + culture.men)


def _languages(rng: random.Random, culture: Culture, age: int) -> tuple[str, ...]:
    if culture.language == "en":
        return ("en",)
    roll = rng.random()
    little_english = 0.35 if age >= 60 else 0.15  # older migrants more often
    if roll < little_english:
        return (culture.language,)
    if roll < 0.75:
        return (culture.language, "en")
    return ("en", culture.language)  # grew up here: English first


def _experiences(rng: random.Random, pool: list[str]) -> tuple[str, ...]:
    chosen = rng.sample(pool, k=min(len(pool), 1 if rng.random() < 0.7 else 2))
    if rng.random() < 0.2:
        also = rng.choice(_ALSO_LIVED)
        if also not in chosen:
            chosen.append(also)
    return tuple(chosen)


def _years_since(rng: random.Random, age: int, program: DemoProgram) -> int:
    # Nobody can have come through it before the youngest age the program serves.
    longest = max(1, min(15, age - program.peer_age[0]))
    return rng.randint(1, longest)
