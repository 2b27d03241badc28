"""The review stage: each code raised by a case that should raise it and not by a near case
that should not; the contract in the JSON; where it shows (stderr, manifest, workbook)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, extracted
from openpyxl import load_workbook

import icp_extract.pipeline
from icp_extract.batch.model import FileResult, Status
from icp_extract.cli import main
from icp_extract.export.xlsx import REVIEW_FILL, write_xlsx
from icp_extract.model import Column, Report, ReportMeta, Risk
from icp_extract.review import CODES, with_review
from icp_extract.review import report as report_rules

BASE = "yearpair/sn2023_yearpair"


def _report(**changes: object) -> Report:
    """The base sample with no review yet, its first risk changed by ``changes``."""
    report = extracted(BASE)
    first = dataclasses.replace(report.risks[0], review=(), **changes)  # type: ignore[arg-type]
    return dataclasses.replace(report, risks=(first,), review=(), warnings=())


def _codes(risk: Risk) -> list[tuple[str, str | None]]:
    return [(item.code, item.field) for item in risk.review]


def _first(report: Report) -> Risk:
    return with_review(report).risks[0]


# -- risk codes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "extra", "flagged"),
    [
        ("3-4", None, {}, True),  # a number printed, none read
        ("12/16", None, {}, True),
        ("12", 12, {}, False),  # read
        ("Hög", None, {}, False),  # words only: an assessment in words, null by design
        ("–", None, {}, False),  # an empty mark
        ("S3 K4", None, {"probability": 3, "consequence": 4}, False),  # read as S and K
    ],
)
def test_value_unparsed(raw: str, value: int | None, extra: dict, flagged: bool) -> None:
    """This test ensures that a value cell with a number from which no value was read is
    flagged on its field, and that words, empty marks and S/K cells are not."""
    risk = _first(_report(risk_value=value, raw={"risk_value": raw}, **extra))
    assert (("value_unparsed", "risk_value") in _codes(risk)) is flagged


@pytest.mark.parametrize(
    ("raw", "value", "flagged"),
    [
        ("Kanske", None, True),  # outside the known answers and states
        ("☒ Ja ☒ Nej", None, True),  # two boxes checked
        ("Ja", "Ja", False),
        ("Pågår", None, False),  # a known state that says neither
        ("Utgår", None, False),  # a cancelled control: neither
        ("Ej påbör-\njad", None, False),  # the same, hyphenated at a line end
        ("På\u00adgå\u00aden\u00adde", None, False),  # soft hyphens left in the text
        ("Ej på\u00adbör\u00ad\njad", None, False),  # a soft hyphen ending a line
        ("Kan\u00adske", None, True),
        ("☐ Ja ☐ Nej", None, False),  # no box checked: no answer
        ("-", None, False),
    ],
)
def test_follows_plan_unknown(raw: str, value: str | None, flagged: bool) -> None:
    """This test ensures that a follows-plan word outside the known set is flagged, and that
    answers, known states, empty marks and unchecked boxes are not."""
    risk = _first(_report(follows_plan=value, raw={"follows_plan": raw}))
    assert (("follows_plan_unknown", "follows_plan") in _codes(risk)) is flagged


def test_no_risk_text() -> None:
    """This test ensures that a record without risk text is flagged, and one with it not."""
    assert ("no_risk_text", "risk") in _codes(_first(_report(risk=None)))
    assert ("no_risk_text", "risk") not in _codes(_first(_report(risk="Risk att ...")))


def test_no_process() -> None:
    """This test ensures that a record without a process is flagged, saying whether the
    table has a process column, and that a record with one is not."""
    with_column = _report(process=None)
    assert any(c.field == "process" for c in with_column.columns)
    assert ("no_process", "process") in _codes(_first(with_column))
    assert "has a process column" in _first(with_column).review[0].detail
    without = dataclasses.replace(
        with_column, columns=tuple(c for c in with_column.columns if c.field != "process")
    )
    assert "no process column" in _first(without).review[0].detail
    assert ("no_process", "process") not in _codes(_first(_report(process="Inköp")))
    bare = dataclasses.replace(without, risks=(dataclasses.replace(without.risks[0],
                               process="Inköp"),))  # fmt: skip
    assert _first(bare).review == ()


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Risk att beslut inte verkställs inom tre månader, vilket", True),
        ("Risk att bidrag betalas ut på felaktiga grunder inom följande områden:", True),
        ("Risk att beslut inte verkställs,", True),
        ("Risk att beslut inte verkställs inom tre månader.", False),
        ("Risk för brister i inköp", False),  # a title without a full stop is whole
        ("Risk att underlaget saknas (se bilaga 2)", False),
    ],
)
def test_text_cut(text: str, flagged: bool) -> None:
    """This test ensures that a risk text ending where no sentence ends is flagged, and that
    whole texts, with or without a full stop, are not."""
    assert (("text_cut", "risk") in _codes(_first(_report(risk=text)))) is flagged


def test_value_in_extra() -> None:
    """This test ensures that an extra column holding scores or answers is flagged when no
    column is read as that field, and not when one is (a "Nr" column beside a risk value)."""
    base = _report(extra={"de": "12", "plan": "Delvis", "Ansvarig": "Chef"})
    fields = {"risk_value", "follows_plan"}
    without = dataclasses.replace(base, columns=tuple(c for c in base.columns
                                                      if c.field not in fields))  # fmt: skip
    codes = _codes(_first(without))
    assert ("value_in_extra", "de") in codes and ("value_in_extra", "plan") in codes
    assert ("value_in_extra", "Ansvarig") not in codes
    assert [c for c in _codes(_first(base)) if c[0] == "value_in_extra"] == []


# -- report codes --------------------------------------------------------------------------


def _counted(inventoried: int | None, critical: int | None, risks: tuple[Risk, ...]) -> Report:
    report = extracted(BASE)
    meta = dataclasses.replace(
        report.report, risks_inventoried=inventoried, risks_critical=critical
    )
    return dataclasses.replace(report, report=meta, risks=risks, warnings=(), review=())


def _codes_of(report: Report) -> list[str]:
    return [item.code for item in with_review(report).review]


def test_count_mismatch() -> None:
    """This test ensures that a report whose risks extracted match neither stated count is
    flagged, and that one matching either count, or stating none, is not."""
    risks = extracted(BASE).risks
    n = len(risks)
    assert "count_mismatch" in _codes_of(_counted(n + 10, n + 2, risks))
    assert "count_mismatch" in _codes_of(_counted(None, n - 1, risks))
    assert "count_mismatch" not in _codes_of(_counted(n + 10, n, risks))  # the critical ones
    assert "count_mismatch" not in _codes_of(_counted(n, 2, risks))  # all inventoried
    assert "count_mismatch" not in _codes_of(_counted(None, None, risks))


def test_count_mismatch_counts_sub_risks_folded_too() -> None:
    """This test ensures that labelled sub-risks ("a)", "b)") counted as one by the prose do
    not raise count_mismatch."""
    report = extracted("kfn2023_delar_labelled_subrisks")
    labelled = [r for r in report.risks if r.label]
    assert labelled, "the sample should have labelled sub-risks"
    folded = len({(r.process, r.context) if r.label else ("", r.seq) for r in report.risks})
    assert folded < len(report.risks)
    assert "count_mismatch" not in _codes_of(_counted(None, folded, report.risks))
    assert "count_mismatch" in _codes_of(_counted(None, folded - 1, report.risks))


def test_warnings_become_report_review_items() -> None:
    """This test ensures that unreadable pages, a missing risk table and other warnings are
    report review items with their own codes, and that no warning gives none."""
    base = _counted(None, None, extracted(BASE).risks)
    warned = dataclasses.replace(
        base, warnings=(f"{icp_extract.pipeline.UNREADABLE_PAGES}: 3", "something odd")
    )
    items = with_review(warned).review
    assert [(i.code, i.detail) for i in items] == [
        ("pages_unreadable", f"{icp_extract.pipeline.UNREADABLE_PAGES}: 3"),
        ("warning", "something odd"),
    ]
    empty = dataclasses.replace(base, risks=(), warnings=(icp_extract.pipeline.NO_RISK_TABLE,))
    assert _codes_of(empty) == ["no_risk_table"]
    assert _codes_of(base) == []


def test_warning_texts_are_the_pipelines() -> None:
    """This test ensures that the review stage recognises the warnings as the pipeline words
    them (it cannot import the pipeline, which calls it)."""
    assert report_rules.NO_RISK_TABLE == icp_extract.pipeline.NO_RISK_TABLE
    assert report_rules.UNREADABLE_PAGES == icp_extract.pipeline.UNREADABLE_PAGES
    assert report_rules.OCR_PAGES == icp_extract.pipeline.OCR_PAGES


def test_every_code_is_documented_in_the_readme() -> None:
    """This test ensures that the README's table lists every review code."""
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"| `{code}` |" in readme, code


# -- the contract and where it shows -------------------------------------------------------


def test_every_risk_and_report_carries_review() -> None:
    """This test ensures that the JSON has "review" on every risk ([] when nothing is
    doubtful) and at the top, and that review never changes a value."""
    report = extracted("ks2023_replica_ruled")
    data = report.to_dict()
    assert all(risk["review"] == [] for risk in data["risks"])
    assert [i["code"] for i in data["review"]] == ["count_mismatch"]
    again = with_review(report)
    assert again == report


def _doubtful() -> Report:
    report = extracted(BASE)
    risks = list(report.risks)
    risks[0] = dataclasses.replace(risks[0], risk_value=None, raw={**risks[0].raw,
                                   "risk_value": "3-4"})  # fmt: skip
    risks[1] = dataclasses.replace(risks[1], follows_plan=None, raw={**risks[1].raw,
                                   "follows_plan": "Kanske"})  # fmt: skip
    meta = dataclasses.replace(report.report, risks_inventoried=40, risks_critical=30)
    return with_review(dataclasses.replace(report, risks=tuple(risks), report=meta))


def test_extract_says_how_many_to_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test ensures that extract's line per file says how many risks to review and the
    report's own codes, and says nothing of review when there is nothing."""
    doubtful = _doubtful()
    monkeypatch.setattr(icp_extract.pipeline, "extract", lambda path, password=None: doubtful)
    pdf = SAMPLES / f"{BASE}.pdf"
    result = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path)])
    n = len(doubtful.risks)
    assert f": ok - {n} risks, 2 to review, report to review: count_mismatch -> " in result.stderr
    clean = dataclasses.replace(doubtful, risks=extracted(BASE).risks, review=())
    monkeypatch.setattr(icp_extract.pipeline, "extract", lambda path, password=None: clean)
    result = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path)])
    assert f": ok - {n} risks -> " in result.stderr


def test_batch_line_and_manifest_count_review() -> None:
    """This test ensures that a batch result's line and manifest row carry the number of
    risks to review and the report's codes, and read back from a manifest row."""
    result = FileResult("a.pdf", "0" * 64, Status.OK, pages=2, risks=8, review=2,
                        report_review="count_mismatch", output="a")  # fmt: skip
    assert result.line() == "a.pdf: ok - 8 risks, 2 to review, report to review: count_mismatch"
    row = result.to_row()
    assert row["review"] == 2 and row["report_review"] == "count_mismatch"
    back = FileResult.from_row({k: str(v) for k, v in row.items()})
    assert back.review == 2 and back.report_review == "count_mismatch"
    clean = dataclasses.replace(result, review=0, report_review="")
    assert clean.line() == "a.pdf: ok - 8 risks"


def test_batch_manifest_on_disk(tmp_path: Path) -> None:
    """This test ensures that a real batch run writes the review columns to its manifest."""
    out = tmp_path / "out"
    pdf = SAMPLES / "ks2023_replica_ruled.pdf"
    result = CliRunner().invoke(main, ["batch", str(pdf), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    row = manifest["files"][0]
    assert row["review"] == 0 and row["report_review"] == "count_mismatch"
    assert manifest["totals"]["review"] == 0
    assert (
        (out / "manifest.csv").read_text("utf-8").splitlines()[0].endswith(",review,report_review")
    )


def test_workbook_shows_review(tmp_path: Path) -> None:
    """This test ensures that the Risker sheet has a Granska column saying why, the flagged
    field's cell yellow with a comment and its value unchanged, unflagged rows plain, and the
    Rapporter sheet the report's own review."""
    report = _doubtful()
    path = tmp_path / "r.xlsx"
    write_xlsx(report, path)
    book = load_workbook(path)
    ws = book["Risker"]
    headers = [c.value for c in ws[1]]
    assert headers[-1] == "Granska"
    col = {h: n + 1 for n, h in enumerate(headers)}
    granska = ws.cell(row=2, column=col["Granska"])
    assert granska.value.startswith("value_unparsed (Riskvärde): printed '3-4'")
    assert granska.fill.fgColor.rgb == REVIEW_FILL.fgColor.rgb
    value = ws.cell(row=2, column=col["Riskvärde"])
    assert value.value is None and value.fill.fgColor.rgb == REVIEW_FILL.fgColor.rgb
    assert "value_unparsed" in value.comment.text
    plan = ws.cell(row=3, column=col["Följer plan"])
    assert plan.comment is not None and "follows_plan_unknown" in plan.comment.text
    assert ws.cell(row=4, column=col["Granska"]).value is None
    assert ws.cell(row=4, column=col["Riskvärde"]).comment is None
    rs = book["Rapporter"]
    row = dict(zip([c.value for c in rs[1]], [c.value for c in rs[2]], strict=True))
    assert row["Granska"].startswith("count_mismatch: ")


def test_review_survives_a_round_trip() -> None:
    """This test ensures that review items read back from a result file as written."""
    report = _doubtful()
    back = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert back.review == report.review and [r.review for r in back.risks] == [
        r.review for r in report.risks
    ]
    assert back.to_dict() == report.to_dict()
    assert isinstance(back.report, ReportMeta) and isinstance(back.columns[0], Column)


def test_a_scanned_report_and_its_records_are_flagged_for_ocr() -> None:
    """This test ensures that a report read from an OCR text layer says so (a warning naming
    the pages, the report-level code ocr_text_layer), that records on a scanned page carry
    ocr_text only where their text shows a misreading (here two of seven), while a
    born-digital report carries neither."""
    from pathlib import Path

    import icp_extract

    pending = Path(__file__).resolve().parents[1] / "samples" / "pending" / "scan1"
    scanned = icp_extract.extract(pending / "son2024_scan_process_span.pdf")
    assert "pages read from an OCR text layer: 1, 2" in scanned.warnings
    assert "ocr_text_layer" in [i.code for i in scanned.review]
    flagged = [r.seq for r in scanned.risks if any(i.code == "ocr_text" for i in r.review)]
    assert 0 < len(flagged) < len(scanned.risks)
    digital = icp_extract.extract(pending / "mtn2024_follows_plan_as_fill.pdf")
    assert not any(i.code.startswith("ocr") for r in digital.risks for i in r.review)
    assert not any(i.code.startswith("ocr") for i in digital.review)
