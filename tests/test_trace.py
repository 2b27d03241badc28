"""The trace: every accept and reject of the table finder and the assembly, with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, analysed

from icp_extract.cli import main
from icp_extract.trace import ACCEPT, CANDIDATE, REJECT, Trace

SAMPLE = "kfn2023_delar_labelled_subrisks"


@pytest.fixture(scope="module")
def analysis():
    return analysed(SAMPLE).analysis


def test_the_trace_names_the_rule_that_rejected_a_candidate(analysis) -> None:
    """This test ensures that a prose line with header words, which both strategies tried,
    leaves each strategy's rejection with the rule's name and reason: no vertical rules for
    the ruled grid, too few gutter columns for the unruled strategy."""
    on_page = analysis.trace.on_page(1)
    rejected = {e.rule: e for e in on_page if e.verdict == REJECT}
    assert "ruled.boundaries" in rejected
    assert "vertical rules cross the header line" in rejected["ruled.boundaries"].reason
    assert "unruled.columns" in rejected
    assert "gutters give" in rejected["unruled.columns"].reason
    assert rejected["unruled.columns"].shape == CANDIDATE
    assert rejected["unruled.columns"].bbox is not None


def test_the_accepted_table_is_in_the_trace_with_its_box(analysis) -> None:
    """This test ensures that the table the finder kept is an accepted candidate whose box is
    the table's, so a picture can draw it."""
    accepted = [e for e in analysis.trace if e.rule == "ruled.grid" and e.verdict == ACCEPT]
    assert [e.page for e in accepted] == [g.page for g in analysis.geometry]
    for event, geometry in zip(accepted, analysis.geometry, strict=True):
        assert event.bbox is not None
        assert event.bbox[0] == pytest.approx(geometry.bbox[0])
        assert event.bbox[2] == pytest.approx(geometry.bbox[2])


def test_a_candidate_that_lost_the_scoring_stays_in_the_trace(analysis) -> None:
    """This test ensures that where both strategies read a table at one header, the one
    that scored lower is kept as a rejection naming its strategy's rule and both scores,
    and the finder's choice is traced as the best of the candidates."""
    lost = [e for e in analysis.trace if e.reason.startswith("lost: scored unruled")]
    assert lost and all(e.rule == "unruled.gutters" and e.verdict == REJECT for e in lost)
    assert all("against ruled" in e.reason for e in lost)
    chosen = [e for e in analysis.trace if e.rule == "finder.score"]
    assert [e.page for e in chosen] == [e.page for e in lost]
    assert all(e.reason.startswith("best of 2: ruled") for e in chosen)


def test_assembly_rules_are_traced(analysis) -> None:
    """This test ensures that assembly decisions are traced too: the labelled sub-risks of
    this sample are split by the sub-risk rule."""
    assert any(e.stage == "assemble" and e.rule == "sub_risks" for e in analysis.trace)


def test_a_losing_trial_keeps_its_acceptances_as_rejections() -> None:
    """This test ensures that the candidates of a trial run that lost stay in the trace, as
    rejections that say why they lost."""
    trial = Trace()
    trial.record("detect", "unruled.gutters", 2, ACCEPT, "rows from cell starts")
    trace = Trace()
    trace.merge(trial, lost="the page read column by column has more risks")
    (event,) = trace.events
    assert event.verdict == REJECT
    assert event.reason.startswith("lost: the page read column by column")
    assert "rows from cell starts" in event.reason


def test_inspect_debug_writes_the_pictures_and_the_reasons(tmp_path: Path) -> None:
    """This test ensures that `inspect --debug` draws the finder's trace and lists the rule
    that rejected a candidate, with its reason, in the HTML."""
    pdf = SAMPLES / f"{SAMPLE}.pdf"
    result = CliRunner().invoke(
        main, ["inspect", str(pdf), "--debug", "--pages", "1", "--scale", "1", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"{SAMPLE}-debug-page1.png").is_file()
    page = (tmp_path / f"{SAMPLE}-debug.html").read_text(encoding="utf-8")
    assert "ruled.boundaries" in page
    assert "vertical rules cross the header line" in page


def test_warnings_are_data_that_render_the_report_strings() -> None:
    """This test ensures that the analysis carries its warnings as (code, pages, detail) and
    that they render exactly the strings the report (and its golden file) carries."""
    found = analysed("archive/no_risk_table").analysis
    assert [w.code for w in found.warnings] == ["no_risk_table"]
    assert tuple(w.text for w in found.warnings) == found.report.warnings


def test_unreadable_pages_warning_names_its_pages() -> None:
    """This test ensures that the unreadable-pages warning keeps its pages as numbers and
    renders the string the batch report matches."""
    from icp_extract.pipeline import UNREADABLE_PAGES, ReportWarning

    warning = ReportWarning("unreadable_pages", (3, 7))
    assert warning.text == f"{UNREADABLE_PAGES}: 3, 7"
