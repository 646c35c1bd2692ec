"""Data files shipped in ``wirewatch/data``, read once."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def data_text(name: str) -> str:
    """The text of a data file."""
    return files("wirewatch").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file."""
    lines = (line.strip() for line in data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def data_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated data file, as rows of stripped cells (header and comments skipped)."""
    rows = (tuple(cell.strip() for cell in line.split("\t")) for line in data_lines(name))
    return tuple(rows)[1:]
