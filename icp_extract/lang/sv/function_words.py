"""Swedish closed-class words that matter when a line ends in a hyphen.

Two uses. A coordinating word right after a line-end hyphen marks a suspended compound
("hälso- och sjukvård"), where the hyphen and the space are the author's. And the lemma
table of spacy-lookups-data lists open-class words only: without the particles and
prepositions below, "upp" in "upp-|handling" would look like a non-word and the compound
analysis would miss "uppföljning", "utbildning", "inköp".
"""

from __future__ import annotations

#: Words that join the first, suspended part of a compound to the rest of a list:
#: "hälso- och sjukvård", "in- eller utbetalningar". Nothing in Swedish is spelled
#: "<letters>och" as one word, so after a line-end hyphen these always mean the hyphen was
#: written by the author. ("&", "+", "/" and dashes do the same; being no words, they need
#: no list.)
SUSPENSION_CONJUNCTIONS: frozenset[str] = frozenset(
    {
        "och",
        "eller",
        "resp",
        "plus",
        "o",  # "o" as a written-out short form of "och" in tables
        "kontra",
        "jämte",
    }
)

#: Words that usually continue a suspended compound ("bygg- samt miljönämnden", "kort- som
#: långsiktigt", "från förskole- till gymnasieskola") but that are also the tails of common
#: words a typesetter breaks ("gemen-|samt", "lik-|som", "in-|till", "satellitsyste-|men").
#: The decision keeps the hyphen and the space for these unless the joined form is a known
#: word or a compound whose head reaches across the break.
WEAK_SUSPENSION_WORDS: frozenset[str] = frozenset(
    {"samt", "som", "liksom", "till", "men", "än", "mot", "via", "respektive", "alternativt"}
)

#: Prepositions, particles, pronouns, adverbs and conjunctions absent from the lemma table
#: but frequent as the first part of compounds or as whole words at line ends.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    alltid alltså annars av bakom bara bland bort bredvid både de dem den denna deras dess
    dessförinnan dessutom det detta dit där därav därefter däremot därför däribland därigenom
    därmed därom därpå därtill därutöver därvid efter eftersom eller emellan emellertid emot
    enbart endast enligt exklusive fast fortfarande fram framför framåt från förbi före förrän
    förutom genast genom han hem hit hittills hon hos huruvida här härav härigenom härmed
    härtill i ibland icke ifall ifrån igen in inför inklusive inne inom inte intill inuti isär
    jag jämte kanske kring likaså liksom med medan mellan mot ned ner nog norra nuvarande
    nämligen när och också ofta om omkring på redan respektive runt samt sedan sig sin sina
    sitt snart som så såsom såväl södra tidigare till tillbaka tillsammans trots ty under upp
    ur ut utan utanför utför utifrån utom vad var varav varför varigenom varken varpå vartannat
    vartill vi vid västra ytterst än ännu även åt åter åtminstone östra över överallt
    """.split()
)
