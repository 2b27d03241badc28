"""From table rows to risk drafts: carry spanning cells down, split labelled sub-risks.

A risk cell opening with a label ("a)", "d)") gives that label; the text before it is the
context. A cell with several labelled parts gives one risk per label, and the other cells of
its row are split by the same labels. Text is kept as printed lines here; the pipeline
normalises it afterwards.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from icp_extract.assemble.rowkinds import numbered_items, outline_number, repeats_header, totals_row
from icp_extract.assemble.rows import Row, Table, is_footnote, is_section_heading
from icp_extract.assemble.stacked import stacked_values
from icp_extract.geometry import TextLine, group_lines
from icp_extract.lang.sv.headers import HEADER_SYNONYMS
from icp_extract.model import Word
from icp_extract.settings import Settings
from icp_extract.trace import ACCEPT, NOTE, Trace

LABEL = re.compile(r"^\s*([a-zåäö])\)\s*")
# Fields split by sub-risk labels; other fields are copied to every part of a row.
LABELLED_FIELDS = ("controls", "handling", "comment")


@dataclass
class FieldText:
    lines: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(s.strip() for s in self.lines)


@dataclass
class RiskDraft:
    table: int
    fields: dict[str, FieldText]
    extra: dict[str, FieldText]
    label: str | None
    pages: list[int]


def _cell_lines(row: Row, column: int) -> list[TextLine]:
    return [ln for block in row.cells[column] for ln in group_lines(block.words)]


def _field_text(lines: list[TextLine]) -> FieldText:
    return FieldText([ln.text for ln in lines], [w for ln in lines for w in ln.words])


def _split_labelled(
    lines: list[TextLine],
) -> tuple[list[TextLine], list[tuple[str, list[TextLine]]]]:
    """(lines before the first label, [(label, lines of that part)])."""
    head: list[TextLine] = []
    parts: list[tuple[str, list[TextLine]]] = []
    for ln in lines:
        m = LABEL.match(ln.text)
        if m:
            parts.append((m.group(1), [ln]))
        elif parts:
            parts[-1][1].append(ln)
        else:
            head.append(ln)
    return head, parts


def _strip_label(ft: FieldText) -> FieldText:
    if ft.lines:
        first = LABEL.sub("", ft.lines[0], count=1)
        words = ft.words
        if words and LABEL.match(words[0].text + " "):
            words = words[1:]
        return FieldText([first] + ft.lines[1:], words)
    return ft


def _label_text(ft: FieldText) -> FieldText:
    """The label as printed ("a)") with the word it stands in."""
    m = LABEL.match(ft.lines[0]) if ft.lines else None
    if m is None:
        return FieldText()
    words = ft.words[:1] if ft.words and LABEL.match(ft.words[0].text + " ") else []
    return FieldText([m.group(0).strip()], words)


def _split_outline(ft: FieldText) -> tuple[FieldText, FieldText]:
    """(the outline number as a label without its closing dot, the text after it): "1.1
    Lantbruk ..." gives ("1.1", "Lantbruk ..."). Text without a number is returned whole."""
    m = outline_number(ft.lines[0]) if ft.lines else None
    if m is None:
        return FieldText(), ft
    words = ft.words
    label_words = words[:1] if words and outline_number(words[0].text + " x") else []
    rest = FieldText([ft.lines[0][m.end() :]] + ft.lines[1:], words[len(label_words) :])
    return FieldText([m.group(1) or m.group(2)], label_words), rest


def _first_page(row: Row) -> int | None:
    return min((w.page for blocks in row.cells for b in blocks for w in b.words), default=None)


def _pages(row: Row, skip: set[int]) -> list[int]:
    pages = {
        w.page
        for c, blocks in enumerate(row.cells)
        if c not in skip
        for b in blocks
        for w in b.words
    }
    return sorted(pages)


#: Fields a lead-in row leaves empty: it states no value, control or outcome of its own.
_RISK_DETAIL_FIELDS = (
    "risk_value", "probability", "consequence", "controls", "handling", "follows_plan", "comment",
)  # fmt: skip


def _is_lead_in(
    risk: list[TextLine], own_words: list[list[Word]], fields: list[str | None]
) -> bool:
    """Whether a row only introduces the rows under it: a risk text ending in a colon, and
    nothing in the fields that describe a risk of its own."""
    return (
        bool(risk)
        and risk[-1].text.rstrip().endswith(":")
        and not any(own_words[c] for c, f in enumerate(fields) if f in _RISK_DETAIL_FIELDS)
    )


@dataclass(frozen=True)
class _Shape:
    """What every row of one table shares: its index, fields and headers, where the risk and
    process columns stand, and the process its heading names (a table without a process
    column may take it from the heading above it)."""

    index: int
    fields: list[str | None]
    headers: list[str]
    risk_col: int
    process_col: int | None
    heading_process: FieldText | None
    numbered: bool = False


@dataclass(frozen=True)
class _RowView:
    """One row as the rules read it: per column its printed lines, and the words of the cells
    that start in this row (a cell spanning from a row above is not the row's own)."""

    lines: list[list[TextLine]]
    spanning: set[int]
    own: list[list[Word]]
    page: int | None


@dataclass
class _Carry:
    """What rows hand down to the rows under them: the process (a process cell printed once
    over several risks) and the lead-in that gives their context."""

    process: FieldText | None = None
    lead_in: FieldText | None = None


def _view(row: Row, ncols: int) -> _RowView:
    spanning = {c for c, s in enumerate(row.spanning) if s}
    own = [
        [w for b in blocks for w in b.words] if c not in spanning else []
        for c, blocks in enumerate(row.cells)
    ]
    return _RowView([_cell_lines(row, c) for c in range(ncols)], spanning, own, _first_page(row))


def _lead_in_row(view: _RowView, shape: _Shape, carry: _Carry, trace: Trace) -> bool:
    """A row that only introduces the rows under it ("Risk att bidrag ... inom följande
    områden:" over rows 3.1, 3.2 under the same process, in a table with a process column):
    no risk of its own, the context of the rows that follow until a process of their own."""
    p = shape.process_col
    if carry.lead_in is not None and (p is None or view.own[p]):
        carry.lead_in = None
    if p is None or not _is_lead_in(view.lines[shape.risk_col], view.own, shape.fields):
        return False
    carry.lead_in = _field_text(view.lines[shape.risk_col])
    if shape.numbered:
        carry.lead_in = _split_outline(carry.lead_in)[1]
    trace.record(
        "assemble",
        "lead_in",
        view.page,
        ACCEPT,
        f"a lead-in row gives the context of the rows under it: {carry.lead_in.lines[-1]!r}",
    )
    if view.own[p]:
        carry.process = _field_text(view.lines[p])
    return True


def _footnote_row(view: _RowView, shape: _Shape, trace: Trace) -> bool:
    """A footnote an unruled table took in under its rows ("¹ Socialtjänstlagen ..."): no
    risk."""
    if not is_footnote(view.own, shape.fields):
        return False
    trace.record("assemble", "footnote", view.page, ACCEPT, "a footnote row gives no risk")
    return True


def _totals_row(
    view: _RowView, shape: _Shape, last: bool, settings: Settings, trace: Trace
) -> bool:
    """A totals row at the table's foot (see :func:`rowkinds.totals_row`): no risk."""
    text = totals_row(_texts(view), view.spanning, shape.fields, last, settings=settings)
    if text is None:
        return False
    trace.record(
        "assemble", "totals_row", view.page, ACCEPT,
        f"the table's last row totals the rows above it: {text[:40]!r}",
    )  # fmt: skip
    return True


def _repeated_header_row(view: _RowView, shape: _Shape, settings: Settings, trace: Trace) -> bool:
    """A row repeating the header (see :func:`rowkinds.repeats_header`): no risk."""
    if not repeats_header(_texts(view), view.spanning, shape.headers, settings=settings):
        return False
    trace.record(
        "assemble", "repeated_header_row", view.page, ACCEPT,
        "the row repeats the table's header: no risk",
    )  # fmt: skip
    return True


def _texts(view: _RowView) -> list[str]:
    return [" ".join(ln.text for ln in lines).strip() for lines in view.lines]


def _section_heading_row(
    view: _RowView, shape: _Shape, carry: _Carry, settings: Settings, trace: Trace
) -> bool:
    """A heading between groups of risks ("Ekonomi och upphandling") gives no risk; in a
    table without a process column it names the process of the risks under it."""
    if not is_section_heading(view.own, shape.fields, settings=settings):
        return False
    heading = _without_own_label([w for ws in view.own for w in ws], "process")
    names = "process" not in shape.fields
    trace.record(
        "assemble",
        "section_heading",
        view.page,
        ACCEPT,
        f"a section heading row gives no risk: {' '.join(w.text for w in heading)!r}"
        + (", and names the process of the rows under it" if names else ""),
    )
    if names:
        carry.process = _field_text(group_lines(heading))
    return True


def _without_own_label(words: list[Word], field: str) -> list[Word]:
    """A section row's words without a label naming the field it gives ("Process:
    Upphandling" names the process "Upphandling"), as web exports print group rows."""
    for k, word in enumerate(words[: len(words) - 1]):
        if word.text.endswith(":"):
            label = " ".join(w.text for w in words[: k + 1]).rstrip(":").lower()
            return words[k + 1 :] if label in HEADER_SYNONYMS.get(field, ()) else words
    return words


def _empty_row(view: _RowView, shape: _Shape) -> bool:
    """A row with no risk text and nothing of its own (only cells spanning from above)."""
    return not view.lines[shape.risk_col] and not any(
        view.lines[c] for c in range(len(shape.fields)) if c not in view.spanning
    )


Parts = list[tuple[str, list[TextLine]]]


def _split_fields(
    view: _RowView, shape: _Shape, parts: Parts
) -> tuple[dict[str, FieldText], dict[str, FieldText], dict[str, dict[str, FieldText]]]:
    """(fields every part of the row shares, extra columns, fields per sub-risk label).

    Sub-risk splitting, for risk cells with labelled parts ("a) ...", "b) ..."): the cells
    of controls, handling and comment split by the same labels; a cell whose one labelled
    part matches the risk's one label loses its label."""
    common: dict[str, FieldText] = {}
    extra: dict[str, FieldText] = {}
    per_label: dict[str, dict[str, FieldText]] = {}
    for c, name in enumerate(shape.fields):
        if c == shape.risk_col:
            continue
        lines = view.lines[c]
        if name is None:
            extra[shape.headers[c] or f"column {c + 1}"] = _field_text(lines)
            continue
        _read_field(name, lines, parts, common, per_label)
    return common, extra, per_label


def _read_field(
    name: str,
    lines: list[TextLine],
    parts: Parts,
    common: dict[str, FieldText],
    per_label: dict[str, dict[str, FieldText]],
) -> None:
    """One field's cell into ``common`` or, split by sub-risk labels, into ``per_label``."""
    sub_head, sub_parts = _split_labelled(lines) if name in LABELLED_FIELDS else ([], [])
    if len(parts) > 1 and sub_parts:
        for label, plines in sub_parts:
            per_label.setdefault(label, {})[name] = _strip_label(_field_text(plines))
        if sub_head:
            common[name] = _field_text(sub_head)
    elif len(parts) == 1 and sub_parts and sub_parts[0][0] == parts[0][0] and not sub_head:
        merged = [ln for _, pl in sub_parts for ln in pl]
        common[name] = _strip_label(_field_text(merged))
    else:
        common[name] = _field_text(lines)


def _carry_process_down(
    common: dict[str, FieldText], view: _RowView, shape: _Shape, carry: _Carry, trace: Trace
) -> None:
    """Process carry-down: a row with an empty process cell under a process printed once
    over several risks (or under a section heading naming one) takes that process; failing
    both, the heading above the table. A row with a process of its own hands it down."""
    if not common.get("process"):
        if carry.process is not None:
            common["process"] = carry.process
            trace.record(
                "assemble",
                "process_carry_down",
                view.page,
                NOTE,
                "the row takes the process of the row above",
            )
        elif shape.heading_process is not None:
            common["process"] = shape.heading_process
            trace.record(
                "assemble",
                "process_from_heading",
                view.page,
                NOTE,
                "the row takes the process from the heading above its table",
            )
    if common.get("process"):
        carry.process = common["process"]


def _part_pages(
    n: int,
    printed: FieldText,
    own_parts: Sequence[FieldText],
    shared: Sequence[FieldText],
    pages: list[int],
) -> list[int]:
    """A sub-risk is printed where its own labelled parts are; what the parts share
    (lead-in, process, values) counts for the first, as a cell spanning rows counts for the
    first risk it spans."""
    own = [printed, *own_parts, *(shared if n == 0 else [])]
    return sorted({w.page for ft in own for w in ft.words}) or pages


def _split_stacked(
    view: _RowView,
    shape: _Shape,
    parts: Parts,
    common: dict[str, FieldText],
    per_label: dict[str, dict[str, FieldText]],
    trace: Trace,
) -> None:
    """Value cells stacking one value per sub-risk ("9" over "6") give each sub-risk its
    own (see :mod:`icp_extract.assemble.stacked`)."""
    for c, name in enumerate(shape.fields):
        if name is None or name not in common or c in view.spanning:
            continue
        items = stacked_values(name, view.lines[c], len(parts))
        if items is None:
            continue
        for (label, _), item in zip(parts, items, strict=True):
            per_label.setdefault(label, {})[name] = _field_text(item)
        del common[name]
        trace.record(
            "assemble", "stacked_values", view.page, ACCEPT,
            f"the {name} cell stacks one value per sub-risk, in order",
        )  # fmt: skip


def _unlabelled_draft(
    shape: _Shape,
    common: dict[str, FieldText],
    extra: dict[str, FieldText],
    risk: FieldText,
    context: FieldText,
    pages: list[int],
) -> RiskDraft:
    """The one draft of a row without sub-risk labels; in an outline-numbered table its
    number is the label."""
    values = {**common, "risk": risk, "context": context}
    label = None
    if shape.numbered:
        number, values["risk"] = _split_outline(risk)
        if number:
            values["label"] = number
            label = number.lines[0]
    return RiskDraft(shape.index, values, extra, label, pages)


def _row_drafts(
    row: Row, view: _RowView, shape: _Shape, carry: _Carry, trace: Trace
) -> list[RiskDraft]:
    """One draft per risk the row prints: one, or one per labelled part of its risk cell."""
    head, parts = _split_labelled(view.lines[shape.risk_col])
    common, extra, per_label = _split_fields(view, shape, parts)
    if len(parts) > 1:
        _split_stacked(view, shape, parts, common, per_label, trace)
    _carry_process_down(common, view, shape, carry, trace)
    if len(parts) > 1:
        trace.record(
            "assemble",
            "sub_risks",
            view.page,
            ACCEPT,
            f"the risk cell holds {len(parts)} labelled parts: "
            + ", ".join(f"{label})" for label, _ in parts),
        )
    pages = _pages(row, view.spanning)
    context = _field_text(head) if parts else (carry.lead_in or FieldText())
    if not parts:
        return [_unlabelled_draft(shape, common, extra, _field_text(head), context, pages)]
    # Computed only for several parts, as a carried-down process may name no column.
    shared = (
        [context, *(common[f] for f in common if shape.fields.index(f) not in view.spanning)]
        if len(parts) > 1
        else []
    )
    drafts = []
    for n, (label, plines) in enumerate(parts):
        printed = _field_text(plines)
        values = {**common, **per_label.get(label, {})}
        values["risk"] = _strip_label(printed)
        values["context"] = context
        values["label"] = _label_text(printed)  # keeps the words it was read from
        part_pages = pages
        if len(parts) > 1:
            own_parts = list(per_label.get(label, {}).values())
            part_pages = _part_pages(n, printed, own_parts, shared, pages)
        drafts.append(RiskDraft(shape.index, values, extra, label, part_pages))
    return drafts


def drafts_from_table(
    index: int, table: Table, *, settings: Settings, trace: Trace
) -> list[RiskDraft]:
    """Risk drafts of one table, row by row: rows that give no risk (lead-ins, footnotes,
    section headings) are read by their rules; the others give one draft per risk."""
    fields = table.fields
    shape = _Shape(
        index,
        fields,
        table.headers,
        fields.index("risk"),
        fields.index("process") if "process" in fields else None,
        _field_text(group_lines(table.process_words)) if table.process_words else None,
    )
    risk_col = shape.risk_col
    cells = [_cell_lines(row, risk_col) for row in table.rows]
    if numbered_items(cells, settings):
        shape = dataclasses.replace(shape, numbered=True)
        trace.record(
            "assemble",
            "outline_numbers",
            _first_page(table.rows[0]) if table.rows else None,
            ACCEPT,
            "the risk cells open with outline numbers: each number is its risk's label",
        )
    carry = _Carry()
    drafts: list[RiskDraft] = []
    for k, row in enumerate(table.rows):
        view = _view(row, len(fields))
        if (
            _lead_in_row(view, shape, carry, trace)
            or _footnote_row(view, shape, trace)
            or _repeated_header_row(view, shape, settings, trace)
            or _totals_row(view, shape, k == len(table.rows) - 1, settings, trace)
            or _section_heading_row(view, shape, carry, settings, trace)
            or _empty_row(view, shape)
        ):
            continue
        drafts.extend(_row_drafts(row, view, shape, carry, trace))
    return drafts
