"""Quotation candidates and their attribution zones: marked passages, reported speech, agency blocks."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...models import Quote, Speaker
from ..clean import CleanDoc
from ..entities import Registry
from ..nlp import ents_in
from ..nlp import text as doc_text
from .attribution import Found, attribute, indirect_lemmas, is_cue, mention_span, outlet_name, relays, subject_of
from .marks import Marked, find_marked
from .speakers import Resolved, Resolver

_SCARE_BEFORE = re.compile(
    r"(so-called|dubbed|known as|nicknamed|named|termed|labelled|labeled|branded|"
    r"the words?|the term|the phrase|the slogan|called it|calling it)\W*$",
    re.I,
)
_MAX_ZONE_TOKENS = 40
_AFTER_CUE_WINDOW = 8
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
}


@dataclass
class Region:
    """Paragraphs of an agency's own reporting after "Reuters reports:"."""

    start: int
    end: int
    speaker: str | None


@dataclass
class Candidate:
    kind: str
    start: int
    end: int
    found: Found | None = None
    mark: Marked | None = None
    follows: Candidate | None = None  # same speaker as an earlier quote (broken or running-on quote)
    resolved: Resolved = field(default_factory=lambda: Resolved(Speaker(), None, 0.2))
    via: list[str] = field(default_factory=list)
    block_regions: list[Region] = field(default_factory=list)
    explicit_relay: bool = False
    speaker_is_media: bool = False
    keep: bool = True

    def resolve(self, resolver: Resolver, done: list[Candidate], registry: Registry) -> None:
        if self.follows is not None and (self.found is None or self.found.subject is None):
            self.resolved = self.follows.resolved
            self.via = list(self.follows.via)
            self.explicit_relay = self.follows.explicit_relay
            self.speaker_is_media = self.follows.speaker_is_media
            return
        found = self.found
        if found is None:
            return
        subject = found.cited or found.subject
        self.resolved = resolver.resolve(subject, None if found.cited else found.role, self.start)
        via = list(found.via)
        if found.cited is not None and found.subject is not None:
            relay = outlet_name(found.subject, registry)
            via = [relay, *[v for v in via if v != relay]]
        name = self.resolved.speaker.name
        self.speaker_is_media = bool(name) and registry.is_media(name or "")
        self.via = [v for v in via if v != name]
        self.explicit_relay = bool(self.via) or _own_channel(found.cue)

    def to_quote(self, text: str) -> Quote:
        cue = (
            self.found.cue.text
            if self.found is not None
            else (self.follows.found.cue.text if self.follows is not None and self.follows.found else None)
        )
        return Quote(
            text=text[self.start : self.end],
            kind=self.kind,
            start=self.start,
            end=self.end,
            speaker=self.resolved.speaker,
            cue=cue,
            via=self.via,
            confidence=round(self.resolved.confidence, 2),
        )


def find_candidates(doc: Doc, cleaned: CleanDoc, registry: Registry) -> list[Candidate]:
    """Every quotation candidate, sorted by position."""
    marks = find_marked(doc_text(doc), cleaned.paragraphs, cleaned.headlines)
    quoted = [(m.open, m.close + 1) for m in marks]
    regions, blocks = _blocks(doc, cleaned, registry, quoted)
    marked = _marked_candidates(doc, marks, quoted, registry, cleaned, regions)
    direct = [c for c in marked if c.kind == "direct"]
    indirect = _indirect_candidates(doc, cleaned, registry, quoted, direct)
    found = sorted(blocks + marked + indirect, key=lambda c: (c.start, -c.end))
    for cand in found:
        cand.block_regions = [r for r in regions if r.start <= cand.start < r.end and cand.kind != "block"]
    return found


# -- quoted passages ---------------------------------------------------------------------------------
def _marked_candidates(
    doc: Doc,
    marks: list[Marked],
    quoted: list[tuple[int, int]],
    registry: Registry,
    cleaned: CleanDoc,
    regions: list[Region],
) -> list[Candidate]:
    out: list[Candidate] = []
    for mark in marks:
        prefix = _prefix(doc, mark, cleaned)
        words = len(doc_text(doc)[mark.start : mark.end].split())
        fragment = doc_text(doc)[mark.start : mark.start + 1].islower()
        embedded = fragment or (
            bool(prefix) and not prefix.endswith((":", ",", "—", "–", "-")) and not _ends_with_cue(doc, mark.open)
        )
        if embedded:
            cand = _partial(doc, mark, prefix, words, quoted, registry)
        else:
            cand = _direct(doc, mark, quoted, registry, out, cleaned)
        if cand is not None:
            out.append(cand)
    return out


def _prefix(doc: Doc, mark: Marked, cleaned: CleanDoc) -> str:
    pstart = cleaned.paragraphs[mark.paragraph][0]
    sent = _sent_at(doc, mark.open)
    start = max(pstart, sent.start_char if sent is not None else pstart)
    return doc_text(doc)[start : mark.open].strip()


def _ends_with_cue(doc: Doc, pos: int) -> bool:
    before = [t for t in _tokens(doc, max(0, pos - 40), pos) if not t.is_punct]
    return bool(before) and is_cue(before[-1])


def _partial(doc: Doc, mark: Marked, prefix: str, words: int, quoted, registry) -> Candidate | None:
    if _SCARE_BEFORE.search(prefix) or (words <= 3 and doc_text(doc)[mark.start : mark.end].istitle()):
        return None
    sent = _sent_at(doc, mark.open)
    if sent is None:
        return None
    tokens = [t for t in sent if not _in_any(t.idx, quoted) and not t.is_space]
    found = attribute(doc, tokens, registry, near=mark.open)
    if found is None:
        # a quoted phrase with no speech cue: a slogan or a quotation nobody is named for, or a scare quote
        return Candidate("partial", mark.start, mark.end, mark=mark) if words >= 3 else None
    if words <= 2 and abs(found.cue.idx - mark.open) > 80:
        return None
    return Candidate("partial", mark.start, mark.end, found=found, mark=mark)


def _direct(doc: Doc, mark: Marked, quoted, registry, earlier: list[Candidate], cleaned) -> Candidate | None:
    cand = Candidate("direct", mark.start, mark.end, mark=mark)
    previous = earlier[-1] if earlier else None
    if mark.continued and previous is not None:
        cand.follows = previous
    comma_inside = (
        doc_text(doc)[mark.end : mark.close].strip().startswith(",") or doc_text(doc)[mark.end : mark.close] == ","
    )
    zones = [_after_zone(doc, mark, quoted, cleaned), _before_zone(doc, mark, quoted, cleaned)]
    if not comma_inside:
        zones.reverse()
    for tokens, near in zones:
        found = attribute(doc, tokens, registry, near=near) if tokens else None
        if found is not None and found.subject is not None:
            cand.found = found
            return cand
    if (
        cand.follows is None
        and previous is not None
        and previous.mark is not None
        and (previous.mark.paragraph == mark.paragraph and previous.kind == "direct")
    ):
        cand.follows = previous
    return cand


def _after_zone(doc: Doc, mark: Marked, quoted, cleaned: CleanDoc) -> tuple[list[Token], int]:
    """The rest of the sentence after the closing mark, when it attributes the quote ("...," X told AFP)."""
    first = _token_at(doc, mark.close + 1)
    para_end = cleaned.paragraphs[mark.paragraph][1]
    if first is None or first.idx >= para_end:
        return [], mark.close
    nxt = min((o for o, _ in quoted if o > mark.close), default=len(doc_text(doc)))
    end = min(first.sent.end_char, nxt, para_end)
    tokens = [t for t in _tokens(doc, mark.close + 1, end) if not t.is_space][:_MAX_ZONE_TOKENS]
    words = [t for t in tokens if not t.is_punct]
    if any(is_cue(t) for t in words[:_AFTER_CUE_WINDOW]) or _subject_first(tokens):
        return tokens, mark.close
    return [], mark.close


def _subject_first(tokens: list[Token]) -> bool:
    """ "..., Fatima Adam Yahya, a schoolteacher sheltering near the camp, told Reuters": the subject opens the zone."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if is_cue(token):
            subject = subject_of(token, inside)
            return subject is not None and subject.start <= tokens[0].i + 2
    return False


def _before_zone(doc: Doc, mark: Marked, quoted, cleaned: CleanDoc) -> tuple[list[Token], int]:
    pstart, _ = cleaned.paragraphs[mark.paragraph]
    sent = _sent_at(doc, mark.open)
    start = max(pstart, sent.start_char if sent is not None else pstart)
    prev_close = max((c for _, c in quoted if c <= mark.open), default=0)
    tokens = [t for t in _tokens(doc, max(start, prev_close), mark.open) if not t.is_space]
    if not tokens and mark.paragraph > 0 and mark.open == pstart:
        tokens = _intro_paragraph(doc, cleaned, mark.paragraph - 1)
    return tokens[-_MAX_ZONE_TOKENS:], mark.open


def _intro_paragraph(doc: Doc, cleaned: CleanDoc, index: int) -> list[Token]:
    """A paragraph ending with a colon ("In a statement, MSF said:") introduces the quote after it."""
    start, end = cleaned.paragraphs[index]
    if not doc_text(doc)[start:end].rstrip().endswith(":"):
        return []
    return [t for t in _tokens(doc, start, end) if not t.is_space]


# -- reported speech -------------------------------------------------------------------------------
def _indirect_candidates(doc: Doc, cleaned: CleanDoc, registry: Registry, quoted, direct) -> list[Candidate]:
    out: list[Candidate] = []
    heads = cleaned.headlines
    for token in doc:
        if _in_any(token.idx, heads):
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
    for more in cue.children:
        joined = more.dep_ == "conj" or (more.dep_ == "advcl" and any(m.lower_ == "while" for m in more.children))
        if not joined or more.i < cue.i or more.pos_ not in ("VERB", "AUX") or is_cue(more):
            continue
        if any(is_cue(t) for t in more.subtree):
            continue
        tokens = [t for t in more.subtree if not (t.is_punct or (t.dep_ == "cc" and t.i < more.i))]
        if len(tokens) >= 4:
            out.append(Candidate("indirect", tokens[0].idx, tokens[-1].idx + len(tokens[-1]), follows=cand))
    return out


def _reported_clause(doc: Doc, cue: Token, registry: Registry, quoted, direct) -> Candidate | None:
    if _non_finite(cue):
        return None
    clause = _complement(cue)
    span = _extended(_clause_span(clause), cue, clause) if clause is not None else _trailing_attribution(doc, cue)
    if span is None:
        return None
    enclosing = next(((o, c) for o, c in quoted if o < cue.idx < c), None)
    if span is None or (enclosing is None and any(span[0] < d.end and d.start < span[1] for d in direct)):
        return None
    tokens = _zone_tokens(cue.sent, quoted, enclosing, exclude=span)
    found = attribute(doc, tokens, registry, near=cue.idx)
    if found is None:
        return None
    found.cue = cue
    subject = subject_of(cue, {t.i for t in tokens}) or found.subject
    if subject is None and clause is None:
        subject = _between_comma_and(cue)  # "..., witnesses and local officials said": the parser lost them
    found.name_speaker(subject, registry)
    if found.subject is not None and found.subject.text.lower() in ("i", "we") and enclosing:
        return None
    return Candidate("indirect", span[0], span[1], found=found)


def _between_comma_and(cue: Token) -> Span | None:
    """The words between the comma and a trailing cue ("..., witnesses and local officials said")."""
    i = cue.i - 1
    while i > cue.sent.start and cue.doc[i].text != "," and cue.i - i < 10:
        i -= 1
    words = cue.doc[i + 1 : cue.i]
    return words if cue.doc[i].text == "," and any(t.pos_ in ("NOUN", "PROPN") for t in words) else None


def _complement(cue: Token) -> Token | None:
    """The reported clause: a clausal complement, or a that-clause on "said in a statement that ..."."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    clause = next((c for c in clauses if c.pos_ in ("VERB", "AUX")), clauses[0] if clauses else None)
    if clause is not None:
        return clause  # a verb first: the parser may take "told the agency Lusa that ..." for two clauses
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            for acl in (c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp")):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in acl.children):
                    return acl
    return None


def _extended(span: tuple[int, int] | None, cue: Token, clause: Token) -> tuple[int, int] | None:
    """ "told TVM that troops had killed 23, lost three soldiers ..., and that 2,000 had left": the parser hangs
    the later parts of the report on the cue; they are still what was reported."""
    if span is None:
        return None
    end = span[1]
    for more in cue.children:
        if more.i <= clause.i or more.dep_ not in ("conj", "ccomp") or more.pos_ not in ("VERB", "AUX"):
            continue
        has_that = any(c.dep_ == "mark" and c.lower_ == "that" for c in more.children)
        if has_that or not any(c.dep_ in ("nsubj", "nsubjpass") for c in more.children):
            last = more.right_edge
            while last.is_punct and last.i > more.i:
                last = last.nbor(-1)
            end = max(end, last.idx + len(last))
    return span[0], end


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
    if not content or not any(t.pos_ in ("VERB", "AUX") for t in content):
        return None
    return content[0].idx, content[-1].idx + len(content[-1])


_CHANNELS = frozenset(
    [
        "briefing",
        "conference",
        "statement",
        "address",
        "speech",
        "broadcast",
        "post",
        "video",
        "interview",
        "hearing",
        "session",
        "meeting",
    ]
)


def _own_channel(cue: Token) -> bool:
    """ "said in a televised briefing", "said at a news conference": this time not through the earlier relay."""
    preps = ("in", "at", "during", "on")
    objects = [o for p in cue.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
    return any(o.lemma_.lower() in _CHANNELS for o in objects)


def _non_finite(cue: Token) -> bool:
    """ "hard to predict", "expects to announce": an infinitive reports no speech."""
    return cue.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)


def _clause_span(clause: Token) -> tuple[int, int] | None:
    verbs = [t.i for t in clause.subtree if t.pos_ in ("VERB", "AUX")]
    marks = [t.i for t in clause.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.i < min(verbs, default=0)]
    first = marks[0] + 1 if marks else clause.left_edge.i  # "told the agency Lusa that ...": after "that"
    tokens = [t for t in clause.subtree if t.i >= first]
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].is_quote):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].is_quote):
        tokens.pop()
    if len(tokens) < 3:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _owner_of(document: Token) -> Token | None:
    """Whose figures or estimates: "UN estimates", "the ministry's figures", "figures from the ministry"."""
    for child in document.children:
        named = child.dep_ in ("compound", "nmod", "amod") and (child.pos_ == "PROPN" or child.text.isupper())
        if named or (child.dep_ == "poss" and child.pos_ != "PRON"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            owner = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None and owner.lemma_.lower() not in _NOT_SOURCES:
                return owner
    return None


def _according_to(doc: Doc, token: Token, registry: Registry, quoted) -> Candidate | None:
    """ "..., according to three residents": the rest of the sentence is reported speech."""
    source = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
    if source is not None and source.lemma_.lower() in _NOT_SOURCES:
        source = _owner_of(source)  # "according to UN estimates", "according to figures from the ministry"
    if source is None or _in_any(token.idx, quoted):
        return None
    sent = token.sent
    phrase = {t.i for t in source.subtree} | {token.i, token.i + 1}
    rest = [t for t in sent if t.i not in phrase and not (t.is_punct or t.is_space or t.is_quote)]
    if len(rest) < 4 or any(_in_any(t.idx, quoted) for t in rest):
        return None
    found = Found(cue=token, subject=mention_span(source))
    carriers = [t for c in source.children if c.dep_ in ("acl", "relcl") for t in c.subtree]
    found.via = relays(doc, carriers, registry, exclude=set())  # "a statement carried by the agency Saba"
    return Candidate("indirect", rest[0].idx, rest[-1].idx + len(rest[-1]), found=found)


def _zone_tokens(sent: Span, quoted, enclosing, exclude: tuple[int, int]) -> list[Token]:
    def usable(t: Token) -> bool:
        if t.is_space or exclude[0] <= t.idx < exclude[1]:
            return False
        if enclosing is not None:
            return enclosing[0] < t.idx < enclosing[1]
        return not _in_any(t.idx, quoted)

    return [t for t in sent if usable(t)]


# -- agency blocks ---------------------------------------------------------------------------------
def _blocks(doc: Doc, cleaned: CleanDoc, registry: Registry, quoted) -> tuple[list[Region], list[Candidate]]:
    """ "Reuters reports:" on its own: the paragraphs after it are the agency's, until another source appears."""
    regions: list[Region] = []
    blocks: list[Candidate] = []
    paras = cleaned.paragraphs
    for index, (start, end) in enumerate(paras[:-1]):
        text = doc_text(doc)[start:end].strip()
        if not text.endswith(":") or len(text.split()) > 15 or _in_any(start, quoted):
            continue
        tokens = [t for t in _tokens(doc, start, end) if not t.is_space]
        found = attribute(doc, tokens, registry, near=end)
        if found is None or found.subject is None:
            continue
        nxt_start = paras[index + 1][0]
        if doc_text(doc)[nxt_start : nxt_start + 1] in '“"‘':
            continue  # the quote after it is a direct quote, attributed by this paragraph
        name = registry.canonical(found.subject.text)[0] or found.subject.text
        last = _region_end(doc, paras, index + 1, registry, name)
        regions.append(Region(nxt_start, paras[last][1], name))
        blocks.append(Candidate("block", nxt_start, paras[last][1], found=found))
    return regions, blocks


def _region_end(doc: Doc, paras, first: int, registry: Registry, name: str) -> int:
    """The agency's block runs on over plain paragraphs: no quotation marks, no new source, no other agency."""
    last = first
    for index in range(first + 1, min(first + 5, len(paras))):
        start, end = paras[index]
        span = doc.char_span(start, end, alignment_mode="expand")
        others = [
            e for e in ents_in(span) if registry.is_media(e.text) and (registry.canonical(e.text)[0] or e.text) != name
        ]
        first_root = next(iter(span.sents)).root
        if others or _has_mark(doc, paras[index]) or is_cue(first_root) or doc_text(doc)[start:end].endswith(":"):
            break
        last = index
    return last


def _has_mark(doc: Doc, para: tuple[int, int]) -> bool:
    return any(ch in doc_text(doc)[para[0] : para[1]] for ch in '“"')


# -- small helpers -----------------------------------------------------------------------------------
def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens starting in [start, end)."""
    first = bisect_left(doc, start, key=lambda t: t.idx)
    last = bisect_left(doc, end, key=lambda t: t.idx)
    return list(doc[first:last])


def _token_at(doc: Doc, pos: int) -> Token | None:
    """The first non-space token at or after ``pos``."""
    i = bisect_left(doc, pos, key=lambda t: t.idx)
    if i and doc[i - 1].idx + len(doc[i - 1]) > pos:
        i -= 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _sent_at(doc: Doc, pos: int) -> Span | None:
    token = _token_at(doc, pos)
    return token.sent if token is not None else None


def _in_any(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)
