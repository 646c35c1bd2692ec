"""Near-duplicate wire copies: the same agency story republished with small edits counts once.

MinHash signatures of word 5-grams and a banded LSH index: a new article whose estimated Jaccard similarity with
an earlier original reaches ``THRESHOLD`` is a copy of the earliest such original.

Written here rather than taken from datasketch: the few lines below are all wirewatch needs, and datasketch pulls
in SciPy (113 MB, a quarter of an install) for parameter tuning that fixed bands make unnecessary.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
BANDS, ROWS = 16, 8  # 16 bands of 8 rows: candidates from a similarity of about 0.7, checked against THRESHOLD
THRESHOLD = 0.8
_SHINGLE = 5
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64(0xFFFFFFFF)
_random = np.random.RandomState(1)  # fixed: stored signatures must be comparable across runs and machines
_A = _random.randint(1, 2**31 - 1, size=NUM_PERM).astype(np.uint64)
_B = _random.randint(0, 2**31 - 1, size=NUM_PERM).astype(np.uint64)


def signature(text: str) -> np.ndarray:
    """The MinHash of a text's word 5-grams (lower case, punctuation dropped): 128 unsigned 32-bit values."""
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i : i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    hashes = np.array(
        [int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little") for g in grams],
        dtype=np.uint64,
    )
    permuted = ((_A[:, None] * hashes[None, :] + _B[:, None]) % _PRIME) & _MASK
    return permuted.min(axis=1)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def to_bytes(minhash: np.ndarray) -> bytes:
    return minhash.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.uint64)


class Deduper:
    """The originals seen so far, in ingestion order; copies point at the earliest original they match."""

    def __init__(self, known: list[tuple[str, str | None, bytes]] = ()) -> None:
        self.buckets: dict[tuple[int, bytes], list[str]] = {}
        self.signatures: dict[str, np.ndarray] = {}
        for key, duplicate_of, data in known:
            if duplicate_of is None:
                self.add(key, from_bytes(data))

    def original_of(self, minhash: np.ndarray) -> str | None:
        candidates = {key for band, chunk in _bands(minhash) for key in self.buckets.get((band, chunk), [])}
        matches = [key for key in candidates if similarity(self.signatures[key], minhash) >= THRESHOLD]
        order = list(self.signatures)
        return min(matches, key=order.index) if matches else None

    def add(self, key: str, minhash: np.ndarray) -> None:
        if key in self.signatures:
            return
        self.signatures[key] = minhash
        for bucket in _bands(minhash):
            self.buckets.setdefault(bucket, []).append(key)


def _bands(minhash: np.ndarray) -> list[tuple[int, bytes]]:
    return [(band, minhash[band * ROWS : (band + 1) * ROWS].tobytes()) for band in range(BANDS)]
