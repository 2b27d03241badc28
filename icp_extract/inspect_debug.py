"""``icp-extract inspect --debug``: what the table finder saw, drawn on the page.

pdfplumber's ``page.to_image().debug_tablefinder()`` draws the edges, intersections and
cells its finder worked from, so a wrong table is diagnosed by looking. This does the same for
icp-extract's finder from the trace of one run (:mod:`icp_extract.trace`): every ruling line
of the page in grey, each candidate table (blue when accepted, red and labelled with the rule
that rejected it), the header bands (yellow), the column gutters (green) and the column rules
(magenta). An HTML page lists every decision on each page beside its picture, rejections
first, so the reason a candidate lost is in words as well as on the picture.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from icp_extract.export.files import write_atomic
from icp_extract.trace import ACCEPT, CANDIDATE, GUTTER, HEADER, REJECT, RULE, TraceEvent

RULE_GREY = (150, 150, 150, 200)
ACCEPTED = (0, 70, 200)
REJECTED = (210, 30, 30)
HEADER_FILL = (250, 210, 0, 70)
GUTTER_COLOR = (0, 160, 60, 230)
COLUMN_RULE = (200, 0, 160, 230)
LABEL_POINTS = 6.0


@dataclass(frozen=True)
class DebugPage:
    number: int
    image: Path
    events: tuple[TraceEvent, ...]


@dataclass(frozen=True)
class Debug:
    pages: tuple[DebugPage, ...]
    html: Path


def _font(size: float) -> Any:
    try:
        return ImageFont.load_default(size=max(8, round(size)))
    except (TypeError, OSError):  # Pillow without FreeType
        return ImageFont.load_default()


def _px(bbox: tuple[float, float, float, float], scale: float) -> tuple[int, int, int, int]:
    x0, top, x1, bottom = (round(v * scale) for v in bbox)
    return x0, top, max(x1, x0), max(bottom, top)


def _draw_candidate(
    draw: ImageDraw.ImageDraw, e: TraceEvent, scale: float, font: Any, width: int
) -> None:
    """A candidate table's box, blue when kept, red when rejected, labelled with its rule."""
    assert e.bbox is not None
    color: tuple[int, int, int] = ACCEPTED if e.verdict == ACCEPT else REJECTED
    box = _px(e.bbox, scale)
    draw.rectangle(box, outline=(*color, 255), width=3 * width)
    label = e.rule if e.verdict == ACCEPT else f"{e.rule}: rejected"
    tx, ty = box[0], max(box[1] - round(LABEL_POINTS * scale * 1.5), 0)
    left, top, right, bottom = draw.textbbox((tx, ty), label, font=font)
    draw.rectangle((left - 2, top - 1, right + 2, bottom + 1), fill=(*color, 200))
    draw.text((tx, ty), label, fill=(255, 255, 255, 255), font=font)


def draw_debug(
    image: Image.Image,
    rules: Sequence[tuple[float, float, float, float]],
    events: Sequence[TraceEvent],
    scale: float,
) -> Image.Image:
    """The page image with the PDF's ruling lines and the trace's shapes drawn over it."""
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = _font(LABEL_POINTS * scale)
    width = max(1, round(scale / 2))
    for r in rules:
        draw.rectangle(_px(r, scale), outline=RULE_GREY, width=width)
    shaped = [e for e in events if e.bbox is not None and e.shape is not None]
    for e in shaped:
        assert e.bbox is not None
        box = _px(e.bbox, scale)
        if e.shape == HEADER:
            draw.rectangle(box, fill=HEADER_FILL)
        elif e.shape in (GUTTER, RULE):
            line_color = GUTTER_COLOR if e.shape == GUTTER else COLUMN_RULE
            draw.line([(box[0], box[1]), (box[0], box[3])], fill=line_color, width=2 * width)
    for e in shaped:
        if e.shape == CANDIDATE and e.verdict in (ACCEPT, REJECT):
            _draw_candidate(draw, e, scale, font, width)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _html(stem: str, pages: Sequence[DebugPage], out_dir: Path) -> str:
    parts = [
        "<!doctype html><meta charset='utf-8'>",
        f"<title>{html.escape(stem)}: table finder</title>",
        "<style>body{font:14px sans-serif;margin:1em}img{max-width:100%;border:1px solid #ccc}"
        ".reject{color:#b00}.accept{color:#036}.note{color:#555}li{margin:.15em 0}</style>",
        f"<h1>{html.escape(stem)}: what the table finder decided</h1>",
    ]
    for p in pages:
        parts.append(f"<h2>Page {p.number}</h2>")
        ordered = sorted(p.events, key=lambda e: {REJECT: 0, ACCEPT: 1}.get(e.verdict, 2))
        parts.append("<ul>")
        for e in ordered:
            parts.append(
                f"<li class='{e.verdict}'><b>{html.escape(e.rule)}</b> ({e.stage}) "
                f"{e.verdict}: {html.escape(e.reason)}</li>"
            )
        parts.append("</ul>")
        rel = p.image.relative_to(out_dir).as_posix()
        parts.append(f"<img src='{html.escape(rel)}' alt='page {p.number}'>")
    return "\n".join(parts) + "\n"


def debug(
    path: str | Path,
    out_dir: str | Path,
    *,
    pages: tuple[int, int | None] | None = None,
    password: str | None = None,
    scale: float = 2.0,
    settings: Any = None,
) -> Debug:
    """Analyse ``path`` and write ``<stem>-debug-page<N>.png`` per page and ``<stem>-debug.html``
    into ``out_dir``: the trace of the table finder drawn and listed."""
    from icp_extract.inspect import check_pages
    from icp_extract.pipeline import analyse_document
    from icp_extract.read import open_document
    from icp_extract.read.render import render_pages

    path, out_dir = Path(path), Path(out_dir)
    found = analyse_document(path, password=password, settings=settings)
    numbers = check_pages(pages, found.report.source.pages)
    turned = {e.page for e in found.trace if e.rule == "turned_page"}
    with open_document(path, password=password) as doc:
        rules = {
            p.number: [(r.x0, r.top, r.x1, r.bottom) for r in p.rules]
            for p in doc.pages(numbers)
            if p.number not in turned
        }
    done: list[DebugPage] = []
    for page in render_pages(path, numbers, scale=scale, password=password):
        events = tuple(found.trace.on_page(page.number))
        # A page read turned has its boxes in the turned reading: list, do not draw them.
        drawn = [] if page.number in turned else list(events)
        image = draw_debug(page.image, rules.get(page.number, []), drawn, scale)
        target = out_dir / f"{path.stem}-debug-page{page.number}.png"
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
        write_atomic(target, buffer.getvalue())
        done.append(DebugPage(page.number, target, events))
    html_path = out_dir / f"{path.stem}-debug.html"
    write_atomic(html_path, _html(path.stem, done, out_dir).encode("utf-8"))
    return Debug(tuple(done), html_path)
