"""Entities, places and dates of wirewatch against hand-made gold (``bench/heldout_entities*/NAME.entities.json``).

Usage: python bench/eval_entities.py [FOLDER ...] [-v]

- alias groups: a group is merged when one entity's mentions cover an occurrence of every form of the group;
- wrong merges: one entity covering forms of two different gold groups, or of a pair the gold calls distinct;
- forms given to another actor: a form of one gold group (a description, a surname) that is a mention of an entity
  standing for another group's first form and not for its own ("the militants" of IS given to the PMF);
- places taken for actors: a gold place whose very words are a mention of a person or an organisation;
- places: each gold place text is looked up among wirewatch's place mentions: resolved (with coordinates) in the
  right country, in the wrong country, or unresolved;
- dates: each gold date text is found among wirewatch's dates and its ISO value compared.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import wirewatch
from wirewatch.models import Article

BENCH = Path(__file__).parent
SEED = BENCH.parent.parent / "shared" / "seed" / "baghouz-report.txt"


@dataclass
class Score:
    groups: int = 0
    merged: int = 0
    wrong_merges: int = 0
    places: int = 0
    placed: int = 0
    right_country: int = 0
    wrong_country: int = 0
    dates: int = 0
    right_dates: int = 0
    wrong_forms: int = 0
    places_as_actors: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("groups", "merged", "wrong_merges", "places", "placed", "right_country", "wrong_country"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("dates", "right_dates", "wrong_forms", "places_as_actors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        return (
            f"alias groups {self.merged}/{self.groups} merged ({self.merged / max(self.groups, 1):.0%}), "
            f"{self.wrong_merges} wrong merges; places {self.placed}/{self.places} geocoded, "
            f"{self.right_country} right country, {self.wrong_country} wrong country; "
            f"dates {self.right_dates}/{self.dates}; {self.wrong_forms} forms given to another actor, "
            f"{self.places_as_actors} places taken for actors"
        )


def occurrences(text: str, form: str, longer: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Where a form is written, except inside a longer form of the gold file: "Warsame" alone, not the
    "Warsame" of "Halima Warsame", who is someone else."""
    spans = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
    within = [o for other in longer if form in other and other != form for o in occurrences(text, other)]
    return [(s, e) for s, e in spans if not any(s2 <= s and e <= e2 for s2, e2 in within)] or spans


def covers(entity, spans: list[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in spans for s2, e2 in entity.mentions)


def holds(entity, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the entity's mentions is the form itself (give or take an article), not a longer phrase
    that holds it ("the country director for NRC" holds no "NRC")."""
    return any(
        min(e, e2) - max(s, s2) >= (e - s) / 2 and e2 - s2 <= e - s + 4 for s, e in spans for s2, e2 in entity.mentions
    )


def stands_for(entity, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the entity's mentions covers at least half of a form: UNHCR, named inside "UNHCR's
    Representative in Chad", does not stand for the representative."""
    return any(min(e, e2) - max(s, s2) >= (e - s) / 2 for s, e in spans for s2, e2 in entity.mentions)


def speaks_for(entity, spans: list[tuple[int, int]], entities: list) -> bool:
    """Whether the entity stands for a form where it is written and no other entity holds it whole: "An Israeli
    military spokesperson", listed as a person of its own, is not the IDF's though the IDF is mentioned inside it
    ("Israeli military"); but "Red Cross" inside a "Guinean Red Cross" that no entity holds is the ICRC's."""
    mine = [
        span
        for span in spans
        if holds_whole(entity, [span]) or not any(o is not entity and holds_whole(o, [span]) for o in entities)
    ]
    return stands_for(entity, mine)


def holds_whole(entity, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the entity's mentions is the whole form, give or take an article."""
    return any(abs(s - s2) <= 4 and abs(e - e2) <= 4 for s, e in spans for s2, e2 in entity.mentions)


def same_date(gold: str, ours: str | None, published: str) -> bool:
    """Equal, or the same stretch written the other way: the first set of gold files closes "since January"
    at publication ("2025-01-01/2025-03-04") where wirewatch leaves it open ("2025-01/.."), and writes "earlier
    this month" as the days so far ("2025-03-01/2025-03-04") where wirewatch gives the month ("2025-03"), and
    "over the past week" as its days where wirewatch writes any stretch up to publication "../2025-03-04"; and
    the fifth set writes a week ("last week") as an ISO week ("2025-W06") and the tenth as its Monday, where
    wirewatch writes its days."""
    if ours is None or gold == ours:
        return gold == ours
    if re.fullmatch(r"\d{4}-W\d\d", gold):  # an ISO week is its Monday to Sunday, as wirewatch writes it
        monday = dt.date.fromisocalendar(int(gold[:4]), int(gold[6:]), 1)
        return ours == f"{monday}/{monday + dt.timedelta(days=6)}"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", gold) and dt.date.fromisoformat(gold).weekday() == 0:
        monday = dt.date.fromisoformat(gold)  # the tenth set writes a week as its Monday
        if ours == f"{monday}/{monday + dt.timedelta(days=6)}":
            return True
    if ours == f"../{gold}" or gold == f"../{ours}":
        return True  # "until Sunday": the day, or the stretch that ends that day, as the eighth and tenth sets differ
    if gold.endswith("-01/..") and ours == gold[:-6] + "/..":
        return True  # "since the start of the year": from its first day, or from its first month
    start, _, end = gold.partition("/")
    if end != published:
        return False
    if ours == f"../{published}":
        return True
    if ours.endswith("/.."):
        begin = ours[:-3]
        return start == begin + "-01-01"[len(begin) - 4 :] if len(begin) < 10 else start == begin
    return start == ours + "-01" and published.startswith(ours)


def score(article: Article, gold: dict) -> Score:
    result = Score()
    text, entities = article.text, [e for e in article.entities if e.type != "place"]
    groups = [[occurrences(text, f) for f in group["forms"]] for group in gold["alias_groups"]]
    for group, spans in zip(gold["alias_groups"], groups, strict=True):
        result.groups += 1
        if any(all(covers(e, s) for s in spans) for e in entities):
            result.merged += 1
        else:
            found = [[f for f, s in zip(group["forms"], spans, strict=True) if covers(e, s)] for e in entities]
            result.misses.append(f"not merged: {group['forms']} -> {[f for f in found if f]}")
    pairs = [(a, b) for a, b in gold.get("distinct", [])]
    pairs += [
        (g1["forms"][0], g2["forms"][0])
        for i, g1 in enumerate(gold["alias_groups"])
        for g2 in gold["alias_groups"][i + 1 :]
    ]
    forms = tuple(f for group in gold["alias_groups"] for f in group["forms"]) + tuple(f for p in pairs for f in p)
    for a, b in pairs:
        alone_a, alone_b = occurrences(text, a, forms), occurrences(text, b, forms)
        wrong = [e for e in entities if speaks_for(e, alone_a, entities) and speaks_for(e, alone_b, entities)]
        if wrong:
            result.wrong_merges += 1
            result.misses.append(f"WRONG MERGE: {a!r} + {b!r} in {wrong[0].name!r}")
    names = [occurrences(text, group["forms"][0], forms) for group in gold["alias_groups"]]
    for i, group in enumerate(gold["alias_groups"]):
        for form in group["forms"][1:]:
            spans = occurrences(text, form, forms)
            holder = next((e for e in entities if holds(e, spans) and not stands_for(e, names[i])), None)
            other = holder and next((j for j, n in enumerate(names) if j != i and stands_for(holder, n)), None)
            if other is not None:
                result.wrong_forms += 1
                result.misses.append(f"FORM ELSEWHERE: {form!r} in {gold['alias_groups'][other]['forms'][0]!r}")
    for place in gold["places"]:
        if any(holds(e, occurrences(text, place["text"])) for e in entities):
            result.places_as_actors += 1
            result.misses.append(f"place taken for an actor: {place['text']}")
    places = [e for e in article.entities if e.type == "place"]
    countries: dict[str, set[str]] = {}
    for place in gold["places"]:
        countries.setdefault(place["text"], set()).add(place["country"])
    twins = {text for text, isos in countries.items() if len(isos) > 1}  # one name, two places in one report
    for place in gold["places"]:
        result.places += 1
        spans = occurrences(text, place["text"])
        exact = [e for e in places if any(tuple(m) in spans for m in e.mentions)]  # "Chad", not "Lake Chad"
        if place["text"] in twins:  # "Asadabad" of Kunar and "Asadabad in Iran's Hamadan province": either may hit
            exact.sort(key=lambda e: not (e.place and e.place.iso3 == place["country"]))
        hit = next(iter(exact), None) or next((e for e in places if covers(e, spans)), None)
        if hit is None or hit.place is None or hit.place.lat is None:
            result.misses.append(f"unplaced: {place['text']} ({place['country']})")
            if hit is not None and hit.place and hit.place.iso3 and hit.place.iso3 != place["country"]:
                result.wrong_country += 1
                result.misses.append(f"WRONG COUNTRY (no point): {place['text']} -> {hit.place.iso3}")
            continue
        result.placed += 1
        if hit.place.iso3 == place["country"]:
            result.right_country += 1
        else:
            result.wrong_country += 1
            result.misses.append(f"WRONG COUNTRY: {place['text']} -> {hit.place.name}, {hit.place.iso3}")
    for date in gold.get("dates", []):
        result.dates += 1
        spans = occurrences(text, date["text"])
        found = [d for d in article.dates if any(d.start < e and s < d.end for s, e in spans)]
        if any(same_date(date["value"], d.value, gold["published"]) for d in found):
            result.right_dates += 1
        else:
            result.misses.append(f"date {date['text']!r}: {date['value']} != {[d.value for d in found]}")
    return result


def main(args: list[str]) -> None:
    verbose = "-v" in args
    folders = [BENCH / a for a in args if a != "-v"] or sorted(BENCH.glob("heldout_entities*"))
    total = Score()
    for folder in folders:
        for gold_path in sorted(folder.glob("*.entities.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_name(gold_path.name.replace(".entities.json", ".txt")).read_text(encoding="utf-8")
            result = score(wirewatch.extract(text, published=gold.get("published")), gold)
            total.add(result)
            print(f"{gold_path.stem.split('.')[0]:30} {result.line()}")
            if verbose:
                for miss in result.misses:
                    print("    ", miss)
    print(f"{'TOTAL':30} {total.line()}")


if __name__ == "__main__":
    main(sys.argv[1:])
