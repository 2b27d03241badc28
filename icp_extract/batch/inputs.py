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
        found = _named_by(text)
        if not found:
            unmatched.append(text)
        files.extend(found)
    return Expansion(tuple(_without_repeats(files)), tuple(unmatched))


def _named_by(text: str) -> list[Path]:
    """The files one input names: a folder its PDFs, an existing path (or a broken link)
    itself, a glob the PDFs it matches and those of the folders it matches."""
    path = Path(text)
    if path.is_dir():
        return _pdfs_in(path)
    if path.exists() or path.is_symlink():
        return [path]
    if not GLOB_CHARS & set(text):
        return []
    found: list[Path] = []
    for match in map(Path, sorted(glob.glob(text, recursive=True))):
        if match.is_dir():
            found.extend(_pdfs_in(match))
        elif _is_pdf_file(match):
            found.append(match)
    return found


def _pdfs_in(folder: Path) -> list[Path]:
    """A folder's PDF files, recursively, in name order."""
    return sorted(p for p in folder.rglob("*") if _is_pdf_file(p))


def _without_repeats(files: list[Path]) -> list[Path]:
    """The files in order, each once: two inputs naming one file by different paths
    (relative and absolute) name it once."""
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = Path(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _is_pdf_file(path: Path) -> bool:
    return path.suffix.lower() == PDF_SUFFIX and path.is_file()
