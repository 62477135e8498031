"""Syndicated copies: one wire story printed by many outlets is one report, not many.

Outlets reprint agency copy with a new headline, a byline or a trimmed last paragraph. Two
articles are copies of one report when they share at least ``Config.duplicate_threshold`` of
their word shingles (runs of ``SHINGLE_WORDS`` words), estimated from MinHash signatures
(``datasketch``). To find the candidates without comparing every pair, a signature is cut into
``BANDS`` bands; articles that agree on a whole band are compared (locality-sensitive hashing:
with 32 bands of 4 rows, a pair sharing 60% of its shingles agrees on some band with probability
0.99, a pair sharing 30% with probability 0.23, and is then compared and told apart).

Pure functions over text; the store keeps the bands and signatures and asks here.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
SEED = 1  # fixed: signatures stored yesterday must compare with today's
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The article's runs of ``SHINGLE_WORDS`` words, lower-cased; a shorter text is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> bytes:
    """The MinHash signature of the text's shingles, as bytes to store."""
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch(sorted(shingles(text)))
    return minhash.hashvalues.astype(np.uint64).tobytes()


def bands(sig: bytes) -> list[int]:
    """One key per band of the signature (a signed 63-bit integer, for an indexed SQL column)."""
    values = np.frombuffer(sig, dtype=np.uint64)
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big") >> 1)
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """The estimated share of shingles two signatures' texts have in common (Jaccard)."""
    va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    if va.shape != vb.shape:
        raise ValueError("signatures of different lengths")
    return float(np.mean(va == vb))
