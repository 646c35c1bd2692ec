"""``wirewatch report``: the situation report a person reads in a minute, as Markdown or a self-contained page.

Key figures (estimate groups as low / best / high with their sources), the disagreements, the places named, who
said what, and in HTML a chart of figures over time and a map of places. The chart and the map are drawn as
inline SVG by hand: a few dozen lines, where a plotting library would add tens of megabytes to every install, and
nothing is fetched (no map tiles).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from .store import Store

_MAX_ROWS = 12


@dataclass
class Picture:
    """What the report shows, read from the store once."""

    articles: int
    copies: int
    outlets: list[str]
    span: tuple[str | None, str | None]
    figures: list[tuple]  # category, place, low, best, high, disagreement, claims, outlets, first, last
    sources: dict[int, list[tuple]]  # group id -> (text, claimant, via, outlet, published, superseded)
    places: list[tuple]  # name, country, lat, lon, articles
    speakers: list[tuple]  # speaker, quotes, via, example
    series: list[tuple]  # category, place, date, value
    events: list[tuple]  # date, event_type, sub_event_type, place, country, actor1, actor2, fatalities, outlet


def read_picture(store: Store, since: str | None = None) -> Picture:
    db = store.db
    # every query filters on it, with AND after it for the query's own conditions
    since_sql, params = ("WHERE a.published >= ?", [since]) if since else ("WHERE TRUE", [])
    articles, copies, first, last = db.execute(
        f"SELECT count(*), count(duplicate_of), min(published), max(published) FROM articles a {since_sql}", params
    ).fetchone()
    outlets = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT outlet FROM articles a {since_sql} AND outlet IS NOT NULL ORDER BY 1",
            params,
        ).fetchall()
    ]
    figures = db.execute(
        "SELECT g.id, g.category, g.place, g.low, g.best, g.high, g.disagreement, g.claims, "
        "list_distinct(flatten(list(e.outlets))), g.first_date, g.last_date FROM estimate_groups g "
        "JOIN estimate_claims e ON e.group_id = g.id JOIN articles a ON a.id = e.article_id "
        f"{since_sql} GROUP BY ALL ORDER BY g.claims DESC, g.disagreement DESC, g.best DESC NULLS LAST",
        params,
    ).fetchall()
    sources: dict[int, list[tuple]] = {}
    for row in db.execute(
        "SELECT e.group_id, c.text, coalesce(c.claimant, c.claimant_mention), c.via, "
        "coalesce(a.outlet, a.title, a.source), a.published, e.superseded FROM estimate_claims e "
        "JOIN claims c ON c.article_id = e.article_id AND c.idx = e.claim_idx "
        "JOIN articles a ON a.id = e.article_id ORDER BY a.published NULLS FIRST, a.seq"
    ).fetchall():
        sources.setdefault(row[0], []).append(row[1:])
    places = db.execute(
        "SELECT e.name, any_value(e.country), any_value(e.lat), any_value(e.lon), count(DISTINCT e.article_id) "
        f"FROM entities e JOIN articles a ON a.id = e.article_id {since_sql} "
        f"AND e.type = 'place' AND e.lat IS NOT NULL "
        "AND e.precision <> 'country' GROUP BY e.name ORDER BY 5 DESC, 1",
        params,
    ).fetchall()
    speakers = db.execute(
        "SELECT q.speaker, count(*), list_distinct(flatten(list(q.via))), any_value(q.text) "
        f"FROM quotes q JOIN articles a ON a.id = q.article_id {since_sql} "
        f"AND q.speaker IS NOT NULL AND a.duplicate_of IS NULL "
        "GROUP BY q.speaker ORDER BY 2 DESC, 1",
        params,
    ).fetchall()
    series = db.execute(
        "SELECT c.category, coalesce(c.place, ''), coalesce(a.published, ''), coalesce(c.value, c.low, c.high) "
        f"FROM claims c JOIN articles a ON a.id = c.article_id {since_sql} "
        f"AND c.category IN ('killed', 'displaced') AND a.published IS NOT NULL "
        "AND coalesce(c.value, c.low, c.high) IS NOT NULL AND a.duplicate_of IS NULL ORDER BY 3",
        params,
    ).fetchall()
    events = db.execute(
        "SELECT coalesce(v.date, a.published), v.event_type, v.sub_event_type, v.place, v.country, v.actor1, "
        "v.actor2, v.fatalities, coalesce(a.outlet, a.title, a.source) FROM events v JOIN articles a "
        f"ON a.id = v.article_id {since_sql} AND a.duplicate_of IS NULL "
        "AND v.event_type <> 'Other events' ORDER BY 1 NULLS LAST, a.seq, v.idx",
        params,
    ).fetchall()
    return Picture(articles, copies, outlets, (first, last), figures, sources, places, speakers, series, events)


def _figure(value: float | None) -> str:
    return "?" if value is None else f"{value:,.0f}"


def _range(row: tuple) -> str:
    low, best, high = row[3], row[4], row[5]
    if low == high == best:
        return _figure(best)
    return f"{_figure(low)} – {_figure(high)} (best {_figure(best)})"


def _source_line(source: tuple) -> str:
    text, claimant, via, outlet, published, superseded = source
    who = claimant or "the outlet itself"
    chain = f", via {', '.join(via)}" if via else ""
    note = " (superseded)" if superseded else ""
    return f"“{text}” — {who}{chain}; {outlet}{f', {published}' if published else ''}{note}"


def _event_line(event: tuple) -> str:
    date, kind, sub, place, country, actor1, actor2, deaths, outlet = event
    where = ", ".join(dict.fromkeys(p for p in (place, country) if p)) or "place unknown"
    actors = " vs ".join(a for a in (actor1, actor2) if a)
    toll = f"; {deaths} killed" if deaths else ""
    return f"- {date or 'undated'}: **{sub}** ({kind}) in {where}{f', {actors}' if actors else ''}{toll} — {outlet}"


def markdown(picture: Picture) -> str:
    """The situation report as Markdown."""
    first, last = picture.span
    lines = ["# Situation report", ""]
    lines.append(
        f"{picture.articles} reports ({picture.copies} wire copies counted once), {len(picture.outlets)} outlets"
        + (f", published {first} to {last}" if first else "")
        + "."
    )
    lines += ["", "## Key figures", ""]
    for row in picture.figures[:_MAX_ROWS]:
        flag = " **sources disagree**" if row[6] else ""
        lines.append(f"- **{row[1]}** in {row[2] or 'an unnamed place'}: {_range(row)}{flag}")
        for source in picture.sources.get(row[0], [])[:4]:
            lines.append(f"  - {_source_line(source)}")
    disagreements = [r for r in picture.figures if r[6]]
    lines += ["", "## Where sources disagree", ""]
    lines += [
        f"- {r[1]} in {r[2] or 'an unnamed place'}: "
        + "; ".join(_source_line(s) for s in picture.sources.get(r[0], []))
        for r in disagreements
    ] or ["- none found"]
    lines += ["", "## Timeline of events", ""]
    lines += [_event_line(e) for e in picture.events[: _MAX_ROWS * 2]] or ["- no events found"]
    lines += ["", "## Places", ""]
    lines += [
        f"- {name}, {country} ({lat:.3f}, {lon:.3f}): {n} report{'s' if n > 1 else ''}"
        for name, country, lat, lon, n in picture.places[:_MAX_ROWS]
    ] or ["- none geocoded"]
    lines += ["", "## Who said what", ""]
    lines += [
        f"- **{speaker}** ({n} quotation{'s' if n > 1 else ''}{', via ' + ', '.join(via) if via else ''}): "
        f"“{example[:160]}”"
        for speaker, n, via, example in picture.speakers[:_MAX_ROWS]
    ] or ["- nobody"]
    return "\n".join(lines) + "\n"


def page(picture: Picture) -> str:
    """The situation report as one self-contained HTML page: the Markdown's content, a chart and a map."""
    body = []
    for line in markdown(picture).splitlines():
        if line.startswith("# "):
            body.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            title = line[3:]
            body.append(f"<h2>{html.escape(title)}</h2>")
            if title == "Key figures":
                body.append(_chart(picture.series))
            if title == "Places":
                body.append(_map(picture.places))
        elif line.startswith("  - "):
            body.append(f"<li class='source'>{_inline(line[4:])}</li>")
        elif line.startswith("- "):
            body.append(f"<li>{_inline(line[2:])}</li>")
        elif line:
            body.append(f"<p>{_inline(line)}</p>")
    style = (
        "body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}"
        "li.source{margin-left:2em;color:#555;font-size:90%}svg{border:1px solid #ddd;background:#fbfbfb}"
        "strong{color:#000}"
    )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Situation report</title>"
        f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n"
    )


def _inline(text: str) -> str:
    escaped = html.escape(text)
    parts = escaped.split("**")
    return "".join(f"<strong>{p}</strong>" if i % 2 else p for i, p in enumerate(parts))


def _chart(series: list[tuple]) -> str:
    """Killed and displaced figures by publication date, one dot each."""
    points = [(d, v, c) for c, _, d, v in series if v]
    if not points:
        return "<p><em>No dated figures to chart.</em></p>"
    dates = sorted({d for d, _, _ in points})
    top = max(v for _, v, _ in points)
    width, height, pad = 560, 200, 30
    x = {d: pad + (width - 2 * pad) * (i / max(len(dates) - 1, 1)) for i, d in enumerate(dates)}
    dots = "".join(
        f"<circle cx='{x[d]:.1f}' cy='{height - pad - (height - 2 * pad) * v / top:.1f}' r='4' "
        f"fill='{'#c0392b' if c == 'killed' else '#2c7fb8'}'><title>{html.escape(c)} {v:,.0f}, {d}</title></circle>"
        for d, v, c in points
    )
    labels = f"<text x='{pad}' y='{height - 8}' font-size='11'>{dates[0]}</text>"
    labels += f"<text x='{width - pad}' y='{height - 8}' font-size='11' text-anchor='end'>{dates[-1]}</text>"
    labels += f"<text x='4' y='{pad - 8}' font-size='11'>{top:,.0f}</text>"
    legend = "<text x='300' y='16' font-size='11' fill='#c0392b'>killed</text>"
    legend += "<text x='350' y='16' font-size='11' fill='#2c7fb8'>displaced</text>"
    return (
        f"<svg role='img' aria-label='Figures over time' width='{width}' height='{height}'>{dots}{labels}{legend}</svg>"
    )


def _map(places: list[tuple]) -> str:
    """Places as dots on longitude and latitude, framed to where they are (no tiles, no coastlines)."""
    if not places:
        return "<p><em>No geocoded places to map.</em></p>"
    lats, lons = [p[2] for p in places], [p[3] for p in places]
    south, north, west, east = min(lats) - 1, max(lats) + 1, min(lons) - 1, max(lons) + 1
    width, height = 560, 320

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (width * (lon - west) / (east - west), height * (north - lat) / (north - south))

    dots = []
    for name, country, lat, lon, n in places:
        px, py = xy(lat, lon)
        dots.append(
            f"<circle cx='{px:.1f}' cy='{py:.1f}' r='{3 + min(n, 6)}' fill='#e67e22' fill-opacity='0.7'>"
            f"<title>{html.escape(name)}, {html.escape(country or '')}: {n}</title></circle>"
            f"<text x='{px + 7:.1f}' y='{py + 4:.1f}' font-size='11'>{html.escape(name)}</text>"
        )
    return f"<svg role='img' aria-label='Map of places' width='{width}' height='{height}'>{''.join(dots)}</svg>"
