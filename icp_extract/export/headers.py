"""Swedish column headers, shared by the workbooks and the ``--excel-sv`` CSV, so a column is
called the same in every file a Swedish user opens."""

from __future__ import annotations

#: Swedish headers of the risk fields, in contract order.
FIELD_HEADERS: dict[str, str] = {
    "process": "Process",
    "context": "Sammanhang",
    "label": "Märkning",
    "risk": "Risk",
    "risk_value": "Riskvärde",
    "probability": "Sannolikhet",
    "consequence": "Konsekvens",
    "controls": "Befintliga kontroller",
    "handling": "Hantering",
    "follows_plan": "Följer plan",
    "comment": "Kommentar",
}
SEQ_HEADER = "Löpnr"
PAGES_HEADER = "Sidor"
SOURCE_HEADER = "Källa"

#: Every flat column's Swedish header: the risk's, and those of batch's combined table
#: (its ``extra`` is the extra columns as one JSON object) and manifest.
SWEDISH_HEADERS: dict[str, str] = {
    "seq": SEQ_HEADER,
    **FIELD_HEADERS,
    "pages": PAGES_HEADER,
    "source_file": SOURCE_HEADER,
    "sha256": "SHA-256",
    "organ": "Nämnd",
    "year": "År",
    "period": "Period",
    "extra": "Övriga kolumner",
}


def swedish(column: str) -> str:
    """A column's Swedish header; a report's own extra headers are already Swedish."""
    return SWEDISH_HEADERS.get(column, column)
