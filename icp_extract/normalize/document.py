"""What a document itself says about its words: the best evidence there is.

A report that writes "omhändertas" in one cell settles how "Omhän-|dertas" in another
should read; one that writes "SAM-modulen" settles "SAM-|modulen". Only words printed
whole count: a word at a line end with a hyphen, and the first word of the line after it,
are the very cases to decide and say nothing yet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from icp_extract.normalize.characters import HYPHENS, SOFT_HYPHEN, normalize_inline

#: Punctuation around a word that is not part of it: "(HR)", "modulen.", "”kvitterlarm”".
#: Hyphens are kept here so that a suspended "hälso-," is recognised and skipped.
_EDGE_PUNCTUATION = re.compile(r"^[^\w-]+|[^\w-]+$")
#: Separators inside a token that delimit words: "uppdrag/ökat", "hot/våld".
_WORD_SEPARATORS = re.compile(r"/")
#: In paths and addresses ("G:\\SBF\\Attest", "tillsyn.sbf@kommunen.se") the backslash, the at
#: sign and the dot delimit words too, so that "sbf" printed whole in one address settles
#: "s-|bf" in another.
_ADDRESS_SEPARATORS = re.compile(r"[/\\@.:]+")
_ADDRESS = re.compile(r"@|\\|://|^www\.", re.IGNORECASE)


def word_key(token: str) -> str:
    """The form a token is counted under: edge punctuation stripped, lowercase; "" for a
    suspended first part ("hälso-"), which is not a word."""
    key = _EDGE_PUNCTUATION.sub("", token).lower()
    if key.endswith("-"):
        return ""
    return key.lstrip("-")


def _first_part(token: str) -> str:
    """The part of a hyphenated token before its first inner hyphen, case kept."""
    return _EDGE_PUNCTUATION.sub("", token).lstrip("-").split("-", 1)[0]


def _heads(key: str) -> list[str]:
    """The parts of a hyphenated word form after its first hyphen ("personer" of
    "hbtqi-personer"), lowercase; those without a letter ("12" of "2023-12-31") say nothing."""
    return [part for part in key.split("-")[1:] if any(c.isalpha() for c in part)]


#: A typesetter marks its own breaks (:attr:`DocumentLexicon.marks_breaks`) when at least
#: this many line ends are soft hyphens, and more than end in a plain hyphen.
MIN_MARKED_BREAKS = 3


@dataclass(frozen=True, eq=False)
class DocumentLexicon:
    """Lowercase word forms a document prints whole (mid-line), with counts.

    Hyphenated forms ("sam-modulen") are counted as they are, so a lookup can ask about
    either spelling of a line-end hyphen; ``modifiers`` counts their first parts as spelled
    ("SAM"), ``heads`` the parts after a hyphen ("modulen"). Built once per document and
    read-only; compared by identity.
    """

    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    modifiers: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    heads: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    #: Lines ending in a soft hyphen (the typesetter's marked breaks: Chromium's) and lines
    #: ending in any other hyphen.
    soft_breaks: int = 0
    plain_breaks: int = 0

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> DocumentLexicon:
        """Count the words of all text lines of one document, in reading order.

        A line's last token is skipped when it ends with a hyphen, and the next line's first
        token with it: either may be half a word.
        """
        counts: Counter[str] = Counter()
        modifiers: Counter[str] = Counter()
        heads: Counter[str] = Counter()
        after_hyphen = False
        soft_breaks = plain_breaks = 0
        for raw in lines:
            ends_soft = raw.rstrip().endswith(SOFT_HYPHEN)
            tokens = normalize_inline(raw).split(" ")
            if not tokens or tokens == [""]:
                continue
            ends_hyphen = ends_soft or tokens[-1][-1] in HYPHENS
            soft_breaks += ends_soft
            plain_breaks += ends_hyphen and not ends_soft
            first = 1 if after_hyphen else 0
            last = len(tokens) - 1 if ends_hyphen else len(tokens)
            for token in tokens[first:last]:
                separators = _ADDRESS_SEPARATORS if _ADDRESS.search(token) else _WORD_SEPARATORS
                for part in separators.split(token):
                    key = word_key(part)
                    if key:
                        counts[key] += 1
                        if "-" in key:
                            modifiers[_first_part(part)] += 1
                            heads.update(_heads(key))
            after_hyphen = ends_hyphen
        return cls(
            MappingProxyType(dict(counts)),
            MappingProxyType(dict(modifiers)),
            MappingProxyType(dict(heads)),
            soft_breaks,
            plain_breaks,
        )

    @property
    def marks_breaks(self) -> bool:
        """Whether the typesetter marks its own line-end breaks with soft hyphens (Chromium
        prints every break it makes so): most hyphenated line ends, and several, are soft.
        Then a plain hyphen at a line end is the author's."""
        return self.soft_breaks >= MIN_MARKED_BREAKS and self.soft_breaks > self.plain_breaks

    def count(self, form: str) -> int:
        """How often the document prints ``form`` (lowercase) whole."""
        return self.counts.get(form, 0)

    def hyphenated_modifier(self, first_part: str) -> int:
        """How often the document writes ``first_part``, spelled as given, before a hyphen
        inside a word ("Kleist" of "Kleist-priset"; "AT-läkare" says nothing of "At-")."""
        return self.modifiers.get(first_part, 0)

    def hyphenated_head(self, head: str) -> int:
        """How often the document writes ``head`` (lowercase) after a hyphen inside a word
        ("personer" of "hbtqi-personer")."""
        return self.heads.get(head, 0)

    def __len__(self) -> int:
        return len(self.counts)
