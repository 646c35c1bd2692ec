"""The spaCy component: ``nlp.add_pipe("wirewatch")`` puts each document's ``Article`` on ``doc._.wirewatch``.

Metadata travels in ``doc.user_data``: ``{"published": "2019-02-26", "outlet": "...", "url": "..."}``.
Offsets in the ``Article`` are offsets into ``doc.text``, which the component does not clean: pass text that
is already clean, or use ``wirewatch.extract`` for raw reports and HTML.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .api import Meta, analyse
from .stages.clean import CleanDoc, clean

DEFAULT_ATTR = "wirewatch"


class WirewatchComponent:
    """Runs the extraction stages on a parsed ``Doc`` (needs a parser and NER upstream)."""

    def __init__(self, nlp: Language, name: str, attr: str) -> None:
        self.name = name
        self.attr = attr
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        cleaned = _paragraphs_of(doc.text)
        info = doc.user_data if isinstance(doc.user_data, dict) else {}
        meta = Meta(
            published=_text(info.get("published")),
            outlet=_text(info.get("outlet")),
            url=_text(info.get("url")),
            title=cleaned.title,
        )
        doc._.set(self.attr, analyse(doc, cleaned, meta))
        return doc


@Language.factory("wirewatch", default_config={"attr": DEFAULT_ATTR})
def make_wirewatch(nlp: Language, name: str, attr: str) -> WirewatchComponent:
    """Factory registered as ``wirewatch`` (also through the ``spacy_factories`` entry point)."""
    return WirewatchComponent(nlp, name, attr)


def _paragraphs_of(text: str) -> CleanDoc:
    """Paragraph spans of a text used as it is (no furniture removal: offsets must stay those of the Doc)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    cleaned = clean(text)  # only to learn how many leading paragraphs are headlines, and the title
    first_heads = spans[: len(cleaned.headlines)]
    return CleanDoc(text, spans, first_heads, cleaned.title)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
