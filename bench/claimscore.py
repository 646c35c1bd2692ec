"""Score extracted numeric claims against hand-made gold (annotation guide: ``bench/CLAIMS_GOLD.md``).

A gold claim is *found* when a predicted claim overlaps its span, and *fully right* when one overlapping
prediction has the gold bounds, hedge, category, claimant, relay chain, date and malformed flag. Predictions that
overlap no gold claim are *invented numbers*; a claimant name given where the gold has another or none is an
*invented claimant*. Used by ``bench/eval_claims.py``, ``bench/baseline_quantulum.py`` and the gate tests.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import quotescore
from quotescore import ROOT, SEED, norm

SEED_GOLD = ROOT / "bench" / "eval" / "seed_claims.gold.json"
_BLIND = sorted((ROOT / "bench").glob("heldout_claims*"), key=lambda p: int(p.name[14:] or 1))
FOLDERS = {
    "dev": ROOT / "tests" / "fixtures" / "reports",
    "heldout": ROOT / "bench" / "heldout",
    # bench/heldout_claims, heldout_claims2, ...: "blind", "blind2", ... in the order they were written
    **{"blind" + folder.name[14:]: folder for folder in _BLIND},
}
FIELDS = ("bounds", "hedge", "category", "claimant", "via", "date", "malformed")


@dataclass
class Predicted:
    start: int
    end: int
    low: float | None = None
    high: float | None = None
    hedge: str = "exact"
    category: str = "other"
    claimant: str | None = None
    via: list[str] = field(default_factory=list)
    date: str | None = None
    malformed: bool = False


@dataclass
class Score(quotescore.Score):
    """The quote scorer's counts, plus what only claims have: invented numbers and claimants, wrong fields."""

    invented_numbers: int = 0
    invented_claimants: int = 0
    wrong: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, other: Score) -> None:
        self.gold, self.found, self.right = self.gold + other.gold, self.found + other.found, self.right + other.right
        self.invented_numbers += other.invented_numbers
        self.invented_claimants += other.invented_claimants
        for key in FIELDS:
            self.wrong[key] += other.wrong[key]


def _accepted(value) -> list:
    return value if isinstance(value, list) else [value]


def _same_number(gold, predicted) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return abs(float(gold) - float(predicted)) < 1e-6 * max(1.0, abs(float(gold)))


def field_errors(entry: dict, p: Predicted) -> list[str]:
    """The fields a prediction gets wrong against one gold claim."""
    wrong = []
    if not (_same_number(entry["low"], p.low) and _same_number(entry["high"], p.high)):
        wrong.append("bounds")
    if p.hedge not in _accepted(entry["hedge"]):
        wrong.append("hedge")
    if p.category not in _accepted(entry["category"]):
        wrong.append("category")
    if norm(p.claimant) not in {norm(v) for v in _accepted(entry["claimant"])}:
        wrong.append("claimant")
    gold_via = entry["via"]
    if len(gold_via) != len(p.via) or any(
        norm(v) not in {norm(a) for a in _accepted(g)} for g, v in zip(gold_via, p.via, strict=False)
    ):
        wrong.append("via")
    if p.date not in _accepted(entry["date"]):
        wrong.append("date")
    if bool(entry.get("malformed", False)) != p.malformed:
        wrong.append("malformed")
    return wrong


def locate(text: str, entry: dict, raw: str | None) -> tuple[int, int]:
    """The gold claim's span in ``text`` (the cleaned text), found through its context."""
    if "start" in entry:
        start, end = entry["start"], entry["end"]
        pre, needle, post = raw[max(0, start - 30) : start], raw[start:end], raw[end : end + 30]
    else:
        context, needle = entry["context"], entry["text"]
        at = context.find(needle)
        pre, post = context[:at], context[at + len(needle) :]
    found = re.search(f"{_loose(pre)}({_loose(needle)}){_loose(post)}", text)
    return (found.start(1), found.end(1)) if found else (-1, -1)


def _loose(part: str) -> str:
    """A regex for ``part`` that lets any run of whitespace stand for any other."""
    return re.sub(r"(\\\s)+", r"\\s*", re.escape(part))


def score(name: str, text: str, gold: dict, predicted: list[Predicted], raw: str | None = None) -> Score:
    result = Score(name)
    matched: set[int] = set()
    for entry in gold["claims"]:
        start, end = locate(text, entry, raw)
        result.gold += 1
        overlapping = [(i, p) for i, p in enumerate(predicted) if start >= 0 and p.start < end and start < p.end]
        matched.update(i for i, _ in overlapping)
        if not overlapping:
            result.misses.append(f"not found: {text[start:end]!r}")
            continue
        result.found += 1
        errors = min((field_errors(entry, p) for _, p in overlapping), key=len)
        best = min(overlapping, key=lambda ip: len(field_errors(entry, ip[1])))[1]
        if best.claimant is not None and "claimant" in errors:
            result.invented_claimants += 1
        if not errors:
            result.right += 1
            continue
        for key in errors:
            result.wrong[key] += 1
        want = {k: entry[k if k != "bounds" else "low"] for k in errors if k != "bounds"}
        if "bounds" in errors:
            want["bounds"] = (entry["low"], entry["high"])
        got = {k: getattr(best, k) for k in errors if k != "bounds"}
        if "bounds" in errors:
            got["bounds"] = (best.low, best.high)
        result.misses.append(f"{text[start:end]!r}: want {want} got {got}")
    for i, p in enumerate(predicted):
        if i not in matched:
            result.invented_numbers += 1
            result.misses.append(f"extra: {text[p.start : p.end]!r} ({p.category})")
    return result


def cases(which: str) -> list[tuple[str, str, dict, str | None]]:
    """(name, report text, gold, raw text for offset gold) for ``seed``, ``dev``, ``heldout`` or ``blind``."""
    if which == "seed":
        raw = SEED.read_text(encoding="utf-8")
        return [("seed", raw, json.loads(SEED_GOLD.read_text()), raw)]
    out = []
    for gold_path in sorted(FOLDERS[which].glob("*.claims.json")):
        report = gold_path.with_name(gold_path.name.replace(".claims.json", ".txt"))
        out.append((report.stem, report.read_text(encoding="utf-8"), json.loads(gold_path.read_text()), None))
    return out


def wirewatch_predictions(article) -> list[Predicted]:
    return [
        Predicted(
            c.start,
            c.end,
            c.low,
            c.high,
            c.hedge,
            c.category,
            c.claimant.name if c.claimant else None,
            list(c.via),
            c.date,
            c.malformed,
        )
        for c in article.claims
    ]
