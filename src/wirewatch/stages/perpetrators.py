"""Who "the attackers" are: the armed group the report says claimed the attack, or that they belonged to.

"The attackers", "the assailants" and "the gunmen" of an attack nobody claimed stay nobody's, as event coders
leave an unidentified armed group unnamed; once the report says "JNIM claimed the attack" or "the attackers
belonged to JNIM", they are that group's, up to the paragraph after the claim (a report may go on to another
attack).

Written by hand: which actor a claim of responsibility names is a matter of one verb and its subject in the parse,
which no library reads.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .entities import Actor, Registry

_PERPETRATORS = frozenset("attackers assailants gunmen raiders".split())
# what a group claims when it claims an attack: "claimed the assault", "claimed responsibility for the raid"
_ACTS = frozenset(
    "attack attacks assault raid raids ambush bombing bombings killing killings massacre strike strikes "
    "operation responsibility".split()
)
_RELATIVES = frozenset("which who that".split())


def link_perpetrators(registry: Registry, skip: list[tuple[int, int]]) -> None:
    """Add every "the attackers" to the one armed group the report says claimed the attack or owned them."""
    doc = registry.doc
    owned = [(t, a) for t in doc if (a := _claimant(t, registry) or _owner(t, registry)) is not None]
    if len({a.id for _, a in owned}) != 1:
        return  # no claim, or two groups claiming: whose attackers is the reader's call
    group, last = owned[0][1], owned[-1][0].idx
    for token in doc:
        phrase = _perpetrators(token)
        if phrase is None or any(s <= phrase.start_char < e for s, e in skip):
            continue
        if doc.text.count("\n\n", last, phrase.start_char) > 1:
            continue  # another attack, told further down, may be someone else's
        if not any(a.mentions_span(phrase) for a in registry.actors):
            group.mention(phrase.start_char, phrase.end_char, phrase.text)


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
    if not any(c.dep_ == "dobj" and c.lower_ in _ACTS for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _RELATIVES and token.dep_ == "relcl":
        subject = token.head  # "ISSP, which claimed the attack"
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
