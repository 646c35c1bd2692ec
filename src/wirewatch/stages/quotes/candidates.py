"""Quotation candidates and their attribution zones: marked passages and agency blocks; reported speech is in
``reported``, the candidate itself in ``candidate``."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from ..clean import CleanDoc
from ..entities import Actor, Registry
from ..nlp import ents_in
from ..nlp import text as doc_text
from .attribution import Found, attribute, is_cue, subject_of
from .candidate import MAX_ZONE_TOKENS, Candidate, Region, in_any, sent_at, token_at, tokens_between
from .marks import Marked, find_marked
from .reported import reported_candidates

_SCARE_BEFORE = re.compile(
    r"(so-called|dubbed|known as|nicknamed|named|termed|labelled|labeled|branded|"
    r"the words?|the term|the phrase|the slogan|called it|calling it)\W*$",
    re.I,
)
_AFTER_CUE_WINDOW = 8


def find_candidates(doc: Doc, cleaned: CleanDoc, registry: Registry) -> list[Candidate]:
    """Every quotation candidate, sorted by position."""
    marks = find_marked(doc_text(doc), cleaned.paragraphs, cleaned.headlines)
    quoted = [(m.open, m.close + 1) for m in marks]
    regions, blocks = _blocks(doc, cleaned, registry, quoted)
    marked = _marked_candidates(doc, marks, quoted, registry, cleaned, regions)
    marked += _transcript_turns(doc, cleaned, registry, marked, quoted)
    direct = [c for c in marked if c.kind == "direct"]
    indirect = reported_candidates(doc, cleaned, registry, quoted, direct)
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
    sent = sent_at(doc, mark.open)
    start = max(pstart, sent.start_char if sent is not None else pstart)
    return doc_text(doc)[start : mark.open].strip()


def _ends_with_cue(doc: Doc, pos: int) -> bool:
    before = [t for t in tokens_between(doc, max(0, pos - 40), pos) if not t.is_punct]
    return bool(before) and is_cue(before[-1])


def _partial(doc: Doc, mark: Marked, prefix: str, words: int, quoted, registry) -> Candidate | None:
    if _SCARE_BEFORE.search(prefix) or (words <= 3 and doc_text(doc)[mark.start : mark.end].istitle()):
        return None
    sent = sent_at(doc, mark.open)
    if sent is None:
        return None
    tokens = [t for t in sent if not in_any(t.idx, quoted) and not t.is_space]
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
    first = token_at(doc, mark.close + 1)
    para_end = cleaned.paragraphs[mark.paragraph][1]
    if first is None or first.idx >= para_end:
        return [], mark.close
    nxt = min((o for o, _ in quoted if o > mark.close), default=len(doc_text(doc)))
    end = min(first.sent.end_char, nxt, para_end)
    tokens = [t for t in tokens_between(doc, mark.close + 1, end) if not t.is_space][:MAX_ZONE_TOKENS]
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
    sent = sent_at(doc, mark.open)
    start = max(pstart, sent.start_char if sent is not None else pstart)
    prev_close = max((c for _, c in quoted if c <= mark.open), default=0)
    tokens = [t for t in tokens_between(doc, max(start, prev_close), mark.open) if not t.is_space]
    if not tokens and mark.paragraph > 0 and mark.open == pstart:
        tokens = _intro_paragraph(doc, cleaned, mark.paragraph - 1)
    return tokens[-MAX_ZONE_TOKENS:], mark.open


def _intro_paragraph(doc: Doc, cleaned: CleanDoc, index: int) -> list[Token]:
    """A paragraph ending with a colon ("In a statement, MSF said:") introduces the quote after it."""
    start, end = cleaned.paragraphs[index]
    if not doc_text(doc)[start:end].rstrip().endswith(":"):
        return []
    return [t for t in tokens_between(doc, start, end) if not t.is_space]


# -- broadcast transcripts -------------------------------------------------------------------------
# "CAICEDO (recorded): ...", "MUÑOZ (phone): ...": a paragraph opened by a speaker's label in capitals
_TURN = re.compile(r"([A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.\-]*){0,3})(?: \(([^()\n]{1,60})\))?:\s+")
_STAFF = frozenset(
    "anchor host presenter correspondent reporter newsreader interviewer moderator announcer journalist".split()
)


def _transcript_turns(
    doc: Doc, cleaned: CleanDoc, registry: Registry, marked: list[Candidate], quoted
) -> list[Candidate]:
    """A turn of a broadcast transcript is its speaker's words: quoted passages in it are said by the person the
    label names ("CAICEDO" for Gen. Rodrigo Caicedo, introduced before), and a turn without quotation marks is
    one quotation. The station's own people (anchor, correspondent) speak in the outlet's voice: no quote."""
    text = doc_text(doc)
    turns: list[Candidate] = []
    _clips(doc, cleaned, registry, marked)
    staff: dict[str, Actor] = {}
    for start, end in cleaned.paragraphs:
        label = _TURN.match(text, start, end)
        if label is None or label.end() >= end:
            continue
        if any(w in _STAFF for w in label.group(1).lower().split()):
            _staff_label(label, registry, staff)
            continue
        if text[label.end() : end].isupper():
            continue  # "HENRY: HAITI PM RESIGNS", a headline in capitals
        person = _labelled_person(label.group(1), registry, start)
        named = _named_in_brackets(label.group(2), registry, start) if person is None and label.group(2) else None
        if person is None and named is None:
            continue
        if person is not None:
            person.mention(label.start(1), label.end(1), label.group(1))  # "QASSEM" is a mention of Nabil Qassem
        else:  # "MAYOR (Américo Chitará, through an interpreter)": the person named in the brackets
            person = named
            person.mention(label.start(2), label.start(2) + len(person.name), person.name)
        mention = doc.char_span(*person.mentions[0], alignment_mode="expand")
        cue = token_at(doc, start)
        if mention is None or cue is None or _staff(person, text, registry):
            continue
        inside = [c for c in marked if start <= c.start < end and (c.found is None or c.found.subject is None)]
        for cand in inside:
            cand.found, cand.follows = Found(cue=cue, subject=mention), None
        if not inside and not any(start <= o < end for o, _ in quoted):  # a turn with quotations of its own
            body_end = len(text[:end].rstrip())
            turns.append(Candidate("direct", label.end(), body_end, found=Found(cue=cue, subject=mention)))
    return turns


def _staff_label(label: re.Match[str], registry: Registry, staff: dict[str, Actor]) -> None:
    """ "PRESENTER (Nadia Yousif):", and later "PRESENTER:": the station's own person, under the label too (their
    words are the outlet's voice, no quotation)."""
    role = label.group(1)
    inside = label.span(2) if label.group(2) else None
    people = [a for a in registry.actors if a.type == "person"]
    named = next((a for a in people if inside and any(s < inside[1] and inside[0] < e for s, e in a.mentions)), None)
    if named is None and inside and _STAFF_NAME.fullmatch(label.group(2)):  # "PRESENTER (Amna Osman):", untagged
        named = registry.person(label.group(2), inside[0])
        named.mention(*inside, label.group(2))
    # "Our correspondent Khalid Idris is in Tawila", then "CORRESPONDENT:": the one the report gave that role
    introduced = registry.by_role(role.split()[-1].lower(), [], label.start()) if not inside else None
    person = named or staff.get(role) or introduced
    if person is not None:
        if not any(w in _STAFF for r in person.roles for w in r.lower().split()):
            registry.give_role(person, role.lower())  # "ORTIZ:" later is the correspondent: the outlet's voice
        staff[role] = person
        person.mention(label.start(1), label.end(1), role)


_STAFF_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}")  # a person's name in a label's brackets
_CLIP = re.compile(r"\[(?:CLIP|SOUNDBITE|SOT|ACTUALITY|AUDIO|INSERT|VOICE)\b[^\]\n]*\]\s*$")


def _clips(doc: Doc, cleaned: CleanDoc, registry: Registry, marked: list[Candidate]) -> None:
    """ "[CLIP – rescue volunteer Ma Hnin Ei Phyu, voiced over in English]" and then a quotation: the clip is the
    words of the person its label names."""
    text = doc_text(doc)
    paragraphs = cleaned.paragraphs
    for (start, end), (after, after_end) in itertools.pairwise(paragraphs):
        if not _CLIP.match(text, start, end):
            continue
        people = [
            (s, e) for a in registry.actors if a.type == "person" for s, e in a.mentions if start <= s and e <= end
        ]
        mention = doc.char_span(*people[0], alignment_mode="expand") if people else None
        cue = token_at(doc, start)
        if mention is None or cue is None:
            continue
        for cand in (c for c in marked if after <= c.start < after_end):
            if cand.found is None or cand.found.subject is None:
                cand.found, cand.follows = Found(cue=cue, subject=mention), None


# "Good evening, I'm Judy Woodruff", "the BBC's Lyse Doucet": the station's own people introduce themselves so
_INTRODUCED = re.compile(r"(?:\bI'm|\bI am|\bThis is|\b(?:anchor|host|presenter|correspondent|reporter))\s*$", re.I)
_OUTLETS_OWN = re.compile(r"\b([A-Z][\w-]*)['’]s\s*$")  # "the BBC's Lyse Doucet"


def _staff(person, text: str, registry: Registry) -> bool:
    """Whether a labelled person is one of the station's own: by role, or by how the report introduces them."""
    if any(w in _STAFF for role in person.roles for w in role.lower().split()):
        return True
    before = text[max(0, person.first - 20) : person.first]
    owner = _OUTLETS_OWN.search(before)
    return bool(_INTRODUCED.search(before)) or (owner is not None and registry.is_media(owner.group(1)))


def _named_in_brackets(text: str, registry: Registry, before: int):
    """The person named before whose full name opens a label's brackets."""
    people = (a for a in registry.actors if a.type == "person" and a.mentions and a.first < before)
    return next((a for a in people if text.startswith(a.name)), None)


def _within(label: list[str], name: list[str]) -> bool:
    """ "MUÑOZ" within "Wilson Muñoz Erazo": the label is the name, or a run of its words after the first."""
    rest = name[1:] if len(name) > 1 else name
    return label == name or any(rest[i : i + len(label)] == label for i in range(len(rest)))


def _labelled_person(label: str, registry: Registry, before: int):
    """The one person named before whose name holds the label."""
    words = label.lower().split()
    people = [
        a
        for a in registry.actors
        if a.type == "person" and a.mentions and a.first < before and _within(words, a.name.lower().split())
    ]
    return people[0] if len(people) == 1 else None


# -- agency blocks ---------------------------------------------------------------------------------
def _blocks(doc: Doc, cleaned: CleanDoc, registry: Registry, quoted) -> tuple[list[Region], list[Candidate]]:
    """ "Reuters reports:" on its own: the paragraphs after it are the agency's, until another source appears."""
    regions: list[Region] = []
    blocks: list[Candidate] = []
    paras = cleaned.paragraphs
    for index, (start, end) in enumerate(paras[:-1]):
        text = doc_text(doc)[start:end].strip()
        if not text.endswith(":") or len(text.split()) > 15 or in_any(start, quoted):
            continue
        tokens = [t for t in tokens_between(doc, start, end) if not t.is_space]
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
