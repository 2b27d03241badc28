"""scan4: how a cell's text goes into an expected record beyond the shared kit's
``holdout_kit.set_field`` (used for everything else): status words in the follows-plan
column, mapped as an auditor reads them (README, "Expected JSON")."""

from __future__ import annotations

import holdout_kit as kit

#: status words printed in the follows-plan column -> follows_plan
STATUS = {
    "Uppfyllt": "Ja",
    "Ej uppfyllt": "Nej",
    "Delvis uppfyllt": "Delvis",
    "Pågår": None,
}


def put(rec: dict, c, text: str) -> None:
    if c.field == "follows_plan" and text in STATUS:
        rec["follows_plan"] = STATUS[text]
        return
    kit.set_field(rec, c, text)


def records(t):
    return kit.expected_risks(t, put=put)
