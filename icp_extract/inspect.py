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

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from icp_extract.errors import RequestError
from icp_extract.export.files import write_atomic
from icp_extract.export.headers import FIELD_HEADERS
from icp_extract.inspect_html import review_page
from icp_extract.model import BBox, Report, TableGeometry

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
    shapes = _detected_tables(pieces) if pieces else _tables_from_cells(cells)
    shapes += _row_shapes(report, cells) + _cell_shapes(cells)
    out: list[Box] = []
    for kind, label, bbox, pad, extra in shapes:
        clipped = _pad(bbox, pad, width, height)
        out.append(Box(kind, label, page, clipped, _pixels(clipped, scale, size), **extra))
    return out


#: A box before it is clipped and placed on the image: kind, label, bbox in points, padding,
#: and the Box's ``seqs`` or ``field``.
_Shape = tuple[str, str, BBox, float, dict[str, Any]]


def _detected_tables(pieces: Sequence[TableGeometry]) -> list[_Shape]:
    """Tables and columns where the detector found them (a fresh extraction)."""
    shapes: list[_Shape] = []
    for g in pieces:
        shapes.append(("table", "tabell", g.bbox, 0, {}))
        for x0, x1, header, field in g.columns:
            label = FIELD_HEADERS.get(field, header) if field else header
            shapes.append(("column", label, (x0, g.bbox[1], x1, g.bbox[3]), 0, {"field": field}))
    return shapes


def _tables_from_cells(cells: dict[tuple[str, BBox], list[int]]) -> list[_Shape]:
    """From a JSON result alone: the table the union of all cells, a column the union of
    one field's cells, drawn a little wider than the cells so they stay apart."""
    table = _union([b for _, b in cells])
    shapes: list[_Shape] = [("table", "tabell", table, 3 * PAD, {})]
    fields: dict[str, list[BBox]] = {}
    for name, bbox in cells:
        fields.setdefault(name, []).append(bbox)
    for name, boxes in fields.items():
        x0, _, x1, _ = _union(boxes)
        label = FIELD_HEADERS.get(name, name)
        shapes.append(("column", label, (x0, table[1], x1, table[3]), 2 * PAD, {"field": name}))
    return shapes


def _row_shapes(report: Report, cells: dict[tuple[str, BBox], list[int]]) -> list[_Shape]:
    """Each risk's row: the union of its own cells, or of the shared cells it is in when it
    has none of its own (a risk whose values all span several rows)."""
    shapes: list[_Shape] = []
    for risk in report.risks:
        own = [b for (name, b), seqs in cells.items() if seqs == [risk.seq]]
        mine = own or [b for (name, b), seqs in cells.items() if risk.seq in seqs]
        if mine:
            shapes.append(("row", f"risk {risk.seq}", _union(mine), 2 * PAD, {"seqs": (risk.seq,)}))
    return shapes


def _cell_shapes(cells: dict[tuple[str, BBox], list[int]]) -> list[_Shape]:
    """Every field's box, once, labelled with every seq it belongs to."""
    return [
        ("cell", f"{','.join(map(str, seqs))} {name}", bbox, PAD,
         {"seqs": tuple(seqs), "field": name})
        for (name, bbox), seqs in cells.items()
    ]  # fmt: skip


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
    images = [(p.number, p.image) for p in done]
    write_atomic(html_path, review_page(images, report, frozen_rows, out_dir).encode("utf-8"))
    manifest = out_dir / f"{stem}-inspect.json"
    data = {
        "file": report.source.file,
        "scale": scale,
        "html": html_path.name,
        "pages": [p.to_dict(out_dir) for p in done],
    }
    write_atomic(manifest, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return Inspection(report, tuple(done), frozen_rows, html_path, manifest)
