"""Matching at four sizes on synthetic populations: time, memory, quality.

Each size runs in its own process (so its peak memory is its own) and prints one line.
A population has realistic structure: lived experiences from a two-level list with
Zipf-skewed popularity, languages Zipf-skewed with English common, suburbs clustered in
cities on a map, mixed ways to meet, weekly free times, capacities 1–5.

For each size: candidate generation + scoring, solving (min-cost max-flow), the whole
pipeline, peak memory, peers matched and total score for the solver and for a greedy
best-score-first baseline on the same candidate graph; at program and regional size the
optimum is also found independently by linear programming (HiGHS through SciPy; the
flow problem's matrix is totally unimodular, so the LP optimum is the integer optimum).
Last, the time to suggest ten mentors, with explanations, for one arriving peer.

Usage: python bench/matching.py [--sizes program,regional,state,national]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time

import numpy as np

from mutual.matching import score as ref
from mutual.matching.candidates import Options, candidate_edges, mentors_by_branch, suggest
from mutual.matching.profile import (
    DEFAULT_MINIMUM_SCORE,
    DEFAULT_WEIGHTS,
    Preference,
    Profile,
    Taxonomy,
)
from mutual.matching.solver import assign_arrays, greedy_arrays
from mutual.matching.vector import MODES, Encoded, TagTree, similarity_table

# peers, mentors, candidates kept per peer
SIZES = {
    "program": (2_000, 500, 50),
    "regional": (20_000, 5_000, 50),
    "state": (100_000, 20_000, 50),
    "national": (1_000_000, 200_000, 20),
}
YEAR = 2026
WORKERS = 2  # the target machine has two cores
BRANCHES, LEAVES = 16, 10
N_LANGUAGES, N_CULTURES = 40, 30
CITIES = [(-33.87, 151.21), (-37.81, 144.96), (-27.47, 153.03), (-31.95, 115.86),
          (-34.93, 138.60), (-42.88, 147.33), (-35.28, 149.13), (-12.46, 130.84)]  # fmt: skip


def zipf(rng, n_items: int, size: int, s: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, n_items + 1) ** s
    return rng.choice(n_items, size=size, p=weights / weights.sum())


def tag_tree() -> tuple[TagTree, Taxonomy]:
    """Codes 1..BRANCHES are branches; each has LEAVES leaf entries after them."""
    size = 1 + BRANCHES + BRANCHES * LEAVES
    parent = np.zeros(size, np.int32)
    branch = np.zeros(size, np.int32)
    order = np.zeros(size, np.int32)
    pairs = []
    position = 0
    for b in range(1, BRANCHES + 1):
        branch[b] = b
        position += 1
        order[b] = position
        pairs.append((f"t{b}", None, f"Branch {b}"))
        for leaf in range(LEAVES):
            code = BRANCHES + (b - 1) * LEAVES + leaf + 1
            parent[code], branch[code] = b, b
            position += 1
            order[code] = position
            pairs.append((f"t{code}", f"t{b}", f"Experience {code}"))
    return TagTree(parent, branch, order, similarity_table(parent, branch)), Taxonomy.from_pairs(
        pairs
    )


def population(rng, n: int, *, peers: bool) -> Encoded:
    leaves = BRANCHES * LEAVES
    first = zipf(rng, leaves, n, 1.05)
    tags = np.zeros((n, 2), np.int32)
    tags[:, 0] = BRANCHES + 1 + first
    second = rng.random(n) < 0.25  # a second experience, usually in the same branch
    sibling = (first // LEAVES) * LEAVES + rng.integers(0, LEAVES, n)
    tags[:, 1] = np.where(second, BRANCHES + 1 + sibling, 0)
    english = rng.random(n) < 0.85
    community = 1 + zipf(rng, N_LANGUAGES - 1, n, 1.2)
    has_community = rng.random(n) < 0.35
    community_bit = np.uint64(1) << community.astype(np.uint64)
    speaks_community = has_community | ~english
    languages = english.astype(np.uint64) | np.where(speaks_community, community_bit, 0)
    city = rng.integers(0, len(CITIES), n)
    centres = np.array(CITIES)[city]
    suburb = rng.normal(0, 0.15, (n, 2))
    lat, lon = np.radians(centres[:, 0] + suburb[:, 0]), np.radians(centres[:, 1] + suburb[:, 1])
    mode_bits = rng.integers(1, 16, n).astype(np.uint8)
    in_person_only = rng.random(n) < 0.15
    mode_bits = np.where(in_person_only, 1, mode_bits).astype(np.uint8)
    slots = np.zeros(n, np.uint64)
    for _ in range(5):
        slots |= np.uint64(1) << rng.integers(0, 21, n).astype(np.uint64)
    culture = 1 + zipf(rng, N_CULTURES, n)
    born = rng.integers(1945, 2006, n)
    has = np.zeros((n, 5), bool)
    must = np.zeros((n, 5), bool)
    want_languages = np.zeros(n, np.uint64)
    want_gender = np.zeros(n, np.int32)
    want_age = np.zeros((n, 2), np.int32)
    if peers:
        wants_language = has_community & (rng.random(n) < 0.5)
        has[:, 0] = wants_language
        must[:, 0] = wants_language & (rng.random(n) < 0.4)
        want_languages = np.where(wants_language, community_bit, np.uint64(0))
        has[:, 3] = rng.random(n) < 0.2
        must[:, 3] = has[:, 3] & (rng.random(n) < 0.3)
        want_gender = np.where(has[:, 3], rng.integers(1, 3, n), 0).astype(np.int32)
        has[:, 4] = rng.random(n) < 0.1
        low = rng.integers(20, 50, n)
        want_age = np.where(has[:, 4, None], np.stack([low, low + 20], axis=1), 0).astype(np.int32)
    return Encoded(
        ids=[],
        tags=tags,
        years=(rng.integers(0, 20, n) if not peers else np.full(n, -1)).astype(np.int16),
        languages=languages.astype(np.uint64),
        culture=culture.astype(np.int32),
        faith=rng.integers(1, 9, n).astype(np.int32),
        gender=rng.integers(1, 4, n).astype(np.int32),
        birth_year=born.astype(np.int32),
        lat=lat,
        lon=lon,
        travel_km=rng.choice([5.0, 10.0, 20.0, 50.0], n),
        modes=mode_bits,
        slots=slots,
        household=np.zeros(n, np.int32),
        want_languages=want_languages.astype(np.uint64),
        want_culture=np.zeros(n, np.int32),
        want_faith=np.zeros(n, np.int32),
        want_gender=want_gender,
        want_age=want_age,
        has=has,
        must=must,
    )


def lp_optimum(n_peers, capacity, edges) -> tuple[int, float]:
    """The lexicographic optimum by linear programming, independent of OR-Tools."""
    from scipy.optimize import linprog
    from scipy.sparse import coo_matrix, vstack

    k = len(edges.peer)
    # Matching one more peer must outweigh any difference in score: more than the sum
    # of every peer's best score.
    best = np.zeros(n_peers)
    np.maximum.at(best, edges.peer, edges.score)
    big = 1.0 + float(best.sum())
    rows_p = coo_matrix((np.ones(k), (edges.peer, np.arange(k))), shape=(n_peers, k))
    rows_m = coo_matrix((np.ones(k), (edges.mentor, np.arange(k))), shape=(len(capacity), k))
    result = linprog(
        -(big + edges.score), A_ub=vstack([rows_p, rows_m]).tocsr(),
        b_ub=np.concatenate([np.ones(n_peers), capacity]), bounds=(0, 1), method="highs",
    )  # fmt: skip
    x = np.rint(result.x).astype(bool)
    return int(x.sum()), float(edges.score[x].sum())


def decode(enc: Encoded, i: int, ident: str) -> Profile:
    """A row of arrays back into a Profile, so explanations use the reference scorer."""
    bits = lambda value, limit: [b for b in range(limit) if int(value) >> b & 1]  # noqa: E731
    wishes = {}
    if enc.has[i, 0]:
        wishes["languages"] = Preference(
            [f"l{b}" for b in bits(enc.want_languages[i], 64)], bool(enc.must[i, 0])
        )
    if enc.has[i, 3]:
        wishes["gender"] = Preference(f"g{enc.want_gender[i]}", bool(enc.must[i, 3]))
    if enc.has[i, 4]:
        wishes["age_range"] = Preference(enc.want_age[i].tolist(), bool(enc.must[i, 4]))
    return Profile(
        id=ident,
        experiences=frozenset(f"t{t}" for t in enc.tags[i] if t),
        experience_years_ago=None if enc.years[i] < 0 else int(enc.years[i]),
        languages=frozenset(f"l{b}" for b in bits(enc.languages[i], 64)),
        culture=f"c{enc.culture[i]}", faith=f"f{enc.faith[i]}", gender=f"g{enc.gender[i]}",
        birth_year=int(enc.birth_year[i]),
        location=(float(np.degrees(enc.lat[i])), float(np.degrees(enc.lon[i]))),
        travel_km=float(enc.travel_km[i]),
        modes=frozenset(MODES[b] for b in bits(enc.modes[i], 4)),
        availability=frozenset(f"s{b}" for b in bits(enc.slots[i], 21)),
        preferences=wishes,
    )  # fmt: skip


class MemorySampler:
    """Peak memory of this process and its workers together, sampled every 50 ms.

    Uses proportional set size (PSS), which splits pages shared after a fork between
    the processes sharing them, so the sum is what the machine really holds.
    """

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in _tree(os.getpid())))
            self._stop.wait(0.05)


def _tree(pid: int) -> list[int]:
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as children:
                for child in children.read().split():
                    found.extend(_tree(int(child)))
    except OSError:
        pass
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        return 0
    return 0


def run_size(name: str) -> dict:
    n_peers, n_mentors, per_peer = SIZES[name]
    rng = np.random.default_rng(20261202)
    tree, taxonomy = tag_tree()
    peers, mentors = population(rng, n_peers, peers=True), population(rng, n_mentors, peers=False)
    capacity = rng.choice([1, 2, 3, 4, 5], n_mentors, p=[0.35, 0.3, 0.2, 0.1, 0.05]).astype(
        np.int64
    )
    options = Options(
        year=YEAR, weights=DEFAULT_WEIGHTS, minimum=DEFAULT_MINIMUM_SCORE, per_peer=per_peer
    )

    sampler = MemorySampler().__enter__()
    t0 = time.perf_counter()
    edges = candidate_edges(peers, mentors, tree, capacity, options, workers=WORKERS)
    t1 = time.perf_counter()
    chosen = assign_arrays(
        n_peers, capacity, edges.peer, edges.mentor, edges.score, workers=WORKERS
    )
    t2 = time.perf_counter()
    sampler.__exit__()
    greedy = greedy_arrays(n_peers, capacity, edges.peer, edges.mentor, edges.score)

    keys = edges.peer * n_mentors + edges.mentor
    order = np.argsort(keys)

    def quality(assignment):
        matched = np.flatnonzero(assignment >= 0)
        found = order[
            np.searchsorted(keys, matched * n_mentors + assignment[matched], sorter=order)
        ]
        return len(matched), float(edges.score[found].sum())

    solver_n, solver_total = quality(chosen)
    greedy_n, greedy_total = quality(greedy)
    row = {
        "size": name,
        "per_peer": per_peer, "peers": n_peers, "mentors": n_mentors, "edges": len(edges),
        "candidates_s": t1 - t0, "solve_s": t2 - t1, "pipeline_s": t2 - t0,
        "matched": solver_n, "total": solver_total,
        "greedy_matched": greedy_n, "greedy_total": greedy_total,
        "peak_mb": sampler.peak_kb / 1024,
    }  # fmt: skip
    if name in ("program", "regional"):
        row["lp_matched"], row["lp_total"] = lp_optimum(n_peers, capacity, edges)
    row.update(arrival_times(peers, mentors, tree, capacity, options, taxonomy, rng))
    return row


def arrival_times(peers, mentors, tree, capacity, options, taxonomy, rng) -> dict:
    """Top ten suggestions with explanations for 200 arriving peers, one at a time."""
    index = mentors_by_branch(mentors, tree)
    samples = []
    for i in rng.choice(len(peers), 200, replace=False).tolist():
        one = _row(peers, i)
        start = time.perf_counter()
        top = suggest(one, mentors, tree, capacity, options, top=10, by_branch=index)
        peer = decode(peers, i, "peer")
        for j, _score in top:
            ref.evaluate(peer, decode(mentors, j, "mentor"), taxonomy, year=YEAR)
        samples.append((time.perf_counter() - start) * 1000)
    return {
        "arrival_p50_ms": float(np.percentile(samples, 50)),
        "arrival_p95_ms": float(np.percentile(samples, 95)),
    }


def _row(enc: Encoded, i: int) -> Encoded:
    fields = {
        name: getattr(enc, name)[i : i + 1] for name in enc.__dataclass_fields__ if name != "ids"
    }
    return Encoded(ids=[], **fields)


def report(row: dict) -> None:
    greedy_share = 100 * row["greedy_total"] / row["total"] if row["total"] else 0.0
    line = (
        f"  {row['size']:<9} {row['peers']:>9,} × {row['mentors']:<8,} "
        f"({row['per_peer']} candidates per peer) edges {row['edges']:>11,}\n            "
        f"candidates+scoring {row['candidates_s']:6.2f} s  solve {row['solve_s']:6.2f} s  "
        f"pipeline {row['pipeline_s']:6.2f} s  peak {row['peak_mb'] / 1024:5.2f} GB\n"
        f"            solver: {row['matched']:,} matched, score {row['total']:,.1f}   "
        f"greedy: {row['greedy_matched']:,} matched, score {row['greedy_total']:,.1f} "
        f"({greedy_share:.2f}% of optimal)"
    )
    if "lp_total" in row:
        same = row["lp_matched"] == row["matched"] and abs(
            row["lp_total"] - row["total"]
        ) < 1e-6 * max(1, row["total"])
        verdict = "same optimum" if same else "DIFFERENT"
        line += (
            f"\n            LP check: {row['lp_matched']:,} matched, "
            f"score {row['lp_total']:,.1f} ({verdict})"
        )
    line += (
        "\n            one arriving peer, top 10 with explanations: "
        f"p50 {row['arrival_p50_ms']:.1f} ms, p95 {row['arrival_p95_ms']:.1f} ms"
    )
    print(line, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_size(args.one)))
        return
    print("Matching (each size in its own process):")
    for name in args.sizes.split(","):
        out = subprocess.run(  # noqa: S603 - our own script, our own arguments
            [sys.executable, __file__, "--one", name], capture_output=True, text=True, check=True
        )
        report(json.loads(out.stdout.strip().splitlines()[-1]))


if __name__ == "__main__":
    main()
