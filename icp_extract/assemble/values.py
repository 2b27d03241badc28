"""Values printed in risk cells: risk value, probability, consequence, follows plan.

Only what the report prints is returned: "3x3=9" gives 9, "9" gives 9, "S3 K4" gives the
probability and consequence it states and no risk value of our own making; "S3/K4 = 12",
"Sannolikhet: 2 Konsekvens: 4 = 8" and "12 (S 3 × K 4)" give all three.
"""

from __future__ import annotations

import re

from icp_extract.lang.sv.headers import FOLLOWS_PLAN_VALUES, NEUTRAL_ANSWERS

_AFTER_EQUALS = re.compile(r"=\s*(\d{1,3})\b")
# A number alone, with a few characters around it ("9", "R=9", "12 p") or a word in
# brackets after it ("12 (hög)", "16 (mycket hög)").
_ALONE = re.compile(r"^\D{0,3}?(\d{1,3})(\s*\([^()\d]*\))?\D{0,12}$")
# A level word before the number ("Hög (12)", "Låg 3", "Mycket hög (16)").
_LEVEL_FIRST = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s*(?:\((\d{1,3})\)|(\d{1,3}))\s*$")
# Probability and consequence named by letter or word: "S3 K4", "S3/K4", "S 3 × K 4",
# "Sannolikhet: 2 Konsekvens: 4".
# A number and its scale step's words after a dash: "2 – Mindre sannolik", "4 – Allvarlig".
_STEP_WORDS = re.compile(r"^(\d{1,3})\s*[–—-]\s*[^\W\d_][^\d]*$")
# A whole number printed with a decimal comma by a spreadsheet's number format: "12,0".
_WHOLE_DECIMAL = re.compile(r"^(\d{1,3})[,.]0+$")
_S_K = re.compile(
    r"\bS(?:annolikhet)?\s*[:=]?\s*(\d)\s*[,;/x×*· ]*\s*K(?:onsekvens)?\s*[:=]?\s*(\d)\b",
    re.IGNORECASE,
)
# The value first, its factors after it in brackets: "12 (S 3 × K 4)".
_VALUE_BEFORE_FACTORS = re.compile(r"^\s*(\d{1,3})\s*\(")
# "3x3=9": probability times consequence, as printed; or the product alone in its cell
# ("4 x 3"), which states both and leaves the value unprinted.
_PRODUCT = re.compile(r"\b(\d)\s*[x×*·]\s*(\d)\s*=\s*\d{1,2}\b", re.IGNORECASE)
_FACTORS_ONLY = re.compile(r"^\s*(\d)\s*[x×·]\s*(\d)\s*$", re.IGNORECASE)


def parse_int(text: str | None) -> int | None:
    if not text:
        return None
    t = text.strip()
    m = _AFTER_EQUALS.search(t)
    if m:
        return int(m.group(1))
    if _S_K.search(t):
        first = _VALUE_BEFORE_FACTORS.match(t)
        return int(first.group(1)) if first else None
    m = _ALONE.match(t) or _LEVEL_FIRST.match(t) or _WHOLE_DECIMAL.match(t) or _STEP_WORDS.match(t)
    return int(next(g for g in m.groups() if g is not None)) if m else None


def parse_s_k(text: str | None) -> tuple[int | None, int | None]:
    """Probability and consequence written in a value cell ("S3 K3", "3x3=9", "4 x 3")."""
    if not text:
        return None, None
    m = _S_K.search(text) or _PRODUCT.search(text) or _FACTORS_ONLY.match(text)
    return (int(m.group(1)), int(m.group(2))) if m else (None, None)


#: Footnote marks: after an answer ("Ja¹", "Nej*"), or opening a footnote under a table.
FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰*"


#: Check boxes printed as characters: an answer is the word after the checked one.
CHECKED_BOXES = "☒☑⊠✔✓"
UNCHECKED_BOXES = "☐□"
_BOX = re.compile(f"([{CHECKED_BOXES}{UNCHECKED_BOXES}])")


_LEADING_SYMBOLS = re.compile(r"^[^\w(]+\s+")


def parse_follows_plan(text: str | None) -> str | None:
    if not text:
        return None
    if any(c in text for c in UNCHECKED_BOXES) or sum(text.count(c) for c in CHECKED_BOXES) > 1:
        # "☒ Ja ☐ Nej": the checked box's word, and none when no box or several are checked.
        parts = _BOX.split(text)
        checked = [parts[k + 1] for k in range(1, len(parts) - 1, 2) if parts[k] in CHECKED_BOXES]
        return parse_follows_plan(checked[0]) if len(checked) == 1 else None
    key = " ".join(text.lower().replace(".", " ").split()).strip(" :").rstrip(FOOTNOTE_MARKS)
    # A symbol before the answer word ("✔ Ja", "◐ Delvis", "✖ Nej", as web systems print
    # the answer beside its icon) says the same as the word.
    key = _LEADING_SYMBOLS.sub("", key)
    if key in FOLLOWS_PLAN_VALUES:
        return FOLLOWS_PLAN_VALUES[key]
    two = " ".join(re.split(r"[\s,.;:]+", key)[:2])
    if two in FOLLOWS_PLAN_VALUES:  # "Ej genomförd, se kommentar"
        return FOLLOWS_PLAN_VALUES[two]
    first = re.split(r"[\s,.;:]", key, maxsplit=1)[0]
    if "delvis" in key.split():
        return "Delvis"
    return FOLLOWS_PLAN_VALUES.get(first)


#: An answer opening a cell, closed by a full stop or colon, and the text after it: "Delvis.
#: Åtta kök hade ...", "Ja: alla intyg fanns." (a column "Följer plan / kommentar").
_ANSWER_FIRST = re.compile(r"^([^.:]{1,30})[.:]\s+(\S.*)$", re.DOTALL)


def answer_and_comment(text: str | None) -> tuple[str | None, str | None]:
    """(the answer, the comment after it) of a follows-plan cell that opens with an answer
    and goes on with a comment; (the text, None) for a cell that is only an answer or does
    not open with one ("Ja, med avvikelse" stays one answer)."""
    if not text:
        return text, None
    m = _ANSWER_FIRST.match(text.strip())
    answer = m.group(1).strip() if m is not None else ""
    if m is None or (parse_follows_plan(answer) is None and answer.lower() not in NEUTRAL_ANSWERS):
        return text, None
    return m.group(1), m.group(2)
