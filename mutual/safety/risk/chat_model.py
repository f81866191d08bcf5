"""The model for short messages: four levels from hashed words and letter groups.

The Reddit model (``model.py``) reads whole histories; chat messages are a dozen words, often
misspelt, in six languages. This model is trained on Mutual's own hand-written, labelled
peer-support messages (``data/risk/``, see ``docs/safety.md``) and reads:

- words and pairs of words of the normalised text ("took the", "the whole"), and
- groups of two to four letters inside each word, which survive typos ("sucidal"), word
  forms ("killing"), scripts without spaces (Chinese) and Vietnamese without tone marks.

All are hashed into ``BUCKETS`` buckets; each message is scaled to unit length; a
multinomial logistic regression gives a probability for each level. NumPy only at run time.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np

from mutual.safety.risk.lexicon import LEVELS, Level
from mutual.safety.risk.normalize import normalize
from mutual.safety.risk.rules import Hit, cues, rule_level, without_figures_of_speech

BUCKETS = 1 << 18
CHAT_MODEL_PATH = Path(__file__).with_name("chat_model.npz")
# Words, and symbols outside ASCII (emoji: 💊, 🔪). ASCII punctuation is left out: whether a
# writer ends sentences with full stops says how they type, not how they are, and a model
# that learnt it from one set of writers misjudged the next.
_WORD = re.compile(r"\w+|[^\w\s\x00-\x7f]")
# What the rules found, as extra features: their level, and whether a phrase was denied,
# in the past, a story of recovery, a question, or about someone else.
RULE_CONTEXTS = ("negated", "past", "recovery story", "question", "someone else")
RULE_FEATURES = len(LEVELS) + len(RULE_CONTEXTS)


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def chat_counts(text: str) -> Counter[int]:
    """Hashed features of one message, figures of speech removed (module docstring)."""
    words = _WORD.findall(without_figures_of_speech(normalize(text), cues()))
    features: list[str] = [f"w:{w}" for w in words]
    features += [f"b:{a} {b}" for a, b in pairwise(words)]
    for word in words:
        padded = f" {word} "
        for n in (2, 3, 4):
            features += [f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1)]
    return Counter(_hash(f) for f in features)


def rule_features(hits: Sequence[Hit]) -> np.ndarray:
    values = np.zeros(RULE_FEATURES)
    values[LEVELS.index(rule_level(hits))] = 1.0
    for i, context in enumerate(RULE_CONTEXTS):
        values[len(LEVELS) + i] = float(any(h.context == context for h in hits))
    return values


def unit_values(counts: Counter[int]) -> tuple[np.ndarray, np.ndarray]:
    keys = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    return keys, values / math.sqrt(float(values @ values))


@dataclass(frozen=True)
class ChatModel:
    weights: np.ndarray  # BUCKETS × 4 levels
    rule_weights: np.ndarray  # RULE_FEATURES × 4
    bias: np.ndarray  # 4
    # Chosen on the validation messages (train_chat.py): how much to trust "none" before flagging,
    # and how likely "imminent" must be to say so rather than elevated.
    none_scale: float = 1.0
    imminent_from: float = 0.5

    def probabilities(self, text: str, hits: Sequence[Hit]) -> np.ndarray:
        z = self.bias + rule_features(hits) @ self.rule_weights
        counts = chat_counts(text)
        if counts:
            keys, values = unit_values(counts)
            z = z + values @ self.weights[keys]
        e = np.exp(z - z.max())
        return e / e.sum()

    def decide(self, p: np.ndarray) -> Level:
        adjusted = p.copy()
        adjusted[0] *= self.none_scale
        index = int(adjusted.argmax())
        if index == 2 and p[3] >= self.imminent_from:
            index = 3
        return LEVELS[index]

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            rule_weights=self.rule_weights,
            bias=self.bias,
            tuning=np.array([self.none_scale, self.imminent_from]),
        )

    @classmethod
    def load(cls, path: Path) -> ChatModel:
        with np.load(path) as data:
            tuning = data["tuning"]
            return cls(
                weights=data["weights"].astype(np.float32),
                rule_weights=data["rule_weights"],
                bias=data["bias"],
                none_scale=float(tuning[0]),
                imminent_from=float(tuning[1]),
            )


@cache
def shipped_chat_model() -> ChatModel:
    return ChatModel.load(CHAT_MODEL_PATH)
