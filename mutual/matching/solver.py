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
import multiprocessing
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from numpy.typing import NDArray
from ortools.graph.python import min_cost_flow
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

# Integer steps the largest score is scaled to. OR-Tools multiplies costs by the number
# of nodes inside its cost-scaling loop; 10^9 × 1.2 million nodes stays far below 2^63.
SCORE_RESOLUTION = 1_000_000_000
# Below this many edges, starting processes costs more than it saves.
PARALLEL_FROM_EDGES = 500_000

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
    workers: int = 1,
) -> IntArray:
    """The same solver on index arrays, for large runs where tuples would not fit.

    Peers are ``0 … n_peers-1`` and mentors ``0 … len(capacity)-1``. Returns, for each
    peer, the index of their mentor or −1. Input is validated as in ``assign`` except
    for duplicate pairs (callers building arrays produce each pair once).
    """
    _check_arrays(n_peers, capacity, edge_peer, edge_mentor, edge_score)
    chosen = np.full(n_peers, -1, dtype=np.int64)
    if n_peers == 0 or len(edge_peer) == 0:
        return chosen
    costs = _integer_costs(edge_score)
    jobs = _components(n_peers, len(capacity), edge_peer, edge_mentor)
    pieces = [(capacity, edge_peer[e], edge_mentor[e], costs[e]) for e in jobs]
    if workers > 1 and len(pieces) > 1 and len(edge_peer) >= PARALLEL_FROM_EDGES:
        # OR-Tools holds the GIL while solving, so separate parts go to separate processes.
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            results = list(pool.map(_solve_piece, pieces))
    else:
        results = [_solve_piece(piece) for piece in pieces]
    for peers, mentors in results:
        chosen[peers] = mentors
    return chosen


def _components(
    n_peers: int, n_mentors: int, edge_peer: IntArray, edge_mentor: IntArray
) -> list[IntArray]:
    """Edge indices of each connected part of the graph, largest first.

    Parts share no peer and no mentor, so each can be solved on its own and the optimum
    of the whole is the optimum of each part put together.
    """
    graph = coo_matrix(
        (np.ones(len(edge_peer), dtype=np.int8), (edge_peer, n_peers + edge_mentor)),
        shape=(n_peers + n_mentors, n_peers + n_mentors),
    )
    _count, labels = connected_components(graph, directed=False)
    edge_label = labels[edge_peer]
    order = np.argsort(edge_label, kind="stable")
    _labels, starts = np.unique(edge_label[order], return_index=True)
    parts = np.split(order, starts[1:])
    return sorted(parts, key=len, reverse=True)


def _solve_piece(piece: tuple[IntArray, IntArray, IntArray, IntArray]) -> tuple[IntArray, IntArray]:
    """Min-cost max-flow on one connected part; returns its (peer, mentor) pairs."""
    capacity, edge_peer, edge_mentor, costs = piece
    peers, peer_local = np.unique(edge_peer, return_inverse=True)
    mentors, mentor_local = np.unique(edge_mentor, return_inverse=True)
    n_p, n_m, n_e = len(peers), len(mentors), len(edge_peer)
    source, sink = n_p + n_m, n_p + n_m + 1
    tails = np.concatenate([np.full(n_p, source), peer_local, n_p + np.arange(n_m)])
    heads = np.concatenate([np.arange(n_p), n_p + mentor_local, np.full(n_m, sink)])
    caps = np.concatenate([np.ones(n_p, np.int64), np.ones(n_e, np.int64), capacity[mentors]])
    unit_costs = np.concatenate([np.zeros(n_p, np.int64), -costs, np.zeros(n_m, np.int64)])
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        tails.astype(np.int32), heads.astype(np.int32), caps, unit_costs
    )
    # Supplies bound the flow from above; the max-flow variant sends as much as it can.
    flow.set_node_supply(source, n_p)
    flow.set_node_supply(sink, -n_p)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"The matching solver stopped without an answer ({status}).")
    used = flow.flows(np.arange(n_p, n_p + n_e, dtype=np.int32)) > 0
    return peers[peer_local[used]], mentors[mentor_local[used]]


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
