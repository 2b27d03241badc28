"""scan6: the two small things this set needs beyond the kits it imports in place.

- :func:`records`: a cell's text into an expected record as ``../../scan4/src/s4kit.py``
  does it (status words of the follows-plan column), plus **"Utgår"** (the control was
  cancelled during the year): neither an answer nor a deviation, so ``follows_plan`` null
  (the repository README's "Values": a state that says neither, as "Ej aktuellt", gives
  null).
- :func:`shade_rows`: a body row of the risk table filled grey (a Word author shading the
  row of a cancelled control). ``holdout_fodt`` has no per-row fill, so the written flat ODF
  is changed afterwards: the cells of each body row marked ``"_shade": "#rrggbb"`` in the
  source get a copy of their cell style with that background. The key is no column key, so
  the writer and the kit's measuring ignore it.
"""

from __future__ import annotations

import re

import holdout_kit as kit
import s4kit  # ../scan4/src, imported in place

SHADE = "_shade"
STATUS = dict(s4kit.STATUS, **{"Utgår": None})


def put(rec: dict, c, text: str) -> None:
    if c.field == "follows_plan" and text in STATUS:
        rec["follows_plan"] = STATUS[text]
        return
    kit.set_field(rec, c, text)


def records(t):
    return kit.expected_risks(t, put=put)


def shade_rows(fodt: str, t) -> str:
    """``fodt`` with the body rows of table ``t`` that carry ``SHADE`` filled."""
    shaded = {i: r[SHADE] for i, r in enumerate(t.rows) if r.get(SHADE)}
    if not shaded:
        return fodt
    start = fodt.index(f'<table:table table:name="{t.name}"')
    head_end = fodt.index("</table:table-header-rows>", start) + len("</table:table-header-rows>")
    end = fodt.index("</table:table>", head_end)
    rows = re.split(r"(?=<table:table-row )", fodt[head_end:end])
    assert rows[0] == "" and len(rows) - 1 == len(t.rows), (t.name, len(rows))
    new_styles = {}
    for i, fill in shaded.items():
        def restyle(m, fill=fill):
            old = m.group(1)
            key = (old, fill)
            if key not in new_styles:
                new_styles[key] = f"{old}S{len(new_styles)}"
            return f'table:style-name="{new_styles[key]}"'
        rows[i + 1] = re.sub(r'(?<=<table:table-cell )table:style-name="(TC\d+)"', restyle,
                             rows[i + 1])
    out = fodt[:head_end] + "".join(rows) + fodt[end:]
    defs = []
    for (old, fill), new in new_styles.items():
        m = re.search(rf'<style:style style:name="{old}" style:family="table-cell">.*?'
                      r"</style:style>", out)
        d = m.group(0).replace(f'style:name="{old}"', f'style:name="{new}"')
        assert "fo:background-color" not in d
        d = d.replace("/></style:style>", f' fo:background-color="{fill}"/></style:style>')
        defs.append(d)
    i = out.index("</office:automatic-styles>")
    return out[:i] + "".join(defs) + out[i:]
