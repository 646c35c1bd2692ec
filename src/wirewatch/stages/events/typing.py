"""Event typing: which ACLED sub-event type a piece of text describes.

Two readers vote. Cue phrases (``data/event_cues.tsv``), written from ACLED's codebook: each sub-event type
scores the weights of its cues found in the text. And a learnt reader: a softmax regression over the text's
sentence embedding (``learnt.py``, ``encoder.py``), trained by ``scripts/train_event_typer.py`` on the team's
examples (``data/event_examples.tsv``) and CASE 2021's labelled dev snippets. When the sentence encoder is not
installed, the learnt reader is a naive Bayes model over words and word pairs, learnt at start (well under a
second) from the team's examples alone. To retrain, edit the examples and run the training script. A model
fine-tuned with ``scripts/finetune_event_typer.py`` carries its own top encoder layers; its texts are embedded
with those.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from ..._data import data_table
from . import learnt
from .encoder import Encoder, encoder


@dataclass(frozen=True)
class SubEvent:
    name: str
    event_type: str
    disorder_type: str


@cache
def taxonomy() -> dict[str, SubEvent]:
    """Every sub-event type by name, with its event type."""
    return {name: SubEvent(name, kind, disorder) for name, kind, disorder in data_table("event_types.tsv")}


@cache
def _cues() -> dict[str, list[tuple[str, float, re.Pattern[str]]]]:
    """The cues by the first four letters of their first word: a sentence is tried only against the cues its own
    words can start (1,500 patterns on every sentence would cost as much as the parse)."""
    index: dict[str, list[tuple[str, float, re.Pattern[str]]]] = {}
    for sub_event, weight, cue in data_table("event_cues.tsv"):
        words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in cue.split()]
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)
        index.setdefault(cue.split()[0].rstrip("*")[:4], []).append((sub_event, float(weight), pattern))
    return index


def scores(text: str) -> dict[str, float]:
    """Each sub-event type's cue score in the text (a cue counts once, however often it occurs)."""
    index = _cues()
    keys = {word[:4] for word in re.findall(r"\w+", text.lower())}
    keys |= {k for k in index if len(k) < 4 and any(w.startswith(k) for w in keys)}
    found: dict[str, float] = {}
    for key in keys:
        for sub_event, weight, pattern in index.get(key, ()):
            if pattern.search(text):
                found[sub_event] = found.get(sub_event, 0.0) + weight
    return found


_CUE_SHARE = 0.5  # how much the cues weigh against naive Bayes
# beside the softmax over sentence embeddings, a much better reader, each cue adds its weight times this to the
# softmax's probability: a weight-5 cue ("car bomb") adds 0.3, a weak one 0.06; chosen on CASE's folds (see
# bench/eval_events.py) between 0.02 and 0.08, where 0.06 kept the seed's land mine and the team's notes right
_CUE_WEIGHT_ENCODED = 0.06
_SHARPNESS = 4.0  # how far the learnt model's mean word log-likelihoods are spread into probabilities


def strength(text: str) -> float:
    """The best cue score in the text: how surely it tells an event at all."""
    return max(scores(text).values(), default=0.0)


def rank(text: str, learnt_only: bool = False) -> list[tuple[SubEvent, float]]:
    """Sub-event types by the two readers' shared vote, best first; empty when no cue is found, unless
    ``learnt_only`` lets the learnt reader speak alone (a coder's note with no cue phrase)."""
    cue = scores(text)
    if not cue and not learnt_only:
        return []
    encoded = _encoded(text)
    if encoded is not None:
        model, vector = encoded
        votes = {name: _CUE_WEIGHT_ENCODED * score for name, score in cue.items()}
        for name, probability in zip(model.classes, model.probabilities(vector).tolist(), strict=True):
            votes[name] = votes.get(name, 0.0) + probability
    else:
        total = sum(cue.values()) or 1.0
        votes = {name: _CUE_SHARE * score / total for name, score in cue.items()}
        for name, probability in _bayes().probabilities(text).items():
            if name in votes or not cue:  # naive Bayes weighs only the types the text's cues name
                votes[name] = votes.get(name, 0.0) + (1 - _CUE_SHARE) * probability
    kinds = taxonomy()
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(kinds[name], round(vote, 3)) for name, vote in ranked if name in kinds]


@dataclass
class _Reader:
    """The learnt model, the encoder its embeddings come from (the base one with the model's tuned layers, if it
    has any) and the embeddings that encoder made, so that one model's embeddings never reach another."""

    model: learnt.Softmax
    encoder: Encoder
    embedded: dict[str, np.ndarray] = field(default_factory=dict)


_reader: list[_Reader] = []  # the active model's reader, rebuilt when the active model changes


def _active_reader() -> _Reader | None:
    """The active model's reader, or None without a model or an encoder (then naive Bayes reads)."""
    model, base = learnt.active(), encoder()
    if model is None or base is None:
        return None
    if not _reader or _reader[0].model is not model:
        # built once per model object: the base encoder sharing its arrays, the tuned ones swapped in (14 MB)
        _reader[:] = [_Reader(model, base.with_weights(model.tuned) if model.tuned else base)]
    return _reader[0]


def prepare(texts: list[str]) -> None:
    """Embed the texts of one report that are about to be ranked, in one batch (the encoder is much faster on
    many texts at once); the embeddings of the report before are forgotten."""
    reader = _active_reader()
    todo = list(dict.fromkeys(texts))
    if reader is not None:
        reader.embedded.clear()
        if todo:
            reader.embedded.update(zip(todo, reader.encoder(todo), strict=True))


def _encoded(text: str) -> tuple[learnt.Softmax, np.ndarray] | None:
    """The learnt model and the text's embedding, or None when either is missing (then naive Bayes reads)."""
    reader = _active_reader()
    if reader is None:
        return None
    if text not in reader.embedded:
        reader.embedded[text] = reader.encoder([text])[0]
    return reader.model, reader.embedded[text]


class _Bayes:
    """Multinomial naive Bayes over words and word pairs, with add-one smoothing."""

    def __init__(self, examples: list[tuple[str, str]]) -> None:
        self.classes = sorted({label for label, _ in examples})
        self.vocabulary: dict[str, int] = {}
        counts: list[list[str]] = [[] for _ in self.classes]
        for label, text in examples:
            counts[self.classes.index(label)] += _features(text)
        for words in counts:
            for word in words:
                self.vocabulary.setdefault(word, len(self.vocabulary))
        matrix = np.ones((len(self.classes), len(self.vocabulary)))
        for c, words in enumerate(counts):
            for word in words:
                matrix[c, self.vocabulary[word]] += 1
        self.log_likelihood = np.log(matrix / matrix.sum(axis=1, keepdims=True))

    def probabilities(self, text: str) -> dict[str, float]:
        if not self.classes:
            return {}
        seen = [self.vocabulary[w] for w in _features(text) if w in self.vocabulary]
        if not seen:
            return {}
        # the mean log-likelihood of a word, not the sum: naive Bayes is sure of itself out of all proportion, and
        # a sum over forty words would drown the cues' vote
        log_post = self.log_likelihood[:, seen].mean(axis=1) * _SHARPNESS
        post = np.exp(log_post - log_post.max())
        post /= post.sum()
        return dict(zip(self.classes, post.tolist(), strict=True))


_STOP = frozenset(
    "the a an of in on at to and or for by with from that this was were is are be been has have had "
    "it its as said says".split()
)


def _features(text: str) -> list[str]:
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 1]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


@cache
def _bayes() -> _Bayes:
    try:
        rows = data_table("event_examples.tsv")
    except FileNotFoundError:
        rows = ()
    return _Bayes([(label, text) for label, text in rows])
