"""The DuckDB store: articles and what was extracted from them, one transaction per batch.

An article is keyed by the hash of its cleaned text, and every source is logged in the same transaction as what
it produced: a run killed at any moment loses at most its open batch, and the next run, which skips logged
sources, ends with exactly the store one clean run writes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import StoreError
from ..models import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, seq INTEGER, source VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR,
    published VARCHAR, language VARCHAR, text VARCHAR, duplicate_of VARCHAR, warnings VARCHAR[], json VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, text VARCHAR, kind VARCHAR, start_char INTEGER, end_char INTEGER,
    speaker VARCHAR, mention VARCHAR, role VARCHAR, affiliation VARCHAR, entity_id VARCHAR, cue VARCHAR,
    via VARCHAR[], confidence DOUBLE);
CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER, value DOUBLE,
    low DOUBLE, high DOUBLE, hedge VARCHAR, approximate BOOLEAN, malformed BOOLEAN, flags VARCHAR[],
    referent VARCHAR, category VARCHAR, place VARCHAR, place_country VARCHAR, place_iso3 VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_geonames_id BIGINT, date VARCHAR, claimant VARCHAR,
    claimant_mention VARCHAR, claimant_entity_id VARCHAR, via VARCHAR[], quote_index INTEGER);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, id VARCHAR, name VARCHAR, type VARCHAR, aliases VARCHAR[], mentions INTEGER,
    place VARCHAR, admin1 VARCHAR, country VARCHAR, iso3 VARCHAR, lat DOUBLE, lon DOUBLE, precision VARCHAR,
    geonames_id BIGINT);
CREATE TABLE IF NOT EXISTS dates (
    article_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER, value VARCHAR, precision VARCHAR,
    relative BOOLEAN);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, idx INTEGER, event_type VARCHAR, sub_event_type VARCHAR, date VARCHAR,
    date_precision VARCHAR, place VARCHAR, country VARCHAR, iso3 VARCHAR, lat DOUBLE, lon DOUBLE,
    actor1 VARCHAR, actor2 VARCHAR, fatalities INTEGER, claimant VARCHAR, via VARCHAR[], confidence DOUBLE,
    admin1 VARCHAR, geo_precision VARCHAR, notes VARCHAR);
CREATE TABLE IF NOT EXISTS signatures (article_id VARCHAR PRIMARY KEY, minhash BLOB);
CREATE TABLE IF NOT EXISTS ingest_log (source VARCHAR PRIMARY KEY, status VARCHAR, reason VARCHAR,
    article_id VARCHAR);
CREATE TABLE IF NOT EXISTS estimate_groups (
    id INTEGER, category VARCHAR, place VARCHAR, low DOUBLE, best DOUBLE, high DOUBLE, disagreement BOOLEAN,
    claims INTEGER, first_date VARCHAR, last_date VARCHAR);
CREATE TABLE IF NOT EXISTS estimate_claims (
    group_id INTEGER, article_id VARCHAR, claim_idx INTEGER, superseded BOOLEAN, outlets VARCHAR[]);
"""
TABLES = (
    "articles",
    "quotes",
    "claims",
    "entities",
    "dates",
    "events",
    "signatures",
    "ingest_log",
    "estimate_groups",
    "estimate_claims",
)


def article_id(text: str) -> str:
    """The content key of an article: the same cleaned text is the same article, wherever it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Ingested:
    """One article to write: what was extracted, where it came from, its near-duplicate original if any."""

    source: str
    article: Article
    duplicate_of: str | None = None
    minhash: bytes | None = None

    @property
    def key(self) -> str:
        return article_id(self.article.text)

    @property
    def status(self) -> tuple[str, str | None]:
        """The log's status and reason: ingested, or a near-copy of its original."""
        return ("duplicate", f"a near-copy of {self.duplicate_of}") if self.duplicate_of else ("ingested", None)


class Store:
    """A DuckDB file (``wirewatch.duckdb`` by default) holding the corpus."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        try:
            self.db = duckdb.connect(str(self.path), read_only=read_only)
            if not read_only:
                self.db.execute(SCHEMA)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc})") from exc

    def close(self) -> None:
        self.db.close()

    # -- reading ----------------------------------------------------------------------------------------
    def logged(self, source: str) -> bool:
        """Whether a source was already ingested or found a copy (failed sources are tried again)."""
        row = self.db.execute("SELECT status FROM ingest_log WHERE source = ?", [source]).fetchone()
        return row is not None and row[0] != "failed"

    def has_article(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", [key]).fetchone() is not None

    def next_seq(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0])

    def signatures(self) -> list[tuple[str, str | None, bytes]]:
        """(article id, the original it copies or None, MinHash bytes), in ingestion order."""
        return self.db.execute(
            "SELECT a.id, a.duplicate_of, s.minhash FROM articles a JOIN signatures s ON s.article_id = a.id "
            "ORDER BY a.seq"
        ).fetchall()

    def dump(self) -> dict[str, list[tuple]]:
        """Every table's rows in a stable order: two stores are the same store when their dumps are equal."""
        return {t: sorted(self.db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}

    # -- writing ----------------------------------------------------------------------------------------
    def write_batch(self, articles: list[Ingested], failures: list[tuple[str, str]], copies: list[tuple]) -> None:
        """One transaction: the batch's articles with everything extracted from them, and its log lines."""
        try:
            self.db.begin()
            for entry in articles:
                self._write_article(entry)
            for source, reason in failures:
                self._log(source, "failed", reason, None)
            for source, key in copies:
                self._log(source, "copy", "the same text as an article already in the store", key)
            self.db.commit()
        except duckdb.Error as exc:
            self.db.rollback()
            raise StoreError(f"{self.path}: write failed ({exc})") from exc

    def _log(self, source: str, status: str, reason: str | None, key: str | None) -> None:
        self.db.execute("DELETE FROM ingest_log WHERE source = ?", [source])
        self.db.execute("INSERT INTO ingest_log VALUES (?, ?, ?, ?)", [source, status, reason, key])

    def _write_article(self, entry: Ingested) -> None:
        a = entry.article
        key = entry.key
        self._insert(
            "articles",
            [
                [
                    key,
                    self.next_seq(),
                    entry.source,
                    a.title,
                    a.outlet,
                    a.url,
                    a.published,
                    a.language,
                    a.text,
                    entry.duplicate_of,
                    a.warnings,
                    a.model_dump_json(),
                ]
            ],
        )
        self._insert(
            "quotes",
            [
                [
                    key,
                    i,
                    q.text,
                    q.kind,
                    q.start,
                    q.end,
                    q.speaker.name,
                    q.speaker.mention,
                    q.speaker.role,
                    q.speaker.affiliation,
                    q.speaker.entity_id,
                    q.cue,
                    q.via,
                    q.confidence,
                ]
                for i, q in enumerate(a.quotes)
            ],
        )
        self._insert(
            "claims",
            [
                [
                    key,
                    i,
                    c.text,
                    c.start,
                    c.end,
                    c.value,
                    c.low,
                    c.high,
                    c.hedge,
                    c.approximate,
                    c.malformed,
                    c.flags,
                    c.referent,
                    c.category,
                    *_place_cells(c.place, ("name", "country", "iso3", "lat", "lon", "geonames_id")),
                    c.date,
                    c.claimant.name if c.claimant else None,
                    c.claimant.mention if c.claimant else None,
                    c.claimant.entity_id if c.claimant else None,
                    c.via,
                    c.quote_index,
                ]
                for i, c in enumerate(a.claims)
            ],
        )
        self._insert(
            "entities",
            [
                [
                    key,
                    e.id,
                    e.name,
                    e.type,
                    e.aliases,
                    len(e.mentions),
                    *_place_cells(
                        e.place, ("name", "admin1", "country", "iso3", "lat", "lon", "precision", "geonames_id")
                    ),
                ]
                for e in a.entities
            ],
        )
        self._insert("dates", [[key, d.text, d.start, d.end, d.value, d.precision, d.relative] for d in a.dates])
        self._insert(
            "events",
            [
                [
                    key,
                    i,
                    v.event_type,
                    v.sub_event_type,
                    v.date,
                    v.date_precision,
                    *_place_cells(v.place, ("name", "country", "iso3", "lat", "lon")),
                    v.actor1,
                    v.actor2,
                    v.fatalities,
                    v.claimant,
                    v.via,
                    v.confidence,
                    v.place.admin1 if v.place else None,
                    v.place.precision if v.place else None,
                    a.text[v.evidence.start : v.evidence.end],
                ]
                for i, v in enumerate(a.events)
            ],
        )
        if entry.minhash is not None:
            self._insert("signatures", [[key, entry.minhash]])
        self._log(entry.source, *entry.status, key)

    def _insert(self, table: str, rows: list[list]) -> None:
        if rows:
            self.db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)


def _place_cells(place, fields: tuple[str, ...]) -> list:
    return [getattr(place, f) if place is not None else None for f in fields]
