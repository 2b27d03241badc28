"""What the calc5 set needs on top of the calc kit, used in place (not copied):
``samples/build/producers/calc.py`` and ``samples/pending/calc4/src/kit4.py``.

Only one addition: :func:`expected` wraps ``kit4.expected`` for a register whose follow-up
answer is a status word ("Klar", "Pågående", "Ej påbörjad") rather than Ja / Nej / Delvis.
kit4 maps only those three answers, so the status column is handed to kit4 as a column without
a field and moved to ``follows_plan`` here, mapped as the repository README's "Values" bullet
says; the ``columns`` entry keeps the field ``follows_plan``.
"""

from __future__ import annotations

import dataclasses

import kit4

# status word as printed -> follows_plan ("Pågående" and "Ej påbörjad" say neither)
STATUS = {"Klar": "Ja", "Pågående": None, "Ej påbörjad": None}


def expected(rep, m, pdf_path, status_header: str | None = None) -> dict:
    if status_header is None:
        return kit4.expected(rep, m, pdf_path)
    cols = [(c, h, None if h == status_header else f) for c, h, f in rep.columns]
    data = kit4.expected(dataclasses.replace(rep, columns=cols), m, pdf_path)
    for col in data["columns"]:
        if col["header"] == status_header:
            col["field"] = "follows_plan"
    for rec in data["risks"]:
        word = rec["extra"].pop(status_header, None)
        rec["follows_plan"] = STATUS[word] if word is not None else None
    return data
