"""The detector on Mutual's held-back labelled chat messages (tests/data/risk_chat_test.jsonl).

These messages were written apart from the rules and the training messages and are never
used to tune either, so this is the honest check of how the detector does on new wording in
six languages. The floors below are what it achieves today (docs/safety.md has the figures
and the targets); a change that makes it worse fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mutual.safety.risk import LEVELS, classify

DATA = Path(__file__).parent / "data" / "risk_chat_test.jsonl"


@pytest.fixture(scope="module")
def results() -> list[tuple[int, int]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return [(LEVELS.index(r["level"]), LEVELS.index(classify(r["text"]).level)) for r in rows]


def test_imminent_messages_are_flagged_at_least_elevated(results) -> None:
    got = [g for want, g in results if want == 3]
    assert sum(g >= 2 for g in got) / len(got) >= 0.95


def test_imminent_messages_are_mostly_flagged_imminent(results) -> None:
    got = [g for want, g in results if want == 3]
    assert sum(g == 3 for g in got) / len(got) >= 0.95


def test_few_ordinary_messages_are_flagged(results) -> None:
    got = [g for want, g in results if want == 0]
    assert sum(g > 0 for g in got) / len(got) <= 0.10


def test_most_messages_get_their_exact_level(results) -> None:
    assert sum(want == got for want, got in results) / len(results) >= 0.85
