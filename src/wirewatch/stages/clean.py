"""Raw text to the cleaned text every offset refers to: paragraphs, page furniture out, headlines marked."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .._data import data_lines

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
_MAX_HEADLINE_WORDS = 30
# capital letters, accented ones too ("MOCÍMBOA DA PRAIA", "N'DJAMÉNA")
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
# "PEMBA, Mozambique, 19 September 2024 — ", "BANGKOK (Oct 3) -- ", "PESHAWAR: ": place and date before the story
_DATELINE = re.compile(
    rf"[{UPPER}][{UPPER} .'’-]{{2,40}}"
    r"(?:(?:,[^—–\n.]{1,60}|\s*\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s"
    r"|(?:,\s[A-Z][\w'’-]*(?:\s[A-Z0-9][\w'’-]*){0,2})?:\s(?=[A-Z\"“]))"  # "KHAR, Bajaur:", "LAKKI, March 5:"
)


@dataclass
class CleanDoc:
    """The cleaned text, its paragraphs, and which paragraphs are headlines (never quotes)."""

    text: str
    paragraphs: list[tuple[int, int]]
    headlines: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    removed: list[str] = field(default_factory=list)
    datelines: list[tuple[int, int]] = field(default_factory=list)

    def in_headline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.headlines)

    def in_dateline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.datelines)


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data_lines("furniture.txt")), re.I)


def is_furniture(paragraph: str) -> bool:
    """Whether a whole paragraph is page furniture (comment widgets, share bars, newsletters, ...)."""
    return bool(_furniture().fullmatch(paragraph.strip()))


def clean(raw: str, title: str | None = None) -> CleanDoc:
    """Normalise whitespace, one paragraph a line, drop furniture, mark leading headlines."""
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ZERO_WIDTH.sub("", text)
    kept: list[str] = []
    removed: list[str] = []
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        (removed if is_furniture(line) else kept).append(line)
    out, spans, pos = [], [], 0
    for para in kept:
        spans.append((pos, pos + len(para)))
        out.append(para)
        pos += len(para) + 2
    cleaned = "\n\n".join(out)
    headlines = _leading_headlines(cleaned, spans)
    if title is None and headlines:
        title = cleaned[headlines[0][0] : headlines[0][1]]
    return CleanDoc(cleaned, spans, headlines, title, removed, _datelines(cleaned, spans))


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the story starts after a dateline opening the paragraph at ``start``, or None without one."""
    found = _DATELINE.match(text, start)
    return found.end() if found and "\n" not in text[start : found.end()] else None


def _datelines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The dateline opening a paragraph, if any: its numbers and dates are not the story's."""
    found = (_DATELINE.match(text, start, end) for start, end in spans)
    return [(m.start(), m.end()) for m in found if m and not _SPEAKER_LABEL.match(m.group(0))]


# "PRESENTER: ", "CORRESPONDENT (Khalid Idris): ": a transcript's speaker label, no dateline's place
_SPEAKER_LABEL = re.compile(
    r"(?:PRESENTER|CORRESPONDENT|ANCHOR|HOST|REPORTER|NEWSREADER|ANNOUNCER|INTERVIEWER|MODERATOR|JOURNALIST|NARRATOR"
    r"|INTERPRETER|TRANSLATOR|CALLER|GUEST|VOICE|SPEAKER)\b"
)


def _leading_headlines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs at the top that read as headlines: short, no sentence-final punctuation."""
    heads = []
    for start, end in spans[:3]:
        para = text[start:end]
        if _SENTENCE_END.search(para) or len(para.split()) > _MAX_HEADLINE_WORDS or len(spans) == 1:
            break
        heads.append((start, end))
    return heads
