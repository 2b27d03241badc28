"""Report 4: a stadsdelsnämnd's register with the counts in a small summary table under the
heading "Sammanfattning" above it (label | number: risks in the analysis, of which critical,
and how many controls follow the plan), and under the register a second, smaller table of
sample results ("Stickprov") that is not a risk table: one row per department with counts of
invoices checked and found wrong. Headers carry the scale: "Sannolikhet (1–4)",
"Konsekvens (1–4)". Two pages, the register's header row repeated on page 2."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
B = "0.5pt solid #2e75b6"
STYLES = {
    "organ": CellStyle(F, 11, color="#1f4e79", wrap=False, hyphenate=False),
    "title": CellStyle(F, 17, bold=True, color="#1f4e79", wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10),
    "heading": CellStyle(F, 11.5, bold=True, color="#1f4e79", valign="bottom", wrap=False,
                         hyphenate=False),
    "label": CellStyle(F, 10, bg="#f2f2f2", border=B, hyphenate=False),
    "value": CellStyle(F, 10, bold=True, align="center", border=B),
    "head": CellStyle(F, 9.5, bold=True, bg="#deebf7", valign="bottom", border=B),
    "headc": CellStyle(F, 9.5, bold=True, bg="#deebf7", valign="bottom", align="center",
                       border=B),
    "body": CellStyle(F, 9.5, border=B),
    "num": CellStyle(F, 9.5, align="center", border=B),
    "sbody": CellStyle(F, 9.5, border=B, hyphenate=False),
    "snum": CellStyle(F, 9.5, align="center", border=B),
    "stotal": CellStyle(F, 9.5, bold=True, border=B),
    "stotaln": CellStyle(F, 9.5, bold=True, align="center", border=B),
}

HEADERS = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
           "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.8, 5.0, 1.75, 1.75, 1.5, 5.0, 1.5, 6.6]

# (process, risk, S, K, controls, follows plan, comment)
RISKS = [
    ("Förskola",
     "Risk att barns närvarotider inte registreras korrekt, vilket ger fel underlag för "
     "avgifter och bemanning.", 3, 3,
     "Jämförelse av registrerad närvaro mot vårdnadshavarnas schema för 40 barn på fyra "
     "förskolor.", "Ja",
     "Närvaron stämde med schemat för 38 av 40 barn. De två avvikelserna gällde sjukdagar "
     "som registrerats i efterhand."),
    ("Äldreomsorg",
     "Risk att utförd tid i hemtjänsten inte stämmer med beviljad tid, så att brukare "
     "faktureras fel och utföraren ersätts för tid som inte utförts.", 3, 4,
     "Avstämning av registrerad tid i tidsregistreringssystemet mot biståndsbeslut för 30 "
     "brukare, två gånger under året.", "Delvis",
     "I maj avvek utförd tid med mer än 20 procent för sex brukare, i november för två. "
     "Utföraren har fått återbetala 41 600 kronor."),
    ("Inköp och attest",
     "Risk att leverantörsfakturor attesteras utan kontroll mot beställning och leverans.",
     3, 4,
     "Stickprov på 60 leverantörsfakturor, 15 per avdelning (se Stickprov nedan).",
     "Delvis",
     "Nio fakturor saknade spår av leveranskontroll. Attestanterna har fått en påminnelse "
     "och kontrollen upprepas 2024."),
    ("Individ- och familjeomsorg",
     "Risk att utredningar om barn som kan behöva skydd eller stöd inte avslutas inom fyra "
     "månader.", 4, 4,
     "Månadsvis uppföljning av utredningstider i verksamhetssystemet.", "Nej",
     "31 procent av utredningarna tog längre tid än fyra månader, mot 24 procent 2022. "
     "Hög personalomsättning är den främsta orsaken. En rekryteringsplan och extern "
     "handledning infördes i oktober."),
    ("Ekonomiskt bistånd",
     "Risk att bistånd betalas ut utan att sökandens inkomster och tillgångar har "
     "kontrollerats.", 3, 4,
     "Stickprov på 25 utbetalningar där kontroll via SSBTEK och CSN granskas.", "Ja",
     "Kontrollerna var dokumenterade i samtliga 25 ärenden."),
    ("Äldreomsorg",
     "Risk att missförhållanden inom äldreomsorgen inte rapporteras och utreds enligt lex "
     "Sarah.", 3, 3,
     "Genomgång av avvikelser i avvikelsesystemet som borde ha rapporterats enligt lex "
     "Sarah.", "Ja",
     "Fyra händelser rapporterades och utreddes. Inga ytterligare händelser borde ha "
     "rapporterats."),
    ("Parkmiljö",
     "Risk att skötselentreprenaden för parker och lekplatser inte utförs enligt avtalade "
     "skötselnivåer.", 3, 3,
     "Fyra besiktningar under säsongen av tio utvalda parker och lekplatser.", "Ja",
     "Två anmärkningar om gräsklippning åtgärdades inom avtalad tid."),
    ("Arbetsmiljö",
     "Risk att hot och våld mot medarbetare inte anmäls i KIA och inte följs upp med "
     "åtgärder.", 3, 4,
     "Jämförelse av anmälningar i KIA mot händelser som tagits upp på arbetsplatsträffar i "
     "tre enheter.", "Nej",
     "Tolv händelser som diskuterats på arbetsplatsträffar saknades i KIA. Chefer och "
     "skyddsombud utbildas i anmälan under våren 2024."),
    ("Dataskydd",
     "Risk att e-post med personuppgifter skickas okrypterat till externa mottagare.", 3, 3,
     "Sökning efter personnummer i skickad e-post från två avdelningars "
     "funktionsbrevlådor under en månad.", "Ja",
     "Ingen okrypterad e-post med personnummer hittades."),
]

SUMMARY = [
    ("Risker i nämndens riskanalys", "22"),
    ("Varav kritiska risker (riskvärde 9–16)", "9"),
    ("Kontrollmoment som följer plan", "5"),
    ("Kontrollmoment som följer plan delvis", "2"),
    ("Kontrollmoment som inte följer plan", "2"),
]

SAMPLE_HEAD = ["Avdelning", "Granskade fakturor", "Fakturor med avvikelse",
               "Typ av avvikelse"]
SAMPLE = [
    ("Förskoleavdelningen", "15", "1", "Leveranskontroll ej dokumenterad"),
    ("Äldreomsorgsavdelningen", "15", "4", "Leveranskontroll ej dokumenterad; "
     "beställare saknas"),
    ("Individ- och familjeomsorgen", "15", "3", "Attest utan underlag från beställare"),
    ("Stadsmiljöavdelningen", "15", "1", "Leveranskontroll ej dokumenterad"),
]

ORGAN = "Enskede-Årsta-Vantörs stadsdelsnämnd"
TITLE = "Internkontroll 2023 – uppföljning helår"
PROSE = (
    "Stadsdelsnämnden fastställde internkontrollplanen för 2023 den 16 februari 2023. "
    "Uppföljningen avser hela året och redovisar resultatet av kontrollmomenten för "
    "nämndens kritiska risker."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=1.0),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell("Sammanfattning", "heading", cols=n)], kind="heading", height=0.8),
    ]
    for label, value in SUMMARY:
        rows.append(Row([Cell(label, "label", cols=2), Cell(value, "value", cols=2)],
                        kind="summary", height=0.5))
    rows.append(Row([Cell("Riskregister", "heading", cols=n)], kind="heading", height=0.9))
    h = len(rows)
    rows.append(Row([Cell(t, "headc" if f in ("probability", "consequence", "risk_value",
                                                  "follows_plan") else "head")
                     for t, f in zip(HEADERS, FIELDS)], kind="header"))
    for proc, risk, s, k, ctrl, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(fp, "num"), Cell(com)]))
    rows.append(Row([Cell("Stickprov – attest av leverantörsfakturor (kontrollmoment 3)",
                          "heading", cols=n)], kind="heading", height=0.9))
    rows.append(Row([Cell(SAMPLE_HEAD[0], "head", cols=2), Cell(SAMPLE_HEAD[1], "headc", cols=3),
                     Cell(SAMPLE_HEAD[2], "headc"), Cell(SAMPLE_HEAD[3], "head", cols=2)],
                    kind="sample_header"))
    for dept, checked, wrong, kind in SAMPLE:
        rows.append(Row([Cell(dept, "sbody", cols=2), Cell(checked, "snum", cols=3),
                         Cell(wrong, "snum"), Cell(kind, "sbody", cols=2)], kind="sample"))
    rows.append(Row([Cell("Totalt", "stotal", cols=2), Cell("60", "stotaln", cols=3),
                     Cell("9", "stotaln"), Cell(None, "stotal", cols=2)], kind="sample"))
    sheet = Sheet(
        name="eav2023_calc_summary_table_and_sample_table",
        sheet_name="Uppföljning 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(h, h + 1),
        page_w=29.7,
        page_h=21.0,
        margins=(1.4, 1.2, 1.4, 1.4),
        grid=False,
        header=("Enskede-Årsta-Vantörs stadsdelsförvaltning", "", "Dnr EÅV 2024/00137"),
        footer=("", "{page} ({pages})", ""),
        hf_font=(F, 8.5),
        default_font=(F, 9.5),
    )
    cols = [(i, t, f) for i, (t, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 22, 9, cols)
