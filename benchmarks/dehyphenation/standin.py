"""A deliberately simple stand-in for ``icp_extract.normalize``, same interface.

Only for developing the evaluation before the real normaliser exists; ``evaluate.py`` uses it
only with ``--standin`` and says so in every table it prints. Its figures mean nothing.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

LINE_END_HYPHENS = ("-", "\u2010", "\u00ad")
CONJUNCTIONS = frozenset({"och", "eller", "samt", "respektive", "resp.", "till", "som"})


class Decision(enum.Enum):
    JOIN = "join"
    KEEP = "keep"
    SUSPENDED = "suspended"


class DocumentLexicon:
    """Words of one document; a hyphenated word seen whole elsewhere says KEEP."""

    def __init__(self, hyphenated: set[str]) -> None:
        self.hyphenated = hyphenated

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> DocumentLexicon:
        found = set()
        for line in lines:
            for word in line.split()[:-1] or []:
                core = word.strip(".,;:()”\"'")
                if "-" in core.strip("-"):
                    found.add(core.lower())
        return cls(found)


def decide(fragment: str, continuation: str, lexicon: DocumentLexicon) -> Decision:
    stem = fragment.rstrip("".join(LINE_END_HYPHENS))
    word = continuation.strip(".,;:()”\"'")
    if word.lower() in CONJUNCTIONS:
        return Decision.SUSPENDED
    if f"{stem}-{word}".lower().lstrip("(") in lexicon.hyphenated:
        return Decision.KEEP
    if not word[:1].islower() or stem[-1:].isdigit() or stem[-2:].isupper():
        return Decision.KEEP
    return Decision.JOIN


def normalize_cell(lines: list[str], lexicon: DocumentLexicon) -> str:
    out = ""
    for index, line in enumerate(lines):
        line = " ".join(line.split())
        if index == 0:
            out = line
            continue
        words = out.split(" ")
        if words[-1].endswith(LINE_END_HYPHENS) and line:
            decision = decide(words[-1], line.split(" ")[0], lexicon)
            if decision is Decision.JOIN:
                out = out[:-1] + line
            elif decision is Decision.KEEP:
                out = out[:-1] + "-" + line
            else:
                out = out[:-1] + "- " + line
        else:
            out = f"{out} {line}"
    return out
