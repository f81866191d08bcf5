"""What the matching core knows about a person: plain data, no Django.

The services layer builds these from participants (``mutual.matching.build``); the
benchmark builds them from a synthetic population. Codes are the ones stored on the
participant (``mutual.participants.vocab``): language codes, faith codes, gender codes,
"<day>_<part>" time slots, delivery modes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# How much each criterion counts unless a program sets its own (docs/matching.md).
DEFAULT_WEIGHTS: dict[str, float] = {
    "experience": 4.0,
    "language": 2.0,
    "culture": 1.0,
    "faith": 0.5,
    "age": 1.0,
    "gender": 1.0,
    "distance": 1.5,
    "modes": 0.5,
    "availability": 1.5,
}
CRITERIA = tuple(DEFAULT_WEIGHTS)
# A "nice to have" preference makes its criterion count this many times as much.
NICE_TO_HAVE_BOOST = 2.0
# No pair scoring below this is proposed, unless the program sets another minimum.
DEFAULT_MINIMUM_SCORE = 0.35


@dataclass(frozen=True)
class Preference:
    """A peer's wish about their mentor; ``must`` makes it a hard rule."""

    value: Any
    must: bool = False


@dataclass(frozen=True)
class Profile:
    """A peer or a mentor as matching sees them. Unknown values are empty or None."""

    id: str
    experiences: frozenset[str] = frozenset()
    experience_years_ago: int | None = None
    languages: frozenset[str] = frozenset()
    culture: str = ""
    faith: str = ""
    gender: str = ""
    birth_year: int | None = None
    location: tuple[float, float] | None = None  # latitude, longitude
    travel_km: float | None = None
    modes: frozenset[str] = frozenset()
    availability: frozenset[str] = frozenset()
    preferences: Mapping[str, Preference] = field(default_factory=dict)
    household: str = ""
    excluded: frozenset[str] = frozenset()  # ids of people this person must not be matched with


@dataclass(frozen=True)
class Taxonomy:
    """The lived-experience tree: each entry's parent (None at the top)."""

    parent: Mapping[str, str | None]
    names: Mapping[str, str] = field(default_factory=dict)

    def name(self, tag: str) -> str:
        return self.names.get(tag, tag)

    def ancestors(self, tag: str) -> list[str]:
        chain: list[str] = []
        node = self.parent.get(tag)
        while node is not None and node not in chain:
            chain.append(node)
            node = self.parent.get(node)
        return chain

    def branch(self, tag: str) -> str:
        """The top-level entry a tag sits under (itself if it is at the top)."""
        chain = self.ancestors(tag)
        return chain[-1] if chain else tag

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, str | None, str]]) -> Taxonomy:
        parent: dict[str, str | None] = {}
        names: dict[str, str] = {}
        for tag, parent_tag, name in pairs:
            parent[tag] = parent_tag
            names[tag] = name
        return cls(parent, names)


def normalise_text(value: str) -> str:
    """Free-text answers (cultural background) compared without case or extra spaces."""
    return " ".join(value.casefold().split())
