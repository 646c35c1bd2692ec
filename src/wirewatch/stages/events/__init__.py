"""What happened: events typed in the ACLED taxonomy, with actors, place, date and conservative fatalities.

Each sentence that describes an event (by the cues of ``typing``) is a candidate; a sentence about something long
before publication is a mention in passing, not a new event; the same event told twice (same type, place and day)
is one event, with the lowest toll (ACLED's conservative rule). The events come strongest first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from spacy.tokens import Doc, Span

from ...models import Claim, DateMention, Entity, Event, Place, Quote
from ..clean import CleanDoc
from ..places import Mention
from .typing import SubEvent, prepare, rank, strength, taxonomy

_MIN_SCORE = 2.0  # in a report: a sentence needs a strong cue or two weak ones
_PASSING_DAYS = 60  # an event dated this long before publication is background, not news
_ACTOR_TYPES = ("armed group", "state actor")
_NO_DEATHS = re.compile(r"\b(?:no (?:fatalities|deaths|casualties)|(?:nobody|no one) (?:was )?(?:killed|hurt))", re.I)
_DEATHS = re.compile(r"\b(?:fatalities:\s*(\d+)|(\d+) (?:fatalities|deaths))", re.I)
_ONE_DEAD = re.compile(
    r"\b(?:killed|killing|shot dead|shooting dead|beat(?:en|ing)? to death|stabb(?:ed|ing) to death|executed|"
    r"beheaded|lynched)\s+(?:a|an|one)\b",
    re.I,
)
# Sub-event types that kill nobody by definition: a report that gives no toll means none, not an unknown one.
_NON_LETHAL = frozenset(
    (
        "Peaceful protest",
        "Protest with intervention",
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Diplomatic event",
        "Abduction/forced disappearance",
        "Looting/property destruction",
    )
)
_VAGUE = {"dozens": 12, "scores": 12, "several": 3, "a few": 3, "hundreds": 100, "thousands": 1000}


def find_events(
    doc: Doc,
    cleaned: CleanDoc,
    quotes: list[Quote],
    claims: list[Claim],
    entities: list[Entity],
    places: list[Mention],
    dates: list[DateMention],
    published: dt.date | None,
) -> list[Event]:
    """The events a report tells, strongest first."""
    sentences = [s for s in doc.sents if s.text.strip() and not cleaned.in_headline(s.start_char)]
    headlines = [s for s in doc.sents if s.text.strip() and cleaned.in_headline(s.start_char)]
    short = len(sentences) <= 3 and len(cleaned.paragraphs) <= 1  # a coder's note: one event, typed whole
    focus = _focus(places)
    whole = " ".join(s.text for s in sentences)  # a note is typed whole
    cues = {s.text: strength(s.text) for s in sentences + headlines}
    prepare([whole] if short else [text for text, cue in cues.items() if cue >= _MIN_SCORE])
    found: list[Event] = []
    for i, sent in enumerate(sentences):
        cue = cues[sent.text]
        if not cue or (cue < _MIN_SCORE and not short):
            continue
        if not short and (_tally(sent, dates) or _denied(sent)):
            continue
        ranked = rank(whole if short else sent.text)
        following = sentences[i + 1] if i + 1 < len(sentences) else None
        after = following.text if following is not None and not _tally(following, dates) else ""
        event = _event(sent, after, (ranked[0][0], cue), quotes, claims, entities, places, dates, focus)
        if event.date and published and _long_before(event.date, published):
            continue
        found.append(event)
    for sent in headlines:  # an event only the headline tells ("Deadly car bombing near ... base")
        cue = cues[sent.text]
        ranked = rank(sent.text) if cue >= _MIN_SCORE else []
        if ranked and not any(e.sub_event_type == ranked[0][0].name for e in found):
            event = _event(sent, "", (ranked[0][0], cue), quotes, claims, entities, places, dates, focus)
            found.append(event.model_copy(update={"confidence": round(event.confidence - 0.2, 2)}))
    if short and found:
        found = [max(found, key=lambda e: e.confidence)]
    elif short and sentences:
        ranked = rank(whole, learnt_only=True)
        if ranked:  # no cue phrase at all: the learnt model's guess, with low confidence
            after = sentences[1].text if len(sentences) > 1 else ""
            guess = _event(sentences[0], after, (ranked[0][0], 0.0), quotes, claims, entities, places, dates, focus)
            found = [guess]
    return sorted(_merge(found), key=lambda e: -e.confidence)


def _event(sent: Span, after: str, best, quotes, claims, entities, places, dates, focus: Place | None) -> Event:
    kind, score = best
    kind = _territory(kind, entities, sent.start_char, sent.end_char)
    start, end = sent.start_char, sent.end_char
    inside = [c for c in claims if start <= c.start < end]
    window = [c for c in claims if start <= c.start < end + 1 + len(after)]  # "... Several were killed."
    fatalities, fatalities_text = _fatalities(window, sent.doc.text, sent.text + " " + after)
    if fatalities is None and kind.name in _NON_LETHAL:
        fatalities = 0
    date = next((d for d in dates if start <= d.start < end and d.value and d.precision != "period"), None)
    quote = next((q for q in quotes if q.start < end and start < q.end), None)
    source = next((c for c in inside if c.claimant is not None), None)
    claimant = quote.speaker.name if quote else (source.claimant.name if source else None)
    via = quote.via if quote else (source.via if source else [])
    actors = _actors(entities, start, end)
    return Event(
        event_type=kind.event_type,
        sub_event_type=kind.name,
        date=date.value if date else None,
        date_precision=date.precision if date else None,
        place=_place(places, start, end, sent.doc.text) or focus,
        actor1=actors[0] if actors else None,
        actor2=actors[1] if len(actors) > 1 else None,
        fatalities=fatalities,
        fatalities_text=fatalities_text,
        evidence={"start": start, "end": end},
        claimant=claimant,
        via=list(via),
        confidence=round(min(0.95, 0.3 + 0.1 * score), 2),
    )


_EVENT_PLURALS = frozenset("attack clash strike raid incident ambush killing bombing".split())


def _denied(sent: Span) -> bool:
    """ "No group has claimed the attack": a claim said not to have been made."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    negated = any(c.dep_ == "neg" for c in root.children) or (
        subject is not None
        and (subject.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in subject.children))
    )
    others = [t for t in sent if t.pos_ == "VERB" and t != root]
    return negated and not others and root.lemma_ == "claim"  # not "Nobody was hurt in an air strike"


def _tally(sent: Span, dates: list[DateMention]) -> bool:
    """ "Attacks in the region have killed at least 94 since January, according to an AFP tally": many events
    counted over a stretch, not one event."""
    stretch = any(sent.start_char <= d.start < sent.end_char and d.precision == "period" for d in dates)
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    plural = subject is not None and subject.tag_ == "NNS" and subject.lemma_.lower() in _EVENT_PLURALS
    return stretch and (plural or any(t.lemma_.lower() == "tally" for t in sent))


def _fatalities(claims: list[Claim], full: str, text: str) -> tuple[int | None, str | None]:
    """ACLED's conservative count: the lowest figure of the dead; "dozens" 12, "several" 3; none said, unknown.
    A count is of the dead when the clause says they died ("killing 15", "several militants were killed"),
    and a part of a count ("including 9 children") is not a count."""
    if _NO_DEATHS.search(text):
        return 0, _NO_DEATHS.search(text).group(0)
    counted = _DEATHS.search(text)
    if counted:
        return int(counted.group(1) or counted.group(2)), counted.group(0)
    one = _ONE_DEAD.search(text)
    killed = [c for c in claims if not c.malformed and _of_the_dead(c, full)]
    if one and not killed:
        return 1, one.group(0)
    figures = []
    for claim in killed:
        vague = next((n for word, n in _VAGUE.items() if word in claim.text.lower()), None)
        value = vague if vague is not None else next((v for v in (claim.low, claim.value, claim.high) if v), None)
        if value is not None:
            figures.append((int(value), claim.text))
    return min(figures) if figures else (None, None)


_KILL_BEFORE = re.compile(
    r"\b(?:kill\w*|left|leaving|claim\w*(?: the lives of)?|death of|to death)\s+(?:at least\s+)?$", re.I
)
_KILL_AFTER = re.compile(r"^[\w\s,-]{0,40}?\b(?:killed|dead|died|were killed|lost their lives|fatalities)\b", re.I)


def _of_the_dead(claim: Claim, text: str) -> bool:
    if re.search(r"\bincluding\s+$", text[max(0, claim.start - 12) : claim.start], re.I):
        return False
    before = text[max(0, claim.start - 30) : claim.start]
    return claim.category == "killed" or bool(_KILL_BEFORE.search(before) or _KILL_AFTER.search(text[claim.end :]))


def _place(places: list[Mention], start: int, end: int, text: str) -> Place | None:
    """The most precise geocoded place the sentence names; failing that, any place it names; never one that only
    qualifies a word ("the US-based SITE Intelligence Group", "Iran-backed militias")."""
    inside = [m for m in places if start <= m.start < end and text[m.end : m.end + 1] not in ("-", "‐", "‑")]
    rank_of = {"town": 0, "admin2": 1, "admin1": 2, "country": 3}
    placed = [m for m in inside if m.place.lat is not None]
    best = min(placed, key=lambda m: rank_of.get(m.place.precision or "", 4), default=None)
    return (best or next(iter(inside), None)).place if (best or inside) else None


def _focus(places: list[Mention]) -> Place | None:
    """The town the report is about, for the events of sentences that name no place ("evacuated 46 truckloads
    from the last redoubt"), as a coder places them: the town named most, at least twice and more than any other."""
    towns = Counter(m.place for m in places if m.place.precision not in ("country", "admin1"))
    ranked = towns.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


_TERRITORY = {"state actor": "Government regains territory", "armed group": "Non-state actor overtakes territory"}


def _territory(kind: SubEvent, entities: list[Entity], start: int, end: int) -> SubEvent:
    """ACLED tells the two territory types apart by who takes the ground: the first actor the sentence names."""
    if kind.name not in _TERRITORY.values():
        return kind
    named = _named_actors(entities, start, end)
    return taxonomy()[_TERRITORY[named[0].type]] if named else kind


def _actors(entities: list[Entity], start: int, end: int) -> list[str]:
    """Armed groups and state forces the sentence names, in the order it names them."""
    return [entity.name for entity in _named_actors(entities, start, end)]


def _named_actors(entities: list[Entity], start: int, end: int) -> list[Entity]:
    named = []
    for entity in entities:
        if entity.type not in _ACTOR_TYPES:
            continue
        first = min((s for s, _ in entity.mentions if start <= s < end), default=None)
        if first is not None:
            named.append((first, entity))
    return [entity for _, entity in sorted(named, key=lambda pair: pair[0])]


def _long_before(iso: str, published: dt.date) -> bool:
    end = iso.split("/")[-1]  # a week or a stretch ends where its last part says
    last_day = {10: end, 7: end + "-28", 4: end + "-12-31"}.get(len(end))
    try:
        day = dt.date.fromisoformat(last_day or "")
    except ValueError:
        return False  # a stretch up to publication ("../2024-05-13") or "since" (".."): current
    return (published - day).days > _PASSING_DAYS


def _merge(events: list[Event]) -> list[Event]:
    """The same event told twice (same type, and no different place or day) is one: the strongest telling, the
    lowest toll."""
    kept: list[Event] = []
    for event in events:
        same = next((k for k in kept if _same(k, event)), None)
        if same is None:
            kept.append(event)
            continue
        tolls = [t for t in (same.fatalities, event.fatalities) if t is not None]
        best = max((same, event), key=lambda e: e.confidence)
        merged = best.model_copy(
            update={
                "fatalities": min(tolls) if tolls else None,
                "place": best.place or same.place or event.place,
                "date": best.date or same.date or event.date,
                "actor1": best.actor1 or same.actor1 or event.actor1,
                "actor2": best.actor2 or same.actor2 or event.actor2,
            }
        )
        kept[kept.index(same)] = merged
    return kept


def _same(a: Event, b: Event) -> bool:
    if a.sub_event_type != b.sub_event_type:
        return False
    places = (a.place.name if a.place else None, b.place.name if b.place else None)
    return (None in places or places[0] == places[1]) and (None in (a.date, b.date) or a.date == b.date)
