"""The situation report renders in a real browser: Debian's Chromium, driven by Playwright, headless."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wirewatch.corpus.ingest import ingest
from wirewatch.corpus.report import page, read_picture
from wirewatch.corpus.store import Store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPORTS = [
    "Gunmen attacked the town of Djibo in northern Burkina Faso on Monday, killing 14 civilians, a regional "
    'official told Reuters.\n\n"The market is ashes," said Salif Ouedraogo, a trader, told Reuters.\n',
    "Twenty civilians were killed in the attack on the town of Djibo in Burkina Faso on Monday, a humanitarian "
    'source told AFP, adding that 3,000 people had fled.\n\n"We need water," said Awa Sawadogo, a nurse.\n',
]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (scripts/test-setup installs it)")
def test_the_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    lines = [json.dumps({"text": t, "published": "2024-05-07", "outlet": f"Outlet {i}"}) for i, t in enumerate(REPORTS)]
    (tmp_path / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([tmp_path / "reports.jsonl"], db)
    store = Store(db, read_only=True)
    html = page(read_picture(store))
    store.close()
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            tab = browser.new_page(viewport={"width": 1000, "height": 900})
            tab.goto(report.as_uri())
            assert tab.title() == "Situation report"
            headings = tab.locator("h2").all_inner_texts()
            assert headings[:2] == ["Key figures", "Where sources disagree"]
            assert tab.locator("svg[aria-label='Map of places'] circle").count() >= 1
            assert "Djibo" in tab.locator("svg[aria-label='Map of places'] text").all_text_contents()
            disagreement = tab.locator("h2:text('Where sources disagree') + li").inner_text()
            assert "killed in Burkina Faso" in disagreement and "“14”" in disagreement and "“Twenty”" in disagreement
            assert "Outlet 0" in disagreement and "Outlet 1" in disagreement
            tab.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        finally:
            browser.close()
    assert (tmp_path / "report.png").stat().st_size > 10_000
