"""From the words that name a speaker to who it is: names, surnames, roles, pronouns, institutions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...models import Speaker
from ..descriptions import ANY_FIELD, described_actor, fields_of, may_describe
from ..entities import Actor, Registry
from ..gazetteer import country_names, fold
from ..names import (
    BACKING,
    description_nouns,
    institution_words,
    is_title,
    known_actors,
    norm_key,
    role_nouns,
    strip_titles,
    table_aliases,
    titles,
    without_article,
)
from ..nlp import ents, ents_in, noun_chunks
from ..people import TITLE_SEX, a_rank_alone, other_sex, title_words
from .attribution import carried_by_media, cue_lemmas, looks_like_a_name, mention_span, proper_name

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_THING_PRONOUNS = {"it"}
_PLURAL_PRONOUNS = {"they", "them"}
_FIRST_PERSON = {"i", "we", "me", "us"}


def institution_nouns() -> frozenset[str]:
    """Nouns that head an institution's name: "ministry", "army", "agency"."""
    return institution_words("institution")


def document_nouns() -> frozenset[str]:
    """Nouns of what an institution issues: "statement", "report", "assessment"."""
    return institution_words("document")


@dataclass
class Resolved:
    speaker: Speaker
    actor: Actor | None
    confidence: float
    person: bool = False
    pronoun: bool = False
    plural: bool = False
    document: bool = False  # "the statement said": a document introduced before, with the relays it came by


_LEAD = 600  # characters: the lead of a story, where a role is often named before the person
_ANY_OFFICE_WORD = frozenset("regional provincial local district state county senior top chief".split())


_SERIES = frozenset("previous this".split())  # "the previous flash update", not "the latest report" of OCHA's
_ISSUES = frozenset("update bulletin sitrep".split())


_GENERIC_BODIES = frozenset(("authority", "partner"))  # not "an official in X", a nameless person


class Resolver:
    """Resolves speakers in reading order, remembering who spoke so far (for "he said", "it adds")."""

    def __init__(self, registry: Registry, quoted: list[tuple[int, int]] | None = None) -> None:
        self.registry = registry
        self.quoted = quoted or []
        self.history: list[tuple[int, Resolved]] = []

    def remember(self, position: int, resolved: Resolved) -> None:
        # a nameless person counts too: after "a local official, who asked not to be named, told AFP", "he said"
        # is that official, not the last person named before
        nameless = resolved.person and resolved.actor is not None and not resolved.plural
        if resolved.speaker.name or nameless:
            self.history.append((position, resolved))

    def resolve(self, subject: Span | None, role: str | None, position: int) -> Resolved:
        if subject is None:
            return Resolved(Speaker(), None, 0.2)
        words = subject.text.strip()
        lower = words.lower()
        if lower in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS | _FIRST_PERSON:
            return self._pronoun(subject, lower, position)
        someone = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == words for e in ents(subject.doc))
        if known_actors().get(norm_key(words)) is not None and not someone:
            return self._organisation(subject, role)  # "according to Antara", not "Saba said" after Shireen Saba
        person = _person_in(subject) or self._surname(subject) or self._registered_person(subject)
        if person is None and self._named_person(subject, role):
            person = subject  # "its chairman, Aminu Danladi", "Achol Ring, who heads a charity": a person's name
        if person is not None:
            return self._person(person, subject, role)
        if self._placed_only(subject):
            return Resolved(Speaker(mention=words), None, 0.3)  # "local authorities in Mokolo": nameless
        seat = self._seated(subject)
        if seat is not None:
            return self._organisation(seat, role)  # "The health ministry in Damascus said": the ministry
        named = proper_name(subject)
        if named is not None and named.root.ent_type_ != "PERSON" and subject.root.pos_ == "NOUN":
            return self._organisation(subject, role)  # "the conflict monitor ACLED"
        known = self.registry.canonical(subject.text)[0] is not None  # "Doctors Without Borders" is no doctor
        # "The Directorate General of Health Services" is no general
        known = known or (subject.root.ent_type_ == "ORG" and any(t.lower_ in institution_nouns() for t in subject))
        body = self._body_of_members(subject)
        if body is not None:
            return self._organisation(body, role)  # "Shelter Cluster partners estimate", "MSF teams said"
        if not known and (subject.root.lower_ in role_nouns() or subject.root.lemma_.lower() in role_nouns()):
            return self._role(subject, role, position)
        if a_rank_alone(subject):
            return self._ranked(subject, role, position)
        if self._org_like(subject):
            return self._organisation(subject, role)
        return Resolved(Speaker(mention=words), None, 0.3)

    def _name_from_head(self, subject: Span) -> Actor | None:
        """ "The Al-Qaeda-linked Group to Support Islam and Muslims (JNIM)": a name that starts at the head word
        and runs past it, after nothing but an article and a backer ("Puntland's Ministry of ..." is Puntland's)."""
        root = subject.root
        before = subject.doc.text[subject.start_char : root.idx].lower()
        backer = "|".join(BACKING)
        plain = re.fullmatch(rf"(?:the\s+)?(?:[\w'-]+-(?:{backer})\s+)?", before)
        if root.pos_ != "PROPN":
            return None
        starts = [a for a in self.registry.actors if a.name and a.type != "place"]
        found = next((a for a in starts if any(s == root.idx and e >= subject.end_char for s, e in a.mentions)), None)
        # after other words, only a name with an acronym ("Chad's National Commission for ... (CNARR)"), not a
        # generic one the tagger cut ("Puntland's Ministry of Information")
        acronym = found is not None and any(a.isupper() and len(a) > 1 for a in [found.name, *found.aliases])
        return found if plain or acronym else None

    def _seated(self, subject: Span) -> Span | None:
        """ "The health ministry in Damascus": an institution named by what it is, and a place that only says where
        it sits; the words before the place."""
        root = subject.root
        if root.lemma_.lower() not in institution_nouns() or any(t.pos_ == "PROPN" for t in subject if t.i < root.i):
            return None
        at = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "at")), None)
        place = next((o for o in at.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if at else None
        if place is None or self.registry.canonical(subject.text)[0] is not None:
            return None
        return subject.doc[subject.start : at.i]

    def _body_of_members(self, subject: Span) -> Span | None:
        """The organisation whose members or partners speak, when its name is set before them: "Shelter Cluster
        partners", "MSF teams" (an organisation's name, not "Rohingya refugees")."""
        root = subject.root
        if (root.tag_ != "NNS" and root.lower_ != "staff") or root.lemma_.lower() not in _MEMBERS:
            return None
        words = [t for t in subject if t.dep_ == "compound" and t.head == root and t.pos_ == "PROPN"]
        body = [o for p in root.children if p.lower_ in ("from", "of", "with") for o in p.children if o.dep_ == "pobj"]
        if not words and body and (body[0].pos_ == "PROPN" or body[0].ent_type_ == "ORG"):
            return mention_span(body[0])  # "Officials from the Regional Directorate for Humanitarian Action"
        if not words:
            return None
        name = subject.doc[min(t.left_edge.i for t in words) : words[-1].i + 1]  # "Shelter Cluster"
        organisation = any(t.ent_type_ == "ORG" for t in name) or self.registry.canonical(name.text)[0] is not None
        return name if organisation or name[-1].lower_ in institution_nouns() | {"cluster"} else None

    def _placed_only(self, subject: Span) -> bool:
        """ "Local authorities in Mokolo", "health officials in Ayod County": people of a place, named by nothing
        but the place (not a country's government, which the governments stage has linked)."""
        if subject.root.lemma_.lower() not in _GENERIC_BODIES or self._registered(subject, person=False):
            return False
        names = [e for e in ents_in(subject) if e.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
        located = self.registry.places  # the places stage's, whatever the tagger called them ("Mokolo", an ORG)
        places = [e for e in names if e.label_ in ("GPE", "LOC", "FAC") or (e.start_char, e.end_char) in located]
        # "the authorities in Mali" are its government; "local authorities in Mokolo, Cameroon" a town's
        return bool(places) and len(places) == len(names) and fold(places[0].text) not in country_names()

    def _named_person(self, subject: Span, role: str | None) -> bool:
        """A name the tagger missed or called an organisation, set beside a role or introduced with "who"."""
        who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in subject.root.children)
        if self.registry.canonical(subject.text)[0] or not (looks_like_a_name(subject) or (who and _misread(subject))):
            return False
        if subject[0].text in titles() and len(subject) > 1:
            return True  # "Mayor Taras Hnatiuk", "Colonel Jacinto Mabunda"
        if any(t.lower_ in institution_nouns() or t.lower_ in institution_words("name_word") for t in subject):
            return False
        return bool(role) or who

    def _registered_person(self, subject: Span) -> Span | None:
        """A person the entities stage found where the tagger saw an organisation ("army spokesman Major Théophile
        Kasongo Mbuyi"): that person's name, when it holds the mention's head."""
        found = self._registered(subject, person=True)
        if found is None and subject.root.lower_ in role_nouns():
            found = self._apposed_person(subject)
        return subject.doc.char_span(*found[1], alignment_mode="expand") if found else None

    def _apposed_person(self, subject: Span) -> tuple[Actor, tuple[int, int]] | None:
        """ "The mayor of Banibangou, Hamidou Garba": a person the entities stage found (and the tagger missed) set
        after a comma at the end of a role's mention."""
        text = subject.doc.text
        for actor in (a for a in self.registry.actors if a.type == "person" and a.name):
            for start, end in actor.mentions:
                inside = subject.start_char < start and abs(end - subject.end_char) <= 1
                if inside and text[max(0, start - 3) : start].rstrip().endswith(","):
                    return actor, (start, end)
        return None

    def _registered(self, subject: Span, person: bool) -> tuple[Actor, tuple[int, int]] | None:
        """The actor (a person or not) the entities stage found at the mention's head, and that mention."""
        head = subject.root.idx
        for actor in (a for a in self.registry.actors if (a.type == "person") == person and a.name):
            for start, end in actor.mentions:
                if start <= head < end and subject.start_char <= start and end <= subject.end_char:
                    return actor, (start, end)
        return None

    def _name_running_on(self, subject: Span) -> Actor | None:
        """The organisation the entities stage found under a name the parse cut short: one whose mention starts
        where the subject's name does and holds its head, but ends after it."""
        first = subject[1] if len(subject) > 1 and subject[0].lower_ == "the" else subject[0]
        head = subject.root.idx
        for actor in (a for a in self.registry.actors if a.type != "person" and a.name):
            if any(s == first.idx and head < e and e > subject.end_char for s, e in actor.mentions):
                return actor
        return None

    def _surname(self, subject: Span) -> Span | None:
        """ "Bali added", "Mr Lakane said": a lone name the tagger missed (or called an organisation), with or
        without its title, is a person named earlier."""
        start = subject.start
        while start < subject.end - 1 and (is_title(subject.doc[start].text) or subject.doc[start].text in "-."):
            start += 1  # "Mr", "Lt-Col", "Lt.-Col."
        name = subject.doc[start : subject.end]
        titled = start > subject.start and name.root.text[:1].isupper()  # "Mr Tembely", "Tembely" read as an adverb
        alone = len(name) == 1 and (name.root.pos_ == "PROPN" or titled)  # "Bali"; "Bani Tamou" of Moussa Bani Tamou
        several = 1 < len(name) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name)
        earlier = self.registry.by_surname(name.text) if alone or several else None
        sex = TITLE_SEX.get(subject[0].lower_.rstrip(".")) if start > subject.start else None
        if earlier is None or other_sex(earlier.name, sex):
            return None  # "Mrs Obi" after "Peter Obi": someone else of the family
        return name

    def _org_like(self, subject: Span) -> bool:
        root = subject.root
        if self.registry.canonical(subject.text)[0] or root.lemma_.lower() in institution_nouns() | document_nouns():
            return True
        if subject[0].lower_ == "the" and root.pos_ == "NOUN" and described_actor(subject, self.registry):
            return True  # "the charity said", after the medical charity MSF
        if root.lower_ in ("staff", "command") and any(c.lower_ in ("army", "military") for c in root.children):
            return True  # "the army general staff", "the military high command"
        return root.pos_ == "PROPN" or any(
            e.label_ in ("ORG", "NORP", "GPE") and e.start <= root.i < e.end for e in ents_in(subject)
        )

    # -- the cases ---------------------------------------------------------------------------------
    def _person(self, person: Span, subject: Span, role: str | None) -> Resolved:
        span = (person.start_char, person.end_char)  # "the district administrator", already Fernando Cumbe's
        people = (a for a in self.registry.actors if a.type == "person" and a.name)
        described = person.root.is_lower  # a role's words, not a name the registry reads itself
        mentioned = next((a for a in people if span in a.mentions), None) if described else None
        actor = mentioned or self.registry.person(strip_titles(person.text), person.start_char, title_words(person))
        self.registry.moved(span, actor)
        actor.mention(person.start_char, person.end_char, person.text)
        actor.titles |= title_words(person)
        role = role or (_role_words(subject, person) or None) or (actor.roles[0] if actor.roles else None)
        if role:
            self.registry.give_role(actor, role)
        affiliation = actor.affiliation or (self.registry.affiliation_in(role) if role else None)
        speaker = Speaker(name=actor.name, mention=subject.text, role=role, affiliation=affiliation, entity_id=actor.id)
        return Resolved(speaker, actor, 0.9, person=True)

    def _role(self, subject: Span, role: str | None, position: int) -> Resolved:
        root = subject.root
        definite = (
            any(t.lower_ in ("the", "its", "his", "her", "their") or t.dep_ == "poss" for t in subject if t.i < root.i)
            and root.tag_ != "NNS"
        )
        affiliation = self.registry.affiliation_in(subject.text) or _possessor(subject, self.registry)
        head = root.lemma_.lower()
        if definite:
            modifiers = [t.text for t in subject if t.i < root.i and t.dep_ != "det"]
            actor = self.registry.by_role(head, modifiers, position) or self.registry.by_role(
                root.lower_, modifiers, position
            )
            if actor is not None and actor.first > position and not _may_be_named_later(actor, modifiers, position):
                actor = None
            actor = actor or self.registry.recalled(head, modifiers, position)  # "a spokesman ... the spokesman"
            if actor is not None:
                actor.mention(subject.start_char, subject.end_char, subject.text)
                speaker = Speaker(
                    name=actor.name or None,
                    mention=subject.text,
                    role=actor.roles[0] if actor.roles else subject.text,
                    affiliation=actor.affiliation or affiliation,
                    entity_id=actor.id,
                )
                return Resolved(speaker, actor, 0.75 if actor.name else 0.6, person=True)
        plural = root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children)  # "a guard and nurses"
        named = None if plural else self.registry.named_beside(subject)
        if named is not None:  # "A midwife at the health centre, Fatoumata Traoré, said": she is named
            core = subject.doc[subject.start : root.i + 1]  # "A midwife", not the health centre's name with it
            named.mention(core.start_char, core.end_char, core.text)
            self.registry.give_role(named, without_article(subject.text))
            speaker = Speaker(name=named.name, mention=subject.text, role=named.roles[0], entity_id=named.id)
            return Resolved(speaker, named, 0.8, person=True)
        actor = self.registry.anonymous(subject.text, head, (subject.start_char, subject.end_char), plural)
        role = role or without_article(subject.text)
        speaker = Speaker(mention=subject.text, role=role, affiliation=affiliation, entity_id=actor.id)
        return Resolved(speaker, actor, 0.6, person=True, plural=plural)

    def _ranked(self, subject: Span, role: str | None, position: int) -> Resolved:
        """ "The SSP said": the officer named before with that rank, or someone unnamed who holds it."""
        actor = self.registry.by_rank(subject.root.text, position)
        if actor is None:
            return Resolved(Speaker(mention=subject.text, role=role or subject.root.text), None, 0.4, person=True)
        actor.mention(subject.start_char, subject.end_char, subject.text)
        speaker = Speaker(name=actor.name, mention=subject.text, role=actor.roles[0] if actor.roles else None,
                          affiliation=actor.affiliation, entity_id=actor.id)  # fmt: skip
        return Resolved(speaker, actor, 0.75, person=True)

    def _organisation(self, subject: Span, role: str | None) -> Resolved:
        text = subject.text
        government = self._registered(subject, person=False)
        if government is not None and government[0].id in self.registry.governments:  # "the junta said"
            actor = government[0]
            speaker = Speaker(name=actor.name, mention=text, role=role, entity_id=actor.id)
            return Resolved(speaker, actor, 0.7)
        running_on = self._name_running_on(subject)
        if running_on is not None:  # "the Forces Armées de la République Démocratique [du Congo (FARDC)]"
            speaker = Speaker(name=running_on.name, mention=text, entity_id=running_on.id)  # "Congo" is no role
            return Resolved(speaker, running_on, 0.8)
        named = proper_name(subject) if self.registry.canonical(text)[0] is None else None
        if named is not None:
            text = named.text  # "the conflict monitor ACLED" is ACLED
        elif not any(t.pos_ == "PROPN" for t in subject) and self.registry.canonical(text)[0] is None:
            unnamed = self._unnamed(subject)
            if unnamed is not None:
                return unnamed
        if subject.root.lemma_.lower() in document_nouns():
            owner = _owner(subject, self.registry)
            if owner is None:
                # "the statement said": the institution quoted last issued it; but "the previous update" is one
                # of the report's own series
                series = any(t.lower_ in _SERIES for t in subject) and subject.root.lemma_.lower() in _ISSUES
                earlier = self._last(subject.start_char, person=False) if subject[0].lower_ == "the" else None
                earlier = None if series else earlier
                if earlier is None:
                    return Resolved(Speaker(mention=text), None, 0.4)
                speaker = earlier.speaker.model_copy(update={"mention": text})
                return Resolved(speaker, earlier.actor, 0.6, document=True)
            resolved = self._organisation(owner, role)  # "the office's data": whose the office is, too
            return Resolved(resolved.speaker.model_copy(update={"mention": text}), resolved.actor, 0.7)
        governing = _governing_person(subject)
        if governing:
            text = governing
        described = described_actor(subject, self.registry) if subject[0].lower_ == "the" and not governing else None
        if described is None and not governing and not any(t.pos_ == "PROPN" for t in subject):
            registered = self._registered(subject, person=False)  # "the department", linked by the entities stage
            described = registered[0] if registered else None
        starting = self._name_from_head(subject)  # "The Al-Qaeda-linked Group to Support Islam ... (JNIM)"
        actor = (
            described
            or starting
            or self.registry.organisation(without_article(text), subject.start_char, subject.end_char)
        )
        name = actor.name if actor else without_article(text)
        speaker = Speaker(name=name, mention=subject.text, role=role, entity_id=actor.id if actor else None)
        return Resolved(speaker, actor, 0.8)

    def _unnamed(self, subject: Span) -> Resolved | None:
        """An institution without a name: "the agency said" is the one quoted last; "her organisation" is the one
        named last before it; "aid agencies" stay nameless."""
        root = subject.root
        same = self._the_same(subject)
        if same is not None:
            return self._organisation(same, None)
        if subject[0].lower_ in ("his", "her", "their") and root.lemma_.lower() in institution_words("anaphoric"):
            owned = self._named_before(subject)
            if owned is not None:
                return self._organisation(owned, None)
        if root.lemma_.lower() in document_nouns():
            return None  # "a government statement": whose statement, below
        if subject[0].lower_ in ("a", "an", "one"):
            return Resolved(Speaker(mention=subject.text), None, 0.4)  # "a local militia": nameless
        if root.lower_ in institution_words("named_by_role"):
            return None
        if subject[0].lower_ == "the" and root.tag_ != "NNS" and root.lemma_.lower() in institution_words("anaphoric"):
            earlier = self._last(subject.start_char, person=False)
            near = subject.start_char - self._last_position(subject.start_char, False) < 1500
            fitting = earlier is not None and may_describe(subject, earlier.actor, self.registry)  # "the group"
            if fitting and near and self._fits(earlier, root) and self._fits_words(earlier, subject):
                return Resolved(earlier.speaker.model_copy(update={"mention": subject.text}), earlier.actor, 0.6)
        if root.tag_ == "NNS" and subject[0].lower_ not in ("the", "its", "their"):
            return Resolved(Speaker(mention=subject.text), None, 0.4)
        return None

    def _the_same(self, subject: Span) -> Span | None:
        """ "the same administration": the one named before with that word in its name, as it was named."""
        if not any(t.lower_ == "same" for t in subject):
            return None
        doc, word = subject.doc, subject.root.lower_
        before = doc.text[: subject.start_char]
        names = list(re.finditer(rf"(?:[A-Z][\w'’-]*\s+){{1,6}}{re.escape(word.title())}\b", before))
        return doc.char_span(*names[-1].span(), alignment_mode="expand") if names else None  # as the tagger missed

    def _fits(self, earlier: Resolved, root: Token) -> bool:
        """Whether "the <root>" can be the institution quoted last: "the ministry" a ministry, "the agency" an
        agency (IOM is "the UN migration agency"); an institution of another kind keeps its own words."""
        word = root.lemma_.lower()
        if word in ("group", "organisation", "organization", "body", "monitor"):
            return True
        names = [earlier.speaker.name or "", earlier.speaker.mention or ""]
        names += [self.registry.acronyms.get(norm_key(n), "") for n in list(names)]  # "PDMA": its long form
        known = known_actors().get(norm_key(earlier.speaker.name or ""))
        if known is not None:
            names += table_aliases(known.canonical)
        return any(word in name.lower() for name in names)

    def _fits_words(self, earlier: Resolved, subject: Span) -> bool:
        """Whether the nouns describing "the <root>" are the earlier institution's own: "the civil protection
        agency" is not Reuters, though both are agencies; "the directorate of agriculture" no weather service."""
        names = [earlier.speaker.name or "", earlier.speaker.mention or ""]
        known = known_actors().get(norm_key(earlier.speaker.name or ""))
        if known is not None:
            names += table_aliases(known.canonical)
        words = {w for name in names for w in re.findall(r"\w+", name.lower())}
        # "the regional directorate of agriculture" is no meteorological directorate, whatever the kind
        fields = fields_of(subject.root)
        nouns = fields  # compounds tell a news agency apart, and a field ("the agriculture directorate"), but "the
        compounds = [t for t in subject if t.dep_ == "compound" and t.pos_ == "NOUN" and t.head == subject.root]
        if self.registry.is_media(earlier.speaker.name or ""):
            nouns += compounds
        else:  # aid agency" is still WFP
            nouns += [t for t in compounds if t.lower_ not in ANY_FIELD]
        return all(t.lower_ in words or t.lemma_.lower() in words for t in nouns)

    def _named_before(self, subject: Span) -> Span | None:
        """The organisation that the person quoted last was introduced with ("Achol Ring, who heads the charity
        Nile Community Relief"); none when the report gave none."""
        earlier = self._last(subject.start_char, person=True)
        if earlier is None or earlier.actor is None or not earlier.actor.mentions:
            return None
        doc = subject.doc
        start, _ = earlier.actor.mentions[0]
        intro = doc.char_span(start, start + 1, alignment_mode="expand")
        if intro is None:
            return None
        for chunk in noun_chunks(doc):
            after = chunk.sent == intro.sent and chunk.start > intro.start
            if after and chunk.root.lemma_.lower() not in institution_nouns():
                named = proper_name(chunk)
                if named is not None and any(t.lemma_.lower() in institution_words("anaphoric") for t in chunk):
                    return named
        return None

    def _pronoun(self, subject: Span, lower: str, position: int) -> Resolved:
        mention = subject.text
        if lower in _FIRST_PERSON:
            return Resolved(Speaker(mention=mention), None, 0.2, pronoun=True)
        if lower in _PERSON_PRONOUNS:
            sex = "female" if lower in ("she", "her") else "male"
            earlier = self._last(position, person=True, sex=sex)
            actor = self._last_person_mentioned(position, sex)
            said = max((pos for pos, r in self.history if pos < position and r.person and r is earlier), default=-1)
            if actor is not None and (
                earlier is None or said < max((s for s in actor.anchors if s < position), default=-1)
            ):
                earlier = None
            nameless = self._nameless_subject_before(subject)
            last_named = max([said, *(s for s in (actor.anchors if actor else []) if s < position)])
            if nameless is not None and nameless.idx > last_named:
                # "A resident of Pama, reached by telephone, rejected the figure. '...,' he said": the resident
                return Resolved(Speaker(mention=mention_span(nameless).text), None, 0.3, pronoun=True)
            if earlier is None:
                if actor is None:
                    return Resolved(Speaker(mention=mention), None, 0.2, pronoun=True)
                speaker = Speaker(
                    name=actor.name,
                    mention=mention,
                    role=actor.roles[0] if actor.roles else None,
                    affiliation=actor.affiliation,
                    entity_id=actor.id,
                )
                return Resolved(speaker, actor, 0.55, person=True, pronoun=True)
        else:
            earlier = self._same_sentence_subject(subject) or self._recent_institution(subject, position)
        if earlier is None:
            return Resolved(Speaker(mention=mention), None, 0.2, pronoun=True)
        # a nameless source keeps the words that describe it ("A local official in Mandouri"), not "he"
        speaker = (
            earlier.speaker if not earlier.speaker.name else earlier.speaker.model_copy(update={"mention": mention})
        )
        return Resolved(speaker, earlier.actor, 0.7, person=earlier.person, pronoun=True)

    def _last(self, position: int, person: bool, sex: str | None = None) -> Resolved | None:
        for pos, resolved in reversed(self.history):
            if pos < position and resolved.person == person and not self._other_sex(resolved, sex):
                return resolved
        return None

    def _other_sex(self, who: Resolved | Actor, sex: str | None) -> bool:
        """Whether "he" or "she" cannot be this person: by what the report says of them ("a spokeswoman", "Mrs"),
        else by a first name that is clearly of the other sex."""
        actor = who.actor if isinstance(who, Resolved) else who
        name = who.speaker.name if isinstance(who, Resolved) else who.name
        told = sex_told(actor, self.registry.doc) if actor is not None and actor.type == "person" else None
        if told is not None and sex is not None:
            return told != sex
        return other_sex(name, sex)

    def _last_position(self, position: int, person: bool) -> int:
        return max((pos for pos, r in self.history if pos < position and r.person == person), default=-1)

    def _last_person_mentioned(self, position: int, sex: str | None = None) -> Actor | None:
        people = [
            (s, a)
            for a in self.registry.actors
            if a.type == "person" and a.name and not self._other_sex(a, sex)
            for s in a.anchors
            if s < position
        ]
        return max(people, key=lambda p: p[0])[1] if people else None

    def _recent_institution(self, pronoun: Span, position: int) -> Resolved | None:
        """ "UNMISS gave a lower toll. In a statement, it said ...": the institution last quoted, or the one that
        was the subject of the sentence before, whichever came later."""
        earlier = self._last(position, person=False)
        last_said = self._last_position(position, person=False)
        sent = pronoun.sent
        previous = pronoun.doc[sent.start - 1].sent if sent.start > 0 else None
        if previous is None:
            return earlier
        main = [t for t in previous if t.head == previous.root]  # "the army said its forces had ...": the army
        for token in sorted(previous, key=lambda t: t not in main):
            if any(o <= token.idx < c for o, c in self.quoted):
                continue  # a subject inside someone's quotation is theirs, not the report's
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                continue  # "its forces": the institution's own, named before
            named = token.ent_type_ == "ORG" or self.registry.canonical(token.text)[0]
            institution = (token.pos_ == "PROPN" and named) or token.lemma_.lower() in institution_nouns()
            if token.dep_ in ("nsubj", "nsubjpass") and institution and token.idx > last_said:
                return self._organisation(mention_span(token), None)
            crowd = token.dep_ == "nsubj" and token.head == previous.root and token.tag_ == "NNS"
            crowd = crowd and previous.root.lemma_ in cue_lemmas()  # "Residents say ...", not "Gunmen kidnapped ..."
            if crowd and pronoun.text.lower() == "they" and token.idx > last_said and token.ent_type_ != "ORG":
                return Resolved(Speaker(mention=token.text), None, 0.3, pronoun=True)  # "Residents say ... They say"
        return earlier

    def _nameless_subject_before(self, pronoun: Span) -> Token | None:
        """The person the sentence before is about when the report gives no name: "A resident of Pama, reached by
        telephone, rejected the official figure" (a role noun after "a", "an" or "one", the root's subject)."""
        sent = pronoun.sent
        if sent.start == 0:
            return None
        previous = pronoun.doc[sent.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NN" or subject.lemma_.lower() not in role_nouns():
            return None
        article = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in subject.children)
        named = any(t.ent_type_ == "PERSON" for t in previous)  # "A reporter asked General Diarra ...": the general
        quoted = any(o <= subject.idx < c for o, c in self.quoted)
        return subject if article and not named and not quoted else None

    def _same_sentence_subject(self, pronoun: Span) -> Resolved | None:
        """ "the SDF has been slowed by ... tactics it says are ..." : "it" is the sentence's own subject."""
        for token in pronoun.sent:
            if token.i >= pronoun.start:
                break
            if any(o <= token.idx < c for o, c in self.quoted):
                continue
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
                return self._organisation(mention_span(token), None)
        return None


_MEMBERS = frozenset("partner member staff team volunteer worker officer official representative".split())
_FEMALE = frozenset("spokeswoman chairwoman businesswoman woman mother wife widow daughter sister girl".split()) | {
    title for title, sex in TITLE_SEX.items() if sex == "female"
}
_MALE = frozenset("spokesman chairman businessman man father husband son brother boy mr alhaji".split())


def sex_told(actor: Actor, doc: Doc) -> str | None:
    """A person's sex as the report tells it, by a role or title ("a spokeswoman", "Mrs"), or by the possessive
    in what the person is the subject of ("Furaha Masika said her house burned")."""
    for text in [*actor.roles, *actor.titles]:  # the role's first telling word: "the father of a girl" is a man
        word = next((w for w in (w.lower().strip(".,") for w in text.split()) if w in _FEMALE | _MALE), None)
        if word is not None:
            return "female" if word in _FEMALE else "male"
    told = set()
    for start, end in actor.mentions:
        name = doc.char_span(start, end, alignment_mode="expand")
        if name is None or name.root.dep_ != "nsubj" or name.root.ent_type_ != "PERSON":
            continue
        clause = [t for t in name.root.head.subtree if t.i >= name.end]
        others = any(t.ent_type_ == "PERSON" or t.lower_ in _FEMALE | _MALE for t in clause)
        owners = {t.lower_ for t in clause if t.dep_ == "poss" and t.lower_ in ("her", "his")}
        if len(owners) == 1 and not others:
            told.add("female" if owners == {"her"} else "male")
    return told.pop() if len(told) == 1 else None


def _may_be_named_later(actor: Actor, modifiers: list[str], position: int) -> bool:
    """ "..., the regional governor said" in a lead, and "Gov. Andrii Koval wrote" below it: a role may be the
    person named after it, in a story's lead, when the description's own words fit that person's role (not "the
    military spokesman" for the Hamas spokesman)."""
    words = " ".join([*actor.roles, actor.affiliation or "", *actor.titles]).lower()
    own = [m.lower() for m in modifiers if m.lower() not in _ANY_OFFICE_WORD]
    return position <= _LEAD and all(m in words for m in own)


def _person_in(subject: Span) -> Span | None:
    """The person named in a speaker mention, unless it is only a possessor ("Trump's administration")."""
    for ent in ents_in(subject):
        if ent.label_ == "PERSON" and ent.start <= subject.root.i < ent.end and not ent.text.endswith(("'s", "’s")):
            return ent
    found = ents_in(subject)
    last = found[-1] if found else None  # "the UN humanitarian coordinator for Yemen, Ingrid Solheim"
    if last is not None and last.label_ == "PERSON" and subject.start < last.start and last.end >= subject.end - 1:
        comma = last.start - 1
        while comma > subject.start and is_title(subject.doc[comma].text):
            comma -= 1  # "A Catholic priest in Wapenamanda, Father Nicholas Yalu,"
        if subject.doc[comma].text == "," and subject.root.lower_ in role_nouns():
            return last
    doc = subject.doc
    person_noun = subject.root.lower_ in role_nouns() or subject.root.lemma_.lower() in role_nouns()
    for clause in (c for c in subject.root.children if c.dep_ in ("relcl", "acl") and person_noun):
        words = doc[clause.left_edge.i : clause.right_edge.i + 1]
        named = _ONLY_NAME.search(words.text)  # "a farmer who gave only his first name, Wilner"
        if named:
            return doc.char_span(words.start_char + named.start(1), words.start_char + named.end(1))
    if subject.root.lower_ in role_nouns() and subject.end + 1 < len(doc) and doc[subject.end].text == ",":
        at = subject.end + 1
        while at < len(doc) and is_title(doc[at].text):
            at += 1  # "the regional governor, Colonel Moussa Kante"
        beside = next((e for e in ents(doc) if e.start == at and e.label_ == "PERSON"), None)
        closed = beside is not None and beside.end < len(doc) and doc[beside.end].text == ","
        if closed and not beside.text.endswith(("'s", "’s")):  # not "the spokesman, Ibrahim Bako was among"
            return beside  # "Its spokesman, Khaing Min Thway, told ...", the name the parser left outside
    if subject.root.pos_ == "PROPN" and subject.root.ent_type_ == "" and subject.root.text[:1].isupper():
        # The small model sometimes leaves a surname untagged ("Bali added"): accept a known surname only.
        return subject if len(subject) == 1 and subject.root.is_title and _looks_like_surname(subject) else None
    return None


_ONLY_NAME = re.compile(
    r"\b(?:(?:gave|giving|gives|give|using|used)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|family\s+)?"
    r"name(?:\s+as)?,?|identified\s+(?:only\s+)?as|named\s+only\s+as)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _looks_like_surname(span: Span) -> bool:
    registry_names = [e.text for e in ents(span.doc) if e.label_ == "PERSON"]
    return any(name.split()[-1] == span.text for name in registry_names)


def _role_words(subject: Span, person: Span) -> str:
    """ "SDF spokesman Mustafa Bali" -> "SDF spokesman"."""
    end = person.start
    while end > subject.start and (is_title(subject.doc[end - 1].text) or subject.doc[end - 1].is_punct):
        end -= 1  # "A priest in Wapenamanda, Father Nicholas Yalu": the role stops before the comma and the title
    words = [t.text for t in subject.doc[subject.start : end] if t.lower_ not in ("the", "a", "an")]
    text = " ".join(words).strip(" ,")
    return text if any(w.lower() in role_nouns() for w in text.split()) else ""


def _possessor(subject: Span, registry: Registry) -> str | None:
    for token in subject:
        if token.dep_ == "poss" and token.pos_ == "PROPN":
            name, _ = registry.canonical(token.text)
            return name or token.text
    return None


# "data compiled by ACLED", "a report issued by the ministry", "figures he shared": whoever did this owns the document
AUTHORED = frozenset(
    "compile collect gather issue release publish prepare produce conduct keep analyse analyze share provide".split()
)


def _owner(subject: Span, registry: Registry) -> Span | None:
    """ "a statement from the army" / "the army's statement" -> "the army"."""
    carried = {
        t.i
        for c in subject.root.children
        if c.dep_ in ("acl", "relcl") and (c.lemma_ not in AUTHORED or _by_media(c, registry))
        for t in c.subtree
    }
    for token in subject.root.subtree:
        if token.i in carried:
            continue  # "a statement read on state television": the outlet carried it, it does not own it
        institution = token.pos_ == "PROPN" or token.lemma_.lower() in institution_nouns()
        owning = token.dep_ in ("pobj", "poss") or (token.dep_ == "compound" and institution)
        author = token.dep_ == "nsubj" and token.head.dep_ == "relcl" and token.head.head == subject.root
        owning = owning or (author and token.head.lemma_ in AUTHORED)  # "figures he shared"
        if token != subject.root and owning and token.pos_ in ("PROPN", "NOUN"):  # "an IOM assessment"
            owner = mention_span(token)
            return owner if owner.root.lemma_.lower() not in document_nouns() else None
    return None


def _by_media(clause: Token, registry: Registry) -> bool:
    """ "a statement published by the state news agency SUNA": the outlet carried it, it did not write it."""
    agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any(registry.is_media(mention_span(o).text) or carried_by_media(mention_span(o)) for o in agents)


def _governing_person(subject: Span) -> str | None:
    """ "U.S. President Donald Trump's administration" -> "Trump administration"."""
    if subject.root.lower_ not in institution_words("government"):
        return None
    for ent in ents_in(subject):
        name = re.sub(r"['’]s$", "", ent.text)
        possessive = name != ent.text or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS")
        of = ent.root.head.lower_ == "of" and ent.root.head.head == subject.root  # "the government of Abiy Ahmed"
        owner = possessive or of  # not "the Badghis governor's office"
        if ent.label_ == "PERSON" and owner and fold(name) not in country_names():  # not "Burkina Faso’s", mistagged
            surname = strip_titles(name).split()[-1]
            return f"{surname} {subject.root.lower_}"
    return None


def an_institution(subject: Span, registry: Registry) -> bool:
    """Whether a speaker is an institution that gives what it cites as its own figure (OCHA, the ministry, the
    army), rather than an outlet that relays it (AFP, "state media", a paper the alias table does not know)."""
    text = without_article(subject.text)
    if registry.is_media(text) or registry.is_media(subject.text):
        return False
    name, kind = registry.canonical(text)
    if name is not None:
        return kind != "news agency"
    return subject.root.lemma_.lower() in institution_nouns()


def _misread(subject: Span) -> bool:
    """ "Ojulu Omot, who heads the bureau": two or three capitalised words ending in a proper noun, the first of which
    the tagger took for a verb or an adjective, and none a word for a role or a body."""
    words = [t for t in subject if not t.is_punct]
    plain = all(t.text[:1].isupper() and t.is_alpha for t in words) and words[-1].pos_ == "PROPN"
    common = any(t.lower_ in role_nouns() or t.lower_ in description_nouns() for t in words)
    return 2 <= len(words) <= 3 and plain and not common
