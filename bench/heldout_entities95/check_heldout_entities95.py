#!/usr/bin/env python3
"""Check the heldout_entities95 annotation files against their reports."""
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


def spans(text, s):
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def parse_day(v):
    return dt.date.fromisoformat(v)


def check_value(v, prec):
    if prec == "day":
        parse_day(v)
    elif prec == "month":
        assert re.fullmatch(r"\d{4}-\d{2}", v), v
    elif prec == "year":
        assert re.fullmatch(r"\d{4}", v), v
    elif prec == "week":
        a, b = v.split("/")
        a, b = parse_day(a), parse_day(b)
        assert a.weekday() == 0 and b.weekday() == 6 and (b - a).days == 6, v
    elif prec == "period":
        a, b = v.split("/")
        assert a != ".." or b != "..", v
        for x in (a, b):
            if x != "..":
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", x), v
                if len(x) == 10:
                    parse_day(x)


def check(txt_path):
    errs, warns = [], []
    base = txt_path[:-4]
    text = open(txt_path, encoding="utf-8").read()
    try:
        ann = json.load(open(base + ".entities.json", encoding="utf-8"))
    except Exception as e:  # noqa
        return [f"JSON does not parse: {e}"], warns, None
    for k in ("published", "alias_groups", "distinct", "places", "dates"):
        if k not in ann:
            errs.append(f"missing key {k}")
    pub = parse_day(ann["published"])
    nwords = len(text.split())
    if not 250 <= nwords <= 500:
        errs.append(f"word count {nwords} outside 250-500")

    # alias groups
    owner = {}
    for gi, g in enumerate(ann["alias_groups"]):
        if g.get("type") not in TYPES:
            errs.append(f"group {gi}: bad type {g.get('type')}")
        forms = g.get("forms", [])
        if len(forms) < 2:
            errs.append(f"group {gi}: fewer than 2 forms {forms}")
        if len(set(forms)) != len(forms):
            errs.append(f"group {gi}: duplicate form inside group")
        for f in forms:
            if not spans(text, f):
                errs.append(f"form not found as whole word: {f!r}")
            if f in owner and owner[f] != gi:
                errs.append(f"form {f!r} in two groups ({owner[f]}, {gi})")
            owner[f] = gi
    # a form must not occur inside an occurrence of another group's form
    allspans = {f: spans(text, f) for f in owner}
    for f, sp in allspans.items():
        for g, gsp in allspans.items():
            if f == g or owner[f] == owner[g]:
                continue
            for (a, b) in sp:
                for (c, d) in gsp:
                    if c <= a and b <= d and (c, d) != (a, b):
                        errs.append(f"form {f!r} (group {owner[f]}) occurs inside {g!r} (group {owner[g]}) at {a}")
    # case-insensitive variants that are not listed (warning only)
    covered = [s for g in allspans.values() for s in g]
    for f in owner:
        variants = set()
        for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text, re.I):
            if m.group(0) == f or m.group(0) in owner:
                continue
            if any(c <= m.start() and m.end() <= d for (c, d) in covered):
                continue
            variants.add(m.group(0))
        for v in sorted(variants):
            warns.append(f"case variant {v!r} of form {f!r} not listed (check it is not this actor)")

    # distinct pairs
    for pair in ann["distinct"]:
        if len(pair) != 2:
            errs.append(f"distinct entry not a pair: {pair}")
            continue
        a, b = pair
        for x in pair:
            if x not in owner:
                errs.append(f"distinct form {x!r} not in any alias group")
        if a in owner and b in owner and owner[a] == owner[b]:
            errs.append(f"distinct pair {pair} is in the same group")

    # places
    for p in ann["places"]:
        if not spans(text, p["text"]):
            errs.append(f"place not found as whole word: {p['text']!r}")
        if not re.fullmatch(r"[A-Z]{3}", p.get("country", "")):
            errs.append(f"place {p['text']!r}: bad ISO3 {p.get('country')}")
        if p.get("kind") not in KINDS:
            errs.append(f"place {p['text']!r}: bad kind {p.get('kind')}")
        if "admin1" not in p:
            errs.append(f"place {p['text']!r}: missing admin1")
        if p["text"] in owner:
            warns.append(f"place text {p['text']!r} is also an actor form")

    # dates
    dtexts = set()
    for d in ann["dates"]:
        t, v, pr = d["text"], d["value"], d["precision"]
        dtexts.add(t)
        if not spans(text, t):
            errs.append(f"date not found as whole word: {t!r}")
        if len(spans(text, t)) > 1:
            warns.append(f"date text {t!r} occurs {len(spans(text, t))} times")
        if pr not in PRECISIONS:
            errs.append(f"date {t!r}: bad precision {pr}")
            continue
        try:
            check_value(v, pr)
        except Exception as e:  # noqa
            errs.append(f"date {t!r}: bad value {v!r} for {pr}: {e}")
            continue
        for i, wd in enumerate(WEEKDAYS):
            if re.search(r"\b" + wd + r"\b", t):
                if pr != "day":
                    errs.append(f"date {t!r} names a weekday but precision {pr}")
                elif parse_day(v).weekday() != i:
                    errs.append(f"date {t!r}: {v} is a {WEEKDAYS[parse_day(v).weekday()]}")
                elif abs((parse_day(v) - pub).days) > 7:
                    errs.append(f"date {t!r}: {v} more than a week from publication")
        low = t.lower()
        if low == "yesterday" and v != str(pub - dt.timedelta(days=1)):
            errs.append(f"yesterday should be {pub - dt.timedelta(days=1)}")
        if low == "tomorrow" and v != str(pub + dt.timedelta(days=1)):
            errs.append(f"tomorrow should be {pub + dt.timedelta(days=1)}")
        if low in ("today", "on today") and v != str(pub):
            errs.append("today should be publication day")
        if low == "last week":
            mon = pub - dt.timedelta(days=pub.weekday() + 7)
            exp = f"{mon}/{mon + dt.timedelta(days=6)}"
            if v != exp:
                errs.append(f"last week should be {exp}, got {v}")
        if low in ("in recent weeks", "in recent days", "in recent months") and v != f"../{pub}":
            errs.append(f"{t!r} should end at publication ../{pub}")
        if low == "earlier this month" and v != pub.strftime("%Y-%m"):
            errs.append(f"earlier this month should be {pub.strftime('%Y-%m')}")
        m = re.fullmatch(r"since (\d{1,2}) (\w+)", t)
        if m:
            mo = dt.datetime.strptime(m.group(2), "%B").month
            exp = f"{pub.year if mo <= pub.month else pub.year - 1}-{mo:02d}-{int(m.group(1)):02d}/.."
            if v != exp:
                errs.append(f"{t!r} should be {exp}")
        m = re.fullmatch(r"in (January|February|March|April|May|June|July|August|September|October|November|December)", t)
        if m:
            mo = dt.datetime.strptime(m.group(1), "%B").month
            y = pub.year if mo <= pub.month else pub.year - 1
            if v != f"{y}-{mo:02d}":
                warns.append(f"{t!r}: value {v}, most recent past month would be {y}-{mo:02d}")
    # weekday words in the text must be covered by a date entry
    for wd in WEEKDAYS:
        for (a, b) in spans(text, wd):
            if not any(a >= s and b <= e for t in dtexts for (s, e) in spans(text, t)):
                errs.append(f"weekday {wd!r} at {a} not covered by any date entry")
    counts = (len(ann["alias_groups"]), len(ann["places"]), len(ann["dates"]), nwords)
    return errs, warns, counts


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    bad = 0
    for f in files:
        errs, warns, counts = check(f)
        name = os.path.basename(f)
        if counts:
            print(f"{name}: groups={counts[0]} places={counts[1]} dates={counts[2]} words={counts[3]}")
        for w in warns:
            print(f"  WARN {w}")
        for e in errs:
            print(f"  ERROR {e}")
        bad += len(errs)
    print(f"{len(files)} files, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
