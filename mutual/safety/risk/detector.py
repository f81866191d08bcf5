"""Text in, risk out: the rules and the models combined into one level, score and reasons.

How the parts are combined, and why:

- **Short writing** (under ``SHORT_WORDS`` words: a chat message, most session notes): the
  rules and the short-message model (``chat_model.py``, trained on Mutual's labelled
  messages) decide together; the rules' level is a floor. The score sits in the level's band
  and orders messages of one level by the model's estimate.
- **Longer writing** (an intake story, a long history): the score is the long-writing model's
  estimate (``model.py``, trained on the clinicians' Reddit data), which is what ranks best
  there; its thresholds give the level. The rules set a floor — in full up to about 145
  words, and beyond that only a plan, means or goodbye, which lifts the level to elevated —
  so a plan is never averaged away, but a remembered or quoted phrase in a long history does
  not decide it.

Reasons quote the writer's own words, or name the words that weighed most for the model, so
a professional sees at a glance why something was flagged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mutual.safety.risk.chat_model import ChatModel, shipped_chat_model
from mutual.safety.risk.features import bucket, tokens
from mutual.safety.risk.lexicon import LEVELS, Level
from mutual.safety.risk.model import LinearModel, shipped_model
from mutual.safety.risk.rules import Hit, find_hits, rule_level

SHORT_WORDS = 40  # under this, the rules and the short-message model decide
LONG_WORDS = 250  # used to say how long "long" is for the rule floor (see _rule_floor)
FLOOR_FROM = 0.5  # from about 145 words only imminent phrases set a floor (see _rule_floor)


@dataclass(frozen=True)
class Assessment:
    level: Level
    score: float
    reasons: list[str] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)

    @property
    def at_risk(self) -> bool:
        """Elevated or imminent: someone should look now."""
        return LEVELS.index(self.level) >= LEVELS.index("elevated")


def _model_weight(words: int) -> float:
    if words <= SHORT_WORDS:
        return 0.0
    return min(1.0, (words - SHORT_WORDS) / (LONG_WORDS - SHORT_WORDS))


def _level_score(level: Level, thresholds: tuple[float, float, float], probability: float) -> float:
    """A score inside the band the model's thresholds give to ``level``.

    Within the band the model's probability orders messages of the same level (useful for
    sorting a queue), but it never moves a message out of its band: on short writing the
    rules decide the level.
    """
    edges = (0.0, *thresholds, 1.0)
    i = LEVELS.index(level)
    low, high = edges[i], edges[i + 1]
    return low + (high - low) * (0.25 + 0.5 * probability)


def _level_of(score: float, thresholds: tuple[float, float, float]) -> Level:
    return LEVELS[sum(score >= t for t in thresholds)]


def _model_reason(model: LinearModel, text: str, probability: float) -> str:
    """Name the few words that pushed the model's estimate up the most."""
    weights: dict[str, float] = {}
    for token in tokens(text):
        b = bucket(token)
        if model.idf[b] > 0:
            word = token.removeprefix("I_")
            weights[word] = weights.get(word, 0.0) + float(model.word_weights[b] * model.idf[b])
    top = [w for w, v in sorted(weights.items(), key=lambda kv: -kv[1]) if v > 0][:4]
    words = ", ".join(f'"{w}"' for w in top)
    return f"overall wording like that of people at risk ({probability:.0%}); words: {words}"


def classify(
    text: str,
    model: LinearModel | None = None,
    hits: list[Hit] | None = None,
    *,
    reported: bool = False,
    chat: ChatModel | None = None,
) -> Assessment:
    """Assess one piece of writing (any language the lexicons cover).

    ``reported``: someone writing about the person at risk (a mentor's session note), so
    "she said she has a plan" counts fully (see ``rules.find_hits``). ``model``, ``chat`` and
    ``hits`` are for evaluation, which tries many models on the same texts.
    """
    model = model or shipped_model()
    hits = find_hits(text, reported=reported) if hits is None else hits
    by_rules = rule_level(hits)
    reasons = [h.reason for h in hits if h.level != "none"]
    words = len(text.split())
    if words < SHORT_WORDS:
        level, at_risk = _short_level(chat or shipped_chat_model(), text, hits, by_rules, reasons)
        return Assessment(
            level, round(_level_score(level, model.thresholds, at_risk), 4), reasons, hits
        )
    # Longer writing: the score is the long-writing model's own estimate (it ranks best on
    # the clinicians' data); the rules can only lift the level, never lower the score.
    probability = model.probability(text)
    by_model = _level_of(probability, model.thresholds)
    level = max(by_model, _rule_floor(by_rules, _model_weight(words)), key=LEVELS.index)
    if LEVELS.index(by_model) > LEVELS.index(by_rules):
        reasons.append(_model_reason(model, text, probability))
    return Assessment(level, round(probability, 4), reasons, hits)


def _short_level(
    chat: ChatModel, text: str, hits: list[Hit], by_rules: Level, reasons: list[str]
) -> tuple[Level, float]:
    """The level of a message from the rules and the short-message model together.

    The model reads what the rules cannot list (new wordings, typos, other situations) and
    already knows what the rules found; the rules' own level is kept as a floor, because
    their phrases were written to be precise. Returns the level and the model's chance that
    the writer is at risk (elevated or imminent), used to order messages of one level.
    """
    p = chat.probabilities(text, hits)
    by_chat = chat.decide(p)
    level = max(by_rules, by_chat, key=LEVELS.index)
    if LEVELS.index(by_chat) > LEVELS.index(by_rules):
        reasons.append(
            f"wording like that of messages labelled {by_chat} ({p[LEVELS.index(by_chat)]:.0%})"
        )
    return level, float(p[2] + p[3])


def _rule_floor(by_rules: Level, weight: float) -> Level:
    """How far the rules alone can lift the level of longer writing.

    In a long text phrases are often quoted, remembered or said to someone else, and on the
    clinicians' Reddit data letting every phrase set the level flagged a quarter of the
    supporters. So from ``FLOOR_FROM`` of the model's weight on, only a plan, the means, an
    attempt or a goodbye counts, and it lifts the level to elevated (someone looks soon);
    the model decides the rest.
    """
    if weight < FLOOR_FROM:
        return by_rules
    return "elevated" if by_rules == "imminent" else "none"
