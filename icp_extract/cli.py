"""The command line: the one place where errors become a stderr line and an exit code.

stdout carries data or nothing; messages go to stderr. Exit status: 0 when every input
succeeded (a report without a risk table is a success with a warning), 1 when any input
failed, 2 for usage errors.
"""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

import click

from icp_extract.errors import (
    ExitCode,
    IcpExtractError,
    InternalError,
    NoRiskTableError,
    NotFoundError,
)
from icp_extract.export.results import ResultNames, write_formats
from icp_extract.model import Report

DEFAULT_OUTPUT = Path("output")


def _expand(inputs: Iterable[str]) -> list[Path]:
    """Files as given; folders give their PDFs (recursively), in name order."""
    out: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf"))
        else:
            out.append(path)
    return out


def _say(line: str) -> None:
    click.echo(line, err=True)


def _logging(verbose: bool) -> None:
    """Log to stderr: detail with ``-v``; otherwise warnings, but none of pdfminer's, whose
    many lines about a damaged file would bury the one line per file the interface promises
    (the file's own line says what is wrong)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr)
    if not verbose:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _fail(name: str, exc: BaseException, verbose: bool) -> ExitCode:
    """The one place where an error becomes a line on stderr and an exit code.

    ``name`` is what failed (a file, the output folder). An error of the library says its
    reason code, what happened and what to do; anything else is a bug, reported as
    ``internal_error`` the same way. The traceback follows only with ``-v``."""
    err = exc if isinstance(exc, IcpExtractError) else InternalError(f"{type(exc).__name__}: {exc}")
    _say(err.line(name))
    if verbose:
        traceback.print_exc()
    return err.exit_code


FORMATS = ("json", "csv", "xlsx")
DEFAULT_FORMATS = ("json", "csv")


def _parse_formats(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    """``--format json,xlsx`` or ``--format json --format xlsx``; none given: the default."""
    chosen: list[str] = []
    for item in value:
        for name in item.split(","):
            name = name.strip().lower()
            if name not in FORMATS:
                raise click.BadParameter(f"{name!r} is not one of {', '.join(FORMATS)}")
            if name not in chosen:
                chosen.append(name)
    return tuple(chosen) or DEFAULT_FORMATS


def _format_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--format", "formats", multiple=True, callback=_parse_formats, metavar="json,csv,xlsx",
        help="Output formats, comma-separated or repeated.  [default: json,csv]",
    )(f)  # fmt: skip


def _excel_sv_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--excel-sv", is_flag=True,
        help="CSV for Swedish Excel: semicolons, UTF-8 BOM, Swedish headers, pages as \"2, 3\".",
    )(f)  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="icp-extract")
def main() -> None:
    """Turn Swedish internal-control follow-up reports (PDF) into structured risk records."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option(
    "-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_OUTPUT, show_default=True, help="Folder for the JSON and CSV results.",
)  # fmt: skip
@click.option("--password", default=None, help="Password for encrypted PDFs.")
@_format_option
@_excel_sv_option
@click.option("-v", "--verbose", is_flag=True, help="Log detail, and tracebacks of failures.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but failures.")
def extract(
    inputs: tuple[str, ...],
    out_dir: Path,
    password: str | None,
    formats: tuple[str, ...],
    excel_sv: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Extract the risks of each report PDF into OUTPUT/<name>.json and OUTPUT/<name>.csv.

    --format picks the files (json, csv, xlsx); xlsx is a workbook with a "Risker" sheet
    (Swedish headers, one row per risk) and a "Rapporter" sheet (the report's metadata).
    INPUTS are PDF files or folders of PDFs. A file that fails gets one line on stderr
    (file, reason code, what to do) and no output; the others are still processed. No result
    overwrites another report's: a name already used by another PDF (in this run, or by
    results in OUTPUT) gets the first 8 hex digits of the PDF's sha256 as a suffix.
    """
    from icp_extract.pipeline import NO_RISK_TABLE
    from icp_extract.pipeline import extract as run
    from icp_extract.review import review_codes, review_note

    _logging(verbose)
    files = _expand(inputs)
    if not files:
        raise click.UsageError("no PDF files found in the given inputs")
    names = ResultNames(out_dir, formats)
    failed = 0
    for path in files:
        try:
            if not path.is_file():
                raise NotFoundError("no such file")
            report = run(path, password=password)
            stem, why = names.name(path, report.source.sha256)
            written = write_formats(report, out_dir, stem, formats, excel_sv=excel_sv)
        except Exception as exc:  # noqa: BLE001 - one bad file (or a bug) must not stop the run
            failed += _fail(str(path), exc, verbose) != ExitCode.OK
            continue
        where = f" -> {written[-1]}" + (f" ({why})" if why else "")
        if NO_RISK_TABLE in report.warnings:
            _say(NoRiskTableError("no risk table found; wrote an empty result").line(str(path)))
            if why and not quiet:
                _say(f"{path}: written{where}")
        elif not quiet or why:
            note = review_note(report.flagged, review_codes(report.review))
            _say(f"{path}: ok - {len(report.risks)} risks{note}{where}")
    sys.exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


# -- batch ----------------------------------------------------------------------------------
# Options a command shares are decorators, so they read the same in every command.
INTERRUPTED = ExitCode.INTERRUPTED


def _output_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path),
        default=DEFAULT_OUTPUT, show_default=True, help="Folder for the results.",
    )(f)  # fmt: skip


def _password_option(f):  # type: ignore[no-untyped-def]
    return click.option("--password", default=None, help="Password for encrypted PDFs.")(f)


def _verbosity_options(f):  # type: ignore[no-untyped-def]
    f = click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")(f)
    return click.option(
        "-v", "--verbose", is_flag=True, help="Log detail, and tracebacks of failures."
    )(f)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@_output_option
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None,
    help="Worker processes.  [default: all cores]",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=600.0, show_default=True,
    help="Seconds one file may take before its worker is stopped; 0 for no limit.",
)  # fmt: skip
@_password_option
@click.option(
    "--resume", is_flag=True, help="Keep the finished results in OUTPUT; process only the rest."
)
@click.option("--abort-on-error", is_flag=True, help="Stop at the first file that fails.")
@click.option(
    "--format", "formats", multiple=True, callback=_parse_formats, metavar="json,csv,xlsx",
    help="With xlsx, also one workbook of every report: OUTPUT/risks.xlsx. Per report, JSON "
    "and CSV are always written (resume needs the JSON).",
)  # fmt: skip
@_excel_sv_option
@_verbosity_options
def batch(
    inputs: tuple[str, ...],
    out_dir: Path,
    jobs: int | None,
    timeout: float,
    password: str | None,
    resume: bool,
    abort_on_error: bool,
    formats: tuple[str, ...],
    excel_sv: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Extract many reports in parallel into one folder, with a manifest and one risk table.

    INPUTS are PDF files, folders (searched recursively) or globs. OUTPUT gets
    <name>.json and <name>.csv per report, manifest.csv/manifest.json (per input: path,
    sha256, pages, status, reason, message, risks, seconds, output) and risks.csv/risks.parquet
    (every risk with its source file, organ and year). A file that fails gets one line on
    stderr (file, reason code, what to do) and the run goes on. Exit status 1 if any input
    failed, 130 if interrupted (rerun with --resume to carry on).
    """
    from icp_extract.batch import expand_inputs, run_batch
    from icp_extract.batch.progress import for_stderr

    _logging(verbose)
    expansion = expand_inputs(inputs)
    if expansion.unmatched:
        raise click.UsageError("no PDF files found in: " + ", ".join(expansion.unmatched))
    bar = for_stderr(quiet)

    def on_result(result):  # type: ignore[no-untyped-def]
        if result.resumed:
            return
        if result.failed or result.reason or verbose:
            bar.echo(result.line())
        if verbose and result.detail:
            bar.echo(result.detail.rstrip())

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        outcome = run_batch(
            expansion.files, out_dir, jobs=jobs, timeout=timeout, password=password,
            excel_sv=excel_sv, resume=resume, abort_on_error=abort_on_error, progress=bar,
            on_result=on_result, log_level=logging.DEBUG if verbose else logging.WARNING,
        )  # fmt: skip
    except KeyboardInterrupt:
        _say("interrupted; rerun with --resume to carry on")
        sys.exit(INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - the output folder cannot be written, or a bug
        sys.exit(_fail(str(out_dir), exc, verbose))
    finally:
        signal.signal(signal.SIGTERM, previous)
    if "xlsx" in formats:
        _batch_workbook(outcome.results, out_dir)
    if not quiet:
        _say(outcome.summary())
    if outcome.interrupted:
        _say(f"interrupted: {len(outcome.results)} of {outcome.inputs} files finished; "
             "rerun with --resume to carry on")  # fmt: skip
        sys.exit(INTERRUPTED)
    if outcome.aborted:
        _say("stopped at the first failure (--abort-on-error)")
    sys.exit(ExitCode.INPUT_FAILED if outcome.failed else ExitCode.OK)


def _batch_workbook(results, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """OUTPUT/risks.xlsx: the Risker and Rapporter sheets over every finished report."""
    from icp_extract.export.xlsx import write_xlsx

    reports = []
    for result in results:
        path = out_dir / f"{result.output}.json"
        if result.finished and result.output and path.is_file():
            try:
                reports.append(Report.from_json(path))
            except IcpExtractError as exc:
                _fail(str(path), exc, False)
    try:
        write_xlsx(reports, out_dir / "risks.xlsx")
    except IcpExtractError as exc:
        _fail(str(out_dir / "risks.xlsx"), exc, False)


# -- compare, inspect, schema ----------------------------------------------------------------


def _load_report(path: Path, password: str | None) -> Report:
    """An input given as a result JSON (from ``extract``) or as the report PDF itself."""
    if not path.is_file():
        raise NotFoundError("no such file")
    if path.suffix.lower() == ".json":
        return Report.from_json(path)
    from icp_extract.pipeline import extract as run

    return run(path, password=password)


def _warn_order(given: list[Report], ordered: list[Report], inputs: tuple[Path, ...]) -> None:
    """Say when the inputs are compared in another order than given, or cannot be put in
    year order although the years they state are out of order: "up" and "down", "added"
    and "removed" read from the earlier report to the later."""
    path_of = {id(r): p for r, p in zip(given, inputs, strict=True)}
    years = [r.report.year for r in given]
    if [id(r) for r in ordered] != [id(r) for r in given]:
        shown = ", ".join(f"{r.report.year} ({path_of[id(r)]})" for r in ordered)
        _say(f"warning: inputs compared in year order: {shown}")
    else:
        known = [y for y in years if y is not None]
        if known != sorted(known):
            missing = [str(p) for r, p in zip(given, inputs, strict=True) if r.report.year is None]
            _say("warning: the inputs are not in year order, and " + ", ".join(missing)
                 + " states no year; compared in the order given")  # fmt: skip


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@_output_option
@_password_option
@_verbosity_options
def compare(
    inputs: tuple[Path, ...], out_dir: Path, password: str | None, verbose: bool, quiet: bool
) -> None:
    """Compare a nämnd's risks across years: A B [C ...], put in year order.

    INPUTS are result JSON files written by `extract`, or the report PDFs; they are compared
    earliest year first whatever their order (a warning says so when it differs, and when a
    report states no year the order given is kept). Risks are matched
    on process and risk text (fuzzily, on Swedish lemmas, so reworded risks still match) and
    each is reported as unchanged, changed (which fields; risk value up or down; a word-level
    diff of texts), added or removed. Writes OUTPUT/compare.json (one object for two inputs,
    a list with one per consecutive pair for more) and OUTPUT/compare.xlsx (one block of
    columns per year, changes highlighted, a summary sheet with the counts).
    """
    from icp_extract.compare import by_year
    from icp_extract.compare import compare as run_compare
    from icp_extract.export.comparison import write_comparison

    _logging(verbose)
    if len(inputs) < 2:
        raise click.UsageError("compare needs at least two inputs: A B [C ...]")
    given: list[Report] = []
    for path in inputs:
        try:
            given.append(_load_report(path, password))
        except Exception as exc:  # noqa: BLE001 - a bad input (or a bug) gets one line
            sys.exit(_fail(str(path), exc, verbose))
    reports = by_year(given)
    _warn_order(given, reports, inputs)
    organs = sorted({r.report.organ for r in reports if r.report.organ})
    if len(organs) > 1:
        _say("warning: the inputs are reports of different bodies (" + ", ".join(organs) + ")")
    try:
        comparisons = run_compare(reports)
        write_comparison(reports, comparisons, out_dir)
    except Exception as exc:  # noqa: BLE001
        sys.exit(_fail(str(out_dir), exc, verbose))
    if not quiet:
        for c in comparisons:
            changed = sum(1 for m in c.matched if m.changed)
            _say(
                f"{c.a.file} -> {c.b.file}: {len(c.matched) - changed} unchanged, "
                f"{changed} changed, {len(c.added)} added, {len(c.removed)} removed"
            )
        _say(f"wrote {out_dir / 'compare.json'} and {out_dir / 'compare.xlsx'}")
    sys.exit(ExitCode.OK)


def _parse_pages(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[int, int | None] | None:
    """``N`` or ``N..M``, both ends included; ``N..`` runs to the last page, ``..M`` from 1."""
    if value is None:
        return None
    first, sep, last = value.strip().partition("..")
    try:
        start = int(first) if first.strip() else 1
        end = int(last) if last.strip() else (None if sep else start)
    except ValueError:
        raise click.BadParameter(f"{value!r}: give a page (3) or a range (2..4)") from None
    if start < 1 or (end is not None and end < start):
        raise click.BadParameter(f"{value!r}: pages count from 1 and the range must not be empty")
    return start, end


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--pages", callback=_parse_pages, metavar="N..M",
              help="Only these pages, e.g. 2..4 or 3.  [default: all]")  # fmt: skip
@click.option("--scale", type=click.FloatRange(0.5, 6.0), default=2.0, show_default=True,
              help="Image pixels per PDF point (2 = 144 dpi).")  # fmt: skip
@click.option("--debug", is_flag=True,
              help="Also draw what the table finder saw and why candidates lost.")  # fmt: skip
@_output_option
@_password_option
@_verbosity_options
def inspect(
    pdf: Path,
    pages: tuple[int, int | None] | None,
    scale: float,
    debug: bool,
    out_dir: Path,
    password: str | None,
    verbose: bool,
    quiet: bool,
) -> None:
    """Draw what the extraction found on the pages of PDF, for checking it at a glance.

    Writes OUTPUT/<name>-page<N>.png (the table, its columns, each risk's row and each
    field's cell outlined and labelled with seq and field), OUTPUT/<name>.html (each risk's
    values beside the image of its row), the row images in OUTPUT/<name>-rows/ and
    OUTPUT/<name>-inspect.json (every box in points and pixels). With --debug, also
    OUTPUT/<name>-debug-page<N>.png and OUTPUT/<name>-debug.html: candidate tables, header
    bands, gutters and rules, and every accepted or rejected candidate with its reason.
    """
    from icp_extract.inspect import inspect as run_inspect

    _logging(verbose)
    try:
        if not pdf.is_file():
            raise NotFoundError("no such file")
        result = run_inspect(pdf, out_dir, pages=pages, password=password, scale=scale)
        if debug:
            from icp_extract.inspect_debug import debug as run_debug

            run_debug(pdf, out_dir, pages=pages, password=password, scale=scale)
    except Exception as exc:  # noqa: BLE001 - a bad input (or a bug) gets one line
        sys.exit(_fail(str(pdf), exc, verbose))
    if not quiet:
        _say(f"{pdf}: {len(result.pages)} pages, {len(result.report.risks)} risks -> {result.html}")
    sys.exit(ExitCode.OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the result files (<name>.json) on stdout."""
    from icp_extract.schema import schema_text

    click.echo(schema_text(), nl=False)


if __name__ == "__main__":  # pragma: no cover
    main()
