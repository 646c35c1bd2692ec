#!/usr/bin/env python3
"""Consistency check for heldout_entities96."""
import json, re, sys, glob, os, datetime as dt

D = os.path.dirname(os.path.abspath(__file__))
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
KINDS = {"village", "town", "city", "camp", "admin1", "admin2", "country", "other"}
TYPES = {"armed group", "state actor", "organization", "person", "news agency"}
PREC = {"day", "week", "month", "year", "period"}
errors = []

def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")

def spans(text, s):
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]

def check_value(f, d, pub):
    v, p, t = d["value"], d["precision"], d["text"]
    if p not in PREC:
        err(f, f"bad precision {p} for {t}")
    try:
        if p == "day":
            x = dt.date.fromisoformat(v)
            m = re.search(r"\b(" + "|".join(WD) + r")\b", t)
            if m and x.weekday() != WD.index(m.group(1)):
                err(f, f"date '{t}' value {v} is a {WD[x.weekday()]}")
            tl = t.lower()
            if tl == "yesterday" and x != pub - dt.timedelta(1): err(f, f"yesterday != pub-1: {v}")
            if tl == "tomorrow" and x != pub + dt.timedelta(1): err(f, f"tomorrow != pub+1: {v}")
            if tl == "today" and x != pub: err(f, f"today != pub: {v}")
            if tl.startswith("on ") and m and not (0 < (pub - x).days < 7):
                err(f, f"'{t}' {v} is not within the 6 days before publication")
        elif p == "week":
            a, b = v.split("/")
            a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            if a.weekday() != 0 or (b - a).days != 6: err(f, f"week {v} not Mon-Sun")
            if t == "last week" and a != pub - dt.timedelta(pub.weekday() + 7): err(f, f"last week wrong: {v}")
            if t == "this week" and a != pub - dt.timedelta(pub.weekday()): err(f, f"this week wrong: {v}")
        elif p == "month":
            y, mth = map(int, v.split("-"))
            if t == "earlier this month" and (y, mth) != (pub.year, pub.month): err(f, f"earlier this month wrong {v}")
            if t == "in December" and not (mth == 12 and y < pub.year): err(f, f"in December should be a past December: {v}")
        elif p == "year":
            int(v); assert len(v) == 4
        elif p == "period":
            a, b = v.split("/")
            assert a or b
            if a.startswith(".."): a = ""
            if t.startswith("since") and b != "..": err(f, f"'since' should be open-ended: {v}")
            if t == "in recent weeks" and v != f"../{pub.isoformat()}": err(f, f"in recent weeks wrong: {v}")
            for part in (a, b):
                if part and part != "..":
                    if len(part) == 10: dt.date.fromisoformat(part)
                    elif len(part) == 7: dt.date.fromisoformat(part + "-01")
                    else: int(part)
    except Exception as e:
        err(f, f"bad date value {v!r} for {t!r}: {e}")

def check(jf):
    tf = jf.replace(".entities.json", ".txt")
    try:
        data = json.load(open(jf, encoding="utf-8"))
    except Exception as e:
        err(jf, f"JSON error {e}"); return None
    text = open(tf, encoding="utf-8").read()
    for k in ("published", "alias_groups", "distinct", "places", "dates"):
        if k not in data: err(jf, f"missing key {k}")
    pub = dt.date.fromisoformat(data["published"])
    nw = len(text.split())
    if not 250 <= nw <= 500: err(tf, f"word count {nw}")
    # weekday names written next to explicit dates in the text
    for m in re.finditer(r"\b(" + "|".join(WD) + r"),? (\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})", text):
        x = dt.date(int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        if x.weekday() != WD.index(m.group(1)): err(tf, f"'{m.group(0)}' weekday mismatch")
    for m in re.finditer(r"\b(" + "|".join(WD) + r"),? (" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})", text):
        x = dt.date(int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        if x.weekday() != WD.index(m.group(1)): err(tf, f"'{m.group(0)}' weekday mismatch")
    # every weekday mentioned in the text must be a date entry or next to a full date
    listed = " ".join(d["text"] for d in data["dates"])
    for m in re.finditer(r"\b(" + "|".join(WD) + r")\b", text):
        ctx = text[max(0, m.start() - 3):m.end() + 20]
        if m.group(1) not in listed and not re.search(r"\d{4}", ctx):
            err(tf, f"weekday '{m.group(1)}' in text not covered by a date entry")
    # alias groups
    owner = {}
    for gi, g in enumerate(data["alias_groups"]):
        if g.get("type") not in TYPES: err(jf, f"bad type {g.get('type')}")
        if len(g["forms"]) < 2: err(jf, f"group {g['forms']} has < 2 forms")
        if len(set(g["forms"])) != len(g["forms"]): err(jf, f"duplicate form in group {g['forms']}")
        for fm in g["forms"]:
            if fm in owner and owner[fm] != gi: err(jf, f"form '{fm}' in two groups")
            owner[fm] = gi
            if not spans(text, fm): err(jf, f"form '{fm}' not found as whole word")
    # a form must not sit inside an occurrence of another group's form
    occ = [(s, e, owner[fm], fm) for fm in owner for (s, e) in spans(text, fm)]
    for s, e, g, fm in occ:
        for s2, e2, g2, fm2 in occ:
            if g2 != g and s2 <= s and e <= e2 and (s2, e2) != (s, e):
                err(jf, f"form '{fm}' occurs inside '{fm2}' of another group")
    for pair in data["distinct"]:
        if len(pair) != 2: err(jf, f"distinct pair {pair} not a pair")
        for fm in pair:
            if not spans(text, fm): err(jf, f"distinct form '{fm}' not found")
        if all(fm in owner for fm in pair) and owner[pair[0]] == owner[pair[1]]:
            err(jf, f"distinct pair {pair} is in the same alias group")
    # places
    for p in data["places"]:
        if not spans(text, p["text"]): err(jf, f"place '{p['text']}' not found as whole word")
        if not re.fullmatch(r"[A-Z]{3}", p["country"]): err(jf, f"bad ISO3 {p['country']}")
        if p["kind"] not in KINDS: err(jf, f"bad kind {p['kind']}")
        if p["kind"] == "country" and p["admin1"] is not None: err(jf, f"country with admin1: {p['text']}")
    # dates
    seen = set()
    for d in data["dates"]:
        if d["text"] in seen: err(jf, f"date text duplicated: {d['text']}")
        seen.add(d["text"])
        if not spans(text, d["text"]): err(jf, f"date '{d['text']}' not found as whole word")
        check_value(jf, d, pub)
    # the publication date should be written in the text as an explicit date
    pats = [f"{pub.day} {MONTHS[pub.month-1]} {pub.year}", f"{MONTHS[pub.month-1]} {pub.day}, {pub.year}",
            f"{MONTHS[pub.month-1][:3]} {pub.day}"]
    if not any(p in text for p in pats): err(tf, "publication date not written in the text")
    return data

files = sorted(glob.glob(os.path.join(D, "*.entities.json")))
txts = sorted(glob.glob(os.path.join(D, "*.txt")))
if len(files) != 8 or len(txts) != 8: errors.append(f"expected 8+8 files, got {len(files)} json / {len(txts)} txt")
for jf in files:
    d = check(jf)
    if d:
        print(f"{os.path.basename(jf).replace('.entities.json','')}: "
              f"{len(d['alias_groups'])} alias groups, {len(d['places'])} places, {len(d['dates'])} dates, "
              f"{len(d['distinct'])} distinct pairs, {len(open(jf.replace('.entities.json','.txt')).read().split())} words")
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nALL CLEAN")
