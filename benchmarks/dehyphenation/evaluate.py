"""Score icp-extract's line-end hyphen handling on PDFs made by ``typeset.py``.

Each PDF is read through icp-extract's own reader; words are grouped into the table's ruled
cells and into lines, every cell is matched to the paragraph it was typeset from, and the lines
are normalised by ``icp_extract.normalize.normalize_cell`` and by three baselines. Every line-end
hyphen is scored against the original paragraph, and the whole output text is compared with it.
The hand-checked cases of ``reference_cases.tsv`` (from a real municipal report) are scored
through ``decide()``.

Ground truth of one line-end hyphen: strip spaces and hyphens from both the cell's lines and the
original paragraph, align the two, and look at what the original has between the last letter
before the line break and the first letter after it: nothing (the typesetter's hyphen: JOIN),
"-" (a real hyphen: KEEP, "EU-rätten"), or "- " (a suspended compound: SUSPENDED,
"hälso- och"). The output of each system is read the same way at the same place.

The corpus text carries soft hyphens (U+00AD) copied from web pages; LibreOffice breaks at them
like at its own hyphenation points, and they are invisible elsewhere, so the target text is the
paragraph with its soft hyphens removed.

Usage: python benchmarks/dehyphenation/evaluate.py [--standin] [--corpus PATH] [--reference PATH]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import re
import subprocess
import sys
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from icp_extract.read import open_document

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO / ".." / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "sv-prose.jsonl"
DEFAULT_REFERENCE = SHARED / "reference" / "ks-2023-helarsuppfoljning.txt"
CACHE = REPO / "benchmarks" / ".cache" / "dehyphenation"
ERRORS_TSV = REPO / "benchmarks" / ".cache" / "dehyphenation-errors.tsv"
CASES_TSV = HERE / "reference_cases.tsv"
RESULTS_MD = HERE / "RESULTS.md"

SOFT_HYPHEN = "\u00ad"
HYPHEN = "\u2010"
LINE_END_HYPHENS = ("-", HYPHEN, SOFT_HYPHEN)
HYPHEN_CHARS = frozenset(LINE_END_HYPHENS)
REAL_HYPHEN_CHARS = frozenset({"-", HYPHEN})

RULE_MERGE_PT = 2.0  # ruling lines closer than this are one line (double-drawn borders)
LINE_TOLERANCE = 0.4  # words whose tops differ by less than this share of the size share a line
MATCH_MIN_RATIO = 90.0  # fuzzy similarity a cell must reach to count as its paragraph

FORMS = {"": "join", "-": "keep", "- ": "suspended"}
DECISION_FORMS = {"JOIN": "", "KEEP": "-", "SUSPENDED": "- "}

SYSTEMS = ("icp-extract", "keep all", "join all", "join if lowercase")


# --------------------------------------------------------------------------------------------
# reading cells


@dataclass
class Cell:
    doc: str
    page: int
    row: int
    col: int
    lines: list[str]
    truth: dict[str, Any] | None = None
    similarity: float = 0.0


def _cluster(values: Iterable[float]) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= RULE_MERGE_PT:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(group) / len(group) for group in out]


def page_cells(page: Any, doc: str) -> tuple[list[Cell], int]:
    """Cells of the page's ruled table, in reading order, and the number of words outside it."""
    ys = _cluster((r.top + r.bottom) / 2 for r in page.h_rules)
    xs = _cluster((r.x0 + r.x1) / 2 for r in page.v_rules)
    grouped: dict[tuple[int, int], list[Any]] = defaultdict(list)
    stray = 0
    for word in page.words:
        row = bisect_right(ys, (word.top + word.bottom) / 2) - 1
        col = bisect_right(xs, (word.x0 + word.x1) / 2) - 1
        if 0 <= row < len(ys) - 1 and 0 <= col < len(xs) - 1:
            grouped[(row, col)].append(word)
        else:
            stray += 1
    cells = []
    for (row, col), words in sorted(grouped.items()):
        cells.append(Cell(doc, page.number, row, col, cell_lines(words)))
    return cells, stray


def cell_lines(words: Sequence[Any]) -> list[str]:
    lines: list[list[Any]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        size = word.size or (word.bottom - word.top)
        if lines and abs(word.top - lines[-1][0].top) < LINE_TOLERANCE * size:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]


# --------------------------------------------------------------------------------------------
# alignment


def skeleton(text: str) -> tuple[str, list[int]]:
    """The text without spaces and hyphens, and where each remaining character stood."""
    chars, where = [], []
    for i, c in enumerate(text):
        if c.isspace() or c in HYPHEN_CHARS:
            continue
        chars.append(c)
        where.append(i)
    return "".join(chars), where


def index_map(a: str, b: str) -> list[int | None]:
    """For each position of ``a``, the position of the same character in ``b`` (or None)."""
    out: list[int | None] = [None] * len(a)
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            for i in range(op.src_end - op.src_start):
                out[op.src_start + i] = op.dest_start + i
    return out


def visible_text(paragraph: str) -> str:
    """What a reader of the page sees of a corpus paragraph: soft hyphens are invisible unless
    the line breaks there, and whitespace at either end of a cell is not printed."""
    return paragraph.replace(SOFT_HYPHEN, "").strip()


def breaks_at_soft_hyphens(source: str, hyphens: list[LineEndHyphen]) -> int:
    """How many of the cell's line-end hyphens stand where the source has a soft hyphen."""
    s_skel, s_pos = skeleton(source.strip())
    count = 0
    for h in hyphens:
        if h.target_index is not None and 0 < h.target_index < len(s_pos):
            between = source.strip()[s_pos[h.target_index - 1] + 1 : s_pos[h.target_index]]
            count += SOFT_HYPHEN in between
    return count


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def classify(expected: str, got: str | None) -> str:
    """One of: correct, wrongly joined, wrongly kept, wrong form, other."""
    if got == expected:
        return "correct"
    if got is None:
        return "other"
    exp_h = any(c in HYPHEN_CHARS for c in expected)
    got_h = any(c in HYPHEN_CHARS for c in got)
    if exp_h and got == "":
        return "wrongly joined"
    if expected == "" and got_h:
        return "wrongly kept"
    if exp_h and got_h:
        return "wrong form"
    return "other"


@dataclass
class LineEndHyphen:
    cell: Cell
    line: int  # index of the line that ends in the hyphen
    fragment: str
    continuation: str
    target_index: int | None  # skeleton index (in the target) of the first letter after the break
    expected: str | None  # what the original has at the break: "", "-", "- " or something else

    @property
    def expected_name(self) -> str:
        if self.expected is None:
            return "unaligned"
        return FORMS.get(self.expected, "other")


def line_end_hyphens(cell: Cell, target: str, t_skel: str, t_pos: list[int]) -> list[LineEndHyphen]:
    starts, parts = [], []
    offset = 0
    for line in cell.lines:
        starts.append(offset)
        s, _ = skeleton(line)
        parts.append(s)
        offset += len(s)
    l_skel = "".join(parts)
    to_target = index_map(l_skel, t_skel)
    found = []
    for i in range(len(cell.lines) - 1):
        words, following = cell.lines[i].split(), cell.lines[i + 1].split()
        if not words or not following or not words[-1].endswith(LINE_END_HYPHENS):
            continue
        k = starts[i + 1]
        expected: str | None = None
        target_index: int | None = None
        if 0 < k < len(l_skel) and parts[i + 1]:
            before, after = to_target[k - 1], to_target[k]
            if before is not None and after is not None and after == before + 1:
                target_index = after
                expected = squeeze(target[t_pos[before] + 1 : t_pos[after]])
        found.append(LineEndHyphen(cell, i, words[-1], following[0], target_index, expected))
    return found


# --------------------------------------------------------------------------------------------
# baselines


def _baseline(rule: Callable[[str, str], str]) -> Callable[[list[str]], str]:
    def normalise(lines: list[str]) -> str:
        out = ""
        for line in lines:
            line = squeeze(line).strip()
            if not out:
                out = line
                continue
            last = out.split(" ")[-1]
            if last.endswith(LINE_END_HYPHENS) and line:
                form = rule(last, line.split(" ")[0])
                out = out[:-1] + form + line
            else:
                out = f"{out} {line}"
        return out

    return normalise


BASELINES: dict[str, Callable[[list[str]], str]] = {
    "keep all": _baseline(lambda frag, cont: frag[-1]),
    "join all": _baseline(lambda frag, cont: ""),
    "join if lowercase": _baseline(lambda frag, cont: "" if cont[:1].islower() else frag[-1]),
}


def baseline_decision(system: str, fragment: str, continuation: str) -> str:
    if system == "keep all":
        return "-"
    if system == "join all":
        return ""
    return "" if continuation[:1].islower() else "-"


# --------------------------------------------------------------------------------------------
# scoring


@dataclass
class Score:
    seen: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    real_hyphens: int = 0
    real_lost: int = 0
    other_chars: int = 0
    cells_with_other: int = 0
    cells: int = 0

    def row(self, name: str, with_text: bool = True) -> list[str]:
        correct = self.counts["correct"]
        pct = f"{100 * correct / self.seen:.1f} %" if self.seen else "-"
        cells = [
            name,
            str(self.seen),
            f"{correct} ({pct})",
            str(self.counts["wrongly joined"]),
            str(self.counts["wrongly kept"]),
            str(self.counts["wrong form"]),
            str(self.counts["other"]),
        ]
        if with_text:
            cells += [
                f"{self.real_lost} of {self.real_hyphens}",
                f"{self.other_chars} chars in {self.cells_with_other} of {self.cells} cells",
            ]
        else:
            cells += ["n/a", "n/a"]
        return cells


HEADER = [
    "System",
    "Line-end hyphens seen",
    "Resolved correctly",
    "Wrongly joined",
    "Wrongly kept",
    "Hyphen kept, wrong spacing",
    "Other wrong",
    "Real hyphens lost",
    "Other character differences",
]


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def output_between(
    output: str, t_skel: str, hyphens: list[LineEndHyphen]
) -> list[tuple[int, int, str] | None]:
    """For each hyphen, the span of ``output`` between the letters around its break."""
    o_skel, o_pos = skeleton(output)
    to_output = index_map(t_skel, o_skel)
    spans: list[tuple[int, int, str] | None] = []
    for h in hyphens:
        if h.target_index is None:
            spans.append(None)
            continue
        before, after = to_output[h.target_index - 1], to_output[h.target_index]
        if before is None or after is None or after != before + 1:
            spans.append(None)
            continue
        start, end = o_pos[before] + 1, o_pos[after]
        spans.append((start, end, squeeze(output[start:end])))
    return spans


def real_hyphens_lost(target: str, output: str) -> int:
    lost = 0
    for op in Levenshtein.opcodes(target, output):
        if op.tag in ("delete", "replace"):
            had = sum(c in REAL_HYPHEN_CHARS for c in target[op.src_start : op.src_end])
            kept = sum(c in REAL_HYPHEN_CHARS for c in output[op.dest_start : op.dest_end])
            lost += max(0, had - kept)
    return lost


def score_cell(
    score: Score,
    target: str,
    t_skel: str,
    output: str,
    hyphens: list[LineEndHyphen],
    diffs: Counter[tuple[str, str]] | None = None,
) -> tuple[list[str | None], str]:
    """Add one cell's figures to ``score``; return what the output has at each hyphen, and the
    output with its line-end hyphens put right (what remains differs for other reasons)."""
    spans = output_between(output, t_skel, hyphens)
    corrected = output
    got_forms: list[str | None] = []
    fixes = [
        (span[0], span[1], h.expected)
        for h, span in zip(hyphens, spans, strict=True)
        if span is not None and h.expected is not None
    ]
    for start, end, expected in sorted(fixes, reverse=True):
        corrected = corrected[:start] + expected + corrected[end:]
    for h, span in zip(hyphens, spans, strict=True):
        got = span[2] if span is not None else None
        got_forms.append(got)
        if h.expected is None:
            continue
        verdict = classify(h.expected, got)
        score.seen += 1
        score.counts[verdict] += 1
        score.by_kind[(h.expected_name, verdict)] += 1
    score.cells += 1
    score.real_hyphens += sum(c in REAL_HYPHEN_CHARS for c in target)
    score.real_lost += real_hyphens_lost(target, output)
    other = Levenshtein.distance(corrected, target)
    score.other_chars += other
    score.cells_with_other += other > 0
    if diffs is not None and other:
        for op in Levenshtein.opcodes(target, corrected):
            if op.tag != "equal":
                before = target[op.src_start : op.src_end][:20]
                diffs[(before, corrected[op.dest_start : op.dest_end][:20])] += 1
    return got_forms, corrected


# --------------------------------------------------------------------------------------------
# normaliser


def load_normaliser(standin: bool) -> tuple[ModuleType, str]:
    if standin:
        sys.path.insert(0, str(HERE))
        stand_in = importlib.import_module("standin")
        return stand_in, "STAND-IN (benchmarks/dehyphenation/standin.py), not icp-extract"
    try:
        module = importlib.import_module("icp_extract.normalize")
        for name in ("normalize_cell", "DocumentLexicon", "decide", "Decision"):
            getattr(module, name)
    except (ImportError, AttributeError) as exc:
        raise SystemExit(
            f"icp_extract.normalize is not usable yet ({exc}); "
            "run with --standin to try the evaluation on a stand-in"
        ) from exc
    return module, f"icp_extract.normalize{code_version()}"


def code_version() -> str:
    """Which icp-extract the figures belong to: its commit, and whether the package differs."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "icp_extract"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
    return f" at commit {head}" + (" with uncommitted changes" if dirty else "")


def decision_form(decision: Any) -> str:
    name = getattr(decision, "name", str(decision)).upper()
    return DECISION_FORMS.get(name, f"?{name}")


# --------------------------------------------------------------------------------------------
# reference cases


@dataclass(frozen=True)
class Case:
    line: int
    origin: str  # "line-end", or "mid-line": a real hyphen asked as if it ended a line
    fragment: str
    continuation: str
    expected: str  # join / keep / suspended
    note: str


# --------------------------------------------------------------------------------------------
# every hyphen of the corpus, asked as if it had fallen at a line end

_REAL_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W_])")
_PLAIN_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class EveryBreak:
    """Decisions on every real hyphen and every legal hyphenation point of the corpus."""

    real: Counter[str] = field(default_factory=Counter)  # system -> real hyphens kept
    real_lost: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)
    typeset: Counter[str] = field(default_factory=Counter)  # system -> breaks joined
    real_seen: int = 0
    typeset_seen: int = 0


def every_break(records: list[dict[str, Any]], normaliser: ModuleType) -> EveryBreak:
    """Ask ``decide`` about every hyphen the corpus writes inside a word ("EU-|rätten"),
    and about every point where the Swedish patterns allow a typesetter to break a word
    ("upp-|handling"), as if a line had ended there. The document is the rest of the
    paragraph's source (the other paragraphs of its press release, or of its chapter), as a
    report is for its cells."""
    from icp_extract.lang.sv.hyphenation import break_points

    by_source: dict[str, list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        by_source[record["source"]].append(index)
    texts = [visible_text(record["text"]) for record in records]
    result = EveryBreak(real_lost={name: Counter() for name in SYSTEMS})
    for index, record in enumerate(records):
        others = [texts[j] for j in by_source[record["source"]] if j != index]
        lexicon = normaliser.DocumentLexicon.from_lines(others)
        for token in texts[index].split():
            for hyphen in _REAL_HYPHEN.finditer(token):
                fragment, continuation = token[: hyphen.end()], token[hyphen.end() :]
                result.real_seen += 1
                for name in SYSTEMS:
                    got = _decision(name, fragment, continuation, lexicon, normaliser)
                    if got.startswith("-"):
                        result.real[name] += 1
                    else:
                        result.real_lost[name][(fragment, continuation)] += 1
            for word in _PLAIN_WORD.finditer(token):
                if "-" in word.group():
                    continue
                for point in sorted(break_points(word.group().lower())):
                    cut = word.start() + point
                    fragment, continuation = token[:cut] + "-", token[cut:]
                    result.typeset_seen += 1
                    for name in SYSTEMS:
                        got = _decision(name, fragment, continuation, lexicon, normaliser)
                        result.typeset[name] += got == ""
    return result


def _decision(
    system: str, fragment: str, continuation: str, lexicon: Any, normaliser: ModuleType
) -> str:
    if system == "icp-extract":
        return decision_form(normaliser.decide(fragment, continuation, lexicon))
    return baseline_decision(system, fragment, continuation)


def every_break_table(result: EveryBreak) -> str:
    rows = []
    for name in SYSTEMS:
        kept, joined = result.real[name], result.typeset[name]
        rows.append(
            [
                name,
                f"{kept} ({100 * kept / max(result.real_seen, 1):.1f} %)",
                str(result.real_seen - kept),
                f"{joined} ({100 * joined / max(result.typeset_seen, 1):.2f} %)",
                str(result.typeset_seen - joined),
            ]
        )
    header = [
        "System",
        f"Real hyphens kept (of {result.real_seen})",
        "Real hyphens lost",
        f"Typesetter's breaks joined (of {result.typeset_seen})",
        "Wrongly kept",
    ]
    return markdown_table(header, rows)


def load_cases(path: Path) -> list[Case]:
    cases = []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in fh if r.strip() and not r.startswith("#")]
    for record in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
        cases.append(
            Case(
                int(record["line"]),
                record["origin"],
                record["fragment"],
                record["continuation"],
                record["expected"],
                record.get("note") or "",
            )
        )
    return cases


def reference_lines(path: Path) -> list[str]:
    return [
        line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


# --------------------------------------------------------------------------------------------
# main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--cases", type=Path, default=CASES_TSV)
    parser.add_argument("--results", type=Path, default=RESULTS_MD)
    parser.add_argument("--errors", type=Path, default=ERRORS_TSV)
    parser.add_argument("--standin", action="store_true", help="use the stand-in normaliser")
    parser.add_argument("--note", default="", help="a paragraph to put under the title")
    parser.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="write every aligned line-end hyphen and each document's lines as JSON lines here",
    )
    args = parser.parse_args(argv)

    normaliser, normaliser_name = load_normaliser(args.standin)
    cache: Path = args.cache.resolve()
    truth_path = cache / "truth.jsonl"
    if not truth_path.exists():
        raise SystemExit(f"{truth_path} is missing: run typeset.py first")
    settings = json.loads((cache / "settings.json").read_text(encoding="utf-8"))
    truth = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines()]
    check_corpus(truth, args.corpus.resolve())
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in truth:
        by_doc[record["doc"]].append(record)
    layout_of = {d["doc"]: d["layout"]["name"] for d in settings["documents"]}

    timing: dict[str, float] = defaultdict(float)
    scores = {name: Score() for name in SYSTEMS}
    per_layout: dict[str, dict[str, Score]] = defaultdict(lambda: {n: Score() for n in SYSTEMS})
    diffs: dict[str, Counter[tuple[str, str]]] = {n: Counter() for n in SYSTEMS}
    expected_kinds: Counter[str] = Counter()
    errors: list[list[str]] = []
    decide_agrees = decide_total = 0
    unmatched = missing = stray_words = 0
    matched_cells = 0
    reader_notes: Counter[str] = Counter()
    dump: list[dict[str, Any]] = []

    for doc in sorted(by_doc):
        pdf = cache / "pdf" / f"{doc}.pdf"
        t0 = time.perf_counter()
        pages = []
        with open_document(pdf) as document:
            for page in document.pages():
                pages.append(page)
        t1 = time.perf_counter()
        cells: list[Cell] = []
        for page in pages:
            found, stray = page_cells(page, doc)
            cells += found
            stray_words += stray
            for word in page.words:
                for ch in word.text:
                    if ch in (SOFT_HYPHEN, HYPHEN) or 0xFB00 <= ord(ch) <= 0xFB06 or ord(ch) < 32:
                        reader_notes[f"U+{ord(ch):04X} in words"] += 1
        t2 = time.perf_counter()
        lost_cells, lost_paragraphs = match_cells(cells, by_doc[doc])
        unmatched += lost_cells
        missing += lost_paragraphs
        t3 = time.perf_counter()
        all_lines = [line for cell in cells for line in cell.lines]
        if args.dump is not None:
            dump.append({"doc": doc, "lines": all_lines})
        lexicon = normaliser.DocumentLexicon.from_lines(all_lines)
        t4 = time.perf_counter()
        timing["read PDFs (icp_extract.read)"] += t1 - t0
        timing["group words into cells and lines"] += t2 - t1
        timing["match cells to paragraphs"] += t3 - t2
        timing["DocumentLexicon.from_lines"] += t4 - t3

        for cell in cells:
            if cell.truth is None:
                continue
            matched_cells += 1
            source = cell.truth["text"]
            target = visible_text(source)
            t_skel, t_pos = skeleton(target)
            hyphens = line_end_hyphens(cell, target, t_skel, t_pos)
            expected_kinds.update(h.expected_name for h in hyphens)
            expected_kinds["at a soft hyphen"] += breaks_at_soft_hyphens(source, hyphens)
            ta = time.perf_counter()
            ours = normaliser.normalize_cell(list(cell.lines), lexicon)
            timing["normalize_cell"] += time.perf_counter() - ta
            outputs = {"icp-extract": ours}
            for name, baseline in BASELINES.items():
                outputs[name] = baseline(list(cell.lines))
            tb = time.perf_counter()
            layout = layout_of[doc]
            got_by_system = {}
            for name, output in outputs.items():
                got_by_system[name], corrected = score_cell(
                    scores[name], target, t_skel, output, hyphens, diffs[name]
                )
                score_cell(per_layout[layout][name], target, t_skel, output, hyphens)
                if name == "icp-extract":
                    where = f"{doc} p{cell.page} r{cell.row} c{cell.col}"
                    errors += other_differences(where, target, corrected)
            for index, h in enumerate(hyphens):
                if h.expected is None:
                    continue
                decided = decision_form(normaliser.decide(h.fragment, h.continuation, lexicon))
                if args.dump is not None:
                    dump.append(
                        {
                            "doc": doc,
                            "fragment": h.fragment,
                            "continuation": h.continuation,
                            "expected": FORMS.get(h.expected, "other"),
                            "decided": FORMS.get(decided, decided),
                        }
                    )
                got = got_by_system["icp-extract"][index]
                decide_total += 1
                decide_agrees += decided == got
                verdict = classify(h.expected, got)
                if verdict != "correct":
                    at = t_pos[h.target_index] if h.target_index is not None else 0
                    errors.append(
                        [
                            "corpus",
                            f"{doc} p{cell.page} r{cell.row} c{cell.col} l{h.line}",
                            h.fragment,
                            h.continuation,
                            h.expected_name,
                            verdict,
                            repr(got),
                            FORMS.get(decided, decided),
                            excerpt(target, at),
                        ]
                    )
            timing["scoring"] += time.perf_counter() - tb

    # reference cases, through decide()
    cases = load_cases(args.cases)
    ref_lines = reference_lines(args.reference.resolve())
    ta = time.perf_counter()
    ref_lexicon = normaliser.DocumentLexicon.from_lines(ref_lines)
    timing["DocumentLexicon.from_lines"] += time.perf_counter() - ta
    ref_scores: dict[str, dict[str, Score]] = defaultdict(lambda: {n: Score() for n in SYSTEMS})
    inverse = {v: k for k, v in FORMS.items()}
    for case in cases:
        expected = inverse[case.expected]
        ta = time.perf_counter()
        ours = decision_form(normaliser.decide(case.fragment, case.continuation, ref_lexicon))
        timing["decide (reference cases)"] += time.perf_counter() - ta
        for name in SYSTEMS:
            got = (
                ours
                if name == "icp-extract"
                else baseline_decision(name, case.fragment, case.continuation)
            )
            ref_scores[case.origin][name].seen += 1
            ref_scores[case.origin][name].counts[classify(expected, got)] += 1
        if ours != expected:
            errors.append(
                [
                    f"reference {case.origin}",
                    f"line {case.line}",
                    case.fragment,
                    case.continuation,
                    case.expected,
                    classify(expected, ours),
                    repr(ours),
                    FORMS.get(ours, ours),
                    case.note,
                ]
            )

    tc = time.perf_counter()
    everything = every_break(
        [json.loads(line) for line in args.corpus.resolve().read_text("utf-8").splitlines()],
        normaliser,
    )
    timing["every hyphen as if at a line end"] += time.perf_counter() - tc
    for (fragment, continuation), n in sorted(everything.real_lost["icp-extract"].items()):
        errors += [
            [
                "every hyphen",
                f"{n}x",
                fragment,
                continuation,
                "keep",
                "joined",
                "''",
                "join",
                "a real hyphen asked as if at a line end",
            ]
        ]

    write_errors(args.errors, errors)
    if args.dump is not None:
        with args.dump.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in dump)
    report = render(
        settings=settings,
        normaliser_name=normaliser_name,
        scores=scores,
        per_layout=per_layout,
        ref_scores=ref_scores,
        expected_kinds=expected_kinds,
        cases=cases,
        everything=everything,
        note=args.note,
        matched=matched_cells,
        unmatched=unmatched,
        missing=missing,
        stray=stray_words,
        decide=(decide_agrees, decide_total),
        diffs=diffs,
        timing=timing,
        reader_notes=reader_notes,
        errors_path=args.errors,
    )
    print(report)
    args.results.write_text(report + "\n", encoding="utf-8")
    print(f"\nwrote {args.results} and {args.errors} ({len(errors)} rows)", file=sys.stderr)
    return 0


def check_corpus(truth: list[dict[str, Any]], corpus: Path) -> None:
    """Refuse a cache typeset from another corpus than the one given."""
    if not corpus.exists():
        print(f"note: corpus {corpus} not found; trusting truth.jsonl", file=sys.stderr)
        return
    lines = corpus.read_text(encoding="utf-8").splitlines()
    for record in truth:
        line = record["corpus_line"]
        if line >= len(lines) or json.loads(lines[line])["text"] != record["text"]:
            raise SystemExit("truth.jsonl does not match the corpus: run typeset.py again")


def match_cells(cells: list[Cell], records: list[dict[str, Any]]) -> tuple[int, int]:
    """Give each cell its paragraph: by reading order, verified by fuzzy similarity; a cell that
    fails the check is looked up among all of the document's paragraphs. Returns how many cells
    found no paragraph and how many paragraphs found no cell."""
    skeletons = [skeleton(visible_text(r["text"]))[0] for r in records]
    taken: set[int] = set()
    unmatched = 0
    for position, cell in enumerate(cells):
        cell_skel = skeleton(" ".join(cell.lines))[0]
        best, ratio = position, 0.0
        if position < len(records):
            ratio = fuzz.ratio(cell_skel, skeletons[position])
        if ratio < MATCH_MIN_RATIO:
            scored = [
                (fuzz.ratio(cell_skel, s), i) for i, s in enumerate(skeletons) if i not in taken
            ]
            ratio, best = max(scored, default=(0.0, -1))
        if ratio >= MATCH_MIN_RATIO and best not in taken:
            cell.truth, cell.similarity = records[best], ratio
            taken.add(best)
        else:
            unmatched += 1
    return unmatched, len(records) - len(taken)


def other_differences(where: str, target: str, corrected: str) -> list[list[str]]:
    """Rows for the errors file: each difference left once the line-end hyphens are right."""
    rows = []
    for op in Levenshtein.opcodes(target, corrected):
        if op.tag != "equal":
            rows.append(
                [
                    "corpus other",
                    where,
                    repr(target[op.src_start : op.src_end]),
                    repr(corrected[op.dest_start : op.dest_end]),
                    "(original)",
                    f"other difference ({op.tag})",
                    "(output)",
                    "",
                    excerpt(target, op.src_start),
                ]
            )
    return rows


def count_expected(cases: list[Case], origin: str) -> str:
    counts = Counter(c.expected for c in cases if c.origin == origin)
    return ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))


def excerpt(text: str, at: int, width: int = 45) -> str:
    start, end = max(0, at - width), min(len(text), at + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def write_errors(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = [
        "set",
        "where",
        "fragment",
        "continuation",
        "expected",
        "verdict",
        "got",
        "decide",
        "excerpt",
    ]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([c.replace("\t", " ").replace("\n", " ") for c in row])


KIND_LABELS = (
    ("join", "typesetter's hyphen joined"),
    ("keep", "real hyphen kept"),
    ("suspended", "suspended compound kept with its space"),
    ("other", "other"),
)


def shown_path(path: Path) -> str:
    """``path`` relative to the repository when inside it: no machine's paths in results."""
    resolved = path.resolve()
    return str(resolved.relative_to(REPO)) if resolved.is_relative_to(REPO) else resolved.name


def render(**k: Any) -> str:
    settings = k["settings"]
    scores, ref_scores = k["scores"], k["ref_scores"]
    kinds: Counter[str] = k["expected_kinds"]
    layouts = settings["layouts"]
    fonts = sorted({lay["font"] for lay in layouts})
    widths = sorted({lay["column_cm"] for lay in layouts})
    sizes = sorted({lay["size_pt"] for lay in layouts})
    standin = "STAND-IN" in k["normaliser_name"]
    out = ["# Dehyphenation benchmark", ""]
    if k.get("note"):
        out += [k["note"], ""]
    if standin:
        out += ["**These figures come from a stand-in normaliser, not from icp-extract.**", ""]
    out += [
        f"Run {date.today().isoformat()} with normaliser {k['normaliser_name']}.",
        "",
        "## Settings",
        "",
        f"- Corpus: `{settings['corpus']}`, {settings['paragraphs']} distinct paragraphs, "
        f"{settings['cells']} table cells in {len(settings['documents'])} PDFs; "
        f"{k['matched']} cells read back and matched to their paragraph"
        f" ({k['unmatched']} cells unmatched, {k['missing']} paragraphs not found,"
        f" {k['stray']} words outside the tables).",
        f"- Typesetter: {settings['libreoffice']}; {settings['page']}; {settings['hyphenation']}.",
        f"- Fonts: {', '.join(fonts)}; sizes {', '.join(f'{s:g}' for s in sizes)} pt; "
        f"column widths {', '.join(f'{w:g}' for w in widths)} cm.",
        "- Layouts: "
        + "; ".join(
            f"`{lay['name']}` {lay['font']} {lay['size_pt']:g} pt, "
            f"{lay['columns']} × {lay['column_cm']:g} cm"
            for lay in layouts
        )
        + ".",
        "",
        "## Corpus: every line-end hyphen in the typeset cells",
        "",
        markdown_table(HEADER, [scores[n].row(n) for n in SYSTEMS]),
        "",
        "Line-end hyphens by what the original paragraph has at the break: "
        + ", ".join(
            f"{kinds[name]} {label}"
            for name, label in (
                ("join", "typesetter's hyphens (join)"),
                ("keep", "real hyphens (keep)"),
                ("suspended", "suspended compounds (keep with space)"),
                ("other", "other (e.g. a spaced dash)"),
            )
        )
        + f"; {kinds['unaligned']} could not be aligned and are not scored. "
        f"{kinds['at a soft hyphen']} of the typesetter's hyphens stand where the corpus text "
        "has a soft hyphen (U+00AD) of its own.",
        "",
        f"`decide()` on (fragment, continuation) gives the same result as `normalize_cell` for "
        f"{k['decide'][0]} of {k['decide'][1]} line-end hyphens.",
        "",
        "### By kind: line-end hyphens resolved correctly",
        "",
        markdown_table(
            ["System", *(f"{label} (of {kinds[kind]})" for kind, label in KIND_LABELS)],
            [
                [
                    name,
                    *(f"{scores[name].by_kind[(kind, 'correct')]}" for kind, _ in KIND_LABELS),
                ]
                for name in SYSTEMS
            ],
        ),
        "",
        "### By layout: line-end hyphens resolved correctly",
        "",
        markdown_table(
            ["Layout", "Cells", "Hyphens seen", *SYSTEMS],
            [
                [
                    name,
                    str(per["icp-extract"].cells),
                    str(per["icp-extract"].seen),
                    *(
                        f"{100 * per[s].counts['correct'] / per[s].seen:.1f} %"
                        if per[s].seen
                        else "-"
                        for s in SYSTEMS
                    ),
                ]
                for name, per in sorted(k["per_layout"].items())
            ],
        ),
        "",
        "## Reference: the line-end hyphens of a real report, checked by hand",
        "",
        "Every line-end hyphen of `ks-2023-helarsuppfoljning.txt` (`reference_cases.tsv`), "
        "scored through `decide(fragment, continuation, lexicon)` with a lexicon of the whole "
        "report; expected: "
        + count_expected(k["cases"], "line-end")
        + ". Word hyphenated this report, so almost every line-end hyphen is the typesetter's.",
        "",
        markdown_table(HEADER, [ref_scores["line-end"][n].row(n, False) for n in SYSTEMS]),
        "",
        "The report's real hyphens all stand mid-line; asked as if each had fallen at a line end "
        "(expected: " + count_expected(k["cases"], "mid-line") + "):",
        "",
        markdown_table(HEADER, [ref_scores["mid-line"][n].row(n, False) for n in SYSTEMS]),
        "",
        "## Every hyphen of the corpus, asked as if at a line end",
        "",
        "Only 48 of the corpus's real hyphens fell at a line end in the typeset tables, too few "
        "to tell how often a real hyphen is lost. So `decide()` is also asked about every hyphen "
        "the corpus writes inside a word (`EU-|rätten`), and about every point where the Swedish "
        "hyphenation patterns let a typesetter break a word (`upp-|handling`), as if a line "
        "ended there. The document is the rest of the paragraph's source (its press release "
        "or chapter). Every "
        "hyphenation point is not every break a typesetter makes, so this counts evidence, not "
        "typeset text; a suspended form (`hälso-| och`) counts as kept.",
        "",
        every_break_table(k["everything"]),
        "",
        "## How to read the tables",
        "",
        "- *Seen*: lines inside a cell (not its last) whose last word ends in `-`, U+2010 or "
        "U+00AD, and whose break could be aligned with the original paragraph.",
        "- *Resolved correctly*: the output has exactly what the original has at the break: "
        "nothing (typesetter's hyphen), `-` (real hyphen), `- ` (suspended compound).",
        "- *Wrongly joined*: the original has a hyphen there, the output none. *Wrongly kept*: "
        "the original has nothing, the output a hyphen. *Hyphen kept, wrong spacing*: both "
        "have a hyphen but differ (`hälso-och`, `EU- rätten`). *Other wrong*: anything else "
        "(e.g. hyphen dropped but a space left, or the spot no longer found in the output).",
        "- *Real hyphens lost*: hyphens of the whole original paragraph (soft hyphens removed) "
        "missing from the output, wherever they stood.",
        "- *Other character differences*: edit distance between output and original after the "
        "line-end hyphens have been put right, i.e. what is left: reader errors, spacing at "
        "other line ends (after `/` or a dash), character changes.",
        "- Baselines on the same lines: *keep all* keeps each line-end hyphen and glues the "
        "lines (`EU-rätten`, `utveck-la`); *join all* drops it; *join if lowercase* drops it "
        "when the next line starts with a lowercase letter. Other lines are joined with a space.",
        "",
        "### Most frequent other character differences (original → output)",
        "",
    ]
    for name in ("icp-extract", "join all"):
        common = k["diffs"][name].most_common(12)
        shown = ", ".join(f"{a!r}→{b!r} ×{n}" for (a, b), n in common) or "none"
        out.append(f"- {name}: {shown}")
    notes = k["reader_notes"]
    out += [
        "",
        "Special characters in the reader's words: "
        + (", ".join(f"{n} {what}" for what, n in sorted(notes.items())) or "none")
        + ".",
        "",
        "## Time",
        "",
        markdown_table(
            ["Phase", "Seconds"],
            [
                [phase, f"{sec:.2f}"]
                for phase, sec in sorted(k["timing"].items(), key=lambda item: -item[1])
            ],
        ),
        "",
        f"Typesetting (typeset.py): writing {settings['seconds']['write_fodt']} s, LibreOffice "
        f"{settings['seconds']['convert']} s.",
        "",
        f"Wrong decisions are listed in `{shown_path(k['errors_path'])}` (not in git).",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
