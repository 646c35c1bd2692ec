"""Quality gates on gold-annotated reports: quotations (speaker and relay chain) and numeric claims (bounds, hedge,
category, claimant, relay chain, date, malformed flag) fully right."""

from __future__ import annotations

import claimscore
import pytest
import quotescore
from quotescore import SEED

import wirewatch

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="the shared seed report is not beside this checkout")


def articles(scorer, which: str):
    for name, text, gold, raw in scorer.cases(which):
        article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
        yield scorer.score(name, article.text, gold, scorer.wirewatch_predictions(article), raw)


def quote_rate(which: str) -> float:
    results = list(articles(quotescore, which))
    return sum(r.right for r in results) / sum(r.gold for r in results)


def claim_score(which: str) -> claimscore.Score:
    total = claimscore.Score(which)
    for result in articles(claimscore, which):
        total.add(result)
    return total


def test_quotes_dev_reports_at_least_80_percent() -> None:
    assert quote_rate("dev") >= 0.80


@needs_seed
def test_quotes_seed_at_least_90_percent() -> None:
    assert quote_rate("seed") >= 0.90


def test_claims_dev_reports_at_least_85_percent_and_no_invented_claimant() -> None:
    score = claim_score("dev")
    assert score.right / score.gold >= 0.85
    assert score.invented_claimants == 0


@needs_seed
def test_claims_seed_at_least_85_percent_nothing_invented() -> None:
    score = claim_score("seed")
    assert score.right / score.gold >= 0.85
    assert score.invented_numbers == 0 and score.invented_claimants == 0
