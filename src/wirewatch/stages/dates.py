"""Dates as reports write them, resolved against the publication date, with their precision.

"on Sunday" in a report published Tuesday 2019-02-26 is ``2019-02-24`` (day); "in December" is ``2018-12``
(month); "last week" is ``2019-02-18/2019-02-24`` (week); "in recent weeks" is ``../2019-02-26`` (a period ending at
publication, ISO 8601-2 open start); "since Sunday" is ``2019-02-24/..``. With no publication date, only
dates that name their year resolve; relative ones stay unresolved rather than fall on today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from ..models import DateMention
from .nlp import ents
from .nlp import text as doc_text

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "jan.",
        "feb",
        "feb.",
        "mar",
        "mar.",
        "apr",
        "apr.",
        "jun",
        "jun.",
        "jul",
        "jul.",
        "aug",
        "aug.",
        "sep",
        "sep.",
        "sept",
        "sept.",
        "oct",
        "oct.",
        "nov",
        "nov.",
        "dec",
        "dec.",
    ]
)
_PERIOD = re.compile(
    r"\b(?:(?:recent|past|last|previous)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months|years)"
    r"|so far|to date|since the (?:war|conflict|fighting|crisis|offensive|siege|attack|clashes|raid|violence|"
    r"insurgency|outbreak)\w*(?: \w+)?)\b",
    re.IGNORECASE,
)
# "since the start of the response", "since the beginning of the war": a stretch up to publication (but "since the
# start of the monsoon" says no more than the "in July" beside it)
_WORK_BEGAN = re.compile(
    r"^since the (?:start|beginning|launch) of (?:the |this |our )?(?:\w+ )?"
    r"(?:response|operations?|emergency|intervention|campaign|programme|program|project|appeal|war|conflict|"
    r"fighting|crisis|offensive|siege|insurgency|outbreak|epidemic|violence)$"
)
_AFTERWARDS = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:later|on|afterwards)$")
_COMING = re.compile(r"\b(?:coming|next)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:days|weeks|months|years)\b", re.I)
_DURATION = re.compile(
    r"^(?:for\s+|over\s+|within\s+|in\s+)?(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|several|few|a few|many|some)(?:\s+\w+)?\s+(?:consecutive\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:(?:on|in|at|during|by|from|of|early|late|earlier|later)\s+|mid-|the (?:start|beginning|end|middle) of\s+)",
    re.IGNORECASE,
)
_NIGHT = re.compile(r"^(?:overnight|during the night|last night|tonight|today|this morning)$", re.IGNORECASE)
_BETWEEN = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to|until)\s+(.+)$", re.IGNORECASE)


_BEFORE = re.compile(
    r"(?:\b(?:since|as of|between|from|on|in|during|over|so far|until|till|through)\s+)$", re.IGNORECASE
)
_ANCHOR = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tonight|"
    r"week|month|year|weekend|ago|days?|\d{4}|\d{1,2}\b)",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "between 20 and 23 August", "from 22 to 28 August 2025": two days of one month (not "overnight on 3-4 February")
_DAY_RANGE = re.compile(
    rf"^(?:between |from )?(\d{{1,2}}) (?:and|to|until) (\d{{1,2}}) ({_MONTH})(?: (\d{{4}}))?$", re.IGNORECASE
)
# "9 April 2025", "Aug 15", "March 4, 2024": calendar dates the tagger sometimes calls something else
_DAYS = r"\d{1,2}(?: (?:and|to|until) \d{1,2})?"  # "12", "1 and 25"
_CALENDAR = re.compile(rf"\b(?:{_DAYS} {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}(?:, \d{{4}})?)\b(?![\d:])")
_SOME_DAY = dt.date(2001, 1, 3)  # a reference that tells relative dates ("last week") from durations


# "over the past week", "in the last 10 days", "in the past 72 hours": a stretch up to publication
_PAST = re.compile(
    r"^(?:over |in |during |within )?the (?:past|last|previous) (?:(\d+|two|three|four|five|six|seven|ten|few) )?"
    r"(hour|day|week|fortnight|month|year)s?$",
    re.IGNORECASE,
)
_WEEKEND = re.compile(r"^(?:on |over |during |at )?(this|last|next|the|this past) weekend$", re.IGNORECASE)
_UNTIL = re.compile(r"^(?:until|till|through) (.+)$", re.IGNORECASE)
# "Saturday, Feb. 7", "Monday 3 March": a weekday and a calendar day, which together fix the year
_DAY_DATE = re.compile(rf"^(?:on )?({'|'.join(WEEKDAYS)}),? (.*\d.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class When:
    """A resolved date: ISO text and its precision (day, week, month, year, period)."""

    iso: str
    precision: str


def resolve(text: str, published: dt.date | None, future: bool = False) -> When | None:
    """The date a temporal expression names, or ``None`` when it names none or cannot be placed. ``future``: the
    clause looks ahead ("talks will resume on Friday"), so a bare weekday or month is the next one, not the last."""
    text = " ".join(text.split()).strip(" ,.")
    lower = text.lower()
    half = re.search(r"\b(first|second) half of (\d{4})\b", lower)
    if half:
        year = half.group(2)
        return When(f"{year}-01/{year}-06" if half.group(1) == "first" else f"{year}-07/{year}-12", "period")
    months_of = re.search(r"\b(first|last|final) (two|three|four|six) months of (\d{4})\b", lower)
    if months_of:  # "the last three months of 2025": named months, not a stretch up to publication
        count = {"two": 2, "three": 3, "four": 4, "six": 6}[months_of.group(2)]
        first = 1 if months_of.group(1) == "first" else 13 - count
        year = months_of.group(3)
        return When(f"{year}-{first:02d}/{year}-{first + count - 1:02d}", "period")
    if re.fullmatch(r"(?:at |by )?the (?:start|beginning) of (?:the|this) year", lower) and published:
        return When(f"{published.year}-01", "month")  # and "since the start of the year" is from then on
    if re.fullmatch(r"(?:at |by )?the (?:start|beginning) of (?:the|this) month", lower) and published:
        return When(f"{published.year}-{published.month:02d}", "month")  # "since the start of the month"
    if re.fullmatch(r"\d{1,3}", lower):
        return None  # "put the toll at 38": a number the tagger took for a date, not the year 1938
    if lower.startswith("as of "):
        end = resolve(text[6:], published)
        return When(f"../{end.iso}", "period") if end and end.precision == "day" else None
    if _PAST.match(lower):
        return _past(published)
    weekend = _WEEKEND.match(lower)
    if weekend:
        return _weekend(weekend.group(1), published, future)
    until = _UNTIL.match(text)
    if until:  # "until June", "through the end of March": a stretch that closes then
        ends = [resolve(until.group(1), published, ahead) for ahead in ((True,) if future else (False, True))]
        ends = [e for e in ends if e is not None and e.precision != "period"]
        end = min(ends, key=lambda e: abs(_first_day(e.iso) - published)) if ends and published else None
        return When(f"../{end.iso.split('/')[-1]}", "period") if end else None  # the nearer of last and next June
    day_date = _DAY_DATE.match(text)
    if day_date and published:
        return _day_and_date(day_date.group(1), day_date.group(2), published)
    if _COMING.search(lower):
        return None  # "in the coming days": the future, which no report dates
    if _AFTERWARDS.search(lower):
        return None  # "two days later", "a week on": after a time the report told, not after publication
    if _PERIOD.search(lower):
        return When(f"../{published.isoformat()}", "period") if published else None
    days = _DAY_RANGE.match(text)
    if days:  # "between 20 and 23 August": two days of one month
        month = f"{days.group(3)} {days.group(4)}" if days.group(4) else days.group(3)
        first, last = resolve(f"{days.group(1)} {month}", published), resolve(f"{days.group(2)} {month}", published)
        return When(f"{first.iso}/{last.iso}", "period") if first and last else None
    between = _BETWEEN.match(text)
    if between:
        first, last = resolve(between.group(1), published), resolve(between.group(2), published)
        if first and last and first.precision == last.precision and first.precision in ("day", "month"):
            if first.iso > last.iso and first.precision == "month":  # "between November and February"
                first = When(f"{int(first.iso[:4]) - 1}{first.iso[4:]}", "month")
            return When(f"{first.iso}/{last.iso}", "period")
    month_of = re.match(r"^(?:in )?(\w+) (last|this|next) year$", lower)
    if month_of and published and _month_number(month_of.group(1)):
        year = published.year + {"last": -1, "this": 0, "next": 1}[month_of.group(2)]
        return When(f"{year}-{_month_number(month_of.group(1)):02d}", "month")
    if lower.startswith("since "):
        start = resolve(text[6:], published)
        if start is None and _WORK_BEGAN.match(lower) and published:
            return When(f"../{published.isoformat()}", "period")  # "since the start of the response"
        return When(f"{start.iso}/..", "period") if start and start.precision != "period" else None
    if _DURATION.match(lower) and not re.search(r"\b(?:ago|last|this|next|previous)\b", lower):
        return None
    if _NIGHT.match(lower):
        back = 1 if lower == "last night" else 0
        return When((published - dt.timedelta(days=back)).isoformat(), "day") if published else None
    lower = re.sub(r"['’]s$", "", lower)  # "Saturday's attack"
    lower = _LEAD.sub("", _LEAD.sub("", lower))
    day = _weekday(lower, published, future)
    if day is not None:
        return When(day.isoformat(), "day")
    if published is None and not re.search(r"\b(1[89]|20)\d\d\b", lower):
        return None
    return _parsed(lower, published, future)


def _month_number(word: str) -> int | None:
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return months.index(word[:3]) + 1 if word[:3] in months and len(word) >= 3 else None


def _past(published: dt.date | None) -> When | None:
    """ "over the past week": a stretch that ends at publication, written as all such stretches are."""
    return When(f"../{published.isoformat()}", "period") if published else None


def _weekend(which: str, published: dt.date | None, future: bool = False) -> When | None:
    """The Saturday and Sunday of the publication's week ("this weekend"), or of the week before or after; "over
    the weekend" is the last one begun by publication (the next one, looking ahead)."""
    if published is None:
        return None
    which = which.lower()
    if which in ("the", "this past"):
        back = (published.weekday() - 5) % 7  # days since the last Saturday
        saturday = published - dt.timedelta(days=back)
        if future and back:
            saturday += dt.timedelta(days=7)
        return When(f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", "period")
    shift = {"this": 0, "last": -7, "next": 7}[which]
    saturday = published + dt.timedelta(days=5 - published.weekday() + shift)
    return When(f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", "period")


def _first_day(iso: str) -> dt.date:
    """The first day of an ISO day, week, month or year."""
    start = iso.split("/")[0]
    return dt.date.fromisoformat(start + "-01-01"[len(start) - 4 :] if len(start) < 10 else start)


def _day_and_date(weekday: str, rest: str, published: dt.date) -> When | None:
    """ "Saturday, Feb. 7": of the years around publication, the one in which that day is that weekday."""
    found = _parsed(rest, published)
    if found is None or found.precision != "day" or re.search(r"\b\d{4}\b", rest):
        return found  # "Monday, March 3, 2014": the year written wins
    day = dt.date.fromisoformat(found.iso)
    wanted = WEEKDAYS.index(weekday.lower())
    for year in sorted(range(published.year - 1, published.year + 2), key=lambda y: abs(y - published.year)):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue  # 29 February
        if candidate.weekday() == wanted and abs((candidate - published).days) < 300:
            return When(candidate.isoformat(), "day")
    return found


def _weekday(text: str, published: dt.date | None, future: bool = False) -> dt.date | None:
    """The latest such weekday on or before publication: "on Tuesday" in Tuesday's paper is that day; looking
    ahead, the first on or after it."""
    words = text.replace("last ", "").split()
    if not words or words[0] not in WEEKDAYS or len(words) > 2 or published is None:
        return None
    if future and not text.startswith("last "):
        return published + dt.timedelta(days=(WEEKDAYS.index(words[0]) - published.weekday()) % 7)
    back = (published.weekday() - WEEKDAYS.index(words[0])) % 7
    if text.startswith("last ") and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _parsed(text: str, published: dt.date | None, future: bool = False) -> When | None:
    base = dt.datetime.combine(published, dt.time()) if published else None
    data = _parser(base, future).get_date_data(text)
    if data.date_obj is None or data.period in (None, "time"):
        return None
    day = data.date_obj.date()
    if data.period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return When(f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "week")
    if data.period == "month":
        return When(day.strftime("%Y-%m"), "month")
    if data.period == "year":
        return When(str(day.year), "year")
    return When(day.isoformat(), "day")


@cache
def _parser(base: dt.datetime | None, future: bool = False):
    from dateparser.date import DateDataParser  # imported when first needed: it takes a fifth of a second

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def find_dates(doc: Doc, published: dt.date | None, skip: list[tuple[int, int]] = ()) -> list[DateMention]:
    """Every date the report names, resolved against publication. With no publication date, a relative date
    ("on Monday") is listed with ``relative: true`` and no value, never resolved against today."""
    spans = [_without_count(e) for e in ents(doc) if e.label_ in ("DATE", "TIME") and not ages(e)]
    for m in _CALENDAR.finditer(doc_text(doc)):  # "| 16 April 2026", "Saturday 9 May": days the tagger cut
        day = int(re.search(r"\d+", m.group(0)).group(0))
        if day <= 31 and not any(s <= m.start() and m.end() <= e for s, e in spans):  # not "Since January 45 ..."
            cut = [(s, e) for s, e in spans if s < m.end() and m.start() < e]
            spans = [span for span in spans if span not in cut]
            spans.append((min(s for s, _ in [*cut, m.span()]), max(e for _, e in [*cut, m.span()])))
    found = []
    for start, end in sorted(spans):
        if any(s <= start < e for s, e in skip):
            continue
        lead = _BEFORE.search(doc_text(doc)[max(0, start - 12) : start])
        start -= len(lead.group(0)) if lead else 0
        mention = _date_mention(doc, start, end, published) or _year_after(doc_text(doc), start, end, found)
        if mention is not None:
            found.append(mention)
    return found


def calendar_spans(span: Span) -> list[Span]:
    """Days written out that the tagger left untagged or cut ("As of 12 May", read as a number and a name; "9 May"
    read as a number and the month)."""
    doc, found = span.doc, []
    for match in _CALENDAR.finditer(span.text):
        start = span.start_char + match.start()
        day = doc.char_span(start, start + len(match.group(0)), label="DATE", alignment_mode="contract")
        if day is not None and not all(t.ent_type_ in ("DATE", "TIME") for t in day):
            found.append(day)
    return found


def ages(ent: Span) -> bool:
    """ "two children, aged 9 and 11": ages the tagger took for a date."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in ("aged", "ages", "age") and not any(t.lower_ in MONTHS for t in ent)


def _without_count(ent: Span) -> tuple[int, int]:
    """A date's characters, without a count the tagger ran into it ("On Monday 40 people were killed")."""
    last, doc = ent[-1], ent.doc
    counted = ent.end < len(doc) and doc[ent.end].pos_ == "NOUN"
    year = re.fullmatch(r"(1[89]|20)\d\d", last.text)
    # "On March 28 protesters gathered": the number is the month's day, unless the day came before ("12 May 30")
    if len(ent) < 2 or not last.like_num or not counted or year:
        return ent.start_char, ent.end_char
    day = last.text.isdigit() and 1 <= int(last.text) <= 31  # not "Since January 45 soldiers"
    if ent[-2].lower_ not in MONTHS or any(t.like_num for t in ent[:-2]) or not day:
        return ent.start_char, ent[-2].idx + len(ent[-2])
    return ent.start_char, ent.end_char


_YEAR_AFTER = re.compile(
    r"^(?:in |until |till |through |by )?(?:(?:the )?(following|next|subsequent|previous|preceding) year|"
    r"the year (after|before)|"
    r"a year (later|earlier))$",
    re.IGNORECASE,
)


def _year_after(text: str, start: int, end: int, found: list[DateMention]) -> DateMention | None:
    """ "seized Sanaa in September 2014, prompting the coalition to intervene the following year": a year counted
    from the year named just before (within a sentence or two), never from publication."""
    match = _YEAR_AFTER.match(text[start:end].strip())
    earlier = [m for m in found if m.value and re.search(r"\b\d{4}\b", m.text) and start - m.end < 300]
    if match is None or not earlier:
        return None
    step = 1 if (match.group(1) or match.group(2) or match.group(3)).lower() in _LATER else -1
    year = int(earlier[-1].value[:4]) + step
    return DateMention(text=text[start:end], start=start, end=end, value=str(year), precision="year")


_LATER = frozenset(("following", "next", "subsequent", "after", "later"))


def _date_mention(doc: Doc, start: int, end: int, published: dt.date | None) -> DateMention | None:
    """The date a span names. When the tagger's span ran on or started early ("December after months",
    "Tessit last month"), the longest run of its words around a calendar word is read instead."""
    text = doc_text(doc)
    words = list(re.finditer(r"\S+", text[start:end]))
    windows = sorted(
        ((i, j) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 5) + 1)),
        key=lambda w: w[0] - w[1],
    )
    for i, j in [(0, len(words)), *windows]:
        if (i, j) != (0, len(words)) and not any(_ANCHOR.search(w.group(0)) for w in words[i:j]):
            continue  # a part of the span must hold a calendar word: "two" alone is no date
        if all(re.fullmatch(r"\d{1,3}[,.;:]?", w.group(0)) for w in words[i:j]):
            continue  # nor is "72" alone, in "the past 72 hours"
        first = start + words[i].start()
        phrase = text[first : start + words[j - 1].end()].rstrip(",.;:")
        span = {"text": phrase, "start": first, "end": first + len(phrase)}
        when = resolve(phrase, published, _ahead(doc, first))
        if when is not None:
            return DateMention(**span, value=when.iso, precision=when.precision)
        if published is None and resolve(phrase, _SOME_DAY) is not None:
            return DateMention(**span, relative=True)
    return None


_AHEAD = re.compile(
    r"\b(?:will|won['’]t|shall|would(?! have)|(?:is|are) (?:due|expected|scheduled|set|planned|slated) to|plans? to|"
    r"intends? to|(?:is|are) to|upcoming|(?:is|are) (?:due|scheduled|planned) (?:for|on))\b",
    re.IGNORECASE,
)


def _ahead(doc: Doc, start: int) -> bool:
    """Whether the sentence looks ahead before the date ("talks are due to resume on Friday", "will vote in May")."""
    sentence = next((s for s in doc.sents if s.start_char <= start < s.end_char), None)
    if sentence is None:
        return False
    before = doc_text(doc)[sentence.start_char : start]
    cues = list(_AHEAD.finditer(before))
    if cues:  # but not "said it would investigate the strike, which killed 12 on Sunday": a past verb between
        after = sentence.start_char + cues[-1].end()
        return not any(t.tag_ == "VBD" and after <= t.idx < start for t in sentence)
    return bool(_EXPECTED.search(before[-30:]))  # "the rains, expected to start in May"


_EXPECTED = re.compile(r"\bexpected to \w+(?: \w+)?\s*$", re.IGNORECASE)
