"""Headless Chromium as a PDF producer (web planning systems such as Stratsys and Hypergene
print their reports this way).

- ``shy(text)`` inserts soft hyphens (U+00AD) where the Swedish patterns of hyphen-sv allow a
  break, in every word of 8+ letters (Chromium on Linux does not hyphenate Swedish itself);
  real hyphens are kept, the parts around them hyphenated separately.
- ``print_pdf(html, pdf)`` prints an HTML file with headless Chromium (private profile).
- ``normalise(pdf)`` rewrites the PDF deterministically (no dates, /ID from the content).
- ``Streams`` reads the built PDF back with pdfplumber: the text of a column (x-range, text
  colour) across pages, letters and digits only, with the page of every character, so each
  cell's text can be found in order and its pages measured.
"""
from __future__ import annotations

import importlib
import json

import hashlib
import html
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

SHY = "\u00ad"
_DIC_PATHS = ("/usr/share/hyphen/hyph_sv_SE.dic",)
_dic = None


def _pyphen():
    global _dic
    if _dic is None:
        import pyphen
        for p in _DIC_PATHS:
            if os.path.exists(p):
                _dic = pyphen.Pyphen(filename=p, left=2, right=2)
                break
        else:
            _dic = pyphen.Pyphen(lang="sv_SE", left=2, right=2)
    return _dic


_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")


def shy(text: str, minimum: int = 8) -> str:
    """Text with soft hyphens in every word (letter run) of `minimum`+ letters that is not
    written in capitals. The runs between real hyphens are words of their own."""
    def one(m):
        w = m.group(0)
        if len(w) < minimum or w.isupper():
            return w
        return _pyphen().inserted(w, hyphen=SHY)
    return _WORD.sub(one, text)


def esc(text: str) -> str:
    """HTML-escaped text with soft hyphens inserted."""
    return html.escape(shy(text), quote=False)


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]


def chromium_binary() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    raise SystemExit("chromium not found")


def chromium_version() -> str:
    out = subprocess.run([chromium_binary(), "--version"], capture_output=True, text=True)
    return out.stdout.strip()


def print_pdf(html_path: Path, pdf_path: Path) -> None:
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        cmd = [chromium_binary(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
               f"--print-to-pdf={Path(pdf_path).resolve()}",
               Path(html_path).resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not Path(pdf_path).exists():
        raise SystemExit(f"chromium wrote no {pdf_path}")


def normalise(pdf_path: Path, creation: str = "D:20250101120000+01'00'") -> None:
    """Fixed dates, /ID from the content: two builds give the same bytes."""
    import pikepdf
    tmp = Path(str(pdf_path) + ".tmp")
    with pikepdf.open(pdf_path) as pdf:
        info = pdf.docinfo
        for key in ("/CreationDate", "/ModDate"):
            if key in info:
                info[key] = pikepdf.String(creation)
        pdf.save(tmp, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    os.replace(tmp, pdf_path)


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def norm(text: str) -> str:
    """Letters and digits only, lower case: how cells are matched against the PDF."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())


MM = 72 / 25.4


class Streams:
    """Column text streams of a built PDF, for measuring the pages of each cell."""

    def __init__(self, pdf_path: Path):
        import pdfplumber
        self.pdf = pdfplumber.open(pdf_path)
        self.npages = len(self.pdf.pages)
        self.chars = [p.chars for p in self.pdf.pages]

    def close(self):
        self.pdf.close()

    @staticmethod
    def _colour_ok(c, colour):
        if colour is None:
            return True
        col = c.get("non_stroking_color")
        if col is None:
            return False
        if isinstance(col, (int, float)):
            col = (col, col, col)
        if len(col) == 1:
            col = (col[0],) * 3
        if len(col) != 3:
            return False
        return all(abs(a - b) < 0.006 for a, b in zip(col, colour))

    def stream(self, x0_mm=None, x1_mm=None, colour=None, top_mm=None, bottom_mm=None,
               skip_bold=False):
        """(text, pages): normalised text of the characters whose centre is in the x-range
        (mm from the page's left edge) and which have the given fill colour (r, g, b in
        0..1), line by line down each page; pages[i] is the 1-based page of text[i]."""
        out, pages = [], []
        for pno, chars in enumerate(self.chars, 1):
            sel = []
            for c in chars:
                cx = (c["x0"] + c["x1"]) / 2
                if x0_mm is not None and not (x0_mm * MM <= cx <= x1_mm * MM):
                    continue
                if top_mm is not None and c["top"] < top_mm * MM:
                    continue
                if bottom_mm is not None and c["bottom"] > bottom_mm * MM:
                    continue
                if skip_bold and "bold" in c["fontname"].lower():
                    continue
                if not self._colour_ok(c, colour):
                    continue
                sel.append(c)
            # lines: cluster by top
            sel.sort(key=lambda c: (round(c["top"]), c["x0"]))
            lines = []
            for c in sel:
                if lines and abs(lines[-1][0] - c["top"]) < 2.0:
                    lines[-1][1].append(c)
                else:
                    lines.append([c["top"], [c]])
            for _, cs in lines:
                cs.sort(key=lambda c: c["x0"])
                for c in cs:
                    t = norm(c["text"])
                    out.append(t)
                    pages.extend([pno] * len(t))
        return "".join(out), pages

    def _soft(self):
        """Line-end hyphens Skia printed for a soft hyphen: the hyphen glyph (U+2010, or
        U+002D in fonts without it) right after a space-like placeholder at the same x."""
        for chars in self.chars:
            for i, c in enumerate(chars):
                if c["text"] in "\u2010-" and i > 0:
                    prev = chars[i - 1]
                    if prev["text"] in (" ", "\xad") and abs(prev["x0"] - c["x0"]) < 0.2:
                        j = i - 1
                        while j > 0 and chars[j - 1]["text"] not in (" ", "\xad") \
                                and abs(chars[j - 1]["top"] - c["top"]) < 2:
                            j -= 1
                        yield "".join(ch["text"] for ch in chars[j:i - 1]) + "-"

    def soft_breaks(self) -> int:
        """Line ends where the word was broken at a soft hyphen."""
        return sum(1 for _ in self._soft())

    def soft_break_words(self, limit=12):
        out = list(self._soft())
        return out[:limit] if limit else out


class Locator:
    """Finds texts one after the other in a stream; returns the pages each stands on."""

    def __init__(self, stream):
        self.text, self.pages = stream
        self.pos = 0

    def find(self, text: str) -> set[int]:
        t = norm(text)
        if not t:
            return set()
        i = self.text.find(t, self.pos)
        if i < 0:
            raise LookupError(f"not found after {self.pos}: {text[:60]!r}")
        self.pos = i + len(t)
        return set(self.pages[i:i + len(t)])


# --- building a set of documents ---------------------------------------------------------


def build_doc(here: Path, modname: str, verbose=False) -> dict:
    """Build one document of the set in ``here``: its HTML, PDF and expected JSON."""
    m = importlib.import_module(modname)
    html_dir = here / "src" / "html"
    html_dir.mkdir(exist_ok=True)
    html_path = html_dir / f"{m.NAME}.html"
    html_path.write_text(m.html(), encoding="utf-8")
    pdf_path = here / f"{m.NAME}.pdf"
    with tempfile.TemporaryDirectory(prefix=f"{here.name}-") as tmp:
        out = Path(tmp) / "out.pdf"
        print_pdf(html_path, out)
        normalise(out)
        pdf_path.write_bytes(out.read_bytes())
    st = Streams(pdf_path)
    locators = {k: Locator(st.stream(**kw)) for k, kw in m.STREAMS.items()}
    risks = []
    for seq, (rec, cells) in enumerate(m.expected(), 1):
        if cells is None:  # a further sub-risk of the same row: the row's pages
            risks.append({"seq": seq, **rec, "pages": risks[-1]["pages"]})
            continue
        pages = set()
        for key, text in cells:
            if text:
                pages |= locators[key].find(text)
        assert pages, (m.NAME, seq)
        risks.append({"seq": seq, **rec, "pages": sorted(pages)})
    doc = {
        "schema_version": "1",
        "source": {"file": pdf_path.name, "sha256": sha256(pdf_path), "pages": st.npages},
        "report": dict(m.META),
        "columns": [{"header": h, "field": f} for h, f in m.COLUMNS],
        "risks": risks,
        "warnings": [],
    }
    soft = st.soft_breaks()
    words = st.soft_break_words(limit=0)
    st.close()
    (here / f"{m.NAME}.expected.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{m.NAME}: {doc['source']['pages']} pages, {len(risks)} risks, "
          f"{soft} line-end soft-hyphen breaks, pages {[r['pages'] for r in risks]}")
    if verbose:
        print("   ", " ".join(words))
    return doc


def build_set(here: Path, docs: list[str], argv: list[str]) -> None:
    """Build the set in ``here`` (its spec modules in ``here/src``): all ``docs``, or those
    named in ``argv``; ``-v`` also lists the line-end soft-hyphen words."""
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")] or docs
    for n in names:
        build_doc(here, n if n.startswith("doc_") else f"doc_{n}", verbose)

