"""Estimate groups: claims about the same quantity across reports and time, as low / best / high.

Claims group by category, place and, for tolls of one incident, the day. A wire copy's claims count once, under
the original, with every outlet that carried it. Within a group, a running total (killed, displaced, ...) from a
later report supersedes earlier figures; the figures left that cannot all be true together ("more than 1,000"
and "up to 1,000") are a disagreement. Recomputed whole after each ingest, in one transaction.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import get_args

from ..models import Category
from .store import Store

# every category that counts people: vehicles, aid, money, areas and other things are not estimated
GROUPED = tuple(c for c in get_args(Category) if c not in ("vehicles", "aid", "money", "area", "other"))
RUNNING = frozenset(("killed", "injured", "missing", "detained", "displaced", "evacuated"))
_INCIDENT = frozenset(("killed", "injured", "missing", "detained"))
_LOOSE = {"about": 0.1, "estimated": 0.1, "possible": 0.2}  # how far an approximate figure may be from the truth


@dataclass
class _Claim:
    article_id: str
    idx: int
    category: str
    low: float | None
    high: float | None
    value: float | None
    hedge: str
    date: str | None
    place: str | None
    published: str | None
    seq: int
    outlets: list[str] = field(default_factory=list)
    place_name: str | None = None  # what the report calls the place, or the country it is about
    counted: list[str] = field(default_factory=list)  # the head of the counted noun ("jihadis"), if any

    @property
    def bounds(self) -> tuple[float, float, bool, bool]:
        """(lowest, highest, lowest excluded, highest excluded) the claim allows."""
        loose = _LOOSE.get(self.hedge, 0.0)
        low = self.low if self.low is not None else (0.0 if self.high is not None else self.value or 0.0)
        high = self.high if self.high is not None else (float("inf") if self.low is not None else self.value or 0.0)
        if self.hedge == "exact" and self.value is not None:
            low = high = self.value
        return low * (1 - loose), high * (1 + loose), self.hedge == "more_than", self.hedge == "nearly"

    @property
    def point(self) -> float:
        return next(v for v in (self.value, self.low, self.high, 0.0) if v is not None)

    @property
    def when(self) -> tuple[str, str]:
        return (self.published or "", self.date or "")


def reconcile(store: Store) -> None:
    """Rebuild the estimate groups from the claims in the store."""
    groups: dict[tuple, list[_Claim]] = {}
    for claim in _claims(store):
        day = claim.date if claim.category in _INCIDENT and claim.date and len(claim.date) == 10 else None
        groups.setdefault((claim.category, claim.place or "", day or ""), []).append(claim)
    db = store.db
    db.begin()
    db.execute("DELETE FROM estimate_groups")
    db.execute("DELETE FROM estimate_claims")
    for number, (key, claims) in enumerate(sorted(groups.items()), start=1):
        _write_group(store, number, key, claims)
    db.commit()


def _claims(store: Store) -> list[_Claim]:
    """Every claim worth grouping, a wire copy's folded into its original with the copy's outlet."""
    outlets: dict[str, list[str]] = {}
    for key, outlet, original in store.db.execute(
        "SELECT id, coalesce(outlet, source), duplicate_of FROM articles ORDER BY seq"
    ).fetchall():
        outlets.setdefault(original or key, []).append(outlet)
    rows = store.db.execute(
        "WITH country AS (SELECT article_id, arg_max(iso3, mentions) AS iso3, arg_max(country, mentions) AS name "
        "FROM entities "
        "WHERE type = 'place' AND iso3 IS NOT NULL GROUP BY article_id) "
        "SELECT c.article_id, c.idx, c.category, c.low, c.high, c.value, c.hedge, c.date, "
        "CASE WHEN c.place = c.place_country THEN c.place_iso3 "  # a country named is the article's country
        "ELSE coalesce(CAST(c.place_geonames_id AS VARCHAR), lower(c.place), country.iso3) END, a.published, a.seq, "
        "coalesce(c.place, country.name), lower(c.referent) "
        "FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN country ON country.article_id = a.id "
        f"WHERE a.duplicate_of IS NULL AND NOT c.malformed AND c.category IN {GROUPED} "
        "ORDER BY a.seq, c.idx"
    ).fetchall()
    return [
        _Claim(*row[:11], outlets=outlets.get(row[0], []), place_name=row[11], counted=(row[12] or "").split()[-1:])
        for row in rows
    ]


def _write_group(store: Store, number: int, key: tuple, claims: list[_Claim]) -> None:
    category = key[0]  # key: category, place (a GeoNames id, a name or the ISO3 of the article's country), day
    latest = max(c.published or "" for c in claims)
    superseded = {id(c) for c in claims if category in RUNNING and (c.published or "") < latest}
    current = [c for c in claims if id(c) not in superseded]
    lows = [v for c in current for v in [c.low if c.low is not None else c.value] if v is not None]
    highs = [v for c in current for v in [c.high if c.high is not None else c.value] if v is not None]
    dates = sorted(d for c in claims for d in (c.published, c.date) if d and not d.startswith(".."))
    store.db.execute(
        "INSERT INTO estimate_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            number,
            category,
            next((c.place_name for c in claims if c.place_name), None),
            min(lows) if lows else None,
            statistics.median(c.point for c in current),
            max(highs) if highs else None,
            _disagree(current),
            len(claims),
            dates[0] if dates else None,
            dates[-1] if dates else None,
        ],
    )
    store.db.executemany(
        "INSERT INTO estimate_claims VALUES (?, ?, ?, ?, ?)",
        [[number, c.article_id, c.idx, id(c) in superseded, c.outlets] for c in claims],
    )


def _disagree(claims: list[_Claim]) -> bool:
    """Whether some two figures cannot both be true: one's range ends where or before the other's begins. Within
    one report, only figures of the same counted noun are compared ("more than 1,000 jihadis", "up to 1,000
    jihadis"); two tolls there are two incidents."""
    for a in claims:
        for b in claims:
            if a.article_id == b.article_id and (a.category in RUNNING or a.counted != b.counted):
                continue  # in one report, two tolls are two incidents, and two counts of different nouns two groups
            _, high_a, _, open_high_a = a.bounds
            low_b, _, open_low_b, _ = b.bounds
            if high_a < low_b or (high_a == low_b and (open_high_a or open_low_b)):
                return True
    return False
