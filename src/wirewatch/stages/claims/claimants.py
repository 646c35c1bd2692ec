"""Who claims a number, and through whom.

Mostly the quotes stage has decided already: a number inside a quotation belongs to the innermost quotation's
speaker and relay chain. Two kinds of claim are not quotations: an estimate ("the corporation estimated the damage
at $38 million", "he put the number of attackers at about 150") and a headline that ends in its source
("..., UN agencies say").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ...models import Claimant, Quote
from ..descriptions import described_actor
from ..entities import Registry
from ..names import institution_words, role_nouns, strip_titles
from ..nlp import ents_in
from ..people import other_sex, title_words
from ..quotes.attribution import mention_span, outlet_name, proper_name
from ..quotes.speakers import an_institution, document_nouns, institution_nouns, sex_told

# verbs whose subject gives the figure: "estimated the damage at", "counts 400,000", "had reported five dead"
ESTIMATE_VERBS = frozenset(
    ["estimate", "put", "count", "record", "register", "tally", "document", "report", "confirm", "verify"]
)
_FIGURES = frozenset("figure datum data statistic record count tally estimate toll".split())
_PRONOUNS = frozenset(["he", "she", "it", "they", "we"])
_SHOWING = frozenset("image imagery photo photograph footage map".split())
_HEADLINE_SOURCE = re.compile(r",\s*([^,]{2,60}?)\s+(?:say|says|said|claims?|reports?)\s*$", re.IGNORECASE)


def innermost(quotes: list[Quote], start: int, end: int) -> int | None:
    """The index of the shortest quotation that holds the span: nested speech belongs to the inner speaker, unless
    the inner one has no speaker at all (a quoted phrase inside "X said ...")."""
    holding = [i for i, q in enumerate(quotes) if q.start <= start and end <= q.end]
    known = [i for i in holding if quotes[i].speaker.name or quotes[i].speaker.mention]
    named = [i for i in known if quotes[i].speaker.name]
    if named and len(known) > len(named) and all(_hearsay(quotes[i]) for i in known if i not in named):
        known = named  # "Its chairman, Aminu Danladi, said families had reported more than 150 missing": his figure
    return min(known or holding, key=lambda i: quotes[i].end - quotes[i].start) if holding else None


def _hearsay(quote: Quote) -> bool:
    """A nameless crowd that told someone named ("families", "residents", "witnesses")."""
    words = (quote.speaker.mention or "").split()
    return bool(words) and words[-1].islower() and words[-1].endswith("s") and not quote.speaker.name


# a nameless speaker who voices the organisation ("a UNHCR spokesperson", "WFP market monitors"), unlike an
# official speaking on condition of anonymity, whose figure stays unattributed
_VOICE = re.compile(r"\b(?:spokes(?:man|woman|person|persons|people)|monitors|teams?|representatives?)\b", re.I)


def from_quote(quote: Quote | None, registry: Registry) -> Claimant | None:
    """The claimant of a number a quotation holds: its speaker, and for a nameless one ("a UNHCR spokesperson"),
    the organisation the speaker speaks for."""
    if quote is None or not (quote.speaker.name or quote.speaker.mention):
        return None
    speaker = quote.speaker
    official = speaker.mention is not None and _VOICE.search(speaker.mention) is not None
    if speaker.name is None and speaker.affiliation and official and "former" not in speaker.mention.lower():
        name = registry.canonical(speaker.affiliation)[0]
        actor = next((a for a in registry.actors if name and a.name == name and a.mentions), None)
        if actor is not None:
            return Claimant(name=actor.name, mention=speaker.mention, entity_id=actor.id)
    return Claimant(name=speaker.name, mention=speaker.mention, entity_id=speaker.entity_id)


def estimator(verb: Token, quotes: list[Quote], registry: Registry) -> tuple[Claimant | None, list[str]]:
    """The subject of an estimating verb; "he" or "it" is the speaker of the quotation just before. Who could not
    confirm a figure claims nothing ("AFP could not independently confirm 40 deaths")."""
    if any(c.dep_ == "neg" for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lemma_ in ("unable", "fail")):
        return None, []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head  # "Ajak, who had put the toll at 32"
        if subject.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            return None, []  # the parser hung the relative clause on the wrong noun
    if subject is None:
        return None, []
    named_beside = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named_beside is not None and subject.pos_ == "NOUN":
        subject = named_beside  # "the administrator of Masisi territory, Jean-Pierre Bahati Mulume, put the toll at 12"
    if subject.lower_ in _PRONOUNS:
        kind = "P" if subject.lower_ in ("he", "she") else "O"  # a person's or an institution's entity id
        earlier = [q for q in quotes if q.end <= verb.idx and (q.speaker.entity_id or "").startswith(kind)]
        sex = {"he": "male", "she": "female"}.get(subject.lower_)
        earlier = [q for q in earlier if not _of_the_other_sex(q, sex, registry)]  # "he revised" is no woman's
        said = earlier[-1].end if earlier else -1
        person = _person_named_since(verb, sex, said, registry) if sex else None
        if person is not None:  # "the administrator, Jean-Pierre Bahati Mulume, put the toll at 12 ... he revised it"
            return Claimant(name=person.name, mention=subject.text, entity_id=person.id), []
        if not earlier or verb.idx - earlier[-1].end > 600:
            return None, []
        return from_quote(earlier[-1], registry), list(earlier[-1].via)
    beside = [*verb.children, *subject.children]  # "AMAP, citing a security official, gave a toll of 26"
    cited = next((c for c in beside if c.lemma_ in ("cite", "quote") and c.dep_ in ("advcl", "acl")), None)
    agent = next(
        (o for c in (cited.children if cited is not None else ()) if c.dep_ == "agent" for o in c.children), None
    )
    if agent is not None and agent.dep_ == "pobj":  # "The state government, quoted by SUNA, gave a toll of seven"
        return named(mention_span(subject), registry), [outlet_name(mention_span(agent), registry)]
    source = next((c for c in cited.children if c.dep_ in ("dobj", "pobj")), None) if cited is not None else None
    if source is not None and _a_source(source):  # "Citing the ministry, the Saba news agency reported 34 deaths"
        relay = named(mention_span(subject), registry)
        cited_by = named(mention_span(source), registry)
        owner = an_institution(mention_span(subject), registry)  # OCHA citing "local authorities" owns the figure
        if not owner or (cited_by is not None and cited_by.name):
            return cited_by, [relay.name] if relay is not None and relay.name else []
    return named(mention_span(subject), registry), []


def _person_named_since(verb: Token, sex: str, since: int, registry: Registry):
    """The one person of that sex (or of no told sex) who was a sentence's subject after the quotation read last,
    within the sentence or two before: the "he" of "he revised the toll"."""
    people = [
        (max(s for s in a.anchors if since < s < verb.idx), a)
        for a in registry.actors
        if a.type == "person" and a.name and any(since < s < verb.idx and verb.idx - s < 600 for s in a.anchors)
    ]
    people = [(s, a) for s, a in people if (sex_told(a, registry.doc) or sex) == sex and not other_sex(a.name, sex)]
    return max(people, key=lambda p: p[0])[1] if len(people) == 1 else None


def _of_the_other_sex(quote: Quote, sex: str | None, registry: Registry) -> bool:
    """Whether "he" or "she" cannot be this quote's speaker, by what the report tells of them or their first name."""
    actor = next((a for a in registry.actors if a.id == quote.speaker.entity_id), None)
    if sex is None or actor is None:
        return False
    told = sex_told(actor, registry.doc)
    return told != sex if told is not None else other_sex(actor.name, sex)


def _a_source(token: Token) -> bool:
    """Whether what is cited can speak: a name or an institution, not "security concerns" nor "its own teams"."""
    own = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in token.children)
    named = token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
    nouns = institution_nouns() | institution_words("anaphoric") | role_nouns()
    return not own and (named or token.lemma_.lower() in nouns)


def figures_owner(verb: Token) -> Span | None:
    """ "Civil defence figures show its teams responded to 112 attacks", "satellite images analysed by X showed
    1,300 homes burned": whose figures or images show it."""
    for shower in [verb, *list(verb.ancestors)[:2]]:
        if shower.lemma_ not in ("show", "indicate", "suggest", "reveal", "find"):
            continue
        data = next((c for c in shower.children if c.dep_ == "nsubj"), None)
        if data is not None and data.lemma_.lower() in _FIGURES:
            owner = next((c for c in data.children if c.dep_ in ("compound", "poss", "nmod")), None)
            source = [o for p in data.children if p.lower_ in ("from", "by", "of") for o in p.children]
            owner = owner or next((o for o in source if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")), None)
            if owner is not None:
                return mention_span(owner)
        if data is not None:
            owner_span = _document_owner(mention_span(data))
            if owner_span is not None:
                return owner_span
    return None


def figure_owner(number: Token) -> Span | None:
    """ "an earlier army toll of 11", "the ministry's count of 40", "the directorate's figure had risen to 27", "the
    ministry's count had reached 31": whose figure the number is."""
    of = number.head if number.dep_ == "pobj" else None
    risen = of.head if of is not None and of.lower_ in ("to", "at") and of.head.pos_ == "VERB" else None
    reached = number.head if number.dep_ in ("dobj", "attr") and number.head.lemma_ in ("reach", "hit") else None
    if risen is not None or reached is not None:
        verb = risen or reached
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in _FIGURES), None)
        return _document_owner(mention_span(subject)) if subject is not None else None
    if of is None or of.lower_ not in ("of", "at") or of.head.lemma_ not in _FIGURES:
        return None
    return _document_owner(mention_span(of.head))


def _document_owner(span: Span) -> Span | None:
    """Whose document or figures a mention names: "MoHA's assessment", "an IOM survey", "images analysed by X"."""
    root = span.root
    if root.lemma_.lower() not in _FIGURES | _SHOWING | document_nouns():
        return None
    for child in root.children:
        institution = child.pos_ == "PROPN" or child.lemma_.lower() in institution_nouns()
        dated = child.ent_type_ in ("DATE", "TIME")  # "the January report", "a Tuesday statement"
        if child.dep_ in ("poss", "compound") and institution and not dated and child.lower_ not in _PRONOUNS:
            return mention_span(child)
        if child.dep_ == "acl":  # "images analysed by the Sudan Conflict Observatory"
            agent = next((a for a in child.children if a.dep_ == "agent"), None)
            owner = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
            if owner is not None:
                return mention_span(owner)
    return None


def headline_source(headline: Span, registry: Registry) -> Claimant | None:
    """ "Tens of thousands flee after raid on Meluco, UN agencies say": the source a headline ends with."""
    found = _HEADLINE_SOURCE.search(headline.text)
    if found is None:
        return None
    span = headline.char_span(found.start(1), found.end(1))
    return named(span, registry) if span is not None else None


def named(span: Span, registry: Registry) -> Claimant:
    """A claimant from the words naming it, named as the quotes stage names speakers: a known organisation by its
    printed name, "the agency Lusa" by its name, "the port authority" by what it is; "aid agencies" by nothing."""
    if len(span) > 1 and span[-1].tag_ == "POS":
        span = span[:-1]  # "The district administration's" of "... first estimate"
    text = span.text
    owner = _document_owner(span)
    if owner is not None and owner.root != span.root:  # never the document again ("the death count record")
        return named(owner, registry).model_copy(update={"mention": text})  # "MoHA's preliminary assessment"
    if span.root.lemma_.lower() in document_nouns() and span[0].lower_ in ("the", "a", "an"):
        return Claimant(name=None, mention=text)  # "The January report": whose, the sentence does not say
    owner = _owner_named_before(span, registry)
    if owner is not None:  # "His office later revised the toll": the office of the man named before
        return Claimant(name=owner.name, mention=text, entity_id=owner.id)
    body = span.root.lemma_.lower() in institution_words("institution")  # "the Borno government", Borno a "person"
    person = next(
        (
            e
            for e in ents_in(span)
            if e.label_ == "PERSON" and not _where_from(e, span) and not (body and e.root != span.root)
        ),
        None,
    )
    words = person.text if person else text
    actor = registry.by_surname(words, span.start_char) if len(text.split()) <= 3 else None
    if actor is not None and actor.first > span.start_char:
        actor = None  # "Minister Ahmed" is not the nurse Fadumo Ahmed, introduced after
    if actor is not None or person is not None:
        actor = actor or registry.person(strip_titles(person.text), person.start_char, title_words(person))
        return Claimant(name=actor.name, mention=text, entity_id=actor.id)  # "Ajak, who had put the toll at 32"
    if span[0].lower_ == "the" and not any(t.pos_ == "PROPN" for t in span):
        described = described_actor(span, registry)  # "the ministry put damage at ...": the ministry named before
        if described is not None:
            return Claimant(name=described.name, mention=text, entity_id=described.id)
    located = [t for t in span if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "at")]
    seated = located and span.root.lemma_.lower() in institution_nouns() and located[0].head.head == span.root
    if seated and not any(t.pos_ == "PROPN" and t.i < located[0].head.i for t in span):  # "The ministry in Damascus"
        return named(span.doc[span.start : located[0].head.i], registry).model_copy(update={"mention": text})
    proper = proper_name(span)
    placed = [t for t in span if t.pos_ == "PROPN" and _where_from(t, span)]
    if placed and not any(t.pos_ == "PROPN" and t not in placed for t in span):
        return Claimant(name=None, mention=text)  # "a second official in Ménaka": nameless, not the town
    name = registry.canonical(text)[0] or (registry.canonical(proper.text)[0] or proper.text if proper else None)
    root = span.root
    if name is None and (any(t.pos_ == "PROPN" for t in span) or root.lemma_.lower() in institution_nouns()):
        generic = root.tag_ == "NNS" and span[0].lower_ not in ("the", "its", "their")
        name = None if generic else re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    actor = registry.organisation(name, span.start_char, span.end_char) if name else None
    return Claimant(name=actor.name if actor else None, mention=text, entity_id=actor.id if actor else None)


def _owner_named_before(span: Span, registry: Registry):
    """The person "his office" or "her ministry" belongs to: the one named last before it."""
    if span[0].lower_ not in ("his", "her") or span.root.lemma_.lower() not in institution_nouns():
        return None
    people = [(max(s for s, _ in a.mentions if s < span.start_char), a) for a in registry.actors
              if a.type == "person" and a.name and any(s < span.start_char for s, _ in a.mentions)]  # fmt: skip
    return max(people, key=lambda p: p[0])[1] if people else None


def _where_from(name: Span | Token, span: Span) -> bool:
    """Whether a name only says where someone described is ("an official in Ménaka", "a resident of Gao")."""
    root = name.root if isinstance(name, Span) else name
    apposed = isinstance(name, Span) and name.label_ == "PERSON" and len(name) > 1 and name.start > 0
    if apposed and name.doc[name.start - 1].text == ",":
        return False  # "the coordinator of civil society in Djugu, Jean-Bosco Lossa": a name set beside the role
    while root.dep_ in ("appos", "conj", "compound") and root.head != root:
        root = root.head  # "an official in Djugu, Ituri": the province says where, too
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("in", "from", "at", "near", "of")
        and root.head.head == span.root
        and span.root.lemma_.lower() in role_nouns()
    )
