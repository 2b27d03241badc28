"""Word report 4: Social- och äldrenämnden, uppföljning av internkontrollplan 2025 after the
second tertial. DejaVu Sans 9.5 pt prose (Verdana), headings #1F6F78 (unnumbered), narrow top
and bottom margins (1.5 cm); footer "Social- och äldrenämnden – tertial 2 2025 – sida N"
(left). The risk table with a dark teal header row (#1F6F78, white bold text) and 0.5 pt
#8FBFC4 rules on every cell, Liberation Sans Narrow 8.5 pt, eight columns, seven risks.
Quirk: **two empty rows at the end of the table**, left from the nämnd's table template
(every cell empty but ruled, as in a Word template where the author deleted the text and
not the rows); they belong to no risk.
Metadata: the period in the title, written "efter andra tertialet"; the counts in words in
two sentences, "Tjugofyra risker har inventerats inför 2025. Sju av dessa bedöms som
kritiska", with **last year's figures in brackets right after** ("(2024: 21 respektive 6)")."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Social- och äldrenämnden"
TITLE = "Uppföljning av internkontrollplan 2025 efter andra tertialet"

# (process, risk, sannolikhet, konsekvens, kontrollmoment, utfall, följer plan)
RISKS = [
    ("Biståndsbedömning",
     "Risk att beslut om särskilt boende inte verkställs inom tre månader och att ej "
     "verkställda beslut inte rapporteras till IVO.", 3, 4,
     "Genomgång av samtliga beslut om särskilt boende som inte har verkställts inom tre "
     "månader under januari–augusti, och av rapporteringen till IVO.",
     "Sex beslut var inte verkställda inom tre månader. Alla hade rapporterats till IVO i "
     "tid.", "Ja"),
    ("Hemsjukvård",
     "Risk att avvikelser i hälso- och sjukvården inte rapporteras och analyseras.", 3, 3,
     "Jämförelse av antalet avvikelserapporter per enhet med föregående år och stickprov på "
     "tio utredda avvikelser.",
     "Rapporteringen var oförändrad, men fyra av tio avvikelser saknade dokumenterad "
     "analys.", "Delvis"),
    ("Funktionsstöd",
     "Risk att genomförandeplaner i daglig verksamhet och gruppbostäder inte upprättas eller "
     "följs upp.", 3, 3,
     "Stickprov på 24 genomförandeplaner.",
     "20 planer var aktuella och uppföljda. Fyra var äldre än ett år och har reviderats.",
     "Delvis"),
    ("Försörjningsstöd",
     "Risk för dubbla utbetalningar av ekonomiskt bistånd när ärenden flyttas mellan "
     "handläggare.", 3, 3,
     "Registeruttag över utbetalningar med samma belopp och mottagare inom 30 dagar.",
     "Inga dubbla utbetalningar hittades bland 2 316 utbetalningar.", "Ja"),
    ("Kvalitet och tillsyn",
     "Risk att missförhållanden inte rapporteras enligt lex Sarah därför att personalen inte "
     "känner till skyldigheten.", 3, 4,
     "Enkät till medarbetare på åtta enheter om kunskapen om rapporteringsskyldigheten.",
     "83 procent kände till skyldigheten. De tre enheter som hade lägst andel får en "
     "utbildningsinsats under hösten.", "Delvis"),
    ("Bemanning",
     "Risk att timavlönade vikarier ger läkemedel utan giltig delegering.", 4, 3,
     "Kontroll av delegeringsregistret mot schemalagda timavlönade på fyra boenden under "
     "juni–augusti.",
     "Vid 14 pass arbetade vikarier utan giltig delegering för läkemedelsgivning. "
     "Schemaläggningen har ändrats så att delegeringen kontrolleras före passet.", "Nej"),
    ("Avgifter",
     "Risk att avgifter för hemtjänst och särskilt boende beräknas på inaktuella "
     "inkomstuppgifter.", 3, 3,
     "Stickprov på 30 avgiftsbeslut jämförda med inkomstuppgifterna från "
     "Pensionsmyndigheten.",
     "Alla 30 beslut byggde på aktuella uppgifter.", "Ja"),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Utfall", "Följer plan"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "comment", "follows_plan"]
WIDTHS = [2.2, 3.5, 1.5, 1.5, 1.3, 3.2, 3.0, 1.3]  # 17.5 cm
#: empty rows left from the template at the end of the table
BLANK_ROWS = 2


def saen2025():
    page = Page(21.0, 29.7, 1.5, 1.5, 1.75, 1.75)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, utfall, fp) in enumerate(RISKS, 1):
        rv = s * k
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"), C(str(k), align="center"),
                         C(str(rv), align="center"), C(ctrl), C(utfall),
                         C(fp, align="center")]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k, risk_value=rv,
                           controls=ctrl, follows_plan=fp, comment=utfall))
    # the template's empty rows: every cell empty, owned by no risk
    rows += [(None, [C(None) for _ in HEAD]) for _ in range(BLANK_ROWS)]
    assert all(r["risk_value"] >= 9 for r in records)  # every risk in the plan is critical
    answers = [r["follows_plan"] for r in records]
    assert (answers.count("Ja"), answers.count("Delvis"), answers.count("Nej")) == (3, 3, 1)
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Tertialrapport januari–augusti 2025 · Socialförvaltningen", "Subtitle"),
        P("Inledning", "H1"),
        P("Social- och äldrenämnden ansvarar för äldreomsorg, stöd till personer med "
          "funktionsnedsättning, individ- och familjeomsorg och ekonomiskt bistånd. Nämnden "
          "antog internkontrollplanen för 2025 den 29 januari 2025 och följer upp den efter "
          "varje tertial."),
        P("Riskbedömning", "H1"),
        P("Tjugofyra risker har inventerats inför 2025. Sju av dessa bedöms som kritiska "
          "(2024: 21 respektive 6), det vill säga att de har ett riskvärde på 9 eller mer när "
          "sannolikhet och konsekvens bedöms på en skala från 1 till 4. Varje kritisk risk har "
          "ett kontrollmoment i planen."),
        P("Resultat efter andra tertialet", "H1"),
        P("Tabellen redovisar kontrollmomenten, utfallet och om kontrollen har följt planen."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #8FBFC4",
             header_fill="#1F6F78", header_color="#FFFFFF", size=8.5,
             font="Liberation Sans Narrow", pad=0.15, pad_v=0.05),
        P("Bedömning", "H1"),
        P("Tre kontroller visar att rutinerna fungerar och tre visar brister som åtgärdas. "
          "Kontrollen av delegeringen för timavlönade visar att rutinen inte har följts, och "
          "den kontrolleras på nytt under tertial 3. Nämnden informeras om resultatet i "
          "årsrapporten."),
        P("Förslag till beslut", "H1"),
        P("Social- och äldrenämnden godkänner uppföljningen av internkontrollplanen efter "
          "andra tertialet 2025."),
    ]
    return ReportDoc(
        name="saen2025_empty_template_rows",
        blocks=blocks, page=page, font="DejaVu Sans", body_size=9.5,
        heading_color="#1F6F78",
        footer="Social- och äldrenämnden – tertial 2 2025 – sida {page}", footer_align="left",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=24, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
