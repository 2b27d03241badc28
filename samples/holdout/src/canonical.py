"""Canonical PDF bytes for LibreOffice output (copied from ``samples/build/build_samples.py``,
so that the holdout set does not change when that script does)."""

from __future__ import annotations

import hashlib
import re

FIXED_DATE = b"20240101000000"
REF_RE = re.compile(rb"(?<![0-9])(\d+) 0 R(?![A-Za-z0-9])")


def canonical_pdf(data: bytes) -> bytes:
    """Rewrite LibreOffice's PDF so that two runs give the same bytes.

    LibreOffice emits font objects in an order that changes from run to run (the pages and
    fonts are the same, only the object numbers are permuted) and stamps a CreationDate, an
    /ID and a /DocChecksum. Here the objects are renumbered in the order they are reached from
    the trailer (depth first, references in the order they are written), the xref table is
    rebuilt, the dates are fixed, /DocChecksum is dropped and /ID becomes a hash of the result.
    Stream data is copied unchanged. Only the plain (non-object-stream) layout LibreOffice
    writes is supported."""
    xref_at = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    m = re.match(rb"xref\s+0\s+(\d+)\s+", data[xref_at:])
    if not m:
        raise ValueError("unexpected PDF layout (no classic xref table)")
    count = int(m.group(1))
    table = data[xref_at + m.end() : xref_at + m.end() + 20 * count]
    offsets = {}
    for n in range(count):
        entry = table[20 * n : 20 * n + 18].split()
        if entry[2] == b"n":
            offsets[n] = int(entry[0])
    trailer = data[data.index(b"trailer", xref_at) : data.rindex(b"startxref")]
    starts = sorted(offsets.values()) + [xref_at]
    objects: dict[int, tuple[bytes, bytes]] = {}  # number -> (object text, stream data incl.)
    for n, off in offsets.items():
        end = starts[starts.index(off) + 1]
        chunk = data[off:end]
        head = re.match(rb"(\d+) 0 obj\s*", chunk)
        assert int(head.group(1)) == n, (n, head.group(0))
        body = chunk[head.end() : chunk.rindex(b"endobj")]
        k = body.find(b"stream\n")
        if k >= 0 and body.lstrip().startswith(b"<<"):
            objects[n] = (body[:k], body[k:])
        else:
            objects[n] = (body, b"")

    order: list[int] = []
    seen: set[int] = set()

    def visit(n: int) -> None:
        stack = [n]
        while stack:
            cur = stack.pop()
            if cur in seen or cur not in objects:
                continue
            seen.add(cur)
            order.append(cur)
            refs = [int(r) for r in REF_RE.findall(objects[cur][0])]
            stack.extend(reversed(refs))

    for key in (rb"/Root", rb"/Info"):
        r = re.search(key + rb"\s+(\d+) 0 R", trailer)
        if r:
            visit(int(r.group(1)))
    order += [n for n in sorted(objects) if n not in seen]
    new_no = {old: i + 1 for i, old in enumerate(order)}

    def renum(text: bytes) -> bytes:
        return REF_RE.sub(lambda mm: b"%d 0 R" % new_no[int(mm.group(1))], text)

    out = bytearray(data[: min(offsets.values())])
    new_offsets = []
    for old in order:
        text, stream = objects[old]
        text = renum(text)
        text = re.sub(
            rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}[^)]*", rb"\g<1>" + FIXED_DATE + b"Z", text
        )
        new_offsets.append(len(out))
        out += b"%d 0 obj\n" % new_no[old] + text + stream + b"endobj\n\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(order) + 1)
    for off in new_offsets:
        out += b"%010d 00000 n \n" % off
    root = new_no[int(re.search(rb"/Root\s+(\d+) 0 R", trailer).group(1))]
    info = re.search(rb"/Info\s+(\d+) 0 R", trailer)
    info_part = b"/Info %d 0 R" % new_no[int(info.group(1))] if info else b""
    digest = hashlib.md5(bytes(out)).hexdigest().upper().encode()
    out += b"trailer\n<</Size %d/Root %d 0 R%s\n/ID [ <%s> <%s> ]\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(order) + 1,
        root,
        info_part,
        digest,
        digest,
        xref,
    )
    return bytes(out)


# --------------------------------------------------------------------------------------------
# Measuring the built PDF (independent of icp_extract)
