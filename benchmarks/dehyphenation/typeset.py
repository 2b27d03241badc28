"""Typeset corpus paragraphs into narrow, justified, hyphenated table cells with LibreOffice.

Each paragraph of ``../shared/corpus/sv-prose.jsonl`` goes into one cell of a ruled table; the
document is converted to PDF by LibreOffice Writer with Swedish automatic hyphenation (Debian's
hyphen-sv), so line ends carry the hyphens a word processor really makes. ``evaluate.py`` reads
the PDFs back through icp-extract and compares.

Output (all under ``benchmarks/.cache/dehyphenation/``, never in git):
    fodt/<doc>.fodt   the flat ODF sources
    pdf/<doc>.pdf     what LibreOffice made of them
    truth.jsonl       one line a cell: document, cell order, row, column, corpus index, text
    settings.json     fonts, widths, sizes, paragraph counts, LibreOffice version

Usage: python benchmarks/dehyphenation/typeset.py [--corpus PATH] [--limit N] [--per-doc N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_CORPUS = REPO / ".." / "shared" / "corpus" / "sv-prose.jsonl"
CACHE = REPO / "benchmarks" / ".cache" / "dehyphenation"

# A profile of our own: other LibreOffice runs on the machine must not share it.
LO_PROFILE = "file:///tmp/lo-profile-bench"

SEED = 20231231
PAGE_WIDTH_CM, PAGE_HEIGHT_CM, MARGIN_CM = 21.0, 29.7, 1.5
CELL_PADDING_CM = 0.1


@dataclass(frozen=True)
class Layout:
    """One typographic setting: a font at a size in equal columns of one width."""

    name: str
    font: str
    size_pt: float
    columns: int
    column_cm: float


# Several fonts, sizes 8-11 pt and column widths 3-6 cm. Every layout must fit the longest
# corpus paragraph (about 1,050 characters) in one cell on one A4 page, since rows are kept
# together.
LAYOUTS: tuple[Layout, ...] = (
    Layout("serif10-4x40", "Liberation Serif", 10, 4, 4.0),
    Layout("sans9-5x34", "Liberation Sans", 9, 5, 3.4),
    Layout("dejavu8-5x35", "DejaVu Sans", 8, 5, 3.5),
    Layout("carlito11-3x55", "Carlito", 11, 3, 5.5),
    Layout("serif8-5x30", "Liberation Serif", 8, 5, 3.0),
    Layout("carlito9-4x42", "Carlito", 9, 4, 4.2),
    Layout("dejavu10-3x60", "DejaVu Sans", 10, 3, 6.0),
    Layout("sans11-3x50", "Liberation Sans", 11, 3, 5.0),
)

FONT_DECLS = {
    "Liberation Serif": "roman",
    "Liberation Sans": "swiss",
    "DejaVu Sans": "swiss",
    "Carlito": "swiss",
}


def load_corpus(path: Path) -> list[tuple[int, str, str]]:
    """(line index, source, text) of each distinct paragraph, in file order."""
    seen: set[str] = set()
    out = []
    with path.open(encoding="utf-8") as fh:
        for index, line in enumerate(fh):
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["text"]
            if text in seen:
                continue
            seen.add(text)
            out.append((index, record.get("source", ""), text))
    return out


def _paragraph_style() -> str:
    # LibreOffice hyphenates only when the style carries language, country and hyphenate=true;
    # it is applied to the default style and every named style so no paragraph escapes it.
    return (
        '<style:paragraph-properties fo:text-align="justify" fo:hyphenation-ladder-count="no-limit"'
        ' fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        '<style:text-properties style:font-name="{font}" fo:font-size="{size}pt"'
        ' fo:language="sv" fo:country="SE" fo:hyphenate="true"'
        ' fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>'
    )


def build_fodt(layout: Layout, cells: list[str]) -> str:
    """A flat ODF text document: one table, ``layout.columns`` ruled cells a row, one paragraph
    a cell. Rows are kept together so every cell stands whole on one page."""
    table_cm = layout.columns * layout.column_cm
    if table_cm > PAGE_WIDTH_CM - 2 * MARGIN_CM:
        raise SystemExit(f"layout {layout.name} is wider than the page")
    para = _paragraph_style().format(font=layout.font, size=layout.size_pt)
    font_decls = "".join(
        f'<style:font-face style:name="{name}" svg:font-family="&apos;{name}&apos;"'
        f' style:font-family-generic="{generic}" style:font-pitch="variable"/>'
        for name, generic in FONT_DECLS.items()
    )
    rows = []
    for start in range(0, len(cells), layout.columns):
        chunk = cells[start : start + layout.columns]
        chunk = chunk + [""] * (layout.columns - len(chunk))
        row_cells = "".join(
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            f'<text:p text:style-name="Body">{escape(text)}</text:p></table:table-cell>'
            for text in chunk
        )
        rows.append(f'<table:table-row table:style-name="Row">{row_cells}</table:table-row>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>{font_decls}</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">{para}</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">{para}</style:style>
<style:style style:name="Body" style:family="paragraph"
 style:parent-style-name="Standard">{para}</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents"
 style:family="paragraph" style:parent-style-name="Standard">{para}</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties
 fo:page-width="{PAGE_WIDTH_CM}cm" fo:page-height="{PAGE_HEIGHT_CM}cm"
 style:print-orientation="portrait" fo:margin-top="{MARGIN_CM}cm"
 fo:margin-bottom="{MARGIN_CM}cm" fo:margin-left="{MARGIN_CM}cm" fo:margin-right="{MARGIN_CM}cm"/>
</style:page-layout>
<style:style style:name="Table" style:family="table"><style:table-properties
 style:width="{table_cm:.2f}cm" table:align="left" fo:margin-left="0cm"
 style:may-break-between-rows="true"/></style:style>
<style:style style:name="Col" style:family="table-column"><style:table-column-properties
 style:column-width="{layout.column_cm:.2f}cm"/></style:style>
<style:style style:name="Row" style:family="table-row"><style:table-row-properties
 fo:keep-together="always"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties
 fo:padding="{CELL_PADDING_CM}cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>
</style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/>
</office:master-styles>
<office:body><office:text>
<table:table table:name="Cells" table:style-name="Table">
<table:table-column table:style-name="Col" table:number-columns-repeated="{layout.columns}"/>
{"".join(rows)}
</table:table>
</office:text></office:body></office:document>
"""


def fontconfig_file(layouts: tuple[Layout, ...], cache: Path) -> Path:
    """A private fontconfig listing only the directories of the fonts we ask for, so no other
    installed font can stand in for them and rebuilds stay comparable."""
    dirs = []
    for family in sorted({layout.font for layout in layouts}):
        found = subprocess.run(
            ["fc-match", "-f", "%{family}\n%{file}", family],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        if len(found) < 2 or family not in found[0]:
            raise SystemExit(f"font {family!r} is not installed (fc-match gave {found[:1]})")
        folder = str(Path(found[1]).parent)
        if folder not in dirs:
            dirs.append(folder)
    conf = cache / "fonts.conf"
    body = "".join(f"<dir>{escape(d)}</dir>" for d in dirs)
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"{body}<cachedir>{escape(str(cache / 'fontcache'))}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def libreoffice_version(soffice: str) -> str:
    out = subprocess.run([soffice, "--version"], capture_output=True, text=True, check=False)
    return out.stdout.strip()


def convert(soffice: str, sources: list[Path], outdir: Path, env: dict[str, str]) -> None:
    cmd = [
        soffice,
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, sources),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    missing = [s for s in sources if not (outdir / (s.stem + ".pdf")).exists()]
    if result.returncode != 0 or missing:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"LibreOffice failed to convert {[m.name for m in missing]}")


def fonts_in_pdf(pdf: Path) -> list[str]:
    """Font names embedded in a PDF (pdffonts), to prove no fallback font was used."""
    if shutil.which("pdffonts") is None:
        return []
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False)
    names = []
    for line in out.stdout.splitlines()[2:]:
        if line.strip():
            name = line.split()[0]
            names.append(name.split("+", 1)[-1])
    return sorted(set(names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N paragraphs")
    parser.add_argument(
        "--per-doc", type=int, default=200, help="paragraphs per document (fewer conversions)"
    )
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    corpus = args.corpus.resolve()
    if not corpus.exists():
        raise SystemExit(f"corpus not found: {corpus} (pass --corpus)")
    paragraphs = load_corpus(corpus)
    if args.limit:
        paragraphs = paragraphs[: args.limit]
    order = list(range(len(paragraphs)))
    random.Random(SEED).shuffle(order)

    cache: Path = args.cache.resolve()
    if cache.exists():
        shutil.rmtree(cache)
    (cache / "fodt").mkdir(parents=True)
    (cache / "pdf").mkdir(parents=True)

    # Deal the shuffled paragraphs out to the layouts in turn, then cut each layout's share into
    # documents of at most --per-doc cells.
    shares: dict[str, list[int]] = {layout.name: [] for layout in LAYOUTS}
    for position, index in enumerate(order):
        shares[LAYOUTS[position % len(LAYOUTS)].name].append(index)

    truth = []
    documents: list[dict[str, Any]] = []
    for layout in LAYOUTS:
        share = shares[layout.name]
        for part, start in enumerate(range(0, len(share), args.per_doc)):
            chunk = share[start : start + args.per_doc]
            doc = f"{layout.name}-{part + 1:02d}"
            texts = [paragraphs[i][2] for i in chunk]
            (cache / "fodt" / f"{doc}.fodt").write_text(build_fodt(layout, texts), "utf-8")
            documents.append({"doc": doc, "layout": asdict(layout), "cells": len(chunk)})
            for cell, i in enumerate(chunk):
                line_index, source, text = paragraphs[i]
                truth.append(
                    {
                        "doc": doc,
                        "cell": cell,
                        "row": cell // layout.columns,
                        "col": cell % layout.columns,
                        "corpus_line": line_index,
                        "source": source,
                        "text": text,
                    }
                )
    with (cache / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for record in truth:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    written = time.perf_counter()

    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(fontconfig_file(LAYOUTS, cache))
    sources = sorted((cache / "fodt").glob("*.fodt"))
    print(f"converting {len(sources)} documents with LibreOffice ...", file=sys.stderr)
    convert(args.soffice, sources, cache / "pdf", env)
    converted = time.perf_counter()

    for entry in documents:
        fonts = fonts_in_pdf(cache / "pdf" / f"{entry['doc']}.pdf")
        entry["pdf_fonts"] = fonts
        wanted = entry["layout"]["font"].replace(" ", "")
        if fonts and not any(f.startswith(wanted) for f in fonts):
            raise SystemExit(f"{entry['doc']}: LibreOffice used {fonts}, not {wanted}")

    settings = {
        "corpus": corpus.name,
        "paragraphs": len(paragraphs),
        "cells": len(truth),
        "documents": documents,
        "layouts": [asdict(layout) for layout in LAYOUTS],
        "page": f"A4 portrait, margins {MARGIN_CM} cm, cell padding {CELL_PADDING_CM} cm",
        "hyphenation": "sv-SE, remain 2, push 2, justified, rows kept together",
        "libreoffice": libreoffice_version(args.soffice),
        "seconds": {
            "write_fodt": round(written - started, 2),
            "convert": round(converted - written, 2),
        },
    }
    (cache / "settings.json").write_text(json.dumps(settings, indent=2, ensure_ascii=False))
    print(
        f"{len(paragraphs)} paragraphs in {len(truth)} cells, {len(documents)} PDFs in "
        f"{cache / 'pdf'}; writing {written - started:.1f} s, "
        f"LibreOffice {converted - written:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
