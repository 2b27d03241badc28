"""chromium7's own small additions on top of the shared kit
(``producers/chromium_docs.py``): numbered-list cells and a helper for the expected text of one."""
from __future__ import annotations

from producers.chromium_docs import collapse, esc, paras, plain, record, rgb, shy, streams, table  # noqa: F401


def numbered(items):
    """The text a reader sees in a cell holding an ordered list: "1. ... 2. ..."."""
    return " ".join(f"{i}. {t}" for i, t in enumerate(items, 1))


def ol(items):
    """An ordered list as a web editor writes it (the numbers are CSS list markers)."""
    return "<ol>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ol>"
