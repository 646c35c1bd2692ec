"""Event typing: which ACLED sub-event type a piece of text describes, from weighted cue phrases.

The cues (``data/event_cues.tsv``) were written from ACLED's codebook, not learnt from any labelled set; each
sub-event type scores the weights of its cues found in the text, and the best-scoring type wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..._data import data_table


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
def _cues() -> list[tuple[str, float, re.Pattern[str]]]:
    cues = []
    for sub_event, weight, cue in data_table("event_cues.tsv"):
        words = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in cue.split()]
        cues.append((sub_event, float(weight), re.compile(r"\b" + r"\s+".join(words) + r"\b", re.IGNORECASE)))
    return cues


def scores(text: str) -> dict[str, float]:
    """Each sub-event type's cue score in the text (a cue counts once, however often it occurs)."""
    found: dict[str, float] = {}
    for sub_event, weight, pattern in _cues():
        if pattern.search(text):
            found[sub_event] = found.get(sub_event, 0.0) + weight
    return found


def rank(text: str) -> list[tuple[SubEvent, float]]:
    """Sub-event types by score, best first; empty when no cue is found."""
    kinds = taxonomy()
    ranked = sorted(scores(text).items(), key=lambda kv: (-kv[1], kv[0]))
    return [(kinds[name], score) for name, score in ranked if name in kinds]
