"""The review page of ``inspect``: the report's metadata and page pictures, then each risk's
values beside the pictures of its row, with what to review marked.

Kept apart from the pictures (:mod:`icp_extract.inspect`): it needs only the report and the
files the pictures were written to.
"""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Mapping, Sequence
from pathlib import Path

from icp_extract.export.headers import FIELD_HEADERS
from icp_extract.model import Report, Risk

#: (page number, image file) of each page picture shown at the top.
PageImage = tuple[int, Path]


def _field_rows(risk: Risk) -> list[tuple[str, str, str]]:
    """(label, value, why to review it) per field that has a value or a review item; a
    flagged field without a value shows as "—"."""
    why: dict[str, list[str]] = {}
    for item in risk.review:
        if item.field:
            why.setdefault(item.field, []).append(f"{item.code}: {item.detail}")
    rows = [(name, FIELD_HEADERS[name], getattr(risk, name)) for name in FIELD_HEADERS]
    rows += [(header, header, value) for header, value in risk.extra.items()]
    return [
        (label, "—" if value is None else str(value), "; ".join(why.get(name, ())))
        for name, label, value in rows
        if value is not None or name in why
    ]


def _dd(value: str, why: str) -> str:
    e = html.escape
    if not why:
        return f"<dd>{e(value)}</dd>"
    return f'<dd class="review" title="{e(why)}">{e(value)}<br><small>{e(why)}</small></dd>'


CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em} h2{font-size:1.05em;margin:0 0 .4em}
section{border-top:1px solid #bbb;padding:.8em 0;display:grid;
 grid-template-columns:minmax(20em,38%) 1fr;gap:1em;align-items:start}
dl{display:grid;grid-template-columns:9em 1fr;gap:.2em .6em;margin:0;font-size:.9em}
dt{font-weight:600;color:#555} dd{margin:0;white-space:pre-wrap}
img{max-width:100%;border:1px solid #ccc}
.pages img{max-width:24%;margin-right:.5%}
.warn{color:#a00} .meta td{padding:0 1em 0 0}
.review{background:#fff2cc} p.review{padding:.2em .4em}
details{font-size:.85em;color:#555}
"""


def _url(path: Path, out_dir: Path) -> str:
    """A file beside the page as a relative URL: "#", "?" or "%" in a PDF's name would
    otherwise cut the address, and the browser would find no picture."""
    return html.escape(urllib.parse.quote(path.relative_to(out_dir).as_posix()))


def review_page(
    pages: Sequence[PageImage],
    report: Report,
    rows: Mapping[int, Sequence[Path]],
    out_dir: Path,
) -> str:
    """The page's HTML: ``pages`` the page pictures, ``rows`` the row pictures per seq; a
    risk appears when one of its pages is among the pictures."""
    parts = _head(pages, report, out_dir)
    shown = {number for number, _ in pages}
    parts += [
        _risk_section(risk, rows.get(risk.seq, ()), out_dir)
        for risk in report.risks
        if shown.intersection(risk.pages)
    ]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _head(pages: Sequence[PageImage], report: Report, out_dir: Path) -> list[str]:
    """The top of the page: the report's metadata, its warnings and review items, the key
    to the frames, and the page pictures."""
    e = html.escape
    meta = report.report
    head = [
        ("Fil", report.source.file),
        ("Nämnd", meta.organ),
        ("År", meta.year),
        ("Period", meta.period),
        ("Titel", meta.title),
        ("Risker", len(report.risks)),
        ("Sidor", report.source.pages),
    ]
    return [
        "<!DOCTYPE html>",
        '<html lang="sv"><head><meta charset="utf-8">',
        f"<title>Granskning: {e(report.source.file)}</title><style>{CSS}</style></head><body>",
        f"<h1>Granskning av utdraget: {e(report.source.file)}</h1>",
        '<table class="meta">',
        *(f"<tr><td>{e(k)}</td><td>{e(str(v))}</td></tr>" for k, v in head if v is not None),
        "</table>",
        *(f'<p class="warn">{e(w)}</p>' for w in report.warnings),
        *(f'<p class="review">Granska: {e(i.code)}: {e(i.detail)}</p>' for i in report.review),
        "<p>Ramar: mörkblå = tabellen, tonade band = kolumner, orange = en risks rad, "
        "färgade = fält (löpnummer och fält står i etiketten). Ramarna är härledda ur "
        "varje fälts ursprung (provenance) i JSON-resultatet.</p>",
        '<div class="pages">',
        *(
            f'<a href="{_url(image, out_dir)}">'
            f'<img src="{_url(image, out_dir)}" alt="sida {number}"></a>'
            for number, image in pages
        ),
        "</div>",
    ]


def _risk_section(risk: Risk, images: Sequence[Path], out_dir: Path) -> str:
    """One risk: its fields (flagged ones marked), what to review in the whole risk, its
    pages, the text as printed (folded), and the pictures of its row."""
    e = html.escape
    title = f"Risk {risk.seq}"
    if risk.label:
        title += f" {risk.label})"
    pages = ", ".join(map(str, risk.pages))
    dl = "".join(f"<dt>{e(k)}</dt>{_dd(v, why)}" for k, v, why in _field_rows(risk))
    whole = [f"{i.code}: {i.detail}" for i in risk.review if not i.field]
    if whole:
        dl += f"<dt>Granska</dt>{_dd('', '; '.join(whole))}"
    dl += f"<dt>Sidor</dt><dd>{e(pages)}</dd>"
    raw = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in risk.raw.items())
    imgs = "".join(f'<img src="{_url(p, out_dir)}" alt="risk {risk.seq}">' for p in images)
    return (
        f'<section id="risk-{risk.seq}"><div><h2>{e(title)}</h2><dl>{dl}</dl>'
        f"<details><summary>Som tryckt (raw)</summary><dl>{raw}</dl></details></div>"
        f"<div>{imgs}</div></section>"
    )
