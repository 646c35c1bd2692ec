"""The bundled example corpus and the demo job over it."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from ._data import data_table


def demo_corpus() -> list[tuple[str, str, str | None, str | None]]:
    """(file name, text, published, outlet) of each bundled report."""
    folder = files("wirewatch").joinpath("data").joinpath("demo")
    out = []
    for row in data_table("demo/corpus.tsv"):
        name, published, outlet = (*row, "", "")[:3]
        text = folder.joinpath(name).read_text(encoding="utf-8")
        out.append((name, text, published or None, outlet or None))
    return out


def run_demo(out_dir: Path) -> Path:
    """Ingest the bundled reports into a store in ``out_dir`` and write the situation report beside it, as
    Markdown and HTML; return the Markdown report's path."""
    from .corpus.ingest import ingest
    from .corpus.report import markdown, page, read_picture
    from .corpus.store import Store

    out_dir.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"text": text, "published": published, "outlet": outlet, "title": name})
        for name, text, published, outlet in demo_corpus()
    ]
    corpus = out_dir / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = out_dir / "wirewatch.duckdb"
    ingest([corpus], db)
    store = Store(db, read_only=True)
    picture = read_picture(store)
    store.close()
    (out_dir / "report.html").write_text(page(picture), encoding="utf-8")
    report = out_dir / "report.md"
    report.write_text(markdown(picture), encoding="utf-8")
    return report
