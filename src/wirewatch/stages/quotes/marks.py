"""Quoted passages found by their quotation marks, paragraph by paragraph."""

from __future__ import annotations

from dataclasses import dataclass

# Written by hand: no library pairs news quotation marks across straight/curly styles, apostrophes and quotes
# that run over several paragraphs (a paragraph that opens a quote without closing it).
_OPEN = {"“": "”", "„": "”", "«": "»", '"': '"'}
_SINGLE_OPEN = {"‘": "’"}
_TRIM = " \t\n,;:—–-"


@dataclass
class Marked:
    """A quoted passage: ``start``/``end`` are the words inside the marks (trimmed), ``open``/``close`` the marks."""

    start: int
    end: int
    open: int
    close: int
    paragraph: int
    continued: bool = False  # the quote runs on from the previous paragraph

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def find_marked(text: str, paragraphs: list[tuple[int, int]], skip: list[tuple[int, int]]) -> list[Marked]:
    """Every passage between quotation marks, outside the ``skip`` paragraphs (headlines)."""
    found: list[Marked] = []
    carried = False
    for index, (pstart, pend) in enumerate(paragraphs):
        if (pstart, pend) in skip:
            carried = False
            continue
        para = text[pstart:pend]
        spans, open_at_end = _pair(para)
        if not spans and _SINGLE_OPEN.keys() & set(para) and not _has_double(para):
            spans, open_at_end = _pair(para, single=True)
        runs_on = open_at_end and index + 1 < len(paragraphs) and _starts_with_mark(text, paragraphs[index + 1])
        for k, (o, c) in enumerate(spans):
            mark = _trimmed(text, pstart + o, pstart + c, index)
            if mark is None:
                continue
            mark.continued = carried and k == 0 and o == _first_mark(para)
            found.append(mark)
        carried = runs_on
    return found


def _has_double(para: str) -> bool:
    return any(mark in para for mark in _OPEN)


def _first_mark(para: str) -> int:
    return len(para) - len(para.lstrip())


def _starts_with_mark(text: str, span: tuple[int, int]) -> bool:
    return text[span[0] : span[0] + 1] in _OPEN or text[span[0] : span[0] + 1] in _SINGLE_OPEN


def _pair(para: str, single: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(open, close) offsets of quoted runs in one paragraph; an unclosed run ends with the paragraph."""
    opens = _SINGLE_OPEN if single else _OPEN
    spans: list[tuple[int, int]] = []
    i, n = 0, len(para)
    while i < n:
        ch = para[i]
        if ch in opens and _can_open(para, i, ch):
            close = _find_close(para, i + 1, opens[ch])
            if close is None:
                spans.append((i, n))
                return spans, True
            spans.append((i, close))
            i = close + 1
            continue
        i += 1
    return spans, False


def _can_open(para: str, i: int, ch: str) -> bool:
    if ch == '"' or ch == "‘":
        before = para[i - 1] if i else " "
        after = para[i + 1] if i + 1 < len(para) else " "
        return (before.isspace() or before in "([—–-/:,") and not after.isspace()
    return True


def _find_close(para: str, start: int, close: str) -> int | None:
    j = start
    while True:
        j = para.find(close, j)
        if j < 0:
            return None
        after = para[j + 1] if j + 1 < len(para) else " "
        # an apostrophe (’) inside a word is not a closing single quote
        if close == "’" and after.isalpha():
            j += 1
            continue
        return j


def _trimmed(text: str, open_: int, close: int, paragraph: int) -> Marked | None:
    start, end = open_ + 1, close
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end <= start:
        return None
    return Marked(start, end, open_, close, paragraph)
