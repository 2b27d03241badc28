"""Helpers for the chromium5 documents: the Chromium sets' shared ones (producers/chromium_docs.py)
and a page template (head, prose, one table) that each document fills with its own styles."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4] / "samples" / "build"))
from producers.chromium_docs import collapse, esc, paras, plain, record, rgb, shy  # noqa: E402,F401


def table(cols, rows, *, cell_html=None, td_class=None):
    """cols: (header, field, width mm, align); rows: lists of cell texts (or HTML via cell_html)."""
    cg = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in cols)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in cols)
    body = []
    for r in rows:
        tds = []
        for k, t in enumerate(r):
            inner = cell_html(k, t) if cell_html else paras(t)
            extra = td_class(k, t) if td_class else ""
            tds.append(f'<td class="{cols[k][3]} {extra}">{inner}</td>')
        body.append(f'<tr>{"".join(tds)}</tr>')
    return (f'<table><colgroup>{cg}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>\n{chr(10).join(body)}\n</tbody></table>')


def streams(cols, left_mm, colour):
    out = {}
    x = left_mm
    for i, c in enumerate(cols):
        out[i] = dict(x0_mm=x, x1_mm=x + c[2], colour=rgb(colour))
        x += c[2]
    return out
