"""The corpus: many reports ingested into a DuckDB store, wire copies counted once, estimates reconciled."""
