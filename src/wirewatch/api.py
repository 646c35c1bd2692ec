"""The public entry points; the only module that knows the order of the stages."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .errors import ConfigError, InputError
from .models import Article, Claim, Quote
from .settings import DEFAULT, Settings
from .stages.claims import find_claims
from .stages.clean import CleanDoc, clean
from .stages.dates import find_dates
from .stages.descriptions import link_appositions, link_descriptions, link_national_forces
from .stages.entities import Registry
from .stages.events import find_events
from .stages.governments import link_governments
from .stages.lang import check_english
from .stages.nlp import get_nlp
from .stages.perpetrators import link_perpetrators
from .stages.places import Mention, find_places
from .stages.quotes import find_quotes
from .stages.reader import RawDoc, looks_like_html, read_bytes


@dataclass
class Meta:
    """What is known of a report besides its text."""

    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    settings: Settings = DEFAULT,
) -> Article:
    """Extract the structured picture of one news report.

    Args:
        text: the report, plain text or an HTML page.
        published: publication date (ISO ``YYYY-MM-DD``), against which relative dates resolve.
        outlet: the publishing outlet's name.
        url: where the report was published.
        settings: limits and thresholds.

    Returns:
        The ``Article``: cleaned text, quotes with speakers and relay chains, entities, warnings.

    Raises:
        InputError: the text is empty, binary, or not English.
        ConfigError: ``published`` is not a date.
    """
    return extract_raw(_from_text(text, settings), published=published, outlet=outlet, url=url, settings=settings)


def extract_raw(
    raw: RawDoc,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    name: str = "<input>",
    settings: Settings = DEFAULT,
) -> Article:
    """Extract a report already read and decoded by ``stages.reader`` (files, standard input)."""
    cleaned, meta = prepare(raw, published=published, outlet=outlet, url=url, name=name, settings=settings)
    return analyse(get_nlp()(cleaned.text), cleaned, meta)


def extract_many(
    items: Iterable[str | tuple[str, dict]],
    *,
    n_process: int = 1,
    batch_size: int = 32,
    settings: Settings = DEFAULT,
) -> Iterator[Article]:
    """Extract many reports with one batched ``nlp.pipe`` pass.

    Args:
        items: report texts, or ``(text, {"published": ..., "outlet": ..., "url": ...})`` pairs.
        n_process: spaCy worker processes.
        batch_size: documents per spaCy batch.
        settings: limits and thresholds.

    Yields:
        One ``Article`` per input, in order. A bad input raises ``InputError`` when reached.
    """

    def prepared() -> Iterator[tuple[str, tuple[CleanDoc, Meta]]]:
        for item in items:
            text, info = item if isinstance(item, tuple) else (item, {})
            cleaned, meta = prepare(_from_text(text, settings), settings=settings, **info)
            yield cleaned.text, (cleaned, meta)

    docs = get_nlp().pipe(prepared(), as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, (cleaned, meta) in docs:
        yield analyse(doc, cleaned, meta)


def prepare(
    raw: RawDoc,
    *,
    published: str | dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    name: str = "<input>",
    settings: Settings = DEFAULT,
) -> tuple[CleanDoc, Meta]:
    """Clean a decoded report and check its language; the caller's metadata wins over the page's."""
    if not raw.text.strip():
        raise InputError(f"{name}: empty text")
    cleaned = clean(raw.text, title=raw.title)
    if not cleaned.text.strip():
        raise InputError(f"{name}: no text left after removing page furniture")
    check_english(cleaned.text, name=name, settings=settings)
    meta = Meta(
        published=_iso_date(published) or _iso_date(raw.published, strict=False),
        outlet=outlet or raw.outlet,
        url=url or raw.url,
        title=cleaned.title,
        warnings=list(raw.warnings),
    )
    return cleaned, meta


def _home(places: list[Mention]) -> str | None:
    """The country a report is about: the one its places lie in most often; of two as often, the one named first
    (a headline's or a dateline's)."""
    countries = [m.entry.country for m in sorted(places, key=lambda m: m.start) if m.entry]
    counts = Counter(countries)
    top = max(counts.values(), default=0)
    return next((iso for iso in countries if counts[iso] == top), None) if top >= 2 else None


def _unlisted_forgotten(quotes: list[Quote], claims: list[Claim], listed: set[str]) -> tuple[list[Quote], list[Claim]]:
    """No speaker or claimant points to an actor the entities leave out (a nameless source said once)."""

    def forget(person):
        return person.model_copy(update={"entity_id": None}) if person.entity_id not in listed else person

    quotes = [q.model_copy(update={"speaker": forget(q.speaker)}) for q in quotes]
    claims = [c.model_copy(update={"claimant": forget(c.claimant)}) if c.claimant else c for c in claims]
    return quotes, claims


def analyse(doc: Doc, cleaned: CleanDoc, meta: Meta) -> Article:
    """Run the stages after parsing: actors, quotes, places, the claims that quotes attribute, dates."""
    places = find_places(doc, cleaned)
    located = [(m.start, m.end) for m in places if m.place.country or m.plain]  # no person "near Mahas"
    registry = Registry(doc, skip=cleaned.headlines + cleaned.datelines, places=located, home=_home(places))
    link_national_forces(registry, cleaned.headlines + cleaned.datelines, registry.home)
    link_appositions(registry, cleaned.headlines + cleaned.datelines)  # "JuA, a splinter faction of the TTP"
    link_governments(registry, cleaned.headlines + cleaned.datelines, registry.home)  # before "the junta said"
    quotes = find_quotes(doc, cleaned, registry, outlet=meta.outlet)
    link_descriptions(registry, skip=cleaned.headlines + cleaned.datelines)  # after quotes have given roles
    link_perpetrators(registry, skip=cleaned.headlines + cleaned.datelines)  # "the attackers" of a claimed attack
    places = registry.not_people(places)
    published = dt.date.fromisoformat(meta.published) if meta.published else None
    claims = find_claims(doc, cleaned, quotes, registry, published, places, outlet=meta.outlet)
    registry.add_places(places)
    dates = find_dates(doc, published)
    entities = registry.entities()
    quotes, claims = _unlisted_forgotten(quotes, claims, {e.id for e in entities})
    events = find_events(doc, cleaned, quotes, claims, entities, places, dates, published)
    warnings = list(meta.warnings)
    if any(d.relative for d in dates):
        warnings.append("no publication date: relative dates (on Monday, last week) are left unresolved")
    return Article(
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        language="en",
        text=doc.text,
        quotes=quotes,
        claims=claims,
        events=events,
        entities=entities,
        dates=dates,
        warnings=warnings,
    )


def _from_text(text: str, settings: Settings) -> RawDoc:
    """A report given as a string: HTML goes through the reader's main-text extraction, plain text as it is."""
    return read_bytes(text.encode("utf-8"), settings=settings) if looks_like_html(text) else RawDoc(text)


def _iso_date(value: str | dt.date | None, strict: bool = True) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        if strict:
            raise ConfigError(f"published: {value!r} is not a date (expected YYYY-MM-DD)") from None
        return None
