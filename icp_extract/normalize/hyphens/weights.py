"""The weights of the line-end hyphen decision (:mod:`icp_extract.normalize.hyphens`), each
named and explained where it is defined: the evidence a decision adds up.
"""

from __future__ import annotations

# Weights. Positive evidence is for joining, negative for keeping the hyphen.

#: Before any evidence: in a narrow column most line-end hyphens are the typesetter's.
PRIOR = 1.0

#: The document prints the joined form whole ("omhändertas").
DOCUMENT_JOINED = 6.0
#: The document prints the hyphenated form ("sam-modulen").
DOCUMENT_HYPHENATED = 7.0
#: Added when the document prints one form at least twice more than the other: one
#: occurrence may be a slip of the author, a habit is not.
DOCUMENT_REPEATED = 2.0
#: The document writes this first part with a hyphen elsewhere ("Kleist-priset" before
#: "Kleist-|pris"), and neither whole form.
DOCUMENT_HYPHENATED_MODIFIER = 3.0
#: The mirror image: the document writes this last part after a hyphen elsewhere
#: ("hbtqi-personer" before "cis-|personer"), and neither whole form. Only a head of
#: :data:`MIN_HEAD_FOR_UNKNOWN_MODIFIER` letters or more: shorter ones may be a syllable.
DOCUMENT_HYPHENATED_HEAD = 3.0

#: The document's typesetter marks its own breaks with soft hyphens (Chromium), so a plain
#: hyphen at a line end is the author's ("Risk-|id"): strong, yet a word the lexicon knows
#: whole and the document writes so can still outvote it (a break the reader missed).
MARKED_BREAKS = 6.0

#: Spelling no typesetter produces: digits ("2023-", "-19"), an abbreviation ("SAM-",
#: "FoU-"), a single letter ("e-"). Word knowledge is not consulted; only a document that
#: prints the joined form at least twice more than the hyphenated one outvotes it.
AUTHOR_SPELLING = 7.5
#: The same word on both sides ("hysh-|hysh", "kvitt-|kvitt"): a reduplication, which
#: Swedish writes with a hyphen; no typesetter's break leaves two equal halves.
REPEATED_WORD = 6.0
#: The same word before and after a short one ("steg-för-steg", "sida-vid-sida"): a fixed
#: phrase its author hyphenated, whichever of its two hyphens ends the line. Spelling only an
#: author writes, weighed like :data:`AUTHOR_SPELLING`.
MAX_REDUPLICATION_LINK = 3
#: A capital after the hyphen ("Carl-Oskar", "icke-EU"). Typesetters do break names written
#: in camel case, so one whole "ArkDes" in the document settles "Ark-|Des".
CAPITAL_AFTER = 6.5
#: A lowercase fragment without a vowel before a word ("sms-|lån", "cbrn-|skydd"), or a
#: continuation without one ("text-|tv"): never a syllable, always an abbreviation.
NO_VOWEL = 20.0
#: A fragment without a vowel before a short non-word ("hbt-|qi"): an abbreviation that a
#: typesetter broke, which a vowel-less first part alone does not rule out.
NO_VOWEL_BEFORE_PIECE = 1.5
#: The fragment begins with consonants no Swedish word begins with ("hbtqi-").
FOREIGN_ONSET = 4.0

#: The joined form is a word of the lemma table.
LEXICON_JOINED = 5.0
#: The hyphenated form is a word of the lemma table ("e-post", "tv-studio").
LEXICON_HYPHENATED = 6.0
#: The joined form is a compound of known words ("upphandlings|systemet").
LEXICON_COMPOUND = 2.5
#: Swedish text writes the joined form as one word, and often: wordfreq's list has it,
#: where the lemma table knows only dictionary words. So much per Zipf unit (log10 of
#: occurrences per billion words) above the floor, up to the cap. Joined forms of real
#: hyphens are rare in the list ("ekonomiskpolitisk" 1.1, "coronapandemin" 2.3), those of
#: typesetter's breaks mostly common (median about 3.5).
FREQUENCY_PER_ZIPF = 1.5
FREQUENCY_FLOOR = 1.5
FREQUENCY_CAP = 4.0
#: A joined form this common is no pair of coordinated adjectives ("socialdemokratisk").
COMMON_ZIPF = 3.0
#: Both sides in capitals and the joined form no word of the table, the list or the
#: document: two abbreviations joined by their author ("RF-|SISU"), not a heading in
#: capitals that the typesetter broke ("UPPFÖLJ-|NING", "AM-|RAAM" of "AMRAAM").
CAPITALS_NO_WORD = 4.0
#: The lemma table writes this first part with a hyphen in many entries ("icke-", "tv-"):
#: so much per entry, up to the cap; half as much for a capitalised first part, which is
#: as often a name ("Sol-|lefteå").
HYPHEN_MODIFIER_PER_ENTRY = 0.1
HYPHEN_MODIFIER_CAP = 5.0
CAPITALISED_SHARE = 0.5

#: Neither side is a word: the typesetter broke inside a word ("omhän|dertas").
INSIDE_WORD = 2.0
#: Both sides are words but the joined form is no compound of them ("it-|system"): a
#: typesetter's break between two words leaves a compound the analysis recognises.
WORDS_NOT_COMPOUND = 2.0
#: The part after the hyphen is a word and the part before is neither a word nor the start
#: of one, and the joined form is no compound: a name or a foreign first part
#: ("Kleist-priset", "startup-bolag"), where "Fysio-|terapeuter" is a piece of a word.
UNKNOWN_MODIFIER = 3.0
#: Shortest head word that counts for :data:`UNKNOWN_MODIFIER`: shorter known words are
#: often accidental syllables ("Schra-|ner", "cyberpun-|kare"). A head one letter shorter
#: counts when Swedish text writes the first part on its own, as a name ("Kleist-|pris").
#: A joined form that Swedish text writes ("Stenergard", "medan") never counts.
MIN_HEAD_FOR_UNKNOWN_MODIFIER = 5
MIN_SHORT_HEAD_FOR_UNKNOWN_MODIFIER = 4
#: A capitalised first part before the last part of a Swedish name ("Hells-|son",
#: "Jäger-|brand"): a name the typesetter broke.
NAME_ENDING = 3.0
#: Two adjectives coordinated with a hyphen ("ekonomisk-politisk", "militär-industriella",
#: "privat-offentlig"), known by their endings or by the comparison forms the lemma table
#: lists, unless Swedish text commonly writes them joined ("socialdemokratisk").
ADJECTIVE_PAIR = 6.0
#: Shortest second adjective for :data:`ADJECTIVE_PAIR`: shorter "heads" are usually the
#: derivational ending of one adjective ("mänsk-|liga", "likvär-|dig").
MIN_ADJECTIVE_HEAD = 6
#: Shortest first adjective: shorter words ending like one are nouns ("val-", "mål-").
MIN_ADJECTIVE_MODIFIER = 5
#: The break is (or is not) a legal hyphenation point of the joined word. Small: Word's
#: hyphenator breaks elsewhere than these patterns ("funkt-|ionen"); consulted only when the
#: rest of the evidence is this close to even.
BREAK_POINT = 1.0

#: A weak coordinating word ("samt", "till") suspends the compound unless the joined form is
#: known at least this strongly ("gemen-|samt" -> "gemensamt", "in-|till" -> "intill"), or
#: is a compound whose head reaches across the break ("satellitsyste-|men").
WEAK_SUSPENSION_OVERRIDE = LEXICON_JOINED
