"""`icp-extract inspect`: page images with what the extraction found, and a review page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner
from conftest import SAMPLES, extracted
from PIL import Image

from icp_extract.cli import main
from icp_extract.errors import IcpExtractError
from icp_extract.inspect import inspect

SCALE = 1.0  # small images keep the tests fast; the geometry is the same at any scale


def _page_sizes(pdf: Path) -> dict[int, tuple[float, float]]:
    with pdfplumber.open(pdf) as doc:
        return {n: (float(p.width), float(p.height)) for n, p in enumerate(doc.pages, start=1)}


@pytest.fixture(scope="module")
def ks(tmp_path_factory):
    """The ruled KS sample (a risk row crossing a page break), pages 2 to 3."""
    out = tmp_path_factory.mktemp("inspect")
    pdf = SAMPLES / "ks2023_replica_ruled.pdf"
    result = inspect(pdf, out, pages=(2, 3), scale=SCALE, report=extracted("ks2023_replica_ruled"))
    return pdf, out, result


def test_images_exist_and_match_the_page_size(ks) -> None:
    """This test ensures that there is one PNG per requested page, exactly scale times the
    page size that pdfplumber reports."""
    pdf, out, result = ks
    sizes = _page_sizes(pdf)
    assert [p.number for p in result.pages] == [2, 3]
    assert sorted(p.name for p in out.glob("*.png")) == [
        "ks2023_replica_ruled-page2.png",
        "ks2023_replica_ruled-page3.png",
    ]
    for page in result.pages:
        width, height = sizes[page.number]
        with Image.open(page.image) as image:
            assert image.format == "PNG"
            assert image.size == (round(width * SCALE), round(height * SCALE))
        assert page.size == (round(width * SCALE), round(height * SCALE))


def test_every_box_lies_inside_its_page(ks) -> None:
    """This test ensures that every outlined box, in points and in pixels, lies inside its
    page and its image (the manifest lists every box drawn)."""
    pdf, out, result = ks
    sizes = _page_sizes(pdf)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert [p["page"] for p in manifest["pages"]] == [2, 3]
    for page in manifest["pages"]:
        width, height = sizes[page["page"]]
        w, h = page["size"]
        assert page["boxes"]
        for box in page["boxes"]:
            x0, top, x1, bottom = box["bbox"]
            assert 0 <= x0 <= x1 <= width and 0 <= top <= bottom <= height, box
            px0, ptop, px1, pbottom = box["pixels"]
            assert 0 <= px0 <= px1 < w and 0 <= ptop <= pbottom < h, box


def test_tables_columns_rows_and_cells_are_outlined_and_labelled(ks) -> None:
    """This test ensures that each page shows the table, its columns, a row per risk on the
    page and a cell per field box, labelled with seq and field, and that each cell outline
    contains its provenance box."""
    _, _, result = ks
    report = extracted("ks2023_replica_ruled")
    for page in result.pages:
        kinds = {b.kind for b in page.boxes}
        assert kinds == {"table", "column", "row", "cell"}
        on_page = [r for r in report.risks if any(
            p.page == page.number for provs in r.provenance.values() for p in provs
        )]  # fmt: skip
        rows = {b.seqs[0] for b in page.boxes if b.kind == "row"}
        assert rows == {r.seq for r in on_page}
        cells = [b for b in page.boxes if b.kind == "cell"]
        for risk in on_page:
            for field, provs in risk.provenance.items():
                for prov in (p for p in provs if p.page == page.number):
                    box = next(b for b in cells if risk.seq in b.seqs and b.field == field
                               and _contains(b.bbox, prov.bbox))  # fmt: skip
                    seqs, _, name = box.label.partition(" ")
                    assert str(risk.seq) in seqs.split(",") and name == field
        columns = {b.field for b in page.boxes if b.kind == "column"}
        assert {"risk", "risk_value", "comment"} <= columns


def _contains(outer, inner) -> bool:
    return (
        outer[0] <= inner[0] + 0.01
        and outer[1] <= inner[1] + 0.01
        and outer[2] >= inner[2] - 0.01
        and outer[3] >= inner[3] - 0.01
    )


def test_outlines_are_drawn(ks) -> None:
    """This test ensures that the boxes are drawn on the image: pixels on a cell's outline
    differ from the plain rendering."""
    from icp_extract.read.render import render_pages

    pdf, _, result = ks
    page = result.pages[0]
    plain = next(render_pages(pdf, [page.number], scale=SCALE)).image
    drawn = Image.open(page.image).convert("RGB")
    cell = next(b for b in page.boxes if b.kind == "cell" and b.field == "risk")
    x0, top, x1, bottom = cell.pixels
    edge = [(x, bottom) for x in range(x0 + 2, x1 - 2, 5)]
    assert sum(plain.getpixel(xy) != drawn.getpixel(xy) for xy in edge) > len(edge) // 2


def test_review_page_lists_each_risk_beside_its_row(ks) -> None:
    """This test ensures that the HTML page has a section per risk on the chosen pages with
    its values, and images of its row that exist (a row crossing a page gets two)."""
    _, out, result = ks
    page = result.html.read_text(encoding="utf-8")
    report = extracted("ks2023_replica_ruled")
    shown = [r for r in report.risks if {2, 3} & set(r.pages)]
    assert re.findall(r'<section id="risk-(\d+)"', page) == [str(r.seq) for r in shown]
    for src in re.findall(r'<img src="([^"]+)"', page):
        assert (out / src).is_file(), src
    first = shown[0]
    section = page.split(f'id="risk-{first.seq}"')[1].split("</section>")[0]
    assert "Riskvärde" in section and f"<dd>{first.risk_value}</dd>" in section
    assert len(result.rows[first.seq]) == len({2, 3} & set(first.pages))
    crossing = [r for r in shown if {2, 3} <= set(r.pages)]
    for risk in crossing:
        assert len(result.rows[risk.seq]) == 2


def test_review_page_links_survive_odd_file_names(tmp_path: Path) -> None:
    """This test ensures that the review page's pictures are found when the PDF's name holds
    characters that mean something in a URL ("#", "%", "?", a space)."""
    import shutil
    import urllib.parse

    pdf = tmp_path / "rapport #2 100% klar?.pdf"
    shutil.copy(SAMPLES / "ks2023_replica_ruled.pdf", pdf)
    out = tmp_path / "out"
    result = inspect(pdf, out, pages=(1, 1), scale=SCALE, report=extracted("ks2023_replica_ruled"))
    sources = re.findall(r'<img src="([^"]+)"', result.html.read_text(encoding="utf-8"))
    assert sources
    for src in sources:
        assert "#" not in src and "?" not in src
        assert (out / urllib.parse.unquote(src)).is_file(), src


def test_rotated_page(tmp_path: Path) -> None:
    """This test ensures that a page with /Rotate is drawn as a viewer shows it, with the
    boxes where pdfplumber's coordinates put them."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(SAMPLES / "yearpair" / "sn2022_yearpair.pdf").pages:
        writer.add_page(page).rotate(90)
    pdf = tmp_path / "rotated.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    result = inspect(pdf, tmp_path / "out", pages=(1, 1), scale=SCALE)
    width, height = _page_sizes(pdf)[1]
    page = result.pages[0]
    assert page.size == (round(width * SCALE), round(height * SCALE))
    assert width < height  # the landscape page turned to portrait
    for box in page.boxes:
        x0, top, x1, bottom = box.bbox
        assert 0 <= x0 <= x1 <= width and 0 <= top <= bottom <= height


def test_pages_out_of_range_raise_our_error(tmp_path: Path) -> None:
    """This test ensures that asking for a page the PDF does not have is our error with a
    message naming the page count."""
    with pytest.raises(IcpExtractError, match="has 2 pages"):
        inspect(SAMPLES / "yearpair" / "sn2022_yearpair.pdf", tmp_path, pages=(2, 5))


@pytest.mark.parametrize(
    ("pages", "code", "images"),
    [("2", 0, ["page2"]), ("1..2", 0, ["page1", "page2"]), ("2..", 0, ["page2"]),
     (None, 0, ["page1", "page2"]), ("3", 1, []), ("x", 2, []), ("2..1", 2, [])],
)  # fmt: skip
def test_cli_pages(tmp_path: Path, pages: str | None, code: int, images: list[str]) -> None:
    """This test ensures that --pages takes N, N..M and N.., that a page the PDF lacks is one
    line and exit 1, and that a malformed range is a usage error (exit 2)."""
    pdf = SAMPLES / "yearpair" / "sn2022_yearpair.pdf"
    args = ["inspect", str(pdf), "-o", str(tmp_path), "--scale", "0.5"]
    args += ["--pages", pages] if pages else []
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code, result.output
    found = sorted(p.stem.removeprefix("sn2022_yearpair-") for p in tmp_path.glob("*.png"))
    assert found == images
    if code == 0:
        assert (tmp_path / "sn2022_yearpair.html").is_file()
        assert result.stdout == ""
    if code == 1:
        assert [ln for ln in result.stderr.splitlines() if ln] == [
            f"{pdf}: invalid_request - pages 3..3 are not all in the PDF (it has 2 pages) - "
            "give --pages within 1..2"
        ]


def test_review_page_highlights_flagged_fields(tmp_path: Path) -> None:
    """This test ensures that the review page marks a flagged field (yellow, with why) and
    the report's own review items, and leaves unflagged fields plain."""
    import dataclasses

    from icp_extract.model import ReviewItem

    report = extracted("ks2023_replica_ruled")
    item = ReviewItem("value_unparsed", "risk_value", "printed '3-4', no value read")
    first = dataclasses.replace(report.risks[0], risk_value=None, review=(item,))
    doubtful = dataclasses.replace(report, risks=(first, *report.risks[1:]))
    result = inspect(SAMPLES / "ks2023_replica_ruled.pdf", tmp_path, pages=(2, 2), scale=SCALE,
                     report=doubtful)  # fmt: skip
    page = result.html.read_text(encoding="utf-8")
    section = page.split(f'id="risk-{first.seq}"')[1].split("</section>")[0]
    assert '<dt>Riskvärde</dt><dd class="review" title="value_unparsed: printed' in section
    assert section.count('class="review"') == 1
    assert '<p class="review">Granska: count_mismatch: ' in page
