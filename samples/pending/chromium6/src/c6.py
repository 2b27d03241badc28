"""What the chromium6 documents share beyond the kit: a page template of a web planning
system's print (a running header and footer in CSS page-margin boxes, which Chromium prints
on every page), on top of the shared kit's ``producers/chromium_docs.py``."""
from __future__ import annotations

from producers.chromium_docs import esc, plain, record, streams, table  # noqa: F401


def _css_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page(*, title, css, body, margins, head_left, head_right, foot_left,
         foot_right_prefix="Sida ", margin_font='8pt "Liberation Sans"', margin_colour="#6d6d6d",
         size="A4"):
    """An HTML page. margins: (top, right, bottom, left) in mm. The running header and footer
    are CSS margin boxes; the footer's right box counts pages ("Sida 1 av 2")."""
    t, r, b, l = margins
    box = f"font: {margin_font}; color: {margin_colour};"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(title)}</title>
<style>
@page {{ size: {size}; margin: {t}mm {r}mm {b}mm {l}mm;
  @top-left {{ content: {_css_string(head_left)}; {box} vertical-align: bottom; padding-bottom: 3mm; }}
  @top-right {{ content: {_css_string(head_right)}; {box} vertical-align: bottom; padding-bottom: 3mm; }}
  @bottom-left {{ content: {_css_string(foot_left)}; {box} vertical-align: top; padding-top: 3mm; }}
  @bottom-right {{ content: {_css_string(foot_right_prefix)} counter(page) " av " counter(pages); {box} vertical-align: top; padding-top: 3mm; }}
}}
html, body {{ margin: 0; padding: 0; }}
body {{ hyphens: auto; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
td p {{ margin: 0; }}
.center {{ text-align: center !important; }}
{css}
</style></head>
<body>
{body}
</body></html>
"""


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{esc(text)}</p>"
