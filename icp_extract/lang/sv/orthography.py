"""Swedish spelling facts used to tell a typesetter's hyphen from an author's.

Plain data, no logic: the letters, the linking letters of compounds, the consonant
clusters a Swedish word may start with, and the endings of adjectives. Each one backs a
generic rule in the normaliser, so that no rule has to name a sample word.
"""

from __future__ import annotations

#: Vowels of Swedish, "y" included, and of the names Swedish text quotes. A lowercase
#: fragment without any ("sms-", "cbrn-", "gps-") is no syllable: it is an abbreviation
#: written in lowercase.
VOWELS: frozenset[str] = frozenset("aeiouyåäöéèêëàáâüúùíìïîóòôøæœ")

#: Linking letters (fogemorfem) between the parts of a compound: "upphandling-s-systemet",
#: "kvinn-o-jour", "gat-u-belysning", "skol-a-" (and "-e-" in "ortnamn"). A compound
#: analysis that does not strip them would miss most administrative compounds.
LINKING_LETTERS: tuple[str, ...] = ("s", "e", "a", "u", "o")

#: Final letters a noun drops when it becomes the first part of a compound: "skol(a)gård",
#: "pojk(e)rum", "flick(a)". The modifier "skol" is known when "skola" is.
DROPPED_FINALS: tuple[str, ...] = ("a", "e")

#: Consonant clusters that can begin a Swedish (or naturalised) word. A fragment that begins
#: with another cluster ("hbtqi-") is an abbreviation, and abbreviations keep their hyphen.
WORD_ONSETS: frozenset[str] = frozenset(
    """
    bl br ch chr cl cr dj dr dv dw fj fl fr gh gj gl gn gr gw hj hv kh kj kl kn kr kv lj mj
    nj pf ph phr pj pl pn pr ps pt rh sc sch schr scr sh sj sk skj skr skv sl sm sn sp sph spl
    spr sq squ st stj str sv sw th thr tj tr ts tv tw vr wh wr zw schw schl schm schn
    """.split()
)

#: Learned prefixes that Swedish writes closed to the word they modify ("antikommersiell",
#: "postmodern", "mikroföretag"): a first part, though no word of its own. A prefix the
#: lemma table writes with a hyphen ("icke-") is not here.
CLOSED_PREFIXES: frozenset[str] = frozenset(
    """
    anti auto bio geo hyper inter intra kontra makro mega mikro mono multi neo para poly post
    pre pro proto pseudo semi sub super supra tele trans ultra vice
    """.split()
)

#: Endings of Swedish adjectives: of the first one as it stands before a hyphen
#: ("ekonomisk", "militär", "regional"), of the second in any inflection ("politiska",
#: "industriella"). Two adjectives coordinated with a hyphen ("ekonomisk-politisk",
#: "militär-industriella", "svensk-ukrainskt") are the commonest lowercase real hyphen in
#: government prose, and their closed forms are rare.
ADJECTIVE_MODIFIER_ENDINGS: tuple[str, ...] = ("isk", "sk", "ell", "är", "al", "iv", "ig", "lig")
ADJECTIVE_HEAD_ENDINGS: tuple[str, ...] = tuple(
    """
    isk iska iskt sk ska skt ell ella ellt är ära ärt al ala alt iv iva ivt lig liga ligt
    ig iga igt
    """.split()
)

#: Derivational endings and what they replace on a word in the lemma table, which lists
#: verbs but not always the nouns made from them: "test|ning" from "testa", "frys|ning"
#: from "frysa", "kontroller|ing" from "kontrollera".
DERIVATIONS: tuple[tuple[str, str], ...] = (
    ("ering", "era"),
    ("ning", "a"),
    ("ande", "a"),
    ("ende", ""),
    ("ade", "a"),
    ("are", "a"),
    ("else", "a"),
    ("het", ""),
)

#: Noun endings stripped before a derivation is tried: "implementering|en", "listning|ar".
NOUN_ENDINGS: tuple[str, ...] = ("", "en", "ens", "ar", "arna", "arnas", "s", "er", "erna")

#: Last parts of Swedish surnames and place names ("Johans|son", "Lind|berg", "Stock|holm",
#: "Göte|borg", "Winter|kvist"). After a capitalised first part the line-end hyphen is the
#: typesetter's breaking a name, though both parts are words ("Hells-|son"): Swedish
#: writes such names closed.
NAME_ENDINGS: frozenset[str] = frozenset(
    """
    ander berg blad borg brand by bäck dahl dal fors gard gren gård hammar hed holm ius kvist
    lind ling lund löf man mark näs qvist ros son sson stam stedt sten ström vall
    """.split()
)


def spelling_case(word: str) -> str:
    """How the text spells a word: "lower", "capitalised" or "other" (capitals, mixed)."""
    if word.islower():
        return "lower"
    if word[:1].isupper() and word[1:].islower():
        return "capitalised"
    return "other"


def onset(word: str) -> str:
    """The consonants ``word`` begins with."""
    for i, c in enumerate(word):
        if c in VOWELS:
            return word[:i]
    return word
