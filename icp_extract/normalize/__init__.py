"""Swedish text normalisation: from printed lines to the text the author wrote.

The pipeline calls :func:`normalize_cell` for every table cell with a
:class:`DocumentLexicon` built once per document; :func:`decide` is the line-end hyphen
decision it uses, and :func:`normalize_inline` the character cleanup.
"""

from __future__ import annotations

from icp_extract.normalize.cell import normalize_cell
from icp_extract.normalize.characters import normalize_inline
from icp_extract.normalize.document import DocumentLexicon
from icp_extract.normalize.hyphens import Decision, Explanation, decide, explain

__all__ = [
    "Decision",
    "DocumentLexicon",
    "Explanation",
    "decide",
    "explain",
    "normalize_cell",
    "normalize_inline",
]
