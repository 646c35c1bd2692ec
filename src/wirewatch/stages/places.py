"""Places of one report, geocoded against the offline gazetteer, ambiguity settled by the report's own context.

A name that several places share ("Hyderabad", "Tripoli") goes to the one in a country the report talks about
(named, or by its people: "Iraqi", "Malian"), under a division it names ("Sindh"), or near places already placed;
failing that, only to a place that dwarfs every namesake. Anything else stays unknown, its name kept: a wrong
coordinate is worse than none.

The small English model often calls a town a person or an organisation ("Gao said", "El Fasher"); such a name
counts as a place only where the sentence uses it as one ("in Gao", "the town of Boni", "Zamzam camp") and the
gazetteer has it, under that very name, in a country the report is about.
"""

from __future__ import annotations

import difflib
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..models import Place
from .clean import UPPER, CleanDoc
from .dates import MONTHS, WEEKDAYS
from .gazetteer import Entry, countries, country_names, country_words, fold, gazetteer
from .names import (
    BACKING,
    NAME_PARTICLES,
    actor_names,
    defined_acronyms,
    institution_words,
    known_actors,
    norm_key,
)
from .nlp import ents, per_doc
from .nlp import text as doc_text
from .outlets import masthead
from .people import nicknames

_PLACE_LABELS = ("GPE", "LOC", "FAC")
_NAME = r"(?:(?:al|el|as|ad|ash|an|ar)-)?[A-Z][\w'’-]+(?: [A-Z0-9][\w'’-]*){0,2}"
_SETTLEMENT = (
    r"village|town|city|hamlet|locality|camp|settlement|district|province|state|region|governorate|county|"
    r"hometown|home town|capital|outskirts|suburbs?|municipality|township"
)
# "the village of Baghouz", "the town of Djibo": whatever the tagger called the name, it is a place
_OF_PLACE = re.compile(rf"\b(?:{_SETTLEMENT}) of ({_NAME})")
_DATELINE_REGION = re.compile(r", ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b")  # "BAMAKO, Ségou -"
# "the villages of Mbau and Diaca", "the towns of Gao, Ansongo and Menaka": each name of the list
_SETTLEMENTS = r"villages|towns|cities|hamlets|localities|camps|settlements|districts|provinces|municipalities"
_OF_PLACES = re.compile(rf"\b(?:{_SETTLEMENTS}) of ((?:{_NAME})(?:(?:, |,? and )(?:{_NAME}))+)")
# "the Ménaka and Gao regions", "Chawkay, Nurgal and Watapur districts": names listed before a plural division word
_NAMED_DIVISIONS = re.compile(
    rf"\b((?:{_NAME}, )*{_NAME},? and (?:neighbou?ring )?{_NAME}) "
    r"(?:regions|provinces|states|districts|prefectures|departments|governorates|counties|localities|communes)\b"
)
_LISTED_BEFORE = re.compile(rf"\b(?:{_SETTLEMENTS}) of (?:{_NAME}(?:, |,? and ))+$")
_NAMED_DIVISION = re.compile(
    rf"\b({_NAME} (?i:region|province|state|governorate|district|prefecture|department|county))\b"
)
_CAMP = re.compile(rf"\b({_NAME}) (?:(?:refugee|displacement|displaced|IDP|transit) )?camp\b")
# "Bhasan Char island", "the Rwamwanja settlement", "the Bwera reception point": a name before a word for a place
_FEATURE_PLACE = re.compile(
    rf"\b({_NAME}) (?:island|settlement|reception (?:point|centre|center)|transit (?:site|centre|center)|"
    r"border (?:crossing|post)|crossing point|crossing|airstrip|market town)\b"
)
# "the Sambisa Forest", "the Chittagong Hill Tracts", "Pendjari National Park": a name that says it is a place
_FEATURE_NAME = re.compile(
    rf"\b((?:{_NAME}) (?:Forest|Mountains|Hills|Hill Tracts|National Park|Game Reserve|Forest Reserve|Nature Reserve|"
    r"Valley|Plateau|Desert|Island|Islands))\b"
)
# "near Mahas", "around Kasindi and Beni", "in Kauda": a preposition only places follow (not "from", "to", "at",
# which also lead to people and bodies)
_ONLY_PLACES_AFTER = re.compile(
    r"\b(?:in|near|around|outside|towards|toward|across|via|inside|into|off)\s+(?:(?:[A-Z][\w'’-]+,?\s+)+and\s+)?$"
)
# ... and a name inside such a list, which goes on to its "and" ("in Pesalai, [Vankalai] and Silavathurai"; not
# "in March, Hanifa Bibi, 31, walked")
_INSIDE_A_LIST = re.compile(
    r"\b(?:in|near|around|outside|towards|toward|across|via|inside|into|off)\s+"
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+)+$"
)
_LIST_GOES_ON = re.compile(r"(?:,\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)*,?\s+and\s+[A-Z]")
# "the capital Sanaa", "the provincial capital, Lashkar Gah": a name set beside a settlement noun
_APPOSED = re.compile(rf"\b(?:the|its) (?:[a-z]+ )?(?:capital|city|town|village|hamlet),? ({_NAME})")
# "Mazar-i-Sharif" after the tagger's "Mazar", "Nahr-e Shahi" after its "Nahr-e": a name's hyphenated rest, and
# the ezafe ("-e", "-i", "-ye") that joins Persian, Pashto and Urdu place names to their next word
_HYPHENATED_REST = re.compile(r"(?:-(?:[a-z]{1,3}-)?[A-Z][\w'’]*)+")
_EZAFE_REST = re.compile(r"(?<=-(?:e|i))(?:-| )[A-Z][\w'’]*|(?<=-ye)(?:-| )[A-Z][\w'’]*")
_EZAFE_BEFORE = re.compile(r"[A-Z][\w'’]*-(?:e|i|ye)[ -]$")
_NEIGHBOURING = frozenset(("neighbouring", "neighboring", "nearby"))
_LOCATIVE = frozenset("in near at from to outside around towards toward into across between via inside on off".split())
_OF_A_PLACE = frozenset("residents inhabitants mayor governor prefect sub-prefect administrator outskirts".split())
_BOUND = frozenset("bound headed heading left leave leaving fled flee fleeing set".split())
_DIVISION = re.compile(r"\s+(?:governorate|province|state|region|district|prefecture|department|division)$", re.I)
_PARTS = (
    r"(?:sub-?)?districts?|provinces?|count(?:y|ies)|prefectures?|departments?|governorates?|regions?|states"
    r"|localit(?:y|ies)|neighbou?rhoods?|quarters?|suburbs?|communes?|wards?"
)
# "Ghaziabad district", "Dangam[ and Ghaziabad] districts", "Bara[ and neighbouring Rautahat] districts",
# "the Brooklyn [and Bois Neuf] neighbourhoods",
# "Riyadh, a subdistrict west of Hawija", "Dar es Salaam, a locality south of the camp"
_DIVISIONS_AFTER = re.compile(
    rf"(?:(?:,|,? and|,? or) (?:neighbou?ring |nearby |adjoining |adjacent )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})*"
    rf" (?:{_PARTS})\b"
    rf"|,\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_PARTS})\b"
)
_DIVISION_OF = re.compile(r"^(?:state|province|region|governorate|department|prefecture) of\s+", re.I)  # Mizoram
_DIRECTION = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|south-?west|upper|lower)"
    r"\s+)+",
    re.I,
)
_ARTICLE = r"^(?:[ae][lnrsdtz]|ash|esh) "  # Arabic's article as transliterated: "Er Rahad" is "Ar Rahad"
_NOT_PLACES = frozenset({"sahel", "west", "east", "north", "south", "middle east", "wire"})
# "Kelbo, in northern Burkina Faso", "Hyderabad, Pakistan"
_TRAILING_COUNTRY = re.compile(
    r"^,? (?:in )?(?:the )?(?:(?:[a-z]+ern|central) )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
# "El Wak, a town in the Gedo region": the division that holds the place, whose country is the place's
_CONTAINER = re.compile(
    r"^, (?:an? |the )?(?:(?!the |of |in |around |near )[\w-]+ ){0,3}?"
    r"(?:(?:village|town|city|camp|settlement|district|locality|community|hamlet) in|(?:district|locality) of) "
    r"(?:the )?(?:(?:[a-z]+ern|central) )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:region|province|state))?)"
)
# "Kalat district in Zabul", "Tonga village in Panyikang County": the division the place lies in, named after it
_NAMED_IN = re.compile(
    r"^ (?:district|county|town|village|camp|province|region|department|governorate|prefecture) in (?:the )?"
    r"(?:(?:[a-z]+ern|central) )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:region|province|state))?)"
)
# "Kalat, the capital of neighbouring Zabul province": the division a town heads
_CAPITAL_OF = re.compile(
    r"^, (?:the )?(?:[a-z]+ )?capital of (?:the )?(?:neighbouring |nearby |(?:[a-z]+ern|central) )?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:region|province|state|governorate))?)"
)
_INSIDE_A_DIVISION = re.compile(
    rf",? in (?:the )?(?:(?:[a-z]+ern|central) )?"  # "Kona, in the central Mopti region"
    rf"({_NAME} (?i:county|district|province|state|region|governorate|department|prefecture))\b"
)
_DIVISION_AFTER = re.compile(r" (?:region|province|state|governorate|prefecture|department)\b(?! \w*[A-Z])")
_MAJOR = 100_000  # a city this big may be named in a report about another country ("talks in Geneva")
_METROPOLIS = 5_000_000  # ... and a city this big, or a capital, even far from every country the report names
_HUGE = 1_000_000  # ... and a city this big even when the report names none of its country
_TOWN = 5_000  # a town this big, unique to one country, says which country a report is about
_DWARFS = 10  # how many times bigger than every namesake a place must be to win without context
_NEAR_KM = 400
_COMMON = 3  # a name with places in this many countries is a common one
_NEIGHBOUR_KM = 50


@dataclass
class Mention:
    """One place name in the text and what it resolved to (``place.lat`` is None when unknown)."""

    start: int
    end: int
    text: str
    place: Place
    entry: Entry | None = None
    plain: bool = False  # the words around it make it a place, though the gazetteer lacks it ("Bhasan Char island")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    weak: bool = False  # the tagger did not call it a place


@dataclass
class Context:
    """What the report says about where it is: countries (by weight), divisions, places already placed."""

    countries: Counter[str] = field(default_factory=Counter)
    implied: Counter[str] = field(default_factory=Counter)  # countries the report names only through places
    admin1: set[tuple[str, str]] = field(default_factory=set)
    points: list[Entry] = field(default_factory=list)
    dateline: str | None = None  # the country the report's first dateline names ("KALAIYA, Nepal -")


def find_places(doc: Doc, cleaned: CleanDoc | None = None) -> list[Mention]:
    """Every place mention in the document, geocoded where the gazetteer and the context agree. Mentions of one
    name share one resolution, helped by whichever of them says the country ("Hyderabad, Pakistan")."""
    spans = _candidates(doc, cleaned)
    context = _context(doc, spans)
    context.dateline = _dateline_country(doc, cleaned)
    mentions: list[Mention] = []
    names: dict[str, list[_Span]] = {}
    text = doc_text(doc)
    towns = {  # "the village of Tonga"; not "the main town of Niger's south-east"; "Bahrain and Kalam, resorts"
        fold(s.text)
        for s in spans
        if (_SETTLEMENT_OF.search(text[max(0, s.start - 30) : s.start]) and not re.match(r"['’]s\b", text[s.end :]))
        or _SETTLEMENT_AFTER.match(text[s.end : s.end + 60])
    }
    # "near Tonga, in Panyikang County", then "in full control of Tonga": a town of the name, not the country
    towns |= {
        fold(s.text)
        for s in spans
        if (iso := country_names().get(fold(s.text))) and _town_of_a_country_name(doc, s, iso, context)
    }
    for span in spans:
        iso = country_names().get(fold(span.text))
        if iso and (fold(span.text) in towns or _FEATURE_OF.match(text[span.end :])):
            iso = None  # "Saint Martin's Island" off Bangladesh is not the Caribbean Saint Martin
        entry = gazetteer().country_entry(iso) if iso else None
        if entry is not None:
            mentions.append(Mention(span.start, span.end, span.text, to_place(entry), entry))
        else:
            names.setdefault(fold(span.text), []).append(span)
    names, local, undecided = _namesakes_apart(doc, names, context)
    # (the namesake a contrast sets apart, "El Wak on the Somali side", is in the country the contrast names)
    disowned = {key: _disowned_countries(doc, group) if "~" not in key else frozenset() for key, group in names.items()}
    camps = {fold(m.group(1)) for m in _CAMP_NAME.finditer(text)}
    divisions = {fold(s.text) for s in spans if _DIVISIONS_AFTER.match(text, s.end)}  # "Dangam and Ghaziabad districts"
    waters = {  # "across the White Nile"; not "across the Tillabéri region", "across the Alibori and Atacora ..."
        s.start
        for s in spans
        if _WATER_BEFORE.search(text[max(0, s.start - 40) : s.start])
        and not _DIVISION.search(s.text)
        and not _BORDER_AFTER.match(text, s.end)
        and fold(s.text) not in divisions
    }
    lists = _lists(text)
    for second in (False, True):  # a second pass lets places placed in the first one vouch for their neighbours
        for key in [k for k in names if k not in undecided]:
            group, name = names[key], key.split("|")[0]
            weak = all(s.weak for s in group)
            town, division = name in towns, name in divisions
            entry = choose(group[0].text, context, local[key], weak, town, disowned[key], division)
            sibling = _siblings_country(name, lists, mentions) if second and local[key] is None else None
            if entry is None and sibling is not None:  # "the Ménaka and Gao regions", Gao placed in Mali
                entry = choose(group[0].text, context, sibling, weak, town, disowned[key], division)
            water = entry is not None and entry.kind == "A" and all(s.start in waters for s in group)
            if water and not local[key] and entry.country != _home(context):
                entry = None  # "shelled positions across the White Nile" in Malakal: the river, not Sudan's state
                # (a river of the report's own country keeps its division's: "across the Tana River")
            if entry is not None and name in camps and local[key] is None and _abroad(entry, context):
                entry = None  # "the Jeddah 1 camp near Qayyarah", then "arrived at Jeddah": not the Saudi city
            if entry is not None:
                context.points.append(entry)
                context.admin1.add((entry.country, entry.admin1))
                mentions += [Mention(s.start, s.end, s.text, to_place(entry), entry) for s in names.pop(key)]
    mentions = _apart_from_its_siblings(mentions, text, local)
    for key in list(names):  # "Ouaddaï" after "Ouaddaï province", "in Fada" after "Fada N'Gourma"
        whole = next((m for m in mentions if m.entry is not None and _said_short(key.split("|")[0], m.text)), None)
        if whole is not None:
            mentions += [Mention(s.start, s.end, s.text, whole.place, whole.entry) for s in names.pop(key)]
    villages = towns | _listed(text, spans) | camps | {fold(s.text) for s in spans if _plainly_a_place(text, s)}
    villages |= {name for names in lists for name in names}  # "Dangam and Sarkano districts"
    towns_placed = [m for m in mentions if m.entry is not None and m.entry.kind == "P"]
    for key, group in names.items():
        # a name only guessed to be a place, and not found, is dropped; not one the report calls a village, nor one
        # listed with a town ("fled to Bol and Baga Sola")
        guessed = all(s.weak for s in group)  # kept only as the report calls it a village: no country either
        listed = any(_listed_together(text, m, s) for s in group for m in towns_placed)
        plain = key.split("|")[0] in villages
        if not guessed or plain or listed:
            place = _unknown(group[0].text, None if guessed and "~" not in key else local[key])
            mentions += [Mention(s.start, s.end, s.text, place, plain=plain) for s in group]
    return sorted(_twins_apart(mentions), key=lambda m: m.start)


# "across the White Nile", "on the banks of the Blue Nile": a river named like a division
_WATER_BEFORE = re.compile(
    r"\b(?:across|along|crossed|cross|crossing|over|banks? of|shores? of|upstream on|downstream on) the $", re.I
)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier|boundary)\b", re.I)  # "along the Zamfara border": the state's


def _main_country(context: Context) -> str | None:
    """The country the report names most."""
    return context.countries.most_common(1)[0][0] if context.countries else None


def _home(context: Context) -> str | None:
    """The report's own country: its dateline's, or the one it names and places most."""
    placed = (context.countries + Counter(p.country for p in context.points)).most_common(2)
    if context.dateline or not placed:
        return context.dateline
    return placed[0][0] if len(placed) == 1 or placed[0][1] > placed[1][1] else None  # no home on a tie


def _dateline_country(doc: Doc, cleaned: CleanDoc | None) -> str | None:
    """The country the first dateline names ("KALAIYA, Nepal -"), or its city's, when only one country has a place
    of that name ("BIRGUNJ -")."""
    for start, end in cleaned.datelines if cleaned else []:
        line = doc_text(doc)[start:end]
        for name in re.findall(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*", line):
            if (iso := country_names().get(fold(name))) is not None:
                return iso
        city = re.match(rf"[{UPPER}][{UPPER} .'’-]+[{UPPER}]", line)
        countries = {e.country for e in _entries(city.group(0).title())} if city else set()
        if len(countries) == 1:
            return countries.pop()
    return None


def _lists(text: str) -> list[set[str]]:
    """The names each list of places gives together ("the villages of A, B and C", "the A and B regions")."""
    found = [*_OF_PLACES.finditer(text), *_NAMED_DIVISIONS.finditer(text)]
    return [{fold(n.group(0)) for n in re.finditer(_NAME, m.group(1))} for m in found]


def _siblings_country(name: str, lists: list[set[str]], mentions: list[Mention]) -> str | None:
    """The one country of the places already placed that a list gives with this name."""
    siblings = {n for names in lists if name in names for n in names if n != name}
    countries = {m.entry.country for m in mentions if m.entry is not None and fold(m.text) in siblings}
    return countries.pop() if len(countries) == 1 else None


def _said_short(name: str, placed: str) -> bool:
    """Whether a name is a placed name said short: its division word left off ("Ouaddaï" of "Ouaddaï province")
    or its first words alone ("Fada" of "Fada N'Gourma")."""
    whole = fold(placed)
    return name == fold(_DIVISION.sub("", placed)) != whole or (len(name) >= 4 and whole.startswith(name + " "))


def _plainly_a_place(text: str, span: _Span) -> bool:
    """Whether the words around a name say it is a place, which the gazetteer may lack: "Bulo Burte, a town",
    "Bhasan Char island", "around Kasindi and Beni"; not "in Guterres's words"."""
    if _SETTLEMENT_APPOSED.match(text, span.end) or _FEATURE_PLACE.match(text, span.start):
        return True
    if _FEATURE_NAME.fullmatch(span.text):
        return True
    before = text[max(0, span.start - 80) : span.start]
    listed = _INSIDE_A_LIST.search(before) is not None and _LIST_GOES_ON.match(text, span.end) is not None
    return (_ONLY_PLACES_AFTER.search(before) is not None or listed) and not re.match(r"['’]", text[span.end :])


def _apart_from_its_siblings(mentions: list[Mention], text: str, local: dict) -> list[Mention]:
    """ "Many families in Tokombéré and Mora": a small town listed with a place of another country, which that
    country's places outnumber in the report, and whose own country no word beside it gives, is not placed."""
    placed = [m for m in mentions if m.entry is not None and m.entry.kind == "P"]
    count = Counter(m.entry.country for m in placed)
    kept = []
    for m in mentions:
        siblings = [o for o in placed if o is not m and _listed_together(text, m, o)]
        abroad = [o for o in siblings if o.entry.country != m.entry.country] if m.entry is not None else []
        given = local.get(fold(m.text)) is not None
        if (
            abroad
            and not given
            and m.entry.population < _MAJOR
            and count[abroad[0].entry.country] > count[m.entry.country]
        ):
            m = Mention(m.start, m.end, m.text, _unknown(m.text, None))
        kept.append(m)
    return kept


def _listed_together(text: str, a: Mention, b: Mention) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return re.fullmatch(r",? and |, |,? or ", text[first.end : second.start]) is not None


def _listed(text: str, spans: list[_Span]) -> set[str]:
    """The names of a list the report calls villages or towns ("the villages of Kaiga and Tchoukoutalia")."""
    return {
        fold(s.text)
        for s in spans
        if _LISTED_BEFORE.search(text[max(0, s.start - 80) : s.start])
        or re.search(r"\b(?:villages|towns|hamlets|settlements) of $", text[max(0, s.start - 30) : s.start])
    }


def _namesakes_apart(
    doc: Doc, names: dict[str, list[_Span]], context: Context
) -> tuple[dict[str, list[_Span]], dict[str, str | None], set[str]]:
    """The place names and, for each, the country the words around any mention give it ("the Syrian village of
    Baghouz", "Kelbo, in northern Burkina Faso", "Hyderabad, Pakistan"). Mentions of one name the words around them
    give two countries are two places ("Illéla, in Niger's Tahoua region" and "Illela, the Nigerian border town of the
    same name"); its mentions that say neither are left undecided (returned apart), since the report has two."""
    apart: dict[str, list[_Span]] = {}
    local: dict[str, str | None] = {}
    undecided: set[str] = set()
    foils = _contrasts(doc)
    main = _main_country(context)
    for key, group in names.items():
        foil = [s for s in group if _set_apart(doc, s, foils)]
        if foil and len(foil) < len(group):  # "Janakpur is not to be confused with the town of Janakpur in India's
            group = [s for s in group if s not in foil]  # Chhattisgarh state": that mention is the namesake's
            for span in foil:
                iso = _country_nearby(doc, span.start, span.end, context)
                apart.setdefault(f"{key}|{iso or '?'}~", []).append(span)
                local[f"{key}|{iso or '?'}~"] = iso
                if iso is None:
                    undecided.add(f"{key}|?~")
        isos = [_country_nearby(doc, s.start, s.end, context) for s in group]
        if len({iso for iso in isos if iso}) < 2:
            iso = next((iso for iso in isos if iso), None)
            spelt = {s.text for s, i in zip(group, isos, strict=True) if i}
            # "In Illéla, close to the border" of a Nigerien report, and "Illela, on the other side of the border
            # in Nigeria's Sokoto State": a name spelt otherwise is not said to be abroad
            otherwise = [s for s, i in zip(group, isos, strict=True) if not i and s.text not in spelt]
            if otherwise and iso is not None and iso != main:
                group = [s for s in group if s not in otherwise]
                apart[f"{key}|*"], local[f"{key}|*"] = otherwise, None
            apart[key], local[key] = group, iso
            continue
        # the mentions that say neither are the report's own country's, when one of the two is ("Asadabad, the
        # capital of Kunar" in an Afghan report, and "Asadabad in Iran's Hamadan province" once)
        # (spelt as that one is: "Illela, on the other side of the border" is not the "Illéla" of a Nigerien report)
        home = {s.text for s, iso in zip(group, isos, strict=True) if iso == main}
        for span, iso in zip(group, isos, strict=True):
            iso = iso or (main if span.text in home else None)
            apart.setdefault(f"{key}|{iso or '?'}", []).append(span)
            local[f"{key}|{iso or '?'}"] = iso
        undecided.add(f"{key}|?")
    return apart, local, undecided


def _set_apart(doc: Doc, span: _Span, foils: list[tuple[int, int]]) -> bool:
    """Whether a mention is the namesake a contrast sets apart: inside the contrast, its name written before it in
    the sentence ("Janakpur should not be confused with the town of Janakpur in India"; not "Bangassou - not the
    Italian city - with companies trained in Bangui")."""
    for start, end in foils:
        if start <= span.start < end:
            clause = doc.char_span(start, end, alignment_mode="expand")
            before = doc_text(doc)[clause.sent.start_char : start] if clause is not None else ""
            if fold(span.text) in fold(before):
                return True
    return False


def _twins_apart(mentions: list[Mention]) -> list[Mention]:
    """ "the bridge between Metema and Gallabat": two names the report gives two places are not one place, though
    the gazetteer lists one as the other's other name; the name that is not the place's own stays unplaced."""
    names: dict[int, set[str]] = {}
    for m in mentions:
        if m.entry is not None and m.entry.kind == "P":
            names.setdefault(m.entry.geonames_id, set()).add(fold(m.text))
    kept = []
    for m in mentions:
        others = names.get(m.entry.geonames_id, set()) if m.entry is not None else set()
        own = [n for n in others if _own_name(m.entry, n)]
        short = any(_said_short(fold(m.text), n) for n in others)  # "Fada" of "Fada N'Gourma" is that town
        if len(others) > 1 and own and not _own_name(m.entry, fold(m.text)) and not short:
            m = Mention(m.start, m.end, m.text, _unknown(m.text, None))
        kept.append(m)
    return kept


def _own_name(entry: Entry, name: str) -> bool:
    """Whether a name is the place's own, or its own spelt a letter apart ("Metema" for Metemma)."""
    return _same_name(entry, name) or _close_spelling(name, fold(entry.name))


# "the Jeddah 1 camp near Qayyarah": a name the report gives a camp, standing alone, is the camp's rather than a
# city of that name in a country the report never names (camps are seldom in the gazetteer: it stays unplaced)
_CAMP_NAME = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:\d+\s+)?(?:IDP\s+|refugee\s+)?[Cc]amps?\b")


# "Saint Martin's Island", "Jersey Point": a country's name that names a feature of its own
_FEATURE_OF = re.compile(r"(?:['’]s)?\s+(?:Island|Islands|Isle|Bay|Point|Reef|Peak|Hill|Hills)\b")


# "the village of Tonga": a country is never called so, wherever else the report writes the name
_SETTLEMENT_OF = re.compile(r"\b(?:village|town|hamlet|settlement|locality) of $", re.IGNORECASE)
# "Bahrain and Kalam, resorts further up the valley", "Tonga, a village on the Nile", "Costa Rica, a sugar-cane town":
# set beside a settlement noun
_SETTLEMENT_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+)?,\s+(?:an?\s+|two\s+)?(?:[\w-]+\s+)?(?:villages?|towns?|resorts?|hamlets?|settlements?)\b"
    r"|(?:(?:,|,? and) [A-Z][\w'’-]+)* (?:villages|towns|hamlets)\b"  # "between Butig and Piagapo towns"
)


# "not the Italian city near Naples", "should not be confused with the town of the same name in India's Arunachal
# Pradesh": a clause that sets a place apart from its namesake abroad
_CONTRAST = re.compile(
    r"\b(?:not|rather than)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:city|town|village|port|capital|one|place|namesake)\b"
    r"[^.;:!?]*|\bconfused with\b[^.;:!?]*|\bshar(?:es|ing) (?:its|a|the) name with\b[^.;:!?]*"
)


def _contrasts(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the clauses that set a place apart from its namesake abroad."""
    return per_doc(doc, "contrasts", lambda: [m.span() for m in _CONTRAST.finditer(doc_text(doc))])


def _disowned_countries(doc: Doc, spans: list[_Span]) -> frozenset[str]:
    """The countries a contrasting clause names in a sentence that writes the place's name ("Rupa ... should not be
    confused with the town of the same name in India's Arunachal Pradesh"): the place is not there."""
    found: set[str] = set()
    text, named = doc_text(doc), {s.text for s in spans}
    for start, end in _contrasts(doc):
        clause = doc.char_span(start, end, alignment_mode="expand")
        before = text[clause.sent.start_char : start] if clause is not None else ""
        if not any(re.search(rf"\b{re.escape(n)}\b", before) for n in named):
            continue  # the name written in the contrast's sentence before it, whether or not found there as a place
            # (not "Paktia" of "shares its name with a district in Afghanistan's Paktia province")
        words = [_bare(0, w)[1] for w in re.findall(r"[A-Z][\w'’-]+", text[start:end])]
        names = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]  # "Kenya's", "Burkina Faso"
        found |= {iso for name in names if (iso := country_words().get(fold(name)))}
    for span in spans:  # "Ramgarh, on the border with the Indian state of Tripura": not in India
        bordering = _ON_THE_BORDER.match(text, span.end)
        if bordering and (iso := country_words().get(fold(bordering.group(1)))):
            found.add(iso)
    return frozenset(found)


_ON_THE_BORDER = re.compile(
    r",? (?:on|near|along|at|close to|by) the (?:\w+ )?(?:border|frontier) (?:with|of) (?:the )?"
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


def _abroad(entry: Entry, context: Context) -> bool:
    """Whether a place lies in a country the report neither names nor implies by its other places."""
    return entry.country not in context.countries and entry.country not in context.implied


def _town_of_a_country_name(doc: Doc, span: _Span, iso: str, context: Context) -> bool:
    """ "near Tonga, in Panyikang County": a country's name set in a division that is not one of that country's is
    a town, when the report names the country nowhere else, or names it again but lies half a world away from it
    and never names its people ("Nigeria, in Borno state" and "Kenya, in Mandera County" stay countries)."""
    inside = _INSIDE_A_DIVISION.match(doc_text(doc)[span.end :])
    if inside is None:
        return False
    division = fold(_COUNTY.sub("", _DIVISION.sub("", inside.group(1))))
    own = any(_close_spelling(division, fold(_DIVISION.sub("", e.name))) or _same_name(e, division)
              for e in gazetteer().divisions(iso))  # fmt: skip
    if own:
        return False
    text = doc_text(doc)
    if len(re.findall(rf"\b{re.escape(span.text)}\b", text)) == 1:
        return True
    people = [w for w, i in country_words().items() if i == iso and w != fold(span.text)]
    named = any(re.search(rf"\b{re.escape(w)}\b", fold(text)) for w in people)
    return not named and _far_from_the_report(iso, context)


_COUNTY = re.compile(r"\s+county$", re.I)
_FAR_KM = 4_000


def _far_from_the_report(iso: str, context: Context) -> bool:
    """Whether a country lies far from the one the report names most ("Tonga" in a South Sudanese report)."""
    others = {c: n for c, n in context.countries.items() if c != iso}
    if not others:
        return False
    main = gazetteer().country_entry(max(others, key=lambda c: others[c]))
    country = gazetteer().country_entry(iso)
    return main is not None and country is not None and _km(main, country) > _FAR_KM


def _candidates(doc: Doc, cleaned: CleanDoc | None) -> list[_Span]:
    """Spans that name places: the tagger's places, names used as places ("in Gao", "the village of X", "X camp",
    a country's name), and the dateline's city."""
    found: dict[tuple[int, int], _Span] = {}
    people = _person_words(doc)
    # "Sahel Province" inside "Islamic State Sahel Province": a word of an actor's name, not a place
    actors = [m.span() for m in actor_names(doc) if " " in m.group(0)]
    acronyms = defined_acronyms(doc)  # "AMI", the agency a report defines, is no town in Japan
    head = masthead(doc_text(doc))  # "EASTERN VOICE FM - Morning News": the outlet's name, no region

    def add(start: int, text: str, weak: bool) -> None:
        start, text = _bare(start, text)
        if head is not None and head[0] <= start < head[1]:
            return
        key = fold(text)
        if key in _NOT_PLACES or not text[:1].isupper() or norm_key(text) in known_actors() or key in people:
            return
        if key in country_words() and key not in country_names():
            return  # "Sri Lankan", a people's word the tagger took for a place
        if text.isupper() and norm_key(text) in acronyms and fold(text) not in country_names():
            return
        end = start + len(text)
        inside = any(s <= start and end <= e and (s, e) != (start, end) for s, e in actors)
        if inside and key not in country_names():  # "Russia's Defence Ministry" still names Russia
            return
        rest = _HYPHENATED_REST.match(doc_text(doc), end)
        whole = text + rest.group(0) if rest else ""  # "Guinea-Bissau": a country's name, hyphen and all
        if rest and not (re.match(r"-[a-z]", rest.group(0)) or _entries(whole) or fold(whole) in country_names()):
            rest = None  # "the Gao-Ansongo road": two towns, not one
        rest = rest or _EZAFE_REST.match(doc_text(doc), end)
        if rest:
            text, end = text + rest.group(0), rest.end()
        joined = _EZAFE_BEFORE.search(doc_text(doc)[max(0, start - 30) : start])
        if joined:
            start, text = start - len(joined.group(0)), joined.group(0) + text
        division = _DIVISION_AFTER.match(doc_text(doc)[end:])
        if division and not _DIVISION.search(text):  # "the Gedo region": the division, not a town called Gedo
            text, end = text + division.group(0), end + len(division.group(0))
        if not any(s < start + len(text) and start < e for s, e in found):
            found[(start, start + len(text))] = _Span(start, start + len(text), text, weak)

    for ent in ents(doc):
        country = fold(_bare(0, ent.text)[1]) in country_names()  # "Mali", tagged a person
        if ent.label_ in _PLACE_LABELS and "/" in ent.text:  # "Port Sudan / Nairobi", a release's two offices
            for part in re.finditer(r"[^/\s](?:[^/]*[^/\s])?", ent.text):
                add(ent.start_char + part.start(), part.group(0), weak=False)
        elif ent.label_ in _PLACE_LABELS or country:
            whole = _name_cut_short(ent)
            add(ent.start_char, whole.text if whole is not None else ent.text, weak=False)
    for ent in ents(doc):
        if ent.label_ in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT") and _used_as_place(ent):
            for start, name in _list_parts(ent):  # "to [Bol and Baga Sola]", one name to the tagger
                add(start, name, weak=True)
        elif ent.label_ in ("PERSON", "ORG") and _capital_city(ent.text) and not _name_runs_into(ent):
            add(ent.start_char, ent.text, weak=True)  # "the bidding of N'Djamena", "Abuja says": the government's seat
        elif ent.label_ in ("NORP", "DATE") and _used_as_place(ent) and _town_not_a_time(ent.text):
            add(ent.start_char, ent.text, weak=True)  # "in Omdurman", a people's word; "near Turbat", a date
    for pattern in (_NAMED_DIVISION, _OF_PLACE, _CAMP, _APPOSED, _FEATURE_PLACE, _FEATURE_NAME):
        for match in pattern.finditer(doc_text(doc)):
            owner = re.match(r"(.*)['’]s ", match.group(1))  # "Ethiopia's Gambella region": the region, not Ethiopia
            skip = owner.end() if owner and fold(owner.group(1)) in country_names() else 0  # "Cox's Bazar" as it is
            add(match.start(1) + skip, match.group(1)[skip:], weak=True)
    for match in [*_OF_PLACES.finditer(doc_text(doc)), *_NAMED_DIVISIONS.finditer(doc_text(doc))]:
        for name in re.finditer(_NAME, match.group(1)):
            add(match.start(1) + name.start(), name.group(0), weak=True)
    for start, end in cleaned.datelines if cleaned else []:  # not "BASRA CITIZEN - Local News", a masthead
        city = re.match(rf"[{UPPER}][{UPPER} .'’-]+[{UPPER}]", doc_text(doc)[start:end])
        if city:
            add(start, city.group(0).title(), weak=False)  # the report's own dateline names a place
        region = _DATELINE_REGION.match(doc_text(doc), start + city.end()) if city else None
        dated = region is not None and region.group(1).split()[0].lower() in MONTHS | set(WEEKDAYS)  # "March 19"
        if region and not dated and (_division(region.group(1)) or _town(region.group(1))):
            add(region.start(1), region.group(1), weak=False)  # "MOCÍMBOA DA PRAIA, Cabo Delgado -"
    for ent in ents(doc):
        if ent.label_ == "ORG":  # "kept Djibo under blockade", "besiege Kadugli and Dilling", "Niamey/Zinder"
            for offset, name in _names_listed(ent.text):
                if _town(name) or _division(name):
                    add(ent.start_char + offset, name, weak=True)
    for run in _untagged_names(doc):
        if not _used_as_place(run):
            continue
        rest = next((e for e in ents(doc) if e.start == run.end and e.label_ in ("PERSON", "ORG")), None)
        longer = doc[run.start : rest.end] if rest is not None else None
        name = longer if longer is not None and _town(longer.text) else run
        # "in Peshawar on Wednesday", "in [Dera] [Ismail Khan]", "across northern Nigeria": names the tagger left out;
        # "between Port-au-Prince and Hinche", whose hyphens split the run
        rest = _HYPHENATED_REST.match(doc_text(doc), name.end_char)
        whole = name.text + rest.group(0) if rest else name.text
        if _town(whole) or _division(whole) or fold(whole) in country_names():
            add(name.start_char, name.text, weak=True)
    _again(doc, found, add)
    return sorted(found.values(), key=lambda s: s.start)


_JOINING = frozenset("del de da do dos das della".split())  # Spanish, Portuguese, Italian particles inside a name


def _name_cut_short(ent: Span) -> Span | None:
    """The gazetteer's longer name when the tagger stopped a word or two short ("[Tal] Abyad", "[Ras] al-Ain",
    "San Antonio [del Táchira]")."""
    end, doc = ent.end, ent.doc
    while end < len(doc) and end - ent.end < 2 and doc[end - 1].whitespace_ == " ":
        tok = doc[end]
        if tok.lower_ in _JOINING and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 2  # "San Antonio [del Táchira]": the particle and the word after it, whatever their tags
            continue
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            break
        end += 1
    for stop in range(end, ent.end, -1):
        longer = ent.doc[ent.start : stop]
        if _entries(_bare(0, longer.text)[1]):
            return longer
    return None


def _untagged_names(doc: Doc) -> list[Span]:
    """Runs of capitalised proper nouns (up to three words) the tagger gave no entity type."""
    runs, start = [], None
    for tok in [*doc, None]:
        name = tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_
        if name and start is None:
            start = tok.i
        elif not name and start is not None:
            end = tok.i if tok is not None else len(doc)
            if end - start <= 3:
                runs.append(doc[start:end])
            start = None
    return runs


def _list_parts(ent: Span) -> list[tuple[int, str]]:
    """The names of a list the tagger took for one ("Bol and Baga Sola"), with their starts; a name of its own
    ("Trinidad and Tobago") whole."""
    whole = [(ent.start_char, ent.text)]
    if not re.search(r",| and ", ent.text) or fold(ent.text) in country_names() or _entries(ent.text):
        return whole
    parts = [(ent.start_char + offset, name) for offset, name in _names_listed(ent.text)]
    return parts if all(name[:1].isupper() for _, name in parts) else whole


def _names_listed(text: str) -> list[tuple[int, str]]:
    """The names of a list, each with its offset: "Kadugli and Dilling", "Gao, Kidal, and Ansongo", "Niamey/Zinder"."""
    return [(m.start(1), m.group(1)) for m in _LIST_PART.finditer(text)]


_LIST_PART = re.compile(r"(?:^|,\s*|\s*/\s*|\s+and\s+)(?:and\s+)?([^,/]+?)(?=\s*,|\s*/|\s+and\s+|$)")


def _name_runs_into(ent: Span) -> bool:
    """Whether a capitalised word stands right before a name: "[MOCÍMBOA DA] PRAIA" is no capital of its own."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.text[:1].isupper() and before.whitespace_ != ""


def _capital_city(name: str) -> bool:
    """Whether a name is a country's capital city, by the gazetteer's own name ("Sanaa", "Maputo")."""
    cities = (e for e in _entries(name) if e.kind == "P" and e.population >= _MAJOR and _same_name(e, name))
    return any(_is_capital(e) for e in cities)


def _is_capital(entry: Entry) -> bool:
    """Whether a place is its country's capital (the gazetteer's point for a country is its capital)."""
    seat = gazetteer().country_entry(entry.country)
    return seat is not None and _km(entry, seat) < 30


def _town_not_a_time(name: str) -> bool:
    """A town's or division's name, and no date or people's word ("Omdurman", not "Monday", "March" or "Kurdish")."""
    words = {w.lower() for w in name.split()}
    time = words & (MONTHS | set(WEEKDAYS)) or any(c.isdigit() for c in name)
    people = fold(name) in country_words()
    return not time and not people and (_town(name) or _division(name))


def _town(name: str, population: int = 5_000) -> bool:
    """Whether the gazetteer has a town of this very name and some size (a guess the report must then support)."""
    return any(e.kind == "P" and e.population >= population and _same_name(e, name) for e in _entries(name))


def _division(name: str) -> bool:
    """Whether the gazetteer has a first-level division of this very name ("Khyber Pakhtunkhwa", tagged an
    organisation)."""
    return any(e.kind == "A" and _same_name(e, name) for e in _entries(name))


def _again(doc: Doc, found: dict, add) -> None:
    """The same names again ("Kidal airport" after "the town of Kidal", "Upper Nile" after "Upper Nile State"), but
    not as a modifier ("U.S.-backed") or inside a longer name ("Kidal Regional Council")."""
    names = [ent for ent in ents(doc) if ent.label_ in ("PERSON", "ORG")]
    for span in list(found.values()):
        bare = _DIVISION.sub("", span.text)
        forms = [span.text] + ([bare] if bare != span.text and _division(bare) else [])
        for match in (m for form in forms for m in re.finditer(rf"(?<!\w){re.escape(form)}(?![\w-])", doc_text(doc))):
            longer = (e for e in names if len(e.text) > len(span.text))
            if not any(e.start_char <= match.start() and match.end() <= e.end_char for e in longer):
                add(match.start(), match.group(0), weak=span.weak)


def _person_words(doc: Doc) -> set[str]:
    """The words of people's full names and their nicknames: "Coulibaly" is a man here, whatever the tagger says
    elsewhere."""
    people = (e for e in ents(doc) if e.label_ == "PERSON" and sum(not t.is_space for t in e) >= 2)  # not "Gao\n\n"
    # not "the Tigray People's Liberation Front", which the tagger may call a person
    named = (e for e in people if e[-1].lower_ not in institution_words("institution") and e[0].lower_ != "the")
    # not "Lashio with Hsipaw and", a run of towns and little words the tagger called a person
    named = (e for e in named if not any(t.is_stop and t.is_lower and t.lower_ not in NAME_PARTICLES for t in e))
    named = (e for e in named if not _town(e.text))  # "Mocímboa da Praia", a town the tagger called a person
    words = {fold(t.text) for e in named for t in e} - country_names().keys()  # "OCHA Niger", tagged a person
    return words | {fold(nickname) for nickname in nicknames(doc)}  # "widely known as Hemedti"


def _used_as_place(ent: Span) -> bool:
    """ "in Gao", "from El Fasher", "in Gao and Douentza", "in western Nineveh": a name after a preposition of
    place."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].text in (",", "and", "or") and i > 0 and ent.doc[i - 1].pos_ == "PROPN":
        i -= 1
        while i > 0 and ent.doc[i].pos_ == "PROPN":
            i -= 1
    while i > 0 and (_DIRECTION.fullmatch(ent.doc[i].text + " ") or ent.doc[i].lower_ in _NEIGHBOURING):
        i -= 1  # "in western Nineveh", "from neighbouring Sokoto"
    if i > 0 and ent.doc[i].lower_ == "for" and ent.doc[i - 1].lower_ in _BOUND:
        return True  # "bound for Gao"
    j = i - 2 if i > 1 and ent.doc[i - 1].lower_ == "away" else i - 1
    if j > 0 and ent.doc[i].lower_ == "as" and ent.doc[j].lower_ == "far" and ent.doc[j - 1].lower_ == "as":
        return True  # "as far as Kaya", "as far away as Kaya"
    if i > 0 and ent.doc[i].lower_ == "of" and _DIRECTION.match(ent.doc[i - 1].text + " "):
        return True  # "north-west of Bobo-Dioulasso"
    if i > 0 and ent.doc[i].lower_ == "of" and ent.doc[i - 1].lower_ in _OF_A_PLACE:
        return True  # "the prefect of Ouaka", "residents of Baga"
    return i >= 0 and ent.doc[i].lower_ in _LOCATIVE


def named_as_place(ent: Span) -> bool:
    """Whether the words around a name make it a place, found in the gazetteer or not: "near the village of
    Awdinle", "the villages of Mbau and Diaca", "Bulo Burte, a town to the south", "routes from Burhakaba, Dinsoor
    and Berdale", "Kpendjal prefecture"."""
    before = doc_text(ent.doc)[max(0, ent.start_char - 80) : ent.start_char]
    settlement = re.search(rf"\b(?:{_SETTLEMENT}|{_SETTLEMENTS}) of (?:the )?$", before) is not None
    settlement = settlement or _LISTED_BEFORE.search(before) is not None  # "the villages of Mbau and [Diaca]"
    listed = " and " in ent.text and _used_as_place(ent)
    division = _DIVISION_AFTER.match(doc_text(ent.doc)[ent.end_char : ent.end_char + 20]) is not None
    apposed = _SETTLEMENT_APPOSED.match(doc_text(ent.doc), ent.end_char) is not None
    return settlement or listed or division or apposed


# "Bulo Burte, a town to the south", "Ain al-Hilweh, the largest Palestinian refugee camp in Lebanon"; not "a village
# elder", nor "the chief of a village near Madarounfa"
_SETTLEMENT_APPOSED = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!(?:of|an?|the)\s)[\w-]+\s+){0,3}?(?:village|town|hamlet|settlement|locality|port|city|camp|"
    r"island)\b"
    r"(?=\s*[,.;:]|\s+(?:to|in|on|near|north|south|east|west|along|about|some|where|which|that|of|just|close|across|by)\b)"
)


def _bare(start: int, text: str) -> tuple[int, str]:
    """ "the Syrian village" -> as it is; "the Kurdistan Region's" -> "Kurdistan Region", "Sri Lanka -" -> "Sri
    Lanka", with its new start."""
    stripped = re.sub(r"^the\s+", "", text, flags=re.I)
    stripped = re.sub(r"['’]s?$", "", stripped)
    stripped = re.sub(r"\s+[-–—]+$", "", stripped)  # "Sri Lanka -", the tagger's, with a dateline's dash
    return start + text.find(stripped), stripped


_BACKED_BY = re.compile(r"\b(?:backed|supported|armed|funded|financed|sponsored) by (?:the )?$")  # "... by India"
_BACKER = re.compile(rf"-(?:{'|'.join(sorted(BACKING))})\b")


def _context(doc: Doc, spans: list[_Span]) -> Context:
    """Countries named or implied by their people ("Iraqi forces"), and divisions named in the report."""
    context = Context()
    borders: set[str] = set()  # "towards the Ivorian border": a neighbour, where the report is not
    for ent in ents(doc):
        if ent.label_ in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
            name = _bare(0, ent.text)[1]  # "South Sudan" is not "Sudan"; "northern Mali" is Mali
            iso = country_words().get(fold(name)) or country_words().get(fold(_DIRECTION.sub("", name)))
            aid = getattr(known_actors().get(norm_key(name)), "type", None) == "organization"  # "Norwegian Refugee
            if iso is None and ent.label_ == "ORG" and len(name.split()) > 1 and not aid:  # Council" works anywhere
                name = _country_in_front(name) or _country_after(name) or name  # "the Nigerien Armed Forces",
                iso = country_words().get(fold(name))  # "the Sri Lanka Navy", "the National Army of Colombia"
            before = doc_text(doc)[max(0, ent.start_char - 30) : ent.start_char]
            backer = _BACKER.match(doc_text(doc), ent.end_char) is not None  # "the Saudi-led coalition"
            backer = backer or _BACKED_BY.search(before) is not None  # "outfits it says are backed by India"
            across = _ACROSS.search(before) is not None
            # "the Ivorian border": the neighbour a report's country meets, not where the report is
            edge = ent.label_ == "NORP" and _EDGE.match(doc_text(doc), ent.end_char) is not None
            edge = edge or any(s <= ent.start_char < e for s, e in _contrasts(doc))  # "not the Italian city"
            if iso and not _language(ent) and not backer and not across and not edge:
                context.countries[iso] += 1
            elif iso and (across or edge):
                borders.add(iso)
    for span in spans:
        if _DIVISION.search(span.text) and not span.weak:
            for entry in gazetteer().lookup(_DIVISION.sub("", span.text)):
                # a division of a country the report names ("South West State" of a Somali report is no
                # Cameroonian region's support)
                if entry.kind == "A" and (entry.country in context.countries or not context.countries):
                    context.admin1.add((entry.country, entry.admin1))
    for iso, names in _implied(spans).items():
        if iso not in context.countries and iso not in borders and len(names) >= 2:
            context.implied[iso] = len(names)
    return context


def _country_in_front(name: str) -> str | None:
    """The country's name or people's word that opens a longer name: "Nigerien [Armed Forces]", "Sri Lanka [Navy]"."""
    words = name.split()
    fronts = (" ".join(words[:n]) for n in range(min(3, len(words) - 1), 0, -1))
    return next((front for front in fronts if fold(front) in country_words()), None)


def _country_after(name: str) -> str | None:
    """The country's name that ends a body's name after "of": "[National Army of] Colombia"."""
    found = re.search(r"\bof (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)$", name)
    return found.group(1) if found and fold(found.group(1)) in country_names() else None


# "the border crossing with Nigeria", "Across the border, the Nigerian army": the neighbour, not the report's country
_ACROSS = re.compile(
    r"(?:(?:border|frontier)(?: crossing)? with(?: the)?|across the border,?(?: the)?|neighbou?ring)\s*$", re.I
)


_EDGE = re.compile(r"\s+(?:border|frontier)s?\b")


def _implied(spans: list[_Span]) -> dict[str, set[str]]:
    """Countries a report names only through their places: a report from Cúcuta on Norte de Santander is about
    Colombia even if it never says so. Only a province or a city that no other country has a place of comparable
    size by that very name, or a town no other country has at all, counts; and it takes two (the caller checks)."""
    found: dict[str, set[str]] = {}
    for span in spans:
        name = _DIVISION.sub("", span.text)
        entries = [e for e in _entries(span.text) if _same_name(e, name) or _same_name(e, span.text)]
        strong = [e for e in entries if e.kind == "A" or e.population >= _TOWN]
        if not strong:
            continue
        best = max(strong, key=lambda e: e.population)
        rivals = [e for e in _entries(span.text) if e.country != best.country]
        if best.population < _MAJOR and best.kind != "A" and rivals:
            continue  # a town implies its country only when no other country has a place of its name
        if all(best.population >= _DWARFS * max(e.population, 1) for e in rivals):
            found.setdefault(best.country, set()).add(fold(name))
    return found


_LANGUAGE_WORDS = frozenset("acronym abbreviation initials name names word term spelling translation language".split())


def _language(ent: Span) -> bool:
    """ "its French acronym", "known by its Arabic name": a language, which says nothing of where the report is."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.lower_ in _LANGUAGE_WORDS


def choose(
    name: str,
    context: Context,
    country: str | None = None,
    weak: bool = False,
    town: bool = False,
    not_in: frozenset[str] = frozenset(),
    division: bool = False,
) -> Entry | None:
    """The place a name stands for in this context, or None when the gazetteer and the context don't settle it.

    ``country``: the country the words around the name give it, which no other context overrides. ``weak``: the
    name was only guessed to be a place; it needs the gazetteer's own name and the report's support. ``town``: the
    report calls it a village or a town ("the village of Borgou"), never a province or a country. ``not_in``: the
    countries the report says it is not in ("Nola ... not the Italian city"). ``division``: the report calls it a
    district, a province or a neighbourhood ("Dangam and Ghaziabad districts"): a part of somewhere, no metropolis."""
    entries = [e for e in _entries(name) if e.country not in not_in]
    if country is not None:
        entries = [e for e in entries if e.country == country]
    if town:  # and no city of millions: "the town of Riyadh" is not the Saudi capital
        entries = [e for e in entries if e.kind == "P" and e.population < _HUGE]
    if weak:
        entries = [e for e in entries if (_same_name(e, name) or _vouched(e, context)) and _support(e, context) > 0]
    # an alias needs more than a name, and a place of known size ("Nasir" is also a Khartoum suburb's other name)
    # ... or a city of the country the report is about, the only one so named there ("Derna" for Darnah)
    entries = [e for e in entries if _same_name(e, name) or (e.population > 0 and _vouched(e, context))
               or _known_city(e, entries, context, placed=country is not None)]  # fmt: skip
    own = [e for e in entries if _same_name(e, name) and (_support(e, context) > 0 or country is not None)]
    # ... unless the report speaks more for a larger place of that other name ("Lalitpur, just south of Kathmandu"
    # in a Nepali report is Patan, not the Indian city of that name; "Islamabad" in a Kashmiri one stays the capital)
    rival = own and any(
        _support(e, context) > max(_support(o, context) for o in own) and e.population >= max(o.population for o in own)
        for e in entries
    )
    if own and not rival:  # Pakistan's Kalat by its own name, before Afghanistan's Qalāt, listed as "Kalat" too
        entries = [e for e in entries if _same_name(e, name)]
    if not entries and not weak:
        entries = _division_spelt_otherwise(name, context, country)
    if not entries:
        return None
    division = division or bool(_DIVISION.search(name))
    best = max(
        entries, key=lambda e: (_support(e, context), _same_name(e, name), e.kind == "P" or division, e.population)
    )
    giant = max(entries, key=lambda e: (_same_name(e, name), e.population, e.kind == "P"))  # not Geneva's canton
    giant = _capital_of(giant, entries, name)  # Cairo, the city, not the governorate of more people
    others = [e for e in entries if e.country != giant.country]
    dwarfs = giant.population >= _MAJOR and all(giant.population >= _DWARFS * max(e.population, 1) for e in others)
    huge = giant.population >= _HUGE and giant.kind == "P"  # a city, not "South-West Region" for "South West State"
    huge = huge and not town  # "the town of Riyadh, in Hawija district": not the Saudi capital
    huge = huge and not division  # "Dangam and Ghaziabad districts" of Kunar: not the Indian city; nor Brooklyn
    huge = huge and not _far_and_minor(giant, context)  # "the forests near Abobo" in Gambella: not Abidjan's district
    placed = giant.country in {p.country for p in context.points}  # Dhaka after Bandarban, Bangladesh unnamed
    # a report that names no country but whose places are all of one is that country's ("Comoé province" among
    # Burkinabe towns is no Ivorian district)
    implied = not context.implied or giant.country in context.implied or giant.kind == "P"  # a city may be abroad
    nameless = not context.countries and implied
    known = giant.country in context.countries or nameless or huge or placed
    outweighed = division and _support(best, context) > _support(giant, context)  # Yemen's Al Jawf province
    if dwarfs and known and _same_name(giant, name) and country is None and not outweighed:
        return _capital_of(giant, entries, name)  # London is London, whatever else the report says
    named = context.countries or context.implied  # the country the report names most, or implies by its places
    main = max(named, key=lambda iso: named[iso]) if named else None
    aside = main is not None and best.country != main and best.population == 0 and not _vouched(best, context)
    if country is None and aside:
        return None  # a hamlet of a neighbouring country the report mentions: not on a namesake's say-so
    unnamed = main is not None and _abroad(best, context)
    if country is None and unnamed and best.population < _MAJOR:
        return None  # "El Wak" in a Somali report: a town of a country the report never names is not placed
    if country is None and unnamed and (weak or division):
        return None  # "Charsadda district" of Ghor, an Afghan report: not the Pakistani city, which only a
        # name the tagger saw as a place, and no division word, may stand for ("talks in Geneva")
    guessed_abroad = weak and best.kind == "A" and main is not None and best.country != main
    if country is None and guessed_abroad and not _vouched(best, context):
        return None  # "the Oti prefect", a word only guessed a place, in a Togolese report: not Ghana's region
        # (but "refugees from the Ménaka and Gao regions", once Gao is placed in Mali, are Mali's)
    elsewhere = any(n >= 3 for c, n in context.implied.items() if c != best.country)
    if country is None and unnamed and best.kind == "A" and elsewhere:
        return None  # "Comoé province" in a report whose places are all Burkinabe: not the Ivorian district
    aside = main is not None and best.country != main and context.countries[best.country] == 1
    # not a Nigerian town of a state the report names, nor one beside others of its country
    # (a division's own name, "Oti prefecture", is no support of its own)
    no_division = best.kind == "A" or (best.country, best.admin1) not in context.admin1
    aside = aside and best.country not in context.implied and no_division
    if country is None and aside and context.countries[main] >= 3 and best.population < _MAJOR:
        return None  # "Balad" in a Somali report that names Iraq once, "the Oti prefect" in a Togolese report that
        # names Ghana once: a namesake abroad, on one word's say-so
    home = _home(context)
    small_abroad = best.kind == "P" and home is not None and best.country != home and best.population < _MAJOR
    common = len({e.country for e in _entries(name)}) >= _COMMON
    if country is None and division and small_abroad and common:
        return None  # "in Bara and neighbouring Rautahat districts" of a Nepali report: not India's small Bara, one
        # of Baras in seven countries (but Dangam, in Afghanistan only, is Afghanistan's in a report on Bajaur)
    rival = any(e.country != best.country and _support(e, context) == _support(best, context) for e in entries)
    if country is None and rival:
        return None  # as much for a namesake in another country: unknown, rather than a wrong coordinate
    if _support(best, context) > 0 or country is not None:
        return best
    return None


_CITY = 50_000


def _far_and_minor(entry: Entry, context: Context) -> bool:
    """Whether a city of millions lies far from the country the report names most and is neither a capital nor a
    metropolis a report anywhere may name ("London", "New York"; not Abobo, a district of Abidjan)."""
    return entry.population < _METROPOLIS and not _is_capital(entry) and _far_from_the_report(entry.country, context)


def _capital_of(division: Entry, entries: list[Entry], name: str) -> Entry:
    """The city a division is named after, when it is a city of its own ("Dhaka", not the Dhaka Division)."""
    if division.kind != "A":
        return division
    cities = [e for e in entries if e.kind == "P" and e.country == division.country and _same_name(e, name)]
    return max(cities, key=lambda e: e.population) if cities and cities[0].population >= _MAJOR else division


def _known_city(entry: Entry, entries: list[Entry], context: Context, placed: bool = False) -> bool:
    """A city of some size, the only place of that other name in its country, in the country the report names
    most, or the one the words around it give ("Halab in Syria"), or a city of a million in a country the report
    names ("Mogadiscio"); not "Shahi", a district's word in an Afghan report, for an Iranian city's old name."""
    alike = [e for e in entries if e.country == entry.country]
    top = max(context.countries.values(), default=0)
    main = context.countries.get(entry.country) == top > 0
    huge = entry.population >= _HUGE and entry.country in context.countries
    return entry.kind == "P" and entry.population >= _CITY and (main or placed or huge) and len(alike) == 1


def _entries(name: str) -> list[Entry]:
    """Gazetteer places for a name: as written, then without its compass word ("North Darfur", "eastern Gao")."""
    division = bool(_DIVISION.search(name))
    bare = _DIVISION.sub("", name)
    for key in dict.fromkeys((bare, *_compass_forms(bare), _DIRECTION.sub("", bare))):
        entries = [e for e in gazetteer().lookup(key) if e.kind != "C"]
        if division:
            entries = [e for e in entries if e.kind == "A"] or entries
        if entries:
            return entries
    return []


def _division_spelt_otherwise(name: str, context: Context, country: str | None) -> list[Entry]:
    """A division of a country the report names, spelt another way ("Oromia" for Oromiya, "Middle Shabelle" for
    Middle Shabele): transliterations vary by a letter or two. Only divisions, only of the report's countries, and
    only one close match: a guessed village would be a wrong coordinate. (difflib, as a few dozen names are
    compared and no fuzzy-matching package is otherwise needed.)"""
    asked = fold(_DIVISION.sub("", name))
    countries = [country] if country else [*context.countries, *context.implied]
    close = [
        e
        for iso in dict.fromkeys(countries)
        for e in gazetteer().divisions(iso)
        if _close_spelling(asked, fold(_DIVISION.sub("", e.name)))
    ]
    return close if len(close) == 1 else []


def _close_spelling(asked: str, own: str) -> bool:
    """Spelt a letter or two apart, with the same compass words ("South East" is never "South West")."""
    compass = [_DIRECTION.match(name + " ") for name in (asked, own)]
    points = [m.group(0).strip() if m else "" for m in compass]
    if points[0] != points[1]:
        return False
    asked, own = (name[len(point) :].strip() for name, point in zip((asked, own), points, strict=True))
    if len(asked) < 5 or asked[:1] != own[:1] or abs(len(asked) - len(own)) > 2:
        return False
    return difflib.SequenceMatcher(None, asked, own).ratio() >= 0.9


def _compass_forms(name: str) -> list[str]:
    """ "North Darfur" is also written "Northern Darfur" and "Nord Darfur"."""
    match = re.match(r"(north|south|east|west)(?:ern)?\s+(.+)$", name, re.I)
    if not match:
        return []
    point, rest = match.group(1).lower(), match.group(2)
    french = {"north": "Nord", "south": "Sud", "east": "Est", "west": "Ouest"}[point]
    return [f"{point}ern {rest}", f"{point} {rest}", f"{french} {rest}", f"{french}-{rest}"]


def _same_name(entry: Entry, name: str) -> bool:
    """Whether the gazetteer's own name is this one ("Mombasa" is not "Mambasa", though listed as one)."""
    own, asked = fold(_DIVISION.sub("", _DIVISION_OF.sub("", entry.name))), fold(_DIVISION.sub("", name))
    if own in {fold(form) for form in _compass_forms(_DIVISION.sub("", name))}:
        return True
    asked = fold(_DIRECTION.sub("", _DIVISION.sub("", name))) if own != asked else asked
    return own == asked or re.sub(_ARTICLE, "", own) == re.sub(_ARTICLE, "", asked)


def _support(entry: Entry, context: Context) -> float:
    """How much the report speaks for this place: its country, its division, places near it."""
    score = 0.0
    if entry.country in context.countries:  # the country the report names, and places, most weighs most
        weight = context.countries + Counter(p.country for p in context.points)
        score += 2 + 2 * weight[entry.country] / max(weight.values())
    elif entry.country in context.implied:
        score += 2
    if (entry.country, entry.admin1) in context.admin1:
        score += 2
    if any(p.geonames_id != entry.geonames_id and _km(p, entry) < _NEAR_KM for p in context.points):
        score += 1
    if any(p.geonames_id != entry.geonames_id and _km(p, entry) < _NEIGHBOUR_KM for p in context.points):
        score += 0.5  # a neighbour of a place the report names: Villa del Rosario beside Cúcuta, not Zulia's
    return score


def _vouched(entry: Entry, context: Context) -> bool:
    """Whether the report names the place's division, or a place near it in the country it names most (Shiraz,
    named in passing, does not vouch for a namesake of an Afghan camp in southern Iran)."""
    near = any(  # a place across the border does not vouch ("Adel Bagrou" near Mauritanian towns: not Mali's)
        p.geonames_id != entry.geonames_id and p.country == entry.country and _km(p, entry) < _NEAR_KM
        for p in context.points
    )
    top = max(context.countries.values(), default=0)
    # not the neighbour a report about Congo names twice, when its places are Congolese ("Rubare", not Rubaare)
    rival = any(n >= 3 for c, n in context.implied.items() if c != entry.country)
    main = (context.countries.get(entry.country) == top and not rival) or entry.country in context.implied
    named = entry.country in context.countries or entry.country in context.implied
    return named and ((near and main) or (entry.country, entry.admin1) in context.admin1)


def _km(a: Entry, b: Entry) -> float:
    """Great-circle distance."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def to_place(entry: Entry) -> Place:
    country = countries().get(entry.country)
    gaz = gazetteer()
    return Place(
        name=entry.name,
        admin1=gaz.admin1_name(entry),
        country=(gaz.country_entry(entry.country) or entry).name if entry.kind != "C" else entry.name,
        iso3=country.iso3 if country else None,
        lat=entry.lat,
        lon=entry.lon,
        precision={"C": "country", "A": "admin1"}.get(entry.kind, "town"),
        geonames_id=entry.geonames_id,
    )


def _unknown(text: str, iso: str | None) -> Place:
    """A place the gazetteer lacks keeps its name, and its country when the words around it say which."""
    country = countries().get(iso) if iso else None
    entry = gazetteer().country_entry(iso) if iso else None
    return Place(name=text, country=entry.name if entry else None, iso3=country.iso3 if country else None)


def _country_nearby(doc: Doc, start: int, end: int, context: Context) -> str | None:
    before = doc_text(doc)[max(0, start - 60) : start]
    after = doc_text(doc)[end : end + 40]
    adjective = re.search(r"(\b[A-Z][\w-]+(?: [A-Z][\w-]+)?) (?:" + _SETTLEMENT + r")(?: of)? $", before)
    if adjective:
        iso = country_words().get(fold(adjective.group(1)))
        if iso:
            return iso
    heading = _INTO_A_COUNTRY.search(before)  # "crossed into Ecuador towards San Lorenzo": not Colombia's
    if heading and (iso := country_names().get(fold(heading.group(1)))):
        return iso
    owner = _A_COUNTRYS.search(before)  # "into Ethiopia's Gambella region", "Nigeria's north-eastern Borno State"
    feature = _FEATURE_OF.fullmatch(" " + doc_text(doc)[start:end])  # "Saint Martin's Island": the island's name
    if owner and not feature and (iso := country_names().get(fold(owner.group(1)))):
        return iso
    apposed = re.match(r"^, (?:a|an|the) (?:[a-z]+ )?([A-Z][\w-]+) (?:[a-z]+ )?(?:" + _SETTLEMENT + r")\b", after)
    if apposed and not _REFUGEES.search(apposed.group(0)) and (iso := country_words().get(fold(apposed.group(1)))):
        return iso  # "Gaya, the Nigerien town just across the border": not the Nigerian Gaya
    over = _OVER_THE_BORDER.match(doc_text(doc)[end : end + 80])
    if over and (iso := country_names().get(fold(over.group(1)))):
        return iso  # "Illela, on the other side of the border in Nigeria's Sokoto State": not Niger's Illéla
    side = re.match(r"^,? on the ([A-Z][\w-]+) side of the (?:border|frontier)", after)
    if side and (iso := country_words().get(fold(side.group(1)))):
        return iso  # "El Wak, on the Somali side of the border": not the Kenyan town of that name
    trailing = _TRAILING_COUNTRY.match(after)
    if trailing and (iso := country_names().get(fold(trailing.group(1)))):
        return iso
    owner = _IN_A_COUNTRYS.match(after)  # "Illéla, in Niger Republic's Tahoua region"
    if owner and (iso := country_names().get(fold(owner.group(1)))):
        return iso
    following = doc_text(doc)[end : end + 80]
    container = _CONTAINER.match(following) or _NAMED_IN.match(following) or _CAPITAL_OF.match(following)
    if container is None:
        inside = _INSIDE_A_DIVISION.match(after)  # "El Wak, in the Gedo region": Somalia's, not Kenya's
        return _division_country(inside.group(1), context) if inside and inside.group(0).startswith(",") else None
    return country_names().get(fold(container.group(1))) or _division_country(container.group(1), context)


# "the largest Palestinian refugee camp in Lebanon": the people's word names the refugees, not the camp's country
_REFUGEES = re.compile(r"\b(?:refugees?|displaced|displacement|IDPs?)\b")
_A_COUNTRYS = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?:(?:far[ -])?(?:north|south|east|west)[\w-]* )?$")
_OVER_THE_BORDER = re.compile(
    r"^,? (?:just )?(?:on the other side of|across|over) the (?:border|frontier),? in (?:the )?"
    r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)\b"
)
_INTO_A_COUNTRY = re.compile(
    r"\b(?:in|into|inside|across) (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?),? (?:towards?|near|around|outside|close to)"
    r" (?:the (?:town|village|city|camp|border town) of )?$"
)
_IN_A_COUNTRYS = re.compile(r"^,? in (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s ")


def _division_country(name: str, context: Context) -> str | None:
    """The country of a first-level division named alone ("the Gedo region"), when only one country has it and
    the report names that country or names none ("Mango, in Oti prefecture" of a Togolese report is not in
    Ghana's Oti Region)."""
    countries = {e.country for e in gazetteer().lookup(_DIVISION.sub("", name)) if e.kind == "A"}
    if len(countries) != 1:
        return None
    iso = countries.pop()
    return iso if not context.countries or iso in context.countries or iso in context.implied else None
