"""The command line: --help, --json, --md, errors and exit codes, demo."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wirewatch.cli import app

runner = CliRunner()
REPORT = (
    "Militia fighters stormed a village near the river on Sunday, residents said.\n\n"
    '"They took the cattle and burned the school," said Mariam Deng, a teacher, told AFP.\n\n'
    '"We have nothing left," she said.\n'
)


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract" in result.output and "demo" in result.output


def test_extract_json(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-06-02", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["published"] == "2024-06-02"
    speakers = {q["speaker"]["name"] for q in data["quotes"]}
    assert "Mariam Deng" in speakers


def test_extract_markdown_groups_by_speaker(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--md"])
    assert result.exit_code == 0
    assert "### Mariam Deng" in result.stdout
    assert "(via AFP)" in result.stdout


def test_extract_reads_standard_input() -> None:
    result = runner.invoke(app, ["extract", "-"], input=REPORT)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["quotes"]


def test_missing_path_is_one_line_and_exit_1() -> None:
    result = runner.invoke(app, ["extract", "does-not-exist.txt"])
    assert result.exit_code == 1
    assert "no such file" in result.output and "Traceback" not in result.output


def test_binary_and_empty_files_exit_1(tmp_path) -> None:
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "e.txt").write_bytes(b"")
    for name, reason in (("b.bin", "binary"), ("e.txt", "empty")):
        result = runner.invoke(app, ["extract", str(tmp_path / name)])
        assert result.exit_code == 1 and reason in result.output


def test_windows_1252_is_read_with_a_warning(tmp_path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(REPORT.replace("Deng", "Déng").encode("cp1252"))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert "Mariam Déng" in {q["speaker"]["name"] for q in json.loads(result.stdout)["quotes"]}


def test_usage_errors_exit_2() -> None:
    assert runner.invoke(app, ["extract"]).exit_code == 2
    assert runner.invoke(app, ["extract", "-", "--published", "soon"], input=REPORT).exit_code == 2


def test_demo_writes_a_report_and_prints_its_path(tmp_path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    report = tmp_path / "out" / "report.md"
    assert str(report.resolve()) in result.stdout
    text = report.read_text(encoding="utf-8")
    assert "## Key figures" in text and "## Who said what" in text and "Khalid Osman Hamid" in text
    assert (tmp_path / "out" / "wirewatch.duckdb").exists()
    assert "<svg" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_store_queries_filter_and_format(tmp_path) -> None:
    db = tmp_path / "s.duckdb"
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    rows = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "deng", "--format", "json"]).stdout)
    assert rows and {r["speaker"] for r in rows} == {"Mariam Deng"} and rows[0]["via"] == ["AFP"]
    none = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "nobody", "--format", "json"]).stdout)
    assert none == []
    csv_out = runner.invoke(app, ["entities", "--db", str(db), "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("name,type,articles")
    bad = runner.invoke(app, ["claims", "--db", str(tmp_path / "none.duckdb")])
    assert bad.exit_code == 1 and "no store here" in bad.output


CLAIMS_REPORT = (
    "Floods have killed at least 40 people in the delta, the governor told AFP on Monday.\n\n"
    "An estimated 12,00 families were sleeping in schools, the agency said.\n"
)


def test_claims_markdown_names_source_and_relay_and_flags_malformed(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(CLAIMS_REPORT, encoding="utf-8")
    result = runner.invoke(app, ["claims", str(path), "--published", "2024-09-03"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    toll = next(line for line in lines if "at least 40" in line)
    assert "killed" in toll and "via AFP" in toll
    assert any("⚠" in line and "malformed" in line and "1,200 or 12,000" in line for line in lines)


def test_claims_markdown_names_the_organisation_a_nameless_spokesperson_voices(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("A UNHCR spokesperson in Geneva said about 4,000 people had fled since Monday.\n", encoding="utf-8")
    result = runner.invoke(app, ["claims", str(path), "--published", "2024-09-03"])
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if "about 4,000" in line)
    assert "UNHCR (A UNHCR spokesperson in Geneva)" in line


def test_claims_json_is_the_claims_list() -> None:
    result = runner.invoke(app, ["claims", "-", "--json", "--published", "2024-09-03"], input=CLAIMS_REPORT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    toll = next(c for c in data if c["text"] == "at least 40")
    assert (toll["low"], toll["high"], toll["hedge"], toll["category"]) == (40, None, "at_least", "killed")
    assert toll["date"] is None  # "told AFP on Monday" dates the telling, not the deaths
    assert toll["via"] == ["AFP"]


def test_claims_errors_like_extract() -> None:
    assert runner.invoke(app, ["claims", "does-not-exist.txt"]).exit_code == 1
    assert runner.invoke(app, ["claims", "-", "--json", "--md"], input=CLAIMS_REPORT).exit_code == 2


def test_entities_prints_actors_places_and_dates(tmp_path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(REPORT + "Fighting also reached Juba, South Sudan, last week.\n", encoding="utf-8")
    result = runner.invoke(app, ["entities", str(path), "--published", "2024-06-04"])
    assert result.exit_code == 0, result.output
    assert "Mariam Deng" in result.stdout and "Juba" in result.stdout and "South Sudan" in result.stdout
    assert "2024-05-27 to 2024-06-02" in result.stdout
    data = json.loads(runner.invoke(app, ["entities", str(path), "--json"]).stdout)
    assert {"entities", "dates"} == set(data)
    assert any(e["type"] == "place" and e["place"]["iso3"] == "SSD" for e in data["entities"])


def test_entities_on_a_missing_file_fails_cleanly(tmp_path) -> None:
    result = runner.invoke(app, ["entities", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.output
