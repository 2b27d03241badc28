"""From table rows to risk drafts: carry spanning cells down, split labelled sub-risks.

A risk cell opening with a label ("a)", "d)") gives that label; the text before it is the
context. A cell with several labelled parts gives one risk per label, and the other cells of
its row are split by the same labels. Text is kept as printed lines here; the pipeline
normalises it afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from icp_extract.assemble.rows import Row, Table, is_footnote, is_section_heading
from icp_extract.geometry import TextLine, group_lines
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


def drafts_from_table(
    index: int, table: Table, *, settings: Settings, trace: Trace
) -> list[RiskDraft]:
    fields = table.fields
    risk_col = fields.index("risk")
    drafts: list[RiskDraft] = []
    previous: dict[str, FieldText] = {}
    lead_in: FieldText | None = None
    process_col = fields.index("process") if "process" in fields else None
    # A table without a process column may take it from the heading above it.
    heading_process = _field_text(group_lines(table.process_words)) if table.process_words else None
    for row in table.rows:
        cell_lines = [_cell_lines(row, c) for c in range(len(fields))]
        spanning_cols = {c for c, s in enumerate(row.spanning) if s}
        own_words = [
            [w for b in blocks for w in b.words] if c not in spanning_cols else []
            for c, blocks in enumerate(row.cells)
        ]
        if lead_in is not None and (process_col is None or own_words[process_col]):
            lead_in = None  # the rows under a lead-in end where a process of their own starts
        if process_col is not None and _is_lead_in(cell_lines[risk_col], own_words, fields):
            # "Risk att bidrag ... inom följande områden:" over rows 3.1, 3.2 under the same
            # process: no risk of its own, the context of the rows that follow.
            lead_in = _field_text(cell_lines[risk_col])
            trace.record(
                "assemble",
                "lead_in",
                _first_page(row),
                ACCEPT,
                f"a lead-in row gives the context of the rows under it: {lead_in.lines[-1]!r}",
            )
            if own_words[process_col]:
                previous["process"] = _field_text(cell_lines[process_col])
            continue
        if is_footnote(own_words, fields):
            trace.record(
                "assemble", "footnote", _first_page(row), ACCEPT, "a footnote row gives no risk"
            )
            continue  # a footnote under the table gives no risk
        if is_section_heading(own_words, fields, settings=settings):
            # A heading between groups of risks gives no risk; in a table without a process
            # column it names the process of the risks under it ("Ekonomi och upphandling").
            heading = [w for ws in own_words for w in ws]
            trace.record(
                "assemble",
                "section_heading",
                _first_page(row),
                ACCEPT,
                f"a section heading row gives no risk: {' '.join(w.text for w in heading)!r}"
                + (
                    ", and names the process of the rows under it"
                    if "process" not in fields
                    else ""
                ),
            )
            if "process" not in fields:
                previous["process"] = _field_text(group_lines(heading))
            continue
        head, parts = _split_labelled(cell_lines[risk_col])
        if not cell_lines[risk_col] and not any(
            cell_lines[c] for c in range(len(fields)) if c not in spanning_cols
        ):
            continue
        common: dict[str, FieldText] = {}
        extra: dict[str, FieldText] = {}
        per_label: dict[str, dict[str, FieldText]] = {}
        for c, name in enumerate(fields):
            if c == risk_col:
                continue
            lines = cell_lines[c]
            if name is None:
                extra[table.headers[c] or f"column {c + 1}"] = _field_text(lines)
                continue
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
        if not common.get("process"):
            if "process" in previous:
                common["process"] = previous["process"]
                trace.record(
                    "assemble",
                    "process_carry_down",
                    _first_page(row),
                    NOTE,
                    "the row takes the process of the row above",
                )
            elif heading_process is not None:
                common["process"] = heading_process
                trace.record(
                    "assemble",
                    "process_from_heading",
                    _first_page(row),
                    NOTE,
                    "the row takes the process from the heading above its table",
                )
        if len(parts) > 1:
            trace.record(
                "assemble",
                "sub_risks",
                _first_page(row),
                ACCEPT,
                f"the risk cell holds {len(parts)} labelled parts: "
                + ", ".join(f"{label})" for label, _ in parts),
            )
        pages = _pages(row, spanning_cols)
        context = _field_text(head) if parts else (lead_in or FieldText())
        if not parts:
            parts_list: list[tuple[str | None, FieldText]] = [(None, _field_text(head))]
        else:
            parts_list = [(label, _field_text(pl)) for label, pl in parts]
        for n, (part_label, printed) in enumerate(parts_list):
            values = dict(common)
            if part_label is not None and part_label in per_label:
                values.update(per_label[part_label])
            values["risk"] = _strip_label(printed) if part_label is not None else printed
            values["context"] = context
            if part_label is not None:
                # The label keeps the words it was read from, for provenance.
                values["label"] = _label_text(printed)
            part_pages = pages
            if len(parts_list) > 1:
                # A sub-risk is printed where its own labelled parts are; what the parts
                # share (lead-in, process, values) counts for the first, as a cell spanning
                # rows counts for the first risk it spans.
                own = [printed, *per_label.get(part_label or "", {}).values()]
                if n == 0:
                    own += [
                        context,
                        *(common[f] for f in common if fields.index(f) not in spanning_cols),
                    ]
                part_pages = sorted({w.page for ft in own for w in ft.words}) or pages
            drafts.append(RiskDraft(index, values, extra, part_label, part_pages))
        if common.get("process"):
            previous["process"] = common["process"]
    return drafts
