"""How the detector combines the rules, the short-message model and the Reddit model."""

from __future__ import annotations

import numpy as np

from mutual.safety.risk import LEVELS, classify
from mutual.safety.risk.chat_model import BUCKETS as CHAT_BUCKETS
from mutual.safety.risk.chat_model import RULE_FEATURES, ChatModel, shipped_chat_model
from mutual.safety.risk.features import BUCKETS, HAND_FEATURES
from mutual.safety.risk.model import LinearModel, shipped_model

THRESHOLDS = (0.3, 0.5, 0.9)


def reddit_model(intercept: float) -> LinearModel:
    """A model that says the same probability for everything (sigmoid of ``intercept``)."""
    return LinearModel(
        idf=np.zeros(BUCKETS),
        word_weights=np.zeros(BUCKETS),
        hand_mean=np.zeros(HAND_FEATURES),
        hand_scale=np.ones(HAND_FEATURES),
        hand_weights=np.zeros(HAND_FEATURES),
        intercept=intercept,
        thresholds=THRESHOLDS,
    )


def chat_model_saying(level: str) -> ChatModel:
    bias = np.full(4, -5.0)
    bias[LEVELS.index(level)] = 5.0
    return ChatModel(np.zeros((CHAT_BUCKETS, 4)), np.zeros((RULE_FEATURES, 4)), bias)


LONG_CALM = " ".join(["we went for a walk and talked about the garden and the weather"] * 30)


def test_a_short_message_keeps_the_rules_level_when_the_model_sees_nothing() -> None:
    result = classify("i want to die", model=reddit_model(-10), chat=chat_model_saying("none"))

    assert result.level == "elevated"


def test_the_short_message_model_can_flag_what_the_rules_miss() -> None:
    result = classify(
        "grandmas quilt goes to my sister now",
        model=reddit_model(-10),
        chat=chat_model_saying("imminent"),
    )

    assert result.level == "imminent"
    assert any("wording like that of messages labelled imminent" in r for r in result.reasons)


def test_long_writing_takes_its_level_from_the_reddit_model() -> None:
    worried = classify(LONG_CALM, model=reddit_model(10), chat=chat_model_saying("none"))
    calm = classify(LONG_CALM, model=reddit_model(-10), chat=chat_model_saying("none"))

    assert (worried.level, calm.level) == ("imminent", "none")
    assert any("overall wording" in r for r in worried.reasons)


def test_a_plan_in_long_writing_is_never_averaged_below_elevated() -> None:
    text = LONG_CALM + " i have sorted out who gets the dog"

    result = classify(text, model=reddit_model(-10), chat=chat_model_saying("none"))

    assert result.level == "elevated"


def test_the_score_lies_in_the_band_of_the_level() -> None:
    edges = (0.0, *THRESHOLDS, 1.0)
    for text in ("hello", "i feel hopeless", "i want to die", "the pills are lined up"):
        result = classify(text, model=reddit_model(0), chat=chat_model_saying("none"))
        i = LEVELS.index(result.level)
        assert edges[i] <= result.score <= edges[i + 1], text


def test_the_shipped_models_load_and_give_probabilities() -> None:
    p = shipped_chat_model().probabilities("see you thursday", [])
    reddit = shipped_model().probability("I have been feeling low")

    assert abs(float(p.sum()) - 1.0) < 1e-6
    assert 0.0 <= reddit <= 1.0
    assert len(shipped_model().thresholds) == 3


def test_a_saved_model_loads_back_the_same(tmp_path) -> None:
    model = reddit_model(1.5)
    path = tmp_path / "model.npz"

    model.save(path)
    again = LinearModel.load(path)

    assert again.intercept == 1.5 and again.thresholds == THRESHOLDS
    assert again.probability("anything at all") == model.probability("anything at all")
