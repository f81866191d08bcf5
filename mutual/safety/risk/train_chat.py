"""Train the short-message model on Mutual's labelled chat messages (developers only).

    .venv/bin/python -m mutual.safety.risk.train_chat

reads ``data/risk/chat_train_*.jsonl`` and ``tests/data/risk_chat_dev.jsonl`` (never the test
set), chooses the regularisation and the two decision settings by 5-fold cross-validation,
then fits on everything and writes ``chat_model.npz``. Needs scikit-learn.

The decision settings are chosen for the product's priorities, in this order: flag at most
``ORDINARY_FLAGGED`` of ordinary messages; then flag as many imminent messages as possible at
least elevated; then as many as possible imminent.

Mentors' session notes in ``chat_train_en_b.jsonl`` (enB-0001…0227) are labelled with the
risk of the peer they describe; chat messages about someone else are labelled concern. The
two conventions disagree, so those notes are left out here: notes are read by the rules with
``reported=True`` instead (``rules.find_hits``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from mutual.safety.risk.chat_model import (
    BUCKETS,
    CHAT_MODEL_PATH,
    ChatModel,
    chat_counts,
    rule_features,
    unit_values,
)
from mutual.safety.risk.lexicon import LEVELS
from mutual.safety.risk.rules import find_hits

REPO = Path(__file__).resolve().parents[3]
ORDINARY_FLAGGED = 0.07
C_CHOICES = (10.0, 30.0)
RULE_WEIGHT = 1.0


def _mentor_note(record: dict[str, str]) -> bool:
    ident = record["id"]
    return ident.startswith("enB-") and int(ident[4:]) <= 227


def load_training() -> list[dict[str, str]]:
    files = sorted((REPO / "data" / "risk").glob("chat_train_*.jsonl"))
    files.append(REPO / "tests" / "data" / "risk_chat_dev.jsonl")
    records = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if not _mentor_note(record):
                    records.append(record)
    return records


def matrix(texts: Sequence[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        counts = chat_counts(text)
        if not counts:
            continue
        keys, values = unit_values(counts)
        rows.append(np.full(len(keys), i))
        cols.append(keys)
        vals.append(values)
    words = sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(texts), BUCKETS),
    )
    rules = np.array([rule_features(find_hits(t)) for t in texts]) * RULE_WEIGHT
    return sparse.hstack([words, sparse.csr_matrix(rules)]).tocsr()


def _fit(x: sparse.csr_matrix, y: np.ndarray, c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000).fit(x, y)


def out_of_fold(x: sparse.csr_matrix, y: np.ndarray, c: float) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    p = np.zeros((len(y), len(LEVELS)))
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(x, y):
        p[test] = _fit(x[train], y[train], c).predict_proba(x[test])
    return p


def _score(model: ChatModel, p: np.ndarray, y: np.ndarray) -> tuple[bool, float, float]:
    got = np.array([LEVELS.index(model.decide(row)) for row in p])
    ordinary_ok = float(np.mean(got[y == 0] > 0)) <= ORDINARY_FLAGGED
    return ordinary_ok, float(np.mean(got[y == 3] >= 2)), float(np.mean(got[y == 3] == 3))


def tune(p: np.ndarray, y: np.ndarray) -> tuple[float, float, tuple[bool, float, float]]:
    empty = np.zeros((1, len(LEVELS)))
    best: tuple[float, float, tuple[bool, float, float]] | None = None
    for none_scale in np.linspace(0.3, 4.0, 38):
        for imminent_from in np.linspace(0.15, 0.6, 10):
            model = ChatModel(empty, empty, empty[0], float(none_scale), float(imminent_from))
            result = _score(model, p, y)
            if best is None or result > best[2]:
                best = (float(none_scale), float(imminent_from), result)
    assert best is not None
    return best


def main(argv: Sequence[str]) -> None:
    records = load_training()
    y = np.array([LEVELS.index(r["level"]) for r in records])
    x = matrix([r["text"] for r in records])
    results = {}
    for c in C_CHOICES:
        p = out_of_fold(x, y, c)
        results[c] = tune(p, y)
        ok, at_least, exact = results[c][2]
        print(
            f"C={c}: ordinary within limit {ok}; imminent ≥ elevated {at_least:.3f}, = {exact:.3f}"
        )
    c = max(results, key=lambda k: results[k][2])
    none_scale, imminent_from, _ = results[c]
    clf = _fit(x, y, c)
    weights = clf.coef_.T  # features × levels
    model = ChatModel(
        weights=weights[:BUCKETS],
        rule_weights=weights[BUCKETS:] * RULE_WEIGHT,
        bias=clf.intercept_,
        none_scale=none_scale,
        imminent_from=imminent_from,
    )
    model.save(CHAT_MODEL_PATH)
    print(
        f"wrote {CHAT_MODEL_PATH} from {len(records)} messages "
        f"(C={c}, none×{none_scale:.2f}, imminent from {imminent_from:.2f})"
    )


if __name__ == "__main__":
    main(sys.argv)
