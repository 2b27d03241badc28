"""Golden tests: every sample's extraction equals its expected JSON, field by field."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, extracted, pending_read_right, sample_names

RISK_FIELDS = (
    "seq", "process", "context", "label", "risk", "risk_value", "probability", "consequence",
    "controls", "handling", "follows_plan", "comment", "extra", "pages",
)  # fmt: skip
REPORT_FIELDS = ("organ", "year", "period", "title", "risks_inventoried", "risks_critical")


def test_there_are_samples() -> None:
    """This test ensures that the golden tests below cannot pass by finding nothing."""
    assert len(sample_names()) >= 6


def test_pending_reports_listed_as_read_right_exist() -> None:
    """This test ensures that every pending report listed as read right is a real sample,
    so a typo cannot drop a golden test."""
    for name in pending_read_right():
        assert (SAMPLES / f"{name}.pdf").is_file(), name
        assert (SAMPLES / f"{name}.expected.json").is_file(), name


def _expected(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sample_names())
def test_risk_count(name: str) -> None:
    """This test ensures that each risk is found, and none extra."""
    got = extracted(name).to_dict()
    assert len(got["risks"]) == len(_expected(name)["risks"])


@pytest.mark.parametrize("name", sample_names())
def test_risks_field_by_field(name: str) -> None:
    """This test ensures that every field of every risk equals the expected JSON."""
    got = extracted(name).to_dict()["risks"]
    want = _expected(name)["risks"]
    diffs = []
    for g, w in zip(got, want, strict=False):
        for field in RISK_FIELDS:
            if g[field] != w[field]:
                diffs.append(
                    f"risk {w['seq']} {field}:\n   got  {g[field]!r}\n   want {w[field]!r}"
                )
    assert not diffs, f"{len(diffs)} field(s) differ:\n" + "\n".join(diffs)


@pytest.mark.parametrize("name", sample_names())
def test_report_and_columns(name: str) -> None:
    """This test ensures that report metadata, page count and column mapping are right."""
    got = extracted(name).to_dict()
    want = _expected(name)
    assert got["source"]["pages"] == want["source"]["pages"]
    assert got["source"]["file"] == want["source"]["file"]
    assert got["source"]["sha256"] == want["source"]["sha256"]
    for field in REPORT_FIELDS:
        assert got["report"][field] == want["report"][field], field
    assert got["columns"] == want["columns"]
    assert got["warnings"] == want["warnings"]
