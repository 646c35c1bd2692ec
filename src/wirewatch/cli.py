"""The ``wirewatch`` command line: each command parses options, calls the API once, and prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import ConfigError, WirewatchError
from .models import Article
from .render import event_line

app = typer.Typer(
    help="wirewatch: a sourced, structured situation picture from crisis and conflict news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _fail(exc: WirewatchError) -> typer.Exit:
    err.print(f"[red]error:[/red] {exc}", markup=True)
    return typer.Exit(2 if isinstance(exc, ConfigError) else 1)


def _version(value: bool) -> None:
    if value:
        print(f"wirewatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """wirewatch: who said what, which numbers, through whom."""


# The arguments every single-report command takes.
ReportPath = Annotated[str, typer.Argument(help="A report: a .txt or .html file, or - for standard input.")]
Published = Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")]
Outlet = Annotated[str | None, typer.Option(help="The publishing outlet's name.")]


@app.command()
def extract(
    path: ReportPath,
    published: Published = None,
    outlet: Outlet = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON picture (the default).")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="Print Markdown for a person: quotes by speaker.")] = False,
) -> None:
    """Extract one report: quotations with speakers and relay chains, numeric claims, entities."""
    from .render import article_markdown

    article = _extract_one(path, published, outlet, as_json, as_md)
    if as_md:
        print(article_markdown(article))
    else:
        print(article.model_dump_json(indent=2))


def _extract_one(path: str, published: str | None, outlet: str | None, as_json: bool, as_md: bool) -> Article:
    """Read and extract one report for a command; errors become one line on stderr and an exit code."""
    from .api import extract_raw
    from .stages.reader import read_bytes, read_path

    if as_json and as_md:
        err.print("error: choose one of --json and --md")
        raise typer.Exit(2)
    try:
        raw = read_bytes(sys.stdin.buffer.read(), name="<stdin>") if path == "-" else read_path(path)
        article = extract_raw(raw, published=published, outlet=outlet, name=path)
    except WirewatchError as exc:
        raise _fail(exc) from None
    for warning in article.warnings:
        err.print(f"warning: {path}: {warning}", markup=False)
    return article


# The store queries: what every corpus command filters on.
OptionalPath = Annotated[str | None, typer.Argument(help="One report (.txt, .html, or -); without it, the store.")]
About = Annotated[str | None, typer.Option(help="Only rows whose text or subject mentions this.")]
Speaker = Annotated[str | None, typer.Option(help="Only this speaker or claimant (part of the name).")]
PlaceName = Annotated[str | None, typer.Option("--place", help="Only this place (part of the name).")]
Since = Annotated[str | None, typer.Option(help="Only reports published on or after this date, YYYY-MM-DD.")]
Format = Annotated[str, typer.Option("--format", help="table, json or csv.")]
StoreDb = Annotated[Path, typer.Option("--db", help="The DuckDB store.")]


@app.command()
def claims(
    path: OptionalPath = None,
    published: Published = None,
    outlet: Outlet = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the claims as JSON.")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="Print one line a claim for a person (the default).")] = False,
    db: StoreDb = Path("wirewatch.duckdb"),
    about: About = None,
    speaker: Speaker = None,
    place: PlaceName = None,
    since: Since = None,
    fmt: Format = "table",
) -> None:
    """The numbers one report claims (bounds, hedge, what they count, when, who says so, through whom); without
    PATH, the claims in the store."""
    from .render import claim_line

    if path is None:
        _store_rows("claims", db, about, speaker, place, since, fmt)
        return
    article = _extract_one(path, published, outlet, as_json, as_md)
    if as_json:
        print(json.dumps([c.model_dump() for c in article.claims], indent=2, ensure_ascii=False))
    else:
        for claim in article.claims:
            print(f"- {claim_line(claim, article)}")


@app.command()
def entities(
    path: OptionalPath = None,
    published: Published = None,
    outlet: Outlet = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print entities and dates as JSON.")] = False,
    db: StoreDb = Path("wirewatch.duckdb"),
    about: About = None,
    since: Since = None,
    fmt: Format = "table",
) -> None:
    """The actors, places and dates of one report: every actor under all its names, places geocoded, dates
    resolved against the publication date; without PATH, the entities of the store across its reports."""
    from rich.table import Table

    from .render import human_date, place_label

    if path is None:
        _store_rows("entities", db, about, None, None, since, fmt)
        return
    article = _extract_one(path, published, outlet, as_json, False)
    if as_json:
        data = {
            "entities": [e.model_dump() for e in article.entities],
            "dates": [d.model_dump() for d in article.dates],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    out = Console(highlight=False, soft_wrap=False)
    actors = Table("id", "name", "type", "also called", "mentions", title="Actors", title_justify="left")
    places = Table("id", "name in the report", "place", title="Places", title_justify="left")
    for e in article.entities:
        if e.type == "place" and e.place:
            places.add_row(e.id, ", ".join(dict.fromkeys([e.name, *e.aliases])), place_label(e.place))
        elif e.type != "place":
            actors.add_row(e.id, e.name, e.type, ", ".join(e.aliases), str(len(e.mentions)))
    dates = Table("words", "date", "precision", title="Dates", title_justify="left")
    for d in article.dates:
        dates.add_row(d.text, human_date(d.value) if d.value else "relative (no publication date)", d.precision or "")
    for table in (actors, places, dates):
        out.print(table)


@app.command()
def quotes(
    db: StoreDb = Path("wirewatch.duckdb"),
    about: About = None,
    speaker: Speaker = None,
    place: PlaceName = None,
    since: Since = None,
    fmt: Format = "table",
) -> None:
    """Who said what in the store: speaker, relay chain, kind and words of every quotation."""
    _store_rows("quotes", db, about, speaker, place, since, fmt)


@app.command()
def events(
    path: OptionalPath = None,
    published: Published = None,
    outlet: Outlet = None,
    db: StoreDb = Path("wirewatch.duckdb"),
    about: About = None,
    speaker: Speaker = None,
    place: PlaceName = None,
    since: Since = None,
    fmt: Format = "table",
) -> None:
    """What happened, in the ACLED taxonomy: type, date, place, actors, fatalities, and who says so; one report's
    events (strongest first), or without PATH the store's."""
    if path is None:
        _store_rows("events", db, about, speaker, place, since, fmt)
        return
    article = _extract_one(path, published, outlet, fmt == "json", False)
    if fmt == "json":
        print(json.dumps([e.model_dump() for e in article.events], indent=2, ensure_ascii=False))
        return
    for e in article.events:
        print(f"- {event_line(e)}")


@app.command()
def estimates(
    db: StoreDb = Path("wirewatch.duckdb"),
    about: About = None,
    speaker: Speaker = None,
    place: PlaceName = None,
    since: Since = None,
    fmt: Format = "table",
) -> None:
    """Estimate groups: one quantity across reports as low / best / high, with its outlets and disagreements."""
    _store_rows("estimates", db, about, speaker, place, since, fmt)


def _store_rows(kind: str, db: Path, about, speaker, place, since, fmt: str) -> None:
    """Query the store and print the rows as a table, JSON or CSV."""
    import csv

    from rich.table import Table

    from .corpus.queries import Filters, query

    if fmt not in ("table", "json", "csv"):
        raise _fail(ConfigError(f"--format: {fmt!r} is not one of table, json, csv"))
    store = _read_store(db)
    try:
        columns, rows = query(store, kind, Filters(about, speaker, place, since))
    finally:
        store.close()
    if fmt == "json":
        print(
            json.dumps(
                [dict(zip(columns, row, strict=True)) for row in rows], indent=2, ensure_ascii=False, default=str
            )
        )
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows([["|".join(map(str, v)) if isinstance(v, list) else v for v in row] for row in rows])
    else:
        table = Table(*columns, title=f"{kind} ({len(rows)})", title_justify="left")
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        Console(highlight=False, width=None if sys.stdout.isatty() else 200).print(table)


def _read_store(db: Path):
    """The store, opened for reading; a missing or unreadable one is one line on stderr and exit code 1."""
    from .corpus.store import Store

    if not db.exists():
        raise _fail(WirewatchError(f"{db}: no store here; run `wirewatch ingest PATH... --db {db}` first"))
    try:
        return Store(db, read_only=True)
    except WirewatchError as exc:
        raise _fail(exc) from None


def _emit(text: str, out: Path | None) -> None:
    """Print ``text``, or write it to ``out`` and print the path."""
    if out is None:
        print(text, end="")
    else:
        out.write_text(text, encoding="utf-8")
        print(out.resolve())


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders: .txt, .html, .jsonl, RSS/Atom, .warc, .zip.")],
    db: StoreDb = Path("wirewatch.duckdb"),
) -> None:
    """Ingest reports into the store: extract each, count wire copies once, reconcile the estimates. Running it
    again, or after a crash, adds only what is missing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .corpus.ingest import ingest as run_ingest
    from .corpus.sources import files_under

    files = files_under(paths)
    counts: dict[str, int] = {}
    done: set[str] = set()
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def seen(outcome) -> None:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            done.add(next((f for f in files if outcome.source.startswith(f)), outcome.source))
            progress.update(task, completed=len(done & set(files)), description=f"files ({summary} reports)")

        try:
            outcomes = run_ingest(paths, db, on_outcome=seen)
        except WirewatchError as exc:
            raise _fail(exc) from None
    _ingest_report(outcomes, db)
    if any(o.status == "failed" for o in outcomes):
        raise typer.Exit(1)


def _ingest_report(outcomes, db: Path) -> None:
    """Each source that did not simply go in, with its reason; then the totals."""
    out = Console(highlight=False, soft_wrap=True)
    for outcome in outcomes:
        if outcome.status != "ingested":
            out.print(f"{outcome.status:9} {outcome.source}: {outcome.reason}", markup=False)
    totals = {}
    for outcome in outcomes:
        totals[outcome.status] = totals.get(outcome.status, 0) + 1
    order = ("ingested", "duplicate", "copy", "already", "failed")
    out.print(", ".join(f"{totals[s]} {s}" for s in order if s in totals) + f" -> {db}", markup=False)


@app.command()
def report(
    db: StoreDb = Path("wirewatch.duckdb"),
    since: Since = None,
    fmt: Annotated[str, typer.Option("--format", help="md or html.")] = "md",
    out: Annotated[Path | None, typer.Option(help="Write here instead of printing.")] = None,
) -> None:
    """The situation report: key figures with their sources, disagreements, places, who said what."""
    from .corpus.report import markdown, page, read_picture

    if fmt not in ("md", "html"):
        raise _fail(ConfigError(f"--format: {fmt!r} is not one of md, html"))
    store = _read_store(db)
    try:
        picture = read_picture(store, since)
    finally:
        store.close()
    _emit(markdown(picture) if fmt == "md" else page(picture), out)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl, geojson, hxl, acled or parquet.")],
    out: Annotated[Path | None, typer.Option(help="The file to write (a folder for parquet).")] = None,
    path: OptionalPath = None,
    published: Published = None,
    outlet: Outlet = None,
    db: StoreDb = Path("wirewatch.duckdb"),
) -> None:
    """The whole store for other tools: JSON lines, GeoJSON places, HXL claims, ACLED events, Parquet tables; with
    PATH and --format acled, one report's events for a coder's review sheet (printed unless --out)."""
    from .corpus.export import acled_csv, article_events
    from .corpus.export import export as run_export

    if path is not None:
        if fmt != "acled":
            raise _fail(ConfigError("a single report exports as --format acled only"))
        _emit(acled_csv(article_events(_extract_one(path, published, outlet, False, False))), out)
        return
    if out is None:
        raise _fail(ConfigError("--out: where to write the export"))
    store = _read_store(db)
    try:
        print(run_export(store, fmt, out).resolve())
    except WirewatchError as exc:
        raise _fail(exc) from None
    finally:
        store.close()


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="Folder for the results.")] = Path("wirewatch-demo"),
) -> None:
    """Run the main job on the bundled example corpus and print where the result is."""
    from .demo import run_demo

    try:
        with err.status("extracting the example corpus..."):
            report = run_demo(out)
    except WirewatchError as exc:
        raise _fail(exc) from None
    print(report.resolve())


def main() -> None:
    """Console-script entry point."""
    app()
