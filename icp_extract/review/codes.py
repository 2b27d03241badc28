"""The review codes: a stable interface, like the reason codes. Each says what was seen."""

from __future__ import annotations

#: A risk's codes, with what each means (the README's table says the same).
RISK_CODES: dict[str, str] = {
    "value_unparsed": "a value cell (risk value, probability, consequence) holds text but no "
    "value was read from it",
    "value_out_of_scale": "a risk value above 25 or a probability or consequence above 5: "
    "beyond any risk scale, so a mark or the next cell was read into the number",
    "follows_plan_unknown": "the follows-plan cell holds a word outside the known answers and "
    "states",
    "no_risk_text": "the record has no risk text",
    "no_process": "the record has no process (whether or not the table has a process column)",
    "text_cut": "a text ends where no sentence ends (a comma, a colon, a word such as "
    '"och" or "vilket", inside an open bracket), or without the sentence end the column\'s '
    "other texts have: the row may be cut in two",
    "value_in_extra": "an extra column holds what looks like a risk value or a follows-plan "
    "answer, and no column is read as that field: its header may not have been recognised",
    "ocr_text": "on a scanned page, the field shows a sign of an OCR misreading: a word no "
    "list knows, a shape typed text does not have, an odd glyph, a dash read as a hyphen, "
    "a value cell left empty, a short cell unlike its column",
    "split_words": 'a text holds pieces that are no words and join into one ("fel ak tigt"): '
    "words broken by invisible marks or by OCR",
    "hyphen_kept": "a line-end hyphen stayed inside a word whose first part is no word of its "
    'own ("INFOR-MATIONSSÄKERHET")',
    "stray_mark": "a text holds a mark no sentence prints (a bar, an equals sign between "
    "words): a cell rule read as text, often by OCR",
    "header_in_text": 'a text begins with a column header and a colon ("Kontrollmoment: ..." '
    'in the risk, "Process: ..."): labelled cells read as a table',
    "label_in_text": 'the risk or context opens with a number label ("1.1", "3.") and the '
    "record has none: a nested numbering not read as labels",
    "number_in_text": "a lone number inside a word of a text or after its last full stop: a "
    "value or a footnote mark run into the text",
    "columns_missing": "the table was read without a control or handling column and without a "
    "follow-up column: its right part was not read",
    "column_claimed": "a column headed by a field's own name was read as an extra column "
    "while a column with a lesser wording was read as that field",
    "value_missing": "a value column is empty in this record while the records beside it "
    "have a value there",
    "column_empty": "a follows-plan or risk value column holds no value in any record: "
    "values shown by colour or badge, or the column misplaced",
    "score_incomplete": "a risk value with only one of its two factors, or three values that "
    "do not agree (neither product nor sum)",
    "shared_cell": "the same cell (risk, control, handling, comment) was read for this "
    "record and the next: two rows read as one",
    "prose_row": "a row of running text was read as a record, or the record's next row was: "
    "its text belongs to the record above",
    "page_unread": "the record lists a page on which none of its fields was read",
    "follow_up_missing": "the table was read with a control column but without any follow-up "
    "column (follows plan, comment, result): the column was lost",
    "header_fragment": "a value stands in a column whose header is no heading (a word's tail "
    'such as "nolikhet", a bare number or letter): the columns were cut in the wrong places',
    "field_by_year": 'two columns name the field for different years ("Riskvärde 2024", '
    '"Riskvärde 2025") and the one read is not of the report\'s year',
    "answer_in_text": 'no follows-plan value while the comment opens with an answer ("Delvis. '
    '..."): answer and comment share a cell',
    "symbol_in_extra": "a column of the report's own holds a symbol (\u2714, \u25d0) and no "
    "follows-plan value was read: a status shown as an icon",
    "header_joined": "a column's header is two headers side by side (\"Kontrollmoment Följer "
    'plan") and no column was read as the second: two columns read as one',
    "columns_inferred": "columns were read under no header (a header row that could not be "
    "read): their fields were inferred from what the cells hold",
}
#: A report's codes.
REPORT_CODES: dict[str, str] = {
    "count_mismatch": "the number of risks extracted (none included) is neither count the "
    "prose states (inventoried, critical)",
    "pages_unreadable": "pages of the PDF could not be read; risks on them are missing",
    "no_risk_table": "no risk table was found",
    "ocr_text_layer": "pages were read from an OCR text layer over a scanned image",
    "warning": "another warning of the extraction (its text is the detail)",
}
CODES: dict[str, str] = {**RISK_CODES, **REPORT_CODES}
