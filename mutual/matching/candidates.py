"""Which mentors each peer is scored against: the sparse candidate graph.

Scoring every peer against every mentor is impossible at national scale (a million
peers × 200,000 mentors is 2 × 10^11 pairs), and pointless: a pair with no shared lived
experience in the same branch of the experience list can never be proposed. So:

1. Peers and mentors are split by branch of the experience list (a person with
   experiences in two branches takes part in both).
2. In a small branch every peer is scored against every mentor with room.
3. In a large branch each peer is scored against two windows of mentors: one among
   mentors with the same experience (and, within it, the same rarest language, then
   nearby places), one among mentors of the whole branch with the same rarest language
   nearby. Windows are placed in proportion to the peer's rank, so every mentor lands in
   some peer's window and capacity is not wasted.
4. The best ``per_peer`` feasible pairs at or above the program's minimum score are kept.

The solver's optimum is exact on this graph; the graph decides who is considered.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from mutual.matching.profile import DEFAULT_MINIMUM_SCORE, DEFAULT_WEIGHTS
from mutual.matching.vector import Encoded, TagTree, score_pairs

Progress = Callable[[int, int], None]
IntArray = NDArray[np.int64]
NO_LANGUAGE = 64
GRID_DEGREES = 0.1
# Below this many peers, starting processes costs more than it saves.
PARALLEL_FROM_PEERS = 20_000


@dataclass
class Edges:
    peer: IntArray
    mentor: IntArray
    score: NDArray[np.float64]

    def __len__(self) -> int:
        return len(self.peer)


@dataclass
class Options:
    year: int
    weights: Mapping[str, float]
    minimum: float
    per_peer: int = 50
    pool: int = 128
    wide_pool: int = 64
    # Small chunks keep the temporary arrays in the CPU cache: twice as fast as large ones.
    chunk_pairs: int = 131_072


def candidate_edges(
    peers: Encoded,
    mentors: Encoded,
    tree: TagTree,
    capacity: IntArray,
    options: Options,
    progress: Progress | None = None,
    workers: int = 1,
) -> Edges:
    """Scored feasible pairs, at most ``options.per_peer`` per peer.

    With ``workers`` > 1 and a large population, branches are scored in parallel
    processes (forked, so the arrays are shared rather than copied).
    """
    peer_rows = _rows(peers, tree, np.arange(len(peers), dtype=np.int64))
    mentor_rows = _rows(mentors, tree, np.flatnonzero(capacity > 0).astype(np.int64))
    rarity = _language_counts(mentors.languages[mentor_rows.person])
    peer_keys = _Keys.of(peers, peer_rows, tree, rarity)
    mentor_keys = _Keys.of(mentors, mentor_rows, tree, rarity)

    global _SHARED
    _SHARED = _Shared(peers, mentors, tree, peer_rows, mentor_rows, peer_keys, mentor_keys, options)
    branches = np.unique(peer_rows.branch).tolist()
    bins = _balanced_bins(branches, peer_rows.branch, mentor_rows.branch, workers)
    parts: list[Edges] = []
    done, total = 0, len(peer_rows.person)
    try:
        if len(bins) > 1:
            # NumPy work here is mostly single-threaded; each process takes some branches.
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(len(bins), mp_context=context) as pool:
                for edges, rows in pool.map(_branches_edges, bins):
                    parts.append(edges)
                    done += rows
                    if progress is not None:
                        progress(done, total)
        else:
            for branch in branches:
                edges, rows = _branches_edges([branch])
                parts.append(edges)
                done += rows
                if progress is not None:
                    progress(done, total)
    finally:
        _SHARED = None
    return _best_per_peer(parts, options.per_peer)


@dataclass
class _Shared:
    """What worker processes read (inherited by fork, never pickled)."""

    peers: Encoded
    mentors: Encoded
    tree: TagTree
    peer_rows: _Rows
    mentor_rows: _Rows
    peer_keys: _Keys
    mentor_keys: _Keys
    options: Options


_SHARED: _Shared | None = None


def _branches_edges(branches: list[int]) -> tuple[Edges, int]:
    shared = _SHARED
    assert shared is not None
    parts: list[Edges] = []
    rows = 0
    for branch in branches:
        p_sel = np.flatnonzero(shared.peer_rows.branch == branch)
        m_sel = np.flatnonzero(shared.mentor_rows.branch == branch)
        rows += len(p_sel)
        if not len(m_sel):
            continue
        pools = _pools(shared.peer_keys.take(p_sel), shared.mentor_keys.take(m_sel), shared.options)
        parts.append(
            _score_pools(
                shared.peers,
                shared.mentors,
                shared.tree,
                shared.peer_rows.person[p_sel],
                shared.mentor_rows.person[m_sel],
                pools,
                shared.options,
            )
        )
    return _concat(parts), rows


def _balanced_bins(
    branches: list[int], peer_branch: IntArray, mentor_branch: IntArray, workers: int
) -> list[list[int]]:
    """Split branches over workers so each gets about the same number of peers to score."""
    if workers <= 1 or len(peer_branch) < PARALLEL_FROM_PEERS:
        return [branches]
    load = {b: int(np.count_nonzero(peer_branch == b)) for b in branches}
    bins: list[list[int]] = [[] for _ in range(workers)]
    sizes = [0] * workers
    for branch in sorted(branches, key=load.__getitem__, reverse=True):
        k = sizes.index(min(sizes))
        bins[k].append(branch)
        sizes[k] += load[branch]
    return [b for b in bins if b]


def suggest(
    peer: Encoded,
    mentors: Encoded,
    tree: TagTree,
    capacity: IntArray,
    options: Options,
    top: int = 10,
    by_branch: Mapping[int, IntArray] | None = None,
) -> list[tuple[int, float]]:
    """The best mentors with room for one arriving peer (row 0 of ``peer``): (index, score).

    ``by_branch`` (from ``mentors_by_branch``) lets repeated calls skip mentors in other
    branches without looking at them.
    """
    branches = np.unique(tree.branch[peer.tags[0][peer.tags[0] > 0]])
    index = by_branch if by_branch is not None else mentors_by_branch(mentors, tree)
    pool = [index[b] for b in branches.tolist() if b in index]
    if not pool:
        return []
    mi = pool[0] if len(pool) == 1 else np.unique(np.concatenate(pool))
    mi = mi[capacity[mi] > 0]
    scored = score_pairs(
        peer,
        mentors,
        tree,
        np.zeros(len(mi), dtype=np.int64),
        mi,
        year=options.year,
        weights=options.weights,
    )
    keep = scored.feasible & (scored.score >= options.minimum)
    mi, score = mi[keep], scored.score[keep]
    if len(mi) > top:
        best = np.argpartition(-score, top - 1)[:top]
        mi, score = mi[best], score[best]
    order = np.lexsort((mi, -score))
    return [(int(mi[k]), float(score[k])) for k in order]


def mentors_by_branch(mentors: Encoded, tree: TagTree) -> dict[int, IntArray]:
    rows = _rows(mentors, tree, np.arange(len(mentors), dtype=np.int64))
    order = np.argsort(rows.branch, kind="stable")
    branches, starts = np.unique(rows.branch[order], return_index=True)
    groups = np.split(rows.person[order], starts[1:])
    return {int(b): g for b, g in zip(branches.tolist(), groups, strict=True)}


@dataclass
class _Rows:
    person: IntArray
    branch: IntArray
    tag: IntArray


def _rows(people: Encoded, tree: TagTree, which: IntArray) -> _Rows:
    """One row per (person, branch) they have an experience in, with that experience."""
    tags = people.tags[which]
    width = tags.shape[1]
    person = np.repeat(which, width)
    tag = tags.reshape(-1).astype(np.int64)
    present = tag > 0
    person, tag = person[present], tag[present]
    branch = tree.branch[tag].astype(np.int64)
    key = person * (len(tree.branch) + 1) + branch
    _unique, first = np.unique(key, return_index=True)
    first.sort()
    return _Rows(person[first], branch[first], tag[first])


def _language_counts(languages: NDArray[np.uint64]) -> NDArray[np.int64]:
    counts = np.zeros(NO_LANGUAGE + 1, dtype=np.int64)
    for bit in range(NO_LANGUAGE):
        counts[bit] = int(np.count_nonzero(languages & np.uint64(1 << bit)))
    counts[NO_LANGUAGE] = len(languages)
    return counts


def _rarest(languages: NDArray[np.uint64], counts: NDArray[np.int64]) -> IntArray:
    best = np.full(len(languages), NO_LANGUAGE, dtype=np.int64)
    best_count = np.full(len(languages), np.iinfo(np.int64).max, dtype=np.int64)
    for bit in np.argsort(counts[:NO_LANGUAGE], kind="stable").tolist()[::-1]:
        has = (languages & np.uint64(1 << bit)) > 0
        better = has & (counts[bit] <= best_count)
        best = np.where(better, bit, best)
        best_count = np.where(better, counts[bit], best_count)
    return best


def _cell(people: Encoded, person: IntArray) -> IntArray:
    """A Z-order cell number: people in nearby places get nearby numbers."""
    lat = np.degrees(people.lat[person])
    lon = np.degrees(people.lon[person])
    known = ~np.isnan(lat) & ~np.isnan(lon)
    y = np.where(known, np.floor((lat + 90) / GRID_DEGREES), 0).astype(np.uint64)
    x = np.where(known, np.floor((lon + 180) / GRID_DEGREES), 0).astype(np.uint64)
    code = np.zeros(len(person), dtype=np.uint64)
    for bit in range(12):
        code |= ((x >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit)
        code |= ((y >> np.uint64(bit)) & np.uint64(1)) << np.uint64(2 * bit + 1)
    return np.where(known, code.astype(np.int64), np.int64(1 << 30))


@dataclass
class _Keys:
    tag: IntArray  # depth-first position of the experience
    language: IntArray  # rarest language (wished-for, for peers)
    cell: IntArray

    @classmethod
    def of(cls, people: Encoded, rows: _Rows, tree: TagTree, rarity: IntArray) -> _Keys:
        spoken = people.languages[rows.person]
        wished = people.want_languages[rows.person]
        wanted = np.where(people.has[rows.person, 0], wished, spoken)
        return cls(
            tree.order[rows.tag].astype(np.int64),
            _rarest(wanted, rarity),
            _cell(people, rows.person),
        )

    def take(self, sel: IntArray) -> _Keys:
        return _Keys(self.tag[sel], self.language[sel], self.cell[sel])


def _pools(peer: _Keys, mentor: _Keys, options: Options) -> IntArray:
    """(peers, width) positions into the branch's mentor list; −1 pads."""
    m = len(mentor.tag)
    if m <= options.pool + options.wide_pool:
        return np.broadcast_to(np.arange(m, dtype=np.int64), (len(peer.tag), m))
    span = NO_LANGUAGE + 1
    narrow = _windows(
        peer.tag * span + peer.language,
        peer.cell,
        mentor.tag * span + mentor.language,
        mentor.cell,
        options.pool,
    )
    wide = _windows(peer.language, peer.cell, mentor.language, mentor.cell, options.wide_pool)
    return np.concatenate([narrow, wide], axis=1)


def _windows(
    p_group: IntArray, p_cell: IntArray, m_group: IntArray, m_cell: IntArray, width: int
) -> IntArray:
    """Place each peer's window in proportion to their rank within their group."""
    m_order = np.lexsort((m_cell, m_group))
    m_sorted = m_group[m_order]
    p_order = np.lexsort((p_cell, p_group))
    p_sorted = p_group[p_order]
    lo = np.searchsorted(m_sorted, p_sorted, "left")
    hi = np.searchsorted(m_sorted, p_sorted, "right")
    group_start = np.searchsorted(p_sorted, p_sorted, "left")
    group_size = np.searchsorted(p_sorted, p_sorted, "right") - group_start
    rank = np.arange(len(p_sorted)) - group_start
    centre = lo + (rank * (hi - lo)) // np.maximum(group_size, 1)
    start = np.clip(centre - width // 2, 0, len(m_sorted) - width)
    windows_sorted = m_order[start[:, None] + np.arange(width)]
    windows = np.empty_like(windows_sorted)
    windows[p_order] = windows_sorted
    return windows.astype(np.int64)


def _score_pools(
    peers: Encoded,
    mentors: Encoded,
    tree: TagTree,
    p_person: IntArray,
    m_person: IntArray,
    pools: IntArray,
    options: Options,
) -> Edges:
    rows_per_chunk = max(1, options.chunk_pairs // max(pools.shape[1], 1))
    keep = min(options.per_peer, pools.shape[1])
    out: list[Edges] = []
    for start in range(0, len(p_person), rows_per_chunk):
        chunk = np.sort(pools[start : start + rows_per_chunk], axis=1)
        n, width = chunk.shape
        duplicate = np.zeros_like(chunk, dtype=np.bool_)
        duplicate[:, 1:] = chunk[:, 1:] == chunk[:, :-1]
        pi = p_person[start : start + n, None]
        mi = m_person[chunk]
        scored = score_pairs(
            peers, mentors, tree, pi, mi, year=options.year, weights=options.weights
        )
        score = np.where(
            scored.feasible & (scored.score >= options.minimum) & ~duplicate,
            scored.score,
            -1.0,
        )
        best = np.argpartition(-score, keep - 1, axis=1)[:, :keep] if keep < width else None
        cols = best if best is not None else np.broadcast_to(np.arange(width), (n, width))
        top_score = np.take_along_axis(score, cols, axis=1)
        top_mentor = m_person[np.take_along_axis(chunk, cols, axis=1)]
        top_peer = np.broadcast_to(p_person[start : start + n, None], cols.shape)
        good = top_score >= 0
        out.append(Edges(top_peer[good], top_mentor[good], top_score[good]))
    return _concat(out)


def _concat(parts: list[Edges]) -> Edges:
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return Edges(empty, empty.copy(), np.zeros(0, dtype=np.float64))
    return Edges(
        np.concatenate([p.peer for p in parts]).astype(np.int64),
        np.concatenate([p.mentor for p in parts]).astype(np.int64),
        np.concatenate([p.score for p in parts]),
    )


def _best_per_peer(parts: list[Edges], per_peer: int) -> Edges:
    """Merge the branches' lists. Each part already keeps ``per_peer`` per peer, so only
    peers found in more than one branch need their lists merged and cut again."""
    edges = _concat(parts)
    if len(parts) < 2 or not len(edges):
        return edges
    part_of = np.concatenate([np.full(len(part), k) for k, part in enumerate(parts)])
    first_part = np.full(int(edges.peer.max()) + 1, -1, dtype=np.int64)
    first_part[edges.peer[::-1]] = part_of[::-1]
    shared = np.zeros(len(first_part), dtype=np.bool_)
    shared[edges.peer[part_of != first_part[edges.peer]]] = True
    mixed = shared[edges.peer]
    if not mixed.any():
        return edges
    rest = Edges(edges.peer[~mixed], edges.mentor[~mixed], edges.score[~mixed])
    return _concat(
        [rest, _cut(edges.peer[mixed], edges.mentor[mixed], edges.score[mixed], per_peer)]
    )


def _cut(peer: IntArray, mentor: IntArray, score: NDArray[np.float64], per_peer: int) -> Edges:
    """Drop repeated pairs (keeping the best score) and keep each peer's best ``per_peer``."""
    order = np.lexsort((-score, mentor, peer))
    peer, mentor, score = peer[order], mentor[order], score[order]
    first = np.ones(len(peer), dtype=np.bool_)
    first[1:] = (peer[1:] != peer[:-1]) | (mentor[1:] != mentor[:-1])
    peer, mentor, score = peer[first], mentor[first], score[first]
    order = np.lexsort((mentor, -score, peer))
    peer, mentor, score = peer[order], mentor[order], score[order]
    group_start = np.searchsorted(peer, peer, "left")
    keep = (np.arange(len(peer)) - group_start) < per_peer
    return Edges(peer[keep], mentor[keep], score[keep])


def default_options(year: int) -> Options:
    return Options(year=year, weights=DEFAULT_WEIGHTS, minimum=DEFAULT_MINIMUM_SCORE)
