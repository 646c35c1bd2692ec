"""The typed picture of one article; ``Article.model_dump()`` is the documented JSON."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuoteKind = Literal["direct", "partial", "indirect", "block"]
Hedge = Literal[
    "exact", "more_than", "at_least", "up_to", "at_most", "nearly", "about", "estimated", "possible", "range"
]
Category = Literal[
    "killed",
    "injured",
    "missing",
    "detained",
    "displaced",
    "evacuated",
    "fighters",
    "civilians",
    "people",
    "troops",
    "vehicles",
    "aid",
    "money",
    "area",
    "other",
]
Precision = Literal["exact", "town", "admin2", "admin1", "country"]
DatePrecision = Literal["day", "week", "month", "year", "period"]
EntityType = Literal["person", "organization", "armed group", "state actor", "news agency", "place"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Speaker(_Model):
    """Who is quoted: the resolved name (``None`` when unknown), and the words the report used."""

    name: str | None = None
    mention: str | None = None
    role: str | None = None
    affiliation: str | None = None
    entity_id: str | None = None


class Quote(_Model):
    """One quotation; ``start``/``end`` are character offsets into ``Article.text``."""

    text: str
    kind: QuoteKind
    start: int
    end: int
    speaker: Speaker
    cue: str | None = None
    via: list[str] = Field(default_factory=list)
    confidence: float = 0.0


class Place(_Model):
    name: str
    admin1: str | None = None
    country: str | None = None
    iso3: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Precision | None = None
    geonames_id: int | None = None


class Claimant(_Model):
    """Who asserts a number: the resolved name (``None`` for a nameless source) and the words the report used."""

    name: str | None = None
    mention: str | None = None
    entity_id: str | None = None


class Claim(_Model):
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: Hedge = "exact"
    approximate: bool = False
    malformed: bool = False
    flags: list[str] = Field(default_factory=list)
    referent: str | None = None
    category: Category = "other"
    place: Place | None = None
    date: str | None = None
    claimant: Claimant | None = None
    via: list[str] = Field(default_factory=list)
    quote_index: int | None = None


class Span(_Model):
    start: int
    end: int


class Event(_Model):
    event_type: str
    sub_event_type: str
    date: str | None = None
    date_precision: str | None = None
    place: Place | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_text: str | None = None
    evidence: Span
    claimant: str | None = None
    via: list[str] = Field(default_factory=list)
    confidence: float = 0.0


class DateMention(_Model):
    """A date the report names, resolved against publication: ``value`` is ISO (``2019-02-25``, ``2018-12``,
    ``2019-02-18/2019-02-24``, ``../2019-02-26``), ``precision`` day, week, month, year or period. ``relative``:
    the report gave no publication date, so "on Monday" stays unresolved."""

    text: str
    start: int
    end: int
    value: str | None = None
    precision: DatePrecision | None = None
    relative: bool = False


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: list[tuple[int, int]] = Field(default_factory=list)
    place: Place | None = None


class Article(_Model):
    """The structured picture of one news report."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    text: str
    quotes: list[Quote] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
