"""Actors of one report: people (with roles), organisations and news agencies, under all their names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..models import Entity, EntityType, Place
from .dates import MONTHS, WEEKDAYS
from .gazetteer import country_names, country_words, fold
from .names import (
    ACRONYM,
    PLURAL_ACRONYM,
    KnownActor,
    acronym_of,
    actor_names,
    after_demonym,
    body_words,
    clean_alias,
    defined_acronyms,
    description_nouns,
    find_names,
    find_other_names,
    head_words,
    initials,
    institution_words,
    is_title,
    known_actors,
    name_in_english,
    name_words,
    norm_key,
    organisation_type,
    role_nouns,
    strip_titles,
    table_aliases,
    titles,
    without_article,
)
from .nlp import ents, forget, noun_chunks
from .nlp import text as doc_text
from .outlets import OUTLET_WORDS, PRESS_BODIES, SELF_REFERENCE, is_outlet, is_station, masthead
from .people import (
    TITLE_SEX,
    first_name_left_out,
    join_split_people,
    namesakes,
    nickname_after,
    of_sex,
    other_sex,
    people_beside_roles,
    people_with_ages,
    person_role,
    ranks,
    role_apposed,
    role_head_before,
    surname_words,
    title_roles,
    title_words,
    titled_people,
)
from .places import named_as_place

if TYPE_CHECKING:
    from .places import Mention


_MEDIA_WORDS = re.compile(
    r"\b(news ?agency|agency|news|television|tv|radio|newspaper|broadcaster|broadcasting|channel|daily|times|post|"
    r"tribune|gazette|journal|herald|wire|press)\b",
    re.I,
)


_PRESS_WORDS = re.compile(r"\b(news|press|television|tv|radio|broadcast\w*|newspaper)\b", re.I)
_PRESS_BODIES = re.compile(rf"\b({'|'.join(sorted(PRESS_BODIES))})\b", re.I)  # no outlets (stages/outlets.py)

_RECALL_REACH = 600  # characters back to the phrase that brought a nameless person in
_OFFICE_OF_A_SOURCE = frozenset(("officer", "official"))  # "a military source ... The officer, who asked ..."
_PLACED_ROLE = re.compile(r"\s(?:of|for|at|in|from|with)\s", re.I)  # "the camp manager at Farchana"


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
    titles: set[str] = field(default_factory=set)  # "mallam", "cp": the titles the report names a person with
    place: Place | None = None
    plural: bool = False  # nameless sources said in the plural ("residents")

    def mention(self, start: int, end: int, text: str) -> None:
        """One more mention; one that overlaps a mention already kept ("the Islamic State", "Islamic State") only
        adds its wording."""
        if not any(s < end and start < e for s, e in self.mentions):
            self.mentions.append((start, end))
        self.aliases.add(clean_alias(text))

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
            name=self.name or without_article(self.roles[0]),
            type=self.type,
            aliases=sorted(aliases),
            mentions=sorted(self.mentions),
            place=self.place,
        )


class Registry:
    """The actors of one document and the ways to find them again: surname, role, acronym, alias."""

    def __init__(
        self,
        doc: Doc,
        skip: list[tuple[int, int]] | None = None,
        places: list[tuple[int, int]] | None = None,
        home: str | None = None,
    ) -> None:
        """``skip``: spans where no actor is named (headlines, datelines); ``places``: spans the places stage
        found to be places, which the tagger may have called people ("Gao said") or organisations; ``home``: the
        country the report is about (ISO alpha-2), when its places tell."""
        self.doc = doc
        self.actors: list[Actor] = []
        self._ids = itertools.count(1)  # ids stay unique when a mistaken actor is dropped
        self._by_key: dict[str, Actor] = {}
        self._bodies: set[str] = set()  # names the report introduced as a body ("the Irish aid agency Trócaire")
        self.force_country: dict[str, str] = {}  # forces named only by description -> their country (ISO alpha-2)
        self.governments: set[str] = set()  # the actors of governments named only by description
        self.named_forces: set[str] = set()  # "Jubaland forces": a region's or a man's forces, no national army
        self.home = home
        self.acronyms = defined_acronyms(doc)
        self.places = places or []
        people_beside_roles(doc)
        join_split_people(doc)
        people_with_ages(doc)
        titled_people(doc)
        namesakes(doc)
        _forces_named_by_demonym(doc)
        skip = skip or []
        head = masthead(doc_text(doc))
        known = self._sweep_known(head[2] if head else None)
        self.own_outlet = self._masthead(head)
        for ent in ents(doc):
            start, end = ent_span(ent)
            if any(s <= start < e for s, e in skip):
                continue
            placed = [(s, e) for s, e in places or [] if s < end and start < e]
            body_beyond = (
                ent.label_ in ("ORG", "FAC") and _named_as_a_body(ent) and end > max((e for _, e in placed), default=0)
            )
            if placed and not body_beyond:
                continue  # a town the tagger called an organisation; not "the Katsina State Police Command"
            if any(s < end and start < e and (s, e) != (start, end) for s, e in known):
                continue  # "State" inside "Islamic State", "The United Nations Office" inside OCHA's name
            if ent.label_ == "PERSON" and (start, end) in known:
                continue  # "Jamaat-ul-Ahrar (JuA)", tagged a person: the organisation its acronym defines
            if _described(ent) or _role_title(ent) or ent.text in _FURNITURE or _section_label(ent):
                continue  # "The Council" after the Human Rights Council: a description, linked later
            if ent.label_ in ("ORG", "PERSON") and norm_key(ent.text) not in known_actors() and named_as_place(ent):
                continue  # "near the village of Awdinle", tagged an organisation: a place the gazetteer lacks
            gang = _GANG_AFTER.match(doc_text(doc), end)
            if gang and ent.label_ in ("PERSON", "ORG") and ent[0].text[:1].isupper():
                self.organisation(doc_text(doc)[start : gang.end()], start, gang.end())  # "the Maidawa gang"
                continue
            body = _MEDIA_WORDS.search(ent.text) or _described_as_a_body(ent) or _named_as_a_body(ent)
            if body and ent.label_ in ("ORG", "PERSON"):
                self._bodies.add(norm_key(ent.text))
            if ent.label_ == "PERSON" and body:
                self.organisation(ent.text, start, end)  # "Radio Omega", "Filimbi, a movement", tagged a person
            elif ent.label_ == "PERSON" or (ent.label_ in ("ORG", "GPE") and self._person_tagged_an_organisation(ent)):
                self._add_person(ent)
            elif ent.label_ == "ORG" and (person := self._known_person(ent)) is not None:
                if first_name_left_out(ent):  # "Amna [Babiker]" beside "Osman Babiker": another of the family
                    full = self.doc[ent.start - 1 : ent.end]
                    person = self.person(full.text, full.start_char)
                    start = full.start_char
                person.mention(start, end, doc_text(doc)[start:end])  # "Diallo", tagged an organisation
            elif ent.label_ in ("ORG", "NORP", "GPE") or (ent.label_ == "FAC" and _named_as_a_body(ent)):
                # "South Sudan's army", "the Puntland ministry": a description in lower case, linked later
                capitals = [t for t in ent[:-1] if t.text[:1].isupper() and t.lower_ != "the"]
                described = ent[-1].is_lower and (  # not "the Darfur Joint Force militia", a name and a word
                    any(t.dep_ == "case" for t in ent) or (ent[-1].lower_ in description_nouns() and len(capitals) <= 1)
                )
                # "Communist Party of India (Maoist)", but not "GAROWE (Reuters)"
                qualifier = re.match(r"\s*\(([A-Z][a-z]+)\)", doc_text(doc)[end:])
                if qualifier and norm_key(qualifier.group(1)) not in known_actors():
                    end = end + qualifier.end()
                name = doc_text(doc)[start:end]
                self.organisation(name, start, end, only_known=ent.label_ not in ("ORG", "FAC") or described)
        self._sweep_other_names()
        self._sweep_foreign_names()
        self._sweep_first_names(skip)
        self._sweep_people(skip + (places or []))
        self._sweep_outlets()
        self._sweep_names_said_short()
        self._sweep_heads_said_alone()
        self._daesh_of_the_province()

    def _daesh_of_the_province(self) -> None:
        """ "Daesh", in a report that names one Islamic State province (ISKP, IS Sahel), is that province, as local
        officials use the word; the parent group keeps its other names."""
        provinces = [a for a in self.actors if a.type == "armed group" and any(
            _IS_PROVINCE.match(n) for n in self.names_of(a))]  # fmt: skip
        parent = self._by_key.get("org:" + norm_key("Islamic State"))
        if len(provinces) != 1 or parent is None:
            return
        text, province = doc_text(self.doc), provinces[0]
        for start, end in [(s, e) for s, e in parent.mentions if norm_key(text[s:e]) in _DAESH]:
            parent.mentions.remove((start, end))
            province.mention(start, end, text[start:end])

    def _masthead(self, head: tuple[int, int, str] | None) -> Actor | None:
        """The outlet whose name heads the report in capitals ("THE KWARA COURIER"): the report's own."""
        if head is None:
            return None
        start, end, name = head
        actor = self.organisation(name)
        self._bodies.add(norm_key(name))  # "Aïr Info", which the tagger may call a person
        if actor is not None:
            actor.mention(start, end, doc_text(self.doc)[start:end])
        return actor

    def _sweep_outlets(self) -> None:
        """An actor's name again in capitals ("RADIO DUNIA" in a sign-off); an outlet by its whole name or the last
        word of it ("the Courier" for The Kwara Courier); the outlet speaking of itself ("this newspaper")."""
        taken = [span for actor in self.actors for span in actor.mentions]

        def add(actor: Actor, start: int, end: int) -> None:
            if not any(s < end and start < e for s, e in taken):
                actor.mention(start, end, doc_text(self.doc)[start:end])

        named = {norm_key(n): a for a in self.actors if a.type != "place" for n in [a.name, *a.aliases] if n}
        for match in _CAPITALS.finditer(doc_text(self.doc)):
            if match.group(0).isupper() and (actor := named.get(norm_key(match.group(0)))) is not None:
                add(actor, *match.span())
        outlets = [a for a in self.actors if a.type in ("organization", "news agency") and is_outlet(a.name)]
        for actor in outlets:
            for start, end in self._outlet_names(actor, outlets):
                add(actor, start, end)
        for match in SELF_REFERENCE.finditer(doc_text(self.doc)):
            station = match.group(1) in ("station", "radio")
            fitting = [a for a in outlets if is_station(a.name) == station]
            own = self.own_outlet if self.own_outlet in fitting else (fitting[0] if len(fitting) == 1 else None)
            if own is not None:
                add(own, *match.span())

    def _sweep_other_names(self) -> None:
        """ "The Colombian Navy (Armada de Colombia)", "the RSF, known in Arabic as Quwat al-Da'm al-Sari'": both
        names, wherever the report writes them, are the body's; bits of them the tagger made actors are no more."""
        text = doc_text(self.doc)
        for name, other in find_other_names(text):
            spans = {form: [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
                     for form in (name, other)}  # fmt: skip
            actor = self.organisation(name, only_known=True) or self._by_key.get("org:" + norm_key(_bare_name(name)))
            if actor is None and spans[name]:
                actor = self.organisation(name, *spans[name][0])
            for form, found in spans.items():
                for start, end in found:
                    self._give_whole(actor, start, end, form)

    def _sweep_foreign_names(self) -> None:
        """A body's name in Spanish, French or Portuguese, which the tagger often misses or calls a person ("the
        Guardia Nacional", "Frente 33", "the Gendarmerie nationale"): the body named in English too, or a body
        of its own when every word of it is a body's word."""
        text = doc_text(self.doc)
        for start, end in _foreign_runs(text):
            name = text[start:end]
            english = name_in_english(name)
            if english is None or len(english) < 2:
                continue
            actor = self._in_other_words(name) or self._by_key.get("org:" + norm_key(name))
            if actor is None and _all_body_words(name):
                kind = organisation_type(" ".join(sorted(english)))
                actor = Actor(f"O{next(self._ids)}", name, kind)
                self.actors.append(actor)
                self._by_key["org:" + norm_key(name)] = actor
            self._give_whole(actor, start, end, name)

    def _give_whole(self, actor: Actor | None, start: int, end: int, form: str) -> None:
        """The words at ``start:end`` to ``actor``, taken from actors the tagger made of bits of them, unless
        another actor's longer name holds them."""
        text, others = doc_text(self.doc), [a for a in self.actors if a is not actor]

        def part(s: int, e: int) -> bool:  # of the words, or the words with an article or quotes ('the "Bawm Party')
            return (start <= s and e <= end) or norm_key(text[s:e].replace('"', "").replace("“", "")) == norm_key(form)

        inside = [a for a in others if any(part(s, e) for s, e in a.mentions)]
        if actor is None or any(s < end and start < e for a in others if a not in inside for s, e in a.mentions):
            return
        for bit in inside:
            bit.mentions = [(s, e) for s, e in bit.mentions if not part(s, e)]
            if not bit.mentions:
                self.drop(bit)
        actor.mention(start, end, form)

    def _sweep_names_said_short(self) -> None:
        """ "The Security Belt handed ..." after the Security Belt Forces: a body's name said again without its last,
        generic word, when no other actor's name holds the words left."""
        text = doc_text(self.doc)
        taken = [span for actor in self.actors for span in actor.mentions]
        bodies = [a for a in self.actors if a.type not in ("person", "place") and a.name]
        for actor in bodies:
            written = {re.sub(r"^[Tt]he ", "", text[s:e]) for s, e in actor.mentions}
            for name in written:
                words = name.split()
                if len(words) < 3 or words[-1].lower() not in _GENERIC_LAST or not all(w[:1].isupper() for w in words):
                    continue
                short = " ".join(words[:-1])
                if any(short in n for a in bodies if a is not actor for n in self.names_of(a)):
                    continue
                for m in re.finditer(rf"\b[Tt]he ({re.escape(short)})(?![\w-])(?! {re.escape(words[-1])})", text):
                    if m.start() > actor.first and not any(s < m.end(1) and m.start(1) < e for s, e in taken):
                        actor.mention(m.start(1), m.end(1), m.group(1))

    def _sweep_heads_said_alone(self) -> None:
        """ "the Morcha" after the Janatantrik Terai Mukti Morcha, "The Tigers" after the Liberation Tigers of Tamil
        Eelam, made bodies of their own: the head word of one body's name, said after it with "the", is that body."""
        text = doc_text(self.doc)
        bodies = [a for a in self.actors if a.type not in ("person", "place") and a.name]
        for lone in [a for a in bodies if len(a.name.split()) == 1 and a.name[:1].isupper()]:
            said = all(
                re.search(r"\b[Tt]he\s+$", text[max(0, s - 4) : s]) and text[s:e] == lone.name for s, e in lone.mentions
            )
            said = said and self.canonical(lone.name)[0] is None  # not the Taliban, a name of the alias table
            heads = [
                a
                for a in bodies
                if a is not lone and a.first < lone.first
                and lone.name.lower() in {w for n in self.names_of(a) if " " in n for w in head_words(n)}
            ]  # fmt: skip
            if said and len(heads) == 1 and lone.name.lower() not in NOT_A_BODY_ALONE:
                self.actors.remove(lone)
                for start, end in lone.mentions:
                    heads[0].mention(start, end, text[start:end])
                self._by_key = {k: (heads[0] if v is lone else v) for k, v in self._by_key.items()}

    def _outlet_names(self, outlet: Actor, outlets: list[Actor]) -> list[tuple[int, int]]:
        """Where the report names an outlet in full ("told The Frontier Star", which the tagger did not see) or by
        the last word of its name, when no other outlet's name ends so ("the Courier")."""
        text = doc_text(self.doc)
        spans = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(outlet.name)}(?![\w-])", text)]
        word = outlet.name.split()[-1]
        if word.lower() in OUTLET_WORDS and sum(a.name.split()[-1] == word for a in outlets) == 1:
            shorts = re.finditer(rf"\b[Tt]he ({re.escape(word)})\b(?! [A-Z])", text)
            spans += [m.span(1) for m in shorts if m.start() > outlet.first]
        return spans

    def _sweep_first_names(self, skip: list[tuple[int, int]]) -> None:
        """ "Ernesto Caal Choc was feeding his chickens", which the tagger missed, then "said Caal Choc, 52": the
        person known by the shorter name has the full one."""
        text = doc_text(self.doc)
        for actor in [a for a in self.actors if a.type == "person" and len(a.name.split()) in (1, 2)]:
            pattern = rf"(?<![\w'’-])([A-Z][a-zà-ÿ]+) {re.escape(actor.name)}(?![\w-])"
            for match in re.finditer(pattern, text):
                word = match.group(1)
                token = self.doc.char_span(match.start(1), match.end(1))
                tagged = token is not None and token.root.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "ORG", "DATE")
                if any(s <= match.start() < e for s, e in skip) or tagged or not _a_given_name(word):
                    continue  # not "In Kabul Ahmad Shah, a teacher, said"
                if any(a is not actor and a.name.endswith(actor.name) for a in self.actors if a.type == "person"):
                    break  # "Osman Yusuf" of two men named so: not this one's to guess
                actor.name = f"{word} {actor.name}"
                actor.mention(match.start(), match.end(), match.group(0))
                break

    def _sweep_people(self, skip: list[tuple[int, int]]) -> None:
        """A full name written again where the tagger did not see it ("Nur Begum was 19 when she first fled", at
        the head of a feature): another mention of that person; never in a headline, a place or a longer name
        ("the John Garang Mausoleum")."""
        text = doc_text(self.doc)
        taken = [span for actor in self.actors for span in actor.mentions] + skip
        for actor in [a for a in self.actors if a.type == "person" and len(a.name.split()) >= 2]:
            for match in re.finditer(rf"(?<![\w-]){re.escape(actor.name)}(?![\w-])(?! [A-Z])", text):
                before = re.search(r"([A-Z][\w'’.-]*) $", text[: match.start()])
                word = self.doc.char_span(*before.span(1)) if before else None
                inside = word is not None and not is_title(word.text) and word.root.pos_ == "PROPN"  # not "For"
                inside = inside and _a_given_name(word.text)  # "of Police Mercy Agber" is her name again
                # (a name inside a longer one: "the John Garang Mausoleum")
                if inside or any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                actor.mention(*match.span(), match.group(0))
                token = self.doc.char_span(*match.span(), alignment_mode="expand")
                if token is not None and _topic(token.root):
                    actor.anchors.append(match.start())
        self._sweep_surnames(taken)
        self._sweep_nicknames()

    def _sweep_nicknames(self) -> None:
        """ "Mohamed Hamdan Dagalo, widely known as Hemedti": the nickname, wherever the report uses it, is him."""
        text = doc_text(self.doc)
        named = [(a, nickname_after(text, end)) for a in self.actors if a.type == "person" for _, end in a.mentions]
        for actor, nickname in [(a, n) for a, n in named if n]:
            for other in [a for a in self.actors if a.type != "place" and a is not actor]:
                if norm_key(other.name) == norm_key(nickname):  # the tagger's "Hemedti", made an actor of its own
                    actor.mentions += [m for m in other.mentions if m not in actor.mentions]
                    self.actors.remove(other)
            self._by_key[norm_key(nickname)] = self._by_key["org:" + norm_key(nickname)] = actor  # "Hemedti said"
            taken = [span for other in self.actors if other is not actor for span in other.mentions]
            for match in re.finditer(rf"(?<![\w-]){re.escape(nickname)}(?![\w-])", text):
                if not any(s < match.end() and match.start() < e for s, e in taken):
                    actor.mention(*match.span(), nickname)

    def _sweep_surnames(self, taken: list[tuple[int, int]]) -> None:
        """A surname alone that the tagger did not see ("Burhan spoke in El Obeid" after "Abdel Fattah al-Burhan"):
        that person, when no other person of the report shares it and the word stands as a name of its own."""
        text = doc_text(self.doc)
        people = [a for a in self.actors if a.type == "person" and len(a.name.split()) >= 2]
        surnames = [surname_words(a.name)[-1] for a in people]
        taken = taken + [span for actor in self.actors for span in actor.mentions]
        for actor, surname in zip(people, surnames, strict=True):
            if surnames.count(surname) > 1 or len(surname) < 3:
                continue
            pattern = rf"(?<![\w-])(?:(?:al|el)[-‑])?{re.escape(surname)}(?![\w-])"  # "Burhan", "al-Burhan"
            for match in re.finditer(pattern, text, re.IGNORECASE):
                word = self.doc.char_span(*match.span(), alignment_mode="expand")
                free = not any(s < match.end() and match.start() < e for s, e in taken)
                if word is None or match.start() < actor.first or not free or not _name_alone(word):
                    continue
                actor.mention(*match.span(), match.group(0))
                if _topic(word.root):
                    actor.anchors.append(match.start())

    def _titled_person(self, ent: Span) -> bool:
        """ "army spokesman Major Théophile Kasongo Mbuyi", tagged an organisation: a title and a name."""
        before = ent.doc[ent.start - 1].text if ent.start else ""
        if not (is_title(ent[0].text) or is_title(before)):
            return False
        name = strip_titles(ent.text)
        words = name.split()
        if len(words) == 1 and words[0][:1].isupper():
            sexed = any(t in TITLE_SEX or t == "mr" for t in title_words(ent))  # "Hajiya Bello", "Mr Tembely"
            return sexed or self.by_surname(name, ent.start_char) is not None  # "Lt-Col Diarra" after Boubacar Diarra
        capitalised = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
        return capitalised and organisation_type(name) == "organization" and self.canonical(name)[0] is None

    def _person_tagged_an_organisation(self, ent: Span) -> bool:
        return self._titled_person(ent) or self._person_with_role(ent)

    def _person_with_role(self, ent: Span) -> bool:
        """ "Fatimata Ouédraogo, a primary school teacher", tagged an organisation: a plain capitalised name that the
        report sets beside a person's role."""
        words = ent.text.split()
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and not w.isupper() for w in words):
            return False
        if organisation_type(ent.text) != "organization" or self.canonical(ent.text)[0] is not None:
            return False
        if _MEDIA_WORDS.search(ent.text) or any(w.lower() in description_nouns() for w in words):
            return False  # "Radio Omega", "the Norwegian Refugee Council"
        role = person_role(ent)  # "a camp official from the office of the ... Commissioner (RRRC)": "a camp official"
        head = re.split(r"\s+(?:from|of|at|in|for|with|who|whose|which|that)\s+", role)[0] if role else ""
        return bool(head) and head.split()[-1].lower() in role_nouns()

    def _known_person(self, ent: Span) -> Actor | None:
        """The person already named by these words, in full or by surname."""
        name = strip_titles(ent.text)
        if not re.sub(r"^(?:al|el)[-‑]", "", name)[:1].isupper() or len(name.split()) > 3:  # "al-Burhan" too
            return None
        found = self._by_key.get(norm_key(name))
        alone = len(name.split()) == 1 and self._shared(name)
        if (
            found is not None
            and found.type == "person"
            and not alone
            and not _titled_otherwise(found, title_words(ent))
        ):
            return found  # but "Hajiya Bello" is not the "Mr Bello" before
        return self.by_surname(name, ent.start_char, title_words(ent)) if len(name.split()) == 1 else None

    def _sweep_known(self, outlet: str | None = None) -> list[tuple[int, int]]:
        """Every mention of a well-known actor under any of its names ("ISIL", "anti-IS"), and of acronyms the
        report defines, whether or not the tagger saw them, but not inside the name of the report's own ``outlet``
        ("Dawn" in "Radio Dawn FM"); returns the spans found."""
        own = [m.span() for m in re.finditer(re.escape(outlet), doc_text(self.doc), re.I)] if outlet else []
        spans: list[tuple[int, int]] = list(own)
        matches = actor_names(self.doc)
        people = [ent_span(e) for e in ents(self.doc) if e.label_ == "PERSON" and len(e) > 1]
        for match in sorted(matches, key=lambda m: len(m.group(0)), reverse=True):  # longest first
            if any(s < match.end() and match.start() < e for s, e in spans):
                continue
            if " " not in match.group(0) and any(s == match.start() and match.end() < e for s, e in people):
                continue  # "Petra Novak", a person whose first name spells a news agency
            if _longer_country(doc_text(self.doc), match.start(), match.group(0)):
                continue  # "the South Sudanese army" is not the "Sudanese army"
            actor = self._other_spelt(match) or self.organisation(
                match.group(0), match.start(), match.end(), only_known=True
            )
            if actor is not None:
                spans.append(match.span())
        return spans[len(own) :]

    def _other_spelt(self, match: re.Match[str]) -> Actor | None:
        """An acronym of the alias table ("AA", Anadolu Agency; "ADF", the Allied Democratic Forces) that spells the
        initials of an actor the report named before ("the Arakan Army", "the Ambazonia Defence Forces") and whose
        well-known owner the report never names in full."""
        short = match.group(0)
        known = known_actors().get(norm_key(short))
        if known is None or not re.fullmatch(r"[A-Z]{2,6}", short):
            return None
        text = doc_text(self.doc)
        longer = [n for n in (known.canonical, *table_aliases(known.canonical)) if len(n) > len(short)]
        if any(re.search(rf"\b{re.escape(n)}\b", text) for n in longer) or _cited(text, match):
            return None
        actor = self._initialled(short, match.start()) or self._spelt_before(short, match.start())
        if actor is not None:
            actor.mention(match.start(), match.end(), short)
        return actor

    def _spelt_before(self, short: str, start: int) -> Actor | None:
        """The nearest name before an acronym, not a person's, whose initials spell it and which names an armed group
        or a force ("the Ambazonia Defence Forces ... The ADF"): that name is an organisation of the report's own."""
        text = doc_text(self.doc)
        people = [ent_span(e) for e in ents(self.doc) if e.label_ == "PERSON"]
        for run in reversed(list(_CAPITALISED_RUN.finditer(text, 0, start))):
            words = [(m.start() + run.start(), m.group(0)) for m in re.finditer(r"\S+", run.group(0))]
            for i, j in itertools.combinations(range(len(words) + 1), 2):
                name = " ".join(w for _, w in words[i:j])
                begin, end = words[i][0], words[i][0] + len(name)
                if j - i < 2 or not name[:1].isupper() or not name.split()[-1][:1].isupper() or initials(name) != short:
                    continue
                if organisation_type(name) not in ("armed group", "state actor"):
                    continue
                if not any(s < end and begin < e for s, e in people):
                    return self.organisation(name, begin, end)
        return None

    def drop(self, actor: Actor) -> None:
        """Forget an actor found to be none ("Nuer" of "the Nuer militia")."""
        self.actors.remove(actor)
        self._by_key = {k: v for k, v in self._by_key.items() if v is not actor}

    def not_people(self, mentions: list[Mention]) -> list[Mention]:
        """The place mentions but those of unplaced names the report makes a person's ("His neighbour, Agnes
        Mugisha, a fruit seller", tagged a place)."""
        people = [(a, span) for a in self.actors if a.type == "person" and a.name for span in a.mentions]

        def named(m: Mention) -> bool:  # "Agnes Mugisha", not "Tonga" of "a trader in Tonga" or "the mayor of Gao"
            return any(s < m.end and m.start < e and set(m.text.split()) <= set(a.name.split()) for a, (s, e) in people)

        return [m for m in mentions if m.place.country or not named(m)]

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
        name = re.sub(r"\s+[-–—]\s+[a-z]+$", "", strip_titles(ent.text))  # "Fatoumata Traoré - no relation"
        capitalised = any(re.sub(r"^(?:al|el|ad|as|ash|an|ar)[-‑]", "", w)[:1].isupper() for w in name.split())
        if not capitalised or norm_key(name) in known_actors():  # "Dr al-Omar" is capitalised
            return None
        if all(is_title(w) for w in name.split()):
            return None  # "Brig", a title the tagger cut from "Brig. Gen. Peter Malual Deng"
        if fold(name) in country_words():
            return None  # "Nigerien" of "Nigerien soldiers"
        body = self._by_key.get("org:" + norm_key(name)) if norm_key(name) in self._bodies else None
        body = body or self._outlet_by_word(name, ent.start_char)  # "the Chronicle", tagged a person
        if body is not None:  # "Trócaire's country director", tagged a person after "the aid agency Trócaire"
            body.mention(ent.start_char, ent.end_char, ent.text)
            return body
        introduced = person_role(ent) is not None  # "Mohamed Ali, a trader": someone new, not Mohamed Ali Hassan
        actor = self.person(name, ent.start_char, title_words(ent), introduced)
        actor.mention(ent.start_char, ent.end_char, ent.text)
        role = person_role(ent)
        if role or _topic(ent.root):
            actor.anchors.append(ent.start_char)
        head = role_head_before(ent) or role_apposed(ent)
        if head is not None:
            actor.mention(head.start_char, head.end_char, head.text)  # "SSPDF spokesman Brig. Gen. Deng": spokesman
        if role:
            self.give_role(actor, role)
        actor.role_heads |= title_roles(ent)
        actor.titles |= title_words(ent)
        return actor

    def moved(self, span: tuple[int, int], actor: Actor) -> None:
        """A name read again once the report had named more people ("Mrs Garba", first given to the only Garba
        then known, the colonel, and read again after Fati Garba was found) is the new reading's only."""
        text = doc_text(self.doc)
        for other in self.actors:
            if other is not actor and other.type == "person" and span in other.mentions:
                other.mentions.remove(span)
                if all(clean_alias(text[s:e]) != clean_alias(text[span[0] : span[1]]) for s, e in other.mentions):
                    other.aliases.discard(clean_alias(text[span[0] : span[1]]))

    def give_role(self, actor: Actor, role: str) -> None:
        """Record a role the report gives a person ("the mayor of Boni"), so that "the mayor" finds them; not what
        the report says they are not ("no relation to the priest")."""
        if re.match(r"(?:no|not|unrelated)\b", role, re.I):
            return
        role = re.sub(r"(?<=\w) - (?=\w)", "-", role)  # "sub - prefect", a role's words joined with spaces
        if role not in actor.roles:
            actor.roles.append(role)
            own = re.split(r"\b(?:who|whom|whose|which|that)\b|" + _DENIAL, role)[0]  # not "... not related to the
            # spokesman", "the mayor of Sinjar and no relation to the spokesman"
            whole = re.findall(r"[\w-]+", own)  # "director-general", then "general"; not the "prefect" of a sub-prefect
            words = whole + [p for w in whole if not LESSER.match(w) for p in re.findall(r"\w+", w)]
            actor.role_heads |= {w.lower() for w in words} & role_nouns()
            if actor.role_heads & _LEADING:
                actor.role_heads |= _LEADING_AS  # "the inspector general of the police" is "the police chief"
            if actor.role_heads & _SPOKESPEOPLE:
                actor.role_heads |= _SPOKESPEOPLE  # "who speaks for the ICRC", then "the spokeswoman"
            if role.startswith("leader of") and {w.lower() for w in words} & _ARMED_WORDS:
                actor.role_heads.add("commander")  # "who leads the volunteers": their commander
            actor.affiliation = actor.affiliation or self.affiliation_in(role)

    def names_of(self, actor: Actor) -> list[str]:
        """Every name of an actor: as the report writes it, and as the alias table knows it."""
        known = known_actors().get(norm_key(actor.name))
        table = table_aliases(known.canonical) if known else ()
        return [
            actor.name,
            *actor.aliases,
            *table,
            *([self.acronyms[norm_key(actor.name)]] if norm_key(actor.name) in self.acronyms else []),
        ]

    def person(self, name: str, position: int, given: set[str] | None = None, introduced: bool = False) -> Actor:
        """The person of that name: a surname or first name alone is the full name introduced earlier; ``given``:
        the titles the name is written with here; ``introduced``: the report presents the name with a role."""
        given = given or self._titles_before(position)
        name = self._namesake_written_since(name, position, given) or name
        key = norm_key(name)
        if key in self._by_key:
            # "Ms Guindo" after "Mr Guindo": of two Guindos, the one the title fits; "Gyang" after "Daniel Gyang",
            # introduced since "Jacob Gyang" and "Mr Gyang": the one named last
            shared = len(name.split()) <= 2 and self._shared(name)
            titled = self.by_surname(name, position, given) if (given or shared) and len(name.split()) <= 2 else None
            if titled is not None and (ranks(given) & ranks(titled.titles) or shared):
                return titled
            found = self._by_key[key]
            if not _titled_otherwise(found, given) and not _of_the_other_sex(found, given):
                return found  # not Dr Mariam Kambou for "Mr Kambou"
        same = (a for a in self.actors if a.type == "person" and norm_key(a.name) == key)
        named = next((a for a in same if not _titled_otherwise(a, given)), None)
        if named is not None:
            self._by_key[key] = named  # a person first met by surname, named in full since
            return named
        if len(name.split()) <= 2:
            match = self.by_surname(name, position, given, first_names=not introduced)
            if match:
                self._by_key[key] = match
                return match
        full = self._full_name_before(name, position, _sexes(given)) if len(name.split()) == 1 else None
        if full is not None:
            name = strip_titles(full.text)
        actor = Actor(f"P{next(self._ids)}", name, "person")
        for mistaken_key in dict.fromkeys(("org:" + key, "org:" + norm_key(name))):
            mistaken = self._by_key.pop(mistaken_key, None)  # the tagger called this person an organisation
            if mistaken is not None:
                self.actors.remove(mistaken)
                actor.mentions += mistaken.mentions
                self._absorb_surname_alone(actor)
        self.actors.append(actor)
        self._by_key[key] = actor
        if len(name.split()) > 1:
            self._absorb_surname_alone(actor)  # "Mr Ojulu", met before "Ojulu Omot, who heads ..." was found
        return actor

    def _namesake_written_since(self, name: str, position: int, given: set[str]) -> str | None:
        """ "Mrs Garba", after "Colonel Abdourahamane Garba" and then "Fati Garba", whom the tagger did not call a
        person: the full name of that surname written last before, when no one known yet bears it and it comes
        after every mention of the person the surname would otherwise go to."""
        sexes = _sexes(given)
        if not sexes or len(name.split()) != 1:
            return None
        earlier = self.by_surname(name, position, given)
        if earlier is not None and given & earlier.titles:
            return None  # "Mr Cissé" again, after Hamadoun Cissé was "Mr Cissé": still he
        full = self._full_name_before(name, position, sexes)
        last = max((s for s, _ in earlier.mentions if s < position), default=-1) if earlier else -1
        return strip_titles(full.text) if full is not None and full.start_char > last else None

    def _absorb_surname_alone(self, actor: Actor) -> None:
        """ "Mr Somé said", made a person of its own while "Jean-Baptiste Somé", named before it, was taken for an
        organisation: the surname alone (or, where given names come first, the given name: "Mr Ojulu") is that
        person, when no other of the name came between."""
        called = self._called_by(actor.name)
        family = [a for a in self.actors if a.type == "person" and a.name and self._called_by(a.name) == called]
        alone = [a for a in family if len(a.name.split()) == 1 and a.first > actor.first]
        alone = [a for a in alone if not _of_the_other_sex(actor, a.titles) and not _titled_otherwise(actor, a.titles)]
        for lone in alone:
            if not any(actor.first < a.first < lone.first for a in family if a is not lone):
                self.actors.remove(lone)
                for start, end in lone.mentions:
                    actor.mention(start, end, doc_text(self.doc)[start:end])
                actor.titles |= lone.titles
                actor.roles += [r for r in lone.roles if r not in actor.roles]
                actor.role_heads |= lone.role_heads
                actor.anchors += lone.anchors
                self._by_key = {k: (actor if v is lone else v) for k, v in self._by_key.items()}

    def _called_by(self, name: str) -> list[str]:
        """The word of a name a report calls the person by: the surname, or the given name where it comes first."""
        words = surname_words(name)
        return words[:1] if self.home in _GIVEN_NAME_FIRST else words[-1:]

    def _full_name_before(self, surname: str, position: int, sexes: set[str]) -> Span | None:
        """ "Bello said" after "Halima Yusuf Bello, a nurse": the full name the tagger missed, written earlier; not
        one of the other sex ("Mrs Okafor" is not Peter Okafor), nor one already someone's, passed over before."""
        people = {norm_key(a.name) for a in self.actors if a.type == "person"}
        found = None
        before = doc_text(self.doc)[:position]
        for m in re.finditer(r"\b((?:[A-Z][\w'’-]+ ){1,3})" + re.escape(surname) + r"\b", before):
            span = self.doc.char_span(m.start(1), m.end(), alignment_mode="contract")
            while span is not None and len(span) > 2 and (span[0].pos_ != "PROPN" or not _a_given_name(span[0].text)):
                span = span[1:]  # "Senior Superintendent Kamran Kundi", "of Police Devendra Netam": the name after
            names = span is not None and all(t.pos_ == "PROPN" and t.text not in titles() for t in span)
            names = names and not self._a_body_at(span.start_char, span.end_char)  # not "the Janatantrik ... Morcha"
            if names and len(span) >= 2 and norm_key(strip_titles(span.text)) not in people:
                found = span if not any(other_sex(span.text, sex) for sex in sexes) else found
        return found

    def _a_body_at(self, start: int, end: int) -> bool:
        """Whether these characters are within a body's name the alias table knows or the report defines."""
        named = [m.span() for m in actor_names(self.doc) if " " in m.group(0)]
        return any(s < end and start < e for s, e in named)

    def by_surname(
        self, words: str, position: int | None = None, given: set[str] | None = None, first_names: bool = False
    ) -> Actor | None:
        """The person whose full name ends with these words ("Bali", "Lin Htet"), or contains the one word, or
        begins with the two (``first_names``: "Gul Mohammad"). Of two people sharing a surname, the one the same
        title introduced ("Mallam Garba" is Mallam Ibrahim Garba, not CP Muhammad Garba)."""
        given = given if given is not None else _titles_of(words)
        parts = surname_words(strip_titles(words))
        people = [a for a in self.actors if a.type == "person" and len(a.name.split()) > len(parts)]
        people = [a for a in people if not self._disowned(a, position)]  # "Mr Abdi, who is no relation of Fatuma"
        hits = [a for a in people if surname_words(a.name)[-len(parts) :] == parts]
        if given & _BURMESE_HONORIFICS:  # "Ko Thura", "U Kyaw Min": a Burmese name is whole, with no surname; not
            hits = []  # Kyaw Thura, nor Kyaw Min Oo
        elif len(parts) == 1:
            if self.home in _GIVEN_NAME_FIRST:  # "Dr Alemu" is Alemu Tesfaye, not Mesfin Alemu
                hits = [a for a in people if surname_words(a.name)[0] == parts[0]] or hits
            hits = hits or [a for a in people if parts[0] in surname_words(a.name)]
        elif first_names:
            hits = hits or [a for a in people if surname_words(a.name)[: len(parts)] == parts]
        hits = [a for a in hits if ranks(given) & ranks(a.titles)] or hits
        hits = [a for a in hits if given & _role_words(a)] or hits  # "Constable Afridi": the one introduced so
        said = self._role_set_beside(words, position)  # "Mr Valencia, the fisherman, said": not the general
        hits = [a for a in hits if said & _role_words(a)] or hits
        hits = [a for a in hits if not _of_the_other_sex(a, given)]  # "Mrs Obi" is not Peter Obi, "Mr Obi" not Ada
        hits = [a for a in hits if not _titled_otherwise(a, given)]  # "Ms Nur" is not the "Mr Nur" of before
        hits = [a for a in hits if not self._said_otherwise(a, given)]  # "Mr Hagos" is not Mulu Hagos, a "she"
        if "female" in _sexes(given):  # "Ms Perera" is Nirmala Perera, not Major Ruwan Perera, a name unknown
            hits = [a for a in hits if of_sex(a.name, "female")] or hits  # ("Mr": "Adama" is a man's name too)
        if position is not None and hits and all(a.first > position for a in hits):
            return None  # "Mr Al-Hasi" is not Mabrouka Al-Hasi, whom the report brings in after him
        return _latest_before(hits, position)

    def _role_set_beside(self, words: str, position: int | None) -> set[str]:
        """The words of a role set off right after a surname written at ``position`` ("Valencia, the fisherman,")."""
        if position is None:
            return set()
        after = re.match(
            rf"(?:[A-Z][\w.]*\s+)?{re.escape(words)},\s+(?:the|a|an)\s+((?:[a-z-]+\s+){{0,2}}[a-z-]+)\b[,.]",
            doc_text(self.doc)[position : position + 120],
        )
        return set(after.group(1).split()) & role_nouns() if after else set()

    def _disowned(self, person: Actor, position: int | None) -> bool:
        """Whether the words right after a mention say it is not this person: "Mr Abdi, who is no relation of
        Fatuma", "Dr Kundi, who is not related to SSP Kundi"."""
        if position is None:
            return False
        clause = re.split(r"[.!?][\s\"”’]", doc_text(self.doc)[position : position + 120])[0]  # this sentence only
        role = _NO_RELATION_ROLE.search(clause)  # "Dr Alemu, who is no relation to the mayor"
        if role is not None:
            return any(noun == role.group(1).lower() for noun in self._role_nouns_of(person))
        said = _NO_RELATION.search(clause)
        if said is None:
            return False
        other = set(surname_words(strip_titles(said.group(1))))
        own = set(surname_words(person.name))
        return bool(other) and other <= own and (len(other) > 1 or not self._shared(said.group(1)))

    def _role_nouns_of(self, person: Actor) -> set[str]:
        """The last words of the roles the report gives a person so far ("mayor" of "The city's mayor, X")."""
        nouns = set()
        for start, end in person.mentions:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            role = person_role(span) if span is not None else None
            words = re.findall(r"[\w-]+", (role or doc_text(self.doc)[start:end]).lower())
            nouns |= set(words[-1:])
        return nouns

    def _said_otherwise(self, person: Actor, given: set[str]) -> bool:
        """Whether the report's "he" or "she" for a person is of the other sex than a title now given."""
        sexes = _sexes(given)
        if not sexes or of_sex(person.name, "male") or of_sex(person.name, "female"):
            return False  # a name that tells its sex is read by _of_the_other_sex
        return self._pronoun_sex(person) not in (None, *sexes)

    def _pronoun_sex(self, person: Actor) -> str | None:
        """The sex the report's pronouns give a person: the first "he" or "she" after a mention of them, in the same
        sentence or the next, with no other person named in between ("Mulu Hagos unlocks the gate of the school
        where she has taught")."""
        people = [s for a in self.actors if a.type == "person" and a is not person for s, _ in a.mentions]
        said = set()
        for start, end in person.mentions:
            mention = self.doc.char_span(start, end, alignment_mode="expand")
            if mention is None:
                continue
            sent = mention.sent
            after = self.doc[sent.end].sent if sent.end < len(self.doc) else sent
            pronoun = next((t for t in self.doc[mention.end : after.end] if _speaks_of(t, mention)), None)
            if pronoun is not None and not any(end <= s < pronoun.idx for s in people):
                said.add(_PRONOUN_SEX[pronoun.lower_])
        return said.pop() if len(said) == 1 else None

    def _titles_before(self, position: int) -> set[str]:
        """The titles written just before a name the tagger cut them from ("Dr" of "Dr Akter said")."""
        before = re.search(r"((?:[A-Z][a-z]{0,3}\.? ){1,2})$", doc_text(self.doc)[max(0, position - 12) : position])
        return {w.lower().rstrip(".") for w in before.group(1).split() if is_title(w)} if before else set()

    def _shared(self, name: str) -> bool:
        """Whether two people of the report have this surname."""
        parts = surname_words(strip_titles(name))
        people = [a for a in self.actors if a.type == "person" and len(a.name.split()) > len(parts)]
        return sum(surname_words(a.name)[-len(parts) :] == parts for a in people) > 1

    def by_rank(self, rank: str, position: int) -> Actor | None:
        """ "The SSP said": the one person named before with that rank, written short, else written out; none of
        two ("SSP East ... and SSP Malir ...")."""
        people = [a for a in self.actors if a.type == "person" and a.first < position]
        ranked = [a for a in people if rank.lower() in a.titles]
        ranked = ranked or [a for a in people if ranks({rank.lower()}) - {rank.lower()} & ranks(a.titles)]
        return ranked[0] if len(ranked) == 1 else None

    def by_role(self, head: str, modifiers: list[str], position: int) -> Actor | None:
        """The person introduced earlier with this role ("the SDF spokesman" -> the SDF's spokesman)."""
        head, modifiers = lesser_role(head, modifiers)  # "the sub-prefect": not the prefect
        people = [a for a in self.actors if a.type == "person" and head in a.role_heads]
        people = [a for a in people if a.first < position] or people  # not one the report names only later
        levels = {m.lower() for m in modifiers} & LEVELS  # "the city police chief" is not the provincial one
        people = [a for a in people if not levels or not levels_before(a, head) - levels]
        mods = {norm_key(m) for m in modifiers if m.lower() not in ("the", "a", "an")}
        if mods:
            fitting = [
                a
                for a in people
                if mods & {norm_key(w) for w in " ".join(a.roles).split()}
                or (a.affiliation and norm_key(a.affiliation) in mods)
            ]
            # "the chief district officer" is the Chief District Officer, not "the district police chief"
            fitting = [a for a in fitting if head in {norm_key(w) for w in " ".join(a.roles).split()}] or fitting
            if not fitting and mods & _SECOND_RANK:
                return None  # "the deputy mayor" is not the mayor named before
            if not fitting and _owners(modifiers):
                return None  # "the hunters' chairman" is not the council chairman named before
            plain = all(m.islower() for m in modifiers if m.lower() not in ("the", "a", "an"))  # not "the SSPDF"
            people = fitting or [a for a in people if not a.affiliation and not (plain and _other_kind(a, head, mods))]
            people = fitting or [a for a in people if not _named_otherwise(a, head, modifiers)]
        return _latest_before(first_rank(people, mods, head), position)

    # -- organisations ------------------------------------------------------------------------------
    def organisation(
        self, text: str, start: int | None = None, end: int | None = None, only_known: bool = False
    ) -> Actor | None:
        """The organisation named by ``text`` (alias table, then acronyms defined in the report)."""
        text = re.split(r",\s*(?:which|who|that|whose)\b", text)[0]  # "the government in Bamako, which ..."
        owner = re.match(_OWNER + r"(?=[A-Z])", text)
        rest = text[owner.end() :] if owner and owner.group(1).lower() in country_names() else None
        known = self.canonical(text)[0] is not None  # "Niger's Armed Forces", a name of the alias table as it is
        if rest and not known and (self.canonical(rest)[0] or self._one_owner(rest)):
            text = rest  # "Mali's Ministry of X" is the ministry; "Russia's Defence Ministry" and "Ukraine's" stay two
        if start is not None and after_demonym(doc_text(self.doc), start, text):
            return None  # "the Lebanese Red Cross", a country's own society, not the international one
        name, kind = self.canonical(text)
        if name is None:
            if only_known or self._pair(text):
                return None
            name, kind = _bare_name(text), organisation_type(text)
        key = "org:" + norm_key(name)
        actor = self._by_key.get(key)
        if actor is None and start is not None and end is not None:  # "Niger's armed forces", found as forces
            # ... or "the Sri Lankan army", found as "Sri Lankan army": the same words but the article
            same = (a for a in self.actors if a.name and a.type != "place")
            bare = (start + 4 if doc_text(self.doc)[start : start + 4].lower() == "the " else start, end)
            actor = next((a for a in same if (start, end) in a.mentions or bare in a.mentions), None)
        if actor is None and start is not None and self.canonical(text)[0] is None:
            actor = self._shortened(name, start)  # "the Red Crescent" after the Sudanese Red Crescent Society
        bare = re.sub(r"^the\s+", "", text, flags=re.I)
        if bare in _SOCIETY_SHORT and start is not None:  # "the Red Cross" after the Kenya Red Cross Society
            actor = self._shortened(bare, start) or actor  # is the national society
        actor = actor or self._in_other_words(text)
        if actor is None:
            actor = Actor(f"O{next(self._ids)}", name, kind)
            self.actors.append(actor)
            self._by_key[key] = actor
        if start is not None and end is not None:
            actor.mention(start, end, text)
        return actor

    def _in_other_words(self, name: str) -> Actor | None:
        """The one body named before in another language: "the Fuerzas Armadas" after "the Ecuadorian Armed
        Forces", "the National Guard" after "the Guardia Nacional"."""
        foreign = name_in_english(name)
        own = name_words(name)
        if len(own) < 2:
            return None
        twins = []
        for actor in (a for a in self.actors if a.type not in ("person", "place") and a.name):
            names = {actor.name, *actor.aliases}
            if foreign is not None and any(name_words(n) == foreign for n in names):
                twins.append(actor)  # the foreign name after the English one
            elif foreign is None and any(name_in_english(n) == own for n in names):
                twins.append(actor)  # the English name after the foreign one
        return twins[0] if len(twins) == 1 else None

    def _shortened(self, name: str, start: int) -> Actor | None:
        """The one organisation named before whose name holds this one's words in a row, two or more of them: a
        name said short ("the Red Crescent", "the Joint Forces"); or the one outlet whose name ends in this word
        ("the Tribune" after The Gusau Tribune)."""
        words = name.split()
        if len(words) == 1:
            return self._outlet_by_word(name, start)
        if not all(w[:1].isupper() for w in words):
            return None
        owner = re.search(r"([A-Z][\w-]+)(?:['’]s)?\s+(?:the\s+)?$", doc_text(self.doc)[max(0, start - 30) : start])
        if owner and fold(owner.group(1)) in country_words():
            return None  # "India's Coast Guard", "Chad's National Army": a country's own body, not the one before
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        longer = [
            a
            for a in self.actors
            if a.type not in ("person", "place") and a.first < start
            and any(pattern.search(n) and len(n.split()) > len(words) for n in [a.name, *a.aliases])
        ]  # fmt: skip
        return longer[0] if len(longer) == 1 else None

    def _outlet_by_word(self, word: str, start: int) -> Actor | None:
        """The one outlet named before whose name ends in this word ("the Tribune" after The Gusau Tribune)."""
        if word.lower() not in OUTLET_WORDS:
            return None
        outlets = [a for a in self.actors if a.first < start and is_outlet(a.name) and a.name.split()[-1] == word]
        return outlets[0] if len(outlets) == 1 else None

    def _initialled(self, name: str, start: int) -> Actor | None:
        """The one armed group, force or organisation named before whose name's initials an acronym spells: "the AA"
        after "the Arakan Army"."""
        spelt = [
            a
            for a in self.actors
            if a.type not in ("person", "place", "news agency") and a.first < start
            and any(len(n.split()) >= 2 and initials(n) == name for n in [a.name, *a.aliases])
        ]  # fmt: skip
        return spelt[0] if len(spelt) == 1 else None

    def _one_owner(self, name: str) -> bool:
        """Whether the report gives this name to one country only ("Mali's Ministry of X", never "Niger's")."""
        owners = re.findall(_OWNER + re.escape(name), doc_text(self.doc))
        return len({o.lower() for o in owners if o.lower() in country_names()}) <= 1

    def _pair(self, text: str) -> bool:
        """ "The NRC and the DRC", "Neither the UPDF nor the PCJSS": two organisations named together, each known,
        are not a third."""
        parts = re.split(r"\s+(?:and|&|or|nor)\s+", re.sub(r"^(?:neither|either|both)\s+", "", text, flags=re.I))
        parts = [re.sub(r"^the\s+", "", p, flags=re.I) for p in parts]
        known = [self.canonical(part)[0] is not None for part in parts]
        # "CODECO and Zaïre": one known, the other a name of its own
        return len(parts) == 2 and (all(known) or (any(known) and all(p[:1].isupper() for p in parts)))

    def canonical(self, text: str) -> tuple[str | None, EntityType]:
        """The printed name and type of an organisation mention, or (None, ...) when it is not known."""
        inner = ACRONYM.search(text)
        if inner and sum(c.isupper() for c in inner.group(1)) < 2:
            inner = None  # "Communist Party of India (Maoist)": part of the name, not an acronym
        candidates = [text, *(part for part in text.split(",") if "," in text)]  # "the UN refugee agency, UNHCR"
        if inner:
            candidates = [inner.group(1).split("/")[0].strip(), text[: inner.start()], text]
        candidates += [c[:-1] for c in candidates if PLURAL_ACRONYM.fullmatch(c)]  # "ERRs": the ERR
        for candidate in candidates:
            if candidate.islower() and len(candidate) <= 4:
                continue  # "who", "it", "is": English words, not the acronyms they spell
            key = norm_key(candidate)
            long_form = self.acronyms.get(key, "") if len(self.acronyms.get(key, "")) > len(key) else ""
            defined = known_actors().get(norm_key(long_form))  # the report's own "Arakan Army (AA)" first
            known = defined or (None if long_form else known_actors().get(key))
            if known and defined is None and self._taken(known):
                return known.canonical, known.type  # "Armed Forces of the Philippines (AFP)": not the agency's
            if known:
                return known.short, known.type
            if key in self.acronyms:
                long_form = self.acronyms[key] if len(self.acronyms[key]) > len(key) else candidate
                return acronym_of(self.acronyms, key), organisation_type(long_form)
        return None, "organization"

    def _taken(self, known: KnownActor) -> bool:
        """Whether the report defines a well-known actor's short name for another actor of its own: "Armed Forces
        of the Philippines (AFP)", not "Armed Forces of the Democratic Republic of Congo (FARDC)", spelt a little
        otherwise than the alias table's."""
        long_form = self.acronyms.get(norm_key(known.short), "")
        if len(long_form) <= len(known.short) or known_actors().get(norm_key(long_form)) is not None:
            return False
        words = _content_words(long_form)
        names = (known.canonical, *table_aliases(known.canonical))
        return not any(len(words & _content_words(n)) * 2 >= max(len(words), 1) for n in names)

    def affiliation_in(self, text: str) -> str | None:
        """The first organisation named inside a role description ("a spokesman for the SDF" -> "SDF")."""
        hits = find_names(text, self.acronyms.values())
        hits = [m for m in hits if not after_demonym(text, m.start(), m.group(0))]  # "a Lebanese Red Cross medic"
        for match in hits:
            canonical, _ = self.canonical(match.group(0))
            if canonical:
                return canonical
        return None

    def anonymous(self, mention: str, head: str, span: tuple[int, int], plural: bool = False) -> Actor:
        """A nameless source ("a resident of Kelbo"), so that "the resident" later is the same one; ``plural``:
        a crowd of them ("residents"), whom later words may recall but who are no one actor."""
        actor = Actor(f"A{next(self._ids)}", "", "person", roles=[mention], role_heads={head}, plural=plural)
        actor.mention(*span, mention)
        self.actors.append(actor)
        return actor

    def recalled(self, head: str, modifiers: list[str], position: int) -> Actor | None:
        """ "A spokesman for the Axis blamed the rebels. The spokesman said ...": the nameless person an indefinite
        phrase with the same role word brought in shortly before (or "a military source" whose office the report
        then gives: "The officer"), held by no actor yet; the description's own words must be the phrase's."""
        heads = {head, "source"} if head in _OFFICE_OF_A_SOURCE else {head}
        words = {m.lower() for m in modifiers}
        for chunk in reversed(noun_chunks(self.doc)):
            if chunk.end_char > position:
                continue
            if position - chunk.start_char > _RECALL_REACH:
                return None
            root = chunk.root
            if chunk[0].lower_ not in ("a", "an") or root.tag_ != "NN" or root.lemma_.lower() not in heads:
                continue
            phrase = _with_its_attachments(chunk)
            if words - {t.lower_ for t in phrase}:
                return None  # another one: "the union official" after "a health official"
            named = self.named_beside(chunk)
            if named is not None:
                return named  # "Ousmane Tembely, a lorry driver ... the driver said"
            holder = next((a for a in self.actors if a.type == "person" and a.mentions_span(phrase)), None)
            if holder is not None:
                return None if holder.name else holder  # a named person's, or a source quoted already
            return self.anonymous(phrase.text, head, (phrase.start_char, phrase.end_char))
        return None

    def named_beside(self, chunk: Span) -> Actor | None:
        """The person a role phrase belongs to: set beside the name ("Ousmane Tembely, a lorry driver";
        "A midwife at the health centre, Fatoumata Traoré"), said of it ("Samuel Akaakohol is a ward councillor"),
        or named in its clause ("A spokesman for the BLF, who gave his name as Murad Baloch")."""
        root = chunk.root
        # the name set beside the phrase or in a clause of it, not one inside it ("A resident of Tsauwa")
        spots = [t for c in root.subtree if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree]
        if root.dep_ == "appos":
            spots.append(root.head)
        if root.dep_ == "attr":
            spots += [c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if root.dep_ in ("nsubj", "nsubjpass", "pobj"):  # the parser's two subjects (objects), side by side
            twins = [c for c in root.head.children if c.dep_ == root.dep_ and c is not root]
            end = max(t.i for t in root.subtree)
            spots += [t for c in twins if -3 <= c.left_edge.i - end <= 3 or -3 <= chunk.start - c.right_edge.i <= 3
                      for t in c.subtree]  # fmt: skip
        spots = [t for t in spots if "poss" not in (t.dep_, t.head.dep_)]  # not "Grace Okafor's brother"
        people = [a for a in self.actors if a.type == "person" and a.name]
        beside = next((a for a in people for t in spots if any(s <= t.idx < e for s, e in a.mentions)), None)
        return beside or self._apposed_after(chunk, people) or _closing_name(chunk, people)

    @staticmethod
    def _apposed_after(chunk: Span, people: list[Actor]) -> Actor | None:
        """ "according to the mayor of Léré, Boubacar Maïga.": a name set off by a comma right after the phrase
        and closing the clause, which the parser hung elsewhere."""
        doc = chunk.doc
        end = chunk.end + 1 if chunk.end < len(doc) and doc[chunk.end].text == ")" else chunk.end  # "(DfA),"
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        start = doc[end + 1].idx
        for actor in people:
            for s, e in actor.mentions:
                after = doc.char_span(e, e + 1, alignment_mode="expand")
                if s == start and (after is None or after.text in (".", ",", ";", ")", "-", "—")):
                    return actor
        return None

    def described_force(self, text: str, country: str) -> Actor:
        """A country's forces named only by description ("Niger's army"), as a state actor of their own;
        ``country``: its ISO alpha-2 code."""
        actor = self.described_actor(text, "state actor")
        self.force_country[actor.id] = country
        return actor

    def described_actor(self, text: str, kind: EntityType) -> Actor:
        """An actor the report only describes ("the junta"), under the name the caller gives it."""
        actor = Actor(f"S{next(self._ids)}", text, kind)
        self.actors.append(actor)
        return actor

    def is_media(self, text: str) -> bool:
        name, kind = self.canonical(text)
        proper = any(w[:1].isupper() for w in text.split() if w.lower() not in ("the", "a", "an"))
        words = text.split()
        sizes = [n for n in range(len(words) - 1, 0, -1) if n > 1 or words[0].isupper()]  # "BBC Amharic", not "Petra X"
        leads = (self.canonical(" ".join(words[:n])) for n in sizes)
        if name is None and any(lead == "news agency" for known, lead in leads if known):  # not "Petra Novak"
            return True  # "Al Jazeera Mubasher": a channel of a known outlet
        # "the Haitian Press Agency (AHP)": a name the report defines, of a press, news or broadcasting outlet
        defined = name is not None and norm_key(text) in self.acronyms and known_actors().get(norm_key(text)) is None
        spelt = f"{text} {self.acronyms.get(norm_key(text), '')}"  # "SPA", defined as the Sahel Press Agency
        press = bool(_PRESS_WORDS.search(spelt)) and not _PRESS_BODIES.search(spelt)
        outlet = (
            bool(_MEDIA_WORDS.search(text)) and not _PRESS_BODIES.search(text) if name is None else defined and press
        )
        return kind == "news agency" or (outlet and proper)

    def entities(self) -> list[Entity]:
        """The actors and places, in the order the report first names them; a nameless source counts once the
        report comes back to it ("a military source in Kandi" ... "the source")."""
        actors = sorted((a for a in self.actors if a.mentions and (a.name or _nameless(a))), key=lambda a: a.first)
        return [a.to_model() for a in actors if not _inside_another(a, actors, doc_text(self.doc))]


_WORD = re.compile(r"[\w'’-]+")
_LINKS = frozenset("de del la las los du des le les da do dos das".split())


def _foreign_runs(text: str) -> list[tuple[int, int]]:
    """Runs of words that may be a body's name in another language: a capitalised word, then capitalised words,
    foreign body words ("nationale", "armadas") and the particles between them ("Policía Nacional", "Armada de
    Colombia", "Gendarmerie nationale")."""
    runs, words = [], list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        if not words[i].group(0)[:1].isupper() or words[i].group(0) == "The":
            i += 1
            continue
        j = i
        while j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] == " ":
            nxt = words[j + 1].group(0)
            if nxt[:1].isupper() or nxt.isdigit() or fold(nxt).lower() in body_words():
                j += 1
            elif nxt.lower() in _LINKS and j + 2 < len(words) and words[j + 2].group(0)[:1].isupper():
                j += 2
            else:
                break
        if j > i:
            runs.append((words[i].start(), words[j].end()))
        i = j + 1
    return runs


def _all_body_words(name: str) -> bool:
    """Whether every word of a name is a body's word in some language: "Gendarmerie nationale", not "Frente 33"."""
    words = [fold(w).lower() for w in _WORD.findall(name) if w.lower() not in _LINKS]
    return all(w in body_words() or w in body_words().values() for w in words)


def _inside_another(actor: Actor, actors: list[Actor], text: str) -> bool:
    """A person every mention of whom lies inside a longer mention of another person: "Marie" of "Marie-Louise
    Diatta", a piece the tagger cut off."""
    people = [a for a in actors if a is not actor and a.type == "person"]
    names = [(s, e) for a in people for s, e in a.mentions if _a_name(text[s:e])]  # not "the wife of Ali Musa"
    return actor.type == "person" and all(
        any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2 in names) for s, e in actor.mentions
    )


def _a_name(words: str) -> bool:
    return all(w[:1].isupper() for w in words.split())


def _closing_name(chunk: Span, people: list[Actor]) -> Actor | None:
    """ "Inspector General of Police N. Rajen Singh": a name that ends the phrase after its titles; not the name
    after "of" or "for" ("a relative of Ali Musa")."""
    for actor in people:
        for s, e in actor.mentions:
            if chunk.start_char < s and e == chunk.end_char:
                before = chunk.doc.char_span(s, e, alignment_mode="expand")
                if before is not None and before.start > 0 and chunk.doc[before.start - 1].pos_ not in ("ADP", "DET"):
                    return actor
    return None


def _with_its_attachments(chunk: Span) -> Span:
    """ "A spokesman" with what places him: "A spokesman for the Taiz Military Axis", "a source in Kandi"."""
    end = chunk.end
    for child in chunk.root.rights:
        if child.dep_ == "prep" and child.i == end and child.lower_ in ("for", "in", "at", "of", "with", "from"):
            end = child.right_edge.i + 1
    return chunk.doc[chunk.start : end]


def _nameless(actor: Actor) -> bool:
    """A person the report never names but comes back to: one source, not "a resident" said once; brought in as
    someone new ("a military source", "The mayor of Seytenga"), not a bare "the councillor", more likely a person
    named before whom wirewatch did not find."""
    if actor.type != "person" or not actor.roles or actor.plural or len(actor.mentions) < 2:
        return False
    return (
        re.match(r"(?:a|an|one)\s", actor.roles[0], re.I) is not None or _PLACED_ROLE.search(actor.roles[0]) is not None
    )


def _forces_named_by_demonym(doc: Doc) -> None:
    """ "the Republican Police", "the Republican Guard": a force's name whose first word the tagger read as a
    people's (a nationality or a party) and whose head it left out."""
    spans, changed = list(ents(doc)), False
    for ent in list(spans):
        end = ent.end
        while end < len(doc) and end - ent.end < 2 and doc[end].text[:1].isupper() and not doc[end].ent_type_:
            end += 1
        if ent.label_ == "NORP" and end > ent.end and doc[end - 1].lower_ in _FORCE_HEADS:
            spans[spans.index(ent)] = Span(doc, ent.start, end, label="ORG")
            changed = True
    if changed:
        doc.ents = spans
        forget(doc)


_FORCE_HEADS = frozenset("police army navy guard guards gendarmerie force forces".split())


_IS_PROVINCE = re.compile(r"(?:the )?Islamic State[ -](?!group\b|of\b)\w", re.I)  # "Islamic State Khorasan Province"
_DAESH = frozenset(("daesh", "da'esh", "daech"))


# runs of two or more words in capitals ("RADIO DUNIA", "THE KWARA COURIER")
_CAPITAL_WORD = r"[^\W\d_a-z][^\Wa-z]*(?:['’&.-][^\Wa-z]+)*"
_CAPITALS = re.compile(rf"(?<![\w'’]){_CAPITAL_WORD}(?: {_CAPITAL_WORD})+(?![\w'’])")


def _content_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("of", "the", "and", "for", "in")}


def ent_span(ent: Span) -> tuple[int, int]:
    return ent.start_char, ent.end_char


def _name_alone(word: Span) -> bool:
    """A capitalised name word standing alone ("Burhan", "al-Burhan"): not part of another name ("Hamdan Dagalo"
    of a brother), not a month or a day ("May was the deadliest month")."""
    name = word[-1]
    article = [t.lower_ for t in word[:-1]] in ([], ["al", "-"], ["el", "-"], ["al", "‑"], ["el", "‑"])
    before = word.doc[word.start - 1] if word.start else None
    joined = before is not None and before.text[:1].isupper() and before.pos_ == "PROPN"
    joined = joined and before.ent_type_ not in ("DATE", "TIME")  # "On Tuesday al-Burhan flew"
    dated = name.ent_type_ in ("DATE", "TIME") or name.lower_ in MONTHS or name.lower_ in WEEKDAYS
    return article and name.pos_ == "PROPN" and name.text[:1].isupper() and not joined and not dated


def _section_label(ent: Span) -> bool:
    """ "Nutrition and Health:" opening a paragraph of a situation report: a heading, not an organisation."""
    doc = ent.doc
    opens = ent.start == 0 or "\n" in doc[ent.start - 1].text or doc[ent.start - 1].is_space
    return opens and (ent.text.endswith(":") or (ent.end < len(doc) and doc[ent.end].text == ":"))


def _described_as_a_body(ent: Span) -> bool:
    """ "Filimbi, a pro-democracy movement", "the Irish aid agency Trócaire": a name set beside a word for a group,
    not for a person."""
    beside = [c for c in ent.root.children if c.dep_ == "appos" and not ent.start <= c.i < ent.end]
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and before.is_lower and before.pos_ == "NOUN":
        beside.append(before)
    return any(c.lemma_.lower() in description_nouns() and c.lemma_.lower() not in role_nouns() for c in beside)


def _longer_country(text: str, start: int, name: str) -> bool:
    """Whether the word before a name makes its first word another country's ("South" + "Sudanese army")."""
    before = re.search(r"([A-Z][a-z]+)[ -]$", text[:start])
    first = name.split()[0]
    if before is None or fold(first) not in country_words():
        return False
    longer = country_words().get(fold(f"{before.group(1)} {first}"))
    return longer is not None and longer != country_words()[fold(first)]


# "the Maidawa gang": a name the tagger gave a man or a body, and the word for a gang after it (not "the Artibonite
# gang", a description of the gang of a place)
_GANG_AFTER = re.compile(r" (?:gang|cartel)\b")


# words that head a body's name but, said alone with "the", mean something else ("the state" after the Islamic State)
NOT_A_BODY_ALONE = frozenset("state states republic kingdom people country city world north south east west".split())
LESSER = re.compile(r"(?:sub|vice|deputy|under|co|ex|assistant)-", re.I)  # "sub-prefect", "vice-president"


def lesser_role(head: str, before: list[str]) -> tuple[str, list[str]]:
    """A role noun with the lesser rank the parser split from it, and the words before that: "sub", "-" and
    "prefect" are a sub-prefect."""
    if before[-2:-1] and before[-1] == "-" and LESSER.match(before[-2] + "-"):
        return f"{before[-2].lower()}-{head}", before[:-2]
    return head, before


def _named_as_a_body(ent: Span) -> bool:
    """ "the Tigray People's Liberation Front", tagged a person: a name that ends in a word for a body."""
    return len(ent) >= 2 and ent[-1].lower_ in institution_words("institution") and ent[-1].text[:1].isupper()


def _described(ent: Span) -> bool:
    """ "the Council", "the Agency": one capitalised description noun after "the" or at the head of a sentence,
    which the tagger calls a name; "the refugee ministry", "The press freedom group": a description in lower case."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if len(ent) == 1 and ent[0].is_sent_start and ent.text.lower() in description_nouns():
        return True  # "Army spokesman X said": a description capitalised at the head of a sentence
    words = ent[1:] if ent[0].lower_ == "the" else ent if before == "the" else None
    if words is None or not len(words) or words[-1].lower_ not in description_nouns():
        return False
    return len(ent) == 1 or all(t.is_lower or not t.is_alpha for t in words)


def _titles_of(name: str) -> set[str]:
    """The titles a name is written with ("Mallam Ibrahim Garba" -> mallam)."""
    words = name.split()
    return {w.lower().rstrip(".") for w in words[: len(words) - len(strip_titles(name).split())]}


LEVELS = frozenset("regional provincial district county state national federal municipal city".split())


def levels_before(actor: Actor, head: str) -> set[str]:
    """The level words before this head in a person's roles ("district" of "the district governor", "provincial" of
    "the provincial police chief")."""
    before = (
        m.group(1) for r in actor.roles for m in re.finditer(rf"\b((?:\w+ ){{1,3}}){re.escape(head)}\b", r.lower())
    )
    return {w for words in before for w in words.split()} & LEVELS


_SECOND_RANK = frozenset("deputy assistant vice acting associate under".split())
_OTHER_HOLDER = frozenset("rival former".split())  # "the mayor" is not "the rival mayor", nor "the former mayor"


def first_rank(people: list[Actor], words: Iterable[str], head: str | None = None) -> list[Actor]:
    """ "the Humanitarian Coordinator" is not "the Deputy Humanitarian Coordinator", nor "the mayor" "the rival
    mayor", when the report has both: of the people holding a role, those whose role has no rank word the mention
    lacks; when none is left, all but,
    for a bare mention of this ``head``, those whose role of it is a deputy's ("the mayor" is never the deputy mayor
    named so far)."""
    said = {w.lower() for w in words}
    exact = [a for a in people if not (_SECOND_RANK | _OTHER_HOLDER) & _role_words(a) - said]
    bare = head is not None and not said - {"the", "a", "an", head}  # "The opposition spokesman" may be the deputy
    return exact or [a for a in people if not (bare and _NEVER_FIRST & _role_words(a, head) - said)]


# countries whose people go by their own first name, the second being their father's ("Mr Mesfin")
_GIVEN_NAME_FIRST = frozenset(("ET", "ER"))


_NEVER_FIRST = frozenset("deputy assistant vice under".split())


def _named_otherwise(actor: Actor, head: str, modifiers: list[str]) -> bool:
    """Whether a person's role names another place or body right before the same head: "the Oti prefect" is not
    "the Kpendjal prefect"."""
    asked = modifiers[-1] if modifiers and modifiers[-1][:1].isupper() else None
    if asked is None:
        return False
    before = {m.group(1) for r in actor.roles for m in re.finditer(rf"\b([A-Z][\w'’-]+) {re.escape(head)}\b", r)}
    return bool(before) and asked not in before


def _owners(modifiers: list[str]) -> set[str]:
    """The common nouns a role's mention names as its owner ("hunters" of "the hunters' chairman"), other than a
    description of an actor ("the militia's commander" may be any militia's)."""
    marks = ("'", "'s", "’", "’s")
    return {
        m.lower()
        for m, after in itertools.pairwise(modifiers)
        if after in marks and m.isalpha() and m.islower() and m not in description_nouns()
    }


def _other_kind(actor: Actor, head: str, mods: set[str]) -> bool:
    """Whether each of a person's roles of this head has a word of its own before the head that the mention lacks:
    "the canton chief" is not "the village chief of Bonkoukou"."""
    roles = [role.lower().split() for role in actor.roles if head in role.lower().split()]
    before = [words[words.index(head) - 1] if words.index(head) > 0 else "" for words in roles]
    return bool(roles) and all(w.isalpha() and w not in _ROLE_ARTICLES and norm_key(w) not in mods for w in before)


_ROLE_ARTICLES = frozenset("the a an that this its his her their our new former acting local senior top".split())


def _role_words(actor: Actor, head: str | None = None) -> set[str]:
    """The words of a person's roles (those of this head noun) up to their head: "deputy" of "the deputy mayor",
    not of "a shopkeeper who is not related to the deputy commissioner"."""
    words: set[str] = set()
    for role in actor.roles:
        said = role.lower().split()
        if head is not None and head not in said:
            continue
        for word in said:
            words.add(word)
            if word in actor.role_heads or word == head:
                break
    return words


def _sexes(titles: set[str]) -> set[str]:
    """The sex titles tell ("Ms", "Hajiya"; "Mr")."""
    return {TITLE_SEX[t] for t in titles if t in TITLE_SEX} | ({"male"} if "mr" in titles else set())


def _of_the_other_sex(actor: Actor, given: set[str]) -> bool:
    """Whether a title of one sex ("Mr") is given to a person whose first name is of the other ("Mariam")."""
    return any(other_sex(actor.name, sex) for sex in _sexes(given))


def _titled_otherwise(actor: Actor, given: set[str]) -> bool:
    """Whether a person already written "Mr" is now written "Ms" (or the other way), or "U" now "Ko": another
    person."""
    sexes, theirs = _sexes(given), _sexes(actor.titles)
    ages = [(group & given, group & actor.titles) for group in _HONORIFICS_BY_AGE]
    return bool(sexes and theirs and not sexes & theirs) or any(
        now and before and now != before for now, before in ages
    )


# Burmese honorifics tell age as well as sex: "U Aung Myint" and "Ko Aung Myint" are two men of one name
_HONORIFICS_BY_AGE = (frozenset(("u", "ko", "maung")), frozenset(("daw", "ma")))
_BURMESE_HONORIFICS = frozenset().union(*_HONORIFICS_BY_AGE)


def _cited(text: str, match: re.Match[str]) -> bool:
    """Whether a name stands where a news agency is cited: "(AA)", "told AA", "according to AA", "AA reported"."""
    before, after = text[max(0, match.start() - 20) : match.start()], text[match.end() : match.end() + 20]
    return bool(
        re.search(r"(?:\(|\btold|\baccording to|\bquoted by|\bcited by)\s*$", before, re.I)
        or re.match(r"\s*(?:\)|reported|news agency|quoted)", after, re.I)
    )


# a run of capitalised words, with the small words names hold ("Movement for the Liberation of Congo")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:of|and|for|the|de|du|des|la|le)\s+)*[A-Z][\w'’-]+)+")


_DENIAL = r"\b(?:no relation (?:of|to)|not related to|unrelated to|no kin of)\s+"
_NO_RELATION = re.compile(_DENIAL + r"((?:[A-Z][\w'’.-]*\s*){1,4})")
# "not related to the deputy commissioner": the role's head, the last word before anything else
_NO_RELATION_ROLE = re.compile(
    _DENIAL + r"the(?:\s+[a-z][\w-]*)*?\s+([a-z][\w-]*)"
    r"(?=\s*(?:[,.;)]|$|\s+(?:of|in|at|for|from|who|and|but|said|says)\b))"
)


_PRONOUN_SEX = {"he": "male", "she": "female"}


def _speaks_of(token: Token, mention: Span) -> bool:
    """ "where she has taught", "He is not related", "Hauwa Musa said she": a subject pronoun that speaks of the
    person just named; in what someone says, only when that someone is the person ("his sister said he had been
    travelling" is of another); never "his" or "her" of a thing."""
    if token.lower_ not in _PRONOUN_SEX or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.head.dep_ != "ccomp":
        return True
    sayer = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    return sayer is not None and sayer.left_edge.i <= mention.start and mention.end <= sayer.right_edge.i + 1


_SOCIETY_SHORT = frozenset(("Red Cross", "Red Crescent"))


def _latest_before(actors: list[Actor], position: int | None) -> Actor | None:
    if position is not None:
        before = [a for a in actors if a.first < position]
        actors = before or actors
    return max(actors, key=lambda a: a.first, default=None)


# roles that head an institution, and the words a report uses for any of them afterwards
_LEADING = frozenset(
    "chief head leader director inspector commissioner superintendent commander secretary-general chairman "
    "chairwoman chairperson".split()
)
_LEADING_AS = frozenset("chief head leader".split())
# the last word of a body's name that a report may leave out the second time ("the Security Belt")
_GENERIC_LAST = frozenset("forces force army brigade brigades movement front group council society units corps".split())
_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman".split())  # his or her sex is read elsewhere
_ARMED_WORDS = frozenset(
    "militia militias volunteers fighters forces brigade battalion regiment unit units troops rebels vdp cjtf".split()
)

_OWNER = r"([A-Z][\w .-]*?)['’]s\s+"  # "Mali's ": a possessor before a name

_PARTICLES = frozenset("al el ad an as ash at de del des du la le bin ibn abu".split())


def _bare_name(text: str) -> str:
    """An organisation's name without the words a sentence puts before it: "The X", "the county Bureau of
    Schools" (but "al Shabaab" keeps its particle)."""
    words = text.split()
    while len(words) > 1 and (words[0][:1].islower() or words[0] == "The"):
        particle = words[0] in _PARTICLES or re.match(r"(?:al|el|ad|an|as|ash|ar)-", words[0], re.IGNORECASE)
        if particle or not any(w[:1].isupper() for w in words[1:]):
            break
        words = words[1:]
    return " ".join(words)


def _topic(token: Token) -> bool:
    """A person a clause is about: its subject, or the subject's possessor ("Yeshi's school closed"), unless the
    subject is one person too ("Halima's daughter was wounded")."""
    subject = token.head if token.dep_ in ("poss", "appos", "npadvmod") else token
    if token.dep_ in ("appos", "npadvmod") and subject.dep_ in ("nsubj", "nsubjpass"):
        return True  # "The mayor of Karimama commune, Moussa Bani Tamou, gave a higher toll"
    if subject is not token and subject.tag_ == "NN" and subject.lemma_.lower() in role_nouns() | _KIN:
        return False  # but "Murad's two eldest sons are working": no "he" among them
    return subject.dep_ in ("nsubj", "nsubjpass")


_KIN = frozenset("son daughter child children wife husband mother father sister brother family friend".split())


def _role_title(ent: Span) -> bool:
    """ "the Humanitarian Coordinator", "Special Representative", tagged organisations: a post, which its holder
    named in the report fills (the quotes and descriptions stages find them)."""
    bare = re.sub(r"^[Tt]he ", "", ent.text)
    if ent.label_ == "ORG" and bare.isupper() and is_title(bare) and norm_key(bare) not in known_actors():
        return True  # "the SSP": a rank written short, its officer
    if ent.label_ == "ORG" and all(is_title(w) for w in bare.split()) and norm_key(bare) not in known_actors():
        return True  # "Divisional" of "Divisional Commissioner Wilner Joseph": a title's word cut off
    if ent.label_ != "ORG" or ent.root.lower_ not in _POSTS or norm_key(ent.text) in known_actors():
        return False
    if any(t.dep_ == "case" for t in ent):
        return False  # "UNHCR's Representative in Cameroon": the agency's post, read with its apposition
    return not any(t.lower_ in institution_words("institution") | institution_words("name_word") for t in ent)


# posts a report may capitalise ("the Humanitarian Coordinator"); not "monitor" or "observer", newspapers' names
_POSTS = frozenset(
    "coordinator representative envoy rapporteur commissioner secretary-general director-general adviser advisor "
    "administrator governor minister president spokesperson spokesman spokeswoman chairman chairperson "
    "correspondent presenter anchor reporter prefect sub-prefect mayor magistrate".split()
)


# a broadcast script's cues, which the tagger may take for organisations
_FURNITURE = frozenset("CLIP SOUNDBITE SOT ACTUALITY AUDIO INSERT JINGLE STING VOICE".split())


def _a_given_name(word: str) -> bool:
    """A capitalised word that may open a person's name: not a title, a month, a weekday, a country's word, an
    institution's ("Police") or a word that only starts a sentence ("Then", "When")."""
    lower = word.lower()
    if is_title(word) or lower in MONTHS or lower in WEEKDAYS or fold(word) in country_words():
        return False
    return lower not in _SENTENCE_WORDS and lower not in role_nouns() and lower not in institution_words("institution")


_SENTENCE_WORDS = frozenset(
    "the a an and but or then when while after before as if in on at for from by with of to since until his her "
    "their its our my your said says told mr mrs ms dr".split()
)
