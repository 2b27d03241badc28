"""Report metadata: organ, year, period, title, and the risk counts stated in the prose.

Counts are found with spaCy's rule Matcher over a blank Swedish pipeline (no model download):
a number (digits or a number word) followed within a few tokens by "risk..." and a verb of
inventory ("inventerats", "identifierats") or a criticality word ("kritisk", "kritiska").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from icp_extract.lang.sv import lexicon as sv_lexicon
from icp_extract.lang.sv.numbers import number_words, parse_number
from icp_extract.model import ReportMeta

YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
ORGAN = re.compile(
    r"\b((?-i:(?:[A-ZÅÄÖ][a-zåäö]+a )?[A-ZÅÄÖ][a-zåäö]+s )?"  # "Västra Hisingens"
    r"(?-i:[A-ZÅÄÖ][a-zåäö]+a )?(?-i:[A-ZÅÄÖ][a-zåäö]*-(?:, [a-zåäö]+-)* och )?[A-ZÅÄÖ]?[\wåäö-]*"
    r"(?:nämnd|styrelse|fullmäktige))"
    r"(ens|en|ns|n|s)?\b",
    re.IGNORECASE,
)
# A kommunalförbund, named as printed with the place names after it ("Räddningstjänst-
# förbundet Östra Vättern", "Samordningsförbundet Göteborg"), or after a place in the
# genitive ("Sydkustens IT-förbund").
UNION = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäö]*förbundet(?: [A-ZÅÄÖ][a-zåäö]+){0,3}"
    r"|(?-i:[A-ZÅÄÖ][a-zåäö]+s) [A-ZÅÄÖ][\wåäö]*-?förbund)\b"
)
# A nämnd named for its field after "för", as printed: "Nämnden för funktionsstöd",
# "Nämnden för arbetsmarknad och vuxenutbildning".
# An adjective may stand before the field ("teknisk försörjning"), and the first of two
# fields may end in a hyphen ("konsument- och medborgarservice").
NAMED_FOR = re.compile(
    r"\b((?-i:Nämnden) för (?:[a-zåäö]+(?:isk|iska|ig|iga|ell|ella|al|ala|sam|samma|lig|liga) )?"
    r"[a-zåäöA-ZÅÄÖ][a-zåäö]+(?:-? och [a-zåäö]+)?)(?![\wåäö-])"
)
# A place name in the genitive before a lowercase organ word ("Skärholmens stadsdelsnämnd",
# "Västra Hisingens stadsdelsnämnd").
_GENITIVE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+a )?([A-ZÅÄÖ][a-zåäö]+)s (?=[a-zåäö])")
# A district's nämnd is named for its district: the genitive before it is a place, even one
# spelled like a common word ("Södermalms stadsdelsnämnd").
_DISTRICT = "stadsdelsnämnd"
# A place name (no genitive) before a lowercase organ word: "Farsta stadsdelsnämnd".
_PLACE_BEFORE = re.compile(r"([A-ZÅÄÖ][a-zåäö]+) (?=[a-zåäö])")
# The first parts of a place name joined by hyphens, just before the organ's match
# ("Enskede-Årsta-" before "Vantörs stadsdelsnämnd").
_PLACE_PARTS = re.compile(r"(?<![\wåäö-])((?:[A-ZÅÄÖ][a-zåäö]+-)+)$")
# A whole place name, its parts joined by hyphens, just before a lowercase organ word
# ("Hägersten-Älvsjö " before "stadsdelsnämnd").
_PLACE_NAME = re.compile(r"(?<![\wåäö-])((?:[A-ZÅÄÖ][a-zåäö]+-)*[A-ZÅÄÖ][a-zåäö]+s?) $")
# A kommunalförbund's board named before it, as printed: "Direktionen för
# Räddningstjänstförbundet ...", "Förbundsstyrelsen i ...".
_UNION_BOARD = re.compile(r"(?<![\wåäö])((?:Förbunds)?(?:[Dd]irektionen|[Ss]tyrelsen) (?:för|i) )$")
# Checked in this order: "delårsuppföljning" also contains "årsuppföljning".
PERIODS = (
    ("delår", ("delår",)),
    ("tertial", ("tertial",)),
    ("helår", ("helår", "årsbokslut", "årsuppföljning", "verksamhetsberättelse", "årsredovisning",
               "årsrapport", "bokslut")),
)  # fmt: skip
# "T2", "(T1)": a tertial by its short name.
TERTIAL_SHORT = re.compile(r"\bT[1-3]\b")
# "per augusti", "per den 30 april", "per 2024-08-31": a follow-up as of a month's end. Before
# December it is a delår, as of December the whole year.
_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december")  # fmt: skip
AS_OF_MONTH = re.compile(
    r"\bper (?:den )?(?:\d{1,2} )?(" + "|".join(_MONTH_NAMES) + r")\b", re.IGNORECASE
)
# "januari–augusti 2025": a follow-up of the months from the year's start; before December
# it is a delår, through December the whole year.
MONTH_RANGE = re.compile(
    r"\b(?:" + "|".join(_MONTH_NAMES) + r")\s*[–—-]\s*(" + "|".join(_MONTH_NAMES) + r")\b",
    re.IGNORECASE,
)
AS_OF_DATE = re.compile(r"\bper (?:den )?(?:19|20)\d\d-(\d\d)-\d\d\b")
# A line that ends mid-title ("... tertial 2 –", "Intern-") or a next line that goes on
# ("per augusti", ", Tekniska nämnden"): the title is wrapped over both.
_GOES_ON_END = ("–", "-", ",", ":", "/", " och", " av", " för", " per")
_GOES_ON_START = re.compile(r"^[a-zåäö0-9,(–-]")
# A subtitle stands in the few lines after the title and is no sentence of prose.
SUBTITLE_LINES = 2
# A date of reporting counts in this many lines under the title ("Rapport till styrelsen,
# januari–augusti 2025" under a fact box's two lines beside the title).
NEAR_TITLE_LINES = 4
SUBTITLE_MAX = 70
# A company owned by the municipality, named as printed: "Björkvikshem AB", "Kommunfastigheter
# i Norrhamra AB". Taken only from the lines around the title: prose names suppliers too.
COMPANY = re.compile(
    r"\b((?-i:[A-ZÅÄÖ][\wåäö-]*)(?:(?: (?:i|och|på))? (?-i:[A-ZÅÄÖ][\wåäö-]*)){0,3}) AB\b"
)
# A title names the follow-up or the internal control ("Budgetuppföljning" does not).
TITLE = re.compile(
    r"(^|[\s–-])((hel|del)års|tertial)?uppföljning|internkontroll|intern kontroll"
    r"|^(del|hel)?års(rapport|bokslut)|^tertialrapport",
    re.IGNORECASE,
)
SAME_SIZE = 0.3  # font sizes (points) this close are one size
# The prose names the period of the follow-up itself: "helårsuppföljningen".
PROSE_PERIOD = re.compile(r"\b(helårs|delårs|tertial)uppföljning\w*", re.IGNORECASE)
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
_MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"}  # fmt: skip
_CRITICAL = {"kritisk", "kritiska", "kritiskt"}
# The risks an analysis found significant ("bedöms nio som väsentliga"): the word many
# municipalities use for the risks taken into the plan, as others say "kritiska". Only the
# adjective of risks: "väsentligt" is an adverb ("väsentligt högre").
_SIGNIFICANT = {"väsentlig", "väsentliga"}
# Verbs that put risks into the internal-control plan ("ingår i planen", "förts in i").
# "har sex fått ett kontrollmoment i planen": given a control in the plan.
# "ska följas upp i internkontrollplanen": followed up in the plan.
_INTO_PLAN_VERBS = {"ingår", "förts", "förs", "tagits", "tas", "togs", "fördes", "lyfts", "fått",
                    "fick", "följas", "följs"}  # fmt: skip
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


def _not_partitive(cands: list[tuple[int, int]], lowers: Sequence[str]) -> list[tuple[int, int]]:
    """The counts that are not what a part is taken out of ("Av 15 risker följs fem upp i
    planen": the fifteen are all risks, the five go into the plan)."""
    return [(i, v) for i, v in cands if i == 0 or lowers[i - 1] != "av"]


def _nearest_before(cands: list[tuple[int, int]], position: int) -> int | None:
    before = [v for i, v in cands if i < position]
    after = [v for i, v in cands if i > position]
    return before[-1] if before else (after[0] if after else None)


# Key figures: a label and a number side by side, as a fact box or a summary sheet prints
# them ("Identifierade risker 22", "Antal risker: 21", "Varav kritiska 7").
# A label may end in a few lowercase words before its number ("Kritiska risker i planen 9").
# ... and a remark in brackets ("Varav kritiska (riskvärde 9 eller högre): 5").
_LABEL_TAIL = r"(?:\s+(?-i:[a-zåäö]+)){0,3}?(?:\s*\([^()]*\))?"
# "Risker i nämndens riskanalys 22": the risks of the analysis, named by where they stand.
_KEY_INVENTORIED = re.compile(
    r"\b(?:(?:antal|identifierade|inventerade|bedömda|kartlagda)\s+risker"
    r"|risker\s+i\s+(?:[a-zåäö]+\s+)?risk(?:analys|inventering)\w*)" + _LABEL_TAIL
    + r"\s*:?\s*(\d{1,3})(?![\d,.])",
    re.IGNORECASE,
)  # fmt: skip
_KEY_CRITICAL = re.compile(
    r"\b(?:varav\s+kritiska|kritiska\s+risker|antal\s+kritiska(?:\s+risker)?)" + _LABEL_TAIL
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
        cands = _candidates(sent, matcher)
        if not cands:
            continue
        plan_at = _taken_into_plan(lowers)
        if in_plan is None and plan_at is not None:
            in_plan = _nearest_before(_not_partitive(cands, lowers), plan_at)
        crit_at = _critical_at(lowers)
        crit_value = _nearest_before(cands, crit_at) if crit_at is not None else None
        if critical is None and crit_value is not None:
            critical = crit_value
            # The count stated with the critical one ("26 risker, varav nio kritiska") is
            # about the same analysis: it wins over a lone count read before it (a
            # delårsrapport's "tre ekonomiska risker" in an earlier chapter).
            inventoried = _inventoried_in(lowers, cands, crit_at, crit_value) or inventoried
        if inventoried is None:
            inventoried = _inventoried_in(lowers, cands, crit_at, crit_value)
    if critical is None and in_plan is not None and in_plan != inventoried:
        # "Åtta av dem ingår i internkontrollplanen": with no count called critical, the
        # risks taken into the plan are the ones the analysis found critical.
        critical = in_plan
    return inventoried, critical


def _critical_at(lowers: Sequence[str]) -> int | None:
    """Where a sentence speaks of critical risks: the word "kritisk..." or, without it, the
    risk-value word nearest before a threshold ("Fem av dem har ett riskvärde på 9 eller
    högre": critical by its threshold; a sentence may speak of risk values before)."""
    crit_at = next(
        (i for i, w in enumerate(lowers) if w.startswith("kritisk") or w in _SIGNIFICANT), None
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
        if word in _INTO_PLAN_VERBS and any("plan" in w for w in lowers[i + 1 : i + 5]):
            return i
    return None


def _place_named(text: str, m: re.Match[str]) -> str | None:
    """An organ named for a place whose name has parts joined by hyphens, or is no common
    word, before the organ word in the indefinite form, as printed: "Hägersten-Älvsjö
    stadsdelsnämnd", "Enskede-Årsta-Vantörs stadsdelsnämnd", "Älvsjö stadsdelsnämnd". A
    common word before it ("Varje nämnd") names no place."""
    if m.group(2) is not None:
        return None
    stem = m.group(1)
    if stem[0].isupper():
        parts = _PLACE_PARTS.search(text, 0, m.start(1))
        return parts.group(1) + stem if parts is not None else None
    place = _PLACE_NAME.search(text, 0, m.start(1))
    if place is None:
        return None
    name = place.group(1)
    if "-" in name or not sv_lexicon.is_word(name.lower().removesuffix("s")):
        return f"{name} {stem}"
    return None


def _union(text: str, union: re.Match[str]) -> str:
    """A kommunalförbund as printed, with its board when the text names it before."""
    board = _UNION_BOARD.search(text, 0, union.start(1))
    return (board.group(1) if board is not None else "") + union.group(1)


def _organ(text: str) -> str | None:
    named = NAMED_FOR.search(text)
    if named is not None:
        return named.group(1)
    union = UNION.search(text)
    for m in ORGAN.finditer(text):
        if union is not None and union.start() < m.start():
            break
        placed = _place_named(text, m)
        if placed is not None:
            return placed
        stem = m.group(1)
        genitive = _GENITIVE.match(stem)
        if genitive is not None:
            if sv_lexicon.is_word(genitive.group(1).lower()) and _DISTRICT not in stem:
                # "Nämndens styrelse", "Kommunens revisionsnämnd": a common noun, no name.
                stem = stem[genitive.end() :]
            else:
                # "Skärholmens stadsdelsnämnd": after a place name the organ is named in
                # the indefinite form, as printed.
                return stem
        if stem.lower() in {"nämnd", "styrelse", "fullmäktige"}:
            continue
        if m.group(2) is None and _PLACE_BEFORE.match(stem):
            # "Farsta stadsdelsnämnd": a capitalised name before an organ word printed in
            # the indefinite form is its proper name, as printed (an adjective takes the
            # definite form: "Tekniska nämnden").
            return stem
        base = stem[0].upper() + stem[1:]
        if base.endswith("nämnd"):
            base += "en"
        elif base.endswith("styrelse"):
            base += "n"
        return base
    return _union(text, union) if union is not None else None


# An organ's whole name on a line of its own: a capitalised word before an organ word in the
# indefinite form ("Social resursnämnd", as some municipalities name their nämnder), or an
# organ word in the definite form before a district's name ("Socialnämnden Nordost", as
# Göteborg names its district committees).
_ORGAN_LINE = re.compile(
    r"^(?:(?-i:[A-ZÅÄÖ][a-zåäö]+) (?-i:[a-zåäö]+)(?:nämnd|styrelse)"
    r"|(?-i:[A-ZÅÄÖ][a-zåäö]+(?:nämnden|styrelsen)) (?-i:[A-ZÅÄÖ][a-zåäö]+))$"
)


def _organ_line(lines: Sequence[str]) -> str | None:
    """The organ named on a line of its own near the title, as printed. Layout served: a
    bold organ line over the title naming a nämnd without an article and with a word before
    it ("Social resursnämnd"); read as a name inside a sentence, only the organ word would
    be kept ("Resursnämnden"). The whole line is the name only when it holds nothing else
    (a line like "Farsta stadsdelsnämnd" is read the same way by :func:`_organ`)."""
    for line in lines:
        if _ORGAN_LINE.match(line.strip()):
            return line.strip()
    return None


def _wrapped(line: str, following: str) -> bool:
    """Whether ``following`` goes on with ``line``: the line ends mid-phrase, or the next
    starts in lowercase, with a digit or with punctuation."""
    return line.rstrip().endswith(_GOES_ON_END) or bool(_GOES_ON_START.match(following.strip()))


def _goes_on(line: str, following: str) -> bool:
    """Whether ``following`` surely goes on with ``line``, past side text between them: the
    line ends inside a word or a phrase, or the next starts in lowercase (a digit may open
    the next heading, "1 Inledning")."""
    return line.rstrip().endswith((*_GOES_ON_END, "\u00ad")) or following[:1].islower()


#: Lines of smaller type a title's lines may stand around (a web page's navigation
#: column beside the title, read between its lines).
TITLE_SIDE_LINES = 2


def _next_in_size(lines: Sequence[tuple[str, float]], at: int, size: float) -> int | None:
    """The next line after ``at`` in the same font size, passing over at most
    :data:`TITLE_SIDE_LINES` lines of smaller type between (side text such as a navigation
    column, which shares the title's rows); None when a larger line or none comes first."""
    for j in range(at + 1, min(len(lines), at + 2 + TITLE_SIDE_LINES)):
        if abs(lines[j][1] - size) <= SAME_SIZE:
            return j
        if lines[j][1] > size:
            return None
    return None


#: A cover's title is set at least this many times the size of any other line.
COVER_RATIO = 1.5


def _cover_size(lines: Sequence[tuple[str, float]]) -> float | None:
    """The font size of a cover's title, or None. Layout served: a report whose first page
    is a cover with its title in one big font over two lines ("Delårsrapport 2 2024" /
    "<nämnd>", one paragraph broken by hand): neither line wraps into the other, but the
    size, at least ``COVER_RATIO`` times that of every other line, makes them one title."""
    sizes = sorted({round(size, 1) for _, size in lines}, reverse=True)
    if len(sizes) < 2 or sizes[0] < COVER_RATIO * sizes[1]:
        return None
    return next(size for _, size in lines if round(size, 1) == sizes[0])


def _same(size: float, other: float | None) -> bool:
    return other is not None and abs(size - other) <= SAME_SIZE


def _title_block(
    lines: Sequence[tuple[str, float]], join: Callable[[Sequence[str]], str], has_table: bool
) -> tuple[str, int, int] | None:
    """The report's title and the lines it spans (first, end): among the lines before its
    first table, the first block (up to three consecutive lines in one font size that wrap
    into each other, joined) in the largest font that names a follow-up or the internal
    control; in a document without a risk table (or without such a block), the first block
    in the largest font near the top."""
    if not lines:
        return None
    blocks: list[tuple[str, float, int, int]] = []
    cover = _cover_size(lines)
    k = 0
    while k < len(lines):
        size = lines[k][1]
        taken = [k]
        while len(taken) < 3:  # noqa: PLR2004 - a title has at most three lines
            following = _next_in_size(lines, taken[-1], size)
            if following is None:
                break
            before, after = lines[taken[-1]][0], lines[following][0]
            if not (_same(size, cover) or _wrapped(before, after)):
                break
            if following > taken[-1] + 1 and not _goes_on(before, after):
                break
            taken.append(following)
        blocks.append((join([lines[i][0] for i in taken]), size, k, taken[-1] + 1))
        k = taken[-1] + 1 if len(taken) > 1 else k + 1
    named = [b for b in blocks if has_table and TITLE.search(b[0])]
    pool = named or blocks[:8]
    biggest = max(b[1] for b in pool)
    text, _, first, end = next(b for b in pool if b[1] >= biggest - SAME_SIZE)
    return text, first, end


def _title(
    lines: Sequence[tuple[str, float]], join: Callable[[Sequence[str]], str], has_table: bool
) -> str | None:
    lines = [(_visible_line(text), size) for text, size in lines]
    block = _title_block(lines, join, has_table)
    return block[0] if block else None


def _subtitle(lines: Sequence[tuple[str, float]], end: int, count: int = SUBTITLE_LINES) -> str:
    """The short lines right after the title ("Kultur- och föreningsnämnden, tertial 1
    2025"): no sentences of prose."""
    out: list[str] = []
    for k in range(end, min(len(lines), end + count)):
        text = lines[k][0].rstrip()
        # Only a line in the same size can go on from it ("1 Inledning" in heading size,
        # opening with a digit, is the next heading, not a wrap).
        same = k + 1 < len(lines) and abs(lines[k + 1][1] - lines[k][1]) <= SAME_SIZE
        following = lines[k + 1][0] if same else ""
        if len(text) > SUBTITLE_MAX or text.endswith(".") or _wrapped(text, following):
            break  # a line of prose, or one that wraps into the next: a paragraph begins
        out.append(text)
    return "\n".join(out)


def _heading_case(text: str) -> str:
    """Lines set in capitals ("KULTUR- OCH BILDNINGSNÄMNDEN") as a sentence is written, so
    that names are found in them as in any other line."""
    out = []
    for line in text.split("\n"):
        letters = [ch for ch in line if ch.isalpha()]
        if len(letters) >= 4 and all(ch.isupper() for ch in letters):
            line = line.capitalize()
        out.append(line)
    return "\n".join(out)


#: Characters that print nothing: soft hyphens and zero-width spaces a web page leaves in
#: its text ("de\u00admo\u00adkra\u00adti").
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def _visible(text: str) -> str:
    return text.translate(_INVISIBLE)


def _visible_line(text: str) -> str:
    """A line without invisible characters, but for a soft hyphen at its end: there the line
    breaks inside a word ("uppfölj\u00ad" / "ning"), which joining the lines must see."""
    line = text.rstrip()
    return _visible(line) + ("\u00ad" if line.endswith("\u00ad") else "")


def _company(text: str) -> str | None:
    """A company as printed before "AB", its name of one or more capitalised words
    ("Ekbacka Vatten AB", "Bostäder i Norrvik AB"); a common word that opens a line before
    the name ("Uppföljning Ekbacka Vatten AB") is no part of it."""
    m = COMPANY.search(text)
    if m is None:
        return None
    words = m.group(1).split(" ")
    while len(words) > 2 and words[1][:1].isupper() and sv_lexicon.is_word(words[0].lower()):  # noqa: PLR2004
        words = words[1:]
    return " ".join(words) + " AB"


def _period(text: str) -> str | None:
    low = text.lower()
    for name, words in PERIODS:
        if any(w in low for w in words):
            return name
    if TERTIAL_SHORT.search(text):
        return "tertial"
    return None


def _as_of(text: str) -> str | None:
    """The period a date of reporting implies ("per augusti", "per 2024-12-31"), or the
    months reported on ("januari–augusti 2025")."""
    month = AS_OF_MONTH.search(text)
    if month is not None:
        return "helår" if month.group(1).lower() == "december" else "delår"
    date = AS_OF_DATE.search(text)
    if date is not None:
        return "helår" if date.group(1) == "12" else "delår"
    months = MONTH_RANGE.search(text)
    if months is not None:
        return "helår" if months.group(1).lower() == "december" else "delår"
    return None


def _report_period(basis: str, subtitle: str, prose: str, near: str = "") -> str | None:
    """The title's and subtitle's own words first, then a date of reporting in them or in
    the lines just under the title (``near``: a fact box beside the title may stand between
    it and its subtitle), then the prose where it names the follow-up itself
    ("helårsuppföljningen")."""
    period = (
        _period(basis) or _period(subtitle) or _as_of(basis) or _as_of(subtitle) or _as_of(near)
    )
    if period is None:
        named = PROSE_PERIOD.search(prose)
        period = _period(named.group(0)) if named else None
    return period


_NO_FOOTNOTE_MARKS = str.maketrans("", "", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _stated_counts(prose: str) -> tuple[int | None, int | None]:
    """The counts the sentences state, unless a fact box states both as figures: clearer
    than any sentence around it. Footnote marks on a word ("16 risker¹") are not read."""
    prose = prose.translate(_NO_FOOTNOTE_MARKS)
    key_inventoried, key_critical = _key_figures(prose)
    if key_inventoried is not None and key_critical is not None:
        return key_inventoried, key_critical
    return _counts(prose)


def extract_metadata(
    lines: Sequence[tuple[str, float]],
    prose: str,
    join: Callable[[Sequence[str]], str],
    has_table: bool = True,
) -> ReportMeta:
    """``lines``: the lines before the first risk table as (text, font size); ``prose``: text
    outside tables; ``join``: the normaliser, to join a title broken over lines.

    The period comes from the title, or from the prose where it names the follow-up itself
    ("helårsuppföljningen", "tertialuppföljning"); a report that states none gets None."""
    lines = [(_visible_line(text), size) for text, size in lines]
    block = _title_block(lines, join, has_table)
    title, first, end = block if block else (None, 0, 0)
    basis = title or prose[:2000]
    # The lines just around the title: a subtitle after it, the organ's name above it.
    subtitle = _subtitle(lines, end) if block else ""
    above = "\n".join(t for t, _ in lines[max(0, first - 3) : end])
    around = _heading_case(above + "\n" + subtitle)
    near = _subtitle(lines, end, NEAR_TITLE_LINES) if block else ""
    year_m = YEAR.search(basis) or YEAR.search(subtitle) or YEAR.search(prose)
    inventoried, critical = _stated_counts(prose)
    return ReportMeta(
        organ=_organ(basis)
        or _organ_line(around.split("\n"))
        or _organ(around)
        or _company(around)
        or _organ(prose),
        year=int(year_m.group(1)) if year_m else None,
        period=_report_period(basis, subtitle, prose, near),
        title=title,
        risks_inventoried=inventoried,
        risks_critical=critical,
    )


def filled(meta: ReportMeta, fallback: ReportMeta) -> ReportMeta:
    """``meta`` with the fields it lacks taken from ``fallback``."""
    return ReportMeta(
        **{
            name: value if value is not None else getattr(fallback, name)
            for name, value in dataclasses.asdict(meta).items()
        }
    )
