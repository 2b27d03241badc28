"""Swedish colour words, and the legends that give a colour a meaning.

A report that shows "Följer plan" as a traffic light explains it in its text: "Grön =
följer planen, Gul = följer delvis, Röd = följer inte", "grönt: genomförd". The legend is
the only authority on what a colour means; without one, a colour means nothing.
"""

from __future__ import annotations

import colorsys
import re
import unicodedata

#: Colour names by the hue ranges (degrees) a reader would call them.
HUES: tuple[tuple[float, float, str], ...] = (
    (0, 15, "röd"),
    (15, 38, "orange"),
    (38, 70, "gul"),
    (70, 170, "grön"),
    (170, 260, "blå"),
    (260, 330, "lila"),
    (330, 360, "röd"),
)

#: Every form of each colour word ("grön", "grönt", "gröna", "Grön markering").
COLOUR_WORDS: dict[str, str] = {
    "röd": "röd", "rött": "röd", "röda": "röd", "rod": "röd",
    "orange": "orange", "orangea": "orange",
    "gul": "gul", "gult": "gul", "gula": "gul",
    "grön": "grön", "grönt": "grön", "gröna": "grön",
    "blå": "blå", "blått": "blå", "blåa": "blå",
}  # fmt: skip

_WORDS = "|".join(sorted(COLOUR_WORDS, key=len, reverse=True))
# "Grön = följer planen", "grönt: genomförd", "Röd – följer inte", "gul (delvis)".
_ENTRY = re.compile(
    rf"\b({_WORDS})\b\s*(?:markering|cirkel|färg|signal)?\s*(?:[=:–—-]|\()\s*([^,;.\n()=]+)",
    re.IGNORECASE,
)

# What a legend's words say of the plan, most specific first: "följer delvis" is Delvis
# before "följer" is Ja; "följer inte" is Nej before "följer" is Ja.
_MEANINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bdelvis\b"), "Delvis"),
    (re.compile(r"\b(inte|ej|nej|avvik\w*|brist\w*)\b"), "Nej"),
    (re.compile(r"\b(följer|ja|genomförd\w*|enligt plan\w*|uppfylld\w*|klar\w*)\b"), "Ja"),
)


def colour_name(fill: tuple[float, float, float]) -> str:
    """The colour word a reader would use for an RGB fill."""
    hue, _, _ = colorsys.rgb_to_hsv(*fill)
    degrees = hue * 360
    return (
        next(name for low, high, name in HUES if low <= degrees < high) if degrees < 360 else "röd"
    )


def follows_plan_legend(text: str) -> dict[str, str]:
    """The colour legend of a follows-plan answer stated in the text: colour word -> Ja /
    Delvis / Nej. A legend needs at least two colours with distinct meanings; a colour
    scale of risk levels ("grönt 1–4, gult 5–8") says nothing of the plan and gives none."""
    legend: dict[str, str] = {}
    for m in _ENTRY.finditer(text):
        colour = COLOUR_WORDS[m.group(1).lower()]
        words = m.group(2).lower()
        meaning = next((value for pattern, value in _MEANINGS if pattern.search(words)), None)
        if meaning is not None and colour not in legend:
            legend[colour] = meaning
    return legend if len(set(legend.values())) >= 2 else {}


# A symbol and what it says ("✔ genomförd enligt plan · ◐ delvis genomförd · ✘ inte
# genomförd", "✔ = följer planen"): its words run to the next symbol or separator.
_SEPARATORS = re.compile(r"[·,;.\n()]")
_LEAD = re.compile(r"^\s*[=:–—-]?\s*")
#: States that say neither yes nor no ("pågår", "ej påbörjad"): the symbol gives no answer.
_NEUTRAL = re.compile(r"\b(pågår|pågående|påbörja\w*|ej aktuell\w*|inte aktuell\w*)\b")


#: Distinct answers a legend gives at least (one alone is a mark, not a legend).
MIN_ANSWERS = 2


def is_symbol(char: str) -> bool:
    """Whether a character is a symbol (Unicode category So: ✔ ◐ ✘ ○ ●)."""
    return unicodedata.category(char) == "So"


def follows_plan_symbols(text: str) -> dict[str, str | None]:
    """The symbol legend of a follows-plan answer stated in the text: symbol -> Ja /
    Delvis / Nej, or None for a state that answers neither ("○ pågår"). A legend needs at
    least two symbols with distinct answers."""
    legend: dict[str, str | None] = {}
    marks = [k for k, char in enumerate(text) if is_symbol(char)]
    if not marks:
        return {}
    for k, end in zip(marks, [*marks[1:], len(text)], strict=True):
        symbol = text[k]
        words = _LEAD.sub("", _SEPARATORS.split(text[k + 1 : end], maxsplit=1)[0]).lower()
        if not words[:1].isalpha() or symbol in legend:
            continue
        if _NEUTRAL.search(words):
            legend[symbol] = None
            continue
        meaning = next((value for pattern, value in _MEANINGS if pattern.search(words)), None)
        if meaning is not None:
            legend[symbol] = meaning
    answers = {v for v in legend.values() if v is not None}
    return legend if len(answers) >= MIN_ANSWERS else {}
