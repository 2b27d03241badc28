"""Year against year: matching risks across reports and describing what changed."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SAMPLES, extracted

from icp_extract.cli import main
from icp_extract.compare import (
    compare,
    compare_pair,
    comparison_json,
    diff_risks,
    lemmas,
    similarity,
    word_diff,
)
from icp_extract.errors import IcpExtractError
from icp_extract.model import Report, Risk

YEARPAIR = SAMPLES / "yearpair"
EXPECTED = json.loads((YEARPAIR / "compare.expected.json").read_text(encoding="utf-8"))


def _expected_report(year: int) -> Report:
    return Report.from_json(YEARPAIR / f"sn{year}_yearpair.expected.json")


def test_year_pair_from_expected_extractions() -> None:
    """This test ensures that compare, given the year pair's expected extractions, finds
    exactly the differences the spec lists (compare.expected.json, written by hand)."""
    got = comparison_json(compare([_expected_report(2022), _expected_report(2023)]))
    assert got == EXPECTED


def test_year_pair_extracted_pdfs_match_their_expected_json() -> None:
    """This test ensures that the year-pair PDFs extract to their expected JSON, so the
    comparison below starts from the right risks."""
    for year in (2022, 2023):
        got = extracted(f"yearpair/sn{year}_yearpair").to_dict()
        want = json.loads((YEARPAIR / f"sn{year}_yearpair.expected.json").read_text("utf-8"))
        for g in got["risks"]:
            for key in ("raw", "provenance", "review"):
                g.pop(key)
        assert got["risks"] == want["risks"]
        assert got["report"] == want["report"]


def test_cli_compare_pdfs_reproduces_expected(tmp_path: Path) -> None:
    """This test ensures that `icp-extract compare A.pdf B.pdf -o DIR` writes compare.json
    equal to the hand-written expectation, and compare.xlsx beside it."""
    pdfs = [str(YEARPAIR / f"sn{y}_yearpair.pdf") for y in (2022, 2023)]
    result = CliRunner().invoke(main, ["compare", *pdfs, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "compare.json").read_text(encoding="utf-8")) == EXPECTED
    assert (tmp_path / "compare.xlsx").stat().st_size > 0
    assert "2 unchanged, 3 changed, 1 added, 1 removed" in result.stderr
    assert result.stdout == ""


def test_cli_compare_accepts_json_results(tmp_path: Path) -> None:
    """This test ensures that result JSON files (from `extract`) are inputs as good as PDFs,
    and may be mixed with them."""
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["extract", str(YEARPAIR / "sn2022_yearpair.pdf"), "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    args = [str(out / "sn2022_yearpair.json"), str(YEARPAIR / "sn2023_yearpair.pdf")]
    result = CliRunner().invoke(main, ["compare", *args, "-o", str(tmp_path / "cmp"), "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "cmp" / "compare.json").read_text("utf-8")) == EXPECTED


def test_three_inputs_give_one_object_per_consecutive_pair() -> None:
    """This test ensures that for more than two inputs compare.json is a list, one object
    per consecutive pair, and that going back a year swaps added and removed."""
    a, b = _expected_report(2022), _expected_report(2023)
    got = comparison_json(compare([a, b, a]))
    assert isinstance(got, list) and len(got) == 2
    assert got[0] == EXPECTED
    back = got[1]
    assert back["a"]["year"] == 2023 and back["b"]["year"] == 2022
    assert back["added"] == [{"b_seq": 3}] and back["removed"] == [{"a_seq": 4}]
    assert [(m["a_seq"], m["b_seq"]) for m in back["matched"]] == [
        (1, 1), (2, 2), (3, 4), (5, 5), (6, 6)
    ]  # fmt: skip
    assert back["matched"][1]["diff"]["risk_value"] == {"a": 12, "b": 9, "direction": "down"}


def test_same_report_twice_is_all_unchanged() -> None:
    """This test ensures that a report compared with itself has every risk unchanged."""
    for name in ("ks2023_replica_ruled", "kfn2023_delar_labelled_subrisks"):
        report = extracted(name)
        c = compare_pair(report, report)
        assert [(m.a_seq, m.b_seq, m.changed) for m in c.matched] == [
            (r.seq, r.seq, ()) for r in report.risks
        ]
        assert c.added == () and c.removed == ()


def test_reports_with_nothing_in_common() -> None:
    """This test ensures that risks of unrelated reports are not forced into pairs."""
    c = compare_pair(_expected_report(2022), extracted("ks2023_replica_ruled"))
    assert c.matched == ()
    assert len(c.removed) == 6 and len(c.added) == len(extracted("ks2023_replica_ruled").risks)


def _risk(**kw) -> Risk:
    base = {name: None for name in (
        "process", "context", "label", "risk", "risk_value", "probability", "consequence",
        "controls", "handling", "follows_plan", "comment",
    )}  # fmt: skip
    base.update(seq=1)
    base.update(kw)
    return Risk(**base)


def test_seq_pages_raw_and_provenance_never_count_as_changes() -> None:
    """This test ensures that where a risk stands (seq, pages, boxes, printed lines) is not
    a change; only what it says is."""
    a = _risk(seq=3, process="Ekonomi", risk="Risk för fel", pages=(2,), raw={"risk": "x"})
    b = dataclasses.replace(a, seq=7, pages=(4, 5), raw={"risk": "Risk för\nfel"})
    assert diff_risks(a, b).changed == ()


def test_changed_fields_are_listed_in_contract_order_with_their_diffs() -> None:
    """This test ensures that each changed field is named, in contract order, with its
    before and after, a direction for numbers and a word diff for texts."""
    a = _risk(risk="Risk för fel", risk_value=9, probability=3, follows_plan="Ja",
              extra={"Ansvarig": "Chef"})  # fmt: skip
    b = dataclasses.replace(a, risk="Risk för stora fel", risk_value=6, probability=None,
                            follows_plan="Nej", extra={"Ansvarig": "Kansli"})  # fmt: skip
    m = diff_risks(a, b)
    assert m.changed == ("risk", "risk_value", "probability", "follows_plan", "extra")
    assert m.diff["risk_value"] == {"a": 9, "b": 6, "direction": "down"}
    assert m.diff["probability"] == {"a": 3, "b": None, "direction": None}
    assert m.diff["follows_plan"] == {"a": "Ja", "b": "Nej"}
    assert m.diff["risk"]["words"] == [["=", "Risk för"], ["+", "stora"], ["=", "fel"]]
    assert m.diff["extra"] == {"a": {"Ansvarig": "Chef"}, "b": {"Ansvarig": "Kansli"}}


WORD_DIFFS = [
    ("a b c", "a b c", [["=", "a b c"]]),
    ("a b c", "a x c", [["=", "a"], ["-", "b"], ["+", "x"], ["=", "c"]]),
    ("a b", "a b c d", [["=", "a b"], ["+", "c d"]]),
    ("a b c", "b c", [["-", "a"], ["=", "b c"]]),
    (None, "ny text", [["+", "ny text"]]),
    ("gammal text", None, [["-", "gammal text"]]),
    ("dagar.", "dagar", [["-", "dagar."], ["+", "dagar"]]),
]


@pytest.mark.parametrize(("a", "b", "want"), WORD_DIFFS)
def test_word_diff(a, b, want) -> None:
    """This test ensures that the word diff is runs of kept, removed and added words, with
    punctuation part of its word."""
    assert word_diff(a, b) == want


def test_lemmas_make_inflections_equal() -> None:
    """This test ensures that inflected forms and hyphenated compounds compare as the same
    words (spaCy's Swedish lemmas)."""
    assert lemmas("anmälningar dagar") == lemmas("anmälning dag")
    assert lemmas("Kompetens-försörjning") == lemmas("kompetensförsörjning")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Risk att förhandsbedömning inte görs inom 14 dagar efter att en anmälan har "
            "inkommit, vilket strider mot socialtjänstlagen.",
            "Risk att förhandsbedömningar inte görs inom 14 dagar efter att anmälningar har "
            "inkommit, vilket strider mot socialtjänstlagen.",
            True,
        ),
        (
            "Risk att inte behålla kompetens och vara en attraktiv arbetsgivare.",
            "Risk att inte kunna behålla kompetens och vara en attraktiv arbetsgivare.",
            True,
        ),
        (
            "Risk att allmänna handlingar inte diarieförs.",
            "Risk att beviljade insatser inte utförs enligt beslut.",
            False,
        ),
    ],
)
def test_reworded_risks_still_match(a: str, b: str, same: bool) -> None:
    """This test ensures that rewording (inflection, a word added) keeps two risks matched,
    and that two different risks of the same shape ("Risk att ... inte ...") stay apart."""
    ra, rb = _risk(process="Verksamhet", risk=a), _risk(process="Verksamhet", risk=b)
    report_a = Report(source=_source("a"), report=_meta(), columns=(), risks=(ra,))
    report_b = Report(source=_source("b"), report=_meta(), columns=(), risks=(rb,))
    assert bool(compare_pair(report_a, report_b).matched) is same, similarity(lemmas(a), lemmas(b))


def _source(name: str):
    from icp_extract.model import Source

    return Source(file=f"{name}.pdf", sha256="0" * 64, pages=1)


def _meta():
    from icp_extract.model import ReportMeta

    return ReportMeta(organ="Socialnämnden", year=2023)


def test_compare_needs_two_reports() -> None:
    """This test ensures that the library refuses a comparison of one report with our error."""
    with pytest.raises(IcpExtractError):
        compare([_expected_report(2022)])


def test_cli_one_input_is_a_usage_error(tmp_path: Path) -> None:
    """This test ensures that `compare` with one input exits 2 (usage)."""
    result = CliRunner().invoke(main, ["compare", str(YEARPAIR / "sn2022_yearpair.pdf")])
    assert result.exit_code == 2


@pytest.mark.parametrize("case", ["missing", "not_result", "not_pdf"])
def test_cli_bad_input_is_one_line_exit_one(tmp_path: Path, case: str) -> None:
    """This test ensures that a bad input gives one line on stderr naming it and its reason,
    exit status 1, and no compare.json."""
    bad = tmp_path / {"missing": "nope.json", "not_result": "x.json", "not_pdf": "x.pdf"}[case]
    if case == "not_result":
        bad.write_text('{"hello": 1}', encoding="utf-8")
    if case == "not_pdf":
        bad.write_text("Hej", encoding="utf-8")
    good = tmp_path / "a.pdf"
    shutil.copy(YEARPAIR / "sn2022_yearpair.pdf", good)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["compare", str(good), str(bad), "-o", str(out)])
    assert result.exit_code == 1
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"{bad}: ")
    assert "Traceback" not in result.output
    assert not (out / "compare.json").exists()


def test_cli_warns_when_bodies_differ(tmp_path: Path) -> None:
    """This test ensures that comparing two different nämnder works but says so."""
    args = [str(YEARPAIR / "sn2022_yearpair.expected.json"),
            str(SAMPLES / "ks2023_replica_ruled.expected.json")]  # fmt: skip
    result = CliRunner().invoke(main, ["compare", *args, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "different bodies" in result.stderr


def test_cli_puts_inputs_in_year_order_and_says_so(tmp_path: Path) -> None:
    """This test ensures that `compare LATER EARLIER` compares earliest first (so "up" and
    "added" are not inverted), says so on stderr, and gives what the right order gives."""
    later, earlier = (str(YEARPAIR / f"sn{y}_yearpair.expected.json") for y in (2023, 2022))
    result = CliRunner().invoke(main, ["compare", later, earlier, "-o", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert f"warning: inputs compared in year order: 2022 ({earlier}), 2023 ({later})" in (
        result.stderr
    )
    right = CliRunner().invoke(main, ["compare", earlier, later, "-o", str(tmp_path / "o")])
    assert "year order" not in right.stderr
    got = json.loads((tmp_path / "r" / "compare.json").read_text(encoding="utf-8"))
    want = json.loads((tmp_path / "o" / "compare.json").read_text(encoding="utf-8"))
    assert got == want and got["a"]["year"] == 2022


def test_cli_warns_when_order_unknowable(tmp_path: Path) -> None:
    """This test ensures that when one input states no year and the others are out of order,
    the order given is kept and a warning says why."""
    later = _expected_report(2023)
    later_path = tmp_path / "later.json"
    later_path.write_text(json.dumps(later.to_dict()), encoding="utf-8")
    undated = dataclasses.replace(
        _expected_report(2022), report=dataclasses.replace(later.report, year=None)
    )
    earlier = _expected_report(2022)
    paths = []
    for name, report in (("x.json", undated), ("e.json", earlier)):
        paths.append(tmp_path / name)
        paths[-1].write_text(json.dumps(report.to_dict()), encoding="utf-8")
    args = ["compare", str(later_path), str(paths[0]), str(paths[1]), "-o", str(tmp_path / "o")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert f"{paths[0]} states no year; compared in the order given" in result.stderr


def test_cli_compare_uses_the_errors_exit_code(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """This test ensures that `compare` exits with the exit code its error carries (the CLI's
    one error edge), not a fixed 1."""
    import icp_extract.compare

    class Odd(IcpExtractError):
        reason = "odd"
        exit_code = 3  # type: ignore[assignment]

    def broken(reports):  # type: ignore[no-untyped-def]
        raise Odd("went odd")

    monkeypatch.setattr(icp_extract.compare, "compare", broken)
    args = [str(YEARPAIR / f"sn{y}_yearpair.expected.json") for y in (2022, 2023)]
    result = CliRunner().invoke(main, ["compare", *args, "-o", str(tmp_path)])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [f"{tmp_path}: odd - went odd"]
