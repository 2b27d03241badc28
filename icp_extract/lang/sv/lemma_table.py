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
import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

#: Where spacy-lookups-data keeps the Swedish table, relative to its package.
PACKAGE = "spacy_lookups_data"
TABLE_PATH = ("data", "sv_lemma_lookup.json.gz")

#: Environment variable naming another cache directory; set it to an empty string to read
#: the table without a cache file.
CACHE_ENV = "ICP_EXTRACT_CACHE_DIR"
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
    cache = _cache_file(table)
    if cache is not None:
        try:
            ordered = cache.read_text(encoding="utf-8").split("\n")
            return Forms(frozenset(ordered), tuple(ordered))
        except OSError:
            pass  # not there yet, or unreadable: parse the table
    with gzip.open(table) as unzipped:
        mapping: dict[str, str] = json.loads(unzipped.read())
    words = set(mapping)
    words.update(mapping.values())
    words.discard("")
    ordered = sorted(words)
    if cache is not None:
        _write_quietly(cache, "\n".join(ordered))
    return Forms(frozenset(words), tuple(ordered))


def _cache_file(table: Path) -> Path | None:
    """The cache file for this version of the table, or None when caching is switched off."""
    configured = os.environ.get(CACHE_ENV)
    if configured == "":
        return None
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "icp-extract"
    stat = table.stat()
    key = f"{CACHE_FORMAT}:{table}:{stat.st_size}:{stat.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return base / f"sv-word-forms-{digest}.txt"


def _write_quietly(path: Path, text: str) -> None:
    """Write atomically (a concurrent reader never sees half a file); give up silently."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as handle:
            temporary = handle.name
            handle.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        log.debug("could not cache the Swedish word forms at %s: %s", path, exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


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
