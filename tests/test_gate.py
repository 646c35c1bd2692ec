"""Quality gates: quotations fully right (speaker and relay chain) on gold-annotated reports."""

from __future__ import annotations

import pytest
from quotescore import SEED, cases, score, wirewatch_predictions

import wirewatch


def rate(which: str) -> float:
    right = total = 0
    for name, text, gold, raw in cases(which):
        article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
        result = score(name, article.text, gold, wirewatch_predictions(article), raw)
        right, total = right + result.right, total + result.gold
    return right / total


def test_dev_reports_at_least_80_percent() -> None:
    assert rate("dev") >= 0.80


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed report is not beside this checkout")
def test_seed_at_least_90_percent() -> None:
    assert rate("seed") >= 0.90
