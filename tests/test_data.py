"""The data files shipped with the package and the claim gold beside the reports are well formed."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import pytest

from wirewatch._data import data_table
from wirewatch.models import Category, EntityType, Hedge
from wirewatch.stages.gazetteer import fold
from wirewatch.stages.names import norm_key

ROOT = Path(__file__).resolve().parent.parent
HEDGES = set(typing.get_args(Hedge))
CATEGORIES = set(typing.get_args(Category))
CLAIM_GOLD = sorted([*ROOT.glob("tests/fixtures/reports/*.claims.json"), *ROOT.glob("bench/heldout*/*.claims.json")])


def test_hedge_phrases_name_known_hedges_once() -> None:
    rows = data_table("hedges.tsv")
    assert {hedge for _, hedge, _ in rows} <= HEDGES
    assert {side for _, _, side in rows} <= {"before", "after"}
    assert len({(p, s) for p, _, s in rows}) == len(rows)


def test_category_words_name_known_categories_once() -> None:
    rows = data_table("categories.tsv")
    assert {c for _, c, role in rows if role != "unit"} <= CATEGORIES
    assert {role for _, _, role in rows} <= {"event", "event_people", "supply", "class", "unit", "thing", "personnel"}
    assert len({lemma for lemma, _, _ in rows}) == len(rows)


def test_vague_quantities_are_ordered_ranges() -> None:
    for phrase, low, high in data_table("quantities.tsv"):
        assert 0 < float(low) <= float(high), phrase


def test_no_alias_names_two_actors() -> None:
    owner: dict[str, str] = {}
    for canonical, short, _, aliases in data_table("aliases.tsv"):
        for alias in {canonical, short, *aliases.split("|")}:
            key = norm_key(alias)
            assert owner.setdefault(key, canonical) == canonical, f"{alias!r}: {owner[key]} and {canonical}"


@pytest.mark.parametrize("path", CLAIM_GOLD, ids=lambda p: p.name)
def test_claim_gold_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    report = path.with_name(path.name.replace(".claims.json", ".txt")).read_text(encoding="utf-8")
    for entry in gold["claims"]:
        assert report.count(entry["context"]) == 1, entry["context"]
        assert entry["text"] in entry["context"]
        hedges = entry["hedge"] if isinstance(entry["hedge"], list) else [entry["hedge"]]
        categories = entry["category"] if isinstance(entry["category"], list) else [entry["category"]]
        assert set(hedges) <= HEDGES and set(categories) <= CATEGORIES
        assert {"low", "high", "claimant", "via", "date", "malformed"} <= entry.keys()


def test_institution_words_have_known_kinds() -> None:
    kinds = {kind for _, kind in data_table("institution_words.tsv")}
    assert kinds == {"document", "anaphoric", "name_word", "named_by_role", "institution", "government"}


ENTITY_GOLD = sorted(ROOT.glob("bench/heldout_entities*/*.entities.json"))
ENTITY_TYPES = set(typing.get_args(EntityType))


@pytest.mark.parametrize("path", ENTITY_GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_entity_gold_is_well_formed(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    report = path.with_name(path.name.replace(".entities.json", ".txt")).read_text(encoding="utf-8")
    for group in gold["alias_groups"]:
        assert group["type"] in ENTITY_TYPES and len(group["forms"]) >= 2
        assert all(form in report for form in group["forms"]), group["forms"]
    assert all(place["text"] in report and len(place["country"]) == 3 for place in gold["places"])
    assert all(date["text"] in report for date in gold["dates"])


def test_countries_have_codes_and_no_name_twice() -> None:
    owner: dict[str, str] = {}
    rows = data_table("countries.tsv")
    assert len(rows) >= 249
    for row in rows:
        assert len(row[0]) == 2 and len(row[1]) == 3 and row[0].isupper() and row[1].isupper()
        words = row[2].split("|") + (row[3].split("|") if len(row) > 3 and row[3] else [])
        for word in words:
            assert owner.setdefault(fold(word), row[0]) == row[0], f"{word!r}: {owner[fold(word)]} and {row[0]}"


def test_descriptions_and_actor_words_name_known_types() -> None:
    for _, types, cues in data_table("descriptions.tsv"):
        assert set(types.split("|")) <= ENTITY_TYPES and cues
    assert {kind for kind, _ in data_table("actor_words.tsv")} <= ENTITY_TYPES
