"""chromium8's own small addition on top of the shared kit
(``producers/chromium_docs.py``): a class on one body row of a kit table."""
from __future__ import annotations

from producers.chromium_docs import collapse, esc, paras, plain, record, rgb, shy, streams, table  # noqa: F401


def row_class(table_html: str, index: int, cls: str) -> str:
    """The kit's table HTML with class `cls` on body row `index` (0-based)."""
    head, body = table_html.split("<tbody>", 1)
    parts = body.split("<tr>")
    # parts[0] is the text before the first row
    parts[index + 1] = f'<tr class="{cls}">' + parts[index + 1]
    return head + "<tbody>" + parts[0] + "".join(
        p if p.startswith("<tr") else "<tr>" + p for p in parts[1:])
