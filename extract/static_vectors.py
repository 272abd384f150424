"""floret vectors with a cache: spaCy sums a word's n-gram rows in Python on every call.

spaCy's floret table hashes the character n-grams of each word anew in every
batch (about 60 µs a word), more than the whole recogniser costs otherwise.
The sum depends only on the word, so CachedFloret keeps it per key, up to
MAX_CACHED words (then the cache starts again, so memory stays bounded).
"""
from __future__ import annotations

import numpy
from spacy.vectors import Vectors
from spacy.vocab import Vocab

MAX_CACHED = 200_000


class CachedFloret(Vectors):
    """A floret Vectors table whose get_batch remembers each key's vector."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._rows: dict[int, int] = {}
        self._cache = numpy.zeros((1024, self.data.shape[1]), dtype="float32")

    def get_batch(self, keys):
        uniq, inverse = numpy.unique(numpy.asarray(keys, dtype="uint64"), return_inverse=True)
        keys = uniq.tolist()
        rows = self._rows
        missing = [k for k in keys if k not in rows]
        if missing:
            if len(rows) + len(missing) > MAX_CACHED:
                rows.clear()
            computed = super().get_batch(missing)
            start = len(rows)
            need = start + len(missing)
            if need > len(self._cache):
                grown = numpy.zeros((max(need, 2 * len(self._cache)), self._cache.shape[1]), dtype="float32")
                grown[:start] = self._cache[:start]
                self._cache = grown
            self._cache[start:need] = computed
            rows.update(zip(missing, range(start, need)))
        return self._cache[numpy.array([rows[k] for k in keys], dtype="int64")[inverse.reshape(-1)]]


def use_cache(vocab: Vocab) -> None:
    """Replace the vocab's floret table by a CachedFloret on the same data (a default-mode table is left)."""
    table = vocab.vectors
    if isinstance(table, CachedFloret) or table.mode != "floret":
        return
    cfg = table._get_cfg()
    vocab.vectors = CachedFloret(strings=vocab.strings, data=table.data, name=table.name, **cfg)
