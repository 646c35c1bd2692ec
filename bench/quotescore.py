"""Score extracted quotations against hand-made gold: right speaker and right relay chain.

A gold quote is *found* when a predicted quote's span overlaps it, and *fully right* when one of the overlapping
predictions has the gold speaker name (any accepted spelling; ``null`` must stay ``null``) and the gold relay chain.
Used by ``bench/eval_quotes.py``, ``bench/baseline_textacy.py`` and the gate tests.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "baghouz-report.txt"
SEED_GOLD = ROOT / "bench" / "eval" / "seed_quotes.gold.json"
DEV = ROOT / "tests" / "fixtures" / "reports"
HELDOUT = ROOT / "bench" / "heldout"


@dataclass
class Predicted:
    start: int
    end: int
    speaker: str | None
    via: list[str] = field(default_factory=list)
    kind: str = ""


@dataclass
class Score:
    name: str
    gold: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.gold if self.gold else 0.0


def norm(name: str | None) -> str | None:
    if name is None:
        return None
    name = re.sub(r"[’'`]", "'", name)  # before the accents go: the curly apostrophe is no ASCII either
    name = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), name)  # "U.N." is "UN"
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"^(the|a|an) ", "", name.strip())
    return " ".join(re.sub(r"[^\w' ]", " ", name).split())


def _accepted(value) -> set[str | None]:
    if value is None:
        return {None}
    values = value if isinstance(value, list) else [value]
    return {norm(v) for v in values}


def speaker_ok(gold, predicted: str | None) -> bool:
    return norm(predicted) in _accepted(gold)


def via_ok(gold: list, predicted: list[str]) -> bool:
    return len(gold) == len(predicted) and all(norm(p) in _accepted(g) for g, p in zip(gold, predicted, strict=True))


def gold_spans(text: str, gold: dict, raw: str | None = None) -> list[tuple[int, int, dict]]:
    """(start, end, entry) of each gold quote located in ``text`` (the cleaned text)."""
    spans = []
    for entry in gold["quotes"]:
        needle = raw[entry["start"] : entry["end"]] if "start" in entry else entry["text"]
        pos, count = -1, entry.get("occurrence", 1)
        for _ in range(count):
            pos = text.find(needle, pos + 1)
        if pos < 0:
            pos = text.find(" ".join(needle.split()))
        spans.append((pos, pos + len(needle), entry))
    return spans


def score(name: str, text: str, gold: dict, predicted: list[Predicted], raw: str | None = None) -> Score:
    result = Score(name)
    for start, end, entry in gold_spans(text, gold, raw):
        result.gold += 1
        overlapping = [p for p in predicted if p.start < end and start < p.end] if start >= 0 else []
        if overlapping:
            result.found += 1
        if any(speaker_ok(entry["speaker"], p.speaker) and via_ok(entry["via"], p.via) for p in overlapping):
            result.right += 1
        else:
            got = [(p.kind, p.speaker, p.via) for p in overlapping] or "not found"
            snippet = text[start : start + 60] if start >= 0 else "?"
            result.misses.append(
                f"{entry['kind']:8} {snippet!r} want {entry['speaker']!r} via {entry['via']} got {got}"
            )
    return result


def cases(which: str) -> list[tuple[str, str, dict, str | None]]:
    """(name, report text, gold, raw text for offset gold) for ``seed``, ``dev`` or ``heldout``."""
    if which == "seed":
        raw = SEED.read_text(encoding="utf-8")
        return [("seed", raw, json.loads(SEED_GOLD.read_text()), raw)]
    folder = DEV if which == "dev" else HELDOUT
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        report = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        out.append((report.stem, report.read_text(encoding="utf-8"), json.loads(gold_path.read_text()), None))
    return out


def wirewatch_predictions(article) -> list[Predicted]:
    return [Predicted(q.start, q.end, q.speaker.name, list(q.via), q.kind) for q in article.quotes]
