"""How often a word form is written in Swedish: wordfreq's large Swedish list, offline.

The lemma table (:mod:`icp_extract.lang.sv.lemma_table`) knows the words of a dictionary;
it does not know "ArkDes", "Waterfront", "AMRAAM" or "cispersoner", which Swedish text
writes all the time. wordfreq (a pip package, data included, nothing fetched) counts about
340,000 Swedish forms in news, Wikipedia, subtitles and the web, down to about one in
100 million words: a joined form found there is a word people write.

wordfreq splits text at hyphens before counting, so the list says nothing about whether a
form is written with a hyphen: only that its joined spelling occurs.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

#: wordfreq's language code and list.
LANGUAGE = "sv"
WORDLIST = "large"


#: A frequency of 1 (bucket 0) on the Zipf scale: log10 of a billion.
ZIPF_OF_BUCKET_0 = 9.0
#: Shortest form kept in memory: no joined form or common word is shorter.
MIN_LENGTH = 3


@functools.cache
def _frequencies() -> dict[str, int]:
    """Form -> its bucket in the list (centibels below a frequency of 1: 0 is the most
    frequent), letters only, loaded once; empty (logged) when wordfreq is missing.

    Bucket numbers rather than wordfreq's own dictionary of floats, and wordfreq's copy
    dropped: about 30 MB of heap per process, most of it the 335,000 words themselves."""
    try:
        import wordfreq  # type: ignore[import-untyped]

        buckets: list[list[str]] = wordfreq.get_frequency_list(LANGUAGE, WORDLIST)
        table = {
            word: index
            for index, bucket in enumerate(buckets)
            for word in bucket
            if len(word) >= MIN_LENGTH and word.isalpha()
        }
        wordfreq.get_frequency_list.cache_clear()
        return table
    except (ImportError, LookupError, OSError, ValueError) as exc:
        log.warning("Swedish word frequencies unavailable (%s); hyphens get less evidence", exc)
        return {}


def load() -> None:
    """Load the list now rather than at the first decision (for timing, or a warm worker)."""
    _frequencies()


@functools.lru_cache(maxsize=1 << 16)
def zipf(word: str) -> float:
    """Frequency of ``word`` (lowercase) on the Zipf scale: log10 of occurrences per billion
    words, 0.0 when the list does not have it (1.0 is about one in a billion, 3.0 one in a
    million)."""
    bucket = _frequencies().get(word)
    return ZIPF_OF_BUCKET_0 - bucket / 100 if bucket is not None else 0.0


#: A form this common and this long is a word Swedish text writes, in the lemma table or
#: not ("life", "science", "nato"): shorter frequent tokens are as often syllables ("fu",
#: "ture", "gro").
WORD_ZIPF = 3.0
WORD_MIN_LENGTH = 4


def is_common_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is a word of its own in Swedish text: at least
    :data:`WORD_MIN_LENGTH` letters and :data:`WORD_ZIPF` on the Zipf scale."""
    return len(word) >= WORD_MIN_LENGTH and zipf(word) >= WORD_ZIPF


def is_attested(word: str) -> bool:
    """Whether Swedish text writes ``word`` (lowercase) as one token."""
    return zipf(word) > 0.0
