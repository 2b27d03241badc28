"""Atomic file writing: a reader never sees a half-written output file, and every output gets
the permissions any program's new file gets under the user's umask (a temporary file is
created readable by its owner only, and a rename would keep that)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from icp_extract.errors import OutputError

#: What a new file asks for before the umask takes its bits away (as ``open()`` does).
NEW_FILE_MODE = 0o666


def new_file_mode() -> int:
    """The mode a file created now by ``open()`` would get: 0o666 less the umask.

    The umask can only be read by setting it, so it is set back at once; no file is created
    in between by this process's own code."""
    mask = os.umask(0)
    os.umask(mask)
    return NEW_FILE_MODE & ~mask


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed over it when the block ends without error.

    The block writes the temporary file; it is then flushed to disk, given the umask's
    permissions and renamed. On any error the temporary file is removed and ``path`` is left
    as it was; an ``OSError`` becomes an :class:`OutputError`."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror})") from exc
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, new_file_mode())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path} ({exc.strerror})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`atomic_path`."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
