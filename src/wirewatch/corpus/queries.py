"""What people ask the store: claims, quotes, entities, events and estimates, filtered, as rows."""

from __future__ import annotations

from dataclasses import dataclass

from .store import Store

# Each query: its SQL (articles ``a`` joined to the kind's table) and which columns the filters look at.
_QUERIES = {
    "claims": (
        "SELECT a.published, coalesce(a.outlet, a.source) AS outlet, c.text, c.category, c.low, c.high, c.hedge, "
        "c.referent, c.claimant, c.via, c.place, c.date, a.duplicate_of IS NOT NULL AS copy "
        "FROM claims c JOIN articles a ON a.id = c.article_id",
        {"about": "c.referent || ' ' || c.category || ' ' || a.text", "speaker": "c.claimant", "place": "c.place"},
    ),
    "quotes": (
        "SELECT a.published, coalesce(a.outlet, a.source) AS outlet, q.speaker, q.mention, q.via, q.kind, q.text "
        "FROM quotes q JOIN articles a ON a.id = q.article_id",
        {"about": "q.text", "speaker": "coalesce(q.speaker, q.mention)", "place": "a.text"},
    ),
    "entities": (
        "SELECT e.name, e.type, count(DISTINCT e.article_id) AS articles, sum(e.mentions) AS mentions, "
        "any_value(e.country) AS country, any_value(e.lat) AS lat, any_value(e.lon) AS lon "
        "FROM entities e JOIN articles a ON a.id = e.article_id",
        {"about": "e.name || ' ' || array_to_string(e.aliases, ' ')", "speaker": "e.name", "place": "e.country"},
    ),
    "events": (
        "SELECT a.published, v.event_type, v.sub_event_type, v.date, v.place, v.country, v.actor1, v.actor2, "
        "v.fatalities FROM events v JOIN articles a ON a.id = v.article_id",
        {"about": "v.event_type || ' ' || v.sub_event_type", "speaker": "v.claimant", "place": "v.place"},
    ),
    "estimates": (
        "SELECT g.id, g.category, g.place, g.low, g.best, g.high, g.disagreement, g.claims, "
        "list_distinct(flatten(list(e.outlets))) AS outlets, g.first_date, g.last_date "
        "FROM estimate_groups g JOIN estimate_claims e ON e.group_id = g.id "
        "JOIN claims c ON c.article_id = e.article_id AND c.idx = e.claim_idx "
        "JOIN articles a ON a.id = e.article_id",
        {"about": "g.category || ' ' || coalesce(c.referent, '')", "speaker": "c.claimant", "place": "g.place"},
    ),
}
_GROUP_BY = {
    "entities": " GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name",
    "estimates": " GROUP BY ALL ORDER BY g.id",
}
KINDS = tuple(_QUERIES)


@dataclass(frozen=True)
class Filters:
    about: str | None = None
    speaker: str | None = None
    place: str | None = None
    since: str | None = None


def query(store: Store, kind: str, filters: Filters = Filters()) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one kind, filtered case-insensitively; ``since`` keeps later publications."""
    sql, columns = _QUERIES[kind]
    where, params = [], []
    for name in ("about", "speaker", "place"):
        value = getattr(filters, name)
        if value:
            where.append(f"{columns[name]} ILIKE ?")
            params.append(f"%{value}%")
    if filters.since:
        where.append("a.published >= ?")
        params.append(filters.since)
    sql += (" WHERE " + " AND ".join(where)) if where else ""
    sql += _GROUP_BY.get(kind, " ORDER BY a.published NULLS LAST, a.seq")
    cursor = store.db.execute(sql, params)
    return [d[0] for d in cursor.description], cursor.fetchall()
