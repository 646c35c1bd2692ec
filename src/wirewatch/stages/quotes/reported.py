"""Reported speech: "X said (that) ...", "..., witnesses said", "according to X", and what runs on after them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..clean import CleanDoc
from ..entities import Registry
from .attribution import Found, attribute, indirect_lemmas, is_cue, mention_span, relays, subject_of
from .candidate import Candidate, in_any, zone_tokens
from .speakers import AUTHORED, document_nouns

_NOT_SOURCES = {
    "figure",
    "figures",
    "data",
    "statistics",
    "estimate",
    "estimates",
    "count",
    "tally",
    "toll",
    "record",
    "records",
    "census",
    "report",
    "reports",
    "survey",
    "study",
    "law",
    "rules",
    "plan",
    "list",
    "lists",
    "database",
}


def reported_candidates(doc: Doc, cleaned: CleanDoc, registry: Registry, quoted, direct) -> list[Candidate]:
    out: list[Candidate] = []
    heads = cleaned.headlines
    for token in doc:
        if in_any(token.idx, heads):
            continue
        if token.lemma_.lower() in indirect_lemmas() and token.pos_ in ("VERB", "AUX"):
            cand = _reported_clause(doc, token, registry, quoted, direct)
        elif token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor().lower_ == "to":
            cand = _according_to(doc, token, registry, quoted)
        else:
            continue
        if cand is not None:
            out.append(cand)
            out += _running_on(doc, token, cand)
    return out


def _running_on(doc: Doc, cue: Token, cand: Candidate) -> list[Candidate]:
    """ "Among the dead were eleven children, he said, and nine people were still missing": the clause after a
    trailing attribution goes on with the same speaker's report."""
    if cand.end > cue.idx:
        return []
    out = []
    # "..., it said, and 1,200 hectares had been submerged": the parser hangs an attribution set inside the
    # sentence on the sentence's verb, and what runs on after it on that verb too
    inserted = [t for t in cue.head.children if t.i > cue.i] if cue.dep_ == "parataxis" else []
    rest = _rest_after(doc, cue)
    if rest is not None:  # "..., she said, for a city of nearly a million people."
        out.append(Candidate("indirect", *rest, follows=cand))
    for more in [*cue.children, *inserted]:
        goes_on = any(m.lower_ in ("while", "though", "although") for m in more.children)  # "..., he said, though"
        joined = more.dep_ == "conj" or (more.dep_ == "advcl" and goes_on)
        if not joined or more.i < cue.i or more.pos_ not in ("VERB", "AUX") or is_cue(more):
            continue
        if any(c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "that") for c in more.children):
            continue  # "..., herders say, and farmers' groups estimate that ...": a report of its own
        if any(is_cue(t) for t in more.subtree):
            continue
        tokens = [t for t in more.subtree if not (t.is_punct or (t.dep_ == "cc" and t.i < more.i))]
        if len(tokens) >= 4:
            out.append(Candidate("indirect", tokens[0].idx, tokens[-1].idx + len(tokens[-1]), follows=cand))
    return out


def _rest_after(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """ "..., she said, for a city of nearly a million people": words with no verb of their own after a trailing
    attribution finish the report it attributes."""
    comma = cue.i + 1
    while comma < cue.sent.end and doc[comma].dep_ in ("advmod", "npadvmod") and doc[comma].head == cue:
        comma += 1  # "she said later,"
    if comma >= cue.sent.end - 2 or doc[comma].text != ",":
        return None
    words = [t for t in doc[comma + 1 : cue.sent.end] if not (t.is_punct or t.is_space)]
    if len(words) < 3 or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in words):
        return None
    if any(t.lemma_.lower() in _HOW_SAID for t in words) or all(t.ent_type_ in ("DATE", "TIME") for t in words[1:]):
        return None  # "..., a hospital official said, on condition of anonymity", "..., in a statement on Sunday"
    return words[0].idx, words[-1].idx + len(words[-1])


def _reported_clause(doc: Doc, cue: Token, registry: Registry, quoted, direct) -> Candidate | None:
    if _non_finite(cue) or _claims_a_deed(cue):
        return None
    clause = _complement(cue)
    if clause is not None:
        span = _extended(_clause_span(clause), cue, clause)
    else:
        span = _that_rest(cue) or _set_inside(doc, cue, subject_only=True) or _trailing_attribution(doc, cue)
    if span is None:
        return None
    enclosing = next(((o, c) for o, c in quoted if o < cue.idx < c), None)
    if span is None or (enclosing is None and any(span[0] < d.end and d.start < span[1] for d in direct)):
        return None
    tokens = zone_tokens(cue.sent, quoted, enclosing, exclude=span)
    if span[0] <= cue.idx < span[1]:  # "Some 300 reinforcements, the ministry said, were sent": set inside
        tokens = [t for t in cue.subtree if not t.is_punct]
    nested = _nested_start(clause) if clause is not None else None
    tokens = [t for t in tokens if nested is None or t.i < nested]  # the other report's relays are not ours
    if _another_attribution(cue):  # and the report it is hung on is not this one's
        tokens = [t for t in tokens if t.i >= cue.left_edge.i]
    found = attribute(doc, tokens, registry, near=cue.idx)
    if found is None:
        return None
    found.cue = cue
    citing = found.cited.root.head if found.cited is not None else None
    if citing is not None and cue not in (citing, citing.head, citing.head.head):  # "AFP, citing X, reported"
        found.cited = None  # "Citing X, AFP reported that JNIM said ...": X is cited for AFP's report, not JNIM's
    subject = subject_of(cue, {t.i for t in tokens}) or found.subject
    if subject is None and clause is None:
        subject = _between_comma_and(cue)  # "..., witnesses and local officials said": the parser lost them
    found.name_speaker(subject, registry)
    if found.subject is not None and found.subject.text.lower() in ("i", "we") and enclosing:
        return None
    return Candidate("indirect", span[0], span[1], found=found)


def _claims_a_deed(cue: Token) -> bool:
    """ "JNIM claimed an assault that killed 54 soldiers", "claimed responsibility": a deed owned, not a report
    of what the clause after it says."""
    return cue.lemma_ == "claim" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in cue.children)


def _between_comma_and(cue: Token) -> Span | None:
    """The words between the comma and a trailing cue ("..., witnesses and local officials said")."""
    i = cue.i - 1
    while i > cue.sent.start and cue.doc[i].text != "," and cue.i - i < 10:
        i -= 1
    words = cue.doc[i + 1 : cue.i]
    return words if cue.doc[i].text == "," and any(t.pos_ in ("NOUN", "PROPN") for t in words) else None


def _complement(cue: Token) -> Token | None:
    """The reported clause: a clausal complement, or a that-clause on "said in a statement that ..."."""
    doc = cue.doc
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    # "district officials had counted 2,000; Wazir said ...": a clause before a semicolon is reported by no one after it
    clauses = [c for c in clauses if not (c.i < cue.i and any(t.text == ";" for t in doc[c.i : cue.i]))]
    if cue.lemma_ == "claim":  # "IS Sahel claimed to have killed 60 and to have seized 22 motorcycles"
        clauses += [c for c in cue.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    clause = next((c for c in clauses if c.pos_ in ("VERB", "AUX")), clauses[0] if clauses else None)
    if clause is not None:
        return clause  # a verb first: the parser may take "told the agency Lusa that ..." for two clauses
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for acl in (c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in acl.children):
                    return acl
    for noun in (c for c in cue.children if c.dep_ == "dobj"):  # "told the BBC Hausa service that 39 people ..."
        for acl in (c for c in noun.children if c.dep_ == "relcl" and c.left_edge.lower_ == "that"):
            if any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in acl.children):
                return acl
    return None


def _that_rest(cue: Token) -> tuple[int, int] | None:
    """ "He said that up to 15 of the wounded needed surgery": the parser lost the clause (it took "15" for what
    was said), but "that" just after the cue, or after whom it was told, still opens what was reported."""
    sent = cue.sent
    for i in range(cue.i + 1, min(cue.i + 5, sent.end - 1)):
        token = cue.doc[i]
        if token.lower_ == "that" and token.dep_ == "mark":
            words = [t for t in cue.doc[i + 1 : sent.end] if not (t.is_punct and t.i == sent.end - 1)]
            if len(words) < 4:
                return None
            return words[0].idx, words[-1].idx + len(words[-1])
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def _extended(span: tuple[int, int] | None, cue: Token, clause: Token) -> tuple[int, int] | None:
    """ "told TVM that troops had killed 23, lost three soldiers ..., and that 2,000 had left": the parser hangs
    the later parts of the report on the cue; they are still what was reported."""
    if span is None:
        return None
    start, end = span
    counted = _count_before(cue, clause)
    if counted is not None:
        start = min(start, counted.left_edge.idx)
    first = clause.left_edge
    hedge = first.nbor(-1) if first.i > cue.i + 1 else None
    hedged = hedge is not None and hedge.pos_ in ("ADP", "ADV") and hedge.head == cue and not list(hedge.children)
    if hedged and first.like_num:
        start = min(start, hedge.idx)  # "said between 30 and 40 people were killed": "between" hung on "said"
    governing = [cue]
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        governing.append(cue.head.head)  # "was quoted as saying troops had killed 14 ... and recovered seven"
    for more in (c for g in governing for c in g.children):
        if more.i <= clause.i or more.dep_ not in ("conj", "ccomp") or more.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in more.children if c.dep_ == "mark"] + [more.left_edge]  # "that" may be tagged det
        has_that = any(t.lower_ == "that" for t in marks)
        later = more.dep_ == "ccomp" and cue.i < clause.i  # "said that 1,146 had been damaged, 212 of them destroyed"
        if has_that or later or not any(c.dep_ in ("nsubj", "nsubjpass") for c in more.children):
            last = more.right_edge
            while last.is_punct and last.i > more.i:
                last = last.nbor(-1)
            end = max(end, last.idx + len(last))
    return start, _tail(cue, end)


def _tail(cue: Token, end: int) -> int:
    """ "received 22 wounded patients on Monday night, five of them children.": a short verbless phrase the parser
    left outside the reported clause, up to the sentence's end, is still what was reported."""
    rest = [t for t in cue.sent if t.idx >= end and not t.is_space]
    if cue.idx >= end or len(rest) < 3 or rest[0].text != "," or len(rest) > 10:
        return end
    words = [t for t in rest[1:] if not t.is_punct]
    if not words or any(t.pos_ in ("VERB", "AUX") or t.is_quote or t.i == cue.i for t in words):
        return end
    return words[-1].idx + len(words[-1])


def _count_before(cue: Token, clause: Token) -> Token | None:
    """ "said 3,450 families, or some 19,000 people, had fled": the parser took the clause's counted subject for
    the cue's object; it is still what was reported."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    for child in cue.children:  # "said between 10 and 15 villagers were missing": "between" taken for the cue's
        if child.dep_ in ("dobj", "prep") and cue.i < child.i < clause.i and any(t.like_num for t in child.subtree):
            return child
    return None


def _trailing_attribution(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """ "Gunmen killed 34 people on Sunday, witnesses and local officials said": the words before the comma."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    i = cue.i - 1
    while (
        i > cue.sent.start
        and not doc[i].is_punct
        and doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PRON", "ADP")
    ):
        i -= 1
    if i == cue.i - 1 or doc[i].text != "," or i - cue.sent.start < 5:
        return None
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[i + 1 : cue.i]):
        return None  # "..., and warned of cholera": a second verb of the same subject, not an attribution
    if any(t.is_quote or t.text in '“”"' for t in doc[cue.i : min(cue.i + 4, cue.sent.end)]):
        return None  # "..., he noted, “There could be ...”": the attribution of a direct quote
    content = [t for t in doc[cue.sent.start : i] if not (t.is_punct or t.is_space or t.is_quote)]
    if not any(t.pos_ in ("VERB", "AUX") for t in content):
        return _set_inside(doc, cue)
    return content[0].idx, content[-1].idx + len(content[-1])


def _set_inside(doc: Doc, cue: Token, subject_only: bool = False) -> tuple[int, int] | None:
    """ "In the past week alone, the ministry said, 412 new cases were reported": an attribution set inside the
    sentence after an opening phrase ("Since 1 August, said Dr Kahindo, who runs the ward, it has received ..."); what
    it reports is the clause after its comma."""
    inverted = next((c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i), None)
    after = inverted.right_edge.i + 1 if inverted is not None else cue.i + 1
    hung = cue.dep_ == "parataxis" or (inverted is not None and cue.dep_ == "advcl")  # the parser's two readings
    if not hung or after >= cue.sent.end or doc[after].text != ",":
        return None
    opening = doc[cue.sent.start : cue.i]
    first = after + 1
    subjects = [t for t in opening if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > after]
    if subjects:  # "Some 300 reinforcements, the ministry said, were sent": the opening is the subject
        first = subjects[-1].left_edge.i
        if any(is_cue(t) and t.i != cue.i for t in cue.sent):
            return None  # "5,000 people, aid groups said, have fled, and the RSF, witnesses said, ...": two reports
    elif subject_only and any(t.pos_ in ("VERB", "AUX") for t in opening[:-2]):
        return None  # "X killed 14, the Observatory said, while ...": a trailing attribution, read as one
    content = [t for t in doc[first : cue.sent.end] if not (t.is_punct or t.is_space or t.is_quote)]
    if len(content) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return content[0].idx, content[-1].idx + len(content[-1])


def _non_finite(cue: Token) -> bool:
    """ "hard to predict", "expects to announce": an infinitive reports no speech."""
    return cue.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _clause_span(clause: Token) -> tuple[int, int] | None:
    verbs = [t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX")]
    marks = [t.i for t in clause.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.i < min(verbs, default=0)]
    first = marks[0] + 1 if marks else clause.left_edge.i  # "told the agency Lusa that ...": after "that"
    last = _nested_start(clause) or clause.right_edge.i + 1  # "..., while an official told the BBC that ..."
    tokens = [t for t in clause.subtree if first <= t.i < last]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].is_quote or tokens[0].lower_ == "that"):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].is_quote or tokens[-1].dep_ == "cc"):
        tokens.pop()  # "..., and" before another speaker's report
    if len(tokens) < 3 and not (len(tokens) == 2 and tokens[0].like_num):  # but "said 12 died"
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _nested_start(clause: Token) -> int | None:
    """Where another speaker's report hung on this reported clause begins, if one is."""
    return min((t.left_edge.i for t in clause.subtree if t.i > clause.i and _another_attribution(t)), default=None)


def _another_attribution(token: Token) -> bool:
    """A speech verb with a subject of its own, hung on a reported clause ("they buried 45, while an official
    told the BBC that 39 died"): another speaker's report, not more of this one's."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _CONTRAST)}
    contrast = marks & _CONTRAST if token.dep_ == "advcl" else not marks  # not "when", "if", "and that"
    figure = token.lemma_ in _FIGURE_VERBS and any(c.dep_ == "dobj" and c.lemma_ in _FIGURES for c in token.children)
    return (
        bool(contrast)
        and (token.lemma_.lower() in indirect_lemmas() or figure)  # "..., and a police source put the figure at 23"
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in token.children)
    )


_CONTRAST = frozenset(("while", "whereas"))
# how or when something was said, not what: "on condition of anonymity", "in a statement", "by telephone"
_HOW_SAID = frozenset(
    "condition anonymity statement interview briefing conference phone telephone post video message broadcast "
    "speech address radio television tv".split()
)
_FIGURE_VERBS = frozenset("put give place raise revise lower estimate".split())
_FIGURES = frozenset("figure toll number count tally estimate".split())


_VIOLENT = frozenset(
    "kill attack shell strike bomb abduct kidnap loot burn raid shoot massacre execute torture arrest detain destroy "
    "ambush capture seize storm overrun wound injure rape displace besiege".split()
)


def _issuer(sent: Span, document: Token, registry: Registry) -> Span | None:
    """ "The police deployed 150 officers, according to a statement carried by AHP": a statement of no one named
    is that of the actor the sentence is about, when the report names that actor."""
    if document.lemma_.lower() not in document_nouns() or any(
        c.dep_ in ("poss", "prep", "compound") for c in document.children
    ):
        return None  # "a police statement", "a statement by the army": its own owner
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or sent.root.lemma_.lower() in _VIOLENT:
        return None  # "The RSF killed 200, according to a statement carried by SUNA": the accused issued nothing
    span = mention_span(subject)
    actor = next((a for a in registry.actors if a.name and a.mentions_span(span)), None)
    return span if actor is not None and actor.type not in ("news agency", "place") else None


def _owner_of(document: Token) -> Token | None:
    """Whose figures or estimates: "UN estimates", "the ministry's figures", "figures from the ministry"."""
    for child in document.children:
        named = child.dep_ in ("compound", "nmod", "amod") and (child.pos_ == "PROPN" or child.text.isupper())
        if named or (child.dep_ == "poss" and child.pos_ != "PRON"):
            return child
        author = next((c for c in child.children if c.dep_ == "nsubj"), None) if child.dep_ == "relcl" else None
        if author is not None and child.lemma_ in AUTHORED and author.tag_ not in ("WP", "WDT"):
            return author  # "figures he shared", "data the ministry released"
        by = child.dep_ == "prep" and child.lower_ in ("from", "by", "of")
        if by or (child.dep_ == "acl" and child.lemma_ in AUTHORED):  # "data compiled by ACLED"
            owner = _object(child) if by else next((_object(c) for c in child.children if c.dep_ == "agent"), None)
            listed = owner is not None and child.lower_ == "of" and owner.pos_ == "NOUN"
            if listed:  # "a list of names compiled by the youth council": the names' compiler, not the names
                owner = _owner_of(owner) or (None if owner.tag_ == "NNS" else owner)  # not "figures of the ministry"
            if owner is not None and owner.lemma_.lower() not in _NOT_SOURCES:
                return owner
    return None


def _object(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)


def _actor_named_at(doc: Doc, i: int, registry: Registry) -> Span | None:
    """The name of an actor starting at token ``i``: "according to Save the Children", which the parser reads
    as a verb and its object."""
    if i >= len(doc):
        return None
    for actor in registry.actors:
        for start, end in actor.mentions:
            if start == doc[i].idx and actor.name and actor.type != "place":
                return doc.char_span(start, end, alignment_mode="expand")
    return None


def _according_to(doc: Doc, token: Token, registry: Registry, quoted) -> Candidate | None:
    """ "..., according to three residents": the rest of the sentence is reported speech."""
    source = document = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
    if source is not None and (source.lemma_.lower() in _NOT_SOURCES or source.lower_ in _NOT_SOURCES):  # "datum"
        source = _owner_of(source)  # "according to UN estimates", "according to figures from the ministry"
    named = _actor_named_at(doc, token.i + 2, registry) if source is None else None
    if (source is None and named is None) or in_any(token.idx, quoted):
        return None
    sent = token.sent
    words = list(document.subtree) if source is not None else list(named)  # the whole phrase, not its owner
    if source is not None:  # not the report the parser set beside it: "According to IOM DTM, an estimated 62,000 ..."
        set_off = {t.i for c in document.children if c.dep_ == "appos" and c.i > document.i for t in c.subtree}
        set_off = set_off if any(doc[i - 1].text == "," for i in set_off) else set()
        words = [t for t in words if t.i not in set_off]
    phrase = {t.i for t in words} | {token.i, token.i + 1}
    rest = [t for t in sent if t.i not in phrase and not (t.is_punct or t.is_space or t.is_quote)]
    # "dozens of "terrorists" were "neutralised"": a word or two in quotation marks, in a sentence no one else is
    # said to speak in, is no quotation of its own
    scare = [(o, c) for o, c in quoted if len(doc.text[o:c].split()) <= 5 and "," not in doc.text[o:c]]
    if len(rest) < 4 or any(in_any(t.idx, quoted) and not in_any(t.idx, scare) for t in rest):
        return None
    if any(in_any(t.idx, quoted) for t in rest) and any(is_cue(t) and t.i != token.i for t in sent):
        return None
    found = Found(cue=token, subject=mention_span(source) if source is not None else named)
    issuer = _issuer(sent, document, registry) if source is document and document is not None else None
    found.subject = issuer or found.subject
    clauses = [c for c in document.children if c.dep_ in ("acl", "relcl")] if source is not None else []
    clauses = [c for c in clauses if c.lemma_ not in AUTHORED]  # "figures released by": the owner, no relay
    carriers = [t for c in clauses for t in c.subtree]
    found.via = relays(doc, carriers, registry, exclude=set())  # "a statement carried by the agency Saba"
    return Candidate("indirect", rest[0].idx, rest[-1].idx + len(rest[-1]), found=found)
