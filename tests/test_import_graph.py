"""Import contracts over every import of icp_extract, wherever it stands: at the top of a
module, inside a function (a deferred import) or under ``if TYPE_CHECKING:``.

A deferred import hides a dependency from Python's start-up but not from a reader: the two
modules can no longer be understood, changed or tested apart. So every contract here reads
the same graph, built from every ``import`` statement of the package's source:

- **layers**: the package's parts stand in the layers of :data:`LAYERS` (docs/design.md);
  a module imports only from its own part or from parts of lower layers, and parts of one
  layer do not import each other (the stages meet in the pipeline, never in each other);
- **no cycles**: no two modules import each other, not even within one part.

(test_layers.py checks where the third-party libraries may be imported.)
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "icp_extract"
ROOT = "icp_extract"

#: The layers, top to bottom; in each, the parts that may not import each other. A part is a
#: module or package directly under icp_extract, or a group of them ("inspect").
LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli", "api"),  # the two faces: the command line, and icp_extract/__init__.py
    ("batch", "inspect"),  # many files; pictures for checking one
    ("pipeline", "export"),  # the stages in order; writing results
    ("read", "normalize", "detect", "assemble", "metadata", "review", "compare"),  # stages
    ("geometry", "trace", "settings"),  # what the stages hand each other and are tuned by
    ("model",),  # the results' data model
    ("lang", "errors", "schema"),  # language data, the errors, the result schema
)

#: Parts made of several modules under icp_extract (by their first name below it).
GROUPS = {"inspect_html": "inspect", "inspect_debug": "inspect"}


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(source: str) -> set[str]:
    """The dotted names every ``import`` statement of ``source`` names, wherever it stands
    (``from a.b import c`` names ``a.b.c``; relative imports are not used here)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def import_graph(sources: Mapping[str, str] | None = None) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports anywhere in its text. ``sources``:
    module name -> source text (the package's own files by default). An import of a
    package's own parent (``icp_extract.batch.run`` importing ``icp_extract.batch...``)
    counts as an import of the module named, never of the package it sits in."""
    if sources is None:
        sources = {_name(p): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")}

    def resolve(name: str) -> str:
        while name and name not in sources:
            name = name.rpartition(".")[0]
        return name

    graph: dict[str, set[str]] = {}
    for module, source in sources.items():
        found: set[str] = set()
        for name in imported_names(source):
            target = resolve(name) if name.startswith(ROOT) else ""
            if target and target != module and not module.startswith(target + "."):
                found.add(target)
        graph[module] = found
    return graph


def part_of(module: str) -> str:
    """The part a module belongs to: ``icp_extract.detect.finder`` -> ``detect``, the
    package's own ``__init__`` -> ``api``."""
    if module == ROOT:
        return "api"
    first = module.split(".")[1]
    return GROUPS.get(first, first)


def layer_violations(
    graph: Mapping[str, Iterable[str]], layers: Sequence[Sequence[str]] = LAYERS
) -> list[str]:
    """Every import that breaks the layers, as "importer -> imported: why", sorted; and every
    part of the graph that stands in no layer (a new part has to be given its place)."""
    level = {part: n for n, layer in enumerate(layers) for part in layer}
    problems: set[str] = set()
    for module, targets in graph.items():
        mine = part_of(module)
        if mine not in level:
            problems.add(f"{module}: part {mine!r} stands in no layer")
            continue
        for target in targets:
            theirs = part_of(target)
            if theirs == mine or theirs not in level:
                continue  # within one part; a part with no place is reported as importer
            if level[theirs] < level[mine]:
                problems.add(f"{module} -> {target}: {mine} imports {theirs}, a higher layer")
            elif level[theirs] == level[mine]:
                problems.add(f"{module} -> {target}: {mine} imports {theirs}, of its own layer")
    return sorted(problems)


def cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


# A small package with one import of each kind the contracts must see. Its layering is
# the real one: the stages (read, detect) below the pipeline, the model below them.
_PLANTED = {
    "icp_extract": "from icp_extract.pipeline import extract\n",
    "icp_extract.model": "",
    "icp_extract.pipeline": "from icp_extract.read.pdf import words\n",
    "icp_extract.read": "",
    "icp_extract.read.pdf": (
        "from icp_extract.model import Word\n\n\n"
        "def words():\n"
        "    from icp_extract.pipeline import extract  # deferred, and the wrong way\n"
    ),
    "icp_extract.detect": "",
    "icp_extract.detect.finder": (
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n"
        "    from icp_extract.read.pdf import Word  # a stage importing a stage\n"
    ),
    "icp_extract.plugins": "import icp_extract.model\n",  # a part with no layer
}


def test_graph_sees_deferred_and_type_checking_imports() -> None:
    """This test ensures that the graph the contracts read counts imports inside functions
    and under ``if TYPE_CHECKING:``, and that of ``from a.b import c`` it keeps the module."""
    graph = import_graph(_PLANTED)
    assert graph["icp_extract.read.pdf"] == {"icp_extract.model", "icp_extract.pipeline"}
    assert graph["icp_extract.detect.finder"] == {"icp_extract.read.pdf"}


def test_layer_contract_catches_planted_violations() -> None:
    """This test ensures that the layer contract can fail: a deferred import of a higher
    layer, a stage importing another stage, and a part without a layer are each named."""
    assert layer_violations(import_graph(_PLANTED)) == [
        "icp_extract.detect.finder -> icp_extract.read.pdf: detect imports read, of its own layer",
        "icp_extract.plugins: part 'plugins' stands in no layer",
        "icp_extract.read.pdf -> icp_extract.pipeline: read imports pipeline, a higher layer",
    ]


def test_cycle_finder_finds_a_deferred_cycle() -> None:
    """This test ensures that the cycle check can fail: a loop closed by any import, here a
    deferred one, is found."""
    assert cycles(import_graph(_PLANTED)) == [["icp_extract.pipeline", "icp_extract.read.pdf"]]
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_imports_follow_the_layers() -> None:
    """This test ensures that every import of the package, deferred ones included, goes
    down the layers of docs/design.md, and that every part of the package has a layer."""
    assert layer_violations(import_graph()) == []


def test_every_layer_names_a_part_of_the_package() -> None:
    """This test ensures that the layers name no part the package does not have (a part
    renamed or removed is taken out of the contract, not left to pass unchecked)."""
    parts = {part_of(module) for module in import_graph()}
    assert {part for layer in LAYERS for part in layer} <= parts


def test_no_import_cycles() -> None:
    """This test ensures that no modules of the package import each other in a loop, counting
    imports inside functions and under ``if TYPE_CHECKING:``."""
    assert cycles(import_graph()) == []
