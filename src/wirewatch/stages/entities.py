"""Actors of one report: people (with roles), organisations and news agencies, under all their names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .._data import data_lines, data_table
from ..models import Entity, EntityType, Place
from .gazetteer import country_words, fold
from .nlp import ents, forget
from .nlp import text as doc_text

if TYPE_CHECKING:
    from .places import Mention

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9.\-]{1,11}(?:\s*/\s*[A-Z][A-Za-z0-9.\-]{1,11})*)(?:\)|$)")
_CONNECTORS = {
    "of",
    "for",
    "and",
    "the",
    "de",
    "du",
    "des",
    "la",
    "le",
    "al",
    "el",
    "on",
    "in",
    "wal",
    "sans",
    "pour",
    "et",
    "les",
    "para",
    "las",
    "los",
    "del",
    "y",
    "e",
    "da",
    "do",
    "dos",
    "das",
}
_MEDIA_WORDS = re.compile(
    r"\b(news ?agency|agency|news|television|tv|radio|newspaper|broadcaster|broadcasting|channel|daily|times|post|"
    r"tribune|gazette|journal|herald|wire|press)\b",
    re.I,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


def norm_key(text: str) -> str:
    """A lookup key: lower case, straight apostrophes, no leading article, no possessive."""
    key = " ".join(text.translate(_APOSTROPHES).split()).strip(" ,.;:()").lower()
    key = re.sub(r"^(the|a|an) ", "", key)
    key = re.sub(r"\bu\.n\.(?=\s|$)", "un", key)  # "U.N. agencies" is "UN agencies"
    return re.sub(r"'s?$", "", key)


@dataclass(frozen=True)
class KnownActor:
    canonical: str
    short: str
    type: EntityType


@cache
def known_actors() -> dict[str, KnownActor]:
    """Every alias in ``aliases.tsv`` (normalised) to its actor."""
    table: dict[str, KnownActor] = {}
    for canonical, short, kind, aliases in data_table("aliases.tsv"):
        actor = KnownActor(canonical, short, kind)  # type: ignore[arg-type]
        for alias in {canonical, short, *aliases.split("|")}:
            table.setdefault(norm_key(alias), actor)
    return table


@cache
def titles() -> frozenset[str]:
    return frozenset(data_lines("titles.txt"))


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(line.lower() for line in data_lines("role_nouns.txt"))


def strip_titles(name: str) -> str:
    """ "Brig. Gen. Nabil Abdallah" -> "Nabil Abdallah"; keeps a lone title-like name as it is."""
    words = name.translate(_APOSTROPHES).split()
    while len(words) > 1 and words[0] in titles():
        words.pop(0)
    name = " ".join(words)
    return re.sub(r"'s?$", "", name)


@dataclass
class Actor:
    """One actor of the report; ``name`` is what wirewatch prints (an acronym when the actor has one)."""

    id: str
    name: str
    type: EntityType
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    role_heads: set[str] = field(default_factory=set)
    affiliation: str | None = None
    anchors: list[int] = field(default_factory=list)  # where the person is a subject or introduced with a role
    place: Place | None = None

    def mention(self, start: int, end: int, text: str) -> None:
        """One more mention; one that overlaps a mention already kept ("the Islamic State", "Islamic State") only
        adds its wording."""
        if not any(s < end and start < e for s, e in self.mentions):
            self.mentions.append((start, end))
        self.aliases.add(_clean_alias(text))

    def mentions_span(self, span: Span) -> bool:
        """Whether one of this actor's mentions overlaps the span."""
        return any(s < span.end_char and span.start_char < e for s, e in self.mentions)

    @property
    def first(self) -> int:
        return min((s for s, _ in self.mentions), default=0)

    def to_model(self) -> Entity:
        seen = {norm_key(self.name)}
        aliases = []
        for alias in sorted(self.aliases, key=lambda a: (a[:1].islower(), a)):  # "the SDF spokesman" after "SDF"
            if norm_key(alias) not in seen:
                seen.add(norm_key(alias))
                aliases.append(alias)
        return Entity(
            id=self.id,
            name=self.name,
            type=self.type,
            aliases=sorted(aliases),
            mentions=sorted(self.mentions),
            place=self.place,
        )


class Registry:
    """The actors of one document and the ways to find them again: surname, role, acronym, alias."""

    def __init__(
        self, doc: Doc, skip: list[tuple[int, int]] | None = None, places: list[tuple[int, int]] | None = None
    ) -> None:
        """``skip``: spans where no actor is named (headlines, datelines); ``places``: spans the places stage
        found to be places, which the tagger may have called people ("Gao said") or organisations."""
        self.doc = doc
        self.actors: list[Actor] = []
        self._ids = itertools.count(1)  # ids stay unique when a mistaken actor is dropped
        self._by_key: dict[str, Actor] = {}
        self.acronyms = find_acronyms(doc_text(doc))
        _join_split_people(doc)
        _people_with_ages(doc)
        skip = skip or []
        known = self._sweep_known()
        for ent in ents(doc):
            start, end = ent_span(ent)
            if any(s <= start < e for s, e in skip) or any(s < end and start < e for s, e in places or []):
                continue
            if any(s < end and start < e and (s, e) != (start, end) for s, e in known):
                continue  # "State" inside "Islamic State", "The United Nations Office" inside OCHA's name
            if ent.label_ == "PERSON":
                self._add_person(ent)
            elif ent.label_ == "ORG" and (person := self._known_person(ent)) is not None:
                person.mention(start, end, ent.text)  # "Diallo", tagged an organisation
            elif ent.label_ in ("ORG", "NORP", "GPE"):
                described = ent[-1].is_lower and any(t.dep_ == "case" for t in ent)  # "South Sudan's army"
                qualifier = re.match(r"\s*\([A-Z][a-z]+\)", doc_text(doc)[end:])  # "Communist Party of India (Maoist)"
                end = end + qualifier.end() if qualifier else end
                name = doc_text(doc)[start:end]
                self.organisation(name, start, end, only_known=ent.label_ != "ORG" or described)

    def _known_person(self, ent: Span) -> Actor | None:
        """The person already named by these words, in full or by surname."""
        name = strip_titles(ent.text)
        if not name[:1].isupper() or len(name.split()) > 3:
            return None
        found = self._by_key.get(norm_key(name))
        if found is not None and found.type == "person":
            return found
        return self.by_surname(name, ent.start_char) if len(name.split()) == 1 else None

    def _sweep_known(self) -> list[tuple[int, int]]:
        """Every mention of a well-known actor under any of its names ("ISIL", "anti-IS"), and of acronyms the
        report defines, whether or not the tagger saw them; returns the spans found."""
        spans: list[tuple[int, int]] = []
        matches = find_names(doc_text(self.doc), self.acronyms.values())
        for match in sorted(matches, key=lambda m: len(m.group(0)), reverse=True):  # longest first
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue
            actor = self.organisation(match.group(0), match.start(), match.end(), only_known=True)
            if actor is not None:
                spans.append(match.span())
        return spans

    def add_places(self, mentions: list[Mention]) -> None:
        """Places as entities: one per gazetteer place (or per name, when the gazetteer lacks it)."""
        by_key: dict[object, Actor] = {}
        for mention in mentions:
            key = mention.entry.geonames_id if mention.entry else fold(mention.text)
            actor = by_key.get(key)
            if actor is None:
                name = mention.place.name if mention.entry else mention.text
                actor = by_key[key] = Actor(f"L{next(self._ids)}", name, "place", place=mention.place)
                self.actors.append(actor)
            actor.mention(mention.start, mention.end, mention.text)

    # -- people -------------------------------------------------------------------------------------
    def _add_person(self, ent: Span) -> Actor | None:
        name = strip_titles(ent.text)
        if not any(w[:1].isupper() for w in name.split()) or norm_key(name) in known_actors():
            return None
        if all(w in titles() or w + "." in titles() for w in name.split()):
            return None  # "Brig", a title the tagger cut from "Brig. Gen. Peter Malual Deng"
        actor = self.person(name, ent.start_char)
        actor.mention(ent.start_char, ent.end_char, ent.text)
        role = person_role(ent)
        if role or ent.root.dep_ in ("nsubj", "nsubjpass"):
            actor.anchors.append(ent.start_char)
        head = _role_head_before(ent)
        if head is not None:
            actor.mention(head.start_char, head.end_char, head.text)  # "SSPDF spokesman Brig. Gen. Deng": spokesman
        if role:
            self.give_role(actor, role)
        return actor

    def give_role(self, actor: Actor, role: str) -> None:
        """Record a role the report gives a person ("the mayor of Boni"), so that "the mayor" finds them."""
        if role not in actor.roles:
            actor.roles.append(role)
            actor.role_heads |= {w.lower() for w in re.findall(r"[\w-]+", role)} & role_nouns()
            actor.affiliation = actor.affiliation or self.affiliation_in(role)

    def names_of(self, actor: Actor) -> list[str]:
        """Every name of an actor: as the report writes it, and as the alias table knows it."""
        known = known_actors().get(norm_key(actor.name))
        table = [
            a
            for c, _, _, aliases in data_table("aliases.tsv")
            if known and c == known.canonical
            for a in aliases.split("|")
        ]
        return [
            actor.name,
            *actor.aliases,
            *table,
            *([self.acronyms[norm_key(actor.name)]] if norm_key(actor.name) in self.acronyms else []),
        ]

    def person(self, name: str, position: int) -> Actor:
        """The person of that name: a surname or first name alone is the full name introduced earlier."""
        key = norm_key(name)
        if key in self._by_key:
            return self._by_key[key]
        if len(name.split()) <= 2:
            match = self.by_surname(name, position)
            if match:
                self._by_key[key] = match
                return match
        if len(name.split()) == 1:
            name = strip_titles(self._full_name_before(name, position) or name)
        actor = Actor(f"P{next(self._ids)}", name, "person")
        mistaken = self._by_key.pop("org:" + key, None)  # the tagger called this person an organisation
        if mistaken is not None:
            self.actors.remove(mistaken)
            actor.mentions += mistaken.mentions
        self.actors.append(actor)
        self._by_key[key] = actor
        return actor

    def _full_name_before(self, surname: str, position: int) -> str | None:
        """ "Bello said" after "Halima Yusuf Bello, a nurse": the full name the tagger missed, written earlier."""
        found = None
        before = doc_text(self.doc)[:position]
        for m in re.finditer(r"\b((?:[A-Z][\w'’-]+ ){1,3})" + re.escape(surname) + r"\b", before):
            span = self.doc.char_span(m.start(1), m.end(), alignment_mode="contract")
            names = span is not None and all(t.pos_ == "PROPN" and t.text not in titles() for t in span)
            if names and len(span) >= 2:
                found = span.text
        return found

    def by_surname(self, words: str, position: int | None = None) -> Actor | None:
        """The person whose full name ends with these words ("Bali", "Lin Htet"), or contains the one word."""
        parts = _surname_words(strip_titles(words))
        people = [a for a in self.actors if a.type == "person" and len(a.name.split()) > len(parts)]
        hits = [a for a in people if _surname_words(a.name)[-len(parts) :] == parts]
        if len(parts) == 1:
            hits = hits or [a for a in people if parts[0] in _surname_words(a.name)]
        return _latest_before(hits, position)

    def by_role(self, head: str, modifiers: list[str], position: int) -> Actor | None:
        """The person introduced earlier with this role ("the SDF spokesman" -> the SDF's spokesman)."""
        people = [a for a in self.actors if a.type == "person" and head in a.role_heads]
        mods = {norm_key(m) for m in modifiers if m.lower() not in ("the", "a", "an")}
        if mods:
            fitting = [
                a
                for a in people
                if mods & {norm_key(w) for w in " ".join(a.roles).split()}
                or (a.affiliation and norm_key(a.affiliation) in mods)
            ]
            people = fitting or [a for a in people if not a.affiliation]
        return _latest_before(people, position)

    # -- organisations ------------------------------------------------------------------------------
    def organisation(
        self, text: str, start: int | None = None, end: int | None = None, only_known: bool = False
    ) -> Actor | None:
        """The organisation named by ``text`` (alias table, then acronyms defined in the report)."""
        text = re.split(r",\s*(?:which|who|that|whose)\b", text)[0]  # "the government in Bamako, which ..."
        if start is not None and _after_demonym(doc_text(self.doc), start, text):
            return None  # "the Lebanese Red Cross", a country's own society, not the international one
        name, kind = self.canonical(text)
        if name is None:
            if only_known:
                return None
            name, kind = text, organisation_type(text)
        key = "org:" + norm_key(name)
        actor = self._by_key.get(key)
        if actor is None:
            actor = Actor(f"O{next(self._ids)}", name, kind)
            self.actors.append(actor)
            self._by_key[key] = actor
        if start is not None and end is not None:
            actor.mention(start, end, text)
        return actor

    def canonical(self, text: str) -> tuple[str | None, EntityType]:
        """The printed name and type of an organisation mention, or (None, ...) when it is not known."""
        inner = _ACRONYM.search(text)
        if inner and sum(c.isupper() for c in inner.group(1)) < 2:
            inner = None  # "Communist Party of India (Maoist)": part of the name, not an acronym
        candidates = [text, *(part for part in text.split(",") if "," in text)]  # "the UN refugee agency, UNHCR"
        if inner:
            candidates = [inner.group(1).split("/")[0].strip(), text[: inner.start()], text]
        for candidate in candidates:
            if candidate.islower() and len(candidate) <= 4:
                continue  # "who", "it", "is": English words, not the acronyms they spell
            key = norm_key(candidate)
            long_form = self.acronyms.get(key, "") if len(self.acronyms.get(key, "")) > len(key) else ""
            defined = known_actors().get(norm_key(long_form))  # the report's own "Arakan Army (AA)" first
            known = defined or (None if long_form else known_actors().get(key))
            if known:
                return known.short, known.type
            if key in self.acronyms:
                long_form = self.acronyms[key] if len(self.acronyms[key]) > len(key) else candidate
                return _acronym_of(self.acronyms, key), organisation_type(long_form)
        return None, "organization"

    def affiliation_in(self, text: str) -> str | None:
        """The first organisation named inside a role description ("a spokesman for the SDF" -> "SDF")."""
        hits = find_names(text, self.acronyms.values())
        hits = [m for m in hits if not _after_demonym(text, m.start(), m.group(0))]  # "a Lebanese Red Cross medic"
        for match in hits:
            canonical, _ = self.canonical(match.group(0))
            if canonical:
                return canonical
        return None

    def anonymous(self, mention: str, head: str, start: int, end: int) -> Actor:
        """A nameless source ("a resident of Kelbo"), so that "the resident" later is the same one."""
        actor = Actor(f"A{next(self._ids)}", "", "person", roles=[mention], role_heads={head})
        actor.mention(start, end, mention)
        self.actors.append(actor)
        return actor

    def is_media(self, text: str) -> bool:
        name, kind = self.canonical(text)
        proper = any(w[:1].isupper() for w in text.split() if w.lower() not in ("the", "a", "an"))
        return kind == "news agency" or (name is None and bool(_MEDIA_WORDS.search(text)) and proper)

    def entities(self) -> list[Entity]:
        """The actors and places, in the order the report first names them."""
        actors = sorted((a for a in self.actors if a.mentions and a.name), key=lambda a: a.first)
        return [a.to_model() for a in actors]


@cache
def alias_spellings() -> tuple[str, ...]:
    """Every alias as written in ``aliases.tsv``."""
    return tuple({a for _, short, _, aliases in data_table("aliases.tsv") for a in (short, *aliases.split("|"))})


def organisation_type(name: str) -> EntityType:
    """The type of an organisation no data file knows, from the words of its name ("the Malian army" is a state
    actor, "the Zintan brigades" an armed group)."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if "Army" in name and not any(country_words().get(fold(w)) for w in re.findall(r"[\w'-]+", name)):
        return "armed group"  # "the Arakan Army", "the White Army"; a country's army names the country
    for kind, cues in data_table("actor_words.tsv"):
        if words & set(cues.split("|")):
            return kind  # type: ignore[return-value]
    return "organization"


def _after_demonym(text: str, at: int, name: str) -> bool:
    """Whether an international organisation's name comes with a country: "the Sudanese Red Crescent" and "the
    Red Cross of Chad" are that country's own societies."""
    known = known_actors().get(norm_key(name))
    if not known or known.type != "organization":
        return False
    before = re.search(r"([A-Z][a-z]+)\s+$", text[:at])
    after = re.match(r"\s+(?:of|in)\s+(?:the\s+)?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)", text[at + len(name) :])
    return bool(
        (before and fold(before.group(1)) in country_words()) or (after and fold(after.group(1)) in country_words())
    )


def ent_span(ent: Span) -> tuple[int, int]:
    return ent.start_char, ent.end_char


def _clean_alias(text: str) -> str:
    """ "the Associated Press (" -> "the Associated Press"; "Syrian Arab News Agency (SANA)" -> its name;
    "Communist Party of India (Maoist)" keeps the words that make it another party."""
    text = re.sub(r"\s*\((?:[^)]*[A-Z][^)]*[A-Z][^)]*)?\)?$|\s*\($", "", text) or text
    return " ".join(text.split()).strip(" ,;:")


def find_names(text: str, extra: Iterable[str] = ()) -> list[re.Match[str]]:
    """Every occurrence of a well-known actor's name (and of the ``extra`` names a report defines), in reading
    order; one regular expression for the whole alias table, since a report is searched for all of them."""
    matches = [m for pattern in _alias_patterns() for m in pattern.finditer(text)]
    matches = [m for m in matches if not (len(m.group(0)) <= 3 and _shouting(text, m.start()))]
    matches += [m for name in extra for m in _find_all(name, text)]
    return sorted(matches, key=lambda m: (m.start(), -len(m.group(0))))


@cache
def _alias_patterns() -> tuple[re.Pattern[str], ...]:
    """Acronyms and short names match in capitals only ("IS", not "is"); longer names in any case."""
    names = [n for n in alias_spellings() if len(n) > 1]
    exact = sorted((n for n in names if n.isupper() or len(n) <= 3), key=len, reverse=True)
    loose = sorted((n for n in names if not (n.isupper() or len(n) <= 3)), key=len, reverse=True)
    edges = r"(?:(?<![\w-])|(?<=anti-))(?:{})(?![\w-])"
    return tuple(
        re.compile(edges.format("|".join(map(re.escape, group))), flags)
        for group, flags in ((exact, 0), (loose, re.I))
        if group
    )


def _find_all(name: str, text: str) -> list[re.Match[str]]:
    """Every whole-word occurrence of a name; short acronyms only in capitals and not in all-capital lines."""
    if len(name) <= 1:
        return []
    flags = 0 if name.isupper() or len(name) <= 3 else re.I
    found = re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])|(?<=anti-){re.escape(name)}(?![\w-])", text, flags)
    return [m for m in found if not (len(name) <= 3 and _shouting(text, m.start()))]


def _shouting(text: str, at: int) -> bool:
    """Whether the words around ``at`` are all capitals (a headline in capitals, where "IS" is a verb)."""
    words = re.findall(r"[A-Za-z]{2,}", text[max(0, at - 30) : at + 30])
    return len(words) >= 3 and all(w.isupper() for w in words)


def _join_split_people(doc: Doc) -> None:
    """ "Superintendent Abdullahi" + "Yahaya Maru": one person the small model tagged as two, side by side."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start:
            joined[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined
        forget(doc)


def _people_with_ages(doc: Doc) -> None:
    """ "Khalil Qasim Murad, 46, counted the trucks": a name followed by an age is a person's, whatever the tagger
    called it."""
    changed, spans = False, list(ents(doc))
    for i in range(2, len(doc) - 2):
        if not (doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == "," and doc[i - 1].pos_ == "PROPN"):
            continue
        if not doc[i + 1].text.isdigit() or not 0 < int(doc[i + 1].text) < 110:
            continue
        start = i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() and i - start < 4:
            start -= 1
        if i - start < 2 or not all(t.text[:1].isupper() for t in doc[start:i]):
            continue
        spans = [e for e in spans if e.end <= start or e.start >= i + 2] + [Span(doc, start, i, label="PERSON")]
        changed = True
    if changed:
        doc.ents = sorted(spans, key=lambda e: e.start)
        forget(doc)


def _surname_words(name: str) -> list[str]:
    """Lower-case name words, Arabic articles dropped: "al-Sharafi" is found as "Sharafi"."""
    return [re.sub(r"^(?:al|el|ad|ad|as|ash|at|az|ar|an|ul)[-‑]", "", w) for w in name.lower().split()]


def _latest_before(actors: list[Actor], position: int | None) -> Actor | None:
    if position is not None:
        before = [a for a in actors if a.first < position]
        actors = before or actors
    return max(actors, key=lambda a: a.first, default=None)


def _acronym_of(acronyms: dict[str, str], key: str) -> str:
    """Acronyms map both ways; the short form is the one printed."""
    other = acronyms[key]
    return other if len(other) < len(key) and other.isupper() else key.upper() if key.isalpha() else other


def find_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in the text, both ways: "the Syrian Democratic Forces (SDF)" -> sdf <-> long form."""
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        shorts = [s.strip() for s in match.group(1).split("/")]
        if not all(sum(c.isupper() for c in s) >= 2 for s in shorts):
            continue
        long_form = _long_form(text[: match.start()], shorts[0])
        if not long_form:
            continue
        for short in shorts:
            found.setdefault(norm_key(short), long_form)
        found.setdefault(norm_key(long_form), shorts[0])
    return found


def _long_form(before: str, short: str) -> str | None:
    """The run of capitalised words before the parenthesis whose initials spell the acronym ("Department of
    Social Welfare and Development (DSWD)"); failing that, the shortest run starting with its first letter and
    long enough to stand for it."""
    words = before.split()[-12:]
    letters = re.sub(r"[^A-Z]", "", short.upper())
    run: list[str] = []
    fallback = None
    for word in reversed(words):
        bare = word.strip(",;:")
        if word != bare and run:
            break
        if not (bare[:1].isupper() or bare.lower() in _CONNECTORS):
            break
        run.insert(0, bare)
        if bare.lower() in _CONNECTORS or bare[:1].upper() != letters[:1]:
            continue
        initials = "".join(part[:1].upper() for w in run if w.lower() not in _CONNECTORS for part in w.split("-"))
        if initials == letters or initials.replace("-", "") == letters:
            return " ".join(run)
        capitals = sum(1 for w in run if w.lower() not in _CONNECTORS)
        if fallback is None and capitals >= max(1, len(letters) - 1):
            fallback = " ".join(run)
    if fallback is None and len(letters) >= 3:  # "Malian Armed Forces (FAMa)": a French or local acronym
        tail = list(itertools.takewhile(lambda w: w[:1].isupper() and w.lower() != "the", reversed(run)))
        named = list(itertools.dropwhile(lambda w: w.lower() in _CONNECTORS, run))  # "Armed Forces of Mozambique"
        if len(tail) >= 2 or len(named) >= 3:
            fallback = " ".join(reversed(tail)) if len(tail) >= 2 else " ".join(named)
    return fallback


def person_role(ent: Span) -> str | None:
    """The role a report gives a named person: an apposition or a title-like noun phrase before the name."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and not (ent.start <= child.i < ent.end):
            return _phrase(child)
    if root.dep_ == "appos" and root.head.lower_ in role_nouns():
        return _phrase(root.head, stop=ent.start)
    before = [t for t in root.lefts if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod", "nn")]
    words = [t for t in before if t.text not in titles()]
    if any(t.lower_ in role_nouns() for t in words):
        return " ".join(t.text for t in ent.doc[words[0].i : ent.start])
    return _role_before(ent)


def _role_head_before(ent: Span) -> Span | None:
    """The role noun right before a name and its titles ("spokesman" in "SSPDF spokesman Brig. Gen. Peter Deng"),
    without the organisation that comes with it."""
    role = _role_before(ent)
    if role is None:
        return None
    i = ent.start - 1
    while i >= 0 and ent.doc[i].lower_ not in role_nouns():
        i -= 1
    start = i
    while start > 0 and ent.doc[start - 1].pos_ in ("NOUN", "ADJ") and ent.doc[start - 1].is_lower:
        start -= 1
    return ent.doc[start : i + 1] if i >= 0 else None


def _role_before(ent: Span) -> str | None:
    """ "SSPDF spokesman Brig. Gen. Peter Malual Deng": a role written before the name and its titles."""
    i = ent.start - 1
    while i >= 0 and (ent.doc[i].text in titles() or ent.doc[i].text + "." in titles() or ent.doc[i].text == "."):
        i -= 1
    end = i + 1
    while i >= 0 and ent.doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and end - i <= 4:
        i -= 1
    words = ent.doc[i + 1 : end]
    if len(words) and words[-1].lower_ in role_nouns():
        return words.text
    return None


def _phrase(token: Token, stop: int | None = None) -> str:
    """A noun phrase without relative clauses or trailing punctuation."""
    tokens = [
        t
        for t in token.subtree
        if t.dep_ not in ("relcl", "acl")
        and not any(a.dep_ in ("relcl", "acl", "appos") and a.i != token.i for a in t.ancestors if a in token.subtree)
    ]
    if stop is not None:
        tokens = [t for t in tokens if t.i < stop]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return token.text
    return token.doc[tokens[0].i : tokens[-1].i + 1].text
