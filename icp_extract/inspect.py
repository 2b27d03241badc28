"""Pictures for checking an extraction: every value outlined where it was read.

``inspect`` extracts a report, renders its pages and draws on them what the extraction
found: the risk table, its columns, each risk's row and each field's cell, labelled with the
risk's seq and the field name. An HTML page then lists each risk, its values beside the
picture of its row, so a reviewer can check a document at a glance instead of reading the
JSON against the PDF.

Tables and columns are drawn where the detector found them; rows and cells come from the
result's provenance (each field's box on its page): a row is the union of its risk's own
cells. From a JSON result alone, a column is the union of one field's cells and the table
the union of all cells. Cells shared by several risks (a process cell spanning rows) are drawn
once, labelled with every seq they belong to. Boxes are clipped to the page.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from icp_extract.errors import RequestError
from icp_extract.export.files import write_atomic
from icp_extract.export.headers import FIELD_HEADERS
from icp_extract.model import BBox, Report, Risk, TableGeometry

#: Padding around drawn boxes, in points, so outlines do not cross the glyphs.
PAD = 1.5
#: Label size in points (scaled with the image).
LABEL_SIZE = 6.0
#: Opacity of a label's background: the text under a label stays legible.
LABEL_ALPHA = 190

TABLE_COLOR = (0, 45, 120)
ROW_COLOR = (230, 110, 0)
FIELD_COLORS: dict[str, tuple[int, int, int]] = {
    "process": (31, 119, 180),
    "context": (148, 103, 189),
    "label": (140, 86, 75),
    "risk": (214, 39, 40),
    "risk_value": (255, 127, 14),
    "probability": (188, 160, 34),
    "consequence": (188, 160, 34),
    "controls": (44, 160, 44),
    "handling": (23, 160, 180),
    "follows_plan": (227, 119, 194),
    "comment": (110, 110, 110),
}
EXTRA_COLOR = (90, 90, 90)


@dataclass(frozen=True)
class Box:
    """One outlined region. ``bbox`` in points (origin top left), ``pixels`` on the image."""

    kind: str  # "table" | "column" | "row" | "cell"
    label: str
    page: int
    bbox: BBox
    pixels: tuple[int, int, int, int]
    seqs: tuple[int, ...] = ()
    field: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "label": self.label,
            "seqs": list(self.seqs),
            "field": self.field,
            "bbox": [round(v, 2) for v in self.bbox],
            "pixels": list(self.pixels),
        }


@dataclass(frozen=True)
class InspectedPage:
    number: int
    image: Path
    width: float  # points
    height: float
    size: tuple[int, int]  # pixels
    boxes: tuple[Box, ...]

    def to_dict(self, base: Path) -> dict[str, Any]:
        return {
            "page": self.number,
            "image": self.image.relative_to(base).as_posix(),
            "width": round(self.width, 2),
            "height": round(self.height, 2),
            "size": list(self.size),
            "boxes": [b.to_dict() for b in self.boxes],
        }


@dataclass(frozen=True)
class Inspection:
    """What ``inspect`` wrote: page images, row images, the HTML page and a JSON manifest."""

    report: Report
    pages: tuple[InspectedPage, ...]
    rows: dict[int, tuple[Path, ...]]  # seq -> row images
    html: Path
    manifest: Path


# ------------------------------------------------------------------------------------------
# Geometry


def _union(boxes: Sequence[BBox]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _pad(box: BBox, pad: float, width: float, height: float) -> BBox:
    """``box`` grown by ``pad`` and clipped to the page."""
    x0, top, x1, bottom = box
    return (
        min(max(x0 - pad, 0.0), width),
        min(max(top - pad, 0.0), height),
        min(max(x1 + pad, 0.0), width),
        min(max(bottom + pad, 0.0), height),
    )


def _pixels(box: BBox, scale: float, size: tuple[int, int]) -> tuple[int, int, int, int]:
    w, h = size
    x0, top, x1, bottom = (round(v * scale) for v in box)
    return (
        min(max(x0, 0), w - 1),
        min(max(top, 0), h - 1),
        min(max(x1, 0), w - 1),
        min(max(bottom, 0), h - 1),
    )


def _cells(report: Report, page: int) -> dict[tuple[str, BBox], list[int]]:
    """Every field box on ``page``, with the seqs of the risks it belongs to."""
    cells: dict[tuple[str, BBox], list[int]] = {}
    for risk in report.risks:
        for name, provs in risk.provenance.items():
            for prov in provs:
                if prov.page == page:
                    cells.setdefault((name, prov.bbox), []).append(risk.seq)
    return cells


def page_boxes(
    report: Report,
    page: int,
    width: float,
    height: float,
    scale: float,
    size: tuple[int, int],
    geometry: Sequence[TableGeometry] = (),
) -> list[Box]:
    """The boxes drawn on one page, largest first (table, columns, rows, cells).

    Tables and columns come from the detector's ``geometry`` when it is given (a fresh
    extraction); from a JSON result alone they are the unions of the provenance boxes."""
    cells = _cells(report, page)
    pieces = [g for g in geometry if g.page == page]
    if not cells and not pieces:
        return []

    def box(kind: str, label: str, bbox: BBox, pad: float, **kw: Any) -> Box:
        clipped = _pad(bbox, pad, width, height)
        return Box(kind, label, page, clipped, _pixels(clipped, scale, size), **kw)

    out: list[Box] = []
    if pieces:
        for g in pieces:
            out.append(box("table", "tabell", g.bbox, 0))
            for x0, x1, header, field in g.columns:
                label = FIELD_HEADERS.get(field, header) if field else header
                out.append(box("column", label, (x0, g.bbox[1], x1, g.bbox[3]), 0, field=field))
    else:
        table = _union([b for _, b in cells])
        out.append(box("table", "tabell", table, 3 * PAD))
        fields: dict[str, list[BBox]] = {}
        for name, bbox in cells:
            fields.setdefault(name, []).append(bbox)
        for name, boxes in fields.items():
            x0, _, x1, _ = _union(boxes)
            label = FIELD_HEADERS.get(name, name)
            out.append(box("column", label, (x0, table[1], x1, table[3]), 2 * PAD, field=name))
    for risk in report.risks:
        own = [b for (name, b), seqs in cells.items() if seqs == [risk.seq]]
        mine = own or [b for (name, b), seqs in cells.items() if risk.seq in seqs]
        if mine:
            out.append(box("row", f"risk {risk.seq}", _union(mine), 2 * PAD, seqs=(risk.seq,)))
    for (name, bbox), seqs in cells.items():
        label = f"{','.join(map(str, seqs))} {name}"
        out.append(box("cell", label, bbox, PAD, seqs=tuple(seqs), field=name))
    return out


# ------------------------------------------------------------------------------------------
# Drawing


def _font(size: float) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=max(8, round(size)))
    except (TypeError, OSError):  # Pillow without FreeType: the small bitmap font
        return ImageFont.load_default()


class _Labels:
    """Places labels on a filled background where they do not cover another label: just
    above their box's top-left corner, moved right past a label already there, else inside
    the box's top edge; a label never strays from its box's own line."""

    def __init__(self, draw: ImageDraw.ImageDraw, font, size: tuple[int, int]) -> None:
        self.draw, self.font, self.size = draw, font, size
        self.placed: list[tuple[int, int, int, int]] = []

    def _hit(self, r: tuple[int, int, int, int]) -> tuple[int, int, int, int] | None:
        x0, y0, x1, y1 = r
        for p in self.placed:
            if not (x1 <= p[0] or x0 >= p[2] or y1 <= p[1] or y0 >= p[3]):
                return p
        return None

    def add(self, xy: tuple[int, int], text: str, color: tuple[int, int, int], right: int) -> None:
        """Label at ``xy`` (a box's top-left corner); ``right``: the box's right edge."""
        x, y = xy
        left, top, _, _ = (round(v) for v in self.draw.textbbox((0, 0), text, font=self.font))
        w = round(self.draw.textlength(text, font=self.font)) + 4
        h = labels_height(self.draw, self.font)
        chosen = None
        for t in (y - h, y + 1):
            if not 0 <= t <= self.size[1] - h:
                continue
            cx = max(min(x, self.size[0] - w), 0)
            while chosen is None and cx <= max(right - w, x):
                hit = self._hit((cx, t, cx + w, t + h))
                if hit is None:
                    chosen = (cx, t, cx + w, t + h)
                else:
                    cx = hit[2] + 1
            if chosen:
                break
        if chosen is None:
            t = y - h if y - h >= 0 else y + 1
            chosen = (
                max(min(x, self.size[0] - w), 0),
                t,
                max(min(x, self.size[0] - w), 0) + w,
                t + h,
            )
        self.placed.append(chosen)
        self.draw.rectangle(chosen, fill=(*color, LABEL_ALPHA))
        origin = (chosen[0] + 2 - left, chosen[1] + 1 - top)
        self.draw.text(origin, text, fill=(255, 255, 255, 255), font=self.font)


def labels_height(draw: ImageDraw.ImageDraw, font) -> int:
    _, top, _, bottom = draw.textbbox((0, 0), "Åg", font=font)
    return round(bottom - top) + 3


def draw_boxes(image: Image.Image, boxes: Sequence[Box], scale: float) -> Image.Image:
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = _font(LABEL_SIZE * scale)
    line = max(1, round(scale / 2))
    columns = [b for b in boxes if b.kind == "column"]
    for i, b in enumerate(sorted(columns, key=lambda c: c.bbox[0])):
        shade = (40, 90, 200, 26) if i % 2 == 0 else (40, 200, 120, 26)
        draw.rectangle(b.pixels, fill=shade)
    for b in boxes:
        if b.kind == "table":
            draw.rectangle(b.pixels, outline=(*TABLE_COLOR, 255), width=3 * line)
        elif b.kind == "row":
            draw.rectangle(b.pixels, outline=(*ROW_COLOR, 200), width=2 * line)
        elif b.kind == "cell":
            color = FIELD_COLORS.get(b.field or "", EXTRA_COLOR)
            draw.rectangle(b.pixels, outline=(*color, 255), width=line)
    labels = _Labels(draw, font, image.size)
    for b in boxes:
        x0, top, x1, bottom = b.pixels
        if b.kind == "table":
            labels.add((x0, top), b.label, TABLE_COLOR, x1)
        elif b.kind == "column":
            below = (x0, bottom + labels_height(draw, font))
            labels.add(below, b.label, (60, 60, 140), x1)
        elif b.kind == "cell":
            color = FIELD_COLORS.get(b.field or "", EXTRA_COLOR)
            labels.add((x0, top), b.label, color, x1)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _png(image: Image.Image, path: Path) -> None:
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    write_atomic(path, buffer.getvalue())


# ------------------------------------------------------------------------------------------
# The review page


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


def _html(inspection_pages: Sequence[InspectedPage], report: Report, rows, out_dir: Path) -> str:
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
    parts = [
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
            f'<a href="{_url(p.image, out_dir)}">'
            f'<img src="{_url(p.image, out_dir)}" alt="sida {p.number}"></a>'
            for p in inspection_pages
        ),
        "</div>",
    ]
    shown = {p.number for p in inspection_pages}
    for risk in report.risks:
        if not shown.intersection(risk.pages):
            continue
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
        imgs = "".join(
            f'<img src="{_url(p, out_dir)}" alt="risk {risk.seq}">' for p in rows.get(risk.seq, ())
        )
        parts.append(
            f'<section id="risk-{risk.seq}"><div><h2>{e(title)}</h2><dl>{dl}</dl>'
            f"<details><summary>Som tryckt (raw)</summary><dl>{raw}</dl></details></div>"
            f"<div>{imgs}</div></section>"
        )
    parts.append("</body></html>\n")
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------
# Public


PageRange = tuple[int, "int | None"]


def check_pages(pages: PageRange | None, count: int) -> list[int]:
    """The pages to draw: ``(first, last)`` both included, ``last`` None for "to the end";
    None for all. A page the PDF does not have is an error, not silently skipped."""
    if pages is None:
        return list(range(1, count + 1))
    first, last = pages
    last = count if last is None else last
    if not 1 <= first <= last <= count:
        raise RequestError(
            f"pages {first}..{last} are not all in the PDF (it has {count} pages)",
            advice=f"give --pages within 1..{count}",
        )
    return list(range(first, last + 1))


def inspect(
    path: str | Path,
    out_dir: str | Path,
    *,
    pages: PageRange | None = None,
    password: str | None = None,
    scale: float = 2.0,
    report: Report | None = None,
) -> Inspection:
    """Extract ``path`` (unless ``report`` is given) and write the review into ``out_dir``:
    ``<stem>-page<N>.png`` per page, ``<stem>-rows/risk<seq>-page<N>.png`` per risk and page,
    ``<stem>.html`` and ``<stem>-inspect.json`` (every box, in points and in pixels)."""
    from icp_extract.read.render import render_pages

    path, out_dir = Path(path), Path(out_dir)
    geometry: tuple[TableGeometry, ...] = ()
    if report is None:
        from icp_extract.pipeline import analyse

        report, geometry = analyse(path, password=password)
    numbers = check_pages(pages, report.source.pages)
    stem = path.stem
    done: list[InspectedPage] = []
    rows: dict[int, list[Path]] = {}
    for page in render_pages(path, numbers, scale=scale, password=password):
        boxes = page_boxes(
            report, page.number, page.width, page.height, scale, page.image.size, geometry
        )
        image = draw_boxes(page.image, boxes, scale)
        target = out_dir / f"{stem}-page{page.number}.png"
        _png(image, target)
        done.append(
            InspectedPage(page.number, target, page.width, page.height, image.size, tuple(boxes))
        )
        tables = [b for b in boxes if b.kind == "table"]
        for b in boxes:
            if b.kind != "row":
                continue
            x0 = min([b.pixels[0], *(t.pixels[0] for t in tables)])
            x1 = max([b.pixels[2], *(t.pixels[2] for t in tables)])
            margin = round(LABEL_SIZE * 1.6 * scale)
            crop = (x0, max(b.pixels[1] - margin, 0), x1 + 1, min(b.pixels[3] + 4, image.height))
            seq = b.seqs[0]
            row_path = out_dir / f"{stem}-rows" / f"risk{seq}-page{page.number}.png"
            _png(image.crop(crop), row_path)
            rows.setdefault(seq, []).append(row_path)
    frozen_rows = {seq: tuple(paths) for seq, paths in rows.items()}
    html_path = out_dir / f"{stem}.html"
    write_atomic(html_path, _html(done, report, frozen_rows, out_dir).encode("utf-8"))
    manifest = out_dir / f"{stem}-inspect.json"
    data = {
        "file": report.source.file,
        "scale": scale,
        "html": html_path.name,
        "pages": [p.to_dict(out_dir) for p in done],
    }
    write_atomic(manifest, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Inspection(report, tuple(done), frozen_rows, html_path, manifest)
