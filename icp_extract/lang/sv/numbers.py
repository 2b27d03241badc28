"""Swedish number words, as written in report prose ("Nio av dessa risker")."""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, int] = {
    "noll": 0, "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13,
    "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90,
}  # fmt: skip
#: The months, as dates and periods name them ("per 30 april", "januari–augusti").
MONTH_NAMES: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
)  # fmt: skip
_TENS = {k: v for k, v in NUMBER_WORDS.items() if v >= 20}


def number_words() -> list[str]:
    """Every number word up to 99 as written in one word: "nio", "tjugotvå", "trettioett"."""
    units = {k: v for k, v in NUMBER_WORDS.items() if 0 < v < 10}
    words = set(NUMBER_WORDS)
    words.update(tens + unit for tens in _TENS for unit in units)
    return sorted(words)


def parse_number(text: str) -> int | None:
    """An int from digits or a Swedish number word up to 99 ("tjugoen", "21")."""
    t = text.strip().lower().rstrip(".,")
    if re.fullmatch(r"\d{1,4}", t):
        return int(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    for word, tens in _TENS.items():
        if t.startswith(word) and t[len(word) :] in NUMBER_WORDS:
            unit = NUMBER_WORDS[t[len(word) :]]
            if 0 < unit < 10:
                return tens + unit
    return None
