"""Batch matching solver: the best set of peer–mentor pairs on a sparse candidate graph.

Pure Python with NumPy and OR-Tools; no Django imports, so anyone scripting a program
can call it. The objective is lexicographic:

1. match as many peers as possible (each peer at most one mentor, each mentor at most
   their capacity, only along the given edges), then
2. among all such matchings, make the total score as large as possible.

That is a min-cost maximum flow: source → peer (capacity 1) → mentor (capacity 1 per
edge, cost −score) → sink (capacity = the mentor's capacity). OR-Tools'
``solve_max_flow_with_min_cost`` solves exactly this problem, so the answer is an exact
optimum, not a greedy pass. Costs must be integers: scores are scaled so the largest
maps to ``SCORE_RESOLUTION``; two matchings whose totals differ by less than
``len(peers) / SCORE_RESOLUTION`` of the top score may be treated as equal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow

# Integer steps the largest score is scaled to. OR-Tools multiplies costs by the number
# of nodes inside its cost-scaling loop; 10^9 × 1.2 million nodes stays far below 2^63.
SCORE_RESOLUTION = 1_000_000_000

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


def assign(
    peer_ids: Sequence[str],
    mentor_capacity: Mapping[str, int],
    edges: Sequence[tuple[str, str, float]],
) -> dict[str, str]:
    """Return peer id → mentor id for an optimal matching (see the module docstring).

    Each edge is ``(peer_id, mentor_id, score)`` with a finite score > 0. Peers left out
    of the result could not be matched without leaving out someone else.
    """
    peer_index = _index(peer_ids, "peer")
    mentor_list = list(mentor_capacity)
    mentor_index = {mentor_id: i for i, mentor_id in enumerate(mentor_list)}
    capacity = np.zeros(len(mentor_list), dtype=np.int64)
    for i, mentor_id in enumerate(mentor_list):
        capacity[i] = _capacity(mentor_id, mentor_capacity[mentor_id])

    edge_peer = np.empty(len(edges), dtype=np.int64)
    edge_mentor = np.empty(len(edges), dtype=np.int64)
    edge_score = np.empty(len(edges), dtype=np.float64)
    seen: set[tuple[str, str]] = set()
    for k, edge in enumerate(edges):
        peer_id, mentor_id, score = _edge(edge, peer_index, mentor_index)
        if (peer_id, mentor_id) in seen:
            raise ValueError(f"The pair {peer_id!r}–{mentor_id!r} is given more than once.")
        seen.add((peer_id, mentor_id))
        edge_peer[k], edge_mentor[k], edge_score[k] = (
            peer_index[peer_id],
            mentor_index[mentor_id],
            score,
        )

    chosen = assign_arrays(len(peer_ids), capacity, edge_peer, edge_mentor, edge_score)
    return {peer_ids[p]: mentor_list[m] for p, m in enumerate(chosen.tolist()) if m >= 0}


def assign_arrays(
    n_peers: int,
    capacity: IntArray,
    edge_peer: IntArray,
    edge_mentor: IntArray,
    edge_score: FloatArray,
) -> IntArray:
    """The same solver on index arrays, for large runs where tuples would not fit.

    Peers are ``0 … n_peers-1`` and mentors ``0 … len(capacity)-1``. Returns, for each
    peer, the index of their mentor or −1. Input is validated as in ``assign`` except
    for duplicate pairs (callers building arrays produce each pair once).
    """
    n_mentors = len(capacity)
    _check_arrays(n_peers, capacity, edge_peer, edge_mentor, edge_score)
    chosen = np.full(n_peers, -1, dtype=np.int64)
    if n_peers == 0 or len(edge_peer) == 0:
        return chosen

    costs = _integer_costs(edge_score)
    source, sink = n_peers + n_mentors, n_peers + n_mentors + 1
    peers = np.arange(n_peers, dtype=np.int64)
    mentors = np.arange(n_mentors, dtype=np.int64)
    tails = np.concatenate([np.full(n_peers, source), edge_peer, n_peers + mentors])
    heads = np.concatenate([peers, n_peers + edge_mentor, np.full(n_mentors, sink)])
    caps = np.concatenate([np.ones(n_peers, np.int64), np.ones(len(edge_peer), np.int64), capacity])
    unit_costs = np.concatenate(
        [np.zeros(n_peers, np.int64), -costs, np.zeros(n_mentors, np.int64)]
    )
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, unit_costs)
    # Supplies bound the flow from above; the max-flow variant sends as much as it can.
    flow.set_node_supply(source, n_peers)
    flow.set_node_supply(sink, -n_peers)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"The matching solver stopped without an answer ({status}).")

    first_edge_arc = n_peers
    edge_arcs = np.arange(first_edge_arc, first_edge_arc + len(edge_peer), dtype=np.int64)
    used = flow.flows(edge_arcs) > 0
    chosen[edge_peer[used]] = edge_mentor[used]
    return chosen


def greedy_arrays(
    n_peers: int,
    capacity: IntArray,
    edge_peer: IntArray,
    edge_mentor: IntArray,
    edge_score: FloatArray,
) -> IntArray:
    """Best-score-first greedy matching: the baseline the benchmark compares against."""
    chosen = np.full(n_peers, -1, dtype=np.int64)
    left = capacity.astype(np.int64).copy()
    for k in np.argsort(-edge_score, kind="stable").tolist():
        p, m = int(edge_peer[k]), int(edge_mentor[k])
        if chosen[p] < 0 and left[m] > 0:
            chosen[p] = m
            left[m] -= 1
    return chosen


def _integer_costs(edge_score: FloatArray) -> IntArray:
    top = float(edge_score.max())
    scaled = np.rint(edge_score * (SCORE_RESOLUTION / top)).astype(np.int64)
    # A tiny positive score must not round to zero: it is still worth matching along.
    return np.maximum(scaled, 1)


def _index(ids: Sequence[str], kind: str) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, item in enumerate(ids):
        if item in index:
            raise ValueError(f"The {kind} id {item!r} is listed more than once.")
        index[item] = i
    return index


def _capacity(mentor_id: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise ValueError(f"Mentor {mentor_id!r} has a capacity that is not a whole number.")
    if value < 0:
        raise ValueError(f"Mentor {mentor_id!r} has a negative capacity ({value}).")
    return int(value)


def _edge(
    edge: object, peer_index: Mapping[str, int], mentor_index: Mapping[str, int]
) -> tuple[str, str, float]:
    if not isinstance(edge, (tuple, list)) or len(edge) != 3:
        raise ValueError(f"Each edge must be (peer_id, mentor_id, score); got {edge!r}.")
    peer_id, mentor_id, score = edge
    if peer_id not in peer_index:
        raise ValueError(f"An edge names peer {peer_id!r}, who is not in peer_ids.")
    if mentor_id not in mentor_index:
        raise ValueError(f"An edge names mentor {mentor_id!r}, who is not in mentor_capacity.")
    if isinstance(score, bool) or not isinstance(score, (int, float, np.number)):
        raise ValueError(f"The score for {peer_id!r}–{mentor_id!r} is not a number.")
    if not math.isfinite(score):
        raise ValueError(f"The score for {peer_id!r}–{mentor_id!r} is not finite ({score}).")
    if score <= 0:
        raise ValueError(f"The score for {peer_id!r}–{mentor_id!r} must be above 0 ({score}).")
    return peer_id, mentor_id, float(score)


def _check_arrays(
    n_peers: int,
    capacity: IntArray,
    edge_peer: IntArray,
    edge_mentor: IntArray,
    edge_score: FloatArray,
) -> None:
    if n_peers < 0:
        raise ValueError("The number of peers cannot be negative.")
    if not (len(edge_peer) == len(edge_mentor) == len(edge_score)):
        raise ValueError("Edge arrays must all have the same length.")
    if len(capacity) and int(capacity.min()) < 0:
        raise ValueError("A mentor has a negative capacity.")
    if len(edge_peer) == 0:
        return
    if int(edge_peer.min()) < 0 or int(edge_peer.max()) >= n_peers:
        raise ValueError("An edge names a peer index outside 0 … n_peers-1.")
    if int(edge_mentor.min()) < 0 or int(edge_mentor.max()) >= len(capacity):
        raise ValueError("An edge names a mentor index outside the capacity list.")
    if not np.isfinite(edge_score).all():
        raise ValueError("An edge score is not finite.")
    if float(edge_score.min()) <= 0:
        raise ValueError("Every edge score must be above 0.")
