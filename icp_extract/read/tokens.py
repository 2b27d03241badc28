"""pdfminer's tokenizer, the same tokens found with less work.

pdfminer reads every content stream and every object of a PDF one token at a time through a
state machine: for each token ``PSBaseParser._parse_main`` finds where it starts, sets the
state for its kind, and returns, and a second call of the state's method reads it to its end,
adding to it piece by piece in case it runs on into the next 4 KB of the buffer. A page's
content stream is mostly short numbers, operators and names, so those calls, regular
expressions and byte-string additions were about a quarter of the extraction's CPU on the
sample reports, more than our whole analysis.

Here one regular expression reads the common tokens whole (an integer or a decimal, an
operator or ``true``/``false``, a name without ``#`` escapes, a string without escapes or
nested brackets, a hexadecimal string), when the token ends inside the buffer: such a token
is what pdfminer's own steps would make, at the same position, and the parser is left in the
same state. Everything else (comments, escapes, a token that may run on into the next
buffer, dictionary brackets) goes to pdfminer's own step unchanged. ``tests/test_read.py``
holds the tokens against pdfminer's own over every content stream of sample reports, so a
pdfminer release that changes its tokenizer is caught.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.psparser import KWD, LIT, PSEOF, PSBaseParser

#: pdfminer's own first step of a token, kept for the fallback and for the test.
PDFMINER_PARSE_MAIN = PSBaseParser._parse_main
#: pdfminer's own loop that hands out the next token, kept for the test.
PDFMINER_NEXTTOKEN = PSBaseParser.nexttoken

#: Whitespace, then one whole common token, each kind its own group. The characters that end
#: a keyword or a name are pdfminer's (``END_KEYWORD``, ``END_LITERAL``); a number is its
#: digits, a point and more digits (``END_NUMBER``). A hexadecimal string is matched with its
#: closing ``>`` only when no second ``>`` follows (pdfminer reads ``>>`` as a dictionary's
#: end there).
_TOKEN = re.compile(
    rb"[ \t\n\r\f\v]*(?:"
    rb"(?P<number>[-+]?[0-9]*\.[0-9]*|[-+]?[0-9]+|[-+])(?=[^0-9.])"
    rb"|(?P<keyword>[A-Za-z][^#/%\[\]()<>{} \t\n\r\f\v]*)(?=[#/%\[\]()<>{} \t\n\r\f\v])"
    rb"|/(?P<name>[^#/%\[\]()<>{} \t\n\r\f\v]*)(?=[/%\[\]()<>{} \t\n\r\f\v])"
    rb"|\((?P<string>[^()\\]*)\)"
    rb"|<(?P<hex>[0-9a-fA-F \t\n\r\f\v]*)>(?=[^>])"
    rb")"
)
_SPACE = re.compile(rb"[ \t\n\r\f\v]")
_NUMBER, _KEYWORD, _NAME, _STRING, _HEX = 1, 2, 3, 4, 5


def _number(text: bytes) -> int | float | None:
    """pdfminer's number for ``text``: an int without a point, else a float; None where
    pdfminer makes no token (a sign or a point alone)."""
    try:
        return float(text) if b"." in text else int(text)
    except ValueError:
        return None


def _name(text: bytes) -> Any:
    try:
        return LIT(str(text, "utf-8"))
    except UnicodeDecodeError:
        return LIT(text)


def _keyword(text: bytes) -> Any:
    if text == b"true":
        return True
    if text == b"false":
        return False
    return KWD(text)


def _hex(text: bytes) -> bytes:
    """pdfminer's bytes of a hexadecimal string: pairs of digits, an odd last digit alone."""
    digits = _SPACE.sub(b"", text)
    if len(digits) % 2:
        return bytes.fromhex(str(digits[:-1], "ascii")) + bytes((int(digits[-1:], 16),))
    return bytes.fromhex(str(digits, "ascii"))


def parse_main(self: PSBaseParser, s: bytes, i: int) -> int:
    """``PSBaseParser._parse_main``, reading a common token whole where it ends in ``s``."""
    m = _TOKEN.match(s, i)
    if m is None or m.end() >= len(s):
        return PDFMINER_PARSE_MAIN(self, s, i)
    kind = m.lastindex or 0  # the one group that matched
    text = m.group(kind)
    token: Any
    if kind == _NUMBER:
        token = _number(text)
    elif kind == _KEYWORD:
        token = _keyword(text)
    elif kind == _NAME:
        token = _name(text)
    elif kind == _STRING:
        token = text
    else:
        token = _hex(text)
    start = m.start(kind) - (kind != _NUMBER and kind != _KEYWORD)  # the "/", "(" or "<"
    self._curtokenpos = self.bufpos + start
    self._curtoken = text if kind != _HEX else b""  # as pdfminer's steps leave it
    if token is not None:
        self._tokens.append((self._curtokenpos, token))
    return m.end()


def nexttoken(self: PSBaseParser) -> tuple[int, Any]:
    """``PSBaseParser.nexttoken`` without its debug log call, one a token (pdfminer logs
    every token it reads; the call alone cost more than a tenth of the tokenizer)."""
    if self.eof:
        raise PSEOF("Unexpected EOF")  # pdfminer's own message
    while not self._tokens:
        try:
            changed_stream = self.fillbuf()
            if changed_stream and self._curtoken:
                self._parse1(b"\n", 0)  # pdfminer's step at a stream's change (#1157)
            else:
                self.charpos = self._parse1(self.buf, self.charpos)
        except PSEOF:
            self.charpos = self._parse1(b"\n", 0)  # a token cut off by the end
            self.eof = True
            if not self._tokens:
                raise
    return self._tokens.pop(0)


def install() -> None:
    """Make pdfminer's parsers read tokens here (idempotent)."""
    PSBaseParser._parse_main = parse_main  # type: ignore[method-assign]
    PSBaseParser.nexttoken = nexttoken  # type: ignore[method-assign]
