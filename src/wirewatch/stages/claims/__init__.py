"""Which numbers a report claims: bounds and hedge, what is counted, where and when, and who claims it.

One pass over the parsed report, sentence by sentence:
1. ``numbers`` reads every number phrase with its hedge and bounds ("more than 1,000", "20,00" malformed);
2. ``referents`` finds what it counts and its category, and drops numbers that count nothing (dates, ages, names);
3. the claimant and relay chain come from the innermost quotation around the number (the quotes stage did the
   attribution); place and date from the clause the number sits in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc, Span, Token

from ...models import Claim, Claimant, Place, Quote
from ..clean import CleanDoc
from ..dates import resolve
from ..entities import Registry
from ..nlp import ents, ents_in
from ..quotes.attribution import cue_lemmas
from .claimants import ESTIMATE_VERBS, estimator, from_quote, headline_source, innermost
from .numbers import Amount, find_amounts
from .referents import category, context_noun, counted_noun, next_verb, skip_reason

_SAYING = frozenset(("put", "estimate", "report", "announce", "confirm"))
_PLACE_PREPS = frozenset(["in", "at", "near", "outside", "inside", "around", "across", "from"])
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))


@dataclasses.dataclass
class _Context:
    """What every claim of one report is read against."""

    doc: Doc
    cleaned: CleanDoc
    quotes: list[Quote]
    registry: Registry
    published: dt.date | None


@dataclasses.dataclass
class _Memory:
    """What earlier claims tell later ones: the noun counted so far and the last toll."""

    sentence_noun: Token | None = None  # "7 people were killed and dozens injured"
    last_noun: Token | None = None  # "It is 87", "14 of them": the count last read
    last_kind: str | None = None
    toll: str | None = None  # "the toll rose to 41" ... "the count had reached 34"
    by_value: dict[float, tuple[str, Token | None]] = dataclasses.field(default_factory=dict)  # "It is 87"


def find_claims(
    doc: Doc, cleaned: CleanDoc, quotes: list[Quote], registry: Registry, published: dt.date | None
) -> list[Claim]:
    """Every numeric claim of a parsed report, in reading order."""
    ctx, memory = _Context(doc, cleaned, quotes, registry, published), _Memory()
    claims = []
    for sent in doc.sents:
        memory.sentence_noun = None
        for amount in find_amounts(doc, sent.start, sent.end):
            claim = _read(ctx, memory, sent, amount)
            if claim is not None:
                claims.append(claim)
    return claims


def _read(ctx: _Context, memory: _Memory, sent: Span, amount: Amount) -> Claim | None:
    """One number phrase as a claim, or ``None`` when it claims nothing."""
    doc, head = ctx.doc, ctx.doc[amount.head]
    noun = counted_noun(doc, amount)
    if skip_reason(doc, amount, noun) is not None or _in_dateline(ctx, doc[amount.start].idx):
        return None
    restated = noun is None and (_partitive(head) or _pronoun_copula(head))
    fallback = None
    if noun is None and not _partitive(head):
        fallback = memory.sentence_noun or context_noun(doc, amount, _paragraph(ctx, amount)) or _valued(head)
        fallback = fallback or (memory.last_noun if restated else None)
    kind = category(doc, amount, noun, None if restated else fallback)
    gapped = (
        noun is None
        and fallback is not None
        and fallback is memory.sentence_noun
        and head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "pobj")  # no verb of its own
    )
    if gapped and memory.last_kind and category(doc, amount, None, None) == "other":
        kind = memory.last_kind  # "the office registered 11,380 displaced people, the Victims' Unit 7,850"
    if restated and amount.value in memory.by_value:
        kind, fallback = memory.by_value[amount.value]  # "87 pupils were abducted" ... "It is 87"
    elif kind == "other" and restated and memory.last_kind:
        kind = memory.last_kind  # "71 wounded people, 14 of them in critical condition"
    tally = noun is None and _tally(head)
    if kind == "other" and tally and memory.toll:
        kind = memory.toll
    if noun is None and fallback is None and kind == "other" and not tally:
        if not (amount.approximate and amount.value is None):
            return None
        kind = "people"  # "millions face hunger", "grown to thousands": a crowd
    if noun is None and fallback is None and kind != "other":
        memory.toll = kind
    memory.sentence_noun = memory.last_noun = noun or fallback
    memory.last_kind = kind
    if amount.value is not None:
        memory.by_value.setdefault(amount.value, (kind, noun or fallback))
    return _claim(ctx, sent, amount, noun, noun or fallback, kind)


def _valued(tok: Token) -> Token | None:
    """ "the attackers had numbered several hundred", "the dead now number 40": the subject is what is counted."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "attr") or verb.lemma_ not in ("number", "total"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _partitive(tok: Token) -> bool:
    """ "14 of them", "seven of those": a part of a count read before."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "those", "these") for o in p.children)
        for p in tok.children
    )


def _pronoun_copula(tok: Token) -> bool:
    """ "It is 87", "Last month it was 650": a count restated through a pronoun."""
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "attr" else None
    return subject is not None and subject.lower_ in ("it", "that", "this")


def _claim(ctx: _Context, sent: Span, amount: Amount, noun: Token | None, referent: Token | None, kind: str) -> Claim:
    doc = ctx.doc
    span, head = doc[amount.start : amount.end], doc[amount.head]
    verb = _clause_verb(noun if noun is not None else head)
    if amount.hedge == "exact" and _estimated(verb):
        amount = dataclasses.replace(amount, hedge="estimated", approximate=True)
    index = innermost(ctx.quotes, head.idx, head.idx + len(head))
    claimant, via = _source(ctx, sent, verb, index)
    return Claim(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        value=amount.value,
        low=amount.low,
        high=amount.high,
        hedge=amount.hedge,
        approximate=amount.approximate,
        malformed=amount.malformed,
        flags=[f"{r:g}" for r in amount.readings],
        referent=_referent_text(referent),
        category=kind,
        place=_place(sent, noun if noun is not None and noun.sent == sent else None, verb),
        date=_date(ctx, sent, amount, verb),
        claimant=claimant,
        via=via,
        quote_index=index,
    )


def _in_dateline(ctx: _Context, offset: int) -> bool:
    return any(start <= offset < end for start, end in ctx.cleaned.datelines)


def _source(ctx: _Context, sent: Span, verb: Token, index: int | None) -> tuple[Claimant | None, list[str]]:
    """The claimant and relay chain: the quotation's, an estimator's, or a headline's named source."""
    if index is not None:
        quote = ctx.quotes[index]
        return from_quote(quote), list(quote.via)
    if verb.lemma_ in ESTIMATE_VERBS:
        return estimator(verb, ctx.quotes, ctx.registry)
    if any(start <= sent.start_char < end for start, end in ctx.cleaned.headlines):
        return headline_source(sent, ctx.registry), []
    return None, []


def _estimated(verb: Token) -> bool:
    """ "estimated the damage at $38 million": the figure is an estimate ("put the toll at 32" is not)."""
    return verb.lemma_ == "estimate"


def _paragraph(ctx: _Context, amount: Amount) -> Span:
    doc, offset = ctx.doc, ctx.doc[amount.start].idx
    for start, end in ctx.cleaned.paragraphs:
        if start <= offset < end:
            return doc.char_span(start, end, alignment_mode="expand") or doc[amount.start : amount.end]
    return doc[amount.start : amount.end].sent


def _tally(tok: Token) -> bool:
    """ "There could be more than 1,000", "the count had reached 34": a bare number that exists or is reached."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("attr", "nsubj", "dobj", "pobj") and any(
        c.dep_ == "expl" or c.lemma_ in ("toll", "number", "figure", "total", "count", "tally") for c in verb.children
    )


def _referent_text(noun: Token | None) -> str | None:
    if noun is None:
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return " ".join([*(c.text for c in compounds), noun.text])


def _place(sent: Span, noun: Token | None, verb: Token) -> Place | None:
    """The named place the clause puts the count in ("killed 20 people in Baghouz", "5,000 troops in Iraq")."""
    found = []
    for ent in ents_in(sent):
        prep = ent.root.head
        if ent.label_ not in _PLACE_LABELS or ent.root.dep_ != "pobj" or prep.lower_ not in _PLACE_PREPS:
            continue
        if prep.head == noun or _clause_verb(prep) == verb:
            found.append(ent)
    anchor = noun.i if noun is not None else verb.i
    return Place(name=min(found, key=lambda e: abs(e.start - anchor)).text) if found else None


def _date(ctx: _Context, sent: Span, amount: Amount, verb: Token) -> str | None:
    """The date of the clause the number is in; a date that only says when something was said does not count."""
    published = ctx.published

    def dateline(ent: Span) -> bool:
        return _in_dateline(ctx, ent.start_char)

    for ent in sorted(_date_spans(sent), key=lambda e: abs(e.start - amount.start)):
        if amount.start <= ent.start < amount.end or "old" in ent.text or _deadline(ent, verb) or dateline(ent):
            continue
        if _of_other_number(ent, amount):
            continue
        dverb = _clause_verb(ent.root)
        if dverb == verb and verb.lemma_ in _SAYING and "since" not in _with_preposition(ent, verb):
            continue  # "put the toll at 32 on Sunday": when it was said, not when they died
        governs = dverb in verb.ancestors and dverb.lemma_ not in cue_lemmas() and not _own_time(verb)
        reports = any(c.dep_ == "ccomp" for c in dverb.children)
        governs = governs or (verb.dep_ == "conj" and verb.head == dverb and not reports)  # "called and demanded"
        since = dverb.head == verb and dverb.dep_ == "advcl" and (_has_since(dverb) or _has_mark(dverb, "when"))
        if dverb == verb or governs or since:
            when = resolve(_with_preposition(ent, verb), published)
            if when is not None:
                return when.iso
    night = next((c for c in verb.children if c.lower_ in ("overnight", "yesterday", "today")), None)
    if night is not None:
        when = resolve(night.text, published)
        return when.iso if when is not None else None
    return _since_clause(verb, published) or (_cumulative(verb, published) if _argument(amount, verb) else None)


def _since_clause(verb: Token, published: dt.date | None) -> str | None:
    """ "killed since the fighting began", "fled since the attack": a stretch that ends at publication."""
    for child in verb.children:
        if child.lower_ == "since" and child.dep_ in ("prep", "mark"):
            phrase = child.doc[child.i : child.right_edge.i + 1] if child.dep_ == "prep" else None
            phrase = phrase if phrase is not None else child.doc[child.i : child.head.right_edge.i + 1]
            when = resolve(phrase.text, published)
            if when is not None and when.precision == "period":
                return when.iso
        if child.dep_ == "advcl" and any(m.lower_ == "since" and m.dep_ == "mark" for m in child.children):
            when = resolve(child.doc[child.left_edge.i : child.right_edge.i + 1].text, published)
            if when is not None and when.precision == "period":
                return when.iso
    return None


def _argument(amount: Amount, verb: Token) -> bool:
    """The number, or the noun it counts, is the verb's own subject or object (not "towards a $46.5m appeal")."""
    doc, counted = verb.doc, amount.head
    while doc[counted].head.i != counted and (
        amount.start <= doc[counted].head.i < amount.end
        or doc[counted].dep_ in ("nummod", "quantmod", "compound", "amod", "conj")
    ):
        counted = doc[counted].head.i
    return doc[counted].head == verb and doc[counted].dep_ in ("nsubj", "nsubjpass", "dobj", "attr")


def _cumulative(verb: Token, published: dt.date | None) -> str | None:
    """A count up to publication: "so far", "to date"; "the war, which began in April 2023, has killed"."""
    if any(c.lower_ in ("far", "date") and c.i > 0 and c.nbor(-1).lower_ in ("so", "to") for c in verb.subtree):
        return f"../{published.isoformat()}" if published else None
    verb = verb.head if verb.dep_ == "conj" else verb  # "has killed ... and driven 10 million from their homes"
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for clause in (c for c in subject.children if c.dep_ == "relcl"):
            dates = [e for e in ents(clause.doc) if e.label_ == "DATE" and e.root.head.head == clause]
            when = resolve(dates[0].text, published) if dates else None
            if when is not None and when.precision != "period":
                return f"{when.iso}/.."
    return None


def _date_spans(sent: Span) -> list[Span]:
    """The sentence's DATE entities, "March 28" and "April 2" joined when "between ... and" links them."""
    dates = [e for e in ents_in(sent) if e.label_ == "DATE"]
    merged: list[Span] = []
    for ent in dates:
        if merged and ent.start - merged[-1].end == 1 and sent.doc[ent.start - 1].lower_ in ("and", "to", "-", "until"):
            ent = sent.doc[merged.pop().start : ent.end]
        merged.append(ent)
    return merged


def _of_other_number(ent: Span, amount: Amount) -> bool:
    """ "27,000, up from 19,500 in January": the date belongs to the other number."""
    for head in list(ent.root.ancestors)[:4]:
        if head.pos_ in ("VERB", "AUX"):
            return False
        if head.like_num and head.pos_ == "NUM" and not amount.start <= head.i < amount.end:
            return True
    return False


def _deadline(ent: Span, verb: Token) -> bool:
    """ "could be 50,000 by June": a date a forecast aims at, not when anything happened."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    modal = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in verb.children)
    return before in ("until", "till") or (before == "by" and modal)


def _has_since(verb: Token) -> bool:
    return _has_mark(verb, "since")


def _has_mark(verb: Token, word: str) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == word for c in verb.children)


def _own_time(verb: Token) -> bool:
    """ "though hundreds have since gone back": the clause keeps its own time, not its governor's."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("since", "now", "later", "already", "recently") for c in verb.children
    )


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a word is in; past a speech verb the parse hung it on, the verb that follows it."""
    start = tok
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    if tok.lemma_ in cue_lemmas() and tok.i < start.i:
        following = next_verb(start)
        return following[0] if following else tok
    return tok


def _with_preposition(ent: Span, verb: Token) -> str:
    """ "since Sunday" and "in recent weeks" mean more than "Sunday" and "recent weeks"."""
    head = ent.root.head
    # "since the start of the monsoon in July", "since insurgents stormed the town on Friday"; but in "since
    # militants seized 276 girls in April 2014" the count itself is inside the since-clause, and is dated
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "when":
        return ent.text  # "since October 2022, when car bombs killed more than 100": the when-clause is dated
    since = [a for a in list(ent.root.ancestors)[:4] if a.lower_ == "since"]
    dverb = _clause_verb(ent.root)
    marked = [c for c in dverb.children if c.dep_ == "mark" and c.lower_ == "since"]
    inside = any(s == verb or s in verb.ancestors for s in since) or (marked and dverb == verb)
    if (since or marked) and not inside:
        return f"since {ent.text}"
    if head.lower_ == "of" and head.i == ent.start - 1 and head.i > 0 and doc[head.i - 1].lower_ == "as":
        return f"as of {ent.text}"  # "recorded 7,850 as of 5 October": up to that day
    if head.dep_ == "prep" and head.i == ent.start - 1 and head.lower_ in ("in", "over", "during", "between"):
        return f"{head.text} {ent.text}"
    return ent.text
