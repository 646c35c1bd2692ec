"""Numbers as a report writes them: numerals, number words, vague quantities, ranges, hedges and bounds.

Written by hand: general quantity parsers read "20,00" as twenty, know no hedges, and have no notion of
"dozens" as a range; what a report means by its numbers is the product here.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from ..._data import data_table
from ..nlp import lower_words

UNITS = dict(
    zip(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ],
        range(20),
        strict=True,
    )
)
TENS = dict(
    zip(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], range(20, 100, 10), strict=True)
)
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,  # South Asian reports
}  # fmt: skip
CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "₦": "NGN",
    "ngn": "NGN", "ksh": "KES", "kes": "KES", "rs": "INR", "rs.": "INR", "₹": "INR", "₱": "PHP", "php": "PHP",
    "tk": "BDT", "tk.": "BDT", "k": "K", "mk": "MWK", "zk": "ZMW", "rp": "IDR", "rp.": "IDR", "ush": "UGX",
    "tsh": "TZS", "₵": "GHS", "₴": "UAH", "₽": "RUB", "₺": "TRY",
}  # fmt: skip
ISO_CODES = frozenset(
    "USD EUR GBP CHF COP NGN KES SSP SDG ETB UGX TZS XOF XAF CDF AFN PKR INR BDT MMK YER SYP IQD LBP UAH RUB HTG MZN "
    "SOS ZAR EGP BRL MXN PHP IDR TRY IRR NPR LKR BTN MVR NIS ILS JOD SAR AED QAR LYD TND DZD MAD MRU GNF LRD SLE SLL "
    "GHS GMD RWF BIF MWK ZMW ZWL AOA ERN DJF KMF MGA VES PEN CLP ARS BOB NIO HNL GTQ KHR LAK THB VND MYR CNY JPY "
    "KRW AUD CAD TJS KGS UZS KZT AZN AMD GEL PLN".split()
)
# "₦150m", "$4.5bn", "US$10m": currency and scale glued to the digits in one token
# "K120,000", "MK5,000": the kina, kwacha or kyat, only before thousands written with a comma ("K9" is no money)
_GLUED = re.compile(
    r"(₦|\$|us\$|€|£|₹|₱|₵|₴|₽|₺|rs\.?|rp\.?|ksh|ush|tsh|tk|[mz]?k(?=\d{1,3},\d{3}))?(\d[\d,.]*\d|\d)(m|mn|bn|k)?"
)
_SUFFIX = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
RANGE_WORDS = {"to", "-", "–", "—"}
_MAYBE = frozenset(("maybe", "perhaps", "possibly"))

_PLAIN = re.compile(r"\d+(?:\.\d+)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_EUROPEAN = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_NUMERAL = re.compile(r"\d[\d,.]*\d|\d")


@dataclass(frozen=True)
class Numeral:
    """A digit string read, or flagged as malformed with its plausible readings."""

    value: float | None
    readings: tuple[float, ...] = ()

    @property
    def malformed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Amount:
    """One number phrase over tokens ``start:end`` (hedge and currency included), with its bounds."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedge: str
    approximate: bool
    malformed: bool = False
    readings: tuple[float, ...] = ()
    currency: str | None = None
    head: int = 0  # the last token of the numeral itself, where the syntax of the number hangs


@dataclass(frozen=True)
class _Reading:
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    scale: int = 1
    readings: tuple[float, ...] = ()
    vague: bool = False
    malformed: bool = False
    currency: str | None = None


def read_numeral(text: str) -> Numeral | None:
    """``"1,000"`` → 1000; ``"20,00"`` → malformed with readings (2000, 20000); non-numerals → ``None``."""
    text = text.replace("\u202f", "").replace("\u00a0", "")
    if not _NUMERAL.fullmatch(text):
        return None
    if _PLAIN.fullmatch(text) or _GROUPED.fullmatch(text):
        return Numeral(float(text.replace(",", "")))
    if _EUROPEAN.fullmatch(text):
        return Numeral(float(text.replace(".", "").replace(",", ".")))
    return Numeral(None, _readings(text))


def _readings(text: str) -> tuple[float, ...]:
    """What a malformed numeral may have meant: separators dropped, groups fixed to three digits, a decimal tail."""
    groups = re.split(r"[.,]", text)
    out = {float("".join(groups))}
    fixed = [groups[0]] + [(g + "000")[:3] for g in groups[1:]]
    out.add(float("".join(fixed)))
    if len(groups[-1]) == 2 and len(groups) > 2:
        out.add(float("".join(groups[:-1])))
    return tuple(sorted(out))


@cache
def _hedges(side: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    rows = [(tuple(p.split()), h) for p, h, s in data_table("hedges.tsv") if s == side]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def _vague() -> tuple[tuple[tuple[str, ...], float, float], ...]:
    rows = [(tuple(p.split()), float(lo), float(hi)) for p, lo, hi in data_table("quantities.tsv")]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def count_words() -> frozenset[str]:
    """The nouns of a vague count: "dozens", "thousands", "tens" of "tens of thousands"."""
    return frozenset(w for words, _, _ in _vague() for w in (words[0], words[-1]) if w.isalpha() and len(w) > 2)


def find_amounts(doc: Doc, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every number phrase in tokens ``start:end``, in reading order."""
    end = len(doc) if end is None else end
    words = lower_words(doc)
    amounts, i = [], start
    while i < end:
        reading = _read(words, i, end)
        if reading is None:
            i += 1
            continue
        amount = _amount(doc, words, reading, start, end)
        amounts.append(amount)
        i = amount.end
    return amounts


def _read(words: list[str], i: int, end: int) -> _Reading | None:
    """The number starting at token ``i``, if one does: a vague phrase, a numeral, or number words."""
    for phrase, low, high in _vague():
        if tuple(words[i : i + len(phrase)]) == phrase and i + len(phrase) <= end:
            value = low if low == high else None
            return _Reading(i, i + len(phrase), value, low, high, vague=True)
    if words[i] == "a" and i + 1 < end and words[i + 1] in SCALES and words[i + 1] != "bn":
        return _words(words, i + 1, end, start=i, initial=1.0)
    glued = _glued(words, i, end)
    if glued is not None:
        return glued
    numeral = read_numeral(words[i])
    if numeral is not None and numeral.malformed:
        return _Reading(i, i + 1, None, readings=numeral.readings, malformed=True)
    if numeral is not None or words[i] in UNITS or words[i] in TENS:
        return _words(words, i, end, start=i, initial=None)
    return None


def _glued(words: list[str], i: int, end: int) -> _Reading | None:
    """ "₦150m", "$4.5bn", "N6 million": a currency or a scale written into the numeral itself."""
    found = _GLUED.fullmatch(words[i])
    scale_next = i + 1 < end and words[i + 1] in SCALES
    if found is None and scale_next and re.fullmatch(r"n\d[\d,.]*", words[i]):
        found = _GLUED.fullmatch("₦" + words[i][1:])  # "N6 million": the naira sign as a letter
    if found is None or not (found.group(1) or found.group(3)):
        return None
    numeral = read_numeral(found.group(2))
    if numeral is None or numeral.malformed:
        return None
    value, j = numeral.value * _SUFFIX.get(found.group(3) or "", 1), i + 1
    if scale_next and not found.group(3):
        value, j = value * SCALES[words[i + 1]], i + 2
    return _Reading(i, j, value, value, value, currency=CURRENCIES.get(found.group(1) or ""))


def _words(words: list[str], i: int, end: int, start: int, initial: float | None) -> _Reading | None:
    """Numerals and number words together: "1.2 million", "twenty-five", "one hundred and twenty"."""
    total, current, scale, j = 0.0, initial, 1, i
    while j < end:
        word = words[j]
        numeral = read_numeral(word)
        if numeral is not None and current is None and not numeral.malformed:
            current = numeral.value
        elif word in UNITS and (current is None or (current % 100 >= 20 and current % 10 == 0) or current >= 100):
            current = (current or 0) + UNITS[word]
        elif word in TENS and (current is None or (current % 100 == 0 and current >= 100)):
            current = (current or 0) + TENS[word]
        elif word == "dozen" and current is not None and current < 100 and scale == 1:
            current, scale = current * 12, 12  # "two dozen"; "a dozen" and "dozens" are read as vague quantities
        elif word in SCALES and current is not None:
            scale = SCALES[word]
            current *= scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif word in ("-", "and") and current is not None and j + 1 < end and _continues(words, j, word):
            pass
        else:
            break
        j += 1
    if j == i:
        return None
    value = total + (current or 0)
    return _Reading(start, j, value, value, value, scale=scale)


def _continues(words: list[str], j: int, word: str) -> bool:
    nxt = words[j + 1]
    if word == "-":
        return words[j - 1] in TENS and nxt in UNITS
    return words[j - 1] == "hundred" and (nxt in UNITS or nxt in TENS)


def _amount(doc: Doc, words: list[str], first: _Reading, lo: int, hi: int) -> Amount:
    """Bounds, hedge and currency around a reading; "between 30 and 40" and "30 to 40" become ranges."""
    reading, hedge = first, None
    before = doc[first.start - 1].text if first.start > lo else ""
    code = before if before in ISO_CODES else None  # "COP 25,000 million", upper case only ("cop" is a policeman)
    currency = first.currency or code or (CURRENCIES.get(words[first.start - 1]) if first.start > lo else None)
    before = _hedge_before(words, first.start, lo)
    if before is not None:
        hedge, start = before
    else:
        start = first.start
    sign = start - 1 if before is None and start > lo and words[start - 1] in CURRENCIES else start  # "between $400"
    between = sign > lo and words[sign - 1] == "between"
    span = _range_end(words, first, hi, between)
    if span is not None:
        low, high, end = span
        start = sign - 1 if between else start
        reading, hedge = _Reading(first.start, end, None, low, high), "range"
    ranged = span is not None and between  # "between $400 and $700" has taken its currency sign already
    start = start - 1 if currency and before is None and not first.currency and not ranged else start
    if currency and reading.end < hi and words[reading.end] in _SUFFIX and reading.value is not None:
        scaled = reading.value * _SUFFIX[words[reading.end]]  # "₦150m" split as "₦", "150", "m"
        reading = dataclasses.replace(reading, end=reading.end + 1, value=scaled, low=scaled, high=scaled)
    end, after = reading.end, _hedge_after(words, reading.end, hi)
    if after is not None and hedge is None:
        hedge, end = after
    return _bounded(reading, start, end, hedge, currency)


def _bounded(reading: _Reading, start: int, end: int, hedge: str | None, currency: str | None) -> Amount:
    if reading.malformed:
        return Amount(start, end, None, None, None, hedge or "exact", hedge not in (None, "exact"), True,
                      reading.readings, currency, reading.end - 1)  # fmt: skip
    if hedge is None:
        hedge = "range" if reading.vague and reading.low != reading.high else ("about" if reading.vague else "exact")
    value, low, high = reading.value, reading.low, reading.high
    spread = reading.vague and reading.low != reading.high  # "dozens" stays a range; "a dozen" is twelve
    if hedge in ("more_than", "at_least"):
        high = high if spread else None
    elif hedge in ("up_to", "at_most", "nearly"):
        low = low if spread else None
    approximate = reading.vague or hedge in ("nearly", "about", "estimated", "possible")
    return Amount(start, end, value, low, high, hedge, approximate, False, (), currency, reading.end - 1)


def _hedge_before(words: list[str], i: int, lo: int) -> tuple[str, int] | None:
    k = i - 1 if i > lo and words[i - 1] in CURRENCIES else i
    for phrase, hedge in _hedges("before"):
        n = len(phrase)
        if k - n >= lo and tuple(words[k - n : k]) == phrase:
            return hedge, k - n
    return None


def _hedge_after(words: list[str], j: int, hi: int) -> tuple[str, int] | None:
    k = j + 1 if j < hi and words[j] == "-" else j
    for phrase, hedge in _hedges("after"):
        n = len(phrase)
        if k + n <= hi and tuple(words[k : k + n]) == phrase:
            return hedge, k + n
    return None


def _range_end(words: list[str], first: _Reading, hi: int, between: bool) -> tuple[float, float, int] | None:
    """(low, high, end token) of "30 to 40", "three to four hundred", "between 30 and 40".

    Never "from 34 to 41", which is a change, not a range.
    """
    j = first.end
    if j + 2 < hi and words[j] in (",", "or") and words[j + 1] in _MAYBE:
        j += 1  # "50, maybe 60", "ten or perhaps twelve": the second guess bounds the first
    if j + 1 >= hi or first.value is None or first.malformed:
        return None
    if not (words[j] in _MAYBE or words[j] in RANGE_WORDS or (between and words[j] == "and") or words[j] == "or"):
        return None
    if first.start > 0 and words[first.start - 1] == "from":
        return None
    k = j + 2 if j + 2 < hi and words[j + 1] in CURRENCIES else j + 1  # "$730 to $1,100"
    second = _read(words, k, hi)
    if second is None or second.value is None or second.vague or second.malformed:
        return None
    top = second.value
    low = first.value * second.scale if first.scale == 1 and first.value * second.scale <= top else first.value
    if top is None or low >= top:
        return None
    return low, top, second.end
