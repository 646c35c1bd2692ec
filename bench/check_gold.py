#!/usr/bin/env python3
"""Sanity-check the hand-made gold quote annotations (stdlib only).

Loads every ``*.gold.json`` under ``tests/fixtures/reports`` and
``bench/heldout`` (relative to the repository root, i.e. the parent of this
file's directory), and verifies for each file that:

* the report ``<stem>.txt`` exists beside it and is valid UTF-8;
* ``published`` is an ISO date (YYYY-MM-DD) and ``outlet`` is a string or null;
* every quote has a ``text`` that occurs in the report; if the text occurs
  more than once, ``occurrence`` (1-based) must be given and be in range;
* ``kind`` is one of direct / partial / indirect / block;
* ``speaker`` is null, a non-empty string, or a non-empty list of strings;
* ``via`` is a list whose elements are strings or non-empty lists of strings;
* no quote is listed twice (same text, occurrence and kind).

Prints the number of quotes per file and per kind; exits 1 on any error.
Usage: python3 bench/check_gold.py [ROOT]
"""

from __future__ import annotations

import collections
import datetime
import json
import sys
from pathlib import Path

KINDS = ("direct", "partial", "indirect", "block")
GOLD_DIRS = ("tests/fixtures/reports", "bench/heldout")
ALLOWED_KEYS = {"text", "kind", "speaker", "via", "occurrence"}


def _is_name_list(value) -> bool:
    return isinstance(value, list) and len(value) > 0 and all(isinstance(v, str) and v.strip() for v in value)


def check_file(gold_path: Path) -> tuple[list[str], collections.Counter, int]:
    errors: list[str] = []
    kinds: collections.Counter = collections.Counter()
    report_path = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
    if not report_path.is_file():
        return [f"missing report {report_path.name}"], kinds, 0
    try:
        report = report_path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [f"report is not UTF-8: {exc}"], kinds, 0
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"invalid JSON: {exc}"], kinds, 0

    if not isinstance(gold, dict):
        return ["top level is not an object"], kinds, 0
    published = gold.get("published")
    try:
        datetime.date.fromisoformat(published)
    except (TypeError, ValueError):
        errors.append(f"bad 'published': {published!r}")
    if "outlet" not in gold or not (gold["outlet"] is None or isinstance(gold["outlet"], str)):
        errors.append("'outlet' must be present and a string or null")
    quotes = gold.get("quotes")
    if not isinstance(quotes, list):
        return [*errors, "'quotes' must be a list"], kinds, 0

    seen = set()
    for i, q in enumerate(quotes, 1):
        where = f"quote {i}"
        if not isinstance(q, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(q) - ALLOWED_KEYS
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        text = q.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: missing or empty text")
            continue
        where = f"quote {i} ({text[:50]!r})"
        if text != text.strip():
            errors.append(f"{where}: leading/trailing whitespace in text")
        count = report.count(text)
        occ = q.get("occurrence")
        if count == 0:
            errors.append(f"{where}: text not found in report")
        elif occ is None:
            if count > 1:
                errors.append(f"{where}: text occurs {count} times; add 'occurrence'")
        elif not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= count:
            errors.append(f"{where}: occurrence {occ!r} out of range 1..{count}")

        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: bad kind {kind!r}")
        else:
            kinds[kind] += 1

        if "speaker" not in q:
            errors.append(f"{where}: missing speaker (use null)")
        else:
            sp = q["speaker"]
            if not (sp is None or (isinstance(sp, str) and sp.strip()) or _is_name_list(sp)):
                errors.append(f"{where}: bad speaker {sp!r}")

        via = q.get("via")
        if not isinstance(via, list):
            errors.append(f"{where}: 'via' must be a list")
        else:
            for hop in via:
                if not ((isinstance(hop, str) and hop.strip()) or _is_name_list(hop)):
                    errors.append(f"{where}: bad via element {hop!r}")

        key = (text, occ or 1, kind)
        if key in seen:
            errors.append(f"{where}: duplicate entry")
        seen.add(key)

    return errors, kinds, len(quotes)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    gold_files: list[Path] = []
    for d in GOLD_DIRS:
        gold_files.extend(sorted((root / d).rglob("*.gold.json")))
    if not gold_files:
        print(f"no *.gold.json files found under {root}", file=sys.stderr)
        return 1

    total_kinds: collections.Counter = collections.Counter()
    total = 0
    n_errors = 0
    for gp in gold_files:
        errors, kinds, n = check_file(gp)
        total += n
        total_kinds.update(kinds)
        breakdown = ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k])
        status = "OK" if not errors else f"{len(errors)} ERROR(S)"
        print(f"{gp.relative_to(root)}: {n} quotes ({breakdown}) {status}")
        for e in errors:
            print(f"    - {e}")
        n_errors += len(errors)

    print(f"TOTAL: {total} quotes in {len(gold_files)} files; " + ", ".join(f"{k}={total_kinds[k]}" for k in KINDS))
    if n_errors:
        print(f"{n_errors} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
