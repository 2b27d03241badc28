#!/usr/bin/env python3
"""Score the extractor against sample sets with expected JSON: the blind rounds' figures.

    python benchmarks/blind/score.py samples/pending/chromium1 [more folders ...] [--json F] [-v]

For every ``<name>.pdf`` with a ``<name>.expected.json`` beside it (folders searched
recursively), the PDF is extracted and compared with the expected JSON:

- **risks**: expected risks are aligned with extracted ones in document order by the
  similarity of their process and risk text (a dynamic-programming alignment, so one risk too
  many or too few does not shift every later comparison); an expected risk without a partner
  is *missed*, an extracted one without a partner is *extra*;
- **fields**: the golden tests' fields of each aligned pair, ``seq`` left out (it shifts with
  an extra or missed risk and says nothing of its own); a missed risk counts all its fields
  wrong; the share is of every expected field;
- **records right**: aligned risks with every field exact;
- **metadata**: the report fields (organ, year, period, title, the two counts);
- **reports fully right**: every risk right, none missed or extra, metadata and columns exact;
- **review flags** (when the output has them): of the wrong records (any field not exact, or
  extra) the share flagged, of the right records the share flagged, and of the reports with a
  missed risk the share whose report-level review is non-empty;
- **text similarity** of the aligned risks' ``risk`` field (rapidfuzz ratio), the figure that
  means something on OCR'd scans, whose misreadings the expected JSON does not hold.

First contact is the honest figure: run this on a new set before changing the extractor for
it, and record the output in the set's README and in docs/.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

RISK_FIELDS = (
    "process", "context", "label", "risk", "risk_value", "probability", "consequence",
    "controls", "handling", "follows_plan", "comment", "extra", "pages",
)  # fmt: skip
REPORT_FIELDS = ("organ", "year", "period", "title", "risks_inventoried", "risks_critical")
MATCH_FLOOR = 45.0  # similarity (0-100) below which two risks are not the same risk


@dataclass
class DocScore:
    name: str
    error: str | None = None
    expected: int = 0
    found: int = 0
    extra: int = 0
    fields_total: int = 0
    fields_exact: int = 0
    records_right: int = 0
    meta_total: int = len(REPORT_FIELDS)
    meta_exact: int = 0
    columns_exact: bool = False
    similarity: list[float] = field(default_factory=list)
    wrong_flagged: int = 0
    wrong_total: int = 0
    right_flagged: int = 0
    right_total: int = 0
    report_review: bool = False
    has_review: bool = False
    diffs: list[str] = field(default_factory=list)

    @property
    def missed(self) -> int:
        return self.expected - self.found

    @property
    def fully_right(self) -> bool:
        return (
            self.error is None
            and self.missed == 0
            and self.extra == 0
            and self.records_right == self.expected
            and self.meta_exact == self.meta_total
            and self.columns_exact
        )


def _key(risk: dict[str, Any]) -> str:
    return f"{risk.get('process') or ''} {risk.get('context') or ''} {risk.get('risk') or ''}"


def align(want: list[dict], got: list[dict]) -> list[tuple[int, int]]:
    """Pairs (i, j) of expected and extracted risks, in order, maximising total similarity."""
    n, m = len(want), len(got)
    sim = [[fuzz.ratio(_key(w), _key(g)) for g in got] for w in want]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= MATCH_FLOOR else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= MATCH_FLOOR and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def score_document(pdf: Path, expected: dict[str, Any]) -> DocScore:
    import icp_extract
    from icp_extract.errors import IcpExtractError

    doc = DocScore(name=str(pdf), expected=len(expected["risks"]))
    doc.fields_total = doc.expected * len(RISK_FIELDS)
    try:
        got = icp_extract.extract(pdf).to_dict()
    except IcpExtractError as exc:
        doc.error = getattr(exc, "reason", type(exc).__name__)
        return doc
    want_risks, got_risks = expected["risks"], got["risks"]
    doc.has_review = "review" in got
    pairs = align(want_risks, got_risks)
    doc.found = len(pairs)
    doc.extra = len(got_risks) - len(pairs)
    paired_got = {j for _, j in pairs}
    for i, j in pairs:
        w, g = want_risks[i], got_risks[j]
        wrong = [f for f in RISK_FIELDS if g.get(f) != w.get(f)]
        doc.fields_exact += len(RISK_FIELDS) - len(wrong)
        doc.similarity.append(fuzz.ratio(g.get("risk") or "", w.get("risk") or ""))
        flagged = bool(g.get("review"))
        if wrong:
            doc.wrong_total += 1
            doc.wrong_flagged += flagged
            for f in wrong:
                doc.diffs.append(f"risk {w['seq']} {f}: got {g.get(f)!r} want {w.get(f)!r}")
        else:
            doc.records_right += 1
            doc.right_total += 1
            doc.right_flagged += flagged
    for j, g in enumerate(got_risks):
        if j not in paired_got:
            doc.wrong_total += 1
            doc.wrong_flagged += bool(g.get("review"))
            doc.diffs.append(f"extra risk {g['seq']}: {_key(g)[:80]!r}")
    matched = {i for i, _ in pairs}
    for i, w in enumerate(want_risks):
        if i not in matched:
            doc.diffs.append(f"missed risk {w['seq']}: {_key(w)[:80]!r}")
    for f in REPORT_FIELDS:
        if got["report"].get(f) == expected["report"].get(f):
            doc.meta_exact += 1
        else:
            doc.diffs.append(f"report {f}: got {got['report'].get(f)!r} want {expected['report'].get(f)!r}")
    doc.columns_exact = got["columns"] == expected["columns"]
    if not doc.columns_exact:
        doc.diffs.append("columns differ")
    doc.report_review = bool(got.get("review"))
    return doc


def documents(folders: list[Path]) -> list[tuple[Path, Path]]:
    found = []
    for folder in folders:
        for exp in sorted(folder.rglob("*.expected.json")):
            pdf = exp.with_name(exp.name.removesuffix(".expected.json") + ".pdf")
            if pdf.is_file():
                found.append((pdf, exp))
    return found


def _pct(a: int, b: int) -> str:
    return f"{a} of {b} ({100 * a / b:.0f} %)" if b else "-"


def summary(label: str, docs: list[DocScore]) -> dict[str, Any]:
    total = lambda attr: sum(getattr(d, attr) for d in docs)  # noqa: E731
    sims = [s for d in docs for s in d.similarity]
    missed_docs = [d for d in docs if d.missed or d.error]
    out = {
        "set": label,
        "reports": len(docs),
        "reports_fully_right": sum(d.fully_right for d in docs),
        "risks_expected": total("expected"),
        "risks_found": total("found"),
        "risks_extra": total("extra"),
        "records_right": total("records_right"),
        "fields_exact": total("fields_exact"),
        "fields_total": total("fields_total"),
        "metadata_exact": total("meta_exact"),
        "metadata_total": total("meta_total"),
        "risk_text_similarity": round(sum(sims) / len(sims), 1) if sims else None,
        "errors": [f"{d.name}: {d.error}" for d in docs if d.error],
    }
    if any(d.has_review for d in docs):
        out["review"] = {
            "wrong_flagged": total("wrong_flagged"),
            "wrong_total": total("wrong_total"),
            "right_flagged": total("right_flagged"),
            "right_total": total("right_total"),
            "missed_docs_flagged": sum(d.report_review for d in missed_docs),
            "missed_docs": len(missed_docs),
        }
    return out


def render(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| set | reports fully right | risks found | extra | records right | fields exact "
        "| metadata exact | risk text similarity |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['set']} | {r['reports_fully_right']} of {r['reports']} "
            f"| {_pct(r['risks_found'], r['risks_expected'])} | {r['risks_extra']} "
            f"| {_pct(r['records_right'], r['risks_expected'])} "
            f"| {_pct(r['fields_exact'], r['fields_total'])} "
            f"| {_pct(r['metadata_exact'], r['metadata_total'])} "
            f"| {r['risk_text_similarity']} |"
        )
    if any("review" in r for r in rows):
        lines += [
            "",
            "| set | wrong records flagged | right records flagged | reports with a missed risk flagged |",
            "|---|---|---|---|",
        ]
        for r in rows:
            v = r.get("review")
            if v:
                lines.append(
                    f"| {r['set']} | {_pct(v['wrong_flagged'], v['wrong_total'])} "
                    f"| {_pct(v['right_flagged'], v['right_total'])} "
                    f"| {_pct(v['missed_docs_flagged'], v['missed_docs'])} |"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every difference")
    args = parser.parse_args(argv)
    rows, everything = [], []
    for folder in args.folders:
        docs = []
        for pdf, exp in documents([folder]):
            d = score_document(pdf, json.loads(exp.read_text(encoding="utf-8")))
            docs.append(d)
            if args.verbose:
                print(f"## {pdf} {'OK' if d.fully_right else ''}", file=sys.stderr)
                for line in d.diffs:
                    print("   " + line, file=sys.stderr)
        everything += docs
        rows.append(summary(str(folder), docs))
    if len(args.folders) > 1:
        rows.append(summary("all", everything))
    print(render(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
