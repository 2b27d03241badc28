"""Settings: one frozen, validated object holding every tolerance of the detector."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import SAMPLES, extracted

from icp_extract.errors import RequestError
from icp_extract.pipeline import extract
from icp_extract.settings import DEFAULT_SETTINGS, Settings


def test_resolve_takes_an_instance_a_dict_or_none() -> None:
    """This test ensures that settings can be given as pdfplumber's TableSettings can."""
    assert Settings.resolve(None) is DEFAULT_SETTINGS
    mine = Settings(snap=3.0)
    assert Settings.resolve(mine) is mine
    assert Settings.resolve({"snap": 3.0}) == mine


def test_settings_are_frozen() -> None:
    """This test ensures that no stage can change a tolerance under another's feet."""
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SETTINGS.snap = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ({"snap": -1.0}, "must not be negative"),
        ({"snap": "wide"}, "must be a number"),
        ({"header_min_hits": 2.5}, "whole number"),
        ({"spanning_rule_share": 1.5}, "at most 1"),
        ({"no_such_tolerance": 1}, "unknown settings: no_such_tolerance"),
    ],
)
def test_bad_settings_are_refused_with_a_reason(given: dict, says: str) -> None:
    """This test ensures that a bad setting is the library's own error, naming the field."""
    with pytest.raises(RequestError, match=says):
        Settings.resolve(given)


def test_settings_reach_the_table_finder() -> None:
    """This test ensures that the settings given to extract() are the ones the finder uses:
    a header that must show more keywords than any header has finds no table."""
    pdf = SAMPLES / "ks2023_portrait_unruled.pdf"
    assert extracted("ks2023_portrait_unruled").risks
    strict = extract(pdf, settings={"header_min_hits": 99, "min_record_fields": 99})
    assert not strict.risks
    assert "no risk table found" in strict.warnings
