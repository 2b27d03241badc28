"""Where a Swedish typesetter may break a word: the hyphenation patterns pyphen ships.

pyphen carries hyph_sv_SE, the pattern file LibreOffice uses (Word's own hyphenator breaks
a little differently, e.g. "funkt-ionen"). A line-end hyphen that falls on one of these
points is what a typesetter would have produced; one that falls elsewhere more likely
belongs to the author.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)

#: pyphen's name for the Swedish patterns.
PATTERN_LANGUAGE = "sv_SE"


@functools.cache
def _dictionary() -> object | None:
    """Load the patterns once; None (logged) when pyphen or its Swedish file is missing."""
    try:
        import pyphen  # type: ignore[import-untyped]

        return pyphen.Pyphen(lang=PATTERN_LANGUAGE)
    except (ImportError, KeyError, OSError) as exc:
        log.warning("Swedish hyphenation patterns unavailable (%s)", exc)
        return None


@functools.lru_cache(maxsize=1 << 16)
def break_points(word: str) -> frozenset[int]:
    """Offsets in ``word`` (lowercase) at which the patterns allow a line break."""
    dictionary = _dictionary()
    if dictionary is None:
        return frozenset()
    return frozenset(dictionary.positions(word))  # type: ignore[attr-defined]


def is_break_point(word: str, offset: int) -> bool:
    """Whether breaking ``word`` after ``offset`` letters is a legal Swedish hyphenation."""
    return offset in break_points(word)
