"""Marked-content sections nest; pdfplumber's reader forgets the outer one.

A tagged PDF ties each glyph to its structure element (a table cell, ``TD``) through the
marked-content identifier (MCID) of the ``BDC ... EMC`` section around it. Sections nest:
Chromium's Skia writer wraps a soft hyphen in a ``/Span <</ActualText ...>> BDC ... EMC``
inside the cell's section. pdfplumber keeps one current MCID and clears it at every ``EMC``,
so every glyph after the first soft hyphen of a cell loses its cell (measured on a Chromium
report: 224 of 407 glyphs without an MCID). Here the device keeps a stack: a section without
an MCID of its own lies inside the enclosing one, and ``EMC`` restores what was current
before its ``BDC``.
"""

from __future__ import annotations

from typing import Any

from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils import decode_text

_STACK = "_icp_marked_stack"


def _begin_tag(self: Any, tag: Any, props: Any = None) -> None:
    stack = self.__dict__.setdefault(_STACK, [])
    stack.append((self.cur_tag, self.cur_mcid))
    self.cur_tag = decode_text(tag.name)
    if isinstance(props, dict) and "MCID" in props:
        self.cur_mcid = props["MCID"]


def _end_tag(self: Any) -> None:
    stack = self.__dict__.get(_STACK)
    self.cur_tag, self.cur_mcid = stack.pop() if stack else (None, None)


def install() -> None:
    """Make pdfplumber's marked-content device keep nested sections (idempotent)."""
    PDFPageAggregatorWithMarkedContent.begin_tag = _begin_tag  # type: ignore[method-assign]
    PDFPageAggregatorWithMarkedContent.end_tag = _end_tag  # type: ignore[method-assign]
