"""Words of Swedish public administration that neither word source knows.

The lemma table of spacy-lookups-data and wordfreq's Swedish list are general Swedish; a
municipal report also uses the words of its trade. Most of those are compounds of known
words ("internkontrollplan", "attestförteckning"), which :func:`~icp_extract.lang.sv.lexicon.
is_compound` recognises. The few simple words below are in neither source (checked against
both for the vocabulary of follow-up reports: periods, roles, control terms), and without
them "tertial-|rapport" reads as an unknown name before a word and keeps its hyphen.
Each word is listed with its inflected forms, since the lemma table cannot supply them.
"""

from __future__ import annotations

DOMAIN_WORDS: frozenset[str] = frozenset(
    {
        # ett tertial: a four-month period of the budget year
        "tertial",
        "tertialet",
        "tertialen",
        "tertialets",
        # en attestant: who approves (attests) an invoice or a payment
        "attestant",
        "attestanten",
        "attestanter",
        "attestanterna",
        "attestantens",
        # en controller: the financial controller of a förvaltning
        "controller",
        "controllern",
        "controllers",
        "controllerna",
        "controllerns",
    }
)
