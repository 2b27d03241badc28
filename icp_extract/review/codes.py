"""The review codes: a stable interface, like the reason codes. Each says what was seen."""

from __future__ import annotations

#: A risk's codes, with what each means (the README's table says the same).
RISK_CODES: dict[str, str] = {
    "value_unparsed": "a value cell (risk value, probability, consequence) holds text but no "
    "value was read from it",
    "follows_plan_unknown": "the follows-plan cell holds a word outside the known answers and "
    "states",
    "no_risk_text": "the record has no risk text",
    "no_process": "the record has no process (whether or not the table has a process column)",
    "text_cut": "the risk text ends where no sentence ends (a comma, a colon, a word such as "
    '"och" or "vilket"): the row may be cut in two',
    "value_in_extra": "an extra column holds what looks like a risk value or a follows-plan "
    "answer, and no column is read as that field: its header may not have been recognised",
    "ocr_text": "the record stands on a scanned page: its text was read by OCR, whose "
    "misreadings stay as read",
}
#: A report's codes.
REPORT_CODES: dict[str, str] = {
    "count_mismatch": "the number of risks extracted is neither count the prose states "
    "(inventoried, critical)",
    "pages_unreadable": "pages of the PDF could not be read; risks on them are missing",
    "no_risk_table": "no risk table was found",
    "ocr_text_layer": "pages were read from an OCR text layer over a scanned image",
    "warning": "another warning of the extraction (its text is the detail)",
}
CODES: dict[str, str] = {**RISK_CODES, **REPORT_CODES}
