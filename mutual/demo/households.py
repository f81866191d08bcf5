"""Households for the family-to-family demo program: one per participating family.

Every mentor and peer of a family-to-family program is the contact adult of a household.
The other members (a partner, children, sometimes a grandparent) are household members,
never users: children cannot log in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from mutual.demo.catalogue import DEFAULT_SEED, PROGRAMS
from mutual.demo.cultures import CULTURES, Culture
from mutual.demo.people import DemoPerson

FAMILY_PROGRAM_SLUGS = frozenset(p.slug for p in PROGRAMS if p.model == "family_to_family")
_CULTURE_BY_BACKGROUND = {culture.background: culture for culture in CULTURES}
MAX_MEMBERS = 5


@dataclass(frozen=True)
class DemoHouseholdMember:
    name: str
    relationship: str  # a MemberRelationship value
    age: int


@dataclass(frozen=True)
class DemoHousehold:
    program_slug: str
    contact_email: str
    side: str  # "seeking" or "mentoring"
    name: str
    suburb: str
    members: tuple[DemoHouseholdMember, ...]  # the contact adult first


def demo_households(people: list[DemoPerson], seed: int = DEFAULT_SEED) -> list[DemoHousehold]:
    rng = random.Random(f"households-{seed}")
    return [_household(rng, p) for p in people if p.program_slug in FAMILY_PROGRAM_SLUGS]


def _household(rng: random.Random, contact: DemoPerson) -> DemoHousehold:
    culture = _CULTURE_BY_BACKGROUND[contact.cultural_background]
    members = [DemoHouseholdMember(contact.given_name, "parent", contact.age)]
    taken = {contact.given_name}
    if rng.random() < 0.45:
        partner_age = max(20, contact.age + rng.randint(-5, 5))
        members.append(DemoHouseholdMember(_new_name(rng, culture, taken), "parent", partner_age))
    for _ in range(rng.randint(1, 3)):
        child_age = rng.randint(0, min(17, contact.age - 17))
        members.append(DemoHouseholdMember(_new_name(rng, culture, taken), "child", child_age))
    if len(members) < MAX_MEMBERS and rng.random() < 0.15:
        grandparent_age = min(90, contact.age + rng.randint(22, 30))
        members.append(
            DemoHouseholdMember(_new_name(rng, culture, taken), "grandparent", grandparent_age)
        )
    name = (
        f"The {contact.family_name} family"
        if rng.random() < 0.7
        else f"{contact.given_name}'s family"
    )
    return DemoHousehold(
        program_slug=contact.program_slug,
        contact_email=contact.email,
        side="mentoring" if contact.role == "mentor" else "seeking",
        name=name,
        suburb=contact.suburb,
        members=tuple(members),
    )


def _new_name(rng: random.Random, culture: Culture, taken: set[str]) -> str:
    """A first name nobody else in the household has."""
    choices = [n for n in culture.women + culture.men if n not in taken]
    name = rng.choice(choices)
    taken.add(name)
    return name
