"""The Python API and the spaCy component."""

from __future__ import annotations

import json
from importlib.metadata import entry_points

import pytest
import spacy

import wirewatch
from wirewatch.stages.nlp import load_model

TEXT = (
    '"The bridge is gone," said Hamid Rahimi, a district official, told Reuters. '
    "He added that 40 families were cut off."
)


def test_public_surface_matches_all() -> None:
    exported = {name for name in dir(wirewatch) if not name.startswith("_")}
    assert set(wirewatch.__all__) <= exported
    assert {"extract", "extract_many", "Article", "Quote", "InputError"} <= set(wirewatch.__all__)


def test_extract_returns_the_documented_json() -> None:
    article = wirewatch.extract(TEXT, published="2024-03-02", outlet="Example Daily", url="https://example.org/a")
    data = json.loads(article.model_dump_json())
    assert set(data) == {
        "title",
        "outlet",
        "url",
        "published",
        "language",
        "text",
        "quotes",
        "claims",
        "events",
        "entities",
        "dates",
        "warnings",
    }
    assert data["published"] == "2024-03-02" and data["language"] == "en"
    quote = data["quotes"][0]
    assert set(quote) == {"text", "kind", "start", "end", "speaker", "cue", "via", "confidence"}
    assert set(quote["speaker"]) == {"name", "mention", "role", "affiliation", "entity_id"}
    assert quote["speaker"]["entity_id"] in {e["id"] for e in data["entities"]}
    claim = data["claims"][0]
    assert set(claim) == {
        "text", "start", "end", "value", "low", "high", "hedge", "approximate", "malformed", "flags",
        "referent", "category", "place", "date", "claimant", "via", "quote_index",
    }  # fmt: skip
    assert claim["claimant"]["name"] == "Hamid Rahimi" and claim["via"] == ["Reuters"]
    ids = [e["id"] for e in data["entities"]]
    assert len(ids) == len(set(ids))


def test_bad_published_date_is_a_config_error() -> None:
    with pytest.raises(wirewatch.ConfigError):
        wirewatch.extract(TEXT, published="last Tuesday")


def test_extract_many_matches_extract() -> None:
    many = list(wirewatch.extract_many([TEXT, (TEXT, {"published": "2024-03-02"})], batch_size=2))
    assert [a.quotes for a in many] == [wirewatch.extract(TEXT).quotes] * 2
    assert many[1].published == "2024-03-02"


def test_spacy_component_puts_the_article_on_the_doc() -> None:
    nlp = load_model()
    nlp.add_pipe("wirewatch")
    doc = nlp(TEXT)
    article = doc._.wirewatch
    assert isinstance(article, wirewatch.Article)
    assert article.quotes[0].speaker.name == "Hamid Rahimi"
    assert [c.text for c in article.claims] == ["40"]
    assert article.text == doc.text


def test_component_is_registered_as_an_entry_point() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert "wirewatch" in names
    assert spacy.util.registry.factories.get("wirewatch") is not None
