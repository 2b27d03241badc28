"""Report 3: a legend line under the table explaining the scale (riskvärde = S × K, 1–4),
in italics, the last row of the sheet. One page. A4 portrait, Carlito 10 pt, no printed grid: the
register's cells carry their own thin borders, the prose and legend have none."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Carlito"
B = "0.5pt solid #7f7f7f"
STYLES = {
    "organ": CellStyle(F, 11, color="#595959", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, color="#833c0b", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10.5, align="justify"),
    "legend": CellStyle(F, 9, italic=True, align="justify"),
    "head": CellStyle(F, 10, bold=True, bg="#fbe5d6", valign="bottom", border=B),
    "headc": CellStyle(F, 10, bold=True, bg="#fbe5d6", valign="bottom", align="center",
                       border=B),
    "body": CellStyle(F, 10, border=B),
    "num": CellStyle(F, 10, align="center", border=B),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer planen",
           "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.2, 3.8, 1.5, 3.5, 2.0, 1.5, 3.4]

RISKS = [
    ("Hemtjänst",
     "Risk att utförda hemtjänsttimmar inte stämmer med de timmar som registreras och "
     "faktureras.", 12,
     "Jämförelse av planerad och utförd tid i verksamhetssystemet för en månad.",
     "Enhetschef hemtjänst", "Ja",
     "Avvikelsen mellan planerad och utförd tid var 3 procent, inom den nivå som nämnden har "
     "beslutat."),
    ("Särskilt boende",
     "Risk att nattbemanningen inte motsvarar de boendes behov på vård- och omsorgsboenden.",
     12, "Genomgång av bemanningsplaner och avvikelser nattetid på två boenden.",
     "Verksamhetschef", "Delvis",
     "Bemanningen motsvarade planen, men avvikelser om sena larmsvar visade att "
     "bemanningen på ett av boendena behöver ses över."),
    ("Socialtjänst",
     "Risk att utredningar om barn inte avslutas inom fyra månader.", 16,
     "Uppföljning av utredningstider för samtliga avslutade utredningar.",
     "Enhetschef barn och unga", "Nej",
     "12 av 40 utredningar överskred fyra månader utan beslut om förlängning. En "
     "handlingsplan har tagits fram för att korta handläggningstiderna."),
    ("Socialtjänst",
     "Risk att orosanmälningar som kommer in via e-post inte registreras samma dag.", 9,
     "Kontroll av registreringsdatum mot inkomstdatum för anmälningar i april.",
     "Mottagningssekreterare", "Ja",
     "Samtliga anmälningar registrerades samma dag eller nästa arbetsdag."),
    ("Förskola",
     "Risk att avgifter för förskola inte debiteras på grund av inaktuella "
     "inkomstuppgifter.", 8,
     "Stickprov på 25 hushåll där inkomstuppgiften är äldre än ett år.",
     "Handläggare barnomsorgsavgifter", "Delvis",
     "Sex hushåll hade inte lämnat ny inkomstuppgift. Påminnelser har skickats."),
    ("Parkmiljö",
     "Risk att lekplatsutrustning inte besiktas enligt standard, vilket kan leda till "
     "olyckor.", 12,
     "Kontroll att årlig huvudbesiktning är gjord på stadsdelens lekplatser.",
     "Parkingenjör", "Ja",
     "Samtliga 31 lekplatser har besiktats. Anmärkningar på två lekplatser är åtgärdade."),
    ("Delegation",
     "Risk att delegationsbeslut inte anmäls till nämnden.", 6,
     "Jämförelse av beslut i ärendesystemet mot anmälda delegationsbeslut.",
     "Nämndsekreterare", "Ja", "Inga avvikelser."),
    ("Dataskydd",
     "Risk att personuppgiftsincidenter inte anmäls till Integritetsskyddsmyndigheten "
     "inom 72 timmar.", 9,
     "Genomgång av incidentloggen och tidpunkten för anmälan.",
     "Dataskyddssamordnare", "Ja",
     "Två incidenter anmäldes, båda inom 72 timmar."),
    ("Arbetsmiljö",
     "Risk att sjukfrånvaron ökar bland medarbetare i hemtjänsten på grund av hög "
     "arbetsbelastning.", 12,
     "Uppföljning av korttidsfrånvaro och tidiga rehabiliteringsinsatser.",
     "HR-partner", "Delvis",
     "Korttidsfrånvaron har minskat men rehabiliteringsplan saknades för fyra medarbetare "
     "med upprepad frånvaro."),
]

ORGAN = "Bromma stadsdelsnämnd"
TITLE = "Uppföljning av internkontrollplan 2025, delår januari–juni"
PROSE = (
    "Stadsdelsnämndens riskanalys omfattade tjugoen risker. Nio av dem bedömdes som "
    "kritiska, det vill säga har ett riskvärde på 6 eller mer, och har kontrollerats under "
    "första halvåret. Resultatet av kontrollerna framgår av tabellen."
)
LEGEND = (
    "Riskvärde = sannolikhet × konsekvens, båda bedömda på en skala 1–4 (1 = osannolik "
    "respektive försumbar, 4 = mycket sannolik respektive allvarlig). Riskvärde 6 eller mer "
    "räknas som kritiskt."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=1.0),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.6),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, rv, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(rv, "num"), Cell(ctrl), Cell(who),
                         Cell(fp, "num"), Cell(com)]))
    rows.append(Row([Cell(LEGEND, "legend", cols=n)], kind="note", height=1.2))
    sheet = Sheet(
        name="bromma2025_calc_scale_legend_under_table",
        sheet_name="IK delår",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=21.0,
        page_h=29.7,
        margins=(2.2, 2.0, 1.7, 1.3),
        grid=False,
        footer=("Bromma stadsdelsförvaltning", "", "{page}"),
        hf_font=(F, 9.0),
        default_font=(F, 10.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "delår", TITLE, 21, 9, cols)
