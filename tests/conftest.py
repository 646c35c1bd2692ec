"""Shared fixtures: the team's own example reports, and a helper to run one extraction."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT / "bench"))  # the gold scorer lives beside the benchmarks


@pytest.fixture(scope="session")
def reports() -> Path:
    return FIXTURES / "reports"
