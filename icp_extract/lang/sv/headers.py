"""Swedish header wordings of risk tables, mapped to canonical fields.

Each municipality words its headers differently. To add a wording, add it to the tuple of its
field below (lowercase, as printed after joining hyphen-split words); matching is fuzzy, so
small variations ("Följer plan:", "Följer planen") need no entry of their own.
"""

from __future__ import annotations

import re

# Canonical fields of a risk record that a table column can fill.
FIELDS = (
    "process",
    "risk",
    "risk_value",
    "probability",
    "consequence",
    "controls",
    "handling",
    "follows_plan",
    "comment",
)

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "process": (
        "verksamhet",
        "funktion",
        "enhet",
        "avdelning",
        "delprocess",
        "process/område",
        "område/process",
        "verksamhet/process",
        "ansvarsområde/process",
        "ansvarsområde",
        "process",
        "process/rutin",
        "processer",
        "rutin/process",
        "verksamhetsprocess",
        "område",
        "verksamhetsområde",
        "process/aktivitet",
        "granskningsområde",
        "kontrollområde",
        "rutin",
        "rutin/system",
    ),
    "risk": (
        "risk och konsekvens",
        "beskrivning av risken",
        "riskbeskrivning/konsekvens",
        "risk (beskrivning)",
        "vad kan hända",
        "risk",
        "risker",
        "riskbeskrivning",
        "beskrivning av risk",
        "risk i verksamheten",
        "risk i verksamheten för att inte kunna säkerställa utförandet av ansvarsområde/process",
        "identifierad risk",
        "riskområde",
        "kritisk risk",
        "risk/beskrivning",
        "riskscenario",
        "riskidentifiering",
        "risk/brist",
    ),
    "risk_value": (
        "rv",
        "riskvärde (s x k)",
        "riskvärde (sxk)",
        "r",
        "s x k",
        "s×k",
        "sxk",
        "riskklass",
        "bedömt riskvärde",
        "risk (s x k)",
        "riskvärde",
        "risk värde",
        "riskvärdering",
        "riskbedömning",
        "riskpoäng",
        "värde",
        "risknivå",
        "bedömd risk",
        "bedömd risknivå",
        "sannolikhet x konsekvens",
    ),
    "probability": (
        "sannolikhet",
        "sannolikhet (s)",
        "sannolikhet s",
        "s",
        "sannolikhetsbedömning",
    ),
    "consequence": (
        "konsekvens",
        "konsekvens (k)",
        "konsekvens k",
        "k",
        "väsentlighet",
        "konsekvensbedömning",
        "allvarlighetsgrad",
    ),
    "controls": (
        "kontroller",
        "kontrollmoment/metod",
        "granskning",
        "kontrollmoment och metod",
        "befintliga åtgärder/kontrollmoment",
        "befintliga åtgärder",
        "befintliga kontroller",
        "kontrollmoment",
        "kontroll",
        "kontrollmetod",
        "kontrollaktivitet",
        "befintlig kontroll",
        "nuvarande kontroller",
        "kontrollåtgärd",
        "kontrollbeskrivning",
        "hur kontrolleras",
        "hur sker kontrollen",
        "metod för kontroll",
    ),
    "handling": (
        "beslutad åtgärd",
        "beslutade åtgärder",
        "åtgärd/hantering",
        "åtgärdsförslag",
        "vidtagna åtgärder",
        "ställningstagande av hantering (planering)",
        "ställningstagande av hantering",
        "ställningstagande",
        "hantering",
        "planerade åtgärder",
        "planerad åtgärd",
        "åtgärdsplan",
        "föreslagen åtgärd",
        "föreslagna åtgärder",
        "åtgärder",
        "åtgärd",
        "planerad hantering",
        "hantering/åtgärd",
        "beslutad hantering",
        "riskhantering",
        "åtgärdsbehov",
        "förbättringsåtgärder",
        "åtgärd vid avvikelse",
        "åtgärder vid avvikelse",
    ),
    "follows_plan": (
        "genomförd",
        "utförd",
        "följer planen",
        "utförd enligt plan",
        "följer plan",
        "följer plan:",
        "följs planen",
        "enligt plan",
        "status",
        "följer planering",
        "genomförd enligt plan",
        "uppfylld",
        "genomförd kontroll",
        "kontroll genomförd",
        "utförd kontroll",
    ),
    "comment": (
        "iakttagelser",
        "iakttagelse",
        "resultat och analys",
        "resultat av kontroll",
        "analys",
        "slutsats",
        "kommentar/resultat",
        "resultat/iakttagelser",
        "kommentar",
        "kommentar:",
        "kommentarer",
        "uppföljning",
        "resultat",
        "resultat/kommentar",
        "kommentar/uppföljning",
        "utfall",
        "uppföljning/kommentar",
    ),
}

# Headers that name a column with no canonical field; they are recognised as table headers
# (so the table is found) and their text goes to a risk's ``extra``.
EXTRA_HEADERS: tuple[str, ...] = (
    "ansvarig",
    "ansvar",
    "frekvens",
    "tidplan",
    "tidpunkt",
    "rapporteras till",
    "metod",
    "omfattning",
    "klart",
    "datum",
    "nr",
    "id",
    "nummer",
    "kontrollansvarig",
    "ansvarig för kontroll",
    "rapportering",
    "återrapportering",
    "när",
    "tidplan/frekvens",
    "kontrollfrekvens",
    "utförs av",
    "rapporteras",
    "kontrollperiod",
    "uppföljningsansvar",
    "ansvar för kontroll",
    "ansvarig chef",
)

# Words of no weight inside a header wording ("Risk i verksamheten för att inte kunna ...").
_HEADER_STOPWORDS = frozenset(
    "och eller att för inte kunna av i på med som till den det de en ett om per vid från "
    "hur sker".split()
)
# Single words that suggest a line belongs to a risk-table header row: every word of every
# wording above. Used by the quick look for candidate header lines before any fuzzy matching.
HEADER_KEYWORDS: frozenset[str] = frozenset(
    token.strip("():?")
    for wordings in (*HEADER_SYNONYMS.values(), EXTRA_HEADERS)
    for wording in wordings
    for token in wording.replace("/", " ").split()
    if len(token.strip("():?")) >= 3 and token not in _HEADER_STOPWORDS
)

# A table is a risk table when its header maps to "risk" plus one of these.
RISK_TABLE_SUPPORT = ("risk_value", "controls", "handling", "follows_plan")

# The field's own name: where two columns claim one field ("Utfall" beside "Kommentar",
# both wordings of the comment), the column headed by the field's own name takes it and the
# other keeps its text under its own header in ``extra``.
PRIMARY_WORDINGS: dict[str, tuple[str, ...]] = {
    "process": ("process",),
    "risk": ("risk",),
    "risk_value": ("riskvärde",),
    "controls": ("kontrollmoment",),
    "follows_plan": ("följer plan",),
    "comment": ("kommentar", "kommentarer", "kommentar:"),
}

# Labels that open a note under a table, not a row of it ("Not: ...", "Källa: ...").
NOTE_LABELS: frozenset[str] = frozenset(
    {"not", "noter", "notering", "källa", "källor", "anm", "anmärkning", "förklaring", "obs"}
)


def is_note_label(word: str) -> bool:
    """Whether a word is a note's label with its colon ("Not:", "Anm.:", "Källa:")."""
    return word.endswith(":") and word.rstrip(":").rstrip(".").lower() in NOTE_LABELS


#: The number of a numbered heading or section, a word of its own: "3.2", "3.2.", "4.".
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")


# Words that open a totals row under a risk table ("Summa", "Totalt", "Medelvärde, 11
# risker"): the row sums or averages the rows above and is no risk of its own.
TOTALS_WORDS: frozenset[str] = frozenset(
    {"summa", "totalt", "total", "totalsumma", "medelvärde", "medel", "genomsnitt",
     "sammanlagt", "sammantaget", "summering"}
)  # fmt: skip


# States a status column may answer that say neither yes nor no whatever the date (see
# FOLLOWS_PLAN_VALUES): they give no answer, but they are answers, not comments.
NEUTRAL_ANSWERS: frozenset[str] = frozenset(
    {"pågår", "pågående", "ej påbörjad", "inte påbörjad", "ej påbörjat", "inte påbörjat",
     "ej aktuellt", "ej aktuell", "inte aktuellt"}
)  # fmt: skip


#: Follows-plan states that answer neither yes nor no: the control is under way, not started,
#: not relevant, or cancelled ("Utgår"). A cell holding one gives null by design; whether a
#: control not yet done breaks the plan depends on its deadline.
NEITHER_STATES: frozenset[str] = NEUTRAL_ANSWERS | frozenset({
    "inte aktuell", "ej startad", "ej startat", "påbörjad", "påbörjat", "planerad",
    "planerat", "utgår", "utgått",
})  # fmt: skip


# Canonical answers of the "Följer plan" column.
FOLLOWS_PLAN_VALUES: dict[str, str] = {
    "ja": "Ja",
    "nej": "Nej",
    "delvis": "Delvis",
    "ja, delvis": "Delvis",
    "ja delvis": "Delvis",
    "delvis ja": "Delvis",
    # A status column ("Status", "Genomförd") answers with the state of the control; only
    # the states that say yes or no whatever the date are mapped. "Pågår", "Ej påbörjad" and
    # "Ej aktuellt" are neither: whether a control not yet started breaks the plan depends on
    # its deadline, which the cell does not give (the printed word stays in ``raw``).
    "genomförd": "Ja",
    "genomfört": "Ja",
    "utförd": "Ja",
    "utfört": "Ja",
    "ej genomförd": "Nej",
    "inte genomförd": "Nej",
    "ej genomfört": "Nej",
    "inte genomfört": "Nej",
    "ej utförd": "Nej",
    "inte utförd": "Nej",
    # Whether the control's requirement was met: "Uppfyllt", "Ej uppfyllt".
    "uppfyllt": "Ja",
    "uppfylld": "Ja",
    "ej uppfyllt": "Nej",
    "inte uppfyllt": "Nej",
    "ej uppfylld": "Nej",
    "inte uppfylld": "Nej",
    "klar": "Ja",
    "klart": "Ja",
    "avslutad": "Ja",
    "avslutat": "Ja",
    # Status badges of web planning systems name the state of the plan itself.
    "följer plan": "Ja",
    "följer planen": "Ja",
    "följer inte plan": "Nej",
    "följer inte planen": "Nej",
    "avvikelse": "Nej",
}


#: How a risk table's risk cells open ("Risk att ...", "Risken för ...", "Det finns en risk
#: att ..."): a column of such cells is the risk column even where no header names it.
RISK_SENTENCE = re.compile(r"^(det\s+finns\s+en\s+)?risk(en)?\s+(att|för)\b", re.IGNORECASE)
#: A word of prose about risks ("riskanalys", "risker", "riskvärde").
RISK_WORD = re.compile(r"\brisk", re.IGNORECASE)
