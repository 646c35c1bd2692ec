"""Actors named again by description: "the paramilitary" after the Rapid Support Forces, "the army spokesman"
after Col. Coulibaly was introduced as one.

Only definite descriptions ("the ..."), with no proper name of their own, and only back to an actor of a fitting
kind already named: "the group" after Islamic State is Islamic State, "the agency" after UNHCR is UNHCR. The
nouns and what they fit live in ``data/descriptions.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from .._data import data_table
from .entities import LESSER, LEVELS, NOT_A_BODY_ALONE, Actor, Registry, first_rank, lesser_role, levels_before
from .gazetteer import country_names, country_words, fold, gazetteer
from .names import (
    BACKING,
    NAME_PARTICLES,
    head_words,
    institution_words,
    jihadist_groups,
    known_actors,
    movement_of,
    norm_key,
    role_nouns,
    table_aliases,
)
from .nlp import noun_chunks
from .nlp import text as doc_text
from .people import a_rank_alone


@dataclass(frozen=True)
class _Fit:
    """What one description noun can stand for: (entity types, name cues) alternatives; empty cues: any name."""

    options: tuple[tuple[frozenset[str], frozenset[str]], ...]

    @property
    def types(self) -> frozenset[str]:
        return frozenset().union(*(types for types, _ in self.options))

    def admits(self, kind: str, names: list[str]) -> bool:
        return any(kind in types and _cued(names, cues) for types, cues in self.options)


@cache
def _fits() -> dict[str, _Fit]:
    """Each row of ``descriptions.tsv`` adds an alternative to its nouns ("militia": armed groups named
    militia or army, or state volunteers)."""
    options: dict[str, list[tuple[frozenset[str], frozenset[str]]]] = {}
    for nouns, types, cues in data_table("descriptions.tsv"):
        option = (frozenset(types.split("|")), frozenset() if cues == "*" else frozenset(cues.split("|")))
        for noun in nouns.split("|"):
            options.setdefault(noun, []).append(option)
    return {noun: _Fit(tuple(alternatives)) for noun, alternatives in options.items()}


def link_descriptions(registry: Registry, skip: list[tuple[int, int]]) -> None:
    """Add each definite description of an actor named earlier, and each apposition to an actor's name ("Babagana
    Umar, a farmer", "the UN mission, MINUSMA"), to that actor's mentions."""
    apposed = link_appositions(registry, skip) + link_known_as(registry)
    for chunk in _phrases(registry.doc):
        if not _definite(chunk) or len(chunk) < 2 or any(s <= chunk.start_char < e for s, e in skip):
            continue
        if not _only_describes(chunk, registry) or _already_named(chunk, registry):
            continue  # "the White Army" is a name, not a description; "the UN refugee agency" a known name
        if chunk.root.lower_ in _LOOSE and _not_a_body(chunk.root):
            continue  # "the mutilated body of a man", "under the command of", "the diplomatic corps"
        if _names_then_joins(chunk):
            continue  # "the Houthis and government forces": two actors, the chunker's one phrase
        if any(s < chunk.end_char and chunk.start_char < e for s, e in apposed):
            continue  # set beside a name already ("the state news agency, the Agence d'Information du Burkina")
        own = _head_of_one(chunk, registry)
        if own is not None:  # "the Morcha", "the Tigers", "the front": the last word of one name said before
            own.mention(chunk.start_char, chunk.end_char, chunk.text)
            continue
        proper = chunk[-1].pos_ == "PROPN" and not chunk[-1].is_lower and chunk[-1].lower_ not in role_nouns()
        proper = proper and not a_rank_alone(chunk)  # "the SSP" is the officer
        if chunk.root != chunk[-1] or (proper and not _formal(chunk, registry)):
            continue  # "the Humanitarian Coordinator" is a role, "the White Army" a name
        name = _name_beside(chunk)
        if name is not None:  # "JNIM, the al-Qaeda affiliate": the name's actor, or none
            actor = next((a for a in registry.actors if a.name and a.mentions_span(name)), None)
            fit = _fit_of(chunk)
            fits = fit is not None and actor is not None and fit.admits(actor.type, registry.names_of(actor))
            held = actor is not None and actor.type == "person" and chunk.root.lower_ in role_nouns()
            if not (fits or held):
                actor = None  # "help the military drive Boko Haram out": the parser's, not an apposition
        else:
            actor = _role_holder(chunk, registry) or described_actor(chunk, registry)
        if actor is not None:
            actor.mention(chunk.start_char, chunk.end_char, chunk.text)
            _absorb_nameless(registry, actor, chunk)
    _drop_swallowed(registry)


def _modifier_only(actor: Actor, chunk: Span) -> bool:
    """Whether an organisation of the tagger's, unknown to the alias table, is only ever a word before a
    description's head ("Hema" of "a Hema-dominated militia")."""
    head = chunk.root.idx
    return _unknown_body(actor) and all(chunk.start_char <= s and e <= head for s, e in actor.mentions)


def _unknown_body(actor: Actor) -> bool:
    """An organisation of the tagger's: no acronym, not in the alias table."""
    return actor.type == "organization" and not actor.name.isupper() and norm_key(actor.name) not in known_actors()


def _drop_swallowed(registry: Registry) -> None:
    """ "Nuer" of "the Nuer militia", tagged an organisation, once the description is the White Army's: a word of
    another organisation's description, not an actor of its own (unless well known or an acronym)."""
    bodies = [(s, e) for a in registry.actors if a.type not in ("person", "place") for s, e in a.mentions]
    for actor in [a for a in registry.actors if a.name and a.mentions and _unknown_body(a)]:
        inside = all(any(s <= m0 and m1 <= e and (s, e) != (m0, m1) for s, e in bodies) for m0, m1 in actor.mentions)
        if inside:
            registry.drop(actor)


_NATIONAL_FORCES = frozenset("army military troops forces soldiers".split())
_HOME_FORCES = frozenset("government federal national state".split())  # "government forces": the report's own


def link_national_forces(registry: Registry, skip: list[tuple[int, int]], home: str | None) -> None:
    """ "Ethiopian troops", "Niger's army", "government forces", "the army" when no army was named: a country's
    armed forces described rather than named. They are the state force of that country named before (the ENDF), or
    else a state actor of their own, which "the Nigerien army" and "the army" later find. ``home``: the ISO
    alpha-2 code of the country the report is about."""
    doc = registry.doc
    for token in doc:
        phrase = _force_phrase(token)
        if phrase is None or any(s <= phrase.start_char < e for s, e in skip) or _already_named(phrase, registry):
            continue
        country = _force_country(phrase, home)
        if country is None:
            _named_forces(phrase, registry)
            continue
        if country == "":  # "the army": an army named before is the description stage's to find
            if any(a.first < phrase.start_char and _fits()["army"].admits(a.type, registry.names_of(a))
                   and a.id not in registry.named_forces for a in registry.actors):  # fmt: skip
                continue
            described = [a for a in registry.actors if a.id in registry.force_country and a.first < phrase.start_char]
            if described:  # "Nigerien soldiers ... The army said": the forces described last
                actor = max(described, key=lambda a: _salience(a, phrase.start_char))
                actor.mention(phrase.start_char, phrase.end_char, phrase.text)
                continue
            country = home or ""
        fitting = [
            a
            for a in registry.actors
            if a.type == "state actor"
            and a.first < phrase.start_char
            and (registry.force_country.get(a.id) == country or _national_force(a, country, registry))
        ]
        actor = max(fitting, key=lambda a: _salience(a, phrase.start_char), default=None)
        if actor is None:
            actor = registry.described_force(phrase.text, country)
        actor.mention(phrase.start_char, phrase.end_char, phrase.text)
    _name_described_forces(registry)


def _named_forces(phrase: Span, registry: Registry) -> None:
    """ "Jubaland forces", then "Jubaland troops": the forces of a region (or of anyone one proper noun names that
    no data file knows) are one actor, whatever noun the report gives them."""
    words = list(phrase[:-1])
    if phrase[-1].lower_ not in ("forces", "troops", "soldiers") or not words:
        return
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) or len(words) > 2:
        return
    if any(registry.canonical(t.text)[0] is not None for t in words) or registry.canonical(phrase.text)[0]:
        return  # "RSF forces" are the RSF, found by its name
    name = " ".join(t.text for t in words) + " forces"
    actor = registry.organisation(name)
    if actor is not None:
        registry.named_forces.add(actor.id)
        actor.mention(phrase.start_char, phrase.end_char, phrase.text)


def _force_phrase(token: Token) -> Span | None:
    """The words that describe a country's forces around one of their nouns: "Rwandan troops", "Niger's army",
    "Syrian army" of "Syrian army positions"; "the army" alone."""
    if token.lower_ not in _NATIONAL_FORCES or not token.is_lower:
        return None
    modifiers = ("amod", "compound", "poss", "nmod", "det")
    lefts = [t for t in token.lefts if t.dep_ in modifiers]
    if token.dep_ == "compound":  # "Syrian army positions": Syrian modifies the positions, for the parser
        lefts += [t for t in token.head.lefts if t.i < token.i and t.dep_ in modifiers and t.dep_ != "det"]
    if not lefts:
        return None
    start = min(t.left_edge.i for t in lefts)
    stops = [t.i for t in token.doc[start : token.i] if t.is_punct]
    start = stops[-1] + 1 if stops else start  # not "the agency, Agence d'Information du Burkina (AIB), soldiers"
    if start >= token.i:
        return None
    if token.doc[start].dep_ == "det" and (len(lefts) > 1 or token.doc[start].lower_ != "the"):
        start += 1  # "the Syrian army" is written "Syrian army"; "the army" keeps its article
    return token.doc[start : token.i + 1]


def _force_country(phrase: Span, home: str | None) -> str | None:
    """The country whose forces a phrase describes ("Rwandan troops", "Syria's army"; "government forces": the
    report's own; "the army": "", a country to find), or None when it is no such phrase ("the Syrian Democratic
    Forces" is a name, "Iran-backed forces" no country's)."""
    root = phrase[-1]
    if any(t.dep_ == "cc" for t in phrase):
        return None  # "Somali and Kenyan troops": the forces of two countries
    if any(_prefixed(t) for t in phrase[:-1]):
        return None  # "anti-government forces", "US-trained Somali troops"
    countries = _countries_in([t.text for t in phrase[:-1]])
    if any(t.pos_ == "PROPN" and not _countries_in([t.text]) for t in phrase[:-1]) and not countries:
        return None  # "the Sudan People's Liberation Army" is a name; "Wagner forces" are no country's
    if len(countries) == 1:
        return countries.pop()
    if countries:
        return None
    if any(t.lower_ in _HOME_FORCES for t in phrase[:-1]):
        return home
    alone = len(phrase) == 2 and phrase[0].lower_ == "the" and root.lower_ in ("army", "military")
    doc = phrase.doc
    the = phrase.start > 0 and doc[phrase.start - 1].lower_ == "the"
    armed = len(phrase) == 2 and the and phrase[0].lower_ == "armed" and root.lower_ == "forces"
    return "" if (alone or armed) and root.dep_ != "compound" else None  # "the army", "the armed forces"


def _prefixed(token: Token) -> bool:
    """ "government" of "anti-government", "US" of "US-trained": a word that only qualifies what follows."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("anti", "pro")
    return before or _backer(token)


def _countries_in(words: list[str]) -> set[str]:
    """The countries some words name, two-word names first ("South Sudanese" is South Sudan, not Sudan)."""
    found: set[str] = set()
    i = 0
    while i < len(words):
        pair = fold(" ".join(words[i : i + 2])) if i + 1 < len(words) else None
        if pair is not None and pair in country_words():
            found.add(country_words()[pair])
            i += 2
            continue
        if fold(words[i]) in country_words():
            found.add(country_words()[fold(words[i])])
        i += 1
    return found


def _name_described_forces(registry: Registry) -> None:
    """ "Ethiopian troops" before "the Ethiopian National Defence Force" is named: the one named force of that
    country, wherever in the report it is named."""
    for actor_id, country in list(registry.force_country.items()):
        described = next(a for a in registry.actors if a.id == actor_id)
        named = [
            a
            for a in registry.actors
            if a.type == "state actor" and a.id not in registry.force_country and _national_force(a, country, registry)
        ]
        if not country:  # "the army" in a report of no one country: the one army it names, if it names one
            named = [
                a
                for a in registry.actors
                if a.type == "state actor" and a.id not in registry.force_country and _an_army(a, registry)
                and any(_ARMY_NAME.search(n) for n in registry.names_of(a))
            ]  # fmt: skip
        if len(named) == 1:
            for start, end in described.mentions:
                named[0].mention(start, end, registry.doc.text[start:end])
            registry.actors.remove(described)
            del registry.force_country[actor_id]
        else:
            described.name = _force_name(described, registry.doc)


_FORCE_RANK = {"army": 0, "military": 1, "forces": 2, "troops": 3, "soldiers": 4}


def _force_name(actor: Actor, doc: Doc) -> str:
    """The name of forces the report only describes, from its most institutional words: "Nigerien army" for
    "Nigerien soldiers" and "the army"."""
    phrases = [doc.char_span(s, e, alignment_mode="expand") for s, e in sorted(actor.mentions)]
    phrases = [p for p in phrases if p is not None and p[-1].lower_ in _FORCE_RANK]
    if not phrases:
        return actor.name
    best = min(phrases, key=lambda p: _FORCE_RANK[p[-1].lower_])
    words = [(p[1:] if p[0].lower_ == "the" else p)[:-1] for p in phrases]  # "South Sudanese" of "... soldiers"
    country = next((_country_words(w) for w in words if len(w) and _countries_in([t.text for t in w])), None)
    if country is not None and not _countries_in([t.text for t in best]):
        return f"{country} {best[-1].text}"
    return (best[1:] if best[0].lower_ == "the" else best).text


def _country_words(words: Span) -> str:
    """The words of a phrase up to its country and possessive: "Burkina Faso's" of "Burkina Faso's armed"."""
    end = next(n for n in range(1, len(words) + 1) if _countries_in([t.text for t in words[:n]]))
    while end < len(words) and words[end].pos_ == "PROPN":
        end += 1  # "Burkina" and "Faso"
    end += 1 if end < len(words) and words[end].tag_ == "POS" else 0
    return words[:end].text


def _national_force(actor: Actor, country: str, registry: Registry) -> bool:
    """Whether a named actor is the armed forces of that country ("Ethiopian National Defence Force", FAMa)."""
    return _an_army(actor, registry) and _of_country(registry.names_of(actor), {country})


def _an_army(actor: Actor, registry: Registry) -> bool:
    names = registry.names_of(actor)
    if any(w in _NOT_ARMIES for name in names for w in re.findall(r"[a-z]+", name.lower())):
        return False  # the Nigeria Police Force, the Nigerian Air Force
    return any(_fits()[w].admits(actor.type, names) for w in ("army", "force"))


# "the state-run news agency" is no international wire service
_STATE_RUN = frozenset("state state-owned official government public".split())
_PRIVATE_WIRES = frozenset(("Reuters", "AFP", "AP", "Agence France-Presse", "Associated Press", "Bloomberg", "dpa"))
# names of a national army (not a task force)
_ARMY_NAME = re.compile(r"\b(?:army|military|armed forces|defen[cs]e (?:and security )?forces?|tatmadaw)\b", re.I)
_NOT_ARMIES = frozenset("police air navy naval gendarmerie coast border presidential republican guard".split())


def _names_then_joins(chunk: Span) -> bool:
    """Whether a phrase joins a name to something else with "and" or "or", on either side ("the Houthis and
    government forces", "the militia and FADM units")."""
    joint = next((t.i for t in chunk if t.lower_ in ("and", "or")), None)
    return joint is not None and any(t.pos_ == "PROPN" for t in chunk if t.i != joint)


def _phrases(doc: Doc) -> Iterator[Span]:
    """The noun phrases, and the possessor inside one: "the council" of "the council's delegation"."""
    seen = set()
    for chunk in noun_chunks(doc):
        if len(chunk) > 2 and chunk[0].lower_ in ("both", "all") and chunk[1].lower_ == "the":
            chunk = chunk[1:]  # "both the soldiers and the VDP militiamen"
        for token in chunk[1:-1]:
            if token.dep_ == "poss" and chunk[0].lower_ == "the" and token.pos_ in ("NOUN", "PROPN"):
                seen.add(token.i)
                yield doc[chunk.start : token.i + 1]
        yield chunk
    for token in doc:  # "the health ministry's director-general", which the chunker does not make a phrase
        start = token.left_edge.i
        if token.dep_ == "poss" and token.pos_ == "NOUN" and token.i not in seen and doc[start].lower_ == "the":
            yield doc[start : token.i + 1]


def _name_beside(chunk: Span) -> Span | None:
    """The name a description is set beside ("the national relief agency, the Conseil national ..."): the
    description is that name's actor, not one named before."""
    root, doc = chunk.root, chunk.doc
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    opening = chunk.start == 2 or (chunk.start > 2 and doc[chunk.start - 2].is_sent_start)
    if opening and doc[chunk.start - 1].text == "," and doc[chunk.start - 2].text.isupper():
        beside.append(doc[chunk.start - 2])  # "UNITAMS, the UN political mission ...", which the parser did not join
    token = next((t for t in beside if t.pos_ == "PROPN" or (t.text.isupper() and len(t) > 1)), None)  # "UNITAMS"
    return doc[token.i : token.i + 1] if token is not None else None


def _head_of_one(chunk: Span, registry: Registry) -> Actor | None:
    """ "the Morcha" after the Janatantrik Terai Mukti Morcha, "the Tigers" after the Liberation Tigers of Tamil
    Eelam: "the" and the head word of one body's name, a word no description of the data file reads (those are
    read by :func:`described_actor`); not "the state" after the Islamic State."""
    word = chunk[-1].lower_
    if (
        len(chunk) != 2
        or chunk[0].lower_ != "the"
        or word in _fits()
        or word in NOT_A_BODY_ALONE
        or not chunk[-1].is_alpha
    ):
        return None
    if word in role_nouns():
        return None  # "the commissioner" is a person's role, not the Refugee Relief and Repatriation Commissioner
    bodies = [a for a in registry.actors if a.name and a.type not in ("person", "place") and a.first < chunk.start_char]
    named = [a for a in bodies if word in {w for n in registry.names_of(a) for w in head_words(n)}]
    return named[0] if len(named) == 1 else None


def _formal(chunk: Span, registry: Registry) -> bool:
    """ "the Council" after the UN Human Rights Council: the head word of a name, capitalised in formal writing."""
    word = chunk[-1].lower_
    if len(chunk) != 2 or word not in _fits():
        return False
    forms = {word, word.removesuffix("s")}  # "the Maoists" after the CPI (Maoist)
    named = [a for a in registry.actors if a.name and a.first < chunk.start_char]
    return any(forms & {w for n in registry.names_of(a) for w in head_words(n)} for a in named)  # "The Mission"


_KNOWN_AS = re.compile(
    r",?\s+(?:(?:widely|locally|commonly|also|simply|better|collectively|popularly)\s+)?known\s+"
    r"(?:(?:locally|to\s+\w+|widely|simply)\s+)*as\s+"
)


def link_known_as(registry: Registry) -> list[tuple[int, int]]:
    """ "the armed youth known as the White Army": a description followed by "known as" and an actor's name is a
    mention of that actor. Returns the descriptions so linked."""
    text, linked = doc_text(registry.doc), []
    for chunk in noun_chunks(registry.doc):
        after = _KNOWN_AS.match(text, chunk.end_char)
        if after is None or chunk.root.pos_ != "NOUN" or chunk[0].lower_ not in ("the", "a", "an"):
            continue
        joined = [t.i for t in chunk if t.dep_ == "cc"]
        if joined:  # "the SNA and local clan militias, known as Ma'awisley": the last of a list misread as one
            chunk = chunk.doc[joined[-1] + 1 : chunk.end]
        starts = (after.end(), after.end() + 4 if text[after.end() : after.end() + 4].lower() == "the " else -1)
        named = [
            a
            for a in registry.actors
            if a.name and a.type not in ("person", "place") and any(s in starts for s, _ in a.mentions)
        ]
        if len(named) == 1 and not _already_named(chunk, registry):
            named[0].mention(chunk.start_char, chunk.end_char, chunk.text)
            linked.append((chunk.start_char, chunk.end_char))
    return linked


def _definite(chunk: Span) -> bool:
    """ "the army", "South Sudan's army", "Mali's junta": a description that points at one actor."""
    return chunk[0].lower_ == "the" or any(t.dep_ == "case" and t.head.pos_ == "PROPN" for t in chunk[:-1])


def _already_named(chunk: Span, registry: Registry) -> bool:
    """Whether a named actor already has this description's head among its mentions."""
    head = chunk.root.idx
    return any(s <= head < e for actor in registry.actors if actor.name for s, e in actor.mentions)


def _absorb_nameless(registry: Registry, actor: Actor, chunk: Span) -> None:
    """A nameless source the quotes stage made of "the army spokesman" is the spokesman named earlier."""
    for other in [a for a in registry.actors if not a.name and a is not actor]:
        if any(s <= chunk.root.idx < e for s, e in other.mentions):
            for s, e in other.mentions:
                actor.mention(s, e, doc_text(registry.doc)[s:e])
            registry.actors.remove(other)


def link_appositions(registry: Registry, skip: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """ "Babagana Umar, a farmer": the noun phrase set beside an actor's name is another mention of the actor;
    never one in ``skip`` (a dateline's city the parser set beside the agency: "GAROWE (Reuters)"). Returns the
    descriptions found beside names by their words alone, which no later reading may give another actor."""
    doc = registry.doc
    linked: list[tuple[int, int]] = []
    for actor in [a for a in registry.actors if a.name and a.type != "place"]:
        for start, end in list(actor.mentions):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            beside = [c for c in root.children if c.dep_ == "appos" and not span.start <= c.i < span.end]
            if any(c.dep_ == "conj" and c.i < min((b.i for b in beside), default=0) for c in root.children):
                beside = []  # "CODECO and Zaïre, a rival armed group": the phrase is the last one's, if anyone's
            named = root.pos_ == "PROPN" or root.text.isupper()  # a name or an acronym, not a description
            head = root.head
            # "the Humanitarian Coordinator for Sudan, Helena Varga"; not "the town", nor "the military" of "an
            # administrator appointed by the military, U Aung Myint"
            unfit = actor.type == "person" and not root.text.isupper() and head.lower_ in _fits()
            unfit = unfit and head.lower_ not in role_nouns()  # (an acronym the tagger called a person aside)
            apposed = root.dep_ == "appos" and not span.start <= head.i < span.end and named and not unfit
            if apposed and head.lemma_ not in _PLACES:
                beside.append(head)
            for token in beside:
                phrase = _apposed_phrase(token, span, registry)
                if phrase is not None and not any(a <= phrase.start_char < b for a, b in skip):
                    actor.mention(phrase.start_char, phrase.end_char, phrase.text)
                    _retype(actor, phrase.root)
            for described in (
                _description_in_front(span, actor, registry),
                _description_before(span, actor, registry),
                _calling_itself(span, registry),
                _description_after(span, actor, registry),
            ):
                if described is not None:
                    actor.mention(described.start_char, described.end_char, described.text)
                    linked.append((described.start_char, described.end_char))
    return linked


def _heads_a_list(token: Token) -> bool:
    """Whether a noun is joined to a plural one ("the paramilitary and all allied groups"): an item of a list."""
    return any(c.dep_ == "conj" and c.tag_ in ("NNS", "NNPS") for c in token.children)


# where a name set after "..., that runs the town, X" is no description of X
_PLACES = frozenset("town city village municipality district region province country camp area site".split())


def _description_after(name: Span, actor: Actor, registry: Registry) -> Span | None:
    """ "the Civilian Joint Task Force (CJTF), the local vigilante force that fights ...", "CODECO, a Lendu-dominated
    militia that ...": a description set after a name and a comma that the parser hung elsewhere, when it fits the
    actor and is no clause's subject."""
    doc = name.doc
    at = name.end
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")":
        at += 3  # past the acronym in brackets
    if at >= len(doc) or doc[at].text != ",":
        return None
    first = doc[at + 1] if at + 1 < len(doc) else None
    root = first.head if first is not None and first.lower_ in ("the", "a", "an") else None
    # "blamed the attack on CODECO, a Lendu-dominated militia that ...": the parser made it the verb's object
    hung = ("npadvmod", "appos", "ROOT", "dobj") if first is not None and first.lower_ != "the" else ()
    if root is None or root.pos_ != "NOUN" or root.dep_ not in ("npadvmod", "appos", "ROOT", *hung) or root.i < first.i:
        return None  # not the subject of a clause of its own ("..., the army said")
    chunk = doc[first.i : root.i + 1]
    if any(t.head != root and t.head not in chunk for t in chunk if t != root):
        return None
    if _heads_a_list(root):
        return None  # "calls on the SAF, the paramilitary and all allied groups": a list of actors, not one
    fit = _fit_of(chunk)
    # set right after the name, the description says what the actor is: its kind must fit, not its name's words
    # ("Hay'at Tahrir al-Sham (HTS), the Islamist alliance that led the offensive")
    named = first.lower_ == "the" and not _only_describes(chunk, registry)  # "a Lendu-dominated militia" names none
    if fit is None or named:
        return None
    # "the Union of Patriots for Ituri (UPI), a Hema-dominated militia": an armed group, whatever its name says
    retyped = actor.type == "organization" and actor.type not in fit.types and "armed group" in fit.types
    retyped = retyped and root.lower_ not in _UNTYPED
    if actor.type not in fit.types and not retyped:
        return None
    if any(a is not actor and a.mentions_span(chunk) and not _modifier_only(a, chunk) for a in registry.actors):
        return None
    if retyped:
        actor.type = "armed group"
    return chunk


_CALLS_ITSELF = re.compile(
    r",\s+(?:(?:which|who) (?:calls itself|call themselves|styles itself|is officially called)|"
    r"(?:also |better |widely |commonly )?known (?:locally )?(?:as|by its acronym|by its initials))\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+){0,2}$"  # "the National [Council ...]", a long form read without its first word
)


def _calling_itself(name: Span, registry: Registry) -> Span | None:
    """ "The junta, which calls itself the National Council for the Safeguard of the Homeland (CNSP)", "the UN
    stabilisation mission, known as MINUSMA": the description the name is given to."""
    doc = name.doc
    before = doc_text(doc)[max(0, name.start_char - 60) : name.start_char]
    calling = _CALLS_ITSELF.search(before)
    if calling is None:
        return None
    end = name.start_char - len(before) + calling.start()
    chunk = next((c for c in noun_chunks(doc) if c.end_char == end and c[0].lower_ == "the"), None)
    if chunk is None or chunk.root.pos_ != "NOUN" or _fit_of(chunk) is None or any(t.dep_ == "cc" for t in chunk):
        return None  # not "the SNA and local clan militias, known as Ma'awisley"
    for other in [a for a in registry.actors if a.mentions_span(chunk)]:
        if other.name[:1].islower() and registry.canonical(other.name)[0] is None and len(other.mentions) == 1:
            registry.actors.remove(other)  # "the junta" was made an actor of its own
        elif any(s <= chunk.root.idx < e for s, e in other.mentions):
            return None  # a phrase that is another actor's name
    return chunk


def _description_in_front(name: Span, actor: Actor, registry: Registry) -> Span | None:
    """ "The medical charity Medecins Sans Frontieres (MSF)", "the rebel group M23": a definite description written
    right before an organisation's name, in one phrase with it, when it fits the actor."""
    doc = name.doc
    if actor.type == "person" or name.start < 2:
        return None
    start = name.start - 1
    while start > 0 and doc[start].lower_ != "the" and _describing_word(doc[start]):
        start -= 1
    if doc[start].lower_ != "the" or name.start - start < 2 or doc[name.start - 1].pos_ != "NOUN":
        return None
    phrase = doc[start : name.start]
    fit = _fit_of(phrase)
    if fit is None or not fit.admits(actor.type, registry.names_of(actor)):
        return None
    head = phrase.root.idx  # "the UN peacekeeping mission MONUSCO": the UN names whose mission it is
    taken = any(a is not actor and any(s <= head < e for s, e in a.mentions) for a in registry.actors)
    return None if taken else phrase


def _describing_word(token: Token) -> bool:
    """A word of a description: in lower case ("medical"), a hyphen, or an acronym ("UN")."""
    return (token.is_lower and (token.is_alpha or token.text == "-")) or (token.is_upper and token.is_alpha)


def _description_before(name: Span, actor: Actor, registry: Registry) -> Span | None:
    """ "According to the state news agency, Agence d'information du Burkina, ...": a definite description set
    right before a name and a comma, which the parser did not see as an apposition, when it fits the actor. An
    actor made of that description alone is the named one."""
    doc = name.doc
    closed = name.end < len(doc) and doc[name.end].text in (",", "(")
    if name.root.dep_ in ("nsubj", "nsubjpass") and not closed:
        return None  # "Citing the health ministry, the Coast News Agency reported": a clause ends at the comma
    comma = name.start - 2 if name.start > 1 and doc[name.start - 1].lower_ == "the" else name.start - 1
    if comma < 2 or doc[comma].text != ",":  # "..., the state news agency, the Agence d'Information du Burkina"
        return None
    chunk = next((c for c in noun_chunks(doc) if c.end == comma), None)
    if chunk is None or not _definite_or_a_countrys(chunk) or chunk.root.pos_ != "NOUN" or chunk.root != chunk[-1]:
        return None
    fit = _fit_of(chunk)  # a news agency's name may be French ("Agence" is an agency too)
    news = actor.type == "news agency" or any(t.lower_ in ("news", "press") for t in chunk)
    # "Mozambique's state news agency, Agência de Informação de Moçambique": an outlet whatever its name says
    unknown = actor.type == "organization" and not any(norm_key(n) in known_actors() for n in registry.names_of(actor))
    agency = news and fit is not None and (actor.type in fit.types or (unknown and "news agency" in fit.types))
    # "According to the Kpendjal prefect, Yendoubé Lamboni, ...", which the parser made the clause's subject
    role = actor.type == "person" and chunk.root.lower_ in role_nouns() and name.end < len(doc) and closed
    role = role and not any(t.tag_ == "POS" for t in chunk)  # "The command's spokesperson": the command's own
    role = role and all(t.text[:1].isupper() for t in name if t.is_alpha)  # a name, not "now tutors children"
    if not role and (fit is None or not (agency or fit.admits(actor.type, registry.names_of(actor)))):
        return None
    if not role and not _only_describes(chunk, registry):  # a role may name its place ("the Kpendjal prefect")
        return None
    for other in [a for a in registry.actors if a is not actor and a.type != "place" and a.mentions_span(chunk)]:
        if role and not any(s <= chunk.root.idx < e for s, e in other.mentions):
            continue  # "Kpendjal", tagged an organisation, names the prefect's place
        made = other.name[:1].islower() or other.name == chunk.text  # "Mozambique's state news agency"
        if made and registry.canonical(other.name)[0] is None and len(other.mentions) == 1:
            registry.actors.remove(other)  # "the state news agency" was made an actor of its own
        else:
            return None
    if agency and unknown:
        actor.type = "news agency"
    if role:
        registry.give_role(actor, chunk.text)
    return chunk


def _definite_or_a_countrys(chunk: Span) -> bool:
    """ "the state news agency", "Mozambique's state news agency"."""
    owner = len(chunk) > 2 and chunk[1].tag_ == "POS" and fold(chunk[0].text) in country_names()
    return chunk[0].lower_ == "the" or owner


# any kind of actor: "a pro-democracy movement" is no armed group
_UNTYPED = frozenset("group groups organisation organization body movement party coalition alliance front".split())


def _retype(actor: Actor, head: Token) -> None:
    """An organisation the report calls "a splinter faction of the TTP" is an armed group, whatever its name says."""
    fit = _fits().get(head.lower_)
    if actor.type == "organization" and fit is not None and head.lower_ not in _UNTYPED and len(fit.types) == 1:
        (actor.type,) = fit.types


def _furniture(phrase: Span, name: Span) -> bool:
    """A heading or dateline the parser set beside a name: "PRESS RELEASE — UNHCR", "GAO, 20 June 2025 — The
    agency": words in capitals, a date, or a dash between them."""
    doc = phrase.doc
    between = doc[min(phrase.end, name.end) : max(phrase.start, name.start)]
    capitals = len(phrase) > 1 and phrase.text.isupper()
    dated = re.search(r"\b(?:1[89]|20)\d\d\b", phrase.text) is not None  # not "a 70-year-old farmer"
    return capitals or dated or any(t.text in "—–" for t in between)


def _apposed_phrase(token: Token, name: Span, registry: Registry) -> Span | None:
    """The noun phrase of an apposition, without the name itself, its clauses and prepositional phrases; only a
    common-noun phrase ("a farmer", "an ethnic Rakhine armed group"), a role, or an organisation's name, and never
    one that names another actor ("a spokesman for the SDF" is no mention of the SDF's spokesman alone)."""
    common = token.pos_ == "NOUN" or token.lower_ in role_nouns() or (token.pos_ == "PROPN" and token.is_lower)
    if token.lemma_ in ("name", "surname", "nickname"):
        return None  # "who gave only his first name, Wilner": the name is no description of him
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in token.children):
        return None  # "the Sahel affiliate of al-Qaeda, besiege villages and forbid farming": a predicate misread
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    if definite and _heads_a_list(token):
        return None  # "calls on the SAF, the paramilitary and all allied groups": a list of actors, not one
    if _subject_misread(token):
        return None  # "According to the ATP, an inter-ministerial mission ... arrived": the clause's subject
    if not common and not (token.pos_ == "PROPN" and token.ent_type_ == "ORG"):  # "the UN mission, MINUSMA"
        return None
    if not common and any(a.type == "person" and a.mentions_span(name) for a in registry.actors):
        return None  # "Awa Sanou, Radio Kayes, Nioro": a reporter's sign-off names the outlet, not her
    if any(s <= token.idx < e for s, e in registry.places):
        return None  # "The council chairman of Tsafe, Ibrahim Danjuma": a town, not a name of the chairman
    cut = ("relcl", "acl", "appos", "prep", "conj", "cc")
    kept = [c for c in token.children if c.dep_ in ("acl", "prep") and c.i > token.i and not _names_anyone(c)]
    # "a civilian militia armed by the state", "al Qaeda's affiliate in the Sahel": a phrase that names no one
    skip = {t.i for t in name} | {t.i for c in token.children if c.dep_ in cut and c not in kept for t in c.subtree}
    tokens = [t for t in token.subtree if t.i not in skip]
    clause = next((t.i for t in tokens if t.i > token.i and t.lower_ in ("who", "whom", "whose", "which")), None)
    tokens = [t for t in tokens if clause is None or t.i < clause]  # "a nurse at the post who is not related to ..."
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    if not tokens:
        return None
    phrase = token.doc[tokens[0].i : tokens[-1].i + 1]
    if phrase.start <= name.start < phrase.end or _furniture(phrase, name):
        return None
    between = token.doc[min(name.end, phrase.end) : max(name.start, phrase.start)]
    if any(":" in t.text for t in between):
        return None  # "PRESENTER (Amna Osman): Good evening": a turn's first words, not what she is
    counted = any(c.dep_ == "nummod" for c in token.children)  # "about four hundred families have fled"
    if phrase[0].like_num or counted or phrase[0].lower_ in ("no", "not"):
        # "Agence d'information du Burkina, two members of the VDP, were among the dead": a count; "Adama
        # Sawadogo - no relation to Aminata -": what he is not
        return None
    between = token.doc[min(phrase.end, name.end) : max(phrase.start, name.start)]
    fitting = token.lemma_.lower() in _fits() or token.lower_ in _fits() or token.lower_ in role_nouns()
    if not any(t.is_punct for t in between) and not fitting:
        return None  # "help the military drive Boko Haram out": no apposition, whatever the parser says
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is not None and owner.i + 2 < phrase.end and token.doc[owner.i + 1].tag_ == "POS":
        phrase = token.doc[owner.i + 2 : phrase.end]  # "the health ministry's director-general": the ministry's own
    for other in [a for a in registry.actors if a.name and not a.mentions_span(name) and a.mentions_span(phrase)]:
        inside = [(s, e) for s, e in other.mentions if s < phrase.end_char and phrase.start_char < e]
        if not inside:
            continue  # in the part of the phrase an earlier actor's name cut off
        if token.pos_ == "PROPN":
            return None  # "from al-Shabaab, the Somali National Army said": another actor's name
        made = other.name[:1].islower() and registry.canonical(other.name)[0] is None
        if len(inside) == len(other.mentions) and other.type != "person" and made:
            registry.actors.remove(other)  # "a loosely organised youth militia" was made an actor of its own
            continue
        cut = max(e for _, e in inside)
        if re.match(rf"-(?:{'|'.join(BACKING)})\b", doc_text(token.doc)[cut:]):
            continue  # "the al-Qaida-linked group": a backer, and the phrase is the group's own
        if cut > token.idx:
            return None  # "a spokesman for the SDF": the other actor is the head's own
        phrase = token.doc.char_span(cut, phrase.end_char, alignment_mode="contract")  # "an MSF nurse" -> "nurse"
        if phrase is not None and len(phrase) and phrase[0].tag_ == "POS":
            phrase = phrase[1:]  # "al-Qaeda's affiliate" -> "affiliate"
        if phrase is None or not len(phrase):
            return None
    return phrase


def _subject_misread(token: Token) -> bool:
    """Whether a phrase the parser set beside a name runs straight into its sentence's verb: its subject."""
    root = token.sent.root
    if token.dep_ != "appos" or root.pos_ not in ("VERB", "AUX") or token.i > root.i:
        return False  # only a phrase hung on the name ("the SDF spokesman, Mustafa Bali, said" is the subject's own)
    # "..., an inter-ministerial mission led by the minister arrived": no comma closes it before the verb
    return max(t.i for t in token.subtree) + 1 == root.i


def _definite_noun(token: Token) -> bool:
    """ "the de facto authorities", one actor; not "separatist movements", a kind."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _names_anyone(token: Token) -> bool:
    """Whether a phrase holds a name other than a place's or a people's ("of the TTP", "for Mustafa Bali"), or
    describes an actor of its own ("for the armed forces")."""
    return any(
        (t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP"))
        or (t.pos_ == "NOUN" and (t.lower_ in _fits() or (t.lemma_.lower() in _fits() and _definite_noun(t))))
        for t in token.subtree
    )


def _only_describes(chunk: Span, registry: Registry) -> bool:
    """Whether the proper nouns before the head only name an actor or a country ("the SDF spokesman", "the UN
    mission", "the Malian army") rather than make a name of their own ("the White Army")."""
    runs: list[list[Token]] = [[]]
    for token in chunk[1:-1]:
        if token.pos_ == "PROPN" and (not token.is_lower or _particle(token)):  # "the refugee ministry": a slip
            runs[-1].append(token)
        elif token.text == "-" and runs[-1] and token.nbor().pos_ == "PROPN":
            continue  # "al-Qaeda"
        elif runs[-1]:
            runs.append([])
    # "the Kurdish-led force", "the Arab tribal militia": a people's word describes, it names no one
    runs = [r for r in runs if not all(t.ent_type_ == "NORP" for t in r)]
    for run in (chunk.doc[r[0].i : r[-1].i + 1].text for r in runs if r):
        # "the Puntland ministry" after "Puntland's Ministry of Information": a place, or a word of an actor's name
        earlier = (a.name for a in registry.actors if a.name and a.first < chunk.start_char)
        in_a_name = any(re.search(rf"\b{re.escape(run)}\b", name) for name in earlier)  # not "Mali" in "Somalia"
        named = chunk[-1].is_lower and (bool(gazetteer().lookup(run)) or in_a_name)
        if registry.canonical(run)[0] is None and fold(run) not in country_words() and not named:
            return False
    return True


def _particle(token: Token) -> bool:
    """ "al" of "al Qaeda" or "al-Qaeda": a lower-case word that begins a name."""
    after = token.nbor(2) if token.nbor().text == "-" else token.nbor()
    return after.pos_ == "PROPN" and not after.is_lower


_ANY_ROLE = frozenset("local senior top regional provincial district county area".split())  # fit any holder
_HOLDER_OF_ANY_OFFICE = frozenset(("official",))
_OFFICES = frozenset(
    "head director chief coordinator representative minister governor commissioner administrator spokesman "
    "spokeswoman spokesperson officer secretary envoy delegate prefect sub-prefect mayor commander".split()
)


def _role_holder(chunk: Span, registry: Registry) -> Actor | None:
    """ "the army spokesman", "the rebel spokesman", "the mayor of Boni": the person introduced earlier in that
    role, whose role or affiliation the description's other words fit."""
    before = [t.text for t in chunk.doc[chunk.start : chunk.root.i]]
    head = lesser_role(chunk.root.lemma_.lower(), before)[0]  # "the sub-prefect", not the prefect
    if a_rank_alone(chunk):
        return registry.by_rank(chunk.root.text, chunk.start_char)  # "The SSP said": the officer of that rank
    if head not in role_nouns() or chunk.root.tag_ == "NNS":
        return None
    modifiers = [t.text for t in chunk[1:-1] if t.is_alpha and t.lower_ not in _ANY_ROLE]  # "the council's": council
    of = next((c for c in chunk.root.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in")), None)
    if of is not None:
        modifiers += [t.text for t in of.subtree if t.i != of.i and t.lower_ != "the" and t.is_alpha]
    people = [a for a in registry.actors if a.type == "person" and a.first < chunk.start_char]
    holders = [a for a in people if head in a.role_heads or any(_kind_of_role(h, head) for h in a.role_heads)]
    levels = {t.lower_ for t in chunk[1:-1]} & LEVELS  # "the provincial governor" is not "the district governor"
    holders = [a for a in holders if not levels or not levels_before(a, head) - levels]
    fitting = [a for a in holders if all(_fits_role(a, m, registry) for m in modifiers)]
    # "the chief district officer" is the Chief District Officer, not "the district police chief", an officer too
    said = [a for a in fitting if head in a.titles or re.search(rf"\b{re.escape(head)}\b", " ".join(a.roles).lower())]
    fitting = said or fitting
    if not fitting and head in _HOLDER_OF_ANY_OFFICE and modifiers:
        # "The UN official" after "Catherine Moreau, head of the UN Office ...": an official of whatever office,
        # but only with a word that ties the description to that person's office
        holders = [a for a in people if a.role_heads & _OFFICES]
        fitting = [a for a in holders if all(_fits_role(a, m, registry) for m in modifiers)]
    ranked = first_rank(fitting, chunk.text.split(), head)
    return max(ranked, key=lambda a: _last_before(a, chunk.start_char), default=None)


def _kind_of_role(held: str, head: str) -> bool:
    """ "schoolteacher" is a teacher; but "spokesman" is no man (short heads never match), and a sub-prefect is
    no prefect."""
    lesser = LESSER.match(held) is not None
    return len(head) >= 6 and len(held) > len(head) + 2 and held.endswith(head) and not lesser


def _fits_role(actor: Actor, word: str, registry: Registry) -> bool:
    roles = " ".join(actor.roles).lower()
    return word.lower() in roles or word.lower() in actor.titles or _affiliated(actor, word, registry)


def _affiliated(actor: Actor, word: str, registry: Registry) -> bool:
    """ "the SDF spokesman" or "the rebel spokesman" for the spokesman of the SDF, or of the M23 rebels."""
    name = registry.canonical(word)[0]
    if name is not None:
        return name == actor.affiliation
    fit = _fits().get(word.lower())
    group = next((a for a in registry.actors if a.name == actor.affiliation and a.type != "person"), None)
    return fit is not None and group is not None and fit.admits(group.type, registry.names_of(group))


# description nouns that are more often something else: a corpse, a chain of command, a profession
_LOOSE = frozenset("body command corps guards society".split())
_PROFESSIONS = frozenset("diplomatic press medical engineering civil".split())


def _not_a_body(root: Token) -> bool:
    """ "the rights body", "the corps" (of a named corps): a description of a body only with no "of" after it, a
    modifier that is no participle ("the mutilated body") and no profession's ("the diplomatic corps")."""
    charged = root.dep_ == "dobj" and root.head.lemma_ in ("accuse", "suspect", "blame", "convict")  # "accuse ... of"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children) and not charged:
        return True
    modifiers = [c for c in root.children if c.dep_ in ("amod", "compound")]
    if any(c.tag_ in ("VBN", "VBD") or c.lower_ in _PROFESSIONS for c in modifiers):
        return True
    return root.lower_ == "body" and not modifiers  # "the body" alone is a corpse


def may_describe(chunk: Span, actor: Actor | None, registry: Registry) -> bool:
    """Whether a description may stand for this actor by its kind: "the group" is no army or government."""
    fit = _fit_of(chunk)
    if fit is None or actor is None or actor.type != "state actor":
        return True  # "the group" may be an aid group quoted last; only a state is never one
    return fit.admits(actor.type, registry.names_of(actor))


def _a_name_s_word(owner: Token, registry: Registry) -> bool:
    """ "the children's agency" after the UN Children's Fund: the owner is a word of a body's name, said again."""
    said = re.compile(rf"\b{re.escape(owner.text)}['’]s?(?!\w)", re.I)
    bodies = (a for a in registry.actors if a.type not in ("person", "place") and a.first < owner.idx)
    return any(said.search(n) and n[:1].isupper() for a in bodies for n in registry.names_of(a))


def described_actor(chunk: Span, registry: Registry) -> Actor | None:
    """ "the paramilitary", "the Malian army", "the group": the last-named actor whose kind and names fit."""
    fit = _fit_of(chunk)
    if fit is None or registry.canonical(chunk.text)[0] is not None:
        return None  # "The UN refugee agency" is a name of UNHCR, not a description
    name = _name_beside(chunk)
    if name is not None:  # "the local humanitarian group Syria Response Coordinators": that name's, or none
        named = next((a for a in registry.actors if a.name and a.mentions_span(name)), None)
        return named if named is None or fit.admits(named.type, registry.names_of(named)) else None
    owner = next((t for t in chunk if t.dep_ == "poss" and t.head == chunk.root), None)
    owned = owner is not None and owner.pos_ != "PRON" and registry.canonical(owner.text)[0] is None
    if owned and not _a_name_s_word(owner, registry):  # not "the children's agency" after the Children's Fund
        return None  # "the president's office": someone's own, not the office named before
    after = any(t.pos_ == "PROPN" for t in chunk.doc[chunk.root.i + 1 : chunk.end])
    before = chunk.root.text[:1].isupper() and any(t.text[:1].isupper() for t in chunk[1 : chunk.root.i - chunk.start])
    if after or before:
        return None  # "the regional Bureau of Agriculture", "the Amhara Regional Health Bureau": names
    named = _named_inside(chunk, registry, fit)
    if named is not None:
        return named  # "the state-run SUNA news agency" is SUNA
    unknown = (t for t in chunk[1:] if t.text.isupper() and t.is_alpha and len(t.text) > 1)
    if any(registry.canonical(t.text)[0] is None for t in unknown):
        return None  # "the state broadcaster RTNC" is an actor of its own; "the UN agency" is a description
    countries = {
        country_words()[fold(t.text)] for t in chunk[1:-1] if fold(t.text) in country_words() and not _backer(t)
    }
    before = [
        a
        for a in registry.actors
        if a.first < chunk.start_char
        and (_of_country(registry.names_of(a), countries) or registry.force_country.get(a.id) in countries)
        and not _other_argument(a, chunk)
        and not _contrasted(a, chunk)  # "the larger gang" is not "a smaller rival gang"
    ]
    fitting = [a for a in before if fit.admits(a.type, registry.names_of(a)) and not _other_field(a, chunk, registry)]
    fitting = [a for a in fitting if not _elsewhere(a, chunk, registry)]
    fitting = [a for a in fitting if not _other_cause(a, chunk, registry)]
    if {t.lower_ for t in chunk[1:-1]} & _SHARED:  # "the tripartite force" is no one country's army
        national = [
            a
            for a in fitting
            if a.type == "state actor" and (a.id in registry.force_country or _country_of(a, registry))
        ]
        fitting = [a for a in fitting if a not in national]
    level = next((_ORG_LEVELS[t.lower_] for t in chunk[1:-1] if t.lower_ in _ORG_LEVELS), None)
    if level:  # "The federal agency" is the National Emergency Management Agency, not the state's
        fitting = [a for a in fitting if level & _name_words_of(a, registry)] or fitting
    if _JIHADIST.search(chunk.text) or _bare_militants(chunk):  # "the jihadists": Islamic State, not the SDF
        fitting = [a for a in fitting if _jihadist(a, registry)] or fitting  # "the militants": nor the PMF
    if any(t.lower_ in _STATE_RUN for t in chunk) or "state-run" in chunk.text.lower():
        fitting = [a for a in fitting if not set(registry.names_of(a)) & _PRIVATE_WIRES]  # not Reuters
    fitting = fitting or [a for a in before if _described_army(a, chunk, registry)]  # only when no army is named
    if chunk.root.lower_ in ("army", "military") and not countries:
        fitting = _home_army_unless_another_just_named(fitting, chunk, registry)
    sharing = _sharing_a_modifier(fitting, chunk, registry)
    if sharing is None or (not sharing and _introduced_without_a_name(chunk, fitting, registry)):
        return None
    if chunk.root.lemma_.lower() in _MEMBERS:  # "ISSP fighters attacked JNIM ... the fighters": ISSP's
        members = [a for a in fitting if _named_with(a, chunk.root.lemma_.lower(), chunk)]
        told = {t.lower_ for t in chunk if t.i < chunk.root.i and t.dep_ != "det"} - {"foreign"}
        fitting = members or (fitting if told else [])  # "the clan fighters", "the elite unit"; not "the fighters"
    # "The faction" is the one introduced as "a splinter faction"; "the alliance" the one introduced as "an alliance
    # of ...", whatever its name made of it; but not over an actor named so ("the Darfur Joint Force militia")
    alike = _described_alike(fitting or [a for a in before if a.type != "person"], chunk)
    named_so = [a for a in fitting if a not in alike and chunk.root.lower_ in _head_words_of(registry.names_of(a))]
    fitting = sharing or (alike if not named_so else []) or fitting
    own = _speakers_own(chunk, registry)
    if own is not None and own in fitting:
        return own  # "a spokesman for the WFP said the agency distributed food": his agency, not the one before
    if chunk.root.lower_ in ("army", "military") or "armed forces" in chunk.text.lower():
        fitting = [a for a in fitting if a.id not in registry.named_forces]  # not "Hemedti forces"
    if chunk.root.lower_ in ("army", "military"):  # "the army" is the Sudanese Armed Forces, not the Joint Forces
        named = [a for a in fitting if a.id not in registry.force_country]  # a name, not "the military" again
        fitting = [a for a in named if any(_ARMY_NAME.search(n) for n in registry.names_of(a))] or fitting
    paragraph = chunk.doc.text.rfind("\n\n", 0, chunk.start_char)
    return max(fitting, key=lambda a: _salience(a, chunk.start_char, paragraph, chunk.doc), default=None)


_MEMBERS = frozenset(("fighter", "unit"))  # nouns for some of a force's men: only a force named with them


def _named_with(actor: Actor, noun: str, chunk: Span) -> bool:
    """Whether the report named the actor before with this noun after it ("ISSP fighters", "Frontier Corps
    units")."""
    text = doc_text(chunk.doc)
    pattern = re.compile(rf"\s+{noun}s?\b", re.I)
    return any(e <= chunk.start_char and pattern.match(text, e) for _, e in actor.mentions)


_JIHADIST = re.compile(r"\b(?:jihadis[tm]s?|islamists?|al[- ]qa[e']?[di]a|islamic state|daesh|isis|isil)\b", re.I)
_MILITANT = re.compile(r"\b(?:militants?|extremists?|terrorists?)\b", re.I)
_SEPARATIST = re.compile(r"\b(?:separatis[tm]s?|secessionists?|independence movement)\b", re.I)


# the level of government a description names, and the words of a name that say it
_ORG_LEVELS = {
    "federal": {"federal", "national"}, "national": {"national", "federal"}, "state": {"state"},
    "provincial": {"provincial", "province"}, "regional": {"regional", "region"}, "district": {"district"},
    "county": {"county"}, "municipal": {"municipal", "municipality", "city"},
}  # fmt: skip


def _name_words_of(actor: Actor, registry: Registry) -> set[str]:
    return {w for n in registry.names_of(actor) for w in re.findall(r"[a-z]+", n.lower())}


_SHARED = frozenset("joint tripartite multinational combined mixed regional bilateral".split())


def _jihadist(actor: Actor, registry: Registry) -> bool:
    """Whether an actor is a jihadist group by its name or the alias table's word."""
    names = registry.names_of(actor)
    return norm_key(actor.name) in jihadist_groups() or any(_JIHADIST.search(n) for n in names)


def _other_cause(actor: Actor, chunk: Span, registry: Registry) -> bool:
    """Whether the report's own words for the actor give it the other of two causes than the description: "the
    jihadists" are not the FLA, "a coalition of separatist movements", nor "the separatists" an al-Qaeda affiliate."""
    text = doc_text(chunk.doc)
    said = [text[s:e] for s, e in actor.mentions if e <= chunk.start_char] + registry.names_of(actor)
    if _JIHADIST.search(chunk.text):
        return any(_SEPARATIST.search(w) for w in said) and not any(_JIHADIST.search(w) for w in said)
    if _SEPARATIST.search(chunk.text):
        return any(_JIHADIST.search(w) for w in said) and not any(_SEPARATIST.search(w) for w in said)
    return False


def _home_army_unless_another_just_named(armies: list[Actor], chunk: Span, registry: Registry) -> list[Actor]:
    """ "The army says it killed twenty fighters near Téra", paragraphs after "the Nigerian army across the border",
    in a report from Niger: the home country's army, unless another country's was named in the last sentence."""
    home = registry.home
    country = {a.id: registry.force_country.get(a.id) or _country_of(a, registry) for a in armies}
    foreign = [a for a in armies if home and country[a.id] not in (None, home)]
    recent = [a for a in foreign if _last_before(a, chunk.start_char) > chunk.start_char - _JUST]
    own = any(country[a.id] == home for a in armies)
    return [a for a in armies if a not in foreign] if own and foreign and not recent else armies


def _country_of(actor: Actor, registry: Registry) -> str | None:
    words = (_name_words(name) for name in registry.names_of(actor))
    found = {c for w in words for c in _countries_in(w)}  # "Niger's Defence and Security Forces" is Niger's
    return next(iter(found)) if len(found) == 1 else None


_SAYING = frozenset("say tell add explain note stress report".split())


def _speakers_own(chunk: Span, registry: Registry) -> Actor | None:
    """The organisation of the person whose words a description is in: "Hassan Idris, a spokesman for the World
    Food Programme, said the agency ..."."""
    verb = next((t for t in chunk.root.ancestors if t.pos_ == "VERB" and t.lemma_ in _SAYING), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or subject.i > chunk.start:
        return None
    span = chunk.doc[subject.i : subject.i + 1]
    person = next((a for a in registry.actors if a.type == "person" and a.mentions_span(span)), None)
    if person is None or not person.affiliation:
        return None
    return next((a for a in registry.actors if a.type != "person" and a.name == person.affiliation), None)


# heads too common to tell actors apart: every group was introduced as "a group" of some kind
_COMMON_HEADS = frozenset("group groups organisation organization agency body force forces authorities".split())


def _head_words_of(names: list[str]) -> set[str]:
    return {w for name in names for w in re.findall(r"[a-z]+", name.lower())}


def _introduced_without_a_name(chunk: Span, fitting: list[Actor], registry: Registry) -> bool:
    """Whether the report brought in what the description names as something new and nameless, with its words
    ("An inter-agency assessment mission is to leave Sévaré ... the assessment mission will report"): not the UN
    mission named before it. Not a phrase set beside a name ("JeM, a Pakistan-based group"), nor one that a
    fitting actor named after it may have been ("the army and a powerful paramilitary force ... the RSF")."""
    own = {t.lower_ for t in chunk if t.i < chunk.root.i and t.dep_ in ("amod", "compound") and t.is_lower}
    if not own:
        return False
    head = chunk.root.lemma_.lower()
    text = doc_text(chunk.doc)
    return any(
        c.end_char <= chunk.start_char
        and c[0].lower_ in ("a", "an")
        and c.root.lemma_.lower() == head
        and own <= {t.lower_ for t in c}
        and c.root.dep_ != "appos"
        and not text[: c.start_char].rstrip().endswith(",")
        and not any(a.mentions_span(c) for a in registry.actors)
        and not any(c.start_char < a.first < chunk.start_char for a in fitting)
        for c in noun_chunks(chunk.doc)
    )


def _bare_militants(chunk: Span) -> bool:
    """ "the militants", "the extremist group": a word for jihadists when a report names some, unless other words
    say whose ("the Kurdish militant group")."""
    words = [t for t in chunk if t.dep_ != "det" and t.i != chunk.root.i]
    return _MILITANT.search(chunk.text) is not None and all(_MILITANT.fullmatch(t.text) for t in words)


def _contrasted(actor: Actor, chunk: Span) -> bool:
    """ "The larger gang" is not the one introduced as "a smaller rival gang": descriptions told apart by two
    comparatives."""
    own = {t.lower_ for t in chunk if t.tag_ in ("JJR", "JJS")}
    if not own:
        return False
    doc = chunk.doc
    earlier = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions if e <= chunk.start_char]
    return any(d is not None and {t.lower_ for t in d if t.tag_ in ("JJR", "JJS")} - own for d in earlier)


def _described_alike(actors: list[Actor], chunk: Span) -> list[Actor]:
    """The actors introduced earlier by a description with the same head: "The faction" is the one set beside
    "a splinter faction of the TTP", not the TTP named right after it."""
    head = chunk.root.lemma_.lower()
    if head in _COMMON_HEADS:
        return []
    doc = chunk.doc

    def alike(actor: Actor) -> bool:
        earlier = [doc.char_span(s, e, alignment_mode="expand") for s, e in actor.mentions if e <= chunk.start_char]
        return any(
            d is not None and len(d) > 1 and d.root.lemma_.lower() == head and d.root.text.islower()
            for d in earlier  # a description headed by the word ("a splinter faction"), not "the White Army"
        )

    return [a for a in actors if alike(a)]


_NEWS_WORDS = frozenset("news press wire media state information".split())


def fields_of(root: Token) -> list[Token]:
    """ "the directorate of agriculture", "the ministry of health": the bare nouns that say an office's field."""
    if root.lemma_.lower() not in institution_words("anaphoric"):
        return []  # "accused the army of collective punishment"
    return [
        o
        for p in root.children
        if p.lower_ == "of" and p.i == root.i + 1
        for o in p.children
        if o.pos_ == "NOUN" and o.tag_ == "NN" and not list(o.children)
    ]


def _other_field(actor: Actor, chunk: Span, registry: Registry) -> bool:
    """ "the national civil protection agency" is no news agency: a field word that is not the news; "the regional
    directorate [of agriculture]" no meteorological directorate: a field after "of" that its names lack."""
    of = fields_of(chunk.root)
    words = {w for name in registry.names_of(actor) for w in re.findall(r"\w+", name.lower())}
    if any(o.lower_ not in words and o.lemma_.lower() not in words for o in of):
        return True
    field = [t for t in chunk if t.dep_ == "compound" and t.pos_ == "NOUN" and t.head == chunk.root]
    if actor.type == "news agency" or words & _AGENCY_ABROAD:  # "Agência de Informação de Moçambique"
        field += [t for t in chunk if t.dep_ == "compound" and t.is_lower and t.head == chunk.root]  # "refugee"
        return bool(field) and not any(t.lower_ in _NEWS_WORDS for t in field)
    # "the regional agriculture directorate" is no humanitarian directorate; but "the aid agency" may be WFP
    own = [t for t in field if t.lower_ not in ANY_FIELD and chunk.root.lemma_.lower() in _OFFICE_HEADS]
    return any(t.lower_ not in words and t.lemma_.lower() not in words for t in own)


_AGENCY_ABROAD = frozenset(("agence", "agência", "agencia"))  # "agency" in a name in French, Portuguese or Spanish
# field words any body may be described by ("the aid agency" may be WFP): no field of its own
ANY_FIELD = frozenset("aid relief humanitarian government state news un".split())
_OFFICE_HEADS = frozenset("directorate ministry department bureau office commission authority".split())


def _described_army(actor: Actor, chunk: Span, registry: Registry) -> bool:
    """ "the army" after "Nigerien soldiers": forces the report only described, found by a word for forces."""
    return actor.id in registry.force_country and chunk.root.lower_ in _NATIONAL_FORCES


_TIES = frozenset("associate link ally affiliate belong loyal".split())


def _tied_to(doc: Doc, start: int, end: int) -> set[str]:
    """The words of the people a name is said to be tied to: "armed youth associated with the White Army" ->
    {"armed", "youth"}, "youths loyal to the White Army" -> {"youths"}."""
    span = doc.char_span(start, end, alignment_mode="expand")
    prep = span.root.head if span is not None and span.root.dep_ == "pobj" else None
    tie = prep.head if prep is not None and prep.lower_ in ("with", "to") else None
    if tie is None or tie.lemma_.lower() not in _TIES or tie.head.pos_ != "NOUN" or tie.head.i > tie.i:
        return set()
    noun = tie.head
    return {t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound") and t.is_alpha} | {noun.lower_, noun.lemma_}


def _sharing_a_modifier(actors: list[Actor], chunk: Span, registry: Registry) -> list[Actor] | None:
    """The actors whose names or earlier descriptions carry one of the description's own modifiers: "the health
    ministry" is the Ministry of Health, not the foreign ministry named last; "the state agency" is the Borno State
    agency; "the rival group" is the one introduced as "a rival jihadist group"; "the IS affiliate" is the one IS
    names. [] when the description has no such modifier; None when it names an actor no candidate carries ("the
    Boko Haram faction" before the faction is named): then no one."""
    own = [
        t
        for t in chunk[1 : chunk.root.i - chunk.start]
        if t.head == chunk.root
        and t.dep_ in ("amod", "compound")
        and t.is_alpha
        and fold(t.text) not in country_words()
    ]
    named = {t.lower_ for t in own if _leader(t) is t and (t.pos_ == "PROPN" or t.ent_type_ == "NORP")}
    own = [_leader(t) for t in own]  # "Kurdish-led" is told apart by "Kurdish", not by "led"
    common = {t.lower_ for t in own if t.pos_ != "PROPN" and t.ent_type_ != "NORP"}
    names = [chunk.doc[t.left_edge.i : t.i + 1].text for t in own if t.pos_ == "PROPN" or t.ent_type_ == "NORP"]
    proper = {w for n in names if registry.canonical(n)[0] is not None for w in re.findall(r"[a-z]+", n.lower())}
    proper -= NAME_PARTICLES  # "al" of "al-Qaeda" is in every Arabic name
    # a people or a region no actor is named after ("the Rohingya insurgents"): a word of the actor's name
    peoples = {w for n in names if registry.canonical(n)[0] is None for w in re.findall(r"[a-z]+", n.lower())}
    peoples -= NAME_PARTICLES
    # "the children's agency": the owner is a word of the name (the UN Children's Fund, not the WFP named last)
    peoples |= {t.lower_ for t in chunk[1 : chunk.root.i - chunk.start] if t.dep_ == "poss" and t.pos_ != "PRON"}
    if not common and not proper and not peoples:
        return []
    text = doc_text(chunk.doc)
    heads = {chunk.root.lower_, chunk.root.lemma_.lower()}

    def carries(actor: Actor) -> bool:
        """An earlier description of the actor with the modifier ("a rival jihadist group"), a name of it with the
        modifier and the head both ("Ministry of Health"; not "International Medical Corps" for "the medical
        charity"), or one with the actor's name the description uses ("IS Sahel" for "the IS affiliate")."""
        earlier = [
            re.sub(r"^(?:the|a|an) ", "", text[s:e], flags=re.I) for s, e in actor.mentions if e <= chunk.start_char
        ]
        described = [set(re.findall(r"[a-z]+", d.lower())) for d in earlier if d.split()[-1][:1].islower()]
        described += [_tied_to(chunk.doc, s, e) for s, e in actor.mentions if e <= chunk.start_char]
        movement = movement_of().get(norm_key(actor.name), ())  # "the al-Qaeda-linked group": JNIM
        named = [set(re.findall(r"[a-z]+", name.lower())) for name in (*registry.names_of(actor), *movement)]
        return any((common | peoples) & found or proper & found for found in described) or any(
            (common & found and heads & found) or (proper | peoples) & found or _akin(peoples, found) for found in named
        )

    carrying = [a for a in actors if carries(a)]
    if heads & _PARTS or any(_backer(t) for t in chunk):  # "the al-Qaeda affiliate" is not al-Qaeda itself
        wholes = {norm_key(registry.canonical(n)[0] or n) for n in names}
        carrying = [a for a in carrying if norm_key(a.name) not in wholes]
    portfolio = chunk.root.lemma_.lower() in _PORTFOLIOS and bool(common)  # "the foreign ministry": no other one
    # "the al-Hilu faction": Abdelaziz al-Hilu's, or no one's; not "the al-Qaeda-linked group", JNIM
    led = bool(peoples & named & _person_words(registry))
    return None if (proper or portfolio or led) and not carrying else carrying


def _person_words(registry: Registry) -> set[str]:
    """The surnames of the report's people named in full ("hilu" of Abdelaziz al-Hilu)."""
    people = (a.name.split() for a in registry.actors if a.type == "person")
    return {w for words in people if len(words) >= 2 for w in re.findall(r"[a-z]+", words[-1].lower())} - {"al"}


def _akin(peoples: set[str], words: set[str]) -> bool:
    """ "Kurdish" and "Kurdistan", "Baloch" and "Balochistan": a people's word and a name's word of one stem."""
    return any(len(p) >= 5 and len(w) >= 5 and p[:5] == w[:5] and p[:-2] in w for p in peoples for w in words)


# institutions told apart by their field: "the foreign ministry" is none of the report's other ministries
_PORTFOLIOS = frozenset("ministry department".split())


def _leader(token: Token) -> Token:
    """ "led" of "Kurdish-led" stands for "Kurdish", the word that tells the actor apart."""
    doc = token.doc
    hyphen = token.i >= 2 and doc[token.i - 1].text == "-" and token.lower_ in BACKING | _RUNNING
    return doc[token.i - 2] if hyphen else token


_RUNNING = frozenset(("run", "dominated"))  # "Houthi-run", "Arab-dominated": who runs it, not who backs it


def _salience(
    actor: Actor, position: int, paragraph: int = -1, doc: Doc | None = None
) -> tuple[bool, bool, bool, bool, int, int]:
    """Among actors that fit, the one in the reader's mind: named in the last sentence, then in the description's
    paragraph (from char ``paragraph``), then as a subject in its own sentence ("ARSA fighters have clashed with
    the AA ..., and residents say the militants ..." are ARSA's), then in the last lines, then named most, named
    last ("the militants" after ISIS and al-Qaeda were named together is ISIS, named ten times before; "the UN
    agency" right after the WFP convoy is WFP, though UNICEF was named more)."""
    before = [(s, e) for s, e in actor.mentions if s < position]
    last = max((s for s, _ in before), default=-1)
    just = [m for m in before if m[0] > position - _JUST]
    sentence = _sentence_start(doc, position) if doc is not None and just else position
    here = [m for m in just if m[0] >= sentence]
    subject = doc is not None and any(_as_subject(doc, *m) for m in here)
    return (bool(just), paragraph >= 0 and last > paragraph, subject, last > position - _RECENT, len(before), last)


def _sentence_start(doc: Doc, position: int) -> int:
    """Where the sentence holding character ``position`` starts."""
    return doc[doc.char_span(position, position + 1, alignment_mode="expand").start].sent.start_char


def _as_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a mention is a clause's subject, or names the subject's head ("ARSA fighters")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root.head if span.root.dep_ in ("compound", "poss", "nmod", "amod") else span.root
    return root.dep_ in ("nsubj", "nsubjpass")


_JUST = 250  # characters: about the last sentence
_RECENT = 800  # characters: about the last three sentences


def _fit_of(chunk: Span) -> _Fit | None:
    """What a description can stand for: its head noun's kinds, narrowed by a modifier that is a description
    itself ("the vigilante group", "the monitoring group", "the rebel movement"); "the army spokesman" is no army."""
    singular = chunk.root.tag_ != "NNS"  # "the bodies", "the parties" are no body and no party
    if chunk.root.lower_ in ("staff", "command") and any(c.lower_ in ("army", "military") for c in chunk.root.children):
        return _fits()["army"]  # "the army general staff", "the military high command"
    head = _fits().get(chunk.root.lower_) or (_fits().get(chunk.root.lemma_.lower()) if singular else None)
    if head is None or chunk.root.lower_ in _MODIFIERS_ONLY or chunk.root.lower_ == "news":  # "That was the news"
        return None  # "Niger's military government" is no military
    for token in chunk[1:-1]:
        own = token.head == chunk.root and token.dep_ in ("compound", "amod")  # not "the group's extensive use"
        if token.lower_ in _GENERIC_ONLY and chunk.root.lower_ not in _GENERIC_HEADS:
            continue  # "the humanitarian mission" is still a mission
        if own and token.pos_ != "PROPN" and (fit := _fits().get(token.lower_)) is not None:
            return fit
    return head


# "the rights group", never "the rights" of civilians; "the press freedom group", never "the press"
_MODIFIERS_ONLY = frozenset("rights press freedom media advocacy rescue humanitarian".split())
# modifiers that say what kind of organisation a generic head is, and nothing of a specific one
_GENERIC_ONLY = _MODIFIERS_ONLY - {"rights"}
_GENERIC_HEADS = frozenset("group organisation organization body outfit".split())


def _named_inside(chunk: Span, registry: Registry, fit: _Fit) -> Actor | None:
    """The actor a description names itself, when it is of the kind the description says; not "the previous African
    Union mission", another than the one named."""
    head = chunk.root.lower_
    if any(t.lower_ in _ANOTHER for t in chunk):
        return None
    for token in _proper_runs(chunk):  # "the state-run SUNA news agency", "the UN refugee agency UNHCR"
        if token.root.pos_ != "PROPN" or _backer(token.root):
            continue  # "the al-Qaeda-linked group" is no al-Qaeda
        name = registry.canonical(token.text)[0]
        actor = next((a for a in registry.actors if name and a.name == name and a.type in fit.types), None)
        if actor is not None and any(head in n.lower() for n in registry.names_of(actor)):
            return actor
        part = _part_of(name, chunk, registry, fit) if name else None
        if part is not None:
            return part
    return None


def _proper_runs(chunk: Span) -> list[Span]:
    """Each proper noun after the article, then each run of two or more ("Islamic State" of "the Islamic State
    affiliate")."""
    doc, runs, start = chunk.doc, [], None
    for token in [*chunk[1:], None]:
        if token is not None and token.pos_ == "PROPN":
            start = token.i if start is None else start
            continue
        end = token.i if token is not None else chunk.end
        if start is not None and end - start > 1:
            runs.append(doc[start:end])
        start = None
    return [doc[t.i : t.i + 1] for t in chunk[1:]] + runs


_PARTS = frozenset("affiliate offshoot branch franchise wing province".split())
_ANOTHER = frozenset("previous former earlier predecessor old another other second".split())


def _part_of(whole: str, chunk: Span, registry: Registry, fit: _Fit) -> Actor | None:
    """ "the AU mission" is the African Union's mission the report names, "the IS offshoot" Islamic State
    Khorasan Province: the one actor of the kind whose name holds the whole's name (and the head, unless it is a
    word for a part); of two such missions, neither."""
    head = chunk.root.lemma_.lower()
    if any(c.dep_ in ("prep", "acl", "relcl") for c in chunk.root.children):
        return None  # "the AU mission in Burundi", "the AU mission monitoring the truce": one of its own
    known = known_actors().get(norm_key(whole))
    wholes = {whole, *(table_aliases(known.canonical) if known else ())}
    pattern = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in wholes)})\b")
    found = [
        a
        for a in registry.actors
        if a.name and a.name != whole and a.type in fit.types and a.first < chunk.start_char
        and any(pattern.search(n) for n in registry.names_of(a))
        and (head in _PARTS or any(head in n.lower() for n in registry.names_of(a)))
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _elsewhere(actor: Actor, chunk: Span, registry: Registry) -> bool:
    """ "the Anbar provincial council" after the UN Security Council: a description that names a place below a
    country's, which none of the actor's names holds, is a body of that place."""
    said = " ".join(doc_text(registry.doc)[max(0, s - 25) : e] for s, e in actor.mentions)  # "Puntland's Ministry"
    names = " ".join([*registry.names_of(actor), said]).lower()
    doc = chunk.doc
    based = {t.i for t in chunk if t.lower_ == "based" for t in doc[t.left_edge.i : t.i]}  # "the Geneva-based body"
    places = [t for t in chunk[1:-1] if t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN" and t.i not in based]
    return any(fold(t.text) not in country_words() and t.lower_ not in names for t in places)


def _backer(token: Token) -> bool:
    """ "Iran" in "the Iran-backed group" names who backs the group, not its country."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and doc[token.i + 2].lower_ in BACKING


def _other_argument(actor: Actor, chunk: Span) -> bool:
    """Whether the actor is another argument of the description's own verb: in "the SDF has surrounded the
    militants", the militants are not the SDF; nor in "tensions between the SPLM and the former rebels"."""
    for other in chunk.root.conjuncts:
        start, end = chunk.doc[other.left_edge.i].idx, other.idx + len(other)
        if any(s < end and start < e for s, e in actor.mentions):
            return True
    verb = chunk.root.head if chunk.root.dep_ != "pobj" else chunk.root.head.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and child.i != chunk.root.i:
            span = child.doc[child.left_edge.i : child.right_edge.i + 1]
            if any(s < span.end_char and span.start_char < e for s, e in actor.mentions):
                return True
    doer = _understood_subject(chunk.root)  # "IS fighters ambushed JNIM, killing 15 of the militants"
    if doer is not None and not doer.left_edge.i <= chunk.root.i <= doer.right_edge.i:
        span = doer.doc[doer.left_edge.i : doer.right_edge.i + 1]
        return any(s < span.end_char and span.start_char < e for s, e in actor.mentions)
    return False


def _understood_subject(token: Token) -> Token | None:
    """The subject a clause without its own takes from the clause it hangs on: "killing" in "fighters ambushed
    the convoy, killing 15 of the militants" is the fighters' doing."""
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ not in ("VBG", "VB"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _cued(names: list[str], cues: frozenset[str]) -> bool:
    """Whether a name's head word is one the description stands for: "the army" for the Malian Armed Forces,
    not for "the military government in Bamako"."""
    if not cues:
        return True
    names = names[:1] + [n for n in names[1:] if any(w[:1].isupper() for w in n.split())]  # no "the organisation"
    heads = {word for name in names for word in head_words(name)}
    heads |= {w for name in names for w in re.findall(r"[a-z0-9]+", name.lower().split()[-1:][0] if name else "")}
    heads |= {m.group(1) for name in names if (m := _SERVICE.search(name.lower()))}  # "Kano State Police Command"
    # "Task Force Bangon Marawi", "Border Guard Bangladesh": a generic word in front of the name's own; not the
    # "Armed Police Force", whose head stays its last word
    heads |= {
        w.lower() for name in names if name.split()[-1].lower() not in _fits() for w in name.split()[:2] if w.istitle()
    }
    return bool(heads & cues)


# "the X Police Command", "the Ghana Police Service": the word before a service's generic head is a head too; not
# of a paramilitary ("the Armed Police Force", "the Central Reserve Police Force" are no "police")
_SERVICE = re.compile(
    r"(?<!armed )(?<!reserve )(?<!border )(?<!special )(?<!auxiliary )\b([a-z]+) (?:command|service|force)$"
)


def _of_country(names: list[str], countries: set[str]) -> bool:
    """ "the Malian army" fits only an actor whose names say Mali."""
    if not countries:
        return True
    return any(_countries_in(_name_words(name)) & countries for name in names)


def _name_words(name: str) -> list[str]:
    """The words of a name, possessives cut ("Russia's Africa Corps" -> Russia, Africa, Corps)."""
    return re.findall(r"[\w'-]+", re.sub(r"['’]s\b", "", name))


def _last_before(actor: Actor, position: int) -> int:
    return max((s for s, _ in actor.mentions if s < position), default=-1)
