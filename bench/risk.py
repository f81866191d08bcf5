"""`make bench`: how well risk detection works, and how fast. Printed, never asserted.

1. Reddit C-SSRS development data (clinician-labelled, 248 users; its README explains it),
   with repeated stratified cross-validation: in each fold the model is trained on the other
   folds (thresholds too, by an inner cross-validation) and the whole detector (rules +
   model) assesses the held-out users. Printed: AUC for at-risk (Ideation, Behavior,
   Attempt) against not (Supportive, Indicator); recall and precision at the operating
   threshold (level elevated or imminent); accuracy on the levels (Supportive → none,
   Indicator → concern, Ideation → elevated, Behavior/Attempt → imminent) and within one
   level. For comparison, the plain TF-IDF + logistic regression baseline on the same folds.
2. Mutual's own labelled chat messages in six languages, two sets never trained on
   (tests/data/risk_chat_test.jsonl and data/risk/valid/chat_valid.jsonl, each written by a
   different writer): imminent ones flagged at least elevated and flagged imminent, ordinary
   ones flagged above none, exact level, per language.
3. Throughput on one core: short chat messages per second, and long texts per second.

Usage: python bench/risk.py [--data ../shared/data/reddit-cssrs/dev.csv] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mutual.safety.risk import LEVELS, classify  # noqa: E402
from mutual.safety.risk.rules import find_hits  # noqa: E402
from mutual.safety.risk.train import (  # noqa: E402
    LABEL_LEVEL,
    Prepared,
    fit_with_thresholds,
    load,
)

CHAT = REPO / "tests" / "data" / "risk_chat_test.jsonl"
# Written apart from the training messages by another writer, never trained on (its README).
VALID = REPO / "data" / "risk" / "valid" / "chat_valid.jsonl"


def baseline_auc(texts: list[str], at_risk: np.ndarray, train, test) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    vec = TfidfVectorizer()
    x = vec.fit_transform([texts[i] for i in train])
    clf = LogisticRegression(max_iter=2000).fit(x, at_risk[train])
    scores = clf.decision_function(vec.transform([texts[i] for i in test]))
    return float(roc_auc_score(at_risk[test], scores))


def reddit(path: str, repeats: int) -> None:
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import StratifiedKFold

    data = load(path)
    prepared = Prepared.of(data)
    hits = [find_hits(t) for t in data.texts]
    levels = data.levels
    rows = []
    started = time.perf_counter()
    for repeat in range(repeats):
        splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=repeat)
        score = np.zeros(len(data.texts))
        level = np.zeros(len(data.texts), dtype=int)
        probability = np.zeros(len(data.texts))
        base = []
        for train, test in splitter.split(prepared.hand, data.labels):
            model = fit_with_thresholds(prepared.subset(train), folds=3, repeats=1)
            for i in test:
                result = classify(data.texts[i], model=model, hits=hits[i])
                score[i] = result.score
                level[i] = LEVELS.index(result.level)
                probability[i] = model.probability(data.texts[i])
            base.append(baseline_auc(data.texts, data.at_risk, train, test))
        flagged = level >= 2
        truth = data.at_risk == 1
        rows.append(
            {
                "auc": roc_auc_score(truth, score),
                "auc_model": roc_auc_score(truth, probability),
                "auc_baseline": statistics.mean(base),
                "recall": (flagged & truth).sum() / truth.sum(),
                "precision": (flagged & truth).sum() / max(1, flagged.sum()),
                "accuracy": (level == levels).mean(),
                "within_one": (np.abs(level - levels) <= 1).mean(),
            }
        )
    elapsed = time.perf_counter() - started

    def show(key: str) -> str:
        values = [r[key] for r in rows]
        return (
            f"{statistics.mean(values):.3f} (each repeat: {', '.join(f'{v:.3f}' for v in values)})"
        )

    counts = {
        name: int((data.labels == i).sum())
        for i, name in enumerate(("Supportive", "Indicator", "Ideation", "Behavior", "Attempt"))
    }
    print(f"Reddit C-SSRS dev.csv: {len(data.texts)} users {counts}")
    print(f"  5-fold cross-validation x {repeats} repeats ({elapsed:.0f} s)")
    print(f"  AUC at-risk vs not, detector (rules + model): {show('auc')}")
    print(f"  AUC, model alone:                             {show('auc_model')}")
    print(f"  AUC, TF-IDF + logistic regression baseline:   {show('auc_baseline')}")
    print(f"  at the operating threshold (elevated or above): recall {show('recall')}")
    print(f"                                                  precision {show('precision')}")
    print(f"  level accuracy (5 labels on 4 levels): {show('accuracy')}")
    print(f"  within one level:                      {show('within_one')}")
    print(f"  label → level: {dict(zip(counts, (LEVELS[i] for i in LABEL_LEVEL), strict=True))}")


def chat(path: Path) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    results = [classify(r["text"]) for r in rows]
    got = [LEVELS.index(x.level) for x in results]
    want = [LEVELS.index(r["level"]) for r in rows]
    imminent = [g for g, w in zip(got, want, strict=True) if w == 3]
    ordinary = [g for g, w in zip(got, want, strict=True) if w == 0]
    print(f"\nChat messages ({path.relative_to(REPO)}): {len(rows)}")
    print(f"  imminent flagged at least elevated: {sum(g >= 2 for g in imminent)}/{len(imminent)}")
    print(
        f"  imminent flagged imminent:          {sum(g == 3 for g in imminent)}/{len(imminent)}"
        f" ({sum(g == 3 for g in imminent) / len(imminent):.0%})"
    )
    print(
        f"  ordinary flagged above none:        {sum(g > 0 for g in ordinary)}/{len(ordinary)}"
        f" ({sum(g > 0 for g in ordinary) / len(ordinary):.0%})"
    )
    pairs = list(zip(got, want, strict=True))
    exact = sum(g == w for g, w in pairs) / len(rows)
    within = sum(abs(g - w) <= 1 for g, w in pairs) / len(rows)
    print(f"  exact level: {exact:.0%}; within one: {within:.0%}")
    by_language: dict[str, list[bool]] = {}
    for r, g, w in zip(rows, got, want, strict=True):
        by_language.setdefault(r["language"], []).append(g == w)
    print(
        "  exact level by language: "
        + ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(by_language.items()))
    )
    return [r["text"] for r in rows]


def throughput(short: list[str], long: list[str]) -> None:
    classify("warm up: load the model and compile the patterns")
    messages = (short * (4000 // len(short) + 1))[:4000]
    started = time.perf_counter()
    for text in messages:
        classify(text)
    per_second = len(messages) / (time.perf_counter() - started)
    sample = long[:40]
    started = time.perf_counter()
    for text in sample:
        classify(text)
    long_rate = len(sample) / (time.perf_counter() - started)
    words = statistics.median(len(t.split()) for t in sample)
    print("\nThroughput (one core, one process):")
    print(f"  short chat messages: {per_second:,.0f} a second ({len(messages):,} messages)")
    print(f"  long texts (Reddit users, median {words:,.0f} words): {long_rate:.1f} a second")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(REPO.parent / "shared/data/reddit-cssrs/dev.csv"))
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print("Risk detection\n")
    if Path(args.data).exists():
        reddit(args.data, args.repeats)
        long = load(args.data).texts
    else:
        print(f"(no {args.data}: the Reddit figures need the C-SSRS development data)")
        long = []
    short = chat(CHAT)
    chat(VALID)
    throughput(short, long)


if __name__ == "__main__":
    main()
