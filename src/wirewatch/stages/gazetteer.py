"""The offline gazetteer: GeoNames places (countries, first-level divisions, populated places of 500+ people).

``data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py`` from GeoNames-derived PyPI packages; it is read
once, on the first lookup, and nothing is fetched at run time.
"""

from __future__ import annotations

import bisect
import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .._data import data_table

_DROP = str.maketrans({c: "" for c in "'’‘`ʿʾ´.\""})
KEYS_MARK = "#keys"
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul) ")


def fold(name: str) -> str:
    """A lookup key: no accents, no apostrophes or dots, lower case, hyphens as spaces ("Deir ez-Zor" -> "deir ez
    zor", "Bāghūz" -> "baghuz")."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).translate(_DROP).lower()
    return " ".join(re.sub(r"[-‐‑–_/,()]", " ", plain).split())


@dataclass(frozen=True)
class Entry:
    """One gazetteer place. ``kind`` is C (country), A (first-level division) or P (populated place)."""

    kind: str
    geonames_id: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames admin1 code within the country
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str


class Gazetteer:
    """Places by folded name, plus the names of countries and first-level divisions.

    The file holds place rows, then lookup keys sorted, each with its place rows; lookups bisect the keys and
    parse only the places they hit, so loading costs a split of the text and nothing more."""

    def __init__(self, text: str) -> None:
        head, _, tail = text.partition("\n" + KEYS_MARK + "\n")
        self._places = head.split("\n")[1:]
        self._keys = tail.rstrip("\n").split("\n")
        self._admin1_names: dict[tuple[str, str], str] = {}
        self._countries: dict[str, Entry] = {}
        self._divisions: dict[str, list[Entry]] = {}
        for i, line in enumerate(self._places):
            if line[0] == "P":
                break  # countries and divisions come first
            entry = self.entry(i)
            if entry.kind == "A":
                self._admin1_names[(entry.country, entry.admin1)] = entry.name
                self._divisions.setdefault(entry.country, []).append(entry)
            else:
                self._countries[entry.country] = entry

    @cache  # noqa: B019 - one gazetteer per process
    def entry(self, i: int) -> Entry:
        kind, gid, name, iso, admin1, lat, lon, population = self._places[i].split("\t")
        return Entry(kind, int(gid), name, iso, admin1, float(lat), float(lon), int(population or 0))

    def _ids(self, key: str) -> list[int]:
        i = bisect.bisect_left(self._keys, key + "\t")
        if i < len(self._keys) and self._keys[i].startswith(key + "\t"):
            return [int(n) for n in self._keys[i].partition("\t")[2].split(",")]
        return []

    def lookup(self, name: str) -> list[Entry]:
        """Every place called ``name``; "al-Bukamal" also finds "Bukamal" and the other way round."""
        key = fold(name)
        keys = [key, _ARTICLE.sub("", key)] if _ARTICLE.match(key) else [key, "al " + key]
        ids = dict.fromkeys(i for k in keys for i in self._ids(k))
        return [self.entry(i) for i in ids]

    def admin1_name(self, entry: Entry) -> str | None:
        if entry.kind == "C":
            return None
        return self._admin1_names.get((entry.country, entry.admin1))

    def divisions(self, iso2: str) -> list[Entry]:
        """The country's first-level divisions."""
        return self._divisions.get(iso2, [])

    def country_entry(self, iso2: str) -> Entry | None:
        return self._countries.get(iso2)


@cache
def gazetteer() -> Gazetteer:
    raw = files("wirewatch").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    return Gazetteer(gzip.decompress(raw).decode("utf-8"))


@cache
def countries() -> dict[str, Country]:
    """Countries by ISO alpha-2, with the names the gazetteer gives them."""
    return {row[0]: Country(row[0], row[1], row[2].split("|")[0]) for row in data_table("countries.tsv")}


@cache
def country_names() -> dict[str, str]:
    """Country names and abbreviations ("Syria", "DRC", "the Gambia") -> ISO alpha-2."""
    return _words(2)


@cache
def country_words() -> dict[str, str]:
    """Country names, abbreviations and demonyms ("Iraqi", "Malians") -> ISO alpha-2."""
    return {**_words(3), **country_names()}


def _words(column: int) -> dict[str, str]:
    words: dict[str, str] = {}
    for row in data_table("countries.tsv"):
        cells = row[column].split("|") if len(row) > column else []  # a country may have no demonym
        for word in cells:
            if word:
                words.setdefault(re.sub(r"^the ", "", fold(word)), row[0])
    return words
