"""The risk counts the prose states: how many risks were inventoried, how many critical.

Counts are found with spaCy's rule Matcher over a blank Swedish pipeline (no model download):
a number (digits or a number word) followed within a few tokens by "risk..." and a verb of
inventory ("inventerats", "identifierats") or a criticality word ("kritisk", "kritiska");
a fact box's key figures ("Identifierade risker 22") win over any sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from icp_extract.lang.sv.numbers import MONTH_NAMES, number_words, parse_number

# Words that say risks were inventoried: verbs ("inventerades", "identifierats"), which
# place the count, and weaker cues ("bruttolista", "omfattar", any analysis: "I analysen
# togs 13 risker fram", "i väsentlighetsanalysen bedömdes 13 risker") that only mark the
# sentence.
_INVENTORY_VERBS = ("inventer", "identifier", "kartla")
_INVENTORY_CUES = ("bruttolist", "omfattar", "totalt", "sammanlagt", "bedöm")
# Nouns of the work that found the risks, also inside a compound ("riskanalysen", "en
# riskinventering som resulterade i 32 risker"): cues as above.
_INVENTORY_NOUNS = ("analys", "inventering", "kartläggning")
# A number after one of these nouns (within three words) is a risk value, not a count; a
# verb that begins alike ("värderat 18 risker") is not one of them.
_VALUE_WORD = re.compile(r"^(risk)?(värde|poäng|nivå)(n|t|et|na|rna)?$")
_NOT_RISK_UNITS = {"procent", "%", "kr", "kronor", "eller", "dagar", "veckor", "timmar", "§",
                   "kap", "kapitlet"}  # fmt: skip
# A number before a month is a date ("den 24 januari"), not a count.
_MONTHS = frozenset(MONTH_NAMES)
_CRITICAL = {"kritisk", "kritiska", "kritiskt"}
# The risks an analysis found significant ("bedöms nio som väsentliga"): the word many
# municipalities use for the risks taken into the plan, as others say "kritiska". Only the
# adjective of risks: "väsentligt" is an adverb ("väsentligt högre").
_SIGNIFICANT = {"väsentlig", "väsentliga"}
# Verbs that put risks into the internal-control plan ("ingår i planen", "förts in i").
# "har sex fått ett kontrollmoment i planen": given a control in the plan.
# "ska följas upp i internkontrollplanen": followed up in the plan.
# "valdes åtta ut till planen": chosen for the plan.
_INTO_PLAN_VERBS = {"ingår", "förts", "förs", "tagits", "tas", "togs", "fördes", "lyfts", "fått",
                    "fick", "följas", "följs", "valdes", "valts", "väljs"}  # fmt: skip
_ABOVE_THRESHOLD = {"högre", "mer", "över", "överstiger", "överstigande", "minst"}
_RISK_NOUNS = {"risk", "risker", "riskerna", "riskområden"}
# Number-like words that are articles or pronouns here, never counts.
_NOT_COUNTS = {"en", "ett", "ena", "enda"}


@cache
def _matcher() -> tuple[Any, Any]:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    matcher = Matcher(nlp.vocab)
    # A number in digits or words (spaCy's Swedish LIKE_NUM knows "nio", "åtta", "tjugo";
    # compounds such as "tjugotvå" come from our own list), not an article ("en", "ett").
    words = [w for w in number_words() if w not in _NOT_COUNTS]
    matcher.add(
        "NUMBER",
        [
            [{"LIKE_NUM": True, "LOWER": {"NOT_IN": sorted(_NOT_COUNTS)}}],
            [{"LOWER": {"IN": words}}],
        ],
    )
    return nlp, matcher


def _candidates(sent: Any, matcher: Any) -> list[tuple[int, int]]:
    """(token index, value) of numbers that may count risks: not years, not a risk value
    ("riskvärde på 9"), not a share ("91 procent"), not a day ("24 januari")."""
    out = []
    for _id, start, _end in matcher(sent.as_doc()):
        token = sent[start]
        value = parse_number(token.text)
        if value is None or value >= 1000:
            continue
        before = [t.lower_ for t in sent[max(0, start - 3) : start]]
        after = sent[start + 1].lower_ if start + 1 < len(sent) else ""
        if (
            any(_VALUE_WORD.match(b) for b in before)
            or after in _NOT_RISK_UNITS
            or after in _MONTHS
        ):
            continue
        out.append((start, value))
    return out


#: Words between "av" and the count a part is taken out of ("Sju av de 26 risker").
_PARTITIVE_DETERMINERS = frozenset({"de", "dessa", "totalt", "sammanlagt"})


def _not_partitive(cands: list[tuple[int, int]], lowers: Sequence[str]) -> list[tuple[int, int]]:
    """The counts that are not what a part is taken out of ("Av 15 risker följs fem upp i
    planen", "Sju av de 26 risker ... bedöms som kritiska": the fifteen and the 26 are all
    risks, the five and the seven the part)."""
    return [(i, v) for i, v in cands if not _taken_out_of(lowers, i)]


def _taken_out_of(lowers: Sequence[str], i: int) -> bool:
    if i >= 1 and lowers[i - 1] == "av":
        return True
    return i >= 2 and lowers[i - 2] == "av" and lowers[i - 1] in _PARTITIVE_DETERMINERS


def _nearest_before(cands: list[tuple[int, int]], position: int) -> int | None:
    before = [v for i, v in cands if i < position]
    after = [v for i, v in cands if i > position]
    return before[-1] if before else (after[0] if after else None)


# Key figures: a label and a number side by side, as a fact box or a summary sheet prints
# them ("Identifierade risker 22", "Antal risker: 21", "Varav kritiska 7").
# A label may end in a few lowercase words before its number ("Kritiska risker i planen 9").
# ... and a remark in brackets ("Varav kritiska (riskvärde 9 eller högre): 5").
_LABEL_TAIL = r"(?:\s+(?-i:[a-zåäö]+)){0,3}?(?:\s*\([^()]*\))?"
# "Risker i nämndens riskanalys 22": the risks of the analysis, named by where they stand;
# "Varav i planen 8", "Risker i internkontrollplanen 8", "Risker med kontrollmoment i planen 8":
# the critical ones, by where they went.
_KEY_INVENTORIED = re.compile(
    r"\b(?:(?:antal|identifierade|inventerade|bedömda|kartlagda)\s+risker"
    r"|risker\s+i\s+(?:[a-zåäö]+\s+)?risk(?:analys|inventering)\w*)" + _LABEL_TAIL
    + r"\s*:?\s*(\d{1,3})(?![\d,.])",
    re.IGNORECASE,
)  # fmt: skip
_KEY_CRITICAL = re.compile(
    r"\b(?:varav\s+kritiska|kritiska\s+risker|antal\s+kritiska(?:\s+risker)?"
    r"|(?:varav|risker)(?:\s+(?-i:[a-zåäö]+)){0,2}?\s+i\s+(?:[a-zåäö]*)planen)" + _LABEL_TAIL
    + r"\s*:?\s*(\d{1,3})(?![\d,.])",
    re.IGNORECASE,
)  # fmt: skip


def _key_figures(text: str) -> tuple[int | None, int | None]:
    """(inventoried, critical) from key figures: a label with its number after it."""
    inventoried = _KEY_INVENTORIED.search(text)
    critical = _KEY_CRITICAL.search(text)
    return (
        int(inventoried.group(1)) if inventoried else None,
        int(critical.group(1)) if critical else None,
    )


def _counts(text: str) -> tuple[int | None, int | None]:
    """(risks inventoried, risks critical) as the prose states them.

    Sentence by sentence: in one that speaks of criticality ("kritisk"), the count nearest
    before that word is the critical count; a count in a sentence with an inventory verb
    ("inventerades", "identifierats") is the one nearest before the verb, or the first after
    it; weaker cues ("bruttolista", "omfattar", "riskanalys") take the first count followed by
    the word risk. The first sentence that states a count wins.
    """
    nlp, matcher = _matcher()
    inventoried = critical = in_plan = None
    sentences = (sent for para in text.split("\n") for sent in nlp(para).sents)
    for sent in sentences:
        lowers = [t.lower_ for t in sent]
        cands = [(i, v) for i, v in _candidates(sent, matcher) if not _anaphoric(lowers, i)]
        if not cands:
            continue
        plan_at = _taken_into_plan(lowers)
        if in_plan is None and plan_at is not None:
            in_plan = _nearest_before(_not_partitive(cands, lowers), plan_at)
        crit_at, crit_value = _critical_in(lowers, cands)
        if critical is None and crit_value is not None:
            critical = crit_value
            # The count stated with the critical one ("26 risker, varav nio kritiska") is
            # about the same analysis: it wins over a lone count read before it (a
            # delårsrapport's "tre ekonomiska risker" in an earlier chapter).
            inventoried = _inventoried_in(lowers, cands, crit_at, crit_value) or inventoried
        if inventoried is None:
            inventoried = _inventoried_in(lowers, cands, crit_at, crit_value)
    return inventoried, _critical_or_in_plan(critical, in_plan, inventoried)


#: Words a number refers back with ("produkten av de två", "båda dessa tre"): "the two".
_REFERRING = frozenset({"de", "dessa", "båda"})


def _anaphoric(lowers: Sequence[str], at: int) -> bool:
    """A number that refers back instead of counting risks: after "de" or "dessa" and before
    a sentence's punctuation or a conjunction ("Riskvärdet är produkten av de två, och en
    risk ... bedöms som kritisk"), or before a definite noun that names something else ("de
    två bedömningarna"). A count of risks names them ("de 21 risker", "de 21 riskerna")."""
    after = lowers[at + 1] if at + 1 < len(lowers) else ""
    if at == 0 or lowers[at - 1] not in _REFERRING:
        return False
    # "de två," refers back; "de två bedömningarna" counts something that is no risk.
    return not after.isalpha() or after in {"och", "eller"} or _names_other(after)


def _names_other(word: str) -> bool:
    """A definite plural noun that is not the risks ("bedömningarna", "kontrollerna")."""
    return word not in _RISK_NOUNS and word.endswith(("na", "erna", "arna", "orna"))


def _critical_in(
    lowers: Sequence[str], cands: list[tuple[int, int]]
) -> tuple[int | None, int | None]:
    """Where a sentence speaks of critical risks, and the count nearest before that word
    that is no whole a part is taken out of ("Sju av de 26 risker ... kritiska": seven)."""
    crit_at = _critical_at(lowers)
    if crit_at is None:
        return None, None
    return crit_at, _nearest_before(_not_partitive(cands, lowers) or cands, crit_at)


def _critical_or_in_plan(
    critical: int | None, in_plan: int | None, inventoried: int | None
) -> int | None:
    """Decides the critical count: the one stated; with no count called critical, the risks
    taken into the plan ("Åtta av dem ingår i internkontrollplanen" are the ones the
    analysis found critical), unless that is the count inventoried."""
    if critical is None and in_plan is not None and in_plan != inventoried:
        return in_plan
    return critical


def _critical_at(lowers: Sequence[str]) -> int | None:
    """Where a sentence speaks of critical risks: the word "kritisk..." or, without it, the
    risk-value word nearest before a threshold ("Fem av dem har ett riskvärde på 9 eller
    högre": critical by its threshold; a sentence may speak of risk values before)."""
    crit_at = next(
        (i for i, w in enumerate(lowers) if w.startswith("kritisk") or w in _SIGNIFICANT),
        None,
    )
    if crit_at is not None:
        return crit_at
    above_at = next((i for i, w in enumerate(lowers) if w in _ABOVE_THRESHOLD), None)
    if above_at is None:
        return None
    return next((i for i in range(above_at, -1, -1) if lowers[i].startswith("riskvärde")), None)


def _inventoried_in(
    lowers: Sequence[str],
    cands: list[tuple[int, int]],
    crit_at: int | None,
    crit_value: int | None,
) -> int | None:
    """The inventoried count a sentence states, apart from its critical count: the count
    nearest before an inventory verb ("15 risker inventerades"); in a sentence of weaker
    cues ("bruttolista", "riskanalys") or one that names the critical ones ("Av nämndens 15
    risker bedöms sex som kritiska": the count they were taken out of), the count right
    before "risker" or before one word and "risker" ("16 bedömda risker")."""
    rest = [(i, v) for i, v in cands if v != crit_value or crit_at is None]
    verb_at = next((i for i, w in enumerate(lowers) if w.startswith(_INVENTORY_VERBS)), None)
    if verb_at is not None and rest:
        return _nearest_before(rest, verb_at)
    cued = any(
        w.startswith(_INVENTORY_CUES) or any(n in w for n in _INVENTORY_NOUNS) for w in lowers
    )
    if cued or crit_at is not None:
        return next((v for i, v in rest if _RISK_NOUNS & set(lowers[i + 1 : i + 3])), None)
    return None


def _taken_into_plan(lowers: Sequence[str]) -> int | None:
    """Where a sentence says risks went into the plan ("ingår i internkontrollplanen", "har
    förts in i planen", "tagits med i planen"): the index of the verb, or None."""
    for i, word in enumerate(lowers):
        joined = word + lowers[i + 1] if i + 1 < len(lowers) else ""
        if word in _INTO_PLAN_VERBS and any("plan" in w for w in lowers[i + 1 : i + 5]):
            return i
        if joined in _INTO_PLAN_VERBS and any("plan" in w for w in lowers[i + 2 : i + 6]):
            return i  # the verb in two pieces, as OCR reads a spaced word ("in går")
    return None


_NO_FOOTNOTE_MARKS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _stated_counts(prose: str) -> tuple[int | None, int | None]:
    """The counts the sentences state, unless a fact box states both as figures: clearer
    than any sentence around it. Footnote marks on a word ("16 risker¹") are not read."""
    prose = prose.translate(_NO_FOOTNOTE_MARKS)
    key_inventoried, key_critical = _key_figures(prose)
    if key_inventoried is not None and key_critical is not None:
        return key_inventoried, key_critical
    return _counts(prose)
