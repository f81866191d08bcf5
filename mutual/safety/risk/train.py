"""Train and evaluate the risk model on the Reddit C-SSRS development data (developers only).

Needs scikit-learn, which is in ``requirements-dev.txt`` and not needed to run Mutual:

    .venv/bin/python -m mutual.safety.risk.train ../shared/data/reddit-cssrs/dev.csv

writes ``model.npz`` beside this file and prints cross-validated figures. ``make bench``
prints the same figures (``bench/risk.py``) without writing anything.

Each row is one Reddit user, labelled by clinicians on five levels (Supportive, Indicator,
Ideation, Behavior, Attempt); their posts are joined with blank lines into one text.
"At risk" means Ideation, Behavior or Attempt, as in the data set's own evaluation.
"""

from __future__ import annotations

import ast
import csv
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from scipy import sparse

from mutual.safety.risk.features import BUCKETS, bucket_counts, hand_features
from mutual.safety.risk.model import MODEL_PATH, LinearModel

LABELS = ("Supportive", "Indicator", "Ideation", "Behavior", "Attempt")
# C-SSRS label → Mutual level index (none, concern, elevated, imminent).
LABEL_LEVEL = (0, 1, 2, 3, 3)
MIN_DF = 3  # a word must appear in this many training texts to be kept
C = 3.0  # inverse regularisation strength, chosen by cross-validation
HAND_FACTOR = 0.3  # weight of the hand-made rates beside the words
TARGET_RECALL = 0.87  # the model alone keeps this share of at-risk writers; the rules add more


@dataclass(frozen=True)
class Dataset:
    texts: list[str]
    labels: np.ndarray  # 0..4, index into LABELS

    @property
    def at_risk(self) -> np.ndarray:
        return (self.labels >= 2).astype(int)

    @property
    def levels(self) -> np.ndarray:
        return np.array([LABEL_LEVEL[i] for i in self.labels])


def _posts(raw: str) -> list[str]:
    """The posts of one user; a few rows are not valid Python literals, so keep the raw text."""
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return [raw]
    return [str(p) for p in value] if isinstance(value, list) else [str(value)]


def load(path: Path | str) -> Dataset:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    texts = ["\n\n".join(_posts(row["Post"])) for row in rows]
    labels = np.array([LABELS.index(row["Label"]) for row in rows])
    return Dataset(texts, labels)


def _word_matrix(counts: Sequence[Counter[int]], idf: np.ndarray) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, c in enumerate(counts):
        keys = np.fromiter(c.keys(), dtype=np.int64, count=len(c))
        tf = 1.0 + np.log(np.fromiter(c.values(), dtype=np.float64, count=len(c)))
        v = idf[keys] * tf
        norm = np.sqrt(v @ v)
        keep = v > 0
        rows.append(np.full(int(keep.sum()), i))
        cols.append(keys[keep])
        vals.append(v[keep] / norm if norm > 0 else v[keep])
    return sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(counts), BUCKETS),
    )


def fit(
    texts: Sequence[str],
    at_risk: np.ndarray,
    counts: Sequence[Counter[int]] | None = None,
    hand: np.ndarray | None = None,
) -> LinearModel:
    """Fit the model; ``counts``/``hand`` may be passed in precomputed (cross-validation)."""
    from sklearn.linear_model import LogisticRegression

    counts = counts if counts is not None else [bucket_counts(t) for t in texts]
    hand = hand if hand is not None else np.array([hand_features(t) for t in texts])
    df = np.zeros(BUCKETS)
    for c in counts:
        df[np.fromiter(c.keys(), dtype=np.int64, count=len(c))] += 1
    n = len(counts)
    idf = np.where(df >= MIN_DF, np.log((1 + n) / (1 + df)) + 1, 0.0)
    mean = hand.mean(axis=0)
    scale = hand.std(axis=0)
    scale[scale == 0] = 1.0
    x = sparse.hstack(
        [_word_matrix(counts, idf), sparse.csr_matrix((hand - mean) / scale * HAND_FACTOR)]
    ).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, at_risk)
    coef = clf.coef_[0]
    return LinearModel(
        idf=idf,
        word_weights=coef[:BUCKETS],
        hand_mean=mean,
        hand_scale=scale,
        hand_weights=coef[BUCKETS:] * HAND_FACTOR,
        intercept=float(clf.intercept_[0]),
        thresholds=(0.0, 0.5, 1.0),
    )


@dataclass(frozen=True)
class Prepared:
    """A data set with its features worked out once (cross-validation reuses them)."""

    data: Dataset
    counts: list[Counter[int]]
    hand: np.ndarray

    @classmethod
    def of(cls, data: Dataset) -> Prepared:
        counts = [bucket_counts(t) for t in data.texts]
        return cls(data, counts, np.array([hand_features(t) for t in data.texts]))

    def subset(self, index: Sequence[int]) -> Prepared:
        data = Dataset([self.data.texts[i] for i in index], self.data.labels[list(index)])
        return Prepared(data, [self.counts[i] for i in index], self.hand[list(index)])


def out_of_fold(prepared: Prepared, folds: int = 5, repeats: int = 3, seed: int = 0) -> np.ndarray:
    """Out-of-fold probabilities, one row per repeat (stratified by the five labels)."""
    from sklearn.model_selection import StratifiedKFold

    data = prepared.data
    result = np.zeros((repeats, len(data.texts)))
    for r in range(repeats):
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed + r)
        for train, test in splitter.split(prepared.hand, data.labels):
            part = prepared.subset(train)
            model = fit(part.data.texts, part.data.at_risk, part.counts, part.hand)
            result[r, test] = [model.probability(data.texts[i]) for i in test]
    return result


def fit_with_thresholds(prepared: Prepared, folds: int = 5, repeats: int = 3) -> LinearModel:
    """Fit on everything, with thresholds chosen from this data's own out-of-fold estimates."""
    thresholds = choose_thresholds(out_of_fold(prepared, folds, repeats), prepared.data)
    data = prepared.data
    model = fit(data.texts, data.at_risk, prepared.counts, prepared.hand)
    return replace(model, thresholds=thresholds)


def choose_thresholds(prob: np.ndarray, data: Dataset) -> tuple[float, float, float]:
    """Concern / elevated / imminent cut-offs from out-of-fold probabilities.

    Elevated (the operating threshold) is the highest cut-off that still keeps
    ``TARGET_RECALL`` of at-risk writers; concern and imminent are then chosen for the best
    agreement with the clinicians' levels.
    """
    pooled = prob.ravel()
    risk = np.tile(data.at_risk, prob.shape[0])
    levels = np.tile(data.levels, prob.shape[0])
    at_risk_scores = np.sort(pooled[risk == 1])
    elevated = float(at_risk_scores[int(np.floor((1 - TARGET_RECALL) * len(at_risk_scores)))])
    best = (-1.0, 0.0, 1.0)
    grid = np.unique(np.quantile(pooled, np.linspace(0, 1, 101)))
    for concern in grid[grid < elevated]:
        for imminent in grid[grid > elevated]:
            predicted = np.digitize(pooled, [concern, elevated, imminent])
            accuracy = float((predicted == levels).mean())
            if accuracy > best[0]:
                best = (accuracy, float(concern), float(imminent))
    return (best[1], elevated, best[2])


def main(argv: Sequence[str]) -> None:
    path = argv[1] if len(argv) > 1 else "../shared/data/reddit-cssrs/dev.csv"
    model = fit_with_thresholds(Prepared.of(load(path)))
    model.save(MODEL_PATH)
    shown = ", ".join(f"{t:.3f}" for t in model.thresholds)
    print(f"wrote {MODEL_PATH} (thresholds {shown})")


if __name__ == "__main__":
    main(sys.argv)
