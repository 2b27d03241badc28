"""What the sample builders share: LibreOffice conversion with only the wanted fonts
visible, and the small helpers of their flat-ODF writers (namespaces, Swedish hyphenation
settings, page geometry, lengths, paragraphs).

``samples/build`` (the core samples), ``samples/archive`` and ``samples/holdout`` each write
their own documents, but convert them the same way: a private fontconfig that shows
LibreOffice only the sample fonts (fonts installed for TeX or Ghostscript never change its
choice), and a LibreOffice profile of each builder's own, so two builders can run at once.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

#: The fonts the samples use; LibreOffice sees no others.
FONT_FAMILIES = ("Liberation Serif", "Liberation Sans", "DejaVu Sans", "DejaVu Serif", "Carlito")
FONT_STYLES = ("Regular", "Bold", "Italic", "Bold Italic")


#: The XML namespaces of a flat ODF text document.
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
#: Swedish automatic hyphenation, as every paragraph style of the samples sets it.
SV = (
    'fo:language="sv" fo:country="SE" fo:hyphenate="true" '
    'fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"'
)


@dataclass
class Page:
    width: float = 21.0
    height: float = 29.7
    top: float = 2.0
    bottom: float = 2.0
    left: float = 2.5
    right: float = 2.5

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def font_face_decls() -> str:
    """The font-face declarations of :data:`FONT_FAMILIES`."""
    return "".join(
        f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" '
        f'style:font-family-generic="{"roman" if "Serif" in f else "swiss"}" '
        'style:font-pitch="variable"/>'
        for f in FONT_FAMILIES
    )


def default_styles(font: str, size: float) -> str:
    """The default paragraph style (``font`` at ``size`` pt) and "Standard", both with
    Swedish hyphenation."""
    return (
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'fo:hyphenation-ladder-count="no-limit"/>'
        f'<style:text-properties style:font-name="{font}" '
        f'fo:font-size="{size}pt" {SV}/>'
        "</style:default-style>"
        '<style:style style:name="Standard" style:family="paragraph">'
        f"<style:text-properties {SV}/></style:style>"
    )


def flat_odt(title: str, styles: str, automatic: str, masters: str, body: list[str]) -> str:
    """A whole flat ODF text document (Swedish) from its parts; ``body`` holds the XML of the
    paragraphs and tables, one element a line."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {NAMESPACES} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">\n'
        f"<office:meta><dc:title>{escape(title)}</dc:title>"
        "<dc:language>sv-SE</dc:language></office:meta>\n"
        f"<office:font-face-decls>{font_face_decls()}</office:font-face-decls>\n"
        f"<office:styles>{styles}</office:styles>\n"
        f"<office:automatic-styles>{automatic}</office:automatic-styles>\n"
        f"<office:master-styles>{masters}</office:master-styles>\n"
        "<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body>\n"
        "</office:document>\n"
    )


def cm(v: float) -> str:
    """A length for ODF attributes."""
    return f"{v:.3f}cm"


def paragraphs(value) -> list[str]:
    """A cell value as a list of paragraph strings (empty list for an empty cell)."""
    if value is None:
        return []
    if isinstance(value, int):
        return [str(value)]
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [p for p in value if p.strip()]


def private_fontconfig(tmp: Path) -> Path:
    """A fontconfig file that shows LibreOffice only :data:`FONT_FAMILIES` (symlinked into
    ``tmp``)."""
    fontdir = tmp / "fonts"
    fontdir.mkdir(exist_ok=True)
    for fam in FONT_FAMILIES:
        for sty in FONT_STYLES:
            res = subprocess.run(
                ["fc-match", "-f", "%{family}\t%{style}\t%{file}", f"{fam}:style={sty}"],
                capture_output=True,
                text=True,
                check=True,
            )
            family, _style, file = res.stdout.split("\t")
            if fam not in family.split(","):
                raise SystemExit(f"font {fam} {sty} is not installed (fc-match gave {family})")
            link = fontdir / Path(file).name
            if not link.exists():
                link.symlink_to(file)
    conf = tmp / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{escape(str(fontdir))}</dir>\n"
        f"  <cachedir>{escape(str(tmp / 'cache'))}</cachedir>\n"
        "</fontconfig>\n"
    )
    return conf


def convert(fodt: Path, outdir: Path, fontconf: Path, profile: str) -> Path:
    """Convert ``fodt`` to PDF in ``outdir`` with LibreOffice's user profile ``profile`` (a
    file: URL) and fontconfig ``fontconf``; exit with LibreOffice's output if it fails."""
    env = dict(os.environ, FONTCONFIG_FILE=str(fontconf), TZ="UTC", LC_ALL="C.UTF-8")
    cmd = [
        "soffice",
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(fodt),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    pdf = outdir / (fodt.stem + ".pdf")
    if res.returncode != 0 or not pdf.exists():
        raise SystemExit(f"soffice failed for {fodt.name}:\n{res.stdout}\n{res.stderr}")
    return pdf
