from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PENDING = "pending"  # blind sets not yet read right: scored, not golden-tested
sys.path.insert(0, str(Path(__file__).resolve().parent))


def sample_names() -> list[str]:
    """Every sample with an expected extraction, as a path below samples/ without suffix
    ("ks2023_replica_ruled", "archive/bundle_kallelse").

    ``samples/pending/`` is left out: blind sets wait there, scored by
    ``benchmarks/blind/score.py``, until the extractor reads them right (samples/pending/README.md);
    the reports of theirs listed in ``samples/pending/golden.txt`` are read right and in.
    """
    settled = sorted(
        str(p.relative_to(SAMPLES)).removesuffix(".expected.json")
        for p in SAMPLES.rglob("*.expected.json")
        if p.name != "compare.expected.json" and p.relative_to(SAMPLES).parts[0] != PENDING
    )
    return settled + pending_read_right()


def pending_read_right() -> list[str]:
    """The reports of pending sets listed as read right (samples/pending/golden.txt)."""
    listing = SAMPLES / PENDING / "golden.txt"
    lines = listing.read_text(encoding="utf-8").splitlines() if listing.is_file() else []
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@cache
def extracted(name: str):
    """Each sample is extracted once per test session."""
    import icp_extract

    return icp_extract.extract(SAMPLES / f"{name}.pdf")


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
