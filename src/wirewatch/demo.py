"""The bundled example corpus and the demo job over it."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from ._data import data_table
from .api import extract
from .models import Article
from .render import article_markdown


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
    """Extract every bundled report; write the Markdown picture and the JSON lines; return the Markdown path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    articles: list[Article] = [
        extract(text, published=published, outlet=outlet) for _, text, published, outlet in demo_corpus()
    ]
    (out_dir / "articles.jsonl").write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    report = out_dir / "report.md"
    report.write_text("\n\n".join(article_markdown(a) for a in articles), encoding="utf-8")
    return report
