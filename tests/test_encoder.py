"""The event typer's sentence encoder (all-MiniLM-L6-v2 run in numpy) and its learnt reader."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import numpy as np
import pytest

from wirewatch.stages.events import learnt
from wirewatch.stages.events.encoder import _model_dir, available, encoder
from wirewatch.stages.events.typing import rank

TEXTS = ["Troops shelled the town overnight.", "Protesters marched peacefully through the capital on Friday morning."]


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


@cache
def base_file() -> dict[str, np.ndarray]:
    """The model's weights as its file has them (matrices not transposed)."""
    from safetensors.numpy import load_file

    return load_file(str(_model_dir() / "model.safetensors"))


def layer(index: int) -> dict[str, np.ndarray]:
    return {n: a for n, a in base_file().items() if n.startswith(f"encoder.layer.{index}.")}


def test_tuned_layers_are_saved_in_float16_and_loaded_as_float32(tmp_path) -> None:
    rng = np.random.default_rng(0)
    tuned = {name: rng.normal(size=array.shape).astype(np.float32) for name, array in layer(5).items()}
    model = learnt.Softmax(["a", "b"], rng.normal(size=(384, 2)), np.zeros(2), "test", tuned)
    model.save(tmp_path / "model.npz")
    with np.load(tmp_path / "model.npz") as raw:
        assert {raw[learnt.TUNED_PREFIX + name].dtype for name in tuned} == {np.dtype(np.float16)}
    loaded = learnt.Softmax.load((tmp_path / "model.npz").read_bytes())
    assert loaded.classes == ["a", "b"] and loaded.trained_on == "test" and set(loaded.tuned) == set(tuned)
    for name, array in tuned.items():
        assert loaded.tuned[name].dtype == np.float32
        np.testing.assert_array_equal(loaded.tuned[name], array.astype(np.float16).astype(np.float32))
    np.testing.assert_allclose(loaded.weights, model.weights, rtol=1e-6)


def test_a_model_file_without_tuned_layers_still_loads(tmp_path) -> None:
    # written as the files were before tuned layers existed
    np.savez_compressed(
        tmp_path / "old.npz",
        classes=np.array(["a", "b"]),
        weights=np.ones((384, 2), np.float32),
        bias=np.zeros(2, np.float32),
        trained_on=np.array("old"),
    )
    old = learnt.Softmax.load((tmp_path / "old.npz").read_bytes())
    assert old.tuned == {} and old.trained_on == "old" and old.weights.shape == (384, 2)
    old.save(tmp_path / "again.npz")
    with np.load(tmp_path / "again.npz") as raw:
        assert sorted(raw.files) == ["bias", "classes", "trained_on", "weights"]


def test_the_base_weights_given_back_change_no_embedding() -> None:
    base = encoder()
    same = base.with_weights(layer(4) | layer(5))  # square matrices too: a missed transposition would show
    np.testing.assert_allclose(same(TEXTS), base(TEXTS), rtol=0, atol=1e-6)
    shared = "embeddings.word_embeddings.weight"
    assert same.weights[shared] is base.weights[shared] and same.tokenizer is base.tokenizer


def test_changed_weights_change_the_embeddings_and_leave_the_base_encoder_alone() -> None:
    base = encoder()
    before = base(TEXTS)
    name = "encoder.layer.5.attention.self.query.weight"
    rng = np.random.default_rng(0)
    tuned = base.with_weights({name: base_file()[name] + rng.normal(0, 0.05, (384, 384)).astype(np.float32)})
    assert np.abs(tuned(TEXTS) - before).max() > 1e-3
    np.testing.assert_array_equal(base(TEXTS), before)
    np.testing.assert_array_equal(base.weights[name + ".T"], base_file()[name].T)


def test_tuned_weights_must_name_and_fit_a_weight_of_the_model() -> None:
    with pytest.raises(KeyError):
        encoder().with_weights({"encoder.layer.6.output.dense.weight": np.zeros((384, 1536))})
    with pytest.raises(ValueError):  # given transposed: the file's orientation is (out, in)
        encoder().with_weights({"encoder.layer.5.output.dense.weight": np.zeros((1536, 384))})


def test_the_shipped_tuned_layers_are_the_top_two_in_float16() -> None:
    model = learnt.model()
    assert model is not None
    if not model.tuned:
        pytest.skip("the shipped typer reads the frozen encoder")
    expected = layer(4) | layer(5)
    assert sorted(model.tuned) == sorted(expected)
    assert all(model.tuned[n].shape == a.shape and model.tuned[n].dtype == np.float32 for n, a in expected.items())
    assert all(np.isfinite(a).all() for a in model.tuned.values())
    assert max(np.abs(model.tuned[n] - a).max() for n, a in expected.items()) > 1e-3, "the layers were not tuned"
    with np.load(files("wirewatch").joinpath("data", learnt.MODEL_FILE).open("rb")) as raw:
        assert {raw[learnt.TUNED_PREFIX + n].dtype for n in expected} == {np.dtype(np.float16)}
    assert "fine-tuned" in model.trained_on
