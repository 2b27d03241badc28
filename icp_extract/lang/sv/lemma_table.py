"""The Swedish word forms of spacy-lookups-data, loaded once per process, fast.

spacy-lookups-data (a pip package, installed with icp-extract) ships a Swedish lemma lookup
table: about 660,000 inflected forms, each mapped to its lemma. Only that file is read: no
spaCy model, nothing from the network.

Parsing its 22 MB of JSON takes about half a second, which would be a real share of
extracting a short report. So the first load also writes the forms, sorted, one a line, to
the user's cache directory; later processes read that file in about a seventh of the time.
The cache is named after the table's size and modification time, so an upgraded package
makes a new one; if it cannot be written (a read-only home), the table is simply parsed
each time.
"""

from __future__ import annotations

import functools
import gzip
import json
import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from icp_extract.lang.sv import cache

log = logging.getLogger(__name__)

#: Where spacy-lookups-data keeps the Swedish table, relative to its package.
PACKAGE = "spacy_lookups_data"
TABLE_PATH = ("data", "sv_lemma_lookup.json.gz")

#: Environment variable naming another cache directory (see :mod:`.cache`).
CACHE_ENV = cache.CACHE_ENV
CACHE_FORMAT = "1"


@dataclass(frozen=True)
class Forms:
    """Every form and lemma of the table as spelled there: a set for lookups and the same
    strings sorted, for prefix questions (does any word start with "kleist"?)."""

    words: frozenset[str]
    ordered: tuple[str, ...]


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
        return Forms(frozenset(), ())


def _load(table: Path) -> Forms:
    cache_path = _cache_file(table)
    if cache_path is not None:
        try:
            ordered = cache_path.read_text(encoding="utf-8").split("\n")
            return Forms(frozenset(ordered), tuple(ordered))
        except OSError:
            pass  # not there yet, or unreadable: parse the table
    with gzip.open(table) as unzipped:
        mapping: dict[str, str] = json.loads(unzipped.read())
    words = set(mapping)
    words.update(mapping.values())
    words.discard("")
    ordered = sorted(words)
    if cache_path is not None:
        cache.write_quietly(cache_path, "\n".join(ordered).encode("utf-8"))
    return Forms(frozenset(words), tuple(ordered))


def _cache_file(table: Path) -> Path | None:
    """The cache file for this version of the table, or None when caching is switched off."""
    return cache.cache_file(table, "sv-word-forms", CACHE_FORMAT, ".txt")


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
