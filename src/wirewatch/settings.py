"""One frozen ``Settings`` object, passed to every stage that has a knob."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Limits and thresholds; the defaults suit news reports."""

    # Inputs larger than this are refused: a news report is a few kB, and spaCy's parser needs ~1 GB per 100k words.
    max_bytes: int = 5_000_000
    # Archives and feeds (zip, WARC, JSON lines) larger than this are refused whole.
    max_archive_bytes: int = 200_000_000
    # Texts shorter than this are not language-checked: the identifier guesses wildly on a line or two.
    min_language_chars: int = 60
    # Below this probability of English (py3langid, normalised) a text is refused as not English.
    min_english_probability: float = 0.5
    # Share of control characters (after decoding) above which the input is binary, not text.
    max_control_ratio: float = 0.01


DEFAULT = Settings()
