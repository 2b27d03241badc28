"""chromium9's own page template on top of the shared kit (``producers/chromium_docs.py``):
one A4 page style with a running line above the title, prose paragraphs, the kit's risk table
and an optional legend line under it. Each ``doc_*.py`` passes its fonts, colours and text."""
from __future__ import annotations

from producers.chromium_docs import esc, plain, record, streams, table  # noqa: F401


def page(*, title, left_mm, top_mm, font, tfont, size, tsize, body, acc, head_bg, border,
         running, before, tab, after, legend=None, landscape=False):
    """The HTML of one report. before/after: lists of ("h", text) or ("p", text)."""
    def blocks(items):
        out = []
        for kind, text in items:
            tag = {"h": "h2", "p": "p"}[kind]
            out.append(f"<{tag}>{esc(text)}</{tag}>")
        return "\n".join(out)
    leg = f'<p class="legend">{esc(legend)}</p>' if legend else ""
    size_rule = "A4 landscape" if landscape else "A4"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(title)}</title>
<style>
@page {{ size: {size_rule}; margin: {top_mm}mm {left_mm}mm 18mm {left_mm}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: {font}; font-size: {size}pt; color: #222; line-height: 1.4; }}
.run {{ font-size: 8pt; color: #666; border-bottom: 0.3mm solid {acc}; padding-bottom: 1.5mm; margin-bottom: 7mm; }}
h1 {{ font-size: 16pt; color: {acc}; margin: 0 0 4mm 0; line-height: 1.2; }}
h2 {{ font-size: 11.5pt; color: {acc}; margin: 4mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
p.legend {{ font-size: 7.8pt; color: #444; margin-top: -2mm; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: {tfont}; font-size: {tsize}pt; line-height: 1.22; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.25mm solid {border}; padding: 1.2mm 1.3mm; vertical-align: top; text-align: left; color: {body}; }}
th {{ background: {head_bg}; font-weight: bold; }}
td p {{ margin: 0; }}
td p + p {{ margin-top: 1mm; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="run">{esc(running)}</div>
<h1>{esc(title)}</h1>
{blocks(before)}
{tab}
{leg}
{blocks(after)}
</body></html>
"""
