"""Baseline: quantulum3, a general quantity parser, against wirewatch, on the same numeric-claim gold.

Reproduce (from the repo root, with the ``bench`` extra installed: ``pip install -e '.[bench]'``)::

    python bench/baseline_quantulum.py

quantulum3 finds numbers with units; it has no hedges, no claimants, relays or dates, and its categories are
units. Each of its quantities becomes a prediction with the value as both bounds, hedge ``exact``, category
``money`` for a currency, ``area`` for an area and ``other`` otherwise, and no claimant. Its pickled unit
classifier does not load under current scikit-learn, so its rule-based unit disambiguation runs instead (the
units do not enter the score beyond money and area).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quantulum3.classifier
from claimscore import FOLDERS, Predicted, Score, cases, score, wirewatch_predictions
from quantulum3 import parser

import wirewatch

SETS = ("seed", *FOLDERS)  # every gold set the scorer knows, the blind ones included
quantulum3.classifier.USE_CLF = False


def quantulum_predictions(text: str) -> list[Predicted]:
    out = []
    for quantity in parser.parse(text):
        entity = quantity.unit.entity.name
        category = "money" if entity == "currency" else "area" if entity == "area" else "other"
        start, end = quantity.span
        out.append(Predicted(start, end, quantity.value, quantity.value, "exact", category))
    return out


def main() -> None:
    print(f"{'set':8} {'gold':>4}  {'quantulum3 found/right':>22}  {'wirewatch found/right':>21}")
    grand = [Score("quantulum3"), Score("wirewatch")]
    for which in SETS:
        totals = [Score("quantulum3"), Score("wirewatch")]
        for name, text, gold, raw in cases(which):
            parsed = raw if raw is not None else text
            totals[0].add(score(name, parsed, gold, quantulum_predictions(parsed), raw))
            article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
            totals[1].add(score(name, article.text, gold, wirewatch_predictions(article), raw))
        q, w = totals
        print(f"{which:8} {q.gold:4}  {q.found:>10} / {q.right:<9}  {w.found:>9} / {w.right:<9}")
        for mine, total in zip(grand, totals, strict=True):
            mine.add(total)
    q, w = grand
    print(f"{'all':8} {q.gold:4}  {q.found:>10} / {q.right:<9}  {w.found:>9} / {w.right:<9}")
    print(
        f"\nspans found: quantulum3 {q.found}/{q.gold} ({q.found / q.gold:.0%}), "
        f"wirewatch {w.found}/{w.gold} ({w.found / w.gold:.0%})"
        f"\nfully right: quantulum3 {q.right}/{q.gold} ({q.right / q.gold:.0%}), "
        f"wirewatch {w.right}/{w.gold} ({w.right / w.gold:.0%})"
        f"\nnumbers that are not claims: quantulum3 {q.invented_numbers}, wirewatch {w.invented_numbers}"
    )


if __name__ == "__main__":
    main()
