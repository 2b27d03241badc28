"""Swedish closed-class words that matter when a line ends in a hyphen.

Two uses. A coordinating word right after a line-end hyphen marks a suspended compound
("hälso- och sjukvård"), where the hyphen and the space are the author's. And the lemma
table of spacy-lookups-data lists open-class words only: without the particles and
prepositions below, "upp" in "upp-|handling" would look like a non-word and the compound
analysis would miss "uppföljning", "utbildning", "inköp".
"""

from __future__ import annotations

#: Words that join the first, suspended part of a compound to the rest of a list:
#: "hälso- och sjukvård", "in- eller utbetalningar", "bygg- samt miljönämnden". Nothing
#: in Swedish is spelled "<letters>-och" as one word, so after a line-end hyphen these
#: always mean the hyphen was written by the author.
SUSPENSION_CONJUNCTIONS: frozenset[str] = frozenset(
    {
        "och",
        "eller",
        "samt",
        "respektive",
        "resp",
        "liksom",
        "plus",
        "o",  # "o" as a written-out short form of "och" in tables
        "&",
        "+",
        "/",
        "alt",  # "alt." = alternativt
        "alternativt",
        "kontra",
        "jämte",
        "såväl",
        "både",
    }
)

#: Words that usually continue a suspended compound ("kort- som långsiktigt",
#: "från förskole- till gymnasieskola", "mellan- än småföretag") but that can also be the
#: tail of a word broken by a typesetter ("in-|till" -> "intill", "do-|men" -> "domen").
#: The decision keeps the hyphen for these unless the joined word is a known word.
WEAK_SUSPENSION_WORDS: frozenset[str] = frozenset({"som", "till", "men", "än", "mot", "via"})

#: Prepositions, particles, pronouns, adverbs and conjunctions absent from the lemma table
#: but frequent as the first part of compounds or as whole words at line ends.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        "av",
        "bakom",
        "bland",
        "bort",
        "bredvid",
        "de",
        "dem",
        "den",
        "denna",
        "deras",
        "dess",
        "det",
        "detta",
        "dit",
        "där",
        "eftersom",
        "efter",
        "emellan",
        "emot",
        "enligt",
        "fast",
        "fram",
        "från",
        "före",
        "förbi",
        "genom",
        "hem",
        "hit",
        "hon",
        "hos",
        "han",
        "här",
        "i",
        "ifrån",
        "igen",
        "in",
        "inom",
        "inför",
        "inte",
        "jag",
        "kring",
        "med",
        "mellan",
        "mot",
        "ner",
        "ned",
        "när",
        "och",
        "om",
        "omkring",
        "på",
        "runt",
        "sedan",
        "sig",
        "sin",
        "sina",
        "sitt",
        "som",
        "till",
        "tillbaka",
        "trots",
        "under",
        "upp",
        "ur",
        "ut",
        "utan",
        "utanför",
        "utför",
        "utom",
        "vad",
        "var",
        "vi",
        "vid",
        "åt",
        "åter",
        "än",
        "över",
    }
)
