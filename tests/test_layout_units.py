"""Units for layouts of web systems and office exports (issue 14): each with a case that
raises it and a near case that does not, on small synthetic inputs."""

from __future__ import annotations

from icp_extract.assemble.rows import Table
from icp_extract.assemble.yearcolumns import year_columns
from icp_extract.geometry import PageTable
from icp_extract.settings import DEFAULT_SETTINGS
from icp_extract.trace import Trace


def _table(headers: list[str], fields: list[str | None]) -> Table:
    columns = [(100.0 * c, 100.0 * c + 90) for c in range(len(headers))]
    piece = PageTable(1, columns, headers, fields, 0, 10, 300, True)
    return Table(headers, fields, [piece])


def test_columns_differing_only_by_a_year_give_the_field_to_the_latest_year() -> None:
    """This test ensures that of "Riskvärde 2024" / "Riskvärde 2025" (the header mapping gave
    the field to the leftmost) the latest year's column is the risk value and the earlier
    one goes to extra, on the table and its pieces, with the decision in the trace."""
    trace = Trace()
    headers = ["Risk", "Riskvärde 2024", "Riskvärde 2025", "Kommentar"]
    made = year_columns(
        [_table(headers, ["risk", "risk_value", None, "comment"])],
        settings=DEFAULT_SETTINGS,
        trace=trace,
    )[0]
    assert made.fields == ["risk", None, "risk_value", "comment"]
    assert made.pieces[0].fields == made.fields
    assert [e.rule for e in trace] == ["year_columns"]


def test_columns_naming_one_year_or_other_words_keep_their_fields() -> None:
    """This test ensures that a single year column ("Riskvärde 2025" beside "Kommentar
    2025"), two columns of the same year, or a year range keep the fields the headers gave."""
    cases = [
        (["Risk", "Riskvärde 2025", "Kommentar 2025"], ["risk", "risk_value", "comment"]),
        (["Risk", "Riskvärde 2025", "Riskvärde 2025"], ["risk", "risk_value", None]),
        (["Risk", "Riskvärde 2024/2025", "Riskvärde"], ["risk", "risk_value", None]),
    ]
    for headers, fields in cases:
        trace = Trace()
        kept = year_columns([_table(headers, fields)], settings=DEFAULT_SETTINGS, trace=trace)
        assert kept[0].fields == fields
        assert len(trace) == 0
