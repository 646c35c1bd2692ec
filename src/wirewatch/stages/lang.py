"""Language check: wirewatch reads English reports and says so when it is given another language."""

from __future__ import annotations

from functools import cache

from ..errors import InputError
from ..settings import DEFAULT, Settings


@cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language code and its probability."""
    lang, prob = _identifier().classify(text[:20_000])
    return str(lang), float(prob)


# English-lexified creoles the identifier confuses with English news from the same countries ("Boko Haram and ISWAP
# fighters clashed near Marte (Borno), Nigeria" comes out as Nigerian Pidgin): English enough to read.
_ENGLISH_LIKE = ("en", "pcm")


def check_english(text: str, *, name: str = "<input>", settings: Settings = DEFAULT) -> str:
    """Return "en", or raise ``InputError`` naming the language detected."""
    if len(text) < settings.min_language_chars:
        return "en"
    lang, prob = detect_language(text)
    if lang not in _ENGLISH_LIKE:
        ranked = dict(_identifier().rank(text[:20_000]))
        english = sum(ranked.get(code, 0.0) for code in _ENGLISH_LIKE)
        if english < settings.min_english_probability:
            raise InputError(f"{name}: not an English text (detected language: {lang}, p={prob:.2f})")
    return "en"
