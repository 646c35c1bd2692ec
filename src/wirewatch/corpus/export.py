"""``wirewatch export``: the whole store in the formats people take elsewhere.

- ``jsonl``: one article a line, the JSON ``wirewatch extract`` prints;
- ``geojson``: every geocoded place as a point, with the reports and claims that name it;
- ``hxl``: claims as a CSV with HXL hashtags (#date, #adm1+name, #loc+name, #geo+lat, #affected+killed, ...);
- ``acled``: events in ACLED's column layout (filled once event typing lands);
- ``parquet``: one Parquet file a table, in a folder.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..errors import ConfigError
from ..models import Article
from .store import TABLES, Store

FORMATS = ("jsonl", "geojson", "hxl", "acled", "parquet")
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_HXL = {
    "date": "#date",
    "country": "#country+name",
    "iso3": "#country+code",
    "admin1": "#adm1+name",
    "location": "#loc+name",
    "lat": "#geo+lat",
    "lon": "#geo+lon",
    "category": "#indicator+category",
    "killed": "#affected+killed",
    "injured": "#affected+injured",
    "displaced": "#affected+idps",
    "figure": "#indicator+num",
    "hedge": "#indicator+hedge",
    "claimant": "#meta+claimant",
    "source": "#meta+source",
    "url": "#meta+url",
}


def export(store: Store, fmt: str, out: Path) -> Path:
    """Write the store to ``out`` (a file, or a folder for Parquet) and return it."""
    if fmt not in FORMATS:
        raise ConfigError(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        out.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            store.db.execute(f"COPY {table} TO '{(out / (table + '.parquet')).as_posix()}' (FORMAT PARQUET)")
        return out
    text = {"jsonl": _jsonl, "geojson": _geojson, "hxl": _hxl, "acled": _acled}[fmt](store)
    out.write_text(text, encoding="utf-8")
    return out


def _jsonl(store: Store) -> str:
    rows = store.db.execute("SELECT json FROM articles ORDER BY seq").fetchall()
    return "".join(row[0] + "\n" for row in rows)


def _geojson(store: Store) -> str:
    rows = store.db.execute(
        "SELECT name, any_value(admin1), any_value(country), any_value(iso3), any_value(lat), any_value(lon), "
        "any_value(precision), any_value(geonames_id), count(DISTINCT article_id), sum(mentions) "
        "FROM entities WHERE type = 'place' AND lat IS NOT NULL GROUP BY name ORDER BY name"
    ).fetchall()
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "name": name,
                "admin1": admin1,
                "country": country,
                "iso3": iso3,
                "precision": precision,
                "geonames_id": gid,
                "reports": reports,
                "mentions": mentions,
            },
        }
        for name, admin1, country, iso3, lat, lon, precision, gid, reports, mentions in rows
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1) + "\n"


def _hxl(store: Store) -> str:
    rows = store.db.execute(
        "SELECT coalesce(c.date, a.published), c.place_country, c.place_iso3, NULL, c.place, c.place_lat, "
        "c.place_lon, c.category, coalesce(c.value, c.low, c.high), c.hedge, coalesce(c.claimant, "
        "c.claimant_mention), coalesce(a.outlet, a.source), a.url FROM claims c JOIN articles a ON "
        "a.id = c.article_id WHERE a.duplicate_of IS NULL AND NOT c.malformed ORDER BY a.seq, c.idx"
    ).fetchall()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(_HXL))
    writer.writerow(list(_HXL.values()))
    for date, country, iso3, admin1, place, lat, lon, category, figure, hedge, claimant, source, url in rows:
        by_kind = {k: figure if category == k else None for k in ("killed", "injured", "displaced")}
        writer.writerow(
            [
                date,
                country,
                iso3,
                admin1,
                place,
                lat,
                lon,
                category,
                by_kind["killed"],
                by_kind["injured"],
                by_kind["displaced"],
                figure,
                hedge,
                claimant,
                source,
                url,
            ]
        )
    return buffer.getvalue()


def _acled(store: Store) -> str:
    rows = store.db.execute(
        "SELECT v.date, v.date_precision, v.event_type, v.sub_event_type, v.actor1, v.actor2, v.iso3, v.country, "
        "v.admin1, v.place, v.lat, v.lon, v.geo_precision, coalesce(a.outlet, a.source), v.notes, v.fatalities "
        "FROM events v JOIN articles a ON a.id = v.article_id WHERE a.duplicate_of IS NULL "
        "ORDER BY v.date, a.seq, v.idx"
    ).fetchall()
    return acled_csv([dict(zip(_EVENT_FIELDS, row, strict=True)) for row in rows])


_EVENT_FIELDS = (
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "iso3",
    "country",
    "admin1",
    "location",
    "lat",
    "lon",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)


def article_events(article: Article) -> list[dict]:
    """One report's events as the rows ``acled_csv`` takes."""
    rows = []
    for event in article.events:
        place = event.place
        cells = (
            [place.iso3, place.country, place.admin1, place.name, place.lat, place.lon, place.precision]
            if (place)
            else [None] * 7
        )
        rows.append(
            {
                "date": event.date,
                "date_precision": event.date_precision,
                "event_type": event.event_type,
                "sub_event_type": event.sub_event_type,
                "actor1": event.actor1,
                "actor2": event.actor2,
                **dict(
                    zip(("iso3", "country", "admin1", "location", "lat", "lon", "geo_precision"), cells, strict=True)
                ),
                "source": article.outlet,
                "notes": article.text[event.evidence.start : event.evidence.end],
                "fatalities": event.fatalities,
            }
        )
    return rows


def acled_csv(events: list[dict]) -> str:
    """Events in ACLED's column layout, for a coder's review sheet; wirewatch's "Other events" are left out."""
    from ..stages.events.typing import taxonomy

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    kinds = taxonomy()
    for number, event in enumerate((e for e in events if e["event_type"] != "Other events"), start=1):
        kind = kinds.get(event["sub_event_type"])
        writer.writerow(
            {
                "event_id_cnty": f"{event['iso3'] or 'XXX'}{number}",
                "event_date": event["date"] if event["date"] and len(event["date"]) == 10 else None,
                "year": (event["date"] or "")[:4],
                "time_precision": {"day": 1, "week": 2}.get(event["date_precision"] or "", 3),
                "disorder_type": kind.disorder_type if kind else None,
                "event_type": event["event_type"],
                "sub_event_type": event["sub_event_type"],
                "actor1": event["actor1"],
                "actor2": event["actor2"],
                "iso": event["iso3"],
                "country": event["country"],
                "admin1": event["admin1"],
                "location": event["location"],
                "latitude": event["lat"],
                "longitude": event["lon"],
                "geo_precision": {"town": 1, "admin2": 2}.get(event["geo_precision"] or "", 3),
                "source": event["source"],
                "notes": " ".join((event["notes"] or "").split()),
                "fatalities": event["fatalities"],
            }
        )
    return buffer.getvalue()
