#!/usr/bin/env python3
"""Consistency check for the heldout_entities85 evaluation set.

Checks, per report:
  - the .entities.json parses and has the expected keys/types
  - report length is 250-500 words
  - every alias form, place text and date text occurs in the .txt as a whole word
  - each alias group has >= 2 forms; no form appears in two groups
  - no form of one group occurs (as a whole word) inside a form of another group
  - distinct pairs name forms from two different alias groups
  - place country codes are ISO3-shaped, kinds are from the allowed list
  - date values match their precision format
  - weekday names in date texts match the weekday of the value; every weekday
    name in the report is covered by a date entry; the published date is a real
    date and relative expressions (yesterday/today/tomorrow/last week/earlier
    this month/in recent weeks) agree with it
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TYPES = {"armed group", "state actor", "organization", "person", "news agency"}
KINDS = {"village", "town", "city", "camp", "admin1", "admin2", "country", "other"}
PRECISIONS = {"day", "week", "month", "year", "period"}
NAME_RE = re.compile(r"^[a-z]{3}_[a-z0-9]+_[a-z0-9]+$")


def ww(needle, hay):
    """Whole-word, case-sensitive occurrences of needle in hay."""
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", hay)]


def parse_day(s):
    return dt.date.fromisoformat(s)


def check_value(v, prec):
    if prec == "day":
        parse_day(v)
    elif prec == "month":
        assert re.fullmatch(r"\d{4}-\d{2}", v), v
        dt.date.fromisoformat(v + "-01")
    elif prec == "year":
        assert re.fullmatch(r"\d{4}", v), v
    elif prec == "week":
        a, b = v.split("/")
        a, b = parse_day(a), parse_day(b)
        assert a.weekday() == 0 and b.weekday() == 6 and (b - a).days == 6, v
    elif prec == "period":
        a, b = v.split("/")
        assert a or b
        for part in (a, b):
            if part and part != "..":
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", part), v
        assert a == ".." or b == ".." or a <= b, v


def check_one(txt_path):
    errs = []
    base = txt_path[:-4]
    name = os.path.basename(base)
    if not NAME_RE.match(name):
        errs.append(f"file name {name!r} not <iso3>_<place>_<genre>")
    text = open(txt_path, encoding="utf-8").read()
    jpath = base + ".entities.json"
    try:
        d = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"JSON does not parse: {e}"], None
    for k in ("published", "alias_groups", "distinct", "places", "dates"):
        if k not in d:
            errs.append(f"missing key {k}")
    if errs:
        return errs, None
    nwords = len(text.split())
    if not 250 <= nwords <= 500:
        errs.append(f"word count {nwords} outside 250-500")
    pub = parse_day(d["published"])

    # alias groups
    owner = {}
    for gi, g in enumerate(d["alias_groups"]):
        if g.get("type") not in TYPES:
            errs.append(f"group {gi}: bad type {g.get('type')!r}")
        forms = g.get("forms", [])
        if len(forms) < 2:
            errs.append(f"group {gi}: fewer than 2 forms {forms}")
        if len(set(forms)) != len(forms):
            errs.append(f"group {gi}: duplicate form")
        for f in forms:
            if not ww(f, text):
                errs.append(f"form not found as whole word: {f!r}")
            if f in owner and owner[f] != gi:
                errs.append(f"form {f!r} in two groups ({owner[f]}, {gi})")
            owner[f] = gi
    # a form of one group must not sit inside a form of another group
    for f, gi in owner.items():
        for f2, gj in owner.items():
            if gi != gj and f != f2 and ww(f, f2):
                errs.append(f"form {f!r} (group {gi}) occurs inside form {f2!r} (group {gj})")

    # distinct pairs
    for pair in d["distinct"]:
        if len(pair) != 2:
            errs.append(f"distinct entry not a pair: {pair}")
            continue
        a, b = pair
        for x in pair:
            if not ww(x, text):
                errs.append(f"distinct form not in text: {x!r}")
            if x not in owner:
                errs.append(f"distinct form not in any alias group: {x!r}")
        if a in owner and b in owner and owner[a] == owner[b]:
            errs.append(f"distinct pair in same group: {pair}")

    # places
    for p in d["places"]:
        if not ww(p["text"], text):
            errs.append(f"place not found as whole word: {p['text']!r}")
        if not re.fullmatch(r"[A-Z]{3}", p.get("country") or ""):
            errs.append(f"place {p['text']!r}: bad country {p.get('country')!r}")
        if p.get("kind") not in KINDS:
            errs.append(f"place {p['text']!r}: bad kind {p.get('kind')!r}")
        if "admin1" not in p:
            errs.append(f"place {p['text']!r}: missing admin1")

    # dates
    covered_weekdays = set()
    for e in d["dates"]:
        t, v, prec = e["text"], e["value"], e["precision"]
        if not ww(t, text):
            errs.append(f"date text not found as whole word: {t!r}")
        if prec not in PRECISIONS:
            errs.append(f"date {t!r}: bad precision {prec!r}")
            continue
        try:
            check_value(v, prec)
        except Exception as ex:  # noqa
            errs.append(f"date {t!r}: value {v!r} does not fit precision {prec} ({ex})")
            continue
        for wd in WEEKDAYS:
            if re.search(r"\b" + wd + r"\b", t):
                covered_weekdays.add(wd)
                if prec != "day":
                    errs.append(f"date {t!r} names a weekday but precision is {prec}")
                elif WEEKDAYS[parse_day(v).weekday()] != wd:
                    errs.append(f"date {t!r}: {v} is a {WEEKDAYS[parse_day(v).weekday()]}")
                elif t == wd and not (0 < (pub - parse_day(v)).days <= 7 or 0 < (parse_day(v) - pub).days <= 7):
                    errs.append(f"bare weekday {t!r} -> {v} not within a week of {pub}")
        low = t.lower()
        expect = None
        if low == "yesterday":
            expect = str(pub - dt.timedelta(days=1))
        elif low == "today":
            expect = str(pub)
        elif low == "tomorrow":
            expect = str(pub + dt.timedelta(days=1))
        elif low == "last night":
            expect = str(pub - dt.timedelta(days=1))
        elif low == "last week":
            mon = pub - dt.timedelta(days=pub.weekday() + 7)
            expect = f"{mon}/{mon + dt.timedelta(days=6)}"
        elif low == "earlier this month":
            expect = pub.strftime("%Y-%m")
        elif low == "in recent weeks":
            expect = f"../{pub}"
        if expect is not None and v != expect:
            errs.append(f"date {t!r}: value {v} but expected {expect}")
        if re.fullmatch(r"[A-Z][a-z]+", t) and t not in WEEKDAYS and prec == "month":
            # bare month name: must be the latest such month not after publication
            m = dt.datetime.strptime(t, "%B").month
            y = pub.year if m <= pub.month else pub.year - 1
            if v != f"{y}-{m:02d}":
                errs.append(f"bare month {t!r}: value {v} but expected {y}-{m:02d}")
    for wd in WEEKDAYS:
        if ww(wd, text) and wd not in covered_weekdays:
            errs.append(f"weekday {wd} appears in text but no date entry covers it")
    # published date should appear as a day-precision entry
    if not any(e["precision"] == "day" and e["value"] == d["published"] for e in d["dates"]):
        errs.append("no day-precision date entry equal to the published date")

    stats = (len(d["alias_groups"]), len(d["places"]), len(d["dates"]), len(d["distinct"]), nwords)
    return errs, stats


def main():
    txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    bad = 0
    for t in txts:
        errs, stats = check_one(t)
        name = os.path.basename(t)
        if stats:
            print(f"{name}: groups={stats[0]} places={stats[1]} dates={stats[2]} distinct={stats[3]} words={stats[4]}")
        for e in errs:
            print(f"  ERROR {e}")
        bad += len(errs)
    jsons = sorted(glob.glob(os.path.join(HERE, "*.entities.json")))
    if len(jsons) != len(txts):
        print(f"ERROR {len(txts)} txt files but {len(jsons)} json files")
        bad += 1
    print(f"{len(txts)} reports, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
