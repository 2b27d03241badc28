"""The record of every decision the table finder and the assembly make.

A rule that accepts or rejects something (a header candidate, a table, a row joined across a
page break, a row read as a footnote) records one :class:`TraceEvent`: the stage, the rule's
name, the page, the verdict and the reason in words. Events that stand somewhere on the page
carry a box and a *shape* (what a debug picture draws: a candidate table, a header band, a
gutter, a rule), so ``icp-extract inspect --debug`` can show what the finder saw, as
pdfplumber's ``debug_tablefinder`` does for its finder. Nothing is printed: the trace is
returned with the analysis and read by whoever asks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

BBox = tuple[float, float, float, float]

ACCEPT = "accept"
REJECT = "reject"
NOTE = "note"  # a finding that is neither: where a gutter or a rule stands

#: Shapes a debug picture draws.
CANDIDATE = "candidate"
HEADER = "header"
GUTTER = "gutter"
RULE = "rule"


@dataclass(frozen=True)
class TraceEvent:
    stage: str  # "detect", "assemble", "pipeline"
    rule: str  # the rule's name: "ruled.boundaries", "assemble.footnote"
    page: int | None
    verdict: str  # ACCEPT, REJECT or NOTE
    reason: str
    bbox: BBox | None = None
    shape: str | None = None

    def line(self) -> str:
        """One line for a person: ``p3 detect ruled.boundaries reject: ...``."""
        where = f"p{self.page}" if self.page is not None else "--"
        return f"{where} {self.stage} {self.rule} {self.verdict}: {self.reason}"


@dataclass
class Trace:
    """Events in the order the rules ran. Stages append; nothing removes an event."""

    events: list[TraceEvent] = field(default_factory=list)

    def record(
        self,
        stage: str,
        rule: str,
        page: int | None,
        verdict: str,
        reason: str,
        *,
        bbox: BBox | None = None,
        shape: str | None = None,
    ) -> None:
        self.events.append(TraceEvent(stage, rule, page, verdict, reason, bbox, shape))

    def __iter__(self) -> Iterator[TraceEvent]:
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def merge(self, other: Trace, lost: str | None = None) -> None:
        """Take ``other``'s events (a trial run's). When the trial ``lost`` to another, its
        acceptances are kept as rejections that say why, so the losers stay visible."""
        for e in other.events:
            if lost is not None and e.verdict == ACCEPT:
                e = replace(e, verdict=REJECT, reason=f"lost: {lost} (had: {e.reason})")
            self.events.append(e)

    def on_page(self, page: int) -> list[TraceEvent]:
        return [e for e in self.events if e.page == page]

    def rejections(self, page: int | None = None) -> list[TraceEvent]:
        return [e for e in self.events if e.verdict == REJECT and (page is None or e.page == page)]

    def explain(self, page: int | None = None) -> str:
        """Every decision (on ``page``, or all), one a line, for reading or a test."""
        chosen = self.events if page is None else self.on_page(page)
        return "\n".join(e.line() for e in chosen)
