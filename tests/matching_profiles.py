"""Random but plausible peer and mentor profiles for the matching core's tests."""

from __future__ import annotations

import random

from mutual.matching.profile import Preference, Profile, Taxonomy

TAXONOMY = Taxonomy.from_pairs(
    [
        ("caring", None, "Caring"),
        ("dementia", "caring", "Caring for a parent with dementia"),
        ("ageing", "caring", "Caring for an ageing parent"),
        ("young-carers", "caring", "Young carers"),
        ("grief", None, "Grief"),
        ("child", "grief", "Death of a child"),
        ("sudden", "child", "Sudden death of a child"),
        ("partner", "grief", "Death of a partner"),
        ("gambling", None, "Gambling"),
    ]
)
TAGS = [tag for tag in TAXONOMY.parent]
LANGUAGES = ["en", "vi", "ar", "prs", "zh"]
SLOTS = [f"{d}_{p}" for d in ("mon", "tue", "sat") for p in ("morning", "evening")]
MODES = ["in_person", "video", "phone", "text"]


def maybe(rng: random.Random, value, chance: float = 0.7):
    return value if rng.random() < chance else None


def random_profile(rng: random.Random, ident: str, *, peer: bool) -> Profile:
    wishes: dict[str, Preference] = {}
    if peer:
        for key, value in (
            ("languages", rng.sample(LANGUAGES, rng.randint(1, 2))),
            ("gender", rng.choice(["woman", "man"])),
            ("culture", rng.choice(["Vietnamese", "Afghan", "lebanese "])),
            ("faith", rng.choice(["muslim", "buddhist", "none"])),
            ("age_range", sorted(rng.sample(range(20, 80), 2))),
        ):
            if rng.random() < 0.3:
                wishes[key] = Preference(value, must=rng.random() < 0.4)
    return Profile(
        id=ident,
        experiences=frozenset(rng.sample(TAGS, rng.randint(1, 3))),
        experience_years_ago=None if peer else maybe(rng, rng.randint(0, 12)),
        languages=frozenset(rng.sample(LANGUAGES, rng.randint(0, 2))),
        culture=rng.choice(["", "Vietnamese", "Afghan", "Lebanese", "Australian"]),
        faith=rng.choice(["", "muslim", "buddhist", "none", "christian"]),
        gender=rng.choice(["", "woman", "man", "non_binary"]),
        birth_year=maybe(rng, rng.randint(1940, 2005)),
        location=maybe(rng, (-33.8 + rng.uniform(-0.3, 0.3), 151.0 + rng.uniform(-0.3, 0.3))),
        travel_km=maybe(rng, rng.choice([2, 5, 10, 25])),
        modes=frozenset(rng.sample(MODES, rng.randint(0, 3))),
        availability=frozenset(rng.sample(SLOTS, rng.randint(0, 4))),
        preferences=wishes,
        household=rng.choice(["", "", "", "h1", "h2"]),
    )
