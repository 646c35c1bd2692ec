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


@app.command()
def claims(
    path: ReportPath,
    published: Published = None,
    outlet: Outlet = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the claims as JSON.")] = False,
    as_md: Annotated[bool, typer.Option("--md", help="Print one line a claim for a person (the default).")] = False,
) -> None:
    """The numbers one report claims: bounds, hedge, what they count, when, who says so and through whom."""
    from .render import claim_line

    article = _extract_one(path, published, outlet, as_json, as_md)
    if as_json:
        print(json.dumps([c.model_dump() for c in article.claims], indent=2, ensure_ascii=False))
    else:
        for claim in article.claims:
            print(f"- {claim_line(claim, article)}")


@app.command()
def entities(
    path: ReportPath,
    published: Published = None,
    outlet: Outlet = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print entities and dates as JSON.")] = False,
) -> None:
    """The actors, places and dates of one report: every actor under all its names, places geocoded, dates
    resolved against the publication date."""
    from rich.table import Table

    from .render import human_date, place_label

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


Db = Annotated[Path, typer.Option("--db", help="The DuckDB store.")]


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders: .txt, .html, .jsonl, RSS/Atom, .warc, .zip.")],
    db: Db = Path("wirewatch.duckdb"),
) -> None:
    """Ingest reports into the store: extract each, count wire copies once, reconcile the estimates. Running it
    again, or after a crash, adds only what is missing."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .corpus.ingest import ingest as run_ingest

    counts: dict[str, int] = {}
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)

        def seen(outcome) -> None:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            progress.update(task, description=f"ingesting: {summary}")

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
