"""Where the heavy third-party libraries may be imported: only read/ touches pdfplumber,
pypdfium2 and pdfminer (any import, deferred ones too); pandas is imported at module level
only in exporting and comparing.

A deferred ``import pandas`` inside a method is a deliberate lazy door
(``Report.to_dataframe`` hands over to pandas only when called, and the extraction never
does); the PDF libraries have no such door. The direction of the imports between the
package's own parts, deferred ones included, is checked by test_import_graph.py.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "icp_extract"
PDF_LIBS = ("pdfplumber", "pypdfium2", "pdfminer")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def _imports(path: Path) -> list[tuple[str, bool]]:
    """(module, deferred) of every import: ``deferred`` when it stands inside a function or
    under ``if TYPE_CHECKING:`` (not run when the module is loaded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    found: list[tuple[str, bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) not in top) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, id(node) not in top))
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_heavy_libraries_stay_in_their_stage(path: Path) -> None:
    """This test ensures that PDF libraries are imported only by the reader, wherever the
    import stands, and that pandas is loaded at import time only by exporting and
    comparing."""
    part = _part(path)
    for name, deferred in _imports(path):
        top = name.split(".")[0]
        if top in PDF_LIBS:
            assert part == "read", f"{name} imported outside read/"
        if top == "pandas" and not deferred:
            assert part in {"export", "compare"}, "pandas outside export"


def test_imports_include_deferred_ones(tmp_path: Path) -> None:
    """This test ensures that the check above sees an import inside a function."""
    module = tmp_path / "m.py"
    module.write_text("import json\n\n\ndef f():\n    import pdfplumber\n", encoding="utf-8")
    assert _imports(module) == [("json", False), ("pdfplumber", True)]
