#!/usr/bin/env python3
"""Consistency check for the heldout_entities92 evaluation set.

Errors (exit 1): JSON problems, forms/places/dates not found as whole words,
weekday/relative-date mismatches, alias groups with < 2 forms, a form listed in
two groups, a form occurring inside a longer form of another group, bad
distinct pairs, bad ISO3/kind/precision/value formats, word count outside
250-500. Notes (no failure): place names that also occur inside actor forms.
"""
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"armed group", "state actor", "organization", "person", "news agency"}
KINDS = {"village", "town", "city", "camp", "admin1", "admin2", "country", "other"}
PRECS = {"day", "week", "month", "year", "period"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def spans(text, s):
    pat = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def parse_value(v, prec):
    """Validate a date value for its precision; return (start, end) dates or None."""
    try:
        if prec == "day":
            d = dt.date.fromisoformat(v)
            return d, d
        if prec == "month":
            assert re.fullmatch(r"\d{4}-\d{2}", v)
            y, m = map(int, v.split("-"))
            s = dt.date(y, m, 1)
            e = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return s, e
        if prec == "year":
            assert re.fullmatch(r"\d{4}", v)
            return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
        if prec == "week":
            a, b = v.split("/")
            s, e = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            assert s.weekday() == 0 and e.weekday() == 6 and (e - s).days == 6
            return s, e
        if prec == "period":
            a, b = v.split("/")
            if a == "..":
                return None, dt.date.fromisoformat(b)
            if b == "..":
                if re.fullmatch(r"\d{4}-\d{2}", a):
                    y, m = map(int, a.split("-"))
                    return dt.date(y, m, 1), None
                return dt.date.fromisoformat(a), None
            return dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    except Exception:
        return "BAD"
    return "BAD"


def check(txt_path):
    errs, notes = [], []
    base = txt_path[:-4]
    name = os.path.basename(base)
    text = open(txt_path, encoding="utf-8").read()
    try:
        data = json.load(open(base + ".entities.json", encoding="utf-8"))
    except Exception as e:
        return [f"JSON does not parse: {e}"], notes, None

    for k in ("published", "alias_groups", "distinct", "places", "dates"):
        if k not in data:
            errs.append(f"missing key {k}")
    if errs:
        return errs, notes, None

    nwords = len(text.split())
    if not 250 <= nwords <= 500:
        errs.append(f"word count {nwords} outside 250-500")

    try:
        pub = dt.date.fromisoformat(data["published"])
    except Exception:
        return errs + ["published is not YYYY-MM-DD"], notes, None

    # ---- alias groups
    owner = {}
    all_spans = []  # (start, end, group index, form)
    for gi, g in enumerate(data["alias_groups"]):
        if g.get("type") not in TYPES:
            errs.append(f"group {gi}: bad type {g.get('type')!r}")
        forms = g.get("forms", [])
        if len(forms) < 2:
            errs.append(f"group {gi} {forms}: fewer than 2 forms")
        if len(set(forms)) != len(forms):
            errs.append(f"group {gi}: duplicate form")
        for f in forms:
            if f in owner and owner[f] != gi:
                errs.append(f"form {f!r} appears in groups {owner[f]} and {gi}")
            owner[f] = gi
            sp = spans(text, f)
            if not sp:
                errs.append(f"form {f!r} not found as whole word")
            for s, e in sp:
                all_spans.append((s, e, gi, f))
    # a form occurrence must not sit inside a longer occurrence of another group's form
    for s, e, gi, f in all_spans:
        for s2, e2, gj, f2 in all_spans:
            if gj != gi and s2 <= s and e <= e2 and (e2 - s2) > (e - s):
                errs.append(f"form {f!r} (group {gi}) occurs inside {f2!r} (group {gj}) at {s}")
    # forms of different groups overlapping partially
    for s, e, gi, f in all_spans:
        for s2, e2, gj, f2 in all_spans:
            if gj > gi and s < e2 and s2 < e and not (s2 <= s and e <= e2) and not (s <= s2 and e2 <= e):
                errs.append(f"forms {f!r} and {f2!r} of different groups overlap at {s}")

    # ---- distinct
    for pair in data["distinct"]:
        if len(pair) != 2:
            errs.append(f"distinct entry {pair} is not a pair")
            continue
        a, b = pair
        if a not in owner or b not in owner:
            errs.append(f"distinct pair {pair}: form not in any alias group")
        elif owner[a] == owner[b]:
            errs.append(f"distinct pair {pair}: both forms in the same group")

    # ---- places
    actor_spans = [(s, e, f) for s, e, _, f in all_spans]
    for p in data["places"]:
        t = p.get("text", "")
        if not re.fullmatch(r"[A-Z]{3}", str(p.get("country", ""))):
            errs.append(f"place {t!r}: country not ISO3")
        if p.get("kind") not in KINDS:
            errs.append(f"place {t!r}: bad kind {p.get('kind')!r}")
        if "admin1" not in p:
            errs.append(f"place {t!r}: admin1 key missing")
        sp = spans(text, t)
        if not sp:
            errs.append(f"place {t!r} not found as whole word")
        inside = sorted({f for s, e in sp for s2, e2, f in actor_spans if s2 <= s and e <= e2})
        if inside:
            notes.append(f"place {t!r} also occurs inside actor form(s) {inside}")

    # ---- dates
    date_texts = set()
    for d in data["dates"]:
        t, v, prec = d.get("text", ""), d.get("value", ""), d.get("precision")
        date_texts.add(t)
        if prec not in PRECS:
            errs.append(f"date {t!r}: bad precision {prec!r}")
            continue
        if not spans(text, t):
            errs.append(f"date {t!r} not found as whole word")
        rng = parse_value(v, prec)
        if rng == "BAD":
            errs.append(f"date {t!r}: value {v!r} does not fit precision {prec}")
            continue
        tl = t.lower()
        # weekday names must match the value and fall within 6 days of publication
        for i, wd in enumerate(WEEKDAYS):
            if wd.lower() in tl:
                if prec != "day":
                    errs.append(f"date {t!r}: weekday text but precision {prec}")
                else:
                    d0 = rng[0]
                    if d0.weekday() != i:
                        errs.append(f"date {t!r}: {v} is a {WEEKDAYS[d0.weekday()]}")
                    if abs((d0 - pub).days) > 6 or d0 == pub:
                        errs.append(f"date {t!r}: {v} not within 6 days of publication {pub}")
        rel = {
            "yesterday": (pub - dt.timedelta(days=1)).isoformat(),
            "today": pub.isoformat(),
            "tomorrow": (pub + dt.timedelta(days=1)).isoformat(),
            "last week": f"{pub - dt.timedelta(days=pub.weekday() + 7)}/{pub - dt.timedelta(days=pub.weekday() + 1)}",
            "next week": f"{pub + dt.timedelta(days=7 - pub.weekday())}/{pub + dt.timedelta(days=13 - pub.weekday())}",
            "in recent weeks": f"../{pub}",
            "earlier this month": pub.strftime("%Y-%m"),
        }
        if tl in rel and v != rel[tl]:
            errs.append(f"date {t!r}: value {v} expected {rel[tl]}")
        # month-only mentions such as "in December" must be the latest such month not after publication
        m = re.fullmatch(r"in (january|february|march|april|may|june|july|august|september|october|november|december)", tl)
        if m:
            mon = ["january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"].index(m.group(1)) + 1
            year = pub.year if mon <= pub.month else pub.year - 1
            if v != f"{year}-{mon:02d}":
                errs.append(f"date {t!r}: value {v} expected {year}-{mon:02d}")
        m = re.fullmatch(r"since (\d{1,2}) (\w+)", t)
        if m:
            try:
                d0 = dt.datetime.strptime(f"{m.group(1)} {m.group(2)} {pub.year}", "%d %B %Y").date()
                if d0 > pub:
                    d0 = d0.replace(year=pub.year - 1)
                if v != f"{d0}/..":
                    errs.append(f"date {t!r}: value {v} expected {d0}/..")
            except ValueError:
                pass
        # nothing in the past-tense list may lie after publication, except tomorrow/next week/weekday ahead
        if prec in ("day", "week", "month", "year") and rng[0] > pub and tl not in ("tomorrow", "next week") \
                and not any(w.lower() in tl for w in WEEKDAYS):
            errs.append(f"date {t!r}: {v} starts after publication")

    # every weekday written in the text should be covered by some listed date text
    for wd in WEEKDAYS:
        for s, e in spans(text, wd):
            covered = any(s2 <= s and e <= e2 for dtx in date_texts for s2, e2 in spans(text, dtx))
            if not covered and not text[e:e + 2] == "'s":
                notes.append(f"weekday {wd!r} at {s} not covered by a listed date text")

    summary = (name, len(data["alias_groups"]), len(data["places"]), len(data["dates"]), nwords)
    return errs, notes, summary


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    bad = 0
    rows = []
    for f in files:
        errs, notes, summary = check(f)
        name = os.path.basename(f)
        for e in errs:
            print(f"ERROR {name}: {e}")
        for n in notes:
            print(f"note  {name}: {n}")
        bad += len(errs)
        if summary:
            rows.append(summary)
    print()
    print(f"{'file':40s} groups places dates words")
    for r in rows:
        print(f"{r[0]:40s} {r[1]:6d} {r[2]:6d} {r[3]:5d} {r[4]:5d}")
    print(f"\n{len(files)} reports, {bad} errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
