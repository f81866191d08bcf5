"""The array scorer gives the same scores and the same yes/no as the reference scorer."""

from __future__ import annotations

import random

import numpy as np
import pytest

from mutual.matching import score as ref
from mutual.matching.vector import prepare, score_pairs
from tests.matching_profiles import TAXONOMY, random_profile

YEAR = 2026


@pytest.mark.parametrize("seed", range(5))
def test_array_scores_agree_with_the_reference_for_random_pairs(seed: int) -> None:
    rng = random.Random(seed)
    peers = [random_profile(rng, f"p{i}", peer=True) for i in range(40)]
    mentors = [random_profile(rng, f"m{i}", peer=False) for i in range(30)]
    encoded_peers, encoded_mentors, tree = prepare(peers, mentors, TAXONOMY)
    pi = np.repeat(np.arange(len(peers)), len(mentors))
    mi = np.tile(np.arange(len(mentors)), len(peers))

    scored = score_pairs(encoded_peers, encoded_mentors, tree, pi, mi, year=YEAR)

    expected = [
        ref.evaluate(peers[p], mentors[m], TAXONOMY, year=YEAR) for p, m in zip(pi, mi, strict=True)
    ]
    assert np.allclose(scored.score, [b.score for b in expected], atol=1e-9)
    assert scored.feasible.tolist() == [b.feasible for b in expected]


def test_random_pairs_cover_both_feasible_and_blocked_pairs() -> None:
    # Guards the test above: it must see both answers, or agreement proves little.
    rng = random.Random(0)
    peers = [random_profile(rng, f"p{i}", peer=True) for i in range(40)]
    mentors = [random_profile(rng, f"m{i}", peer=False) for i in range(30)]
    outcomes = {ref.evaluate(p, m, TAXONOMY, year=YEAR).feasible for p in peers for m in mentors}
    assert outcomes == {True, False}
