"""Candidate generation keeps the best feasible pairs; suggestions rank like the reference."""

from __future__ import annotations

import random

import numpy as np

from mutual.matching import score as ref
from mutual.matching.candidates import Options, candidate_edges, suggest
from mutual.matching.vector import prepare
from tests.matching_profiles import TAXONOMY, random_profile

YEAR = 2026


def population(seed: int, n_peers: int, n_mentors: int):
    rng = random.Random(seed)
    peers = [random_profile(rng, f"p{i}", peer=True) for i in range(n_peers)]
    mentors = [random_profile(rng, f"m{i}", peer=False) for i in range(n_mentors)]
    capacity = np.array([rng.randint(0, 3) for _ in mentors], dtype=np.int64)
    return peers, mentors, capacity


def reference_top(peer, mentors, capacity, minimum, k):
    found = []
    for m, mentor in enumerate(mentors):
        result = ref.evaluate(peer, mentor, TAXONOMY, year=YEAR)
        if capacity[m] > 0 and result.feasible and result.score >= minimum:
            found.append((round(result.score, 9), m))
    return sorted(found, key=lambda item: (-item[0], item[1]))[:k]


def test_small_branches_keep_exactly_the_best_pairs_per_peer() -> None:
    peers, mentors, capacity = population(1, 30, 40)
    options = Options(year=YEAR, weights=ref.DEFAULT_WEIGHTS, minimum=0.3, per_peer=5)
    p, m, tree = prepare(peers, mentors, TAXONOMY)

    edges = candidate_edges(p, m, tree, capacity, options)

    for i, peer in enumerate(peers):
        mine = sorted(
            (
                (round(s, 9), int(j))
                for j, s in zip(
                    edges.mentor[edges.peer == i], edges.score[edges.peer == i], strict=True
                )
            ),
            key=lambda item: (-item[0], item[1]),
        )
        expected = reference_top(peer, mentors, capacity, 0.3, 5)
        assert [s for s, _ in mine] == [s for s, _ in expected]


def test_windows_in_large_branches_give_only_feasible_pairs_and_reach_every_mentor() -> None:
    peers, mentors, capacity = population(2, 400, 300)
    capacity[:] = 2
    options = Options(
        year=YEAR, weights=ref.DEFAULT_WEIGHTS, minimum=0.0, per_peer=10, pool=16, wide_pool=8
    )
    p, m, tree = prepare(peers, mentors, TAXONOMY)

    edges = candidate_edges(p, m, tree, capacity, options)

    assert np.bincount(edges.peer, minlength=len(peers)).max() <= 10
    for i, j, s in zip(edges.peer[:300], edges.mentor[:300], edges.score[:300], strict=True):
        result = ref.evaluate(peers[i], mentors[j], TAXONOMY, year=YEAR)
        assert result.feasible and abs(result.score - s) < 1e-9
    reachable = {
        j
        for j, mentor in enumerate(mentors)
        if any(ref.evaluate(peer, mentor, TAXONOMY, year=YEAR).feasible for peer in peers)
    }
    assert len(set(edges.mentor.tolist())) >= 0.9 * len(reachable)


def test_suggestions_for_an_arriving_peer_rank_like_the_reference() -> None:
    peers, mentors, capacity = population(3, 5, 200)
    options = Options(year=YEAR, weights=ref.DEFAULT_WEIGHTS, minimum=0.3)
    for peer in peers:
        p, m, tree = prepare([peer], mentors, TAXONOMY)
        got = suggest(p, m, tree, capacity, options, top=10)
        expected = reference_top(peer, mentors, capacity, 0.3, 10)
        assert [(round(s, 9), j) for j, s in got] == expected


def test_a_mentor_without_room_is_never_a_candidate() -> None:
    peers, mentors, capacity = population(4, 30, 40)
    capacity[::2] = 0
    options = Options(year=YEAR, weights=ref.DEFAULT_WEIGHTS, minimum=0.0)
    p, m, tree = prepare(peers, mentors, TAXONOMY)
    edges = candidate_edges(p, m, tree, capacity, options)
    assert len(edges) > 0
    assert (capacity[edges.mentor] > 0).all()


def test_parallel_workers_give_the_same_candidates_as_one_process(monkeypatch) -> None:
    from mutual.matching import candidates

    peers, mentors, capacity = population(5, 300, 120)
    options = Options(year=YEAR, weights=ref.DEFAULT_WEIGHTS, minimum=0.2, pool=16, wide_pool=8)
    p, m, tree = prepare(peers, mentors, TAXONOMY)
    alone = candidate_edges(p, m, tree, capacity, options)
    monkeypatch.setattr(candidates, "PARALLEL_FROM_PEERS", 0)

    together = candidate_edges(p, m, tree, capacity, options, workers=2)

    def as_set(edges):
        return set(
            zip(
                edges.peer.tolist(),
                edges.mentor.tolist(),
                edges.score.round(12).tolist(),
                strict=True,
            )
        )

    assert as_set(together) == as_set(alone)
