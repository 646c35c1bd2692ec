"""Attribution inside a span of text: the cue verb, its speaker's mention, and the news relays named there."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..._data import data_lines
from ..entities import Registry
from ..gazetteer import gazetteer
from ..names import (
    BACKING,
    actor_names,
    alias_spellings,
    institution_words,
    is_title,
    known_actors,
    norm_key,
    role_nouns,
    titles,
)
from ..nlp import ents, ents_in, noun_chunks
from ..nlp import text as doc_text
from ..people import first_name

_SUBJECTS = ("nsubj", "nsubjpass")
_NOUNISH = ("PROPN", "NOUN", "PRON")
_INHERIT = ("advcl", "conj", "xcomp", "pcomp", "prep", "acl")
_CITE = ("cite", "quote")


_WHERE = frozenset(("in", "near", "at", "across", "around"))  # a place never speaks: "a group in the Sahel, which said"


def _apposed_to(token: Token) -> Token:
    """The name an apposition describes ("Ghulam Rasool, a day labourer"): its head, or, where the parser hung the
    apposition on the verb, the name just before its comma ("... (JNIM), al-Qaeda's affiliate")."""
    if token.dep_ != "appos":
        return token
    before = next((t for t in reversed(token.doc[: token.left_edge.i]) if not t.is_punct), None)
    if token.head.pos_ in _NOUNISH and (before is None or before in token.head.subtree):
        return token.head  # not "The attack was claimed by X, al-Qaeda's affiliate", parsed as the attack's
    return before if before is not None and before.pos_ in ("PROPN", "NOUN") else token


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(line.split()[0] for line in data_lines("cue_verbs.txt"))


@cache
def indirect_lemmas() -> frozenset[str]:
    return frozenset(line.split()[0] for line in data_lines("cue_verbs.txt") if line.endswith(" indirect"))


@dataclass
class Found:
    """What a zone says about who speaks: the cue, the speaker's words, the relays, a cited source."""

    cue: Token
    subject: Span | None
    role: str | None = None
    via: list[str] = field(default_factory=list)
    cited: Span | None = None  # "Citing SANA, AP notes ...": SANA speaks, AP relays

    def name_speaker(self, subject: Span | None, registry: Registry) -> None:
        """Set the speaker from the subject's words: past a carrying outlet, to the name in apposition."""
        self.subject = past_the_carrier(subject, registry)
        if self.subject is not None:
            self.role, named = role_of(self.subject)
            if named is not None:
                self.subject = named


def is_cue(token: Token) -> bool:
    return (token.lemma_.lower() in cue_lemmas() and token.pos_ in ("VERB", "AUX")) or _according(token)


def _according(token: Token) -> bool:
    return token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to"


def attribute(doc: Doc, tokens: list[Token], registry: Registry, near: int) -> Found | None:
    """The attribution among ``tokens`` (a zone outside the quote), preferring the cue nearest char ``near``."""
    cues = [t for t in tokens if is_cue(t)]
    if not cues:
        return _quoting(tokens, registry)
    inside = {t.i for t in tokens}
    cue = _governing_cue(doc, cues, near) or min(cues, key=lambda t: abs(t.idx - near))
    subject = subject_of(cue, inside)
    if subject is None:
        for other in sorted(cues, key=lambda t: abs(t.idx - near)):
            subject = subject_of(other, inside)
            if subject is not None:
                break
    found = Found(cue=cue, subject=None)
    found.name_speaker(subject, registry)
    found.cited = cited_source(cue, inside)
    found.via = relays(doc, tokens, registry, exclude=_span_ids(found.subject, found.role, doc))
    return found


def _quoting(tokens: list[Token], registry: Registry) -> Found | None:
    """ "The statement quoted its emergency coordinator, Lucas Moreau: '...'": the one quoted speaks the words
    after the colon."""
    if not tokens or tokens[-1].text != ":":
        return None
    verb = next((t for t in reversed(tokens) if t.lemma_ in _CITE and t.pos_ == "VERB"), None)
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if quoted is None:
        return None
    inside = {t.i for t in tokens}
    named = [e for e in ents(quoted.doc) if e.label_ == "PERSON" and e.start > quoted.i and e.start in inside]
    found = Found(cue=verb, subject=None)
    found.name_speaker(named[-1] if named else mention_span(quoted), registry)
    return found


def _quoted_as_saying(cue: Token, inside: set[int]) -> Span | None:
    """ "RTA quoted the spokesman, X, as saying that ...": the one quoted speaks; the quoting outlet relays."""
    verb = cue.head.head if cue.lower_ == "saying" and cue.head.lower_ == "as" else cue
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if verb.lemma_.lower() not in _CITE or prep is None or not any(c.lower_ == "saying" for c in prep.children):
        return None
    quoted = next((c for c in verb.children if c.dep_ == "dobj" and c.i in inside), None)
    if quoted is None:
        return None
    named = [e for e in ents(cue.doc) if e.label_ == "PERSON" and quoted.i < e.start < prep.i]
    return named[-1] if named else mention_span(quoted)  # "the spokesman ..., X, as saying": X by name


def past_the_carrier(subject: Span | None, registry: Registry) -> Span | None:
    """ "In a statement carried by the agency Bakhtar, the governor's office said": the parser may make the
    carrying outlet the subject and the speaker its apposition; the outlet is a relay, the speaker speaks."""
    if subject is None or not registry.is_media(subject.text):
        return subject
    speaker = next((c for c in subject.root.children if c.dep_ == "appos" and c.i > subject.root.i), None)
    return mention_span(speaker) if speaker is not None else subject


def _governing_cue(doc: Doc, cues: list[Token], near: int) -> Token | None:
    """The outermost cue that governs the words at ``near`` ("X told AFP the SDF expects to announce 'soon'")."""
    inner = next((t for t in doc if t.idx >= near), None)
    if inner is None:
        return None
    ancestors = list(inner.ancestors)
    governing = [t for t in ancestors if t in cues]
    return governing[-1] if governing else None


def subject_of(cue: Token, inside: set[int]) -> Span | None:
    """The speaker's noun phrase for a cue verb: its subject, its governor's subject, or the name after it."""
    if _according(cue):
        obj = next((c for c in cue.nbor().children if c.dep_ == "pobj"), None)
        return mention_span(obj) if obj is not None and obj.i in inside else None
    quoted = _quoted_as_saying(cue, inside)
    if quoted is not None:
        return quoted
    head = cue
    for _ in range(4):
        owner = _carried_statement_owner(head, inside)
        if owner is not None:
            return owner
        subj = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i in inside), None)
        if subj is not None and subj.tag_ in ("WP", "WDT") and head.dep_ == "relcl":
            antecedent = head.head  # "Ghulam Rasool, a day labourer, who said ...": the relative's antecedent
            where = antecedent.head
            if antecedent.dep_ == "pobj" and where.lower_ in _WHERE and where.head.pos_ in _NOUNISH:
                antecedent = where.head  # "JNIM, al-Qaeda's affiliate in the Sahel, which said": not the Sahel
            return mention_span(_apposed_to(antecedent))
        if subj is not None:
            named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None and subj.pos_ in ("NUM", "PRON"):
                return mention_span(named)  # "One of them, Hawa Abakar, said"
            return mention_span(subj)
        if head.dep_ not in _INHERIT or head.head is head or head.pos_ == "NOUN":
            break
        head = head.head
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and before.dep_ == "appos" and before.i in inside and before.pos_ in _NOUNISH:
        return mention_span(before)  # "In a statement read on MRTV, the True News Information Team said"
    known = _known_name_before(cue, inside) or _person_before(cue, inside)
    if known is not None:
        return known
    # inverted attribution: "..., said Mustafa Bali, a spokesman ..."
    after = [t for t in cue.doc[cue.i + 1 : min(cue.i + 5, cue.sent.end)] if t.ent_type_ not in ("DATE", "TIME")][:2]
    for token in after:  # "said Thursday" names a day, not a speaker
        if token.i in inside and token.pos_ in _NOUNISH and not token.is_punct:
            return mention_span(_phrase_head(token, inside))
    return None


_CARRY = frozenset("carry publish broadcast air run print relay post".split())


def _carried_statement_owner(verb: Token, inside: set[int]) -> Span | None:
    """ "the newspaper carried a statement by the army's information team saying ...": the team speaks, the
    newspaper that carried its statement relays it."""
    if verb.lemma_.lower() in institution_words("document") and verb.head.lemma_ in _CARRY:
        statement, verb = verb, verb.head  # "saying" hung on the statement
    elif verb.lemma_ in _CARRY:
        statement = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in institution_words("document")), None
        )
    else:
        return None
    if statement is None:
        return None
    for holder in (statement, verb):  # the parser hangs "by ..." or "from ..." on either
        by = next((c for c in holder.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        place = owner is not None and _a_place(mention_span(owner))  # "a report from El Fasher"
        if owner is not None and owner.i in inside and not place:
            return mention_span(owner)
    owner = next((c for c in statement.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return mention_span(owner) if owner is not None and owner.i in inside else None


def _a_place(span: Span) -> bool:
    """Whether words name a place rather than an actor: the tagger's place, or a gazetteer name no actor bears."""
    if span.root.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if span.root.pos_ != "PROPN" or span.root.ent_type_ == "PERSON" or norm_key(span.text) in known_actors():
        return False  # "a statement by the police", "by Ruto": villages of those names are not meant
    return bool(gazetteer().lookup(re.sub(r"^the ", "", span.text, flags=re.I)))


def carried_by_media(span: Span) -> bool:
    """ "the state news agency", "state television": words for an outlet, named or not."""
    return any(t.lower_ in _MEDIA_NOUNS for t in span)


_MEDIA_NOUNS = frozenset(
    (
        "agency",
        "television",
        "tv",
        "channel",
        "radio",
        "broadcaster",
        "newspaper",
        "daily",
        "station",
        "network",
        "news",
        "website",
        "magazine",
        "weekly",
        "outlet",
        "portal",
    )
)


def proper_name(span: Span) -> Span | None:
    """The name inside a described mention: "the conflict monitor ACLED" is ACLED, "the state news agency Saba"
    is Saba, "Houthi-run Al-Masirah television" is Al-Masirah."""
    doc = span.doc
    opening = next((t.i for t in span if t.text == "("), None)
    if opening is not None and opening > span.start:
        span = doc[span.start : opening]  # "the Ombudsman's Office (Defensoría del Pueblo)": the name before
    for child in span.root.children:
        # "Office (Defensoría del Pueblo)": a name in brackets is another language's, not the one to print
        bracketed = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == "(" and not child.text.isupper()
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i >= span.end - 1 and not bracketed:
            return _name_run(doc, child.i + 1, child.left_edge.i)
    after = span.end
    while after < len(doc) and doc[after].pos_ == "PROPN" and doc[span.end - 1].pos_ == "NOUN":
        after += 1  # "Citing the state news agency Saba": the parse left the name outside the phrase
    if after > span.end:
        return doc[span.end : after]
    end = span.end
    while end > span.start and doc[end - 1].is_punct:
        end -= 1
    start = _run_start(doc, end, span.start)
    while start > span.start and doc[start - 1].text.isupper() and doc[start - 1].is_alpha:
        start -= 1  # "the WASH Sector": an acronym the tagger read as a noun begins the name
    if start < end and start > span.start and doc[start - 1].pos_ == "NOUN":
        return doc[start:end]  # "the Portuguese news agency Lusa"
    last = end
    while last - span.start >= 2 and doc[last - 1].lower_ in _MEDIA_NOUNS and doc[last - 1].text.islower():
        last -= 1  # "its Andalus radio station" is Andalus; "Syria TV" keeps its "TV"
    start = _run_start(doc, last, span.start)
    if last < end and start < last:
        return doc[start:last]  # "Al-Masirah television", "its Andalus radio station"
    return None


def _run_start(doc: Doc, end: int, floor: int) -> int:
    """Where the run of capitalised proper nouns (hyphens inside allowed) ending before ``end`` starts."""

    def proper(k: int) -> bool:  # "Inter-Services Public Relations": a capitalised word the tagger put in a name
        named = doc[k].ent_type_ in ("ORG", "PERSON", "GPE", "FAC", "NORP") and doc[k].pos_ != "DET"
        return (doc[k].pos_ == "PROPN" or named) and doc[k].text[:1].isupper()

    def joined(k: int) -> bool:  # "Sudan People's Liberation Movement": a hyphen or a possessive inside a name
        return (doc[k].text == "-" or doc[k].tag_ == "POS") and floor < k < end - 1 and proper(k - 1) and proper(k + 1)

    i = end
    while i > floor and (proper(i - 1) or joined(i - 1)):
        i -= 1
    return i


def _name_run(doc: Doc, end: int, floor: int) -> Span:
    return doc[_run_start(doc, end, floor) : end]


def _person_before(cue: Token, inside: set[int]) -> Span | None:
    """ "Speaking to Rudaw, Dakhil Hasso Ali, a member of the council, said": the person the parser lost, the
    nearest one before the cue, set off by commas."""
    people = [e for e in ents_in(cue.sent) if e.label_ == "PERSON" and e.end <= cue.i and e.start in inside]
    if not people:
        return None
    person = people[-1]
    between = cue.doc[person.end : cue.i]
    # "..., Commander Hafiz Noorullah, whose unit belongs to the 201st Corps, said": a clause about the person
    clause = {t.i for c in person.root.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    if between and between[0].text == "," and not any(t.pos_ == "VERB" and t.i not in clause for t in between):
        return person
    return None


def _known_name_before(cue: Token, inside: set[int]) -> Span | None:
    """ "Save the Children said": a known name the parser took for a clause, right before the cue."""
    sent, before = cue.sent, doc_text(cue.doc)[cue.sent.start_char : cue.idx].rstrip()
    for name in alias_spellings():
        if len(name.split()) > 1 and before.endswith(name):
            end = sent.start_char + len(before)
            span = cue.doc.char_span(end - len(name), end)
            if span is not None and span.start in inside:
                return span
    return None


def _phrase_head(token: Token, inside: set[int]) -> Token:
    while token.dep_ in ("compound", "flat", "amod", "det", "poss", "nmod") and token.head.i in inside:
        if token.head.i < token.i:
            break
        token = token.head
    return token


def mention_span(head: Token) -> Span:
    """The words naming the speaker: the named entity, or the noun phrase without clauses and appositions."""
    doc = head.doc
    if head.lower_ in BACKING and head.i > 0 and doc[head.i - 1].text == "-" and head.i + 1 < len(doc):
        after = doc[head.i + 1].idx  # "Al Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin", misparsed
        named = next((m for m in actor_names(doc) if m.start() == after), None)
        span = doc.char_span(named.start(), named.end(), alignment_mode="expand") if named else None
        if span is not None:
            return span
    if is_title(head.text):  # "Mr Tembely said", "Tembely" read as an adverb
        end = head.i + 1
        while end < len(doc) and end - head.i <= 3 and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > head.i + 1:
            return doc[head.i : end]
    span = _mention_span(head)
    for start in range(span.start - 1, max(span.start - 3, span.sent.start - 1), -1):
        if doc[start].is_punct:
            break
        if known_actors().get(norm_key(doc[start : span.end].text)):
            # "IS Sahel claimed" ("IS" read as a verb), "Médecins Sans Frontières says" ("Médecins" a noun)
            return doc[start : span.end]
    return span


def _mention_span(head: Token) -> Span:
    doc = head.doc
    for ent in ents(doc):
        if ent.start <= head.i < ent.end and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            end = ent.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                end += 3  # "Syrian Arab News Agency (SANA)": keep the acronym with its name
            compounds = [c for c in head.children if c.dep_ == "compound" and c.i < ent.start]
            if ent.label_ == "GPE" and compounds:  # "Amnesty International Indonesia": a branch, not the country
                return doc[min(c.left_edge.i for c in compounds) : end]
            if ent.label_ == "ORG" and head.i == ent.root.i:
                phrase = _noun_phrase(head)
                if phrase.start <= ent.start and phrase.end >= end and len(phrase) <= 14:
                    return phrase  # "the UN Office for the Coordination of Humanitarian Affairs (OCHA)"
            return doc[ent.start : end]
    return _noun_phrase(head)


def _noun_phrase(head: Token) -> Span:
    doc = head.doc
    drop = set()
    for child in head.children:
        if child.dep_ in ("appos", "relcl", "acl", "punct", "cc") or (child.dep_ == "conj" and child.pos_ == "VERB"):
            drop |= {t.i for t in child.subtree}
        if child.dep_ == "prep" and child.i > head.i and doc[child.i - 1].text == ",":
            drop |= {t.i for t in child.subtree}  # "Amnesty International Nigeria, in a post on X,": set off
    for token in head.subtree:
        if token.dep_ == "relcl" and token.i > head.i:
            drop |= {t.i for t in token.subtree}  # "an official in Ménaka, who asked not to be named"
    kept = [t.i for t in head.subtree if t.i not in drop and not (t.is_punct and t.i > head.i)]
    start, end = min(kept), max(kept) + 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def role_of(subject: Span) -> tuple[str | None, Span | None]:
    """(role text, name span) for "X, a spokesman for Y" or "the army spokesman, Nabil Abdallah"."""
    root = subject.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= subject.end:
            appos = mention_span(child)
            if child.ent_type_ == "PERSON" and (root.lower_ in role_nouns() or root.pos_ == "NOUN"):
                return subject.text, appos  # "the school's headteacher, Malam Sabiu Garba"
            if root.lower_ in role_nouns() and looks_like_a_name(appos):
                return subject.text, appos  # "its chairman, Aminu Danladi", whatever the tagger called him
            return _appos_text(child), None
    return None, None


def looks_like_a_name(span: Span) -> bool:
    """Two to four capitalised words, none of them a common noun: a person's name."""
    words = [t for t in span if not t.is_punct and t.text not in titles()]  # "Maj. Gen. Aung Thura Win"
    return 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)


def _appos_text(token: Token) -> str:
    doc = token.doc
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl",)]
    start, end = tokens[0].i, tokens[-1].i + 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].lemma_ in cue_lemmas()):
        end -= 1
    return doc[start:end].text


def cited_source(cue: Token, inside: set[int]) -> Span | None:
    """ "Citing X, ..." / "quoting X" attached to the cue or to its subject ("AFP, citing a security source,
    reported"): X is the real source."""
    subjects = [c for c in cue.children if c.dep_ in _SUBJECTS]
    for child in [*cue.children, *(c for s in subjects for c in s.children if c.dep_ in ("acl", "advcl"))]:
        if child.lemma_.lower() in _CITE and child.i in inside:
            obj = next((c for c in child.children if c.dep_ in ("dobj", "pobj")), None)
            if obj is not None:
                return mention_span(obj)
    return None


def _span_ids(subject: Span | None, role: str | None, doc: Doc) -> set[int]:
    ids = set(range(subject.start, subject.end)) if subject is not None else set()
    if subject is not None and role:
        for child in subject.root.children:
            if child.dep_ == "appos":
                relaying = [t for t in child.subtree if t.lemma_ in _RELAYING and t.dep_ in ("acl", "relcl")]
                ids |= {t.i for t in child.subtree} - {t.i for r in relaying for t in r.subtree}
    return ids  # but "an army spokesman quoted by the state news agency ANP" names a relay


def relays(doc: Doc, tokens: list[Token], registry: Registry, exclude: set[int]) -> list[str]:
    """News organisations named in the zone other than the speaker: "told Reuters", "said in an interview with AFP"."""
    inside = {t.i for t in tokens}
    seen: list[str] = []
    for span in _candidate_names(doc, inside):
        if exclude & set(range(span.start, span.end)) or _is_cited(span):
            continue
        person = any(a.type == "person" and a.mentions_span(span) for a in registry.actors)
        subject = span.root.dep_ in ("appos", "nsubj", "nsubjpass")  # not "told Kompas", tagged a person
        if person and subject and registry.canonical(span.text)[0] is None:
            continue  # "the Chief Press Secretary, Mr X": a person, though press words describe him
        if _state_media(span) and span.text not in seen:
            after = span.end
            while after < len(doc) and _name_word(doc[after]):
                after += 1  # "the state broadcaster TVM": its name, which the tagger left outside
            named = doc[span.end : after] if after > span.end else None
            seen.append(outlet_name(named, registry) if named else _bare(span.text))  # "on state television"
            continue
        if any(t.lower_ in _PLATFORMS for t in span):
            continue  # "on its Telegram channel": a platform, not a news organisation
        if _relaying_body(span, registry):
            name = registry.canonical(span.text)[0] or span.text
            seen += [name] if name not in seen else []
            continue
        span = _known_alias_at(span) or span  # "Global New Light" + " of Myanmar": the alias the tagger cut
        media = registry.is_media(span.text) or registry.is_media(_described(span).text)
        if media or _unknown_outlet(span, registry):
            name = outlet_name(span, registry)
            if name not in seen:
                seen.append(name)
    return _one_name_each(seen, registry)


def _name_word(token: Token) -> bool:
    """A capitalised word of a name ("TVM", read as a pronoun), not a day ("Sunday")."""
    capitals = token.text.isupper() and len(token.text) > 1 and token.is_alpha
    proper = token.pos_ == "PROPN" and token.text[:1].isupper()
    return (capitals or proper) and token.ent_type_ not in ("DATE", "TIME", "NORP", "GPE")


_RELAYING = frozenset(("quote", "cite"))
_PASSING_ON = frozenset("relay track monitor".split())  # not "posted by the RSF", its author


def _relaying_body(span: Span, registry: Registry) -> bool:
    """ "a statement relayed by the SITE Intelligence Group", "a claim tracked by SITE": a known organisation
    that passes a statement on is a relay, though no news outlet."""
    root = span.root
    agent = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in _PASSING_ON
    return agent and registry.canonical(span.text)[0] is not None


def _unknown_outlet(span: Span, registry: Registry) -> bool:
    """ "quoted by Tempo": a name the report gives no other part, that quotes a speaker, is a news outlet (the
    alias table cannot list every paper). Not a person, a place, a known actor or an institution."""
    root = span.root
    quoting = root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_ in _RELAYING
    if not quoting or root.pos_ != "PROPN" or root.ent_type_ in ("GPE", "NORP", "LOC"):
        return False  # not "told Trump", "told the Knesset": whom a speaker tells may be anyone
    if root.ent_type_ == "PERSON" and (len(span) > 1 or first_name(root.text)):
        return False
    if registry.canonical(span.text)[0] is not None or registry.by_surname(span.text) is not None:
        return False
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    return not words & (institution_words("institution") | institution_words("name_word") | _NOT_OUTLETS)


_NOT_OUTLETS = frozenset("parliament congress senate assembly court tribunal cabinet president".split())


def _one_name_each(names: list[str], registry: Registry) -> list[str]:
    """ "the state-run News Agency of Nigeria (NAN)" read as two names: keep the acronym, drop the part of its
    long form."""
    longs = {name: registry.acronyms.get(norm_key(name), "").lower() for name in names}
    return [n for n in names if not any(n != m and n.lower() in long for m, long in longs.items() if long)]


_PLATFORMS = frozenset("telegram twitter x facebook whatsapp youtube instagram tiktok truth social".split())
_DESCRIPTORS = frozenset("public state state-run state-owned national independent private official news".split())


def outlet_name(span: Span, registry: Registry) -> str:
    """The printed name of a news organisation from the words naming it: "the Portuguese news agency Lusa" is
    Lusa, "Public broadcaster Suspilne" Suspilne, "Agence France-Presse" AFP."""
    bare = _undescribed(span)
    named = proper_name(span) or bare
    owner = next((t for t in span if t.dep_ == "case" and t.i > span.start), None)  # "Voice of America's Amharic"
    owned = span.doc[span.start : owner.i] if owner is not None else None
    acronym = span[-1:] if span[-1].text.isupper() and len(span) > 1 else None  # "the Sudan News Agency SUNA"
    for candidate in (span, bare, named, owned, acronym):
        name = registry.canonical(candidate.text)[0] if candidate is not None else None
        if name:
            return name
    return named.text if named else _bare(span.text)


def _undescribed(span: Span) -> Span | None:
    """ "Public broadcaster Suspilne" is Suspilne, "the state-run Global New Light of Myanmar newspaper" is Global
    New Light of Myanmar: the name without the words that describe it."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and doc[end - 1].lower_ in _MEDIA_NOUNS and doc[end - 1].text.islower():
        end -= 1
    media = [t.i for t in doc[start:end] if t.lower_ in _MEDIA_NOUNS and t.text.islower()]
    start = media[-1] + 1 if media else start  # "the Kurdish broadcaster Rudaw": after the last media word
    while start < end and _describes(doc[start]):
        start += 1
    if start < end and (start, end) != (span.start, span.end) and doc[start].text[:1].isupper():
        return doc[start:end]
    return None


def _describes(token: Token) -> bool:
    """A word before an outlet's name that describes it: "the privately owned", "state-run", "Public" opening a
    sentence; but "National" of "the National Broadcasting Corporation" is part of the name."""
    if token.is_lower or token.text in ("-", "‐", "‑"):
        return True
    return token.lower_ in _DESCRIPTORS and token.is_sent_start


def _known_alias_at(span: Span) -> Span | None:
    """The longest known name that starts inside ``span`` and runs past it ("the state-run Associated Press" +
    " of Pakistan")."""
    doc, text = span.doc, doc_text(span.doc)
    for token in (t for t in span if t.text[:1].isupper()):
        longer = [a for a in alias_spellings() if token.idx + len(a) > span.end_char and text.startswith(a, token.idx)]
        if longer:
            best = max(longer, key=len)
            return doc.char_span(token.idx, token.idx + len(best), alignment_mode="contract")
    return None


def _state_media(span: Span) -> bool:
    """ "state television", unnamed; "the state-run National News Agency" has a name and is looked up by it."""
    state = any(t.lower_ in ("state", "state-run", "state-owned") for t in span)
    named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span)
    return span.root.lower_ in _MEDIA_NOUNS and state and not named


def _is_cited(span: Span) -> bool:
    """ "Citing SANA": the cited one is the source, not a relay (but "RTA quoted X" relays)."""
    return span.root.dep_ in ("dobj", "pobj") and span.root.head.lemma_.lower() in _CITE


def _candidate_names(doc: Doc, inside: set[int]) -> list[Span]:
    spans = [e for e in ents(doc) if e.start in inside and e.label_ in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART")]
    spans += [
        c
        for c in noun_chunks(doc)
        if c.start in inside and (c.root.pos_ == "PROPN" or any(t.lower_ in _MEDIA_NOUNS for t in c))
    ]
    covered: set[int] = set()
    out = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start in covered:
            continue
        covered |= set(range(span.start, span.end))
        out.append(span)
    # "the news agency Lusa", "state television Tele Sahel": the description and the name it describes, as one
    by_start = {span.start: span for span in out}
    joined = [doc[span.start : by_start[span.end].end] for span in out if span.end in by_start]
    described = {span.end for span in out if span.end in by_start}
    alone = [span for span in out if span.end not in by_start and span.start not in described]
    return sorted(joined + alone, key=lambda span: span.start)  # in the order written: claimant outward


def _described(ent: Span) -> Span:
    """The name with its description: "state broadcaster RTB" says RTB is media."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i >= start:
        start -= 1
    return doc[start : ent.end]


def _bare(text: str) -> str:
    words = text.split()
    return " ".join(words[1:]) if words and words[0].lower() == "the" else text
