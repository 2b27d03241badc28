"""What the calc6 set needs on top of the calc kit, used in place (not copied):
``samples/build/producers/calc.py`` and ``samples/pending/calc4/src/kit4.py``.

One addition: :func:`expected` wraps ``kit4.expected`` for columns whose printed text is not
what kit4 maps by itself (a risk value printed "9 (medel)", a follows-plan answer "Utgår").
Such a column is handed to kit4 as a column without a field, and its text is moved here from
``extra`` to the field, through the report's own converter; the ``columns`` entry keeps the
field.
"""

from __future__ import annotations

import dataclasses

import kit4


def value_with_word(text: str) -> int:
    """ "9 (medel)" -> 9: the number before the scale's word."""
    return int(text.split()[0])


# follows-plan words as printed -> follows_plan ("Utgår": the control was cancelled, the
# cell says neither that the plan was followed nor that it was not)
FOLLOWS = {"Ja": "Ja", "Nej": "Nej", "Delvis": "Delvis", "Utgår": None}


def follows(text: str):
    return FOLLOWS[text]


def expected(rep, m, pdf_path, convert: dict | None = None) -> dict:
    """``convert``: {header as printed: (field, function of the cell text)}."""
    if not convert:
        return kit4.expected(rep, m, pdf_path)
    cols = [(c, h, None if h in convert else f) for c, h, f in rep.columns]
    data = kit4.expected(dataclasses.replace(rep, columns=cols), m, pdf_path)
    for col in data["columns"]:
        if col["header"] in convert:
            col["field"] = convert[col["header"]][0]
    for rec in data["risks"]:
        for header, (fld, fn) in convert.items():
            text = rec["extra"].pop(header, None)
            rec[fld] = fn(text) if text is not None else None
        p, k, v = rec["probability"], rec["consequence"], rec["risk_value"]
        if p and k and v:
            assert p * k == v, rec
    return data
