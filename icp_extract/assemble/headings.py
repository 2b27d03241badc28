"""Process names from headings above tables that have no process column.

For reports that print one table per process under a heading of its own ("Trafikavtal och
ersättningar" in bold over its risks), or label the heading ("Process: Inköp").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from icp_extract.assemble.rows import Table
from icp_extract.geometry import TextLine
from icp_extract.lang.sv.headers import SECTION_NUMBER
from icp_extract.model import Word
from icp_extract.settings import Settings

#: Reads a heading's label: (words the label takes, field it names), or None. Handed in by
#: the pipeline (the label reader is detection's), so assembly imports no other stage.
HeadingLabel = Callable[[TextLine, Settings], tuple[int, str | None] | None]


def _one_table_per_process(headings: Sequence[TextLine | None], settings: Settings) -> bool:
    """Whether two or more bare tables all stand under headings, and different ones."""
    return (
        len(headings) >= settings.per_process_min_tables
        and all(h is not None for h in headings)
        and len({h.text for h in headings if h is not None}) == len(headings)
    )


def _without_number(words: list[Word]) -> list[Word]:
    """A numbered heading's words without its number ("3.1 Lokalförsörjning" names the
    process "Lokalförsörjning"), as records under numbered headings are read."""
    if len(words) > 1 and SECTION_NUMBER.match(words[0].text):
        return words[1:]
    return words


def processes_from_headings(
    tables: Sequence[Table], read_label: HeadingLabel, *, settings: Settings
) -> list[Table]:
    """Tables without a process column, each under a heading of its own, name their process
    there: one table per process. So only when two or more such tables all have headings,
    and different ones; a heading labelled as the process ("Process: Inköp") counts alone."""
    bare = [t for t in tables if "process" not in t.fields]
    headings = [t.pieces[0].heading if t.pieces else None for t in bare]
    per_process = _one_table_per_process(headings, settings)
    named: dict[int, list[Word]] = {}
    for table, heading in zip(bare, headings, strict=True):
        if heading is None:
            continue
        label = read_label(heading, settings)
        if label is not None and label[1] == "process":
            named[id(table)] = list(heading.words[label[0] :])
        elif per_process and label is None:
            named[id(table)] = _without_number(list(heading.words))
    return [
        dataclasses.replace(t, process_words=named[id(t)]) if id(t) in named else t for t in tables
    ]
