"""Report 3: a municipal company (a bolag, not a nämnd). The register has alternating row
colours and no rules at all (no grid, no borders), a "Kontrollfrekvens" column, and the period
is stated only as "januari–augusti 2025" in the row under the title. The counts stand in a
small fact box (two bordered, filled rows of label and number) to the right of the
title rows. A4 landscape, six risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
BOX = "0.75pt solid #385723"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#385723", wrap=False, hyphenate=False),
    "title": CellStyle(F, 14, bold=True, wrap=False, hyphenate=False),
    "sub": CellStyle(F, 10, color="#404040", wrap=False, hyphenate=False),
    "boxl": CellStyle(F, 8, bg="#e2efda", border=BOX, valign="middle", hyphenate=False),
    "boxn": CellStyle(F, 10, bold=True, bg="#e2efda", border=BOX, align="center",
                      valign="middle"),
    "head": CellStyle(F, 8, bold=True, color="#385723", bg="#c6e0b4", valign="bottom"),
    "headc": CellStyle(F, 8, bold=True, color="#385723", bg="#c6e0b4", valign="bottom",
                       align="center"),
    "a": CellStyle(F, 8),
    "an": CellStyle(F, 8, align="center"),
    "b": CellStyle(F, 8, bg="#eef5e9"),
    "bn": CellStyle(F, 8, bg="#eef5e9", align="center"),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontroll",
           "Kontrollfrekvens", "Utförs av", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          None, "follows_plan", "comment"]
WIDTHS = [2.5, 4.2, 1.6, 1.6, 1.4, 4.0, 2.0, 2.0, 1.3, 5.7]

# (process, risk, S, K, control, frequency, by whom, follows plan, comment)
RISKS = [
    ("Parkeringsintäkter",
     "Risk att intäkter från parkeringsautomater och betalappar inte redovisas fullständigt.",
     3, 4,
     "Avstämning av transaktionsrapporter från betalleverantörerna mot bokförda intäkter.",
     "Månadsvis", "Ekonomiansvarig", "Ja",
     "Avstämningarna för januari–augusti är gjorda utan differenser över 500 kronor."),
    ("Kontrollavgifter",
     "Risk att kontrollavgifter avskrivs utan grund eller av personal som saknar behörighet.",
     3, 3,
     "Genomgång av samtliga avskrivna kontrollavgifter mot beslut och behörighetslista.",
     "Kvartalsvis", "Controller", "Delvis",
     "Av 212 avskrivningar saknades motivering i nio. Samtliga var gjorda av behörig personal. "
     "Motivering är nu ett obligatoriskt fält i systemet."),
    ("Upphandling",
     "Risk att bolaget köper tjänster för underhåll av garage utan konkurrensutsättning.", 3, 4,
     "Granskning av leverantörer med inköp över 100 000 kronor hittills under året.",
     "Två gånger per år", "Inköpsansvarig", "Ja",
     "Elva leverantörer granskades, samtliga har avtal efter upphandling."),
    ("Attest och utbetalning",
     "Risk att fakturor attesteras av samma person som har beställt varan eller tjänsten.",
     2, 4,
     "Stickprov på 25 leverantörsfakturor i ekonomisystemet.",
     "Kvartalsvis", "Ekonomiansvarig", "Ja",
     "Inga fall av jäv i attestkedjan."),
    ("Dataskydd",
     "Risk att bilder från kameraövervakning i garagen sparas längre än vad tillståndet och "
     "dataskyddsförordningen medger.", 2, 4,
     "Kontroll av lagringstid i kamerasystemet i samtliga fyra garage.",
     "Halvårsvis", "Driftchef", "Ja",
     "Lagringstiden var inställd på 72 timmar i alla garage."),
    ("Arbetsmiljö",
     "Risk för hot och våld mot parkeringsvakter vid utfärdande av kontrollavgifter.", 4, 3,
     "Uppföljning av tillbud och incidentrapporter samt att larmutrustning fungerar.",
     "Månadsvis", "VD", "Nej",
     "Sju incidenter har rapporterats, varav två polisanmälda. Larmutrustningen testades inte "
     "i maj och juni på grund av leveransproblem. Ny utrustning togs i bruk i augusti."),
]

ORGAN = "Tornby Parkering AB"
TITLE = "Uppföljning av internkontrollplan 2025"
SUB = "Rapport till styrelsen, januari–augusti 2025"


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n - 4), Cell("Identifierade risker", "boxl", cols=2),
             Cell(14, "boxn"), None], kind="title", height=0.75),
        Row([Cell(TITLE, "title", cols=n - 4), Cell("Varav kritiska", "boxl", cols=2),
             Cell(6, "boxn"), None], kind="title", height=0.75),
        Row([Cell(SUB, "sub", cols=n)], kind="title", height=0.7),
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for i, (proc, risk, s, k, ctrl, freq, who, fp, com) in enumerate(RISKS):
        t, tn = ("a", "an") if i % 2 == 0 else ("b", "bn")
        rows.append(Row([Cell(proc, t), Cell(risk, t), Cell(s, tn), Cell(k, tn),
                         Cell(s * k, tn), Cell(ctrl, t), Cell(freq, t), Cell(who, t),
                         Cell(fp, tn), Cell(com, t)]))
    sheet = Sheet(
        name="tpab2025_calc_bolag_banded_rows_no_rules",
        sheet_name="Internkontroll",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7,
        page_h=21.0,
        margins=(1.4, 1.4, 1.2, 1.2),
        grid=False,
        footer=("Styrelsemöte 2025-09-24, ärende 6", "", "{page} ({pages})"),
        hf_font=(F, 7.0),
        default_font=(F, 8.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 14, 6, cols)
