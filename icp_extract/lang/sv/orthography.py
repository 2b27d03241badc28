"""Swedish spelling facts used to tell a typesetter's hyphen from an author's.

Plain data, no logic: the letters, the linking letters of compounds, the consonant
clusters a Swedish word may start with, and the endings of adjectives. Each one backs a
generic rule in the normaliser, so that no rule has to name a sample word.
"""

from __future__ import annotations

#: Vowels of Swedish, "y" included. A lowercase fragment without any ("sms-", "cbrn-",
#: "gps-") cannot be a syllable of a word: it is an abbreviation written in lowercase.
VOWELS: frozenset[str] = frozenset("aeiouyåäöéèêëàáâüúùíìïîóòôøæœ")

#: Linking letters (fogemorfem) between the parts of a compound: "upphandling-s-systemet",
#: "kvinn-o-jour", "gat-u-belysning", "skol-a-" (and "-e-" in "ortnamn"). A compound
#: analysis that does not strip them would miss most administrative compounds.
LINKING_LETTERS: tuple[str, ...] = ("s", "e", "a", "u", "o")

#: Final letters a noun drops when it becomes the first part of a compound: "skol(a)gård",
#: "pojk(e)rum", "flick(a)". The modifier "skol" is known when "skola" is.
DROPPED_FINALS: tuple[str, ...] = ("a", "e")

#: Consonant clusters that can begin a Swedish (or naturalised) word. A fragment that begins
#: with a longer or other cluster ("hbtqi-", "pfas-" is fine, "cbrn-" is not) is an
#: abbreviation, and abbreviations keep their hyphen.
WORD_ONSETS: frozenset[str] = frozenset(
    {
        "bl", "br", "dr", "dj", "dv", "fj", "fl", "fr", "gl", "gn", "gr", "gj", "hj", "hv",
        "kl", "kn", "kr", "kv", "kj", "lj", "mj", "nj", "pl", "pr", "ps", "pj", "sc", "sch",
        "sj", "sk", "skj", "skr", "skv", "sl", "sm", "sn", "sp", "spl", "spr", "st", "str",
        "stj", "sv", "sw", "tj", "tr", "tv", "th", "ch", "ph", "rh", "wh", "sh", "kh", "gh",
        "chr", "thr", "phr", "sph", "scr", "tw", "dw", "pn", "pt", "ts", "cr", "cl", "pf", "gw",
        "sq", "squ", "sw", "zw", "vr", "wr",
    }
)

#: Endings of Swedish adjectives in any inflection: "ekonomisk", "svenska", "militära",
#: "civilt", "offentliga". Two adjectives coordinated with a hyphen ("ekonomisk-politisk",
#: "civil-militära", "svensk-ukrainskt") are the commonest lowercase real hyphen in
#: administrative prose, and their closed forms are not words.
ADJECTIVE_MODIFIER_ENDINGS: tuple[str, ...] = ("isk", "sk", "ell", "är", "al", "iv", "ig", "lig")
ADJECTIVE_HEAD_ENDINGS: tuple[str, ...] = (
    "isk", "iska", "iskt",
    "sk", "ska", "skt",
    "ell", "ella", "ellt",
    "är", "ära", "ärt",
    "al", "ala", "alt",
    "iv", "iva", "ivt",
    "lig", "liga", "ligt",
    "ig", "iga", "igt",
)

#: Derivational endings and what they replace on a word in the lemma table, which lists
#: verbs but not always the nouns made from them: "implementer|ing" from "implementera",
#: "test|ning" from "testa", "traumatiser|ade" from "traumatisera".
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
