"""LaTeX holdout kit for the nineteenth holdout set.

A document is a ``Doc`` (``src/docs_*.py``): report prose and the risk table as Python
data (source text: words whole, real hyphens kept). ``to_tex`` writes a pdfLaTeX source in
one of three table styles (``booktabs``, ``ruled``, ``landscape``); ``build`` runs pdflatex
three times in ``/tmp/h19work/<name>/`` (fresh directory, fixed ``SOURCE_DATE_EPOCH``,
no dates or trailer id in the PDF), copies the PDF next to ``build.py`` and writes the
expected JSON from the ``Doc``; only ``source.sha256``, ``source.pages`` and each risk's
``pages`` are measured on the built PDF (``measure``, pdfplumber only).

Measuring: on every page the header row is found as a line holding each column's first
header word, left to right; the header's lower rule is the first horizontal rule under it.
Columns are cut at the header words' left edges. The words under the header rule and above
the bottom margin are given to a column by their left edge, ordered by line, and each
cell's text (letters and digits only, ligatures expanded by NFKC) must follow directly on
the previous cell of the column: a missing or misplaced cell stops the build. The same walk
counts the cell and header lines that end in "-": "real" when the source has a hyphen there
("IT-" / "stöd", "hälso-" / "och"), hyphenated by TeX otherwise.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

WORK = Path("/tmp/h19work")
CM = 72 / 2.54
FIELDS = ("process", "risk", "risk_value", "probability", "consequence", "controls",
          "handling", "follows_plan", "comment")
INT_FIELDS = {"risk_value", "probability", "consequence"}


@dataclass
class Col:
    header: str          # as printed (source text)
    field: str | None    # canonical field
    width: str           # LaTeX column spec, e.g. "p{2.2cm}" or "X"


@dataclass
class Doc:
    name: str
    style: str           # booktabs | ruled | landscape
    organ: str
    title: str
    year: int
    period: str | None
    inventoried: int | None
    critical: int | None
    subtitle: str        # small line under the title
    footer: str
    before: list         # [(kind, text)], kind "h" (section heading) or "p"
    after: list
    cols: list
    rows: list           # dicts field -> text; "span": n on a process cell over n rows,
                         # "spanned": True on the rows under it (no process cell)
    font: str = "lmodern"
    caption: str | None = None
    multirow_lines: int = 2
    made: str = ""
    notes: dict = field(default_factory=dict)


# ---------------------------------------------------------------- source text -> LaTeX

_ESC = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
        "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}"}


def esc(text: str) -> str:
    out = "".join(_ESC.get(ch, ch) for ch in text)
    # numbers with a thousands space ("31 400") are kept on one line, as an author would
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "~", out)


def cell(text: str | None) -> str:
    return r"\hspace{0pt}" + esc(text) if text else ""


PREAMBLE = r"""\pdfinfoomitdate=1
\pdftrailerid{}
\pdfsuppressptexinfo=-1
\documentclass[10pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[swedish]{babel}
%(font)s
\usepackage[%(geometry)s]{geometry}
\usepackage{array,longtable,tabularx,booktabs,multirow}
\usepackage{fancyhdr,lastpage}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize %(footer)s}
\fancyfoot[R]{\footnotesize Sida \thepage\ av \pageref{LastPage}}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.6\baselineskip}
\setlength{\LTleft}{0pt}\setlength{\LTright}{\fill}
\setlength{\LTpre}{0.8\baselineskip}\setlength{\LTpost}{0.8\baselineskip}
\emergencystretch=1em
\begin{document}
"""

FONTS = {
    "lmodern": r"\usepackage{lmodern}",
    "times": r"\usepackage{mathptmx}",
    "lmsans": "\\usepackage{lmodern}\n\\renewcommand{\\familydefault}{\\sfdefault}",
}
GEOMETRY = {
    "booktabs": "a4paper,left=2.0cm,right=2.0cm,top=2.2cm,bottom=2.6cm,footskip=1.0cm",
    "ruled": "a4paper,left=1.8cm,right=1.8cm,top=2.0cm,bottom=2.4cm,footskip=1.0cm",
    "landscape": "a4paper,landscape,left=2.2cm,right=2.2cm,top=2.0cm,bottom=2.2cm,footskip=0.9cm",
}
BOTTOM = {"booktabs": 2.6, "ruled": 2.4, "landscape": 2.2}


def _prose(blocks) -> list[str]:
    out = []
    for kind, text in blocks:
        if kind == "h":
            out.append(r"\subsection*{" + esc(text) + "}")
        else:
            out.append(esc(text) + "\n")
    return out


def _header_cells(doc: Doc) -> str:
    return " & ".join(r"\bfseries" + cell(c.header) for c in doc.cols) + r" \\"


def _row_cells(doc: Doc, row: dict) -> str:
    parts = []
    for c in doc.cols:
        if c.field == "process" and row.get("span"):
            parts.append(r"\multirow{%d}{=}{%s}" % (doc.multirow_lines, cell(row["process"])))
        elif c.field == "process" and row.get("spanned"):
            parts.append("")
        else:
            parts.append(cell(row.get(c.field)))
    return " & ".join(parts) + r" \\"


def to_tex(doc: Doc) -> str:
    pre = PREAMBLE % {"font": FONTS[doc.font], "geometry": GEOMETRY[doc.style],
                      "footer": esc(doc.footer)}
    body = [
        r"{\large\bfseries " + esc(doc.organ) + r"\par}\smallskip",
        r"{\LARGE\bfseries\raggedright " + esc(doc.title) + r"\par}\smallskip",
        r"{\small " + esc(doc.subtitle) + r"\par}",
        "",
    ]
    body += _prose(doc.before)
    n = len(doc.cols)
    if doc.style == "booktabs":
        spec = "".join(c.width for c in doc.cols)
        body.append(r"{\small\setlength{\tabcolsep}{4pt}")
        body.append(r"\begin{longtable}{" + spec + "}")
        body.append(r"\toprule " + _header_cells(doc) + r" \midrule \endfirsthead")
        body.append(r"\toprule " + _header_cells(doc) + r" \midrule \endhead")
        body.append(r"\endfoot")
        body.append(r"\bottomrule \endlastfoot")
        for i, row in enumerate(doc.rows):
            line = _row_cells(doc, row)
            if i < len(doc.rows) - 1:
                line += r" \addlinespace[6pt]"
            body.append(line)
        body.append(r"\end{longtable}}")
    elif doc.style == "ruled":
        spec = "|" + "|".join(c.width for c in doc.cols) + "|"
        body.append(r"{\small\setlength{\tabcolsep}{3pt}\renewcommand{\arraystretch}{1.1}")
        body.append(r"\begin{longtable}{" + spec + "}")
        body.append(r"\hline " + _header_cells(doc) + r" \hline \endfirsthead")
        body.append(r"\hline " + _header_cells(doc) + r" \hline \endhead")
        for i, row in enumerate(doc.rows):
            nxt = doc.rows[i + 1] if i + 1 < len(doc.rows) else {}
            rule = r"\cline{2-%d}" % n if nxt.get("spanned") else r"\hline"
            body.append(_row_cells(doc, row) + " " + rule)
        body.append(r"\end{longtable}}")
    elif doc.style == "landscape":
        spec = "".join(c.width for c in doc.cols)
        body.append(r"\begin{table}[!htbp]")
        body.append(r"\caption{" + esc(doc.caption) + "}")
        body.append(r"\footnotesize\setlength{\tabcolsep}{4pt}")
        body.append(r"\begin{tabularx}{\textwidth}{" + spec + "}")
        body.append(r"\toprule " + _header_cells(doc) + r" \midrule")
        for i, row in enumerate(doc.rows):
            end = r" \midrule" if i < len(doc.rows) - 1 else r" \bottomrule"
            body.append(_row_cells(doc, row) + end)
        body.append(r"\end{tabularx}")
        body.append(r"\end{table}")
    else:
        raise ValueError(doc.style)
    body += _prose(doc.after)
    body.append(r"\end{document}")
    return pre + "\n".join(body) + "\n"


# ---------------------------------------------------------------- expected records

def collapse(text: str | None) -> str | None:
    if text is None:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    return text or None


def records(doc: Doc) -> list[dict]:
    out, process = [], None
    for seq, row in enumerate(doc.rows, 1):
        if not row.get("spanned"):
            process = row.get("process")
        rec = {"seq": seq, "process": collapse(process), "context": None, "label": None}
        for f in FIELDS[1:]:
            v = collapse(row.get(f))
            rec[f] = int(v) if (v is not None and f in INT_FIELDS) else v
        rec["extra"] = {collapse(c.header): collapse(row.get(c.header))
                        for c in doc.cols if c.field is None and row.get(c.header)}
        out.append(rec)
    return out


# ---------------------------------------------------------------- measuring

def norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum()).lower()


def _lines(words, tol=2.0):
    """Group words into lines (page, top), each line sorted by x."""
    words = sorted(words, key=lambda w: (w["page"], w["top"], w["x0"]))
    lines, cur = [], []
    for w in words:
        if cur and (w["page"] != cur[0]["page"] or abs(w["top"] - cur[0]["top"]) > tol):
            lines.append(sorted(cur, key=lambda v: v["x0"]))
            cur = []
        cur.append(w)
    if cur:
        lines.append(sorted(cur, key=lambda v: v["x0"]))
    return lines


def _find_header(doc: Doc, words):
    prefixes = [norm(c.header)[:4] for c in doc.cols]
    for line in _lines(words):
        xs, start = [], -1e9
        for p in prefixes:
            hit = next((w for w in line if w["x0"] > start + 4 and norm(w["text"]).startswith(p)), None)
            if hit is None:
                break
            xs.append(hit["x0"])
            start = hit["x0"]
        else:
            return line[0]["top"], xs
    return None


def _hrules(page):
    out = []
    for r in list(page.rects) + list(page.lines):
        if abs(r["bottom"] - r["top"]) < 2 and r["x1"] - r["x0"] > 100:
            out.append((r["top"] + r["bottom"]) / 2)
    return sorted(out)


def _classify(word: str, nxt: str, src: str) -> str:
    w = unicodedata.normalize("NFKC", word)
    n = unicodedata.normalize("NFKC", nxt)
    if (w + " " + n) in src or (w + n) in src:
        return "real"
    if (w[:-1] + n) in src:
        return "soft"
    raise ValueError(f"cannot place line end {word!r} / {nxt!r} in {src!r}")


def measure(doc: Doc, pdf_path: Path) -> dict:
    ncol = len(doc.cols)
    per_col = [[] for _ in range(ncol)]     # body words per column
    head_words = [[] for _ in range(ncol)]  # header words per column, every page
    lowest = {}                              # page -> lowest horizontal rule
    with pdfplumber.open(pdf_path) as pdf:
        npages = len(pdf.pages)
        for pno, page in enumerate(pdf.pages, 1):
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2, use_text_flow=False)
            for w in words:
                w["page"] = pno
            found = _find_header(doc, words)
            if not found:
                continue
            top, xs = found
            rules = _hrules(page)
            rule = next(y for y in rules if y > top + 4)
            lowest[pno] = rules[-1]
            limit = float(page.height) - BOTTOM[doc.style] * CM + 2
            bounds = [x - 3 for x in xs[1:]]
            for w in words:
                if w["top"] < top - 1 or w["bottom"] > limit:
                    continue
                j = sum(1 for b in bounds if w["x0"] >= b)
                (head_words if w["top"] < rule else per_col)[j].append(w)
    soft = real = 0
    ends = []
    # header lines: per page, per column
    for j, c in enumerate(doc.cols):
        for page_lines in _by_page(_lines(head_words[j])):
            for a, b in zip(page_lines, page_lines[1:]):
                if a[-1]["text"].endswith("-"):
                    kind = _classify(a[-1]["text"], b[0]["text"], c.header)
                    soft += kind == "soft"
                    real += kind == "real"
                    ends.append((kind, a[-1]["text"], b[0]["text"]))
    pages = [set() for _ in doc.rows]
    for j, c in enumerate(doc.cols):
        lines = _lines(per_col[j])
        stream, owner = "", []
        for li, line in enumerate(lines):
            for wi, w in enumerate(line):
                t = norm(w["text"])
                stream += t
                owner += [(li, wi)] * len(t)
        cur = 0
        for r, row in enumerate(doc.rows):
            text = row.get(c.field) if c.field else row.get(c.header)
            if c.field == "process" and row.get("spanned"):
                continue
            if not text:
                continue
            t = norm(text)
            if stream[cur:cur + len(t)] != t:
                raise SystemExit(f"{doc.name}: row {r + 1} column {c.header!r}: expected "
                                 f"{t[:40]!r} at {stream[cur:cur + 40]!r}")
            used = sorted({owner[k][0] for k in range(cur, cur + len(t))})
            cur += len(t)
            pages[r] |= {lines[li][0]["page"] for li in used}
            src = collapse(text)
            for a, b in zip(used, used[1:]):
                last = lines[a][-1]["text"]
                if last.endswith("-"):
                    kind = _classify(last, lines[b][0]["text"], src)
                    soft += kind == "soft"
                    real += kind == "real"
                    ends.append((kind, last, lines[b][0]["text"]))
        # what follows the last cell must be prose under the table's last rule
        left = sorted({owner[k][0] for k in range(cur, len(stream))})
        if any(lines[li][0]["top"] < lowest[lines[li][0]["page"]] for li in left):
            raise SystemExit(f"{doc.name}: column {c.header!r}: text left over in the table: "
                             f"{stream[cur:cur + 60]!r}")
    return {"pages": npages, "risk_pages": [sorted(p) for p in pages],
            "soft": soft, "real": real, "ends": ends}


def _by_page(lines):
    out = {}
    for ln in lines:
        out.setdefault(ln[0]["page"], []).append(ln)
    return [out[k] for k in sorted(out)]


# ---------------------------------------------------------------- build

def run_latex(doc: Doc, tex: str) -> Path:
    work = WORK / doc.name
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    (work / f"{doc.name}.tex").write_text(tex, encoding="utf-8")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1735689600", FORCE_SOURCE_DATE="1", TZ="UTC")
    for _ in range(3):  # LastPage and longtable widths settle after the second run
        res = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                              f"{doc.name}.tex"], cwd=work, capture_output=True, text=True,
                             errors="replace", env=env)
        if res.returncode != 0:
            raise SystemExit(f"{doc.name}: pdflatex failed:\n{res.stdout[-3000:]}")
    log = (work / f"{doc.name}.log").read_text(errors="replace")
    if "Overfull \\hbox" in log and doc.notes.get("no_overfull", True):
        over = [ln for ln in log.splitlines() if ln.startswith("Overfull \\hbox")]
        print(f"{doc.name}: {len(over)} overfull boxes: {over[:3]}", file=sys.stderr)
    return work / f"{doc.name}.pdf"


def build(here: Path, doc: Doc, png: Path | None = None, verbose: bool = False) -> dict:
    tex = to_tex(doc)
    (here / "src" / "tex").mkdir(exist_ok=True)
    (here / "src" / "tex" / f"{doc.name}.tex").write_text(tex, encoding="utf-8")
    built = run_latex(doc, tex)
    out_pdf = here / f"{doc.name}.pdf"
    shutil.copyfile(built, out_pdf)
    m = measure(doc, out_pdf)
    recs = records(doc)
    for rec, pg in zip(recs, m["risk_pages"]):
        rec["pages"] = pg
    spans = [i for i, r in enumerate(doc.rows) if r.get("span")]
    for i in spans:  # a spanning process cell must not be cut by a page break
        group = m["risk_pages"][i:i + doc.rows[i]["span"]]
        if len({tuple(g) for g in group}) != 1 or len(group[0]) != 1:
            raise SystemExit(f"{doc.name}: the rows under the spanning process cell of row "
                             f"{i + 1} are on pages {group}")
    columns, seen = [], set()
    for c in doc.cols:
        h = collapse(c.header)
        if h not in seen:
            seen.add(h)
            columns.append({"header": h, "field": c.field})
    data = {
        "schema_version": "1",
        "source": {"file": out_pdf.name,
                   "sha256": hashlib.sha256(out_pdf.read_bytes()).hexdigest(),
                   "pages": m["pages"]},
        "report": {"organ": doc.organ, "year": doc.year, "period": doc.period,
                   "title": collapse(doc.title), "risks_inventoried": doc.inventoried,
                   "risks_critical": doc.critical},
        "columns": columns,
        "risks": recs,
        "warnings": [],
    }
    if doc.critical is not None and doc.critical != len(recs):
        raise SystemExit(f"{doc.name}: stated critical {doc.critical} != {len(recs)} records")
    (here / f"{doc.name}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if png:
        png.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(out_pdf), str(png / doc.name)],
                       check=True)
    info = {"name": doc.name, "pages": m["pages"], "risks": len(recs), "soft": m["soft"],
            "real": m["real"], "risk_pages": m["risk_pages"]}
    if verbose:
        for kind, a, b in m["ends"]:
            print(f"  {doc.name}: {kind:4s} {a!r} / {b!r}")
    return info


def main(here: Path, docs: list, usage: str) -> int:
    args = sys.argv[1:]
    png = None
    verbose = "-v" in args
    if "--png" in args:
        k = args.index("--png")
        png = Path(args[k + 1])
        del args[k:k + 2]
    names = [a for a in args if not a.startswith("-")]
    chosen = [d for d in docs if not names or d.name in names or d.name.split("_")[0] in names]
    if not chosen:
        print(usage, file=sys.stderr)
        return 2
    for doc in chosen:
        info = build(here, doc, png, verbose)
        print(f"{info['name']}: {info['pages']} pages, {info['risks']} risks, "
              f"{info['soft']} hyphenated line ends, {info['real']} real; pages per risk "
              f"{info['risk_pages']}")
    return 0
