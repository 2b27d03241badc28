"""Report 1: a column per quarter. The controller's register has one column for each quarter
(Kv 1 ... Kv 4), where the control's result that quarter is written as Ja / Delvis / Nej (or
left empty when no control was made that quarter), and a year's "Följer plan" beside them.
Only "Följer plan" is the follow-up answer; the quarter columns go to `extra`. Title rows
above the register; the counts stand in a summary row under it."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
B = "0.5pt solid #8eaadb"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#2f5496", wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, wrap=False, hyphenate=False),
    "expl": CellStyle(F, 8, italic=True, color="#404040"),
    "head": CellStyle(F, 8.5, bold=True, color="#ffffff", bg="#2f5496", valign="bottom", border=B),
    "headc": CellStyle(F, 8.5, bold=True, color="#ffffff", bg="#2f5496", valign="bottom",
                       align="center", border=B),
    "body": CellStyle(F, 8.5, border=B),
    "proc": CellStyle(F, 8.5, bold=True, border=B),
    "num": CellStyle(F, 8.5, align="center", border=B),
    "kv": CellStyle(F, 8.5, align="center", border=B, bg="#dae3f3"),
    "sum": CellStyle(F, 9),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kv 1", "Kv 2", "Kv 3", "Kv 4",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, None, None, None, "follows_plan",
          "comment"]
WIDTHS = [2.8, 5.0, 1.5, 4.6, 1.1, 1.1, 1.1, 1.1, 1.5, 6.3]

RISKS = [
    ("Hyresavtal",
     "Risk att hyresavtal för inhyrda lokaler förlängs automatiskt utan att verksamhetens behov "
     "har prövats.", 12,
     "Genomgång av hyresavtal med uppsägningstid inom nästa kvartal i avtalsregistret.",
     ("Ja", "Ja", "Delvis", "Ja"), "Delvis",
     "Avtalet för förskolan Lärkan förlängdes i kvartal 3 med ett år eftersom uppsägningen "
     "missades. Bevakningen i avtalsregistret har setts över."),
    ("Byggentreprenader",
     "Risk att ändrings- och tilläggsarbeten i byggprojekt beställs av någon som saknar "
     "behörighet.", 12,
     "Stickprov på tio ÄTA-beställningar per kvartal mot delegationsordningen.",
     ("Ja", "Ja", "Ja", "Ja"), "Ja",
     "40 beställningar granskades under året. Samtliga var beställda av behörig projektledare."),
    ("Energi och media",
     "Risk att felaktiga mätvärden för el och fjärrvärme leder till fel i vidarefaktureringen "
     "till hyresgästerna.", 9,
     "Avstämning av mätarställningar mot leverantörens fakturaunderlag för 20 objekt.",
     (None, "Ja", None, "Nej"), "Nej",
     "I kvartal 4 saknades avläsning för fyra objekt och schablon användes. Mätarbyte är "
     "beställt och ska vara klart i mars 2025."),
    ("Passersystem",
     "Risk att passerkort för personer som har avslutat sin anställning eller sitt uppdrag inte "
     "spärras.", 12,
     "Jämförelse av aktiva passerkort mot personalsystemets lista över avslutade anställningar.",
     ("Delvis", "Ja", "Ja", "Ja"), "Ja",
     "I kvartal 1 var sju kort för avslutade konsulter fortfarande aktiva. De spärrades direkt "
     "och konsultkort får sedan dess ett slutdatum."),
    ("Investeringar",
     "Risk att investeringsprojekt startas innan nämnden har fattat beslut om genomförande.", 9,
     "Kontroll av att genomförandebeslut finns för varje projekt med bokförda kostnader under "
     "kvartalet.",
     ("Ja", "Ja", "Ja", "Ja"), "Ja",
     "Samtliga 23 projekt med bokförda kostnader hade ett genomförandebeslut."),
    ("Arbetsmiljö i byggprojekt",
     "Risk att byggarbetsmiljösamordnare inte utses i projekt där kommunen är byggherre.", 12,
     "Granskning av startbesked och projektdokumentation för nystartade projekt.",
     (None, "Nej", "Ja", "Ja"), "Delvis",
     "I ett projekt saknades utsedd BAS-U vid byggstarten i maj. Det rättades inom två veckor."),
    ("Kameraövervakning",
     "Risk att kameraövervakning i kommunens fastigheter bedrivs utan dokumenterad "
     "intresseavvägning enligt dataskyddsförordningen.", 9,
     "Inventering av kameror i skolor och idrottshallar och kontroll av dokumentationen.",
     (None, None, None, "Delvis"), "Delvis",
     "Dokumentation fanns för 31 av 36 kameror. De fem kamerorna i två idrottshallar "
     "dokumenteras under första kvartalet 2025."),
]

ORGAN = "Lokalförsörjningsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
EXPL = (
    "Kontrollerna görs kvartalsvis. Ja = kontrollen gjord utan avvikelse, Delvis = avvikelse "
    "som har åtgärdats, Nej = avvikelse som kvarstår. Tom ruta = ingen kontroll det kvartalet. "
    "Följer plan avser hela året."
)
SUMMARY = (
    "Sammanfattning: I riskanalysen för 2024 identifierades 15 risker, varav sju bedömdes som "
    "kritiska (riskvärde 9 eller högre) och ingår i internkontrollplanen. Tre kontrollmoment "
    "följer planen, tre följer den delvis och ett följer den inte."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(EXPL, "expl", cols=n)], kind="note", height=0.5),
        Row([], kind="blank", height=0.2),
        Row([Cell(h, "headc" if h.startswith("Kv") or h in ("Riskvärde", "Följer plan") else "head")
             for h in HEADERS], kind="header"),
    ]
    for proc, risk, rv, ctrl, kv, fp, com in RISKS:
        rows.append(Row([Cell(proc, "proc"), Cell(risk), Cell(rv, "num"), Cell(ctrl)]
                        + [Cell(k, "kv") for k in kv] + [Cell(fp, "num"), Cell(com)]))
    rows.append(Row([], kind="blank", height=0.3))
    rows.append(Row([Cell(SUMMARY, "sum", cols=n)], kind="note"))
    sheet = Sheet(
        name="lfn2024_calc_quarter_columns",
        sheet_name="IK 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7,
        page_h=21.0,
        margins=(1.2, 1.2, 1.6, 1.6),
        grid=False,
        footer=("Lokalförsörjningsförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(F, 8.0),
        default_font=(F, 8.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 15, 7, cols)
