"""Where the Swedish language data keeps files it derives from its packages' data.

Parsing the lemma table's JSON or wordfreq's list takes a real share of extracting a short
report, so the first process writes what it derived to the user's cache directory and later
processes read that. A cache file is named after its source file's path, size and
modification time, so an upgraded package makes a new one. If nothing can be written (a
read-only home), the data is simply derived each time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

#: Environment variable naming another cache directory; set it to an empty string to derive
#: the data each time, without a cache file.
CACHE_ENV = "ICP_EXTRACT_CACHE_DIR"


def cache_file(source: Path, name: str, version: str, suffix: str) -> Path | None:
    """The cache file for data derived from ``source`` (``name``, format ``version``), or
    None when caching is switched off."""
    configured = os.environ.get(CACHE_ENV)
    if configured == "":
        return None
    if configured:
        base = Path(configured)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "icp-extract"
    stat = source.stat()
    key = f"{version}:{source}:{stat.st_size}:{stat.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return base / f"{name}-{digest}{suffix}"


def write_quietly(path: Path, data: bytes) -> None:
    """Write atomically (a concurrent reader never sees half a file); give up silently."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            temporary = handle.name
            handle.write(data)
        os.replace(temporary, path)
    except OSError as exc:
        log.debug("could not cache Swedish language data at %s: %s", path, exc)
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
