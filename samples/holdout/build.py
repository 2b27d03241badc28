#!/usr/bin/env python3
"""Build the holdout samples and their expected JSON.

    python samples/holdout/build.py            # rebuild every holdout sample
    python samples/holdout/build.py NAME ...   # rebuild some
    python samples/holdout/build.py --png DIR  # also render pages at 50 dpi (checks by eye)

The documents are written in ``src/docs_*.py`` as source text (words whole, real hyphens kept).
``src/hfodt.py`` writes each as flat ODF (kept in ``src/fodt/``) with Swedish automatic
hyphenation on every paragraph style, and LibreOffice converts it (own profile
``/tmp/lo-holdout``, private fontconfig); the PDF is rewritten canonically (objects
renumbered, fixed dates, /ID from the content: ``src/canonical.py``) so rebuilds are
byte-identical with the same LibreOffice and fonts. Every field of the expected JSON comes from
the source objects, except ``source`` (hash and page count) and each risk's ``pages``, which are
measured on the built PDF with pdfplumber (independent of icp_extract): each column is cropped
to its known x-range and to the body zone (running header and footer excluded), and the cells'
text is matched in order with whitespace, hyphens and punctuation removed. A cell that cannot
be found aborts the build.

Needs: soffice (LibreOffice Writer), hyphen-sv, fonts-liberation(2), fonts-dejavu,
fonts-crosextra-carlito, fontconfig (fc-match), pdfplumber; pdftoppm for --png.
Reuses the text stream and hyphen counting code of ``../archive/src/measure.py`` (read-only).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))
sys.path.insert(1, str(HERE.parent / "archive" / "src"))
sys.path.insert(2, str(HERE.parent / "build"))

import measure as M  # noqa: E402  (archive, read-only: Stream, column_streams, norm, line_end_hyphens)
import pdfplumber  # noqa: E402
from docs_a_b_c import bn2024, ofn2024, vn2024  # noqa: E402
from docs_d_e_f import amn2024, rn2024, sen2024  # noqa: E402
from hfodt import build_fodt  # noqa: E402
import holdout_kit  # noqa: E402  (the steps all holdout sets share)
from hmodel import CM, Doc, Table  # noqa: E402
from libreoffice import paragraphs, private_fontconfig  # noqa: E402

DOCS = [ofn2024, vn2024, bn2024, rn2024, amn2024, sen2024]
LABEL_RE = re.compile(r"^([a-zåäö])\)\s+(.*)$", re.S)


# ---------------------------------------------------------------------------------------------
# expected records from the source objects


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def joined(value) -> str | None:
    return collapse(" ".join(paragraphs(value))) or None


def split_labels(paras: list[str]):
    head, parts = [], []
    for p in paras:
        m = LABEL_RE.match(p.strip())
        if m:
            parts.append((m.group(1), [m.group(2)]))
        elif parts:
            parts[-1][1].append(p)
        else:
            head.append(p)
    return head, parts


risk_table = holdout_kit.risk_table


def expected_risks(t: Table) -> list[dict]:
    """One record per row, or per labelled part of a row's risk cell (without pages)."""
    out = []
    for r, row in enumerate(t.rows):
        rcol = next(c for c in t.cols if c.field == "risk")
        head, parts = split_labels(paragraphs(row.get(rcol.key)))
        if parts:
            units = [
                (lab, collapse(" ".join(head)) or None, collapse(" ".join(ps))) for lab, ps in parts
            ]
        else:
            units = [(None, None, joined(row.get(rcol.key)))]
        for label, ctx, risk in units:
            rec = {
                "seq": len(out) + 1,
                "process": None,
                "context": ctx,
                "label": label,
                "risk": risk,
                "risk_value": None,
                "probability": None,
                "consequence": None,
                "controls": None,
                "handling": None,
                "follows_plan": None,
                "comment": None,
                "extra": {},
                "_row": r,
            }
            for c in t.cols:
                if c.field == "risk":
                    continue
                paras = paragraphs(row.get(c.key))
                text = joined(paras)
                if label and c.field in ("controls", "handling"):
                    _h, cparts = split_labels(paras)
                    if cparts:
                        text = collapse(" ".join(dict(cparts).get(label, []))) or None
                if text is not None:
                    holdout_kit.set_field(rec, c, text)
            out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------
# measuring the built PDF


class MatchError(Exception):
    pass


def body_zone(doc: Doc):
    pg = doc.page

    def zone(page):
        top = pg.top * CM - 2
        bottom = float(page.height) - pg.bottom * CM + 2
        if doc.running_header:
            top += 0.9 * CM - 4
        if doc.footer:
            bottom -= 0.9 * CM - 4
        return top, bottom

    return zone


def locate_table(streams, t: Table, name: str, head_tol: float):
    """Find the header row (every column's header on one page, tops within ``head_tol`` pt;
    header cells centred vertically need a wider tolerance) and then every cell in order.
    The repeated header row is skipped at each page change only when the table repeats it.
    Returns ({(row, col): pages}, anchor, end)."""
    hn = [M.norm(c.header) for c in t.cols]
    cands = None
    for k, s in enumerate(streams):
        occ = {}
        for p in s.occurrences(hn[k]):
            pg, top, _ = s.where[p]
            occ.setdefault((pg, round(top)), p + len(hn[k]))
        if cands is None:
            cands = {key: [v] for key, v in occ.items()}
        else:
            new = {}
            for key, vs in cands.items():
                for key2, v in occ.items():
                    if key2[0] == key[0] and abs(key2[1] - key[1]) <= head_tol:
                        new[key] = vs + [v]
                        break
            cands = new
    if not cands:
        raise MatchError(f"{name}: header row not found")
    anchor = min(cands)
    pos = cands[anchor]
    result: dict[tuple[int, int], set[int]] = {}
    end = anchor
    for k, s in enumerate(streams):
        p = pos[k]

        def skip(p: int, s=s, k=k) -> int:
            if not t.repeat_header:
                return p
            while (
                0 < p < len(s.chars)
                and s.where[p][0] != s.where[p - 1][0]
                and s.text.startswith(hn[k], p)
            ):
                p += len(hn[k])
            return p

        for r, row in enumerate(t.rows):
            target = M.norm(joined(row.get(t.cols[k].key)) or "")
            if not target:
                continue
            pages: set[int] = set()
            for i, ch in enumerate(target):
                p = skip(p)
                if p >= len(s.chars) or s.chars[p] != ch:
                    raise MatchError(
                        f"{name}: column {k} row {r + 1}: expected {target[i : i + 40]!r}, "
                        f"found {s.text[p : p + 40]!r}"
                    )
                pages.add(s.where[p][0])
                p += 1
            result[(r, k)] = pages
            end = max(end, s.where[p - 1][:2])
        if t.repeat_header is False:
            # nothing of the header may stand again after the first page of the table
            if s.text.find(hn[k], pos[k], p) >= 0 and len(hn[k]) > 6:
                raise MatchError(f"{name}: header {t.cols[k].header!r} repeated")
    return result, anchor, end


def measure(doc: Doc, pdf_path: Path):
    t = risk_table(doc)
    left = doc.page.left * CM
    xr, x = [], left
    for c in t.cols:
        xr.append((x - 1, x + c.width * CM + 1))
        x += c.width * CM
    head_tol = 20 if t.header_valign == "middle" else 4
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        streams = M.column_streams(pdf, xr, body_zone(doc))
        bands = {}
        if t.caption:
            # the caption row (repeated with the header row): one line spanning the columns;
            # its words are dropped from the column streams, and it must stand on every page
            # of the table
            for pno, page in enumerate(pdf.pages, 1):
                hits = page.search(t.caption, regex=False)
                if hits:
                    bands[pno] = (hits[0]["top"] - 1, hits[0]["bottom"] + 1)
            streams = [
                M.Stream(
                    [
                        w
                        for w in s.words
                        if not (
                            w["page"] in bands
                            and bands[w["page"]][0] <= w["top"] <= bands[w["page"]][1]
                        )
                    ]
                )
                for s in streams
            ]
        cells, anchor, end = locate_table(streams, t, doc.name, head_tol)
        if t.caption:
            for pno in range(anchor[0], end[0] + 1):
                if pno not in bands or (pno == anchor[0] and bands[pno][1] > anchor[1]):
                    raise MatchError(
                        f"{doc.name}: caption row not found above the header on page {pno}"
                    )
    table_words = [
        [w for w in s.words if anchor <= (w["page"], round(w["top"])) <= (end[0], end[1] + 1)]
        for s in streams
    ]
    src = [joined(r.get(c.key)) or "" for r in t.rows for c in t.cols] + [c.header for c in t.cols]
    stats = M.line_end_hyphens(table_words, " ".join(src))
    # line-end hyphens as printed, for the report: "Omhän-" + "dertas"
    stats["examples"] = hyphen_examples(table_words)
    risks = expected_risks(t)
    for rec in risks:
        r = rec.pop("_row")
        pages = set()
        for k in range(len(t.cols)):
            pages |= cells.get((r, k), set())
        rec["pages"] = sorted(pages)
    return npages, risks, stats


def hyphen_examples(words_per_col) -> list[str]:
    out = []
    for words in words_per_col:
        lines: list[list[dict]] = []
        for w in words:
            if (
                lines
                and lines[-1][0]["page"] == w["page"]
                and abs(lines[-1][0]["top"] - w["top"]) < 2
            ):
                lines[-1].append(w)
            else:
                lines.append([w])
        for a, b in zip(lines, lines[1:], strict=False):
            if a[-1]["text"].endswith("-") and len(a[-1]["text"]) > 1:
                out.append(f"{a[-1]['text']}/{b[0]['text']}")
    return out


# ---------------------------------------------------------------------------------------------
# building


def build(doc: Doc, tmp: Path, fontconf: Path, png: Path | None) -> dict:
    """Typeset ``doc``, measure it and write its expected JSON (the steps the holdout sets
    share, in ``../build/holdout_kit.py``), with this set's writer and measuring."""
    return holdout_kit.build(doc, HERE, tmp, fontconf, png, write_fodt=build_fodt, measure_pdf=measure)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("names", nargs="*")
    ap.add_argument("--png", type=Path, help="render pages at 50 dpi into this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the line-end hyphens")
    args = ap.parse_args(argv)
    docs = [f() for f in DOCS]
    unknown = set(args.names) - {d.name for d in docs}
    if unknown:
        ap.error(f"unknown samples: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="icp-holdout-") as t:
        tmp = Path(t)
        fontconf = private_fontconfig(tmp)
        for doc in docs:
            if args.names and doc.name not in args.names:
                continue
            info = build(doc, tmp, fontconf, args.png)
            print(
                f"{doc.name}: {info['pages']} pages, {info['risks']} risks, "
                f"{info['soft']} hyphenated line ends, {info['real']} real hyphens at line end, "
                f"{info['slash']} breaks after '/'"
            )
            if args.verbose:
                print("   ", " ".join(info["examples"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
