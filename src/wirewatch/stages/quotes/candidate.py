"""The quotation candidate: where it is, what attributes it, and what it became once resolved."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...models import Quote, Speaker
from ..entities import Registry
from .attribution import Found, outlet_name
from .marks import Marked
from .speakers import Resolved, Resolver, an_institution

MAX_ZONE_TOKENS = 40


@dataclass
class Region:
    """Paragraphs of an agency's own reporting after "Reuters reports:"."""

    start: int
    end: int
    speaker: str | None


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    found: Found | None = None
    mark: Marked | None = None
    follows: Candidate | None = None  # same speaker as an earlier quote (broken or running-on quote)
    resolved: Resolved = field(default_factory=lambda: Resolved(Speaker(), None, 0.2))
    via: list[str] = field(default_factory=list)
    block_regions: list[Region] = field(default_factory=list)
    explicit_relay: bool = False
    speaker_is_media: bool = False
    keep: bool = True

    def resolve(self, resolver: Resolver, done: list[Candidate], registry: Registry) -> None:
        if self.follows is not None and (self.found is None or self.found.subject is None):
            self.resolved = self.follows.resolved
            self.via = list(self.follows.via)
            self.explicit_relay = self.follows.explicit_relay
            self.speaker_is_media = self.follows.speaker_is_media
            return
        found = self.found
        if found is None:
            return
        subject = found.cited or found.subject
        self.resolved = resolver.resolve(subject, None if found.cited else found.role, self.start)
        nameless = found.cited is not None and found.subject is not None and self.resolved.speaker.name is None
        if nameless and an_institution(found.subject, registry):
            found.cited = None  # OCHA citing "local authorities" gives the figure as its own; AFP relays it
            self.resolved = resolver.resolve(found.subject, found.role, self.start)
        via = list(found.via)
        if found.cited is not None and found.subject is not None:
            relay = outlet_name(found.subject, registry)
            via = [relay, *[v for v in via if v != relay]]
        name = self.resolved.speaker.name
        self.speaker_is_media = bool(name) and registry.is_media(name or "")
        self.via = [v for v in via if v != name]
        self.explicit_relay = bool(self.via) or own_channel(found.cue)

    def to_quote(self, text: str) -> Quote:
        cue = (
            self.found.cue.text
            if self.found is not None
            else (self.follows.found.cue.text if self.follows is not None and self.follows.found else None)
        )
        return Quote(
            text=text[self.start : self.end],
            kind=self.kind,
            start=self.start,
            end=self.end,
            speaker=self.resolved.speaker,
            cue=cue,
            via=self.via,
            confidence=round(self.resolved.confidence, 2),
        )


_CHANNELS = frozenset(
    [
        "briefing",
        "conference",
        "statement",
        "address",
        "speech",
        "broadcast",
        "post",
        "video",
        "interview",
        "hearing",
        "session",
        "meeting",
    ]
)


def own_channel(cue: Token) -> bool:
    """ "said in a televised briefing", "said at a news conference": this time not through the earlier relay."""
    preps = ("in", "at", "during", "on")
    objects = [o for p in cue.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
    return any(o.lemma_.lower() in _CHANNELS or _own_place(o) for o in objects) or _addressed(cue)


_PLACES_OF_ONES_OWN = frozenset("office home house shop stall tent compound clinic farm".split())


def _own_place(place: Token) -> bool:
    """ "said in his office", "said at her stall": the writer was there, so no earlier relay carries it."""
    own = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in place.children)
    return own and place.lemma_.lower() in _PLACES_OF_ONES_OWN


def _addressed(cue: Token) -> bool:
    """ "told reporters", "Speaking to The Horn Chronicle, he said": whom the words went to this time (a relay
    the report knows is read elsewhere; this one may be the publisher itself or no outlet at all)."""
    return any(not _the_same_outlet(o) for o in _addressees(cue))


def told_the_same_outlet(cue: Token) -> bool:
    """ "She later told the broadcaster that ...": the outlet she spoke to before, named again by a description."""
    return any(_the_same_outlet(o) for o in _addressees(cue))


def _addressees(cue: Token) -> list[Token]:
    told = [c for c in cue.children if c.dep_ in ("dobj", "dative")] if cue.lemma_ == "tell" else []
    speaking = [cue, *(c for c in cue.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in ("speak", "talk"))]
    told += [
        o
        for verb in speaking
        if verb.lemma_ in ("speak", "talk")
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return told


_OUTLET_NOUNS = frozenset(
    "agency broadcaster station newspaper paper channel outlet radio network wire service".split()
)
_ITS_PEOPLE = frozenset("reporter reporters correspondent journalist journalists".split())


def _the_same_outlet(addressee: Token) -> bool:
    """ "he told the news agency", "told the wire service", "told the agency's reporter": the outlet named before,
    said again."""
    definite = any(c.lower_ in ("the", "that") for c in addressee.children if c.dep_ == "det")
    owner = next((c for c in addressee.children if c.dep_ == "poss"), None)
    if owner is not None and addressee.lemma_.lower() in _ITS_PEOPLE:
        return _the_same_outlet(owner)
    return definite and addressee.lemma_.lower() in _OUTLET_NOUNS


def zone_tokens(sent: Span, quoted, enclosing, exclude: tuple[int, int]) -> list[Token]:
    """The words of a sentence that may attribute a quotation: outside every quotation (or inside the one that
    encloses it), never the quoted span itself."""

    def usable(t: Token) -> bool:
        if t.is_space or exclude[0] <= t.idx < exclude[1]:
            return False
        if enclosing is not None:
            return enclosing[0] < t.idx < enclosing[1]
        return not in_any(t.idx, quoted)

    return [t for t in sent if usable(t)]


# -- small helpers -----------------------------------------------------------------------------------
def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in [start, end)."""
    first = bisect_left(doc, start, key=lambda t: t.idx)
    last = bisect_left(doc, end, key=lambda t: t.idx)
    return list(doc[first:last])


def token_at(doc: Doc, pos: int) -> Token | None:
    """The first non-space token at or after ``pos``."""
    i = bisect_left(doc, pos, key=lambda t: t.idx)
    if i and doc[i - 1].idx + len(doc[i - 1]) > pos:
        i -= 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def sent_at(doc: Doc, pos: int) -> Span | None:
    token = token_at(doc, pos)
    return token.sent if token is not None else None


def in_any(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)
