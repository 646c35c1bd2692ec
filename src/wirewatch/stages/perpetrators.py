"""Who "the attackers" are: the armed group the report says claimed the attack, or that they belonged to.

"The attackers", "the assailants" and "the gunmen" of an attack nobody claimed stay nobody's, as event coders
leave an unidentified armed group unnamed; once the report says "JNIM claimed the attack" or "the attackers
belonged to JNIM", they are that group's, within a paragraph of the claim and outside a sentence that tells of
another attack (a report may go on to one).

Written by hand: which actor a claim of responsibility names is a matter of one verb and its subject in the parse,
which no library reads.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .entities import Actor, Registry
from .nlp import text as doc_text

_PERPETRATORS = frozenset("attackers assailants gunmen raiders".split())
# what a group claims when it claims an attack: "claimed the assault", "claimed responsibility for the raid"
_ACTS = frozenset(
    "attack attacks assault raid raids ambush bombing bombings killing killings massacre strike strikes "
    "operation responsibility".split()
)
_RELATIVES = frozenset("which who that".split())
_ANOTHER = frozenset("separate separately unrelated another elsewhere meanwhile second".split())
# the attackers said to be someone else, or no one known
_OTHERS = frozenset("bandit bandits militiaman militiamen militia unidentified identify unknown".split())


def link_perpetrators(registry: Registry, skip: list[tuple[int, int]]) -> None:
    """Add every "the attackers" to the one armed group the report says claimed the attack or owned them."""
    doc = registry.doc
    owned = [(t, a) for t in doc if (a := _claimant(t, registry) or _owner(t, registry)) is not None]
    if len({a.id for _, a in owned}) != 1:
        return  # no claim, or two groups claiming: whose attackers is the reader's call
    claim, group = owned[0]
    first, last, text = claim.idx, owned[-1][0].idx, doc_text(doc)
    for token in doc:
        phrase = _perpetrators(token)
        if phrase is None or any(s <= phrase.start_char < e for s, e in skip):
            continue
        up = text.count("\n\n", phrase.start_char, first)
        if text.count("\n\n", last, phrase.start_char) > 1 or (up > 1 and not _back_to(claim)):
            continue  # another attack, told further down, or further up than "claimed the attack" points back
        lo, hi = sorted((phrase.start_char, last if phrase.start_char > last else first))
        between = doc.char_span(lo, hi, alignment_mode="expand")
        told = [*(between.sents if between is not None else ()), phrase.sent]
        if any(t.lower_ in _ANOTHER for sent in told for t in sent):
            continue  # "In a separate incident, the attackers fled"; "Meanwhile, gunmen ..."
        if any(t.lemma_.lower() in _OTHERS for t in phrase.sent if t.i >= phrase.end):
            continue  # "the attackers were local bandits", "... have not been identified"
        if not any(a.mentions_span(phrase) for a in registry.actors):
            group.mention(phrase.start_char, phrase.end_char, phrase.text)


def _back_to(claim: Token) -> bool:
    """ "claimed the attack", "claimed responsibility": a claim of the attack the report told before, not of one it
    names anew ("claimed an attack on Djibo on Monday")."""
    claimed = next((c for c in claim.children if c.dep_ == "dobj"), None)
    if claimed is None:
        return False
    if claimed.lower_ == "responsibility":
        return not any(c.lower_ == "for" and any(o.lower_ not in ("it", "attack") for o in c.children)
                       for c in claimed.children)  # fmt: skip
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in claimed.children)
    where = [o for p in claimed.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    named = any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for o in where)
    return definite and not named  # "claimed the attack in a statement", not "the attack on Djibo"


def _perpetrators(token: Token) -> Span | None:
    """ "the attackers", "The assailants": a definite plural with no words of its own that say whose."""
    if token.lower_ not in _PERPETRATORS or token.i == 0:
        return None
    det = token.doc[token.i - 1]
    if det.lower_ != "the" or det.head != token or any(c.dep_ == "poss" or c.lower_ == "of" for c in token.children):
        return None  # "the attackers of the convoy", "their attackers": a narrower or someone else's
    return token.doc[det.i : token.i + 1]


def _claimant(token: Token, registry: Registry) -> Actor | None:
    """The armed group of "JNIM claimed the attack", "..., which claimed responsibility for the raid"."""
    if token.lemma_ != "claim" or token.pos_ != "VERB":
        return None
    if any(c.dep_ == "neg" for c in token.children) or token.head.lemma_ in ("deny", "yet"):
        return None  # "JNIM has not claimed the attack", "no group has yet claimed it"
    if any(c.lower_ in ("no", "nobody") for c in token.subtree if c.i < token.i):
        return None
    if any(t.lower_ in _ANOTHER for t in token.sent):
        return None  # "Separately, JNIM claimed an attack on an army post"
    claimed = [c for c in token.children if c.dep_ == "dobj"]
    if any(m.ent_type_ == "DATE" or m.lower_ in ("earlier", "previous", "last") for c in claimed for m in c.children):
        return None  # "which claimed last week's attack": another attack
    if not any(c.dep_ == "dobj" and c.lower_ in _ACTS for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVES and token.dep_ == "relcl":
        subject = token.head  # "ISSP, which claimed the attack"
    if subject is not None and (subject.conjuncts or any(c.lower_ == "both" for c in subject.children)):
        return None  # "ISWAP and JAS both claimed the attack": whose attackers, the reader cannot tell
    return _armed_group(subject, registry)


def _owner(token: Token, registry: Registry) -> Actor | None:
    """The armed group of "The attackers belonged to JNIM"."""
    if token.lemma_ != "belong":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _PERPETRATORS for c in token.children):
        return None
    to = next((c for c in token.children if c.lower_ == "to" and c.dep_ == "prep"), None)
    return _armed_group(next((c for c in to.children if c.dep_ == "pobj"), None) if to else None, registry)


def _armed_group(token: Token | None, registry: Registry) -> Actor | None:
    if token is None:
        return None
    span = token.doc[token.i : token.i + 1]
    return next((a for a in registry.actors if a.type == "armed group" and a.mentions_span(span)), None)
