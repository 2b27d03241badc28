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
        "resp",
        "plus",
        "o",  # "o" as a written-out short form of "och" in tables
        "&",
        "+",
        "/",
        "kontra",
        "jämte",
    }
)

#: Words that usually continue a suspended compound ("bygg- samt miljönämnden", "kort- som
#: långsiktigt", "från förskole- till gymnasieskola") but that are also the tails of common
#: words a typesetter breaks ("gemen-|samt", "lik-|som", "in-|till", "do-|men"). The decision
#: keeps the hyphen for these unless the joined word is a known word.
WEAK_SUSPENSION_WORDS: frozenset[str] = frozenset(
    {"samt", "som", "liksom", "till", "men", "än", "mot", "via", "respektive", "alternativt"}
)

#: Prepositions, particles, pronouns, adverbs and conjunctions absent from the lemma table
#: but frequent as the first part of compounds or as whole words at line ends.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    alltid alltså därav därigenom därom därpå därtill därutöver därvid härav härigenom härtill
    nuvarande varav varigenom varpå vartill annars av bakom bara bland bort bredvid både de dem den denna deras dess
    dessförinnan dessutom det detta dit där därefter däremot därför däribland därmed efter
    eftersom eller emellan emellertid emot enbart endast enligt exklusive fast fortfarande fram
    framför framåt från förbi före förutom genast genom han hem hit hittills hon hos huruvida
    här härmed i ibland icke ifall ifrån igen in inför inklusive inom inte inuti isär jag jämte
    kanske kring likaså liksom med medan mellan mot ned ner nog norra nämligen när och också
    ofta om omkring på redan respektive runt samt sedan sig sin sina sitt snart som så såsom
    såväl södra tidigare till tillbaka tillsammans trots ty under upp ur ut utan utanför utför
    utifrån utom vad var varför varken vartannat vi vid västra ytterst än ännu även åt åter
    åtminstone östra över överallt
    """.split()
)
