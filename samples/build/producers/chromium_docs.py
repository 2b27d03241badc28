"""Helpers the Chromium sets' documents share: expected records and HTML pieces.

Used by samples/pending/chromium1/ and chromium2/ (each set's src/common.py re-exports them).
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
