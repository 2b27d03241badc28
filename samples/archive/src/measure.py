"""Measure a built PDF independently of icp_extract: on which pages does each risk's text stand?

Words are read with pdfplumber, cropped to a known x-range (a table column, or the whole text
width for labelled blocks) and to the body zone (so running headers/footers are never read),
turned into one character stream (NFKC, letters and digits only: whitespace, hyphens and
punctuation removed) and the source text of each cell is matched against it strictly in order.
A cell that cannot be matched aborts the build: this also checks that the typesetter printed
every cell where the spec put it.
"""

from __future__ import annotations

import unicodedata

from model import CM

# words pdfplumber splits at gaps of more than this (pt); pdfTeX writes no spaces
X_TOL = 1.5


def gs_ligature_fix(text: str) -> str:
    """Ghostscript 10.0 pdfwrite writes the ToUnicode entry of a ligature glyph (Carlito's
    "tt", "ti", "ft", ...) as one UTF-16 unit per letter shifted into the high byte: "tt"
    comes out as U+7400 U+7400 ("琀琀"). Undo that (a CJK character with a zero low byte that
    encodes printable ASCII)."""
    return "".join(
        chr(ord(ch) >> 8) if ord(ch) & 0xFF == 0 and 0x21 <= ord(ch) >> 8 <= 0x7E else ch
        for ch in text
    )


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", gs_ligature_fix(text))
    return "".join(ch for ch in text if ch.isalnum())


class MatchError(Exception):
    pass


class Stream:
    """Characters of a sequence of words, each with the page, top and x0 of its word."""

    def __init__(self, words: list[dict]):
        self.words = words
        self.chars: list[str] = []
        self.where: list[tuple[int, float, int]] = []  # (page, top, word index)
        for i, w in enumerate(words):
            for ch in norm(w["text"]):
                self.chars.append(ch)
                self.where.append((w["page"], w["top"], i))
        self.text = "".join(self.chars)

    def occurrences(self, target: str) -> list[int]:
        out, p = [], self.text.find(target)
        while p >= 0:
            out.append(p)
            p = self.text.find(target, p + 1)
        return out


def page_words(page, pno: int, x0: float, x1: float, top: float, bottom: float) -> list[dict]:
    region = page.within_bbox((x0, top, x1, bottom))
    words = region.extract_words(x_tolerance=X_TOL, keep_blank_chars=False, use_text_flow=False)
    return [{"text": w["text"], "top": w["top"], "bottom": w["bottom"], "x0": w["x0"],
             "x1": w["x1"], "page": pno} for w in words]


def column_streams(pdf, xranges: list[tuple[float, float]], zone, pages=None) -> list[Stream]:
    """zone(page) -> (top, bottom) of the body area on that page."""
    per_col: list[list[dict]] = [[] for _ in xranges]
    for pno, page in enumerate(pdf.pages, 1):
        if pages and pno not in pages:
            continue
        top, bottom = zone(page)
        for k, (x0, x1) in enumerate(xranges):
            per_col[k].extend(page_words(page, pno, x0, x1, top, bottom))
    return [Stream(ws) for ws in per_col]


def locate_grid(streams: list[Stream], headers: list[str | None], cells: list[list[str | None]],
                after: tuple[int, float] = (0, -1.0), name: str = "table"):
    """Match a table: ``headers[k]`` is column k's header text (None: no header), ``cells[r][k]``
    the source text of row r's cell in column k (None: empty or covered). The header row is
    found where every column's header stands on one line (first such line after ``after``);
    at each page change a repeated header is skipped. Returns ({(r, k): pages}, end position
    (page, top), anchor (page, top) of the header row)."""
    hn = [norm(h) if h else "" for h in headers]
    # anchor: first (page, top) where all headers stand
    cands = None
    for k, s in enumerate(streams):
        if not hn[k]:
            continue
        occ = {}
        for p in s.occurrences(hn[k]):
            pg, top, _ = s.where[p]
            if (pg, top) > after:
                occ[(pg, round(top))] = p + len(hn[k])
        if cands is None:
            cands = {key: [v] for key, v in occ.items()}
        else:
            new = {}
            for key, vs in cands.items():
                for key2, v in occ.items():
                    if key2[0] == key[0] and abs(key2[1] - key[1]) <= 4:
                        new[key] = vs + [v]
                        break
            cands = new
    if not cands:
        raise MatchError(f"{name}: header row not found")
    anchor = min(cands)
    ends = iter(cands[anchor])
    pos = [next(ends) if hn[k] else 0 for k in range(len(streams))]
    if any(not h for h in hn):
        raise MatchError(f"{name}: every column needs a header for locate_grid")
    result: dict[tuple[int, int], set[int]] = {}
    end = anchor
    for k, s in enumerate(streams):
        p = pos[k]

        def skip(p: int) -> int:
            while 0 < p < len(s.chars) and s.where[p][0] != s.where[p - 1][0] and s.text.startswith(hn[k], p):
                p += len(hn[k])
            return p

        for r, row in enumerate(cells):
            target = norm(row[k] or "")
            if not target:
                continue
            pages: set[int] = set()
            for i, ch in enumerate(target):
                p = skip(p)
                if p >= len(s.chars) or s.chars[p] != ch:
                    raise MatchError(f"{name}: column {k} row {r + 1}: expected {target[i:i + 40]!r}, "
                                     f"found {s.text[p:p + 40]!r}")
                pages.add(s.where[p][0])
                p += 1
            result[(r, k)] = pages
            end = max(end, s.where[p - 1][:2])
    return result, end, anchor


def locate_sequence(stream: Stream, targets: list[str], start: int = 0, max_gap: int = 80,
                    name: str = "blocks", first_gap: int | None = None):
    """Find each target in turn, searching forward from the end of the previous one (skipping at
    most ``max_gap`` characters of other text, e.g. headings). Returns [pages] per target."""
    out = []
    p = start
    for n, t in enumerate(targets):
        gap = first_gap if n == 0 else max_gap
        tn = norm(t)
        if not tn:
            out.append(set())
            continue
        q = stream.text.find(tn, p)
        if q < 0 or (gap is not None and q - p > gap):
            raise MatchError(f"{name}: {t[:50]!r} not found after {stream.text[p:p + 40]!r}")
        out.append({stream.where[i][0] for i in range(q, q + len(tn))})
        p = q + len(tn)
    return out, p


def lo_zone(doc):
    """Body zone of a LibreOffice page of ``doc``: the page margins, less the running
    header/footer area."""
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


def line_end_hyphens(streams_words: list[list[dict]], source: str) -> dict[str, int]:
    """Count column lines ending in '-' (hyphenation points vs. real hyphens) and in '/'."""
    src = " ".join(source.split())
    soft = real = slash = 0
    for words in streams_words:
        lines: list[list[dict]] = []
        for w in words:
            if lines and lines[-1][0]["page"] == w["page"] and abs(lines[-1][0]["top"] - w["top"]) < 2:
                lines[-1].append(w)
            else:
                lines.append([w])
        for a, b in zip(lines, lines[1:]):
            last, first = a[-1]["text"], b[0]["text"]
            if last.endswith("-") and len(last) > 1:
                stem = last[:-1].split("-")[-1]
                if f"{stem}-{first}" in src or f"{stem}- {first}" in src:
                    real += 1
                else:
                    soft += 1
            elif last.endswith("/"):
                slash += 1
    return {"soft": soft, "real": real, "slash": slash}
