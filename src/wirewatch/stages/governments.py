"""A country's rulers named only by description: "the junta", "the military government", "Mali's authorities",
"the government of Bangladesh". Reports rarely give them a name, yet every such phrase about one country is one
actor; this stage makes that actor, one per country (the report's own country when none is said).

Written by hand: a description of a government is a matter of a few head words and the country they belong to,
which no library resolves, and the rest of the pipeline already knows the countries and the report's home.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .descriptions import described_actor
from .entities import Actor, Registry
from .gazetteer import country_names, country_words, fold, gazetteer

_HEADS = frozenset("government junta authorities regime".split())  # not "the administration": often a local one
# a government below the nation's ("the state government", "local authorities") or a field's ("health authorities")
_LEVELS = frozenset("state regional provincial local district county municipal city village camp".split())
# another government than the one in power, or a branch of it ("the de facto authorities", "the former regime")
_OTHERS = frozenset(
    "de facto parallel rival former previous old new ex exiled separatist rebel opposition judicial "
    "self-declared breakaway autonomous".split()
)
_NEAR = 300  # characters: about the sentence before
_MODIFIERS = ("det", "amod", "compound", "poss", "nmod", "npadvmod")


def link_governments(registry: Registry, skip: list[tuple[int, int]], home: str | None) -> None:
    """Give every description of a national government the actor of its country's government, before the quotes
    stage reads "the government said". ``home``: the ISO alpha-2 code of the country the report is about."""
    governments: dict[str, Actor] = {}
    named: tuple[int, str] | None = None  # where the last government named with its country was, and whose
    phrases = [
        p for p in map(_phrase, registry.doc) if p is not None and not any(s <= p.start_char < e for s, e in skip)
    ]
    seats: dict[str, set[str]] = {}
    for phrase in phrases:
        found = _seat(phrase)
        if found and found[0]:
            seats.setdefault(found[0], set()).add(fold(found[1]))
    military = {  # the countries ruled by soldiers, as the report says: "Myanmar's military authorities"
        c for p in phrases if (c := _country(p, None)) and any(t.lower_ in ("military", "junta") for t in p)
    }
    for phrase in phrases:
        own = _country(phrase, None)  # the country its words name, "" for none
        if own is None:
            continue
        if not own and phrase[-1].lower_ == "junta" and len(military) == 1:
            own = next(iter(military))  # "the junta" of a Bangladeshi report: Myanmar's, named as military before
        seat = _seat(phrase)
        if seat and len(seats.get(own, ())) > 1:
            own = f"{own}:{fold(seat[1])}"  # "the Aden-based government", "the government in Sanaa": two rivals
        country = own or home or ""
        if not own and named is not None and phrase.start_char - named[0] < _NEAR:
            country = named[1]  # "Ukraine's government said. ... the government said": that one
        elif own:
            named = phrase.start_char, own
        if country == (home or "") and described_actor(phrase, registry) is not None:
            continue  # "the junta" after "Myanmar's military": the force named before, the descriptions stage's
        taken = [a for a in registry.actors if a.mentions_span(phrase) and a is not governments.get(country)]
        if any(not _a_government(a) for a in taken):
            continue  # "The junta" of a junta named before: the descriptions stage's
        actor = governments.get(country) or (taken[0] if taken else _new_government(registry, phrase, country))
        governments[country] = actor
        registry.governments.add(actor.id)
        actor.mention(phrase.start_char, phrase.end_char, phrase.text)


def _phrase(token: Token) -> Span | None:
    """ "the junta", "Mali's military government", "the Bangladeshi authorities": a government head word in lower
    case with the words that say whose; not "government forces" nor "anti-government protests"."""
    if token.lower_ not in _HEADS or not token.is_lower or token.dep_ in ("compound", "amod"):
        return None
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-":
        return None  # "pro-government militias", "anti-government"
    lefts = [t for t in token.lefts if t.dep_ in _MODIFIERS]
    if not lefts:
        return None
    words = [t for t in doc[min(t.left_edge.i for t in lefts) : token.i]]
    if any(t.lower_ in _LEVELS | _OTHERS or (t.pos_ == "NOUN" and t.dep_ == "compound") for t in words):
        return None  # "the state government", "health authorities", "the de facto authorities"
    return doc[words[0].i : token.i + 1]


def _country(phrase: Span, home: str | None) -> str | None:
    """Whose government: the country its words or an "of" after it name, else the report's own for "the ...";
    None when another name makes it someone else's ("the Borno State government", "Burhan's government")."""
    head = phrase[-1]
    seat = _seat(phrase)
    seat_words = set(seat[1].split()) if seat else set()
    words = [t.text for t in phrase[:-1] if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")]
    words = [w for w in words if w not in seat_words]  # "the Sanaa-based Houthi government": the Houthis'
    if seat is not None and not words:
        return seat[0] or None
    of = [o.text for p in head.children if p.lower_ == "of" for o in p.subtree if o.pos_ == "PROPN"]
    named = _countries(words) | _countries(of)
    if None in named:
        return None
    if len(named) == 1:
        return named.pop()
    if named or phrase[0].lower_ != "the" or any(p.lower_ in ("in", "of") for p in head.children):
        return None  # two countries, or "the government in Bamako" (a capital the gazetteer would have to say)
    return home or ""


def _seat(phrase: Span) -> tuple[str, str] | None:
    """The country whose seat of government the phrase names: "the junta in Ouagadougou", "the authorities in
    Bamako" (a capital; "the authorities in Kidal" are a town's), "the Port Sudan-based government" (a city of one
    country), with the seat's name; "" for the country of a seat of no country's, None when it names no seat."""
    doc, head = phrase.doc, phrase[-1]
    based = next(
        (t for t in phrase if t.lower_ == "based" and t.i > phrase.start + 1 and doc[t.i - 1].text == "-"), None
    )
    if based is not None:
        words = [t for t in doc[phrase.start : based.i - 1] if t.pos_ == "PROPN"]
        name = " ".join(t.text for t in words)
        return (_country_of_seat(name, capital_only=False), name) if words else None
    at = next((p for p in head.rights if p.lower_ == "in"), None)
    place = next((o for o in at.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if at else None
    if place is None:
        return None
    name = " ".join(t.text for t in place.subtree if t.pos_ == "PROPN" and t.i < place.i + 1)
    return _country_of_seat(name, capital_only=True), name


def _country_of_seat(name: str, capital_only: bool) -> str:
    """The country of which ``name`` is the capital (a country's point is its capital's, in the gazetteer), or,
    when not ``capital_only``, a city of 100,000 or more people of one country only; "" for none."""
    places = gazetteer().lookup(name)
    for entry in places:
        country = gazetteer().country_entry(entry.country)
        if entry.kind == "P" and country is not None and (entry.lat, entry.lon) == (country.lat, country.lon):
            return entry.country
    towns = {e.country for e in places if e.kind == "P" and e.population >= 100_000}
    if capital_only or len(towns) != 1 or len({e.country for e in places}) != 1:
        return ""
    return towns.pop()


def _countries(words: list[str]) -> set[str | None]:
    """The countries a run of capitalised words names ("Burkina Faso", "Malian"); None for a word of no
    country's ("Borno", "Burhan")."""
    found: set[str | None] = set()
    i = 0
    while i < len(words):
        pair = fold(" ".join(words[i : i + 2])) if i + 1 < len(words) else ""
        if pair in country_words() or pair in country_names():
            found.add(country_words().get(pair) or country_names()[pair])
            i += 2
            continue
        word = fold(words[i])
        found.add(country_words().get(word) or country_names().get(word))
        i += 1
    return found


def _a_government(actor: Actor) -> bool:
    """An actor the tagger made of a government's description ("the Bangladeshi government")."""
    return actor.type in ("state actor", "organization") and actor.name.split()[-1].lower() in _HEADS


def _new_government(registry: Registry, phrase: Span, country: str) -> Actor:
    """The government's actor, named by the first of its descriptions that says the country ("the Togolese
    government", "the government of Mozambique"), else by the shortest ("government")."""
    doc = registry.doc
    phrases = [p for p in map(_phrase, doc) if p is not None and _country(p, None) in (country, "")] or [phrase]
    named = [p for p in phrases if _country(p, None) == country and country]
    best = named[0] if named else min(phrases, key=len)
    of = [p for p in best[-1].rights if p.lower_ in ("of", "in")]  # "the government of Mozambique", "in Bamako"
    end = max(of[0].right_edge.i + 1, best.end) if of else best.end
    words = doc[best.start + (best[0].lower_ == "the") : end]
    return registry.described_actor(words.text, "state actor")
