"""Near-duplicate wire copies: the same agency story republished with small edits counts once.

MinHash signatures of word 5-grams, looked up in an LSH index (datasketch): a new article whose estimated
Jaccard similarity with an earlier one reaches ``THRESHOLD`` is a copy of the earliest such original.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine64"  # stored signatures must be read back with the hashing they were made with
THRESHOLD = 0.8
_SHINGLE = 5


def signature(text: str) -> MinHash:
    """The MinHash of a text's word 5-grams (lower case, punctuation dropped)."""
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


class Deduper:
    """The originals seen so far, in ingestion order; copies point at the earliest original they match."""

    def __init__(self, known: list[tuple[str, str | None, bytes]] = ()) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.order: dict[str, int] = {}
        for key, duplicate_of, data in known:
            if duplicate_of is None:
                self.add(key, from_bytes(data))

    def original_of(self, minhash: MinHash) -> str | None:
        hits = self.lsh.query(minhash)
        return min(hits, key=self.order.__getitem__) if hits else None

    def add(self, key: str, minhash: MinHash) -> None:
        if key not in self.order:
            self.order[key] = len(self.order)
            self.lsh.insert(key, minhash)
