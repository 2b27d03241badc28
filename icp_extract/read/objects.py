"""pdfplumber's per-object conversion, the same dictionaries made with less work.

pdfplumber turns every object pdfminer lays out (each glyph, rule and image) into a dict in
``Page.process_object``. For each attribute it calls ``resolve_all``, a recursive walk made
for PDF object references, though a glyph's attributes are plain numbers, strings and tuples
of numbers; it decodes the colour space's name, the same few names again for every glyph; and
it finds the object's kind with a regular expression. On the sample reports that conversion
was a fifth of all the time the extraction took, more than our whole analysis of the words.
Here plain values are taken as they are, a colour space's decoded name and a class's kind are
looked up once, and everything else goes through pdfplumber's own functions, so each dict is
equal to pdfplumber's: ``tests/test_read.py`` holds them against ``Page.process_object`` for
every object of sample pages, so a pdfplumber release that changes the conversion is caught.
"""

from __future__ import annotations

from typing import Any

from pdfminer.layout import LTChar, LTCurve, LTItem, LTTextContainer
from pdfplumber.page import ALL_ATTRS, Page, fix_fontname_bytes, lt_pat, normalize_unicode
from pdfplumber.utils.pdfinternals import resolve_all, resolve_and_decode

#: Values ``resolve_all`` gives back unchanged (it walks references, lists, tuples, dicts).
_PLAIN = frozenset({int, float, str, bool, type(None)})
#: pdfplumber's own conversion, kept for the test that holds ours against it.
PDFPLUMBER_PROCESS_OBJECT = Page.process_object

_kinds: dict[type, str] = {}
_decoded: dict[str, Any] = {}


def _kind(cls: type) -> str:
    kind = _kinds.get(cls)
    if kind is None:
        kind = _kinds[cls] = lt_pat.sub("", cls.__name__).lower()
    return kind


def _resolved(value: Any) -> Any:
    """``resolve_all(value)``, for a value that is not plain."""
    if type(value) is tuple and _PLAIN.issuperset(map(type, value)):
        return value  # resolve_all would build an equal tuple
    return resolve_all(value)


def _decoded_name(name: Any) -> Any:
    if type(name) is not str:
        return resolve_and_decode(name)
    decoded = _decoded.get(name)
    if decoded is None:
        decoded = _decoded[name] = resolve_and_decode(name)
    return decoded


def _text(self: Page, obj: LTChar | LTTextContainer) -> str:
    """The object's text in the document's Unicode normal form, if it asks one."""
    text = obj.get_text()
    norm = self.pdf.unicode_norm
    return normalize_unicode(norm, text) if norm is not None else text


def _other_attrs(self: Page, obj: LTItem, attr: dict[str, Any]) -> None:
    """What ``Page.process_object`` adds to an object that is no glyph: colour spaces,
    a text container's text, a curve's points, path and dash. A call of its own costs little:
    a page has few such objects (its rules, boxes and images) against thousands of glyphs,
    whose steps stay inline in :func:`process_object`."""
    for cs in ("ncs", "scs"):
        if hasattr(obj, cs):
            attr[cs] = _decoded_name(getattr(obj, cs).name)
    if isinstance(obj, LTTextContainer):
        attr["text"] = _text(self, obj)
    if isinstance(obj, LTCurve):
        attr["pts"] = list(map(self.point2coord, attr["pts"]))
        path = obj.original_path  # pdfminer types it optional; pdfplumber assumes it is set
        attr["path"] = [(cmd, *map(self.point2coord, pts)) for cmd, *pts in path]  # type: ignore[union-attr]
        attr["dash"] = obj.dashing_style


def process_object(self: Page, obj: LTItem) -> dict[str, Any]:
    """``Page.process_object`` of pdfplumber 0.11, step for step, with the shortcuts above;
    a glyph's steps inline (the hot path), any other object's in :func:`_other_attrs`."""
    attr = {
        k: v if type(v) in _PLAIN else _resolved(v)
        for k, v in obj.__dict__.items()
        if k in ALL_ATTRS
    }
    attr["object_type"] = _kind(type(obj))
    attr["page_number"] = self.page_number
    if isinstance(obj, LTChar):
        for cs in ("ncs", "scs"):
            if hasattr(obj, cs):
                attr[cs] = _decoded_name(getattr(obj, cs).name)
        text = obj.get_text()
        norm = self.pdf.unicode_norm
        attr["text"] = normalize_unicode(norm, text) if norm is not None else text
        gs = obj.graphicstate
        attr["stroking_color"] = gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,)
        attr["non_stroking_color"] = gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,)
        if isinstance(attr["fontname"], bytes):
            attr["fontname"] = fix_fontname_bytes(attr["fontname"])
    else:
        _other_attrs(self, obj, attr)
    mb_x0, mb_top = self.mediabox[:2]
    if "y0" in attr:
        height = self.height
        attr["top"] = (height - attr["y1"]) + mb_top
        attr["bottom"] = (height - attr["y0"]) + mb_top
        attr["doctop"] = self.initial_doctop + attr["top"]
    if "x0" in attr and mb_x0 != 0:
        attr["x0"] = attr["x0"] + mb_x0
        attr["x1"] = attr["x1"] + mb_x0
    return attr


def install() -> None:
    """Make pdfplumber's pages convert their objects here (idempotent)."""
    Page.process_object = process_object  # type: ignore[method-assign]
