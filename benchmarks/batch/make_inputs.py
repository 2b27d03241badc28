"""Generate benchmark inputs under benchmarks/.cache/ (gitignored): varied copies of the sample
reports, a mixed good-and-bad archive, and one long PDF made of sample pages.

    python benchmarks/batch/make_inputs.py            # everything
    python benchmarks/batch/make_inputs.py --only big  # just the 1,000-page PDF

Copies are rewritten with pypdf with their own /Title and /Producer, so every file has its own
sha256 (the batch deduplicates identical files, which would flatter the figures). Generation is
seeded: the same command gives the same files.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
CACHE = ROOT / "benchmarks" / ".cache"
sys.path.insert(0, str(ROOT / "tests"))

from pdfgen import image_only_pdf, text_pdf  # noqa: E402


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"))


def variant(src: Path, n: int) -> bytes:
    """``src`` rewritten with pypdf under its own metadata: same pages, a new sha256."""
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.add_metadata({"/Title": f"{src.stem} variant {n}", "/Producer": f"icp-bench {n}"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted(src: Path) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt("hemligt", algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def good_archive(folder: Path, count: int) -> list[Path]:
    """``count`` readable reports, round-robin over the samples, each with its own hash."""
    folder.mkdir(parents=True, exist_ok=True)
    srcs = samples()
    out = []
    for i in range(count):
        src = srcs[i % len(srcs)]
        path = folder / f"{i:04d}_{src.stem}.pdf"
        if not path.exists():
            path.write_bytes(variant(src, i))
        out.append(path)
    return out


# Share of each kind in the mixed archive (the rest are good reports).
BAD_KINDS = {
    "not_pdf": 0.04,
    "empty": 0.03,
    "damaged": 0.06,
    "encrypted": 0.04,
    "no_text_layer": 0.05,
    "no_risk_table": 0.05,
    "partly_damaged": 0.03,
    "junk_stream": 0.03,
}


def mixed_archive(folder: Path, count: int, seed: int = 1) -> dict[str, int]:
    """``count`` files: good reports mixed with every kind of bad input, in shuffled order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    kinds: list[str] = []
    for kind, share in BAD_KINDS.items():
        kinds += [kind] * round(count * share)
    kinds += ["good"] * (count - len(kinds))
    rng.shuffle(kinds)
    srcs = samples()
    tally: dict[str, int] = {}
    for i, kind in enumerate(kinds):
        tally[kind] = tally.get(kind, 0) + 1
        path = folder / f"{i:04d}_{kind}.pdf"
        if path.exists():
            continue
        src = srcs[i % len(srcs)]
        if kind == "good":
            data = variant(src, i)
        elif kind == "not_pdf":
            data = f"Protokoll {i}: detta är ingen PDF.\n".encode()
        elif kind == "empty":
            data = b""
        elif kind == "damaged":
            good = variant(src, i)
            data = good[: rng.randrange(200, 600)]
        elif kind == "encrypted":
            data = encrypted(src)
        elif kind == "no_text_layer":
            data = image_only_pdf() + f"% {i}\n".encode()
        elif kind == "no_risk_table":
            data = text_pdf([f"Protokoll {i}", "Sammanträde med nämnden", "Inga risker."])
        elif kind == "partly_damaged":
            data = partly_damaged(src, i)
        else:  # junk_stream: one stream overwritten with junk (any outcome is fair)
            data = _break_one_stream(variant(src, i), rng)
        path.write_bytes(data)
    return tally


def partly_damaged(src: Path, n: int) -> bytes:
    """``src`` with a font on its last page that pdfminer cannot build (a Type3 font without
    a FontMatrix): that page cannot be read, the others can (as in tests/test_batch.py)."""
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.add_metadata({"/Title": f"{src.stem} partly damaged {n}"})
    page = writer.pages[-1]
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type3"),
            NameObject("/CharProcs"): DictionaryObject(),
        }
    )
    resources = DictionaryObject(page["/Resources"].get_object())
    fonts = DictionaryObject(resources["/Font"].get_object())
    fonts[NameObject("/F99")] = writer._add_object(font)
    resources[NameObject("/Font")] = fonts
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _break_one_stream(data: bytes, rng: random.Random) -> bytes:
    starts = [i for i in range(len(data)) if data.startswith(b"stream", i)]
    if not starts:
        return data
    start = rng.choice(starts) + len(b"stream\n")
    junk = bytes(rng.randrange(256) for _ in range(64))
    return data[:start] + junk + data[start + len(junk) :]


def big_pdf(path: Path, pages: int = 1000) -> Path:
    """One PDF of ``pages`` pages, the sample pages repeated in order."""
    if path.exists():
        return path
    # A fresh reader per copy, so every copy gets its own objects (content streams, fonts) as
    # a real long report would, instead of 1,000 references to the same few streams.
    writer = PdfWriter()
    srcs = samples()
    i = 0
    while len(writer.pages) < pages:
        reader = PdfReader(srcs[i % len(srcs)])
        take = min(len(reader.pages), pages - len(writer.pages))
        writer.append(reader, pages=list(range(take)))
        i += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as fh:
        writer.write(fh)
    tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["good", "mixed", "big"], default=None)
    parser.add_argument("--good", type=int, default=200, help="files in the good archive")
    parser.add_argument("--mixed", type=int, default=1000, help="files in the mixed archive")
    args = parser.parse_args()
    if args.only in (None, "good"):
        print("good:", len(good_archive(CACHE / "good", args.good)))
    if args.only in (None, "mixed"):
        print("mixed:", mixed_archive(CACHE / "mixed", args.mixed))
    if args.only in (None, "big"):
        print("big:", big_pdf(CACHE / "big1000.pdf"))


if __name__ == "__main__":
    main()
