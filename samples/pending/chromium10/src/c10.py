"""chromium10's own page template on top of the shared kit (``producers/chromium_docs.py``):
one HTML page with CSS page-margin boxes (running header and footer, printed by Chromium on
every page), the document's own CSS and body. Each ``doc_*.py`` passes its fonts, colours,
margins and text."""
from __future__ import annotations

from producers.chromium_docs import esc, paras, plain, record, streams, table  # noqa: F401


def _css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page(*, title, css, body, margins, size="A4", boxes=None,
         margin_font='7.5pt "Liberation Sans"', margin_colour="#666"):
    """An HTML page. margins: (top, right, bottom, left) in mm. boxes: {margin box name:
    content}; a content is a plain string, or a CSS content value given as ("css", value)
    (for page counters)."""
    t, r, b, l = margins
    rules = []
    for name, content in (boxes or {}).items():
        if isinstance(content, tuple):
            value = content[1]
        else:
            value = _css_string(content)
        align = "vertical-align: bottom; padding-bottom: 3mm;" if name.startswith("top") \
            else "vertical-align: top; padding-top: 3mm;"
        rules.append(f"  @{name} {{ content: {value}; font: {margin_font}; "
                     f"color: {margin_colour}; {align} }}")
    box_css = "\n".join(rules)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(title)}</title>
<style>
@page {{ size: {size}; margin: {t}mm {r}mm {b}mm {l}mm;
{box_css}
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
