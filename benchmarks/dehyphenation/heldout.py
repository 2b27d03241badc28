"""Write a second Swedish corpus, held out from tuning, as JSON lines for ``typeset.py``.

The normaliser's weights were tuned on ``../shared/corpus/sv-prose.jsonl``, so its figures
there are no longer a fair test. This corpus is a whole Swedish book that nobody on the team
wrote and that no weight was tuned on: Linus Walleij's "Copyright finns inte" (2001), which
Debian ships as the package ``cfi-sv`` (``apt-get install cfi-sv``). Its text is not committed;
this script reads the installed HTML and writes one record per paragraph, with the chapter as
``source`` (the document a paragraph's neighbours make up).

The chapters are dealt alternately into two halves: ``--part dev`` is for studying errors,
``--part test`` for reporting figures that nothing was tuned on.

Usage:
    python benchmarks/dehyphenation/heldout.py [--html PATH] [--out PATH] [--part dev|test|all]
    python benchmarks/dehyphenation/typeset.py --corpus benchmarks/.cache/cfi-sv-test.jsonl \\
        --cache benchmarks/.cache/dehyphenation-cfi-test
    python benchmarks/dehyphenation/evaluate.py --corpus benchmarks/.cache/cfi-sv-test.jsonl \\
        --cache benchmarks/.cache/dehyphenation-cfi-test \\
        --errors benchmarks/.cache/heldout-test-errors.tsv \\
        --results benchmarks/dehyphenation/HELDOUT.md --note "$(python \\
        benchmarks/dehyphenation/heldout.py --describe)"
"""

from __future__ import annotations

import argparse
import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_HTML = Path("/usr/share/doc/cfi-sv/cfi.html")
DEFAULT_OUT = REPO / "benchmarks" / ".cache" / "cfi-sv.jsonl"  # named after --part

#: Shortest paragraph kept, in characters: headings, captions and list items are shorter.
MIN_CHARS = 150
#: Longest cell, in characters: longer paragraphs are cut between sentences, so that a
#: table row, kept together, fits a page in the narrowest layout (the shared corpus has
#: paragraphs of up to about 1,000 characters).
MAX_CHARS = 700
#: Smallest share of letters a paragraph must have: tables of numbers and code are not prose.
MIN_LETTER_SHARE = 0.7

_CHAPTER = re.compile(r"<h[12][^>]*>(.*?)</h[12]>", re.S | re.I)
_PARAGRAPH = re.compile(r"<p[^>]*>(.*?)(?=<p[ >]|</p>|<h\d|<div|<table|<ul|<ol|<br)", re.S | re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"'(])")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


DESCRIPTION = (
    "**Held-out corpus.** The second half of the chapters of Linus Walleij's Swedish book "
    '"Copyright finns inte" (2001, Debian package `cfi-sv`), written by `heldout.py --part '
    "test`. No weight of the normaliser was tuned on it; the first half was used to study "
    "errors. The book writes en dashes as `--` (`1985--86`, `020--nummer`); a line end "
    "there is scored as kind *other*."
)


def plain(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, spaces collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()


def cells(text: str) -> list[str]:
    """``text`` whole, or cut between sentences into pieces of at most :data:`MAX_CHARS`
    (a sentence longer than that stays whole)."""
    if len(text) <= MAX_CHARS:
        return [text]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= MAX_CHARS:
            pieces[-1] += " " + sentence
        else:
            pieces.append(sentence)
    return pieces


def paragraphs(page: str) -> list[dict[str, str]]:
    """Prose paragraphs of the book, each with the chapter heading it stands under."""
    records: list[dict[str, str]] = []
    headings = [(m.start(), plain(m.group(1))) for m in _CHAPTER.finditer(page)]
    for match in _PARAGRAPH.finditer(page):
        text = plain(match.group(1))
        letters = sum(c.isalpha() for c in text)
        if len(text) < MIN_CHARS or letters / len(text) < MIN_LETTER_SHARE:
            continue
        chapter = next((h for at, h in reversed(headings) if at < match.start()), "")
        records += [{"source": f"cfi-sv: {chapter}", "text": piece} for piece in cells(text)]
    return records


def part_of(records: list[dict[str, str]], part: str) -> list[dict[str, str]]:
    """The records of every other chapter, in the book's order: the first, third, ... for
    "dev", the second, fourth, ... for "test"; all of them for "all"."""
    if part == "all":
        return records
    chapters = list(dict.fromkeys(record["source"] for record in records))
    wanted = set(chapters[0 if part == "dev" else 1 :: 2])
    return [record for record in records if record["source"] in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--html", type=Path, default=DEFAULT_HTML)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--part", choices=["dev", "test", "all"], default="all")
    parser.add_argument(
        "--describe", action="store_true", help="print what the test half is, for a report"
    )
    args = parser.parse_args(argv)
    if args.describe:
        print(DESCRIPTION)
        return 0
    out: Path = args.out or DEFAULT_OUT.with_name(f"cfi-sv-{args.part}.jsonl")
    if not args.html.exists():
        raise SystemExit(f"{args.html} is missing: apt-get install cfi-sv")
    page = args.html.read_text(encoding="utf-8", errors="replace")
    records = part_of(paragraphs(page), args.part)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    chapters = len({record["source"] for record in records})
    print(f"wrote {len(records)} paragraphs of {chapters} chapters to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
