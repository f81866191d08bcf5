"""The trained half of risk detection: a small linear model shipped as ``model.npz``.

Logistic regression over the features of ``features.py`` (TF-IDF of hashed words with
sublinear term frequency, each text scaled to unit length, plus the scaled hand-made rates).
It is trained offline by ``train.py`` on the clinician-labelled Reddit C-SSRS development
data; at run time only NumPy is needed and nothing is downloaded. The file is a few hundred
kilobytes: two arrays of ``BUCKETS`` floats, mostly zeros, compressed.

``probability`` is the chance the writer is at risk (ideation, behaviour or an attempt, in the
C-SSRS sense), calibrated on long writing; ``thresholds`` turn it into levels and were chosen
by cross-validation (see ``train.py`` and ``docs/safety.md``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from mutual.safety.risk.features import bucket_counts, hand_features

MODEL_PATH = Path(__file__).with_name("model.npz")


@dataclass(frozen=True)
class LinearModel:
    idf: np.ndarray  # per bucket; 0 for buckets too rare in training to be kept
    word_weights: np.ndarray  # per bucket
    hand_mean: np.ndarray
    hand_scale: np.ndarray
    hand_weights: np.ndarray  # already multiplied by the hand-feature factor
    intercept: float
    # Probability at which a long text counts as concern, elevated, imminent.
    thresholds: tuple[float, float, float]

    def logit(self, text: str) -> float:
        counts = bucket_counts(text)
        total = 0.0
        if counts:
            keys = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            values = self.idf[keys] * tf
            norm = math.sqrt(float(values @ values))
            if norm > 0:
                total = float(self.word_weights[keys] @ values) / norm
        scaled = (hand_features(text) - self.hand_mean) / self.hand_scale
        return total + float(scaled @ self.hand_weights) + self.intercept

    def probability(self, text: str) -> float:
        z = self.logit(text)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            idf=self.idf.astype(np.float32),
            word_weights=self.word_weights.astype(np.float32),
            hand_mean=self.hand_mean,
            hand_scale=self.hand_scale,
            hand_weights=self.hand_weights,
            intercept=np.array([self.intercept]),
            thresholds=np.array(self.thresholds),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path) as data:
            t = data["thresholds"]
            return cls(
                idf=data["idf"].astype(np.float64),
                word_weights=data["word_weights"].astype(np.float64),
                hand_mean=data["hand_mean"],
                hand_scale=data["hand_scale"],
                hand_weights=data["hand_weights"],
                intercept=float(data["intercept"][0]),
                thresholds=(float(t[0]), float(t[1]), float(t[2])),
            )


@cache
def shipped_model() -> LinearModel:
    return LinearModel.load(MODEL_PATH)
