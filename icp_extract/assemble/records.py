"""Risk records from drafts: text normalised, values parsed, provenance per field.

The last step of assembly: a draft's printed lines become a :class:`~icp_extract.model.Risk`
with its values read as the report prints them ("3x3=9", "S3 K4") and, per field, the box
of the words it was read from (page by page).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from icp_extract.assemble.risks import FieldText, RiskDraft
from icp_extract.assemble.values import (
    answer_and_comment,
    parse_follows_plan,
    parse_int,
    parse_s_k,
)
from icp_extract.model import PageContent, Provenance, Risk

Normalizer = Callable[[Sequence[str]], str]


def _provenance(ft: FieldText) -> tuple[Provenance, ...]:
    by_page: dict[int, list] = {}
    for w in ft.words:
        by_page.setdefault(w.page, []).append(w)
    return tuple(
        Provenance(
            page,
            (
                min(w.x0 for w in ws),
                min(w.top for w in ws),
                max(w.x1 for w in ws),
                max(w.bottom for w in ws),
            ),
        )
        for page, ws in sorted(by_page.items())
    )


def on_turned_pages(risk: Risk, turned: dict[int, PageContent]) -> Risk:
    """The risk with its boxes where they stand on pages whose content was drawn turned
    (read upright, boxed as the PDF has them)."""
    provenance = {
        name: tuple(
            Provenance(p.page, turned[p.page].page_box(p.bbox)) if p.page in turned else p
            for p in provs
        )
        for name, provs in risk.provenance.items()
    }
    return dataclasses.replace(risk, provenance=provenance)


def _answer_then_comment(
    draft: RiskDraft,
    texts: dict[str, str | None],
    raw: dict[str, str],
    provenance: dict[str, tuple[Provenance, ...]],
) -> str | None:
    """The follows-plan answer; when the cell opens with it and goes on with a comment
    ("Delvis. Åtta kök ...", a column "Följer plan / kommentar") in a row with no comment of
    its own, the rest becomes the comment, with its own words' boxes and printed text."""
    answer, after = answer_and_comment(texts.get("follows_plan"))
    if after is None or texts.get("comment") is not None:
        return texts.get("follows_plan")
    words = draft.fields["follows_plan"].words
    n = len((answer or "").split())
    texts["comment"] = after
    own, rest = FieldText([" ".join(w.text for w in words[:n])], words[:n]), words[n:]
    raw["follows_plan"] = own.lines[0]
    raw["comment"] = " ".join(w.text for w in rest)
    provenance["follows_plan"] = _provenance(own)
    provenance["comment"] = _provenance(FieldText([raw["comment"]], list(rest)))
    return answer


def risk_from_draft(seq: int, draft: RiskDraft, normalize: Normalizer) -> Risk:
    """The risk a draft gives: its text normalised, its values parsed, a box per field."""
    texts: dict[str, str | None] = {}
    raw: dict[str, str] = {}
    provenance: dict[str, tuple[Provenance, ...]] = {}
    for name, ft in draft.fields.items():
        if not ft:
            texts[name] = None
            continue
        if name == "label":  # the letter itself comes from the draft; keep where it stood
            raw[name] = "\n".join(ft.lines)
            provenance[name] = _provenance(ft)
            continue
        texts[name] = normalize(ft.lines) or None
        raw[name] = "\n".join(ft.lines)
        provenance[name] = _provenance(ft)
    extra: dict[str, str] = {}
    for header, ft in draft.extra.items():
        value = normalize(ft.lines) if ft else ""
        if value:
            extra[header] = value
            raw[header] = "\n".join(ft.lines)
            provenance[header] = _provenance(ft)
    answer = _answer_then_comment(draft, texts, raw, provenance)
    value_text = texts.get("risk_value")
    probability = parse_int(texts.get("probability"))
    consequence = parse_int(texts.get("consequence"))
    s, k = parse_s_k(value_text)
    for name, derived in (("probability", s), ("consequence", k)):
        if derived is not None and name not in provenance and "risk_value" in provenance:
            provenance[name] = provenance["risk_value"]  # read from the value cell ("S3 K4")
    return Risk(
        seq=seq,
        process=texts.get("process"),
        context=texts.get("context"),
        label=draft.label,
        risk=texts.get("risk"),
        risk_value=parse_int(value_text),
        probability=probability if probability is not None else s,
        consequence=consequence if consequence is not None else k,
        controls=texts.get("controls"),
        handling=texts.get("handling"),
        follows_plan=parse_follows_plan(answer),
        comment=texts.get("comment"),
        extra=extra,
        pages=tuple(draft.pages),
        raw=raw,
        provenance=provenance,
    )
