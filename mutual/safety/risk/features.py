"""What the trained model sees in a text: hashed words, who they are about, and a few counts.

Three things separate someone at risk from someone supporting them in the clinicians' labels
of the Reddit C-SSRS data (``docs/safety.md``): the words, whether they are said about
oneself ("I can't do this") or to someone else ("you can get through this"), and how much of
the writing is about oneself at all. So the features are

- every word, hashed into ``BUCKETS`` buckets (no vocabulary file to ship or keep in step);
- the same words again, marked, when their sentence speaks of "I/me/my" and not "you";
- a handful of rates: first-person and second-person words, their ratio, and words from
  small groups (suicide, death, methods, attempts, self-harm, hopelessness, support phrases,
  treatment), each as a count and a rate.

Hashing uses CRC-32, which is the same on every machine and Python version (``hash()`` is
salted per process and would break a shipped model).
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter

import numpy as np

BUCKETS = 1 << 18
_SENTENCE = re.compile(r"[.!?\n]+|\bbut\b")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_FIRST = re.compile(r"\b(?:i|i'm|im|me|my|myself|mine|i've|ive|i'd|i'll)\b")
_SECOND = re.compile(r"\b(?:you|your|you're|youre|yourself|u)\b")
_GROUPS = {
    "suicide": r"suicid\w*|kill(?:ing)? my ?self|end (?:my|it all)|end my life"
    r"|take my (?:own )?life|kms|want(?:ed)? to die|wanna die|better off dead"
    r"|not wake up|no reason to live",
    "death": r"\bdie\b|\bdead\b|\bdeath\b|\bdying\b",
    "method": r"pills?|overdos\w*|\bod\b|rope|hang\w*|jump\w*|bridge|gun|razor|blade|slit|wrists?"
    r"|noose|cliff|train",
    "attempt": r"attempt\w*|tried to (?:kill|end)|hospital\w*|\ber\b|psych ward|survived",
    "self_harm": r"\bcut(?:ting|s)?\b|self[- ]?harm\w*|\bsh\b|scars?|burn(?:ing)? myself",
    "plan": r"\bplan\w*|\bnote\b|tonight|goodbye|letter|will\b",
    "hopeless": r"hopeless|worthless|no point|pointless|burden|alone|nobody|no one cares"
    r"|can't go on|give up",
    "support": r"\bsounds like\b|\bi'm sorry\b|\bhope you\b|\bhere for you\b|\byou can\b"
    r"|\bhave you\b|\bare you\b|\bfeel free\b|\bpm me\b|\bhotline\b",
    "treatment": r"depress\w*|anxi\w*|therap\w*|meds|medication|antidepress\w*",
}
_GROUP_PATTERNS = [re.compile(p) for p in _GROUPS.values()]
HAND_FEATURES = 4 + 2 * len(_GROUPS)


def _lower(text: str) -> str:
    return text.lower().replace("\u2019", "'")


def tokens(text: str) -> list[str]:
    """Words, plus each word of a sentence about oneself again with an ``I_`` mark."""
    out: list[str] = []
    for sentence in _SENTENCE.split(_lower(text)):
        words = _TOKEN.findall(sentence)
        if not words:
            continue
        out.extend(words)
        if _FIRST.search(sentence) and not _SECOND.search(sentence):
            out.extend("I_" + w for w in words)
    return out


def bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & (BUCKETS - 1)


def bucket_counts(text: str) -> Counter[int]:
    return Counter(bucket(t) for t in tokens(text))


def hand_features(text: str) -> np.ndarray:
    """The rates described in the module docstring, unscaled."""
    lower = _lower(text)
    words = max(1, len(lower.split()))
    first = len(_FIRST.findall(lower))
    second = len(_SECOND.findall(lower))
    values = [
        math.log1p(words),
        first / words * 10,
        second / words * 10,
        (first + 1) / (second + 1),
    ]
    for pattern in _GROUP_PATTERNS:
        count = len(pattern.findall(lower))
        values += [math.log1p(count), count / words * 100]
    return np.array(values, dtype=np.float64)
