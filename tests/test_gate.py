"""Quality gates on gold-annotated reports: quotations (speaker and relay chain) and numeric claims (bounds, hedge,
category, claimant, relay chain, date, malformed flag) fully right."""

from __future__ import annotations

import json

import claimscore
import eval_entities
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


def entity_score(folder: str) -> eval_entities.Score:
    total = eval_entities.Score()
    for gold_path in sorted((eval_entities.BENCH / folder).glob("*.entities.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".entities.json", ".txt")).read_text(encoding="utf-8")
        total.add(eval_entities.score(wirewatch.extract(text, published=gold["published"]), gold))
    return total


@pytest.mark.parametrize("folder", ["heldout_entities", "heldout_entities2", "heldout_entities3"])
def test_entities_merge_70_percent_of_alias_groups_and_never_wrongly(folder: str) -> None:
    score = entity_score(folder)
    assert score.merged / score.groups >= 0.70
    assert score.wrong_merges == 0 and score.wrong_country == 0
    assert score.right_dates / score.dates >= 0.9


@pytest.mark.parametrize("folder", ["heldout_entities4", "heldout_entities5", "heldout_entities6"])
def test_entities_on_the_later_sets_never_merge_wrongly_nor_place_in_a_wrong_country(folder: str) -> None:
    score = entity_score(folder)
    assert score.wrong_merges == 0 and score.wrong_country == 0
    assert score.right_dates / score.dates >= 0.85


@needs_seed
def test_entities_seed_alias_groups_places_and_dates() -> None:
    article = wirewatch.extract(SEED.read_text(encoding="utf-8"), published="2019-02-26")
    groups = [
        ["Islamic State", "ISIS", "ISIL", "IS", "Daesh"],
        ["Syrian Democratic Forces", "SDF"],
        ["Mustafa Bali", "Bali", "the SDF spokesman"],
        ["Agence France-Presse", "AFP"],
        ["Associated Press", "AP"],
        ["Syrian Arab News Agency", "SANA"],
    ]
    owners = []
    for forms in groups:
        ids = {
            e.id
            for form in forms
            for e in article.entities
            if form in [*e.aliases, e.name] or form in {article.text[s:t] for s, t in e.mentions}
        }
        assert len(ids) == 1, forms
        owners.append(ids.pop())
    assert len(set(owners)) == len(groups)  # none merged with another
    baghouz = next(e for e in article.entities if e.name == "Baghouz")
    assert baghouz.place is not None and baghouz.place.iso3 == "SYR"
    dates = {d.text.lower(): d.value for d in article.dates}
    assert dates["on monday"] == "2019-02-25" and dates["in december"] == "2018-12"
    assert dates["last week"] == "2019-02-18/2019-02-24" and dates["in recent weeks"] == "../2019-02-26"
