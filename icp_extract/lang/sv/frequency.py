"""How often a word form is written in Swedish: wordfreq's large Swedish list, offline.

The lemma table (:mod:`icp_extract.lang.sv.lemma_table`) knows the words of a dictionary;
it does not know "ArkDes", "Waterfront", "AMRAAM" or "cispersoner", which Swedish text
writes all the time. wordfreq (a pip package, data included, nothing fetched) counts about
340,000 Swedish forms in news, Wikipedia, subtitles and the web, down to about one in
100 million words: a joined form found there is a word people write.

wordfreq splits text at hyphens before counting, so the list says nothing about whether a
form is written with a hyphen: only that its joined spelling occurs.

The list is kept as 64-bit keys of the forms and their frequency buckets, 5 MB in two numpy
arrays. The first process derives them (about a second) and writes them to the user's cache
directory (:mod:`icp_extract.lang.sv.cache`); later processes map that file.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import io
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from icp_extract.lang.sv import cache

log = logging.getLogger(__name__)

#: wordfreq's language code and list, and the file it reads them from.
LANGUAGE = "sv"
WORDLIST = "large"
SOURCE_FILE = f"{WORDLIST}_{LANGUAGE}.msgpack.gz"


#: A frequency of 1 (bucket 0) on the Zipf scale: log10 of a billion.
ZIPF_OF_BUCKET_0 = 9.0
#: Shortest form kept: no joined form or common word is shorter.
MIN_LENGTH = 3
#: Version of the cache file's layout.
CACHE_FORMAT = "1"


def form_key(word: str) -> int:
    """A stable 64-bit key for ``word``: the store keeps keys, not the 335,000 strings.
    Two forms share a key with odds of about one in 10^13 per lookup."""
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True)
class Frequencies:
    """The list as two arrays: sorted form keys, and each form's bucket (centibels below a
    frequency of 1: 0 is the most frequent). 5 MB, where a dictionary of the forms takes 30
    MB in every process; read from the cache file, the arrays are mapped, not copied, so
    processes share them."""

    table: np.ndarray  # shape (2, n), uint64: keys (sorted), buckets

    def bucket(self, word: str) -> int | None:
        keys = self.table[0]
        if not len(keys):
            return None
        key = np.uint64(form_key(word))
        at = int(np.searchsorted(keys, key))
        if at < len(keys) and keys[at] == key:
            return int(self.table[1, at])
        return None


@functools.cache
def _frequencies() -> Frequencies:
    """The list, loaded once; empty (logged) when wordfreq is missing."""
    try:
        return _load(_source_file())
    except (ImportError, LookupError, OSError, ValueError) as exc:
        log.warning("Swedish word frequencies unavailable (%s); hyphens get less evidence", exc)
        return Frequencies(np.zeros((2, 0), dtype=np.uint64))


def _source_file() -> Path:
    """wordfreq's list file, found without importing wordfreq: importing it (regex,
    msgpack, langcodes) costs more than mapping the cached store, which is all a process
    needs once the first one has derived it."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("wordfreq is not installed")
    return Path(list(spec.submodule_search_locations)[0], "data", SOURCE_FILE)


def _load(source: Path) -> Frequencies:
    cache_path = cache.cache_file(source, "sv-word-frequencies", CACHE_FORMAT, ".npy")
    if cache_path is not None:
        try:
            return Frequencies(np.load(cache_path, mmap_mode="r"))
        except (OSError, ValueError):
            pass  # not there yet, or unreadable: derive it
    import wordfreq  # type: ignore[import-untyped]

    buckets: list[list[str]] = wordfreq.get_frequency_list(LANGUAGE, WORDLIST)
    keys: dict[int, int] = {}
    for index, bucket in enumerate(buckets):
        for word in bucket:
            if len(word) >= MIN_LENGTH and word.isalpha():
                keys.setdefault(form_key(word), index)  # a form listed twice: its first bucket
    pairs = sorted(keys.items())
    wordfreq.get_frequency_list.cache_clear()
    table = np.array(pairs, dtype=np.uint64).T.reshape(2, len(pairs))
    if cache_path is not None:
        buffer = io.BytesIO()
        np.save(buffer, table)
        cache.write_quietly(cache_path, buffer.getvalue())
    return Frequencies(np.ascontiguousarray(table))


def load() -> None:
    """Load the list now rather than at the first decision (for timing, or a warm worker)."""
    _frequencies()


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """Frequency of ``word`` (lowercase) on the Zipf scale: log10 of occurrences per billion
    words, 0.0 when the list does not have it (1.0 is about one in a billion, 3.0 one in a
    million)."""
    bucket = _frequencies().bucket(word)
    return ZIPF_OF_BUCKET_0 - bucket / 100 if bucket is not None else 0.0


#: A form this common and this long is a word Swedish text writes, in the lemma table or
#: not ("life", "science", "nato"): shorter frequent tokens are as often syllables ("fu",
#: "ture", "gro").
WORD_ZIPF = 3.0
WORD_MIN_LENGTH = 4


def is_common_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a word of its own in Swedish text: at least
    :data:`WORD_MIN_LENGTH` letters and :data:`WORD_ZIPF` on the Zipf scale."""
    return len(word) >= WORD_MIN_LENGTH and zipf(word) >= WORD_ZIPF


def is_attested(word: str) -> bool:
    """Whether Swedish text writes ``word`` (lowercase) as one token."""
    return zipf(word) > 0.0
