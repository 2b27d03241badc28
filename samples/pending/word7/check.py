#!/usr/bin/env python3
"""Check each expected JSON of this set cell by cell against its built PDF, without any
extractor, with the word6 set's checker imported in place (``../word6/check.py``: the text of
every TD of the risk table in the structure tree against the field its column maps to, title
and organ in the PDF text), its answer map extended by this set's wording ("Utgår" → null).
``python samples/pending/word7/check.py [JSON ...]``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("word6_check", HERE.parent / "word6" / "check.py")
word6_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(word6_check)

#: a control cancelled during the year says neither yes nor no (README "Values")
word6_check.ANSWER["utgår"] = None

if __name__ == "__main__":
    paths = [Path(a) for a in sys.argv[1:]] or sorted(HERE.glob("*.expected.json"))
    sys.exit(1 if sum(word6_check.check(p) for p in paths) else 0)
