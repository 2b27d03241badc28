"""The command line: the one place where errors become a stderr line and an exit code.

stdout carries data or nothing; messages go to stderr. Exit status: 0 when every input
succeeded (a report without a risk table is a success with a warning), 1 when any input
failed, 2 for usage errors.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path

import click

from icp_extract.errors import ExitCode, IcpExtractError, NoRiskTableError

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
@click.option("--excel-sv", is_flag=True, help="CSV for Swedish Excel: semicolons, UTF-8 BOM.")
@click.option("-v", "--verbose", is_flag=True, help="Log detail, and tracebacks of failures.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but failures.")
def extract(
    inputs: tuple[str, ...],
    out_dir: Path,
    password: str | None,
    excel_sv: bool,
    verbose: bool,
    quiet: bool,
) -> None:
    """Extract the risks of each report PDF into OUTPUT/<name>.json and OUTPUT/<name>.csv.

    INPUTS are PDF files or folders of PDFs. A file that fails gets one line on stderr
    (file, reason code, what to do) and no output; the others are still processed.
    """
    from icp_extract.export import write_outputs
    from icp_extract.pipeline import NO_RISK_TABLE
    from icp_extract.pipeline import extract as run

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, stream=sys.stderr)
    files = _expand(inputs)
    if not files:
        raise click.UsageError("no PDF files found in the given inputs")
    failed = 0
    for path in files:
        try:
            if not path.is_file():
                raise IcpExtractError("no such file", advice="check the path")
            report = run(path, password=password)
            write_outputs(report, out_dir, path.stem, excel_sv=excel_sv)
        except IcpExtractError as exc:
            failed += 1
            _say(exc.line(str(path)))
            if verbose:
                traceback.print_exc()
            continue
        except Exception as exc:  # noqa: BLE001 - a bug must not stop the batch
            failed += 1
            _say(
                f"{path}: internal_error - {type(exc).__name__}: {exc} - "
                "please report this with the file; rerun with -v for the traceback"
            )
            if verbose:
                traceback.print_exc()
            continue
        if NO_RISK_TABLE in report.warnings:
            _say(NoRiskTableError("no risk table found; wrote an empty result").line(str(path)))
        elif not quiet:
            _say(f"{path}: ok - {len(report.risks)} risks -> {out_dir / path.stem}.json")
    sys.exit(ExitCode.INPUT_FAILED if failed else ExitCode.OK)


if __name__ == "__main__":  # pragma: no cover
    main()
