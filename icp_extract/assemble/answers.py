"""A column of answers under a header that names no answer.

Layout served: a register whose follows-plan answers stand under a header read as another
field or none ("Utfall" over "Ja", "Delvis", "Nej"; "Resultat" over "Genomförd"), in a table
with no follows-plan column of its own. Its header alone maps it to the comment (or to no
field) and every answer is lost. A column whose every filled cell is a short answer (a
follows-plan word, at most ``answer_max_words`` words), in at least ``answer_min_rows``
rows, is the follows-plan column.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from icp_extract.assemble.rows import Table
from icp_extract.assemble.values import parse_follows_plan
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, Trace

FIELD = "follows_plan"
#: Fields a header may have given a column of answers: the comment ("Utfall", "Resultat")
#: or none.
TAKEN_FROM = (None, "comment")


def _answers(table: Table, column: int, settings: Settings) -> bool:
    texts = [" ".join(row.lines(column)).strip() for row in table.rows]
    filled = [t for t in texts if t]
    return len(filled) >= settings.answer_min_rows and all(
        len(t.split()) <= settings.answer_max_words and parse_follows_plan(t) is not None
        for t in filled
    )


def answer_columns(tables: Sequence[Table], *, settings: Settings, trace: Trace) -> list[Table]:
    """Each table without a follows-plan column, with a column of short answers made it."""
    out = []
    for table in tables:
        column = None
        if FIELD not in table.fields:
            column = next(
                (c for c, f in enumerate(table.fields)
                 if f in TAKEN_FROM and _answers(table, c, settings)),
                None,
            )  # fmt: skip
        if column is None:
            out.append(table)
            continue
        fields = list(table.fields)
        fields[column] = FIELD
        pieces = [
            dataclasses.replace(
                p, fields=[FIELD if k == column else f for k, f in enumerate(p.fields)]
            )
            for p in table.pieces
        ]
        page = table.pieces[0].page if table.pieces else None
        trace.record(
            "assemble", "answer_column", page, ACCEPT,
            f"every cell of column {table.headers[column]!r} is an answer: the follows-plan column",
        )  # fmt: skip
        out.append(dataclasses.replace(table, fields=fields, pieces=pieces))
    return out
