"""Speed of wirewatch against bare spaCy parsing of the same texts, measured in one run.

Usage: python bench/speed.py [repeats]
Prints documents per second for bare ``nlp.pipe`` (en_core_web_sm) and for ``wirewatch.extract_many`` on the same
texts (the bundled example corpus, repeated), and for ``wirewatch ingest`` of them into a new store, and the
ratios. Quote the ratios, not the seconds.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import wirewatch
from wirewatch.corpus.ingest import ingest
from wirewatch.demo import demo_corpus
from wirewatch.stages.nlp import load_model


def main(repeats: int = 20) -> None:
    texts = [text for _, text, _, _ in demo_corpus()] * repeats
    bare = load_model()
    list(bare.pipe(texts[:3]))
    list(wirewatch.extract_many(texts[:3]))  # warm both pipelines before timing
    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=32):
        pass
    spacy_seconds = time.perf_counter() - start
    start = time.perf_counter()
    for _ in wirewatch.extract_many(texts, batch_size=32):
        pass
    ww_seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        # each copy made unique, so that none is skipped as a copy of another
        lines = [json.dumps({"text": f"{text}\n\nReport {i}."}) for i, text in enumerate(texts)]
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        start = time.perf_counter()
        ingest([corpus], Path(folder) / "store.duckdb")
        ingest_seconds = time.perf_counter() - start
    print(f"{len(texts)} reports, {sum(len(t) for t in texts):,} characters")
    print(f"bare spaCy nlp.pipe : {len(texts) / spacy_seconds:7.1f} docs/s")
    print(f"wirewatch.extract_many: {len(texts) / ww_seconds:7.1f} docs/s")
    print(f"wirewatch ingest (store, near-duplicates, estimates): {len(texts) / ingest_seconds:7.1f} docs/s")
    print(f"ratio wirewatch / bare spaCy time: {ww_seconds / spacy_seconds:.2f}")
    print(f"ratio ingest / bare spaCy time: {ingest_seconds / spacy_seconds:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
