"""The batch solver: maximum peers matched first, then maximum total score, exactly."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mutual.matching.solver import assign, assign_arrays, greedy_arrays


def brute_force(peers, capacity, edges):
    """(peers matched, total score) of the best matching, by trying every choice."""
    by_peer = {p: [(m, s) for (q, m, s) in edges if q == p] for p in peers}
    best = (0, 0.0)

    def walk(i, left, count, total):
        nonlocal best
        if i == len(peers):
            if count > best[0] or (count == best[0] and total > best[1]):
                best = (count, total)
            return
        walk(i + 1, left, count, total)
        for mentor, score in by_peer[peers[i]]:
            if left[mentor] > 0:
                left[mentor] -= 1
                walk(i + 1, left, count + 1, total + score)
                left[mentor] += 1

    walk(0, dict(capacity), 0, 0.0)
    return best


@st.composite
def instances(draw):
    peers = [f"p{i}" for i in range(draw(st.integers(0, 6)))]
    mentors = [f"m{i}" for i in range(draw(st.integers(0, 4)))]
    capacity = {m: draw(st.integers(0, 2)) for m in mentors}
    pairs = [(p, m) for p in peers for m in mentors]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True) if pairs else st.just([]))
    scores = st.floats(0.01, 1.0, allow_nan=False)
    edges = [(p, m, draw(scores)) for p, m in chosen]
    return peers, capacity, edges


@settings(max_examples=300, deadline=None)
@given(instances())
def test_result_is_feasible_and_as_good_as_brute_force(instance) -> None:
    peers, capacity, edges = instance
    result = assign(peers, capacity, edges)

    score_of = {(p, m): s for p, m, s in edges}
    assert all((p, m) in score_of for p, m in result.items())
    for mentor, cap in capacity.items():
        assert list(result.values()).count(mentor) <= cap
    count, total = brute_force(peers, capacity, edges)
    assert len(result) == count
    assert math.isclose(sum(score_of[p, m] for p, m in result.items()), total, abs_tol=1e-6)


def test_matching_more_peers_beats_a_higher_score() -> None:
    # Giving Ana her favourite leaves Ben with nobody; both matched is better.
    edges = [("ana", "xu", 0.95), ("ana", "yo", 0.30), ("ben", "xu", 0.20)]
    assert assign(["ana", "ben"], {"xu": 1, "yo": 1}, edges) == {"ana": "yo", "ben": "xu"}


def test_greedy_baseline_can_leave_a_matchable_peer_out() -> None:
    capacity = np.array([1, 1])
    edge_peer, edge_mentor = np.array([0, 0, 1]), np.array([0, 1, 0])
    edge_score = np.array([0.95, 0.30, 0.20])
    assert greedy_arrays(2, capacity, edge_peer, edge_mentor, edge_score).tolist() == [0, -1]
    assert assign_arrays(2, capacity, edge_peer, edge_mentor, edge_score).tolist() == [1, 0]


def test_a_mentor_takes_up_to_their_capacity() -> None:
    edges = [(p, "xu", 0.5) for p in ("a", "b", "c")]
    assert len(assign(["a", "b", "c"], {"xu": 2}, edges)) == 2


def test_no_edges_means_nobody_is_matched() -> None:
    assert assign(["a"], {"xu": 3}, []) == {}


@pytest.mark.parametrize(
    ("peers", "capacity", "edges", "message"),
    [
        (["a"], {"x": 1}, [("b", "x", 0.5)], "peer 'b', who is not in peer_ids"),
        (["a"], {"x": 1}, [("a", "y", 0.5)], "mentor 'y', who is not in mentor_capacity"),
        (["a"], {"x": -1}, [], "negative capacity"),
        (["a"], {"x": 1.5}, [], "not a whole number"),
        (["a"], {"x": 1}, [("a", "x", math.nan)], "not finite"),
        (["a"], {"x": 1}, [("a", "x", math.inf)], "not finite"),
        (["a"], {"x": 1}, [("a", "x", 0.0)], "must be above 0"),
        (["a"], {"x": 1}, [("a", "x", "high")], "not a number"),
        (["a", "a"], {"x": 1}, [], "listed more than once"),
        (["a"], {"x": 1}, [("a", "x", 0.5), ("a", "x", 0.6)], "more than once"),
        (["a"], {"x": 1}, [("a", "x")], "must be (peer_id, mentor_id, score)"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(peers, capacity, edges, message) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        assign(peers, capacity, edges)


def test_parallel_solving_of_separate_parts_gives_the_same_optimum(monkeypatch) -> None:
    from mutual.matching import solver

    rng = np.random.default_rng(7)
    # Four separate groups of peers and mentors: the graph falls into four parts.
    edge_peer = rng.integers(0, 50, 600) + 50 * np.repeat(np.arange(4), 150)
    edge_mentor = rng.integers(0, 10, 600) + 10 * np.repeat(np.arange(4), 150)
    pairs = np.unique(np.stack([edge_peer, edge_mentor], axis=1), axis=0)
    score = rng.uniform(0.1, 1.0, len(pairs))
    capacity = rng.integers(1, 4, 40)
    alone = assign_arrays(200, capacity, pairs[:, 0], pairs[:, 1], score)
    monkeypatch.setattr(solver, "PARALLEL_FROM_EDGES", 0)

    together = assign_arrays(200, capacity, pairs[:, 0], pairs[:, 1], score, workers=2)

    lookup = {(int(p), int(m)): s for (p, m), s in zip(pairs, score, strict=True)}
    total = lambda chosen: sum(lookup[p, int(m)] for p, m in enumerate(chosen) if m >= 0)  # noqa: E731
    assert (together >= 0).sum() == (alone >= 0).sum()
    assert math.isclose(total(together), total(alone), abs_tol=1e-6)
