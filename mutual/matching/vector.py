"""The scorer of ``mutual.matching.score`` for many pairs at once, with NumPy.

Profiles are encoded once into column arrays (``encode``); ``score_pairs`` then scores
any list of (peer, mentor) index pairs in a few dozen array operations, which is what
lets batch matching and on-arrival suggestions run at national scale. It must give the
same numbers as ``score.evaluate`` (tests/test_matching_vector.py holds it to that);
explanations are still made by ``score.evaluate`` for the few pairs a person reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from mutual.matching import score as ref
from mutual.matching.profile import (
    DEFAULT_WEIGHTS,
    NICE_TO_HAVE_BOOST,
    Profile,
    Taxonomy,
    normalise_text,
)

MODES = ("in_person", "video", "phone", "text")

Arr = NDArray[Any]
Weight = Arr | float
# Adds one criterion: (weight, value, where it applies).
Add = Callable[[Weight, Arr, Arr | bool], None]


class Codes:
    """Small integer codes for strings, shared by the peer and mentor encodings."""

    def __init__(self, limit: int | None = None) -> None:
        self.index: dict[str, int] = {}
        self.limit = limit

    def code(self, value: str) -> int:
        """1, 2, … for known values; 0 stands for unknown (empty)."""
        if not value:
            return 0
        if value not in self.index:
            self.index[value] = len(self.index) + 1
        return self.index[value]

    def bit(self, value: str) -> int:
        position = self.code(value) - 1
        if self.limit is not None and position >= self.limit:
            raise ValueError(f"More than {self.limit} different values; cannot encode {value!r}.")
        return 1 << position

    def bits(self, values: Sequence[str] | frozenset[str]) -> int:
        result = 0
        for value in values:
            result |= self.bit(value)
        return result


@dataclass
class Vocabulary:
    tags: Codes
    languages: Codes
    cultures: Codes
    faiths: Codes
    genders: Codes
    slots: Codes
    modes: Codes
    households: Codes

    @classmethod
    def new(cls) -> Vocabulary:
        modes = Codes(limit=8)
        for mode in MODES:
            modes.code(mode)
        return cls(
            Codes(), Codes(limit=63), Codes(), Codes(), Codes(), Codes(limit=63), modes, Codes()
        )


@dataclass
class Encoded:
    """Column arrays for a list of profiles (row i = profiles[i])."""

    ids: list[str]
    tags: NDArray[np.int32]  # (n, T) tag codes, 0 = none
    years: NDArray[np.int16]  # −1 = unknown
    languages: NDArray[np.uint64]
    culture: NDArray[np.int32]
    faith: NDArray[np.int32]
    gender: NDArray[np.int32]
    birth_year: NDArray[np.int32]  # 0 = unknown
    lat: NDArray[np.float64]  # radians, NaN = unknown
    lon: NDArray[np.float64]
    travel_km: NDArray[np.float64]  # NaN = unknown
    modes: NDArray[np.uint8]
    slots: NDArray[np.uint64]
    household: NDArray[np.int32]
    # A peer's wishes (zeros for mentors): value, "has a wish", "must".
    want_languages: NDArray[np.uint64]
    want_culture: NDArray[np.int32]
    want_faith: NDArray[np.int32]
    want_gender: NDArray[np.int32]
    want_age: NDArray[np.int32]  # (n, 2) low, high
    has: NDArray[np.bool_]  # (n, 5) languages, culture, faith, gender, age
    must: NDArray[np.bool_]  # (n, 5)

    def __len__(self) -> int:
        return int(self.tags.shape[0])


WISH_KEYS = ("languages", "culture", "faith", "gender", "age_range")


@dataclass
class TagTree:
    """Parent and branch of each tag code (index 0 = no tag)."""

    parent: NDArray[np.int32]
    branch: NDArray[np.int32]
    # Position in a depth-first walk: sorting by it puts sibling entries side by side.
    order: NDArray[np.int32]
    # similarity[a, b]: how close experience a (peer) is to b (mentor); row/column 0 = none.
    similarity: NDArray[np.float64]

    @property
    def flat_similarity(self) -> NDArray[np.float64]:
        return self.similarity.reshape(-1)

    @classmethod
    def build(cls, taxonomy: Taxonomy, vocab: Vocabulary) -> TagTree:
        for tag in taxonomy.parent:
            vocab.tags.code(tag)
        size = len(vocab.tags.index) + 1
        parent = np.zeros(size, dtype=np.int32)
        branch = np.zeros(size, dtype=np.int32)
        for tag, code in vocab.tags.index.items():
            up = taxonomy.parent.get(tag)
            parent[code] = vocab.tags.code(up) if up else 0
            branch[code] = vocab.tags.code(taxonomy.branch(tag))
        order = np.zeros(size, dtype=np.int32)
        walk = sorted(vocab.tags.index, key=lambda tag: [*reversed(taxonomy.ancestors(tag)), tag])
        for position, tag in enumerate(walk, start=1):
            order[vocab.tags.index[tag]] = position
        return cls(parent, branch, order, similarity_table(parent, branch))


def similarity_table(parent: NDArray[np.int32], branch: NDArray[np.int32]) -> NDArray[np.float64]:
    """Tag-to-tag closeness as in ``score.tag_similarity``, for every pair of codes."""
    same_parent = (parent[:, None] == parent[None, :]) & (parent[:, None] > 0)
    same_branch = branch[:, None] == branch[None, :]
    table = np.where(
        np.eye(len(parent), dtype=bool),
        ref.SAME,
        np.where(same_parent, ref.SIBLING, np.where(same_branch, ref.BRANCH, 0.0)),
    )
    table[0, :] = 0.0
    table[:, 0] = 0.0
    return table


def encode(profiles: Sequence[Profile], vocab: Vocabulary) -> Encoded:
    n = len(profiles)
    width = max((len(p.experiences) for p in profiles), default=0) or 1
    tags = np.zeros((n, width), dtype=np.int32)
    want_age = np.zeros((n, 2), dtype=np.int32)
    has = np.zeros((n, len(WISH_KEYS)), dtype=np.bool_)
    must = np.zeros((n, len(WISH_KEYS)), dtype=np.bool_)
    columns: dict[str, list[object]] = {name: [] for name in _SCALARS}
    for i, person in enumerate(profiles):
        for j, tag in enumerate(sorted(person.experiences)):
            tags[i, j] = vocab.tags.code(tag)
        _encode_scalars(person, vocab, columns)
        for k, key in enumerate(WISH_KEYS):
            wish = person.preferences.get(key)
            if wish is not None:
                has[i, k], must[i, k] = True, wish.must
        if (age_wish := person.preferences.get("age_range")) is not None:
            want_age[i] = age_wish.value
    arrays: dict[str, Any] = {
        name: np.array(values, dtype=_SCALARS[name]) for name, values in columns.items()
    }
    return Encoded(
        ids=[p.id for p in profiles],
        tags=tags,
        want_age=want_age,
        has=has,
        must=must,
        **arrays,
    )


_SCALARS: dict[str, type] = {
    "years": np.int16,
    "languages": np.uint64,
    "culture": np.int32,
    "faith": np.int32,
    "gender": np.int32,
    "birth_year": np.int32,
    "lat": np.float64,
    "lon": np.float64,
    "travel_km": np.float64,
    "modes": np.uint8,
    "slots": np.uint64,
    "household": np.int32,
    "want_languages": np.uint64,
    "want_culture": np.int32,
    "want_faith": np.int32,
    "want_gender": np.int32,
}


def _encode_scalars(person: Profile, vocab: Vocabulary, columns: dict[str, list[object]]) -> None:
    wishes = person.preferences
    location = person.location
    values = {
        "years": -1 if person.experience_years_ago is None else person.experience_years_ago,
        "languages": vocab.languages.bits(person.languages),
        "culture": vocab.cultures.code(normalise_text(person.culture)),
        "faith": vocab.faiths.code(person.faith),
        "gender": vocab.genders.code(person.gender),
        "birth_year": person.birth_year or 0,
        "lat": np.radians(location[0]) if location else np.nan,
        "lon": np.radians(location[1]) if location else np.nan,
        "travel_km": np.nan if person.travel_km is None else person.travel_km,
        "modes": vocab.modes.bits(person.modes),
        "slots": vocab.slots.bits(person.availability),
        "household": vocab.households.code(person.household),
        "want_languages": vocab.languages.bits(wishes["languages"].value)
        if "languages" in wishes
        else 0,
        "want_culture": vocab.cultures.code(normalise_text(wishes["culture"].value))
        if "culture" in wishes
        else 0,
        "want_faith": vocab.faiths.code(wishes["faith"].value) if "faith" in wishes else 0,
        "want_gender": vocab.genders.code(wishes["gender"].value) if "gender" in wishes else 0,
    }
    for name, value in values.items():
        columns[name].append(value)


@dataclass
class Scored:
    score: NDArray[np.float64]
    feasible: NDArray[np.bool_]


def score_pairs(
    peers: Encoded,
    mentors: Encoded,
    tree: TagTree,
    pi: NDArray[np.int64],
    mi: NDArray[np.int64],
    *,
    year: int,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> Scored:
    """Scores and feasibility for pairs (peers[pi], mentors[mi]).

    ``pi`` and ``mi`` broadcast against each other: equal-length lists of pairs, or a
    column of peers (n, 1) against rows of mentors (n, w), which saves gathering each
    peer's answers w times. Exclusions between named people are not encoded here (they
    are rare and named by id); the services layer removes those pairs.
    """
    shape = np.broadcast_shapes(np.shape(pi), np.shape(mi))
    total = np.zeros(shape, dtype=np.float64)
    weight_sum = np.zeros(shape, dtype=np.float64)
    feasible = np.ones(shape, dtype=np.bool_)

    def add(weight: Weight, value: Arr, applies: Arr | bool) -> None:
        w = weight if applies is True else np.where(applies, weight, 0.0)
        total.__iadd__(w * value)
        weight_sum.__iadd__(w)

    has, must = peers.has[pi], peers.must[pi]
    boost = np.where(has & ~must, NICE_TO_HAVE_BOOST, 1.0)

    similarity = _experience(peers.tags[pi], mentors.tags[mi], tree)
    feasible &= similarity > 0
    add(weights.get("experience", 0.0), similarity * _years_factor(mentors.years[mi]), True)

    _language(
        peers, mentors, pi, mi, has[..., 0], must[..., 0], boost[..., 0], weights, add, feasible
    )
    _equal_or_wish(
        peers.culture[pi],
        peers.want_culture[pi],
        mentors.culture[mi],
        has[..., 1],
        must[..., 1],
        boost[..., 1] * weights.get("culture", 0.0),
        add,
        feasible,
    )
    _equal_or_wish(
        peers.faith[pi],
        peers.want_faith[pi],
        mentors.faith[mi],
        has[..., 2],
        must[..., 2],
        boost[..., 2] * weights.get("faith", 0.0),
        add,
        feasible,
    )
    gender = mentors.gender[mi]
    gender_match = gender == peers.want_gender[pi]
    feasible &= ~(must[..., 3] & ~gender_match)
    add(boost[..., 3] * weights.get("gender", 0.0), gender_match * 1.0, has[..., 3] & (gender > 0))
    _age(
        peers,
        mentors,
        pi,
        mi,
        has[..., 4],
        must[..., 4],
        boost[..., 4],
        year,
        weights,
        add,
        feasible,
    )
    _place_and_modes(peers, mentors, pi, mi, weights, add, feasible)

    slots_p, slots_m = peers.slots[pi], mentors.slots[mi]
    shared_slots = np.bitwise_count(slots_p & slots_m).astype(np.float64)
    add(
        weights.get("availability", 0.0),
        np.minimum(1.0, shared_slots / ref.ENOUGH_SHARED_SLOTS),
        (slots_p > 0) & (slots_m > 0),
    )

    households = peers.household[pi]
    feasible &= ~((households > 0) & (households == mentors.household[mi]))
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(weight_sum > 0, total / weight_sum, 0.0)
    return Scored(score, feasible)


def _experience(peer_tags: Arr, mentor_tags: Arr, tree: TagTree) -> NDArray[np.float64]:
    """The closest pair of experiences, by looking pairs up in the tag-to-tag table."""
    width = tree.similarity.shape[0]
    best = None
    mentor_slots = [mentor_tags[..., b] for b in range(mentor_tags.shape[-1])]
    for a in range(peer_tags.shape[-1]):
        row = peer_tags[..., a] * width
        for tb in mentor_slots:
            value = tree.flat_similarity[row + tb]
            best = value if best is None else np.maximum(best, value)
    assert best is not None
    return best


def _years_factor(years: NDArray[np.int16]) -> NDArray[np.float64]:
    return np.select(
        [years < 0, years < 1, years < 2],
        [ref.years_factor(None), ref.years_factor(0), ref.years_factor(1)],
        ref.years_factor(2),
    )


def _language(
    peers: Encoded,
    mentors: Encoded,
    pi: Arr,
    mi: Arr,
    has: Arr,
    must: Arr,
    boost: Arr,
    weights: Mapping[str, float],
    add: Add,
    feasible: Arr,
) -> None:
    theirs = mentors.languages[mi]
    wanted = np.where(has, peers.want_languages[pi], peers.languages[pi])
    shared = (wanted & theirs) > 0
    feasible &= ~(must & ~shared)
    add(boost * weights.get("language", 0.0), shared * 1.0, (wanted > 0) & (theirs > 0))


def _equal_or_wish(
    own: Arr,
    wish: Arr,
    theirs: Arr,
    has: Arr,
    must: Arr,
    weight: Weight,
    add: Add,
    feasible: Arr,
) -> None:
    wanted = np.where(has, wish, own)
    same = wanted == theirs
    feasible &= ~(must & ~same)
    add(weight, same * 1.0, (wanted > 0) & (theirs > 0))


def _age(
    peers: Encoded,
    mentors: Encoded,
    pi: Arr,
    mi: Arr,
    has: Arr,
    must: Arr,
    boost: Arr,
    year: int,
    weights: Mapping[str, float],
    add: Add,
    feasible: Arr,
) -> None:
    mentor_born = mentors.birth_year[mi]
    mentor_age = year - mentor_born
    known = mentor_born > 0
    wanted_age = peers.want_age[pi]
    low, high = wanted_age[..., 0], wanted_age[..., 1]
    outside = np.maximum(np.maximum(low - mentor_age, mentor_age - high), 0)
    feasible &= ~(must & (~known | (outside > 0)))
    in_range_score = np.maximum(0.0, 1.0 - outside / ref.AGE_RANGE_SLACK)
    peer_born = peers.birth_year[pi]
    gap = np.abs(mentor_born - peer_born)
    gap_score = np.clip((ref.FAR_AGE - gap) / (ref.FAR_AGE - ref.CLOSE_AGE), 0.0, 1.0)
    value = np.where(has, in_range_score, gap_score)
    applies = known & (has | (peer_born > 0))
    add(boost * weights.get("age", 0.0), value, applies)


def _place_and_modes(
    peers: Encoded,
    mentors: Encoded,
    pi: Arr,
    mi: Arr,
    weights: Mapping[str, float],
    add: Add,
    feasible: Arr,
) -> None:
    in_person_bit = 1  # MODES[0] has code 1, bit 0
    modes_p, modes_m = peers.modes[pi], mentors.modes[mi]
    shared = modes_p & modes_m
    both_said = (modes_p > 0) & (modes_m > 0)
    feasible &= ~(both_said & (shared == 0))
    count_p = np.bitwise_count(modes_p).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        modes_score = np.where(count_p > 0, np.bitwise_count(shared) / count_p, 0.0)
    add(weights.get("modes", 0.0), modes_score, modes_p > 0)

    lat1, lon1, lat2, lon2 = peers.lat[pi], peers.lon[pi], mentors.lat[mi], mentors.lon[mi]
    km = flat_km(lat1, lon1, lat2, lon2)
    travel = peers.travel_km[pi]
    reach = np.maximum(np.where(np.isnan(travel), ref.DEFAULT_TRAVEL_KM, travel), 1.0)
    located = ~np.isnan(km)
    can_in_person = ((shared & in_person_bit) > 0) & located
    within = km <= reach
    feasible &= ~(can_in_person & (shared == in_person_bit) & ~within)
    with np.errstate(invalid="ignore"):
        distance_score = np.maximum(0.0, 1.0 - km / (2 * reach))
    add(weights.get("distance", 0.0), np.nan_to_num(distance_score), can_in_person)


def flat_km(lat1: Arr, lon1: Arr, lat2: Arr, lon2: Arr) -> NDArray[np.float64]:
    """``score.distance_km`` for arrays of coordinates in radians (NaN where unknown)."""
    x = (lon2 - lon1) * np.cos(lat1)
    y = lat2 - lat1
    return ref.EARTH_RADIUS_KM * np.sqrt(x * x + y * y)


def prepare(
    peers: Sequence[Profile], mentors: Sequence[Profile], taxonomy: Taxonomy
) -> tuple[Encoded, Encoded, TagTree]:
    """Encode both sides with one vocabulary, then the tag tree (which needs every code)."""
    vocab = Vocabulary.new()
    encoded_peers, encoded_mentors = encode(peers, vocab), encode(mentors, vocab)
    return encoded_peers, encoded_mentors, TagTree.build(taxonomy, vocab)
