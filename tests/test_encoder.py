"""The event typer's sentence encoder (all-MiniLM-L6-v2 run in numpy) and its learnt reader."""

from __future__ import annotations

import numpy as np
import pytest

from wirewatch.stages.events import learnt
from wirewatch.stages.events.encoder import available, encoder
from wirewatch.stages.events.typing import rank


@pytest.fixture
def no_learnt_model():
    learnt.use(None)
    yield
    learnt.use(learnt.model())


def test_the_encoder_is_installed_by_the_quickstart() -> None:
    assert available(), "scripts/install installs requirements/encoder.txt"


def test_the_numpy_encoder_reproduces_the_reference_implementation() -> None:
    # computed once from the same model files by sentence-transformers 6.2.0 on torch 2.13 (CPU), in a separate
    # environment; a wrong layer, pooling or padding moves these by tenths
    food, bread, baby, protest = encoder()(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "A baby cries.",
            "Police fired tear gas at protesters in Ouagadougou on Friday.",
        ]
    )
    assert food @ bread == pytest.approx(0.75534, abs=1e-4)
    assert food @ baby == pytest.approx(0.03296, abs=1e-4)
    assert protest[:6] == pytest.approx([-0.0068, 0.1120, -0.0122, 0.0276, 0.0383, -0.0049], abs=1e-4)
    assert np.linalg.norm(protest) == pytest.approx(1.0, abs=1e-5)


def test_batching_by_length_gives_each_text_its_own_embedding() -> None:
    texts = ["Troops shelled the town.", "Protesters marched peacefully through the capital on Friday morning."]
    together = encoder()(texts)
    alone = np.vstack([encoder()([t]) for t in texts])
    assert np.abs(together - alone).max() < 1e-4


def test_softmax_learns_a_separable_problem() -> None:
    rng = np.random.default_rng(1)
    x = np.vstack([rng.normal(1, 0.3, (20, 4)), rng.normal(-1, 0.3, (20, 4))])
    model = learnt.Softmax.fit(x, ["up"] * 20 + ["down"] * 20, epochs=200)
    best = model.probabilities(np.array([[1, 1, 1, 1.0], [-1, -1, -1, -1.0]])).argmax(axis=1)
    assert [model.classes[i] for i in best] == ["up", "down"]


def test_the_shipped_model_knows_every_sub_event_type() -> None:
    model = learnt.model()
    assert model is not None and len(model.classes) == 30 and model.weights.shape == (384, 30)


def test_protest_sub_types_are_told_apart() -> None:
    cases = {
        "Police fired tear gas and detained students marching on parliament.": "Protest with intervention",
        "Security forces opened fire on peaceful marchers, killing four of them.": "Excessive force against protesters",
        "Rioters torched a police station and burned tyres on the main road after the arrest.": "Violent demonstration",
    }
    for text, sub_event in cases.items():
        assert rank(text)[0][0].name == sub_event, text


def test_without_the_encoder_the_cues_and_naive_bayes_still_type(no_learnt_model) -> None:
    assert rank("An airstrike hit a market in the town, killing nine people.")[0][0].name == "Air/drone strike"
