"""The house rule that keeps the pipeline readable: imports go one way.

cli -> pipeline/batch -> stages -> geometry / model / errors / lang. Stages do not import each
other; only read/ touches pdfplumber and pypdfium2; pandas stays in exporting and comparing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "icp_extract"
STAGES = ("read", "detect", "assemble", "normalize", "export", "metadata")
PDF_LIBS = ("pdfplumber", "pypdfium2", "pdfminer")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _stage_of(path: Path) -> str | None:
    rel = path.relative_to(PACKAGE).parts
    name = rel[0].removesuffix(".py")
    return name if name in STAGES else None


def _imports(path: Path) -> set[str]:
    """Module-level imports. Imports inside functions are deliberate lazy doors (a method that
    hands over to pandas only when called), and ``if TYPE_CHECKING:`` blocks are not run."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way(path: Path) -> None:
    """This test ensures that no stage imports another stage, and that PDF libraries are
    imported only by the reader."""
    stage = _stage_of(path)
    for name in _imports(path):
        top = name.split(".")[0]
        if top in PDF_LIBS:
            assert stage == "read", f"{name} imported outside read/"
        if stage is not None and name.startswith("icp_extract."):
            other = name.split(".")[1]
            assert other not in STAGES or other == stage, f"stage {stage} imports stage {other}"
        if top == "pandas":
            assert stage == "export" or path.name in {"compare.py"}, "pandas outside export"
