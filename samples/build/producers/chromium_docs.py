"""Helpers the Chromium sets' documents share: expected records and HTML pieces.

Every Chromium set's ``src/doc_*.py`` imports these directly (``from producers.chromium_docs
import ...``); a set's ``src/`` holds only its documents. ``table`` and ``streams`` are the page
template pieces chromium5 began with (one risk table; its columns' text streams).
"""
from __future__ import annotations

from producers.chromium import esc, shy  # noqa: F401


def plain(text):
    """HTML-escaped text without soft hyphens (for <title>, which becomes the PDF's /Title)."""
    import html
    return html.escape(text, quote=False)


def collapse(text):
    if text is None:
        return None
    t = " ".join(str(text).split())
    return t or None


def record(process, risk, *, risk_value=None, probability=None, consequence=None,
           controls=None, handling=None, follows_plan=None, comment=None, extra=None,
           context=None, label=None):
    assert follows_plan in (None, "Ja", "Nej", "Delvis"), follows_plan
    return {
        "process": collapse(process), "context": collapse(context), "label": label,
        "risk": collapse(risk), "risk_value": risk_value, "probability": probability,
        "consequence": consequence, "controls": collapse(controls),
        "handling": collapse(handling), "follows_plan": follows_plan,
        "comment": collapse(comment),
        "extra": {k: collapse(v) for k, v in (extra or {}).items()},
    }


def paras(text):
    """A cell's text: paragraphs separated by blank lines -> <p> elements, soft hyphens in."""
    parts = [p for p in str(text).split("\n\n") if p.strip()]
    return "".join(f"<p>{esc(' '.join(p.split()))}</p>" for p in parts)


def rgb(hexcol):
    h = hexcol.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


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
    """The text stream of each column (index -> x range in mm, body colour) for ``Locator``:
    columns ``cols`` (header, field, width mm, align) laid side by side from ``left_mm``."""
    out = {}
    x = left_mm
    for i, c in enumerate(cols):
        out[i] = dict(x0_mm=x, x1_mm=x + c[2], colour=rgb(colour))
        x += c[2]
    return out
