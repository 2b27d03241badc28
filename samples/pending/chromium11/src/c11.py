"""chromium11's own page template on top of the shared kit (``producers/chromium_docs.py``):
one HTML page (A4 portrait or landscape) with optional CSS page-margin boxes for a running
header and footer, the document's CSS and body. Each ``doc_*.py`` passes its fonts, colours,
margins and text; the risk table is the kit's ``table``."""
from __future__ import annotations

from producers.chromium_docs import esc, paras, plain, record, streams, table  # noqa: F401


def _quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page(*, title, css, body, margins, landscape=False, boxes=None,
         box_font='7.5pt "Liberation Sans"', box_colour="#666"):
    """margins (top, right, bottom, left) in mm; boxes {margin box: text, or ("css", value)
    for a CSS content value such as a page counter}."""
    t, r, b, l = margins
    rules = []
    for name, content in (boxes or {}).items():
        value = content[1] if isinstance(content, tuple) else _quoted(content)
        where = ("vertical-align: bottom; padding-bottom: 2.5mm;" if name.startswith("top")
                 else "vertical-align: top; padding-top: 2.5mm;")
        rules.append(f"  @{name} {{ content: {value}; font: {box_font}; color: {box_colour}; "
                     f"{where} }}")
    size = "A4 landscape" if landscape else "A4"
    nl = "\n"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(title)}</title>
<style>
@page {{ size: {size}; margin: {t}mm {r}mm {b}mm {l}mm;
{nl.join(rules)}
}}
html, body {{ margin: 0; padding: 0; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
td p {{ margin: 0; }}
td p + p {{ margin-top: 1mm; }}
.center, td.center p {{ text-align: center; }}
{css}
</style></head>
<body>
{body}
</body></html>
"""


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{esc(text)}</p>"


def h(level, text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<h{level}{c}>{esc(text)}</h{level}>"
