"""Table geometry helpers: unit cases."""

from __future__ import annotations

import pytest

from icp_extract.detect.tables import _share


@pytest.mark.parametrize(
    ("intervals", "share"),
    [
        ([(0.0, 100.0)], 1.0),
        ([(40.0, 60.0)], 0.2),
        # one border drawn as a line and again as the edges of three shaded cells
        ([(40.0, 60.0), (40.0, 47.0), (47.0, 53.0), (53.0, 60.0), (39.5, 60.5)], 0.21),
        ([(-10.0, 30.0), (20.0, 50.0), (90.0, 120.0)], 0.6),
        ([], 0.0),
    ],
)
def test_share_counts_overlapping_rules_once(
    intervals: list[tuple[float, float]], share: float
) -> None:
    """This test ensures that a rule under a group header cell, drawn several times over,
    does not count as a rule across the whole table (which would end the header too soon)."""
    assert _share(intervals, 0.0, 100.0) == pytest.approx(share)
