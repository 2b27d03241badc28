"""How the review flags do at first contact with the blind holdout sets.

For each set, the extractor as it was at the commit that added the set (``git archive``
into a temporary folder: no branch is touched) extracts the set's PDFs; today's review
stage then reviews those results, and each record is compared with the expected JSON. A
record is right when every field equals a not yet used record of the expected JSON; a
document missed a risk when it gave fewer records than expected. Prints the README's table.

    python benchmarks/review/first_contact.py            # from the repository root
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from icp_extract.model import Report
from icp_extract.review import with_review

ROOT = Path(__file__).resolve().parents[2]
#: Each set and the commit that added it (the extractor it first met).
ROUNDS = {
    "holdout13": "9952d93", "holdout14": "1ebfe8e", "holdout15": "e982368",
    "holdout16": "4f24d5c", "holdout17": "4b7e2f5", "holdout18": "b8c89e6",
    "holdout19": "1a8915a", "holdout20": "c038617", "holdout21": "9eaf9a8",
    "holdout22": "2d783e2",
    # Rounds 23 and 24, the producers real archives hold (samples/pending/): the code of the
    # session start for round 23, and as it stood when round 24's sets were committed.
    "pending/chromium1": "1556b3d", "pending/calc1": "1556b3d", "pending/word1": "1556b3d",
    "pending/scan1": "1556b3d", "pending/chromium2": "322f8fd", "pending/calc2": "322f8fd",
    "pending/word2": "322f8fd", "pending/scan2": "4bd0bc4",
    # Rounds 25 to 27: built after the review units of the second pass were written, so
    # they are held out from them.
    "pending/chromium3": "bad75ae", "pending/calc3": "bad75ae", "pending/word3": "bad75ae",
    "pending/scan3": "3b4cc79", "pending/chromium4": "6a562e6", "pending/word4": "6a562e6",
    "pending/calc4": "5b7a4b4", "pending/scan4": "ecf8651", "pending/chromium5": "cbc1ab5",
    "pending/word5": "8965448",
    # Round 28: built after the column-level units (commit 26a0c99), all held out.
    "pending/chromium6": "26a0c99", "pending/chromium7": "26a0c99", "pending/word6": "26a0c99",
    "pending/calc5": "26a0c99", "pending/scan5": "26a0c99",
    # Rounds 29 and 30: held out like round 28.
    "pending/chromium8": "d5269ee", "pending/calc6": "d5269ee", "pending/word7": "d5269ee",
    "pending/scan6": "d5269ee", "pending/chromium9": "737e1ef", "pending/calc7": "737e1ef",
    "pending/word8": "737e1ef",
}  # fmt: skip
#: Round 24, kept apart from the rounds the review units were tuned on (13-23).
ROUND_24 = frozenset({"pending/chromium2", "pending/calc2", "pending/word2", "pending/scan2"})
#: Round 28, built after the review's column-level units (which rounds 25-27 prompted).
ROUND_28 = frozenset({"pending/chromium6", "pending/chromium7", "pending/word6",
                      "pending/calc5", "pending/scan5"})  # fmt: skip
#: Rounds 29 and 30, built after round 28's review fixes.
ROUNDS_29_30 = frozenset({"pending/chromium8", "pending/calc6", "pending/word7", "pending/scan6",
                          "pending/chromium9", "pending/calc7", "pending/word8"})  # fmt: skip
#: Rounds 25 to 27, which no review unit of the second pass was written from.
HELD_OUT = frozenset({"pending/chromium3", "pending/calc3", "pending/word3", "pending/scan3",
                      "pending/chromium4", "pending/word4", "pending/calc4", "pending/scan4",
                      "pending/chromium5", "pending/word5"})  # fmt: skip
FIELDS = ("process", "context", "label", "risk", "risk_value", "probability", "consequence",
          "controls", "handling", "follows_plan", "comment", "extra", "pages")  # fmt: skip
RUN_OLD = """
import json, sys
from pathlib import Path
import icp_extract
for pdf in sys.argv[2:]:
    try:
        data = icp_extract.extract(pdf).to_dict()
    except Exception as exc:
        data = {"error": f"{type(exc).__name__}: {exc}"}
    (Path(sys.argv[1]) / (Path(pdf).stem + ".json")).write_text(json.dumps(data))
"""


def first_contact(name: str, commit: str, work: Path) -> Path:
    src, out = work / name / "src", work / name / "out"
    src.mkdir(parents=True)
    out.mkdir()
    archive = subprocess.run(["git", "archive", commit, "icp_extract"], cwd=ROOT,
                             check=True, capture_output=True).stdout  # fmt: skip
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    pdfs = sorted(
        str(p)
        for p in (ROOT / "samples" / name).glob("*.pdf")
        if p.with_name(p.stem + ".expected.json").is_file()
    )
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"}
    # Run from the temporary folder: "python -c" puts the working folder first on sys.path.
    subprocess.run([sys.executable, "-c", RUN_OLD, str(out), *pdfs], env=env, check=True,
                   capture_output=True, cwd=work)  # fmt: skip
    return out


def _nearest(got: dict, unused: list[dict]) -> tuple[dict | None, list[str]]:
    """The expected record sharing most fields with *got*, and the fields that differ."""
    if not unused:
        return None, ["(extra record)"]
    best = max(unused, key=lambda w: sum(got[f] == w[f] for f in FIELDS))
    return best, [f for f in FIELDS if got[f] != best[f]]


def score(name: str, out: Path, verbose: bool = False) -> dict[str, int]:
    t = dict.fromkeys(("wrong", "wrong_flagged", "right", "right_flagged", "missed",
                       "missed_flagged"), 0)  # fmt: skip
    for expected in sorted((ROOT / "samples" / name).glob("*.expected.json")):
        want = json.loads(expected.read_text(encoding="utf-8"))["risks"]
        data = json.loads((out / expected.name.replace(".expected", "")).read_text())
        if "error" in data:
            t["missed"] += 1
            t["missed_flagged"] += 1  # a failure is its own stderr line
            continue
        report = with_review(Report.from_dict(data))
        unused = list(want)
        for got, risk in zip(report.to_dict()["risks"], report.risks, strict=True):
            match = next((w for w in unused if all(got[f] == w[f] for f in FIELDS)), None)
            kind = "right" if match is not None else "wrong"
            if match is not None:
                unused.remove(match)
            t[kind] += 1
            t[f"{kind}_flagged"] += bool(risk.review)
            if verbose and (match is None) != bool(risk.review):
                _, diff = _nearest(got, unused) if match is None else (None, [])
                codes = ",".join(f.code for f in risk.review) or "-"
                label = "MISSED" if match is None else "FALSE"
                print(f"  {label} {expected.stem[:40]} #{got['seq']} differ={diff} flags={codes}")
        if len(report.risks) < len(want):
            t["missed"] += 1
            t["missed_flagged"] += bool(report.review)
    return t


def _group(name: str) -> str:
    if name in ROUNDS_29_30:
        return "rounds 29-30"
    if name in ROUND_28:
        return "round 28"
    if name in HELD_OUT:
        return "rounds 25-27"
    return "round 24" if name in ROUND_24 else "rounds 13-23"


def main() -> None:
    verbose = "-v" in sys.argv[1:]
    wanted = set(sys.argv[1:]) - {"-v"}  # set names to replay, e.g. pending/word4; all by default
    groups: dict[str, dict[str, int]] = {
        "rounds 13-23": {}, "round 24": {}, "rounds 25-27": {}, "round 28": {},
        "rounds 29-30": {},
    }  # fmt: skip
    print("| set | wrong records flagged | right records flagged | missed a risk, flagged |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in ROUNDS.items():
            if wanted and name not in wanted:
                continue
            t = score(name, first_contact(name, commit, Path(tmp)), verbose)
            total = groups[_group(name)]
            for k, v in t.items():
                total[k] = total.get(k, 0) + v
            print(
                f"| `{name}/` | {t['wrong_flagged']} of {t['wrong']} | "
                f"{t['right_flagged']} of {t['right']} | "
                f"{t['missed_flagged']} of {t['missed']} |"
            )
    for label, t in groups.items():
        if not t:
            continue
        print(
            f"| {label} | {t['wrong_flagged']} of {t['wrong']} | "
            f"{t['right_flagged']} of {t['right']} | {t['missed_flagged']} of {t['missed']} |"
        )


if __name__ == "__main__":
    main()
