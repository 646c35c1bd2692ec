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
import re

from spacy.tokens import Doc, Span, Token

from ...models import Claim, Claimant, Quote
from ..clean import CleanDoc
from ..entities import Registry
from ..names import norm_key
from ..places import Mention
from ..quotes.attribution import mention_span
from ..quotes.speakers import institution_nouns
from .claimants import (
    ESTIMATE_VERBS,
    estimator,
    figure_owner,
    figures_owner,
    from_quote,
    headline_source,
    innermost,
    named,
)
from .numbers import Amount, find_amounts
from .referents import category, context_noun, counted_noun, sized_group, skip_reason
from .when import claim_date, claim_place, clause_verb


@dataclasses.dataclass
class _Context:
    """What every claim of one report is read against."""

    doc: Doc
    cleaned: CleanDoc
    quotes: list[Quote]
    registry: Registry
    published: dt.date | None
    places: list[Mention]
    outlet: str | None = None  # the publisher: its own figures have no claimant


@dataclasses.dataclass
class _Memory:
    """What earlier claims tell later ones: the noun counted so far and the last toll."""

    sentence_noun: Token | None = None  # "7 people were killed and dozens injured"
    last_noun: Token | None = None  # "It is 87", "14 of them": the count last read
    last_kind: str | None = None
    toll: str | None = None  # "the toll rose to 41" ... "the count had reached 34"
    last_at: int = -1  # where the count last read starts
    by_value: dict[float, tuple[str, Token | None]] = dataclasses.field(default_factory=dict)  # "It is 87"


def find_claims(
    doc: Doc,
    cleaned: CleanDoc,
    quotes: list[Quote],
    registry: Registry,
    published: dt.date | None,
    places: list[Mention] | None = None,
    outlet: str | None = None,
) -> list[Claim]:
    """Every numeric claim of a parsed report, in reading order; ``places`` are the report's geocoded places."""
    ctx, memory = _Context(doc, cleaned, quotes, registry, published, places or [], outlet), _Memory()
    claims = []
    for sent in doc.sents:
        memory.sentence_noun = None
        sourced: list[tuple[Token, Claim]] = []  # the sentence's claims with a claimant, by number
        dated: list[tuple[Token, str]] = []  # the numbers of the sentence's dated claims, and their dates
        read: list[tuple[Token, Claim]] = []  # the sentence's claims so far, by number
        for amount in find_amounts(doc, sent.start, sent.end):
            claim = _read(ctx, memory, sent, amount)
            if claim is None:
                continue
            unsourced = claim.claimant is None and claim.quote_index is None
            earlier = next((c for t, c in reversed(sourced) if _goes_on(doc[amount.head], t)), None)
            if unsourced and earlier is not None:
                claim = claim.model_copy(update={"claimant": earlier.claimant, "via": list(earlier.via)})
            if claim.claimant is not None:
                sourced.append((doc[amount.head], claim))
            counted = next((c for t, c in reversed(read) if _included(doc[amount.head], t)), None)
            if counted is not None and claim.category in ("people", "civilians") and counted.category in _FATES:
                claim = claim.model_copy(update={"category": counted.category})  # "212 wounded, including 37 children"
            read.append((doc[amount.head], claim))
            whole = next((d for d in reversed(dated) if _dated_part(doc[amount.head], *d, published)), None)
            if claim.date is None and whole is not None:
                claim = claim.model_copy(update={"date": whole[1]})  # "37 cases since 10 November, including two"
            if claim.date is not None:
                dated.append((doc[amount.head], claim.date))
            claims.append(claim)
    return claims


# what happened to the counted, which a part set out with "including" shares
_FATES = frozenset("killed injured missing detained displaced evacuated".split())


def _dated_part(number: Token, whole: Token, date: str, published: dt.date | None) -> bool:
    """Whether a part takes the date of its whole: "including two deaths" always; "31 of them had died" and "500
    of them are dead" (so far this year), but not "90 of them remain missing" after a year long past."""
    if not _a_part(number, whole):
        return False
    verb = number.head if number.dep_ in ("nsubj", "nsubjpass") else None
    tense = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))] if verb is not None else []
    present = any(t.tag_ in ("VBP", "VBZ") for t in tense)  # "are dead", "have been rebuilt", "have since returned"
    past = published is None or not date[:4].isdigit() or int(date[:4]) < published.year
    return not (present and past)


def _a_part(number: Token, whole: Token) -> bool:
    """ "37 cholera cases, including two deaths", "and that more than 500 of them are dead": a number that counts
    a part of one before it."""
    return (_partitive(number) and whole.i < number.i) or _included(number, whole) or _of_the_same(number, whole)


def _of_the_same(number: Token, whole: Token) -> bool:
    """ "launched 112 drones overnight, and 74 of the drones were shot down": a part of the things counted."""
    counted = whole.head if whole.dep_ == "nummod" else None
    of = [o for p in number.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return counted is not None and whole.i < number.i and any(o.lemma_ == counted.lemma_ for o in of)


def _included(number: Token, whole: Token) -> bool:
    """ "puts the toll at 41,000, including some 12,800 destroyed": a part set out with "including" or "among"."""
    for token in number.ancestors:
        # "212 patients between 25 April and 11 May, including 37 children": the parser may hang the part on a
        # date of the whole's clause
        part = token.lower_ in ("including", "among") and whole.i < token.i
        if part and (whole in token.head.subtree or clause_verb(token.head) == clause_verb(whole)):
            return True
        if token.dep_ in ("ROOT", "ccomp") or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return False  # but "16 women and nine children" are one part
    return False


def _goes_on(number: Token, sourced: Token) -> bool:
    """Whether a number only goes on from a claimed one in its sentence, and so is the same source's: "puts the
    toll at 41,000, including some 12,800 destroyed"; "..., the cluster says, affecting an estimated 27,000"."""
    if _included(number, sourced):
        return True
    for token in number.ancestors:
        if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > sourced.i and sourced in token.head.subtree:
            return True
        if token.dep_ in ("ROOT", "ccomp", "conj"):
            return False
    return False


def _of_whom(doc: Doc, amount: Amount) -> bool:
    """ "..., of whom 58 per cent", "..., of which 40": a part of the count just before."""
    before = [t.lower_ for t in doc[max(0, amount.start - 2) : amount.start]]
    return len(before) == 2 and before[0] == "of" and before[1] in ("whom", "which", "them")


def _read(ctx: _Context, memory: _Memory, sent: Span, amount: Amount) -> Claim | None:
    """One number phrase as a claim, or ``None`` when it claims nothing."""
    doc, head = ctx.doc, ctx.doc[amount.head]
    noun = counted_noun(doc, amount)
    if skip_reason(doc, amount, noun) is not None or ctx.cleaned.in_dateline(doc[amount.start].idx):
        return None
    apposed = _apposed_group(head) if noun is None else None
    restated = noun is None and (_partitive(head) or _pronoun_copula(head)) and apposed is None
    fallback = (_fronted_part(head) or apposed) if noun is None else None
    if noun is None and fallback is None and not _partitive(head) and not amount.currency:
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
    elif restated and memory.last_kind and (kind == "other" or (not _has_verb(head) and memory.sentence_noun)):
        kind = memory.last_kind  # "71 wounded people, 14 of them in critical condition"
    elif noun is None and fallback is not None and fallback is memory.sentence_noun and _reported_figure(head):
        kind = memory.last_kind or kind  # "verified seven deaths and was examining reports of up to 12"
    if kind in ("people", "civilians", "other"):
        sized = sized_group(noun) if noun is not None else None
        kind = sized or sized_group(head) or kind  # "The displaced, estimated at 6,500 people"; "between 800 and ..."
    if noun is not None and memory.last_kind and kind in ("people", "civilians") and _among_them(noun):
        kind = memory.last_kind  # "17 people had been killed, among them three children"
    same_sentence = memory.sentence_noun is not None
    if same_sentence and memory.last_kind and kind in ("other", "people", "civilians") and _of_whom(doc, amount):
        kind = memory.last_kind  # "14,980 have been displaced, of whom 58 per cent are children"
    if noun is None and _more_of_the_same(ctx, memory, amount) and kind in ("other", "people", "aid"):
        kind = memory.last_kind  # "Hundreds more are sleeping in the parish hall", after the displaced
    tally = noun is None and _tally(head)
    if kind == "other" and tally and memory.toll and fallback is None:
        kind = memory.toll  # but "the number of damaged houses at 41,000" counts houses
    if kind == "other" and tally and _that_figure(head) and _same_paragraph(ctx, memory, amount):
        kind = memory.last_kind or kind  # "about 12,000 people were trapped ... raised that figure to 19,000"
    bare = noun is None and fallback is None and kind == "other" and _has_verb(head)
    if bare and _same_paragraph(ctx, memory, amount):
        fallback = memory.last_noun  # "Sunday mass drew around 400 worshippers. Last Sunday he counted 93."
        kind = category(doc, amount, None, fallback) if fallback is not None else kind
    if noun is None and fallback is None and kind == "other" and not tally and not _partitive(head):
        if not (amount.approximate and amount.value is None):
            return None
        kind = "people"  # "millions face hunger", "grown to thousands": a crowd
    if noun is None and fallback is None and kind != "other":
        memory.toll = kind
    memory.sentence_noun = memory.last_noun = noun or fallback
    memory.last_kind, memory.last_at = kind, doc[amount.start].idx
    if amount.value is not None:
        memory.by_value.setdefault(amount.value, (kind, noun or fallback))
    return _claim(ctx, sent, amount, noun, noun or fallback, kind)


def _more_of_the_same(ctx: _Context, memory: _Memory, amount: Amount) -> bool:
    """ "Dozens more could not reach us": more of the count read last in the paragraph."""
    doc = ctx.doc
    more = amount.end < len(doc) and doc[amount.end].lower_ in ("more", "others")
    return more and memory.last_kind is not None and _same_paragraph(ctx, memory, amount)


def _same_paragraph(ctx: _Context, memory: _Memory, amount: Amount) -> bool:
    """Whether the count read last is in the number's paragraph."""
    return memory.last_noun is not None and memory.last_at >= _paragraph(ctx, amount).start_char


def _has_verb(tok: Token) -> bool:
    """Whether a number is an argument of a verb of its own ("14 of them died"), not a bare aside ("14 injured,
    three of them in critical condition")."""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX")


_FIGURE_NOUNS = frozenset("report claim estimate figure account allegation".split())


def _reported_figure(tok: Token) -> bool:
    """ "reports of up to 12", "estimates of 300": a figure for the count the sentence is about."""
    of = tok.head if tok.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.lemma_ in _FIGURE_NOUNS


def _valued(tok: Token) -> Token | None:
    """ "the attackers had numbered several hundred", "the dead now number 40": the subject is what is counted."""
    verb = tok.head
    if tok.dep_ in ("dobj", "attr") and verb.lemma_ in ("number", "total"):
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if tok.dep_ == "pobj" and verb.lower_ == "at" and verb.head.lemma_ in ("estimate", "put", "stand"):
        # "the population is estimated at about 38,000": a size of the subject, when it counts people
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject if subject is not None and subject.lemma_ == "population" else None
    return None


def _partitive(tok: Token) -> bool:
    """ "14 of them", "seven of those", "between 200 and 300 of them": a part of a count read before."""
    numbers = (tok, tok.head) if tok.dep_ == "conj" and tok.head.like_num else (tok,)
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "those", "these") for o in p.children)
        for number in numbers
        for p in number.children
    )


def _among_them(noun: Token) -> bool:
    """ "among them four women and two girls": a part of the count just read."""
    while True:
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "among"]
        if any(o.lower_ in ("them", "those", "these") for p in preps for o in p.children):
            return True
        if noun.dep_ != "conj" or noun.head == noun:
            return False
        noun = noun.head


def _fronted_part(tok: Token) -> Token | None:
    """ "Of the injured, 23 were in critical condition": the count the number is a part of, set before it."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    of = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _apposed_group(tok: Token) -> Token | None:
    """ "The attackers, more than 100 of them, stormed the village": the group a number set beside it sizes."""
    group = tok.head
    counted = any(c.dep_ == "nummod" or c.like_num for c in group.children if c != tok)  # "17 wounded, four of them"
    apposed = tok.dep_ == "appos" and _partitive(tok) and group.pos_ == "NOUN" and group.i < tok.i
    return group if apposed and not counted else None


def _pronoun_copula(tok: Token) -> bool:
    """ "It is 87", "Last month it was 650": a count restated through a pronoun."""
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "attr" else None
    return subject is not None and subject.lower_ in ("it", "that", "this")


def _claim(ctx: _Context, sent: Span, amount: Amount, noun: Token | None, referent: Token | None, kind: str) -> Claim:
    doc = ctx.doc
    span, head = doc[amount.start : amount.end], doc[amount.head]
    verb = clause_verb(noun if noun is not None else head)
    if amount.hedge == "exact" and _estimated(verb):
        amount = dataclasses.replace(amount, hedge="estimated", approximate=True)
    index = innermost(ctx.quotes, head.idx, head.idx + len(head))
    claimant, via = _source(ctx, sent, verb, index)
    owner = figure_owner(head) if claimant is None else None
    if owner is not None:  # "up from an earlier army toll of 11"
        claimant, via = _not_the_publisher(ctx, named(owner, ctx.registry), [])
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
        place=claim_place(sent, noun if noun is not None and noun.sent == sent else None, verb, ctx.places),
        date=claim_date(sent, amount, verb, ctx.published, ctx.cleaned),
        claimant=claimant,
        via=via,
        quote_index=index,
    )


def _source(ctx: _Context, sent: Span, verb: Token, index: int | None) -> tuple[Claimant | None, list[str]]:
    """The claimant and relay chain: the quotation's, an estimator's, or a headline's named source."""
    if index is not None:
        quote = ctx.quotes[index]
        via = list(quote.via) + _according_around(ctx, quote)
        announcer = _announcer(verb, quote)
        if announcer is not None and quote.speaker.name and ctx.registry.is_media(quote.speaker.name):
            claimant = named(mention_span(announcer), ctx.registry)  # "The Houthi authorities have announced
            if claimant is not None and claimant.name:  # compensation of 200,000 rials, Saba reported"
                return _not_the_publisher(ctx, claimant, [quote.speaker.name, *via])
        return _not_the_publisher(ctx, from_quote(quote, ctx.registry), via)  # "according to an AFP tally"
    if verb.lemma_ in ESTIMATE_VERBS or _gives_a_figure(verb) or _own_work(verb):
        return _not_the_publisher(ctx, *estimator(verb, ctx.quotes, ctx.registry))
    giver = _giver(verb)
    if giver is not None and (giver.lemma_ in ESTIMATE_VERBS or _gives_a_figure(giver)):
        return _not_the_publisher(ctx, *estimator(giver, ctx.quotes, ctx.registry))  # "a toll of 7 dead and 29 injured"
    counter = verb.head if verb.dep_ == "ccomp" and verb.i > verb.head.i else None  # "OCHA counts 400,000 displaced"
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.head.lemma_ in ESTIMATE_VERBS:
        counter = verb.head  # "The hospital reported receiving 212 trauma patients"
    counter = counter or _putting(verb)
    if counter is not None and counter.lemma_ in ESTIMATE_VERBS:
        return _not_the_publisher(ctx, *estimator(counter, ctx.quotes, ctx.registry))
    accuser = _accuser(verb)
    if accuser is not None:  # "It accused the SDF of shelling homes, wounding 9 civilians"
        return _not_the_publisher(ctx, *_accusing(ctx, accuser))
    shown = figures_owner(verb)
    if shown is not None:
        return _not_the_publisher(ctx, named(shown, ctx.registry), [])
    if ctx.cleaned.in_headline(sent.start_char):
        return headline_source(sent, ctx.registry), []
    return None, []


def _giver(verb: Token) -> Token | None:
    """The verb that gave a figure a gapped count is joined to: "gave a toll of seven dead and 29 injured"."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" and c.like_num for c in verb.children):
        return None  # only a count that is the joined verb's own subject: "... and 29 injured"
    giver = verb.head
    while giver.pos_ not in ("VERB", "AUX") and giver.head != giver:
        giver = giver.head
    return giver if giver.pos_ in ("VERB", "AUX") else None


def _accuser(verb: Token) -> Token | None:
    """ "accused the SDF of shelling homes, wounding 9 civilians": who accuses claims what the accused did."""
    for ancestor in list(verb.ancestors)[:4]:
        if ancestor.lemma_ in ("accuse", "blame") and ancestor.pos_ == "VERB":
            accused = [ancestor, *(c for c in ancestor.children if c.dep_ == "dobj")]  # "of" may hang on either
            charge = [c for a in accused for c in a.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
            after = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head == ancestor  # the parser's attachment
            return ancestor if any(verb in c.subtree or (after and verb.i > c.i) for c in charge) else None
    return None


def _accusing(ctx: _Context, verb: Token) -> tuple[Claimant | None, list[str]]:
    """Who accuses: a named subject, or for "It accused ..." the institution quoted in the sentence before (none
    when that one is nameless or a person, or was quoted further back: the reader could not tell)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("it", "they"):
        return estimator(verb, ctx.quotes, ctx.registry)
    sent = verb.sent
    previous = ctx.doc[sent.start - 1].sent if sent.start > 0 else sent
    said = [q for q in ctx.quotes if previous.start_char <= q.end <= sent.start_char]
    if not said or not (said[-1].speaker.entity_id or "").startswith("O"):
        return None, []
    return from_quote(said[-1], ctx.registry), list(said[-1].via)


_ANNOUNCING = frozenset("announce declare pledge promise offer allocate approve".split())


def _announcer(verb: Token, quote: Quote) -> Token | None:
    """Who, inside an outlet's report, announced the figure: the subject of "announced" (a name or a body)."""
    if verb.lemma_ not in _ANNOUNCING or not quote.start <= verb.idx < quote.end:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject if subject.pos_ == "PROPN" or subject.lemma_.lower() in institution_nouns() else None


def _putting(verb: Token) -> Token | None:
    """ "put the number of civilians killed at 18": the parser hung the figure on the counted's own verb."""
    if verb.dep_ not in ("acl", "relcl"):
        return None
    for ancestor in list(verb.ancestors)[:4]:
        if ancestor.lemma_ in ("put", "estimate", "place") and ancestor.pos_ == "VERB":
            objects = [c for c in ancestor.children if c.dep_ == "dobj"]
            return ancestor if any(verb in o.subtree for o in objects) else None
    return None


def _according_around(ctx: _Context, quote: Quote) -> list[str]:
    """ "JNIM claimed the attack, saying it had killed 27 soldiers, according to the SITE Intelligence Group":
    whoever the whole account is according to relays the speaker inside it."""
    last = ctx.doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    tail = ctx.doc.text[quote.end : last.sent.end_char].lower() if last is not None else ""
    ending = re.search(r"according to [^,;]*$", quote.text.lower().rstrip(" .")) if last is not None else None
    tail = ending.group(0) + tail if ending else tail  # "said 2,345 had fled, according to Antara": read as said
    if "according to" not in tail:
        return []  # only an account that ends on it: not "According to UNICEF, ..., and teachers say ..."
    outer = [
        q
        for q in ctx.quotes
        if q is not quote and q.start <= quote.start < q.end and q.cue and q.cue.lower() == "according"
    ]
    named = [q.speaker for q in outer if q.speaker.name and q.speaker.name != quote.speaker.name]
    names = [s.name for s in named if (s.mention or s.name).lower() in tail]
    return [n for n in names if n not in quote.via and not _is_publisher(ctx, n)]


def _not_the_publisher(ctx: _Context, claimant: Claimant | None, via: list[str]) -> tuple[Claimant | None, list[str]]:
    """The publisher's own count, tally or images are its own voice: no claimant ("A Reuters tally put ...")."""
    own = claimant is not None and _is_publisher(ctx, claimant.name)
    return (None, []) if own else (claimant, [v for v in via if not _is_publisher(ctx, v)])


def _is_publisher(ctx: _Context, name: str | None) -> bool:
    """Whether a name is the publishing outlet's, under its own or its canonical name."""
    if not ctx.outlet or not name:
        return False
    publisher = ctx.registry.canonical(ctx.outlet)[0] or ctx.outlet
    return norm_key(name) in (norm_key(publisher), norm_key(ctx.outlet))


def _gives_a_figure(verb: Token) -> bool:
    """ "the White Helmets gave a higher toll of 17 dead", "he had raised the toll to nine": whoever gives or
    revises the figure claims it."""
    figure = any(
        c.dep_ == "dobj"
        and (c.lemma_ in ("toll", "figure", "estimate", "number", "count", "tally") or c.lower_ == "it")
        for c in verb.children
    )  # "revised it to 57": the figure said before
    if verb.lemma_ in ("give", "provide", "cite"):
        return figure
    # "he had raised the toll to nine", but not "fresh air strikes raised the toll to 40": only an agent revises
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agent = subject is not None and (
        subject.ent_type_ in ("PERSON", "ORG")
        or subject.lower_ in ("he", "she", "it", "they")
        or subject.lemma_.lower() in institution_nouns()
    )
    return figure and agent and verb.lemma_ in ("raise", "revise", "lower", "update")


# what an organisation reports of its own work: "It has also delivered supplies for 1,500 consultations"
_OWN_WORK = frozenset("deliver distribute dispatch evacuate register treat rescue supply airlift vaccinate".split())


def _own_work(verb: Token) -> bool:
    """ "It has dispatched 1,200 tarpaulins" after the authority spoke: the authority's own figure (the pronoun is
    resolved to the organisation quoted just before, or to nobody)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_ in _OWN_WORK and subject is not None and subject.lower_ in ("it", "we")


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
    """ "There could be more than 1,000", "the count had reached 34", "the final number could be higher than 40": a
    bare number that exists or is reached."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    verb = verb.head if verb.dep_ == "acomp" else verb
    revised = verb.lemma_ in _REVISING and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    return tok.dep_ in ("attr", "nsubj", "dobj", "pobj") and (
        revised  # "revised it to 57"
        or any(
            c.dep_ == "expl" or c.lemma_ in ("toll", "number", "figure", "total", "count", "tally")
            for c in verb.children
        )
    )


_REVISING = frozenset("revise raise lower update put".split())


def _that_figure(tok: Token) -> bool:
    """ "raised that figure to", "the number rose to": the count just read, again."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(
        c.lemma_ in ("number", "figure", "total", "count", "estimate")
        and any(d.lower_ in ("that", "this", "the") for d in c.children)
        for c in verb.children
    )


def _referent_text(noun: Token | None) -> str | None:
    if noun is None:
        return None
    compounds = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return " ".join([*(c.text for c in compounds), noun.text])
