"""The JSON Schema of the result files, and reading result files back (for pandas users)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import SAMPLES, extracted, sample_names

from icp_extract.cli import main
from icp_extract.errors import IcpExtractError
from icp_extract.lang.sv.headers import FIELDS
from icp_extract.model import Report
from icp_extract.schema import result_schema, schema_text

ALL_SAMPLES = sample_names()  # every sample below samples/, the year pair included


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = result_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator: jsonschema.Draft202012Validator, data: dict) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_every_sample_output_validates(validator, name: str) -> None:
    """This test ensures that what extract returns for every sample fulfils the schema."""
    assert _errors(validator, extracted(name).to_dict()) == []


def test_written_json_validates(validator, tmp_path: Path) -> None:
    """This test ensures that the file the CLI writes (not only the dict) fulfils the schema."""
    pdf = SAMPLES / "ks2023_replica_ruled.pdf"  # any sample will do; a short one is quick
    result = CliRunner().invoke(main, ["extract", str(pdf), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / f"{pdf.stem}.json").read_text(encoding="utf-8"))
    assert _errors(validator, data) == []


def test_schema_command_prints_the_packaged_file() -> None:
    """This test ensures that `icp-extract schema` prints the schema shipped in the package,
    on stdout, and nothing else."""
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert json.loads(result.stdout) == result_schema()
    assert result_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_names_every_field_of_the_model() -> None:
    """This test ensures that the schema and the data model cannot drift apart: the required
    keys are exactly the keys to_dict() writes, and a column maps to exactly the fields the
    header synonyms know."""
    schema = result_schema()
    report = extracted(sample_names()[0])
    data = report.to_dict()
    # "review" came after version 1 was published: written always, required never, so
    # results of earlier versions stay valid (an additive change keeps schema_version "1").
    assert set(schema["required"]) | {"review"} == set(data) == set(schema["properties"])
    risk = schema["$defs"]["risk"]
    assert set(risk["required"]) | {"review"} == set(data["risks"][0]) == set(risk["properties"])
    assert set(schema["properties"]["report"]["required"]) == set(data["report"])
    assert set(schema["properties"]["source"]["required"]) == set(data["source"])
    enum = schema["properties"]["columns"]["items"]["properties"]["field"]["oneOf"][1]["enum"]
    assert set(enum) == set(FIELDS)


def _valid() -> dict:
    return copy.deepcopy(extracted("yearpair/sn2022_yearpair").to_dict())


BROKEN = [
    ("unknown top-level key", lambda d: d.update(extra_key=1)),
    ("wrong schema version", lambda d: d.update(schema_version="2")),
    ("short sha256", lambda d: d["source"].update(sha256="abc")),
    ("unknown risk key", lambda d: d["risks"][0].update(score=3)),
    ("seq 0", lambda d: d["risks"][0].update(seq=0)),
    ("risk value as text", lambda d: d["risks"][0].update(risk_value="12")),
    ("empty string for no value", lambda d: d["risks"][0].update(comment="")),
    ("bbox of 3 numbers", lambda d: d["risks"][0]["provenance"]["risk"][0].update(bbox=[1, 2, 3])),
    ("page 0", lambda d: d["risks"][0]["provenance"]["risk"][0].update(page=0)),
    ("field without boxes", lambda d: d["risks"][0]["provenance"].update(risk=[])),
    ("unknown column field", lambda d: d["columns"][0].update(field="owner")),
    ("missing warnings", lambda d: d.pop("warnings")),
    (
        "unknown review code",
        lambda d: d["review"].append({"code": "x", "field": None, "detail": "y"}),
    ),
    (
        "risk code on the report",
        lambda d: d["review"].append({"code": "no_risk_text", "field": None, "detail": "y"}),
    ),
    (
        "review item without detail",
        lambda d: d["risks"][0]["review"].append({"code": "no_risk_text", "field": "risk"}),
    ),
]


@pytest.mark.parametrize(("what", "breaks"), BROKEN, ids=[b[0] for b in BROKEN])
def test_schema_rejects(validator, what: str, breaks) -> None:
    """This test ensures that the schema is strict where a consumer relies on it."""
    data = _valid()
    breaks(data)
    assert _errors(validator, data), what


def test_schema_allows_extra_columns_by_header(validator) -> None:
    """This test ensures that extra columns (any header) are allowed in extra, raw and
    provenance, which is where a report's own columns go."""
    data = _valid()
    risk = data["risks"][0]
    risk["extra"]["Ansvarig"] = "Enhetschef"
    risk["raw"]["Ansvarig"] = "Enhets-\nchef"
    risk["provenance"]["Ansvarig"] = [{"page": 1, "bbox": [1.0, 2.0, 3.0, 4.0]}]
    assert _errors(validator, data) == []


# -- reading results back ------------------------------------------------------------------


def test_from_dict_round_trip() -> None:
    """This test ensures that a result read back from its JSON equals the original, so a
    saved result is as good as a fresh extraction."""
    for name in ("yearpair/sn2023_yearpair", "kfn2023_delar_labelled_subrisks"):
        data = extracted(name).to_dict()
        assert Report.from_dict(json.loads(json.dumps(data))).to_dict() == data


def test_from_json_and_to_dataframe(tmp_path: Path) -> None:
    """This test ensures that pandas users can read result files: Report.from_json, then
    to_dataframe gives one row per risk with numbers as numbers."""
    report = extracted("yearpair/sn2023_yearpair")
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report.to_dict(), ensure_ascii=False), encoding="utf-8")
    frame = Report.from_json(path).to_dataframe()
    assert len(frame) == len(report.risks)
    assert list(frame["risk_value"]) == [r.risk_value for r in report.risks]
    assert str(frame["risk_value"].dtype) == "Int64"
    assert frame.loc[0, "risk"] == report.risks[0].risk


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"a": 1}', "not an icp-extract result"),
        ('{"schema_version": "9", "source": {}, "risks": []}', "schema version"),
        ('{"schema_version": "1", "source": {"file": "x.pdf"}, "risks": []}', "malformed"),
    ],
)
def test_from_json_bad_files_raise_our_error(tmp_path: Path, content: str, message: str) -> None:
    """This test ensures that a file that is not a result raises IcpExtractError with a
    message saying what is wrong, never a KeyError or JSONDecodeError."""
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IcpExtractError, match=message):
        Report.from_json(path)


def test_schema_lists_every_review_code() -> None:
    """This test ensures that the schema's review codes are exactly the review stage's, for
    risks and for reports."""
    from icp_extract.review import REPORT_CODES, RISK_CODES

    schema = result_schema()
    risk = schema["$defs"]["risk"]["properties"]["review"]["items"]["properties"]["code"]["enum"]
    report = schema["properties"]["review"]["items"]["properties"]["code"]["enum"]
    assert risk == list(RISK_CODES) and report == list(REPORT_CODES)


def test_results_without_review_still_read_and_validate(validator) -> None:
    """This test ensures that a result written before review existed is still a valid result
    of schema version 1, and reads back with empty review lists."""
    data = _valid()
    data.pop("review")
    for risk in data["risks"]:
        risk.pop("review")
    assert _errors(validator, data) == []
    report = Report.from_dict(data)
    assert report.review == () and all(r.review == () for r in report.risks)
