"""Which files the inputs name: files as given, folders searched for PDFs, globs expanded."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PDF_SUFFIX = ".pdf"
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Expansion:
    """The files the inputs name, in order without repeats, and inputs that named nothing."""

    files: tuple[Path, ...]
    unmatched: tuple[str, ...] = ()


def expand_inputs(inputs: Iterable[str | os.PathLike[str]]) -> Expansion:
    """Files as given; folders give their ``*.pdf`` files recursively, globs what they match
    (``**`` included), each in name order. A folder's or a glob's non-PDF files are left out;
    a file named explicitly is kept whatever its name, so a bad one is reported, not skipped."""
    files: list[Path] = []
    unmatched: list[str] = []
    for raw in inputs:
        text = os.fspath(raw)
        path = Path(text)
        found: list[Path]
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _is_pdf_file(p))
        elif path.exists() or path.is_symlink():
            found = [path]
        elif GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            found = []
            for match in map(Path, matches):
                if match.is_dir():
                    found.extend(sorted(p for p in match.rglob("*") if _is_pdf_file(p)))
                elif _is_pdf_file(match):
                    found.append(match)
        else:
            found = []
        if not found:
            unmatched.append(text)
        files.extend(found)
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = Path(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return Expansion(tuple(unique), tuple(unmatched))


def _is_pdf_file(path: Path) -> bool:
    return path.suffix.lower() == PDF_SUFFIX and path.is_file()
