from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def sample_names() -> list[str]:
    """Every sample with an expected extraction, as a path below samples/ without suffix
    ("ks2023_replica_ruled", "archive/bundle_kallelse")."""
    return sorted(
        str(p.relative_to(SAMPLES)).removesuffix(".expected.json")
        for p in SAMPLES.rglob("*.expected.json")
        if p.name != "compare.expected.json"
    )


@cache
def extracted(name: str):
    """Each sample is extracted once per test session."""
    import icp_extract

    return icp_extract.extract(SAMPLES / f"{name}.pdf")


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES
