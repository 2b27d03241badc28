"""The Swedish word forms of spacy-lookups-data, loaded once per process, fast and compact.

spacy-lookups-data (a pip package, installed with icp-extract) ships a Swedish lemma lookup
table: about 660,000 inflected forms, each mapped to its lemma. Only that file is read: no
spaCy model, nothing from the network.

Parsing its 22 MB of JSON takes most of a second, and the 740,000 forms held as Python
strings in a set take about 80 MB in every process; a short report looks up a thousand or
two of them. So the first load writes the forms, sorted, as one block of UTF-8 with an
offset table, to the user's cache directory (:mod:`.cache`); later processes map that file
(a few milliseconds, 12 MB shared by every process through the page cache) and answer each
question by binary search over it. UTF-8 sorts byte by byte as Python sorts strings, so
the order of the block is the order of ``sorted()``. The cache is named after the table's
size and modification time, so an upgraded package makes a new one; if it cannot be
written (a read-only home), the table is parsed each time and held in memory.
"""

from __future__ import annotations

import array
import bisect
import functools
import gzip
import json
import logging
import mmap
import struct
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Final

from icp_extract.lang.sv import cache

log = logging.getLogger(__name__)

#: Where spacy-lookups-data keeps the Swedish table, relative to its package.
PACKAGE = "spacy_lookups_data"
TABLE_PATH = ("data", "sv_lemma_lookup.json.gz")

#: Environment variable naming another cache directory (see :mod:`.cache`).
CACHE_ENV = cache.CACHE_ENV
CACHE_FORMAT = "2"
#: The store's layout: a count n, n + 1 offsets into the block, then the block of forms.
_HEADER = struct.Struct("<Q")
_OFFSET: Final = "I"
#: Greater than any UTF-8 byte: ``prefix + _AFTER`` sorts after every form with that prefix.
_AFTER = b"\xff"


class Forms:
    """Every form and lemma of the table as spelled there, sorted: membership ("is
    "riskerna" a form?") and prefix questions ("does any form start with "kleist"?") by
    binary search, without a Python object per form."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        (count,) = _HEADER.unpack_from(data, 0)
        table_end = _HEADER.size + 4 * (count + 1)
        if len(data) < table_end:
            raise ValueError("word-form store cut short")
        self._data = data
        self._offsets = memoryview(data)[_HEADER.size : table_end].cast(_OFFSET)
        self._base = table_end
        self._count = count
        if self._base + self._offsets[count] != len(data):
            raise ValueError("word-form store cut short")

    @classmethod
    def build(cls, forms: Iterable[str]) -> Forms:
        return cls(_pack(forms))

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> bytes:
        """Form ``index`` of the sorted forms, as UTF-8 (what :mod:`bisect` compares)."""
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._data[self._base + self._offsets[index] : self._base + self._offsets[index + 1]]

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = word.encode("utf-8")
        at = bisect.bisect_left(self, key)
        return at < self._count and self[at] == key

    def __iter__(self):  # type: ignore[no-untyped-def]
        return (self[i].decode("utf-8") for i in range(self._count))

    def count_prefixed(self, prefix: str) -> int:
        """How many forms start with ``prefix``: a range of the sorted forms."""
        key = prefix.encode("utf-8")
        return bisect.bisect_left(self, key + _AFTER) - bisect.bisect_left(self, key)

    def has_longer(self, part: str) -> bool:
        """Whether some form longer than ``part`` starts with it."""
        key = part.encode("utf-8")
        at = bisect.bisect_right(self, key)
        return at < self._count and self[at].startswith(key)


def _pack(forms: Iterable[str]) -> bytes:
    """The store's bytes: the distinct forms, sorted, "" left out."""
    encoded = sorted({f.encode("utf-8") for f in forms if f})
    offsets = [0]
    for form in encoded:
        offsets.append(offsets[-1] + len(form))
    table = array.array(_OFFSET, offsets)
    return _HEADER.pack(len(encoded)) + table.tobytes() + b"".join(encoded)


@functools.cache
def forms() -> Forms:
    """The table's word forms, loaded on first use and kept for the life of the process.

    Empty (and logged) when the package is missing, so that normalising still works on the
    document's evidence and on spelling alone instead of failing an extraction.
    """
    try:
        table_file = resources.files(PACKAGE).joinpath(*TABLE_PATH)
        with resources.as_file(table_file) as path:
            return _load(Path(path))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.warning("Swedish lemma table unavailable (%s); hyphen decisions use less evidence", exc)
        return Forms.build(())


def _load(table: Path) -> Forms:
    cache_path = _cache_file(table)
    if cache_path is not None:
        try:
            with cache_path.open("rb") as handle:
                return Forms(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
        except (OSError, ValueError, struct.error):
            pass  # not there yet, or unreadable: parse the table
    with gzip.open(table) as unzipped:
        mapping: dict[str, str] = json.loads(unzipped.read())
    data = _pack([*mapping, *mapping.values()])
    del mapping
    if cache_path is not None:
        cache.write_quietly(cache_path, data)
    return Forms(data)


def _cache_file(table: Path) -> Path | None:
    """The cache file for this version of the table, or None when caching is switched off."""
    return cache.cache_file(table, "sv-word-forms", CACHE_FORMAT, ".bin")


@functools.cache
def lemma_map() -> dict[str, str]:
    """Form -> lemma, the whole table (about 0.8 s to read, once per process), for comparing
    texts word by word across years. Empty (and logged) when the package is missing."""
    try:
        table_file = resources.files(PACKAGE).joinpath(*TABLE_PATH)
        with table_file.open("rb") as raw, gzip.open(raw) as unzipped:
            table: dict[str, str] = json.loads(unzipped.read())
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.warning("Swedish lemma table unavailable (%s); comparing word forms", exc)
        return {}
    return table
