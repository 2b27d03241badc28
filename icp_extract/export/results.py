"""The files of one report's results: their names in an output folder, and their writing.

The CLI's ``extract`` uses both; they are here so that the command stays a translation of
options into calls.
"""

from __future__ import annotations

from pathlib import Path

from icp_extract.model import Report


def write_formats(
    report: Report, out_dir: Path, stem: str, formats: tuple[str, ...], *, excel_sv: bool = False
) -> list[Path]:
    """Write ``stem.<format>`` for each format; JSON last, so its presence means done."""
    from icp_extract.export import write_csv, write_json

    written: list[Path] = []
    if "csv" in formats:
        written.append(out_dir / f"{stem}.csv")
        write_csv(report, written[-1], excel_sv=excel_sv)
    if "xlsx" in formats:
        from icp_extract.export.xlsx import write_xlsx  # openpyxl: only when asked for

        written.append(out_dir / f"{stem}.xlsx")
        write_xlsx(report, written[-1])
    if "json" in formats:
        written.append(out_dir / f"{stem}.json")
        write_json(report, written[-1])
    return written


class ResultNames:
    """Names each input's results so that none overwrites another report's.

    A result is named after its PDF (``rapport.pdf`` -> ``rapport.json``). Two inputs of one
    run with the same name but different content, or a result already in the folder that
    holds another PDF (by the sha256 in its JSON; a file we cannot prove is ours counts as
    another's), make the newcomer take the first 8 hex digits of its sha256 as a suffix
    (``rapport-1a2b3c4d.json``), as ``batch`` does. That name belongs to that content, so it
    is always free to rewrite; a rerun replaces the results of the same PDF and nothing else.
    """

    def __init__(self, out_dir: Path, formats: tuple[str, ...]) -> None:
        self.out_dir = out_dir
        self.formats = formats
        self.taken: dict[str, str] = {}  # lowercased stem -> sha256, within this run

    def _on_disk(self, stem: str) -> str | None:
        """The sha256 of the PDF whose results ``stem`` names already; "" for files we cannot
        read as our result; None when there are none."""
        import json

        if not any((self.out_dir / f"{stem}.{fmt}").exists() for fmt in (*self.formats, "json")):
            return None
        try:
            data = json.loads((self.out_dir / f"{stem}.json").read_text(encoding="utf-8"))
            return str(data["source"]["sha256"])
        except (OSError, ValueError, KeyError, TypeError):
            return ""

    def name(self, path: Path, sha256: str) -> tuple[str, str]:
        """The stem for this input's results, and why it is not the PDF's own name ("")."""
        stem = path.stem
        why = ""
        if self.taken.get(stem.lower(), sha256) != sha256:
            why = f"another input of this run is also named {path.name}"
        elif self._on_disk(stem) not in (None, sha256):
            why = f"{self.out_dir / stem}.* holds another PDF's results"
        if why:
            stem = f"{stem}-{sha256[:8]}"
        self.taken.setdefault(stem.lower(), sha256)
        return stem, why
