"""Who said what: direct, partial, indirect and block quotations with speakers and relay chains.

The stage works in three passes over one parsed document:
1. candidates (``candidate``): quoted passages (``marks``, ``candidates``), reported-speech clauses
   (``reported``), agency blocks (``candidates``), each with the zone of text that may attribute it;
2. attribution, in reading order, so that "he said" and "it adds" find the speaker before them (``speakers``);
3. relays: the chain of news organisations from the speaker outward (``via``), from the zone itself, a cited
   source, an enclosing quote or block, or the speaker's own earlier relay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...models import Quote
from ..clean import CleanDoc
from ..entities import Registry
from ..names import norm_key
from ..nlp import text as doc_text
from .candidate import Candidate, told_the_same_outlet
from .candidates import find_candidates
from .speakers import Resolver, document_nouns


def find_quotes(doc: Doc, cleaned: CleanDoc, registry: Registry, outlet: str | None = None) -> list[Quote]:
    """All quotations of a parsed report, in reading order; the publishing ``outlet`` is never a relay."""
    candidates = find_candidates(doc, cleaned, registry)
    publisher = registry.canonical(outlet)[0] or outlet if outlet else None
    outlet_key = norm_key(outlet) if outlet else None  # "The Daily Star" is the "Daily Star" a quote names
    resolver = Resolver(registry, [(c.mark.open, c.mark.close + 1) for c in candidates if c.mark is not None])
    relays = _Relays()
    done: list[Candidate] = []
    for cand in candidates:
        cand.resolve(resolver, done, registry)
        _apply_relays(cand, done, relays)
        cand.via = [v for v in cand.via if publisher is None or norm_key(v) not in (norm_key(publisher), outlet_key)]
        resolver.remember(cand.start, cand.resolved)
        done.append(cand)
    _inside_reports(done)
    for cand in done:  # "OUAGADOUGOU, May 13 - Gunmen killed ..., residents said": the dateline is no one's words
        cand.start = next((end for start, end in cleaned.datelines if start <= cand.start < end), cand.start)
    return [c.to_quote(doc_text(doc)) for c in done if c.keep and c.start < c.end]


def _inside_reports(done: list[Candidate]) -> None:
    """A quoted phrase inside someone's reported words ("X said 120 trucks had entered "without any problem"")
    is X's, with X's relays, whatever stands nearer to it."""
    for cand in done:
        if cand.kind != "partial":
            continue
        around = [
            d
            for d in done
            if d is not cand and d.kind in ("indirect", "direct") and d.start <= cand.start and cand.end <= d.end
        ]
        named = [d for d in around if d.resolved.speaker.name]
        if named and named[-1].resolved.speaker.name != cand.resolved.speaker.name:
            cand.resolved, cand.via = named[-1].resolved, list(named[-1].via)


@dataclass
class _Relays:
    """Through whom each speaker spoke last: the relay their next words keep when they name none (a wire's
    interviewee goes on speaking through the agency named first), and the last outlet they spoke through."""

    last: dict[str, list[str]] = field(default_factory=dict)
    media: dict[str, list[str]] = field(default_factory=dict)

    def remember(self, key: str, via: list[str]) -> None:
        self.last[key] = via
        if via:
            self.media[key] = via


def _apply_relays(cand: Candidate, done: list[Candidate], relays: _Relays) -> None:
    """Relays from enclosing quotes and blocks, or the speaker's own last relay when none is named here."""
    speaker = cand.resolved.speaker.name
    enclosing = [
        d
        for d in done
        if d.kind in ("direct", "block")
        and d.start <= cand.start
        and cand.end <= d.end
        and d is not cand
        and d.resolved.speaker.name
    ]
    via = list(cand.via)
    if not via and not cand.resolved.speaker.name:  # "an official, speaking to AFP, said reports suggested that ..."
        around = [d for d in done if d.kind == "indirect" and d.start <= cand.start and cand.end <= d.end]
        via = list(around[-1].via) if around else via
    for outer in reversed(enclosing):
        outer_name = outer.resolved.speaker.name
        chain = ([outer_name] if outer.speaker_is_media else []) + outer.via
        for name in chain:
            if name not in via and name != speaker:
                via.append(name)
    for region in cand.block_regions:
        if region.speaker and region.speaker not in via and region.speaker != speaker:
            via.append(region.speaker)
    key = cand.resolved.actor.id if cand.resolved.actor is not None else speaker
    kept = relays.last.get(key) if key else None
    if not via and not cand.explicit_relay and not enclosing and not cand.block_regions and kept is not None:
        via = list(kept)
    if not via and cand.found is not None and told_the_same_outlet(cand.found.cue):
        via = list(relays.media.get(key, []))  # "she later told the broadcaster": the one named before
    if not via and cand.resolved.document:  # "the communiqué said": read on state television, as said before
        same = [d for d in done if d.resolved.actor is cand.resolved.actor and d.resolved.speaker.name == speaker]
        same = [d for d in same if _names_a_document(d)]  # not what the same actor later told an agency
        via = list(same[-1].via) if same else via
    cand.via = via
    if key and cand.resolved.person:
        relays.remember(key, via)


def _names_a_document(cand: Candidate) -> bool:
    """Whether a report says it comes from a document ("said in a communiqué read on state television",
    "according to a statement carried by AHP")."""
    if cand.found is None:
        return False
    words = (t for t in cand.found.cue.subtree if not cand.start <= t.idx < cand.end)
    return any(t.lemma_.lower() in document_nouns() for t in words)
