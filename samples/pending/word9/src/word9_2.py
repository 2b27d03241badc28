"""Word report 2: Vård- och välfärdsnämnden, internkontrollplan 2025, uppföljning T2. Word 2003's
Times look: Liberation Serif 11 pt prose, black headings typed "1." ... "5.", the risk table
in Word's "Table Grid" (0.5 pt black on every cell) with a light grey header (#F2F2F2),
Liberation Serif 9 pt, header repeated, **rows allowed to break across pages** (Word's
default "Allow row to break across pages").
Quirk: **a risk row split over the page break**: the row of risk 5 (Ekonomiskt bistånd)
starts at the foot of page 1 and its Risk text (and its Kontrollmoment and Resultat) go on at
the top of page 2 under the repeated header row. Metadata: the period as "T2" in the title
("uppföljning T2"); the counts only in a key-figure box ("Identifierade risker 24" /
"Varav kritiska 8")."""

from holdout_model import P, Page
from tagged_writer import FactBox
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Vård- och välfärdsnämnden"
TITLE = "Internkontrollplan 2025 – uppföljning T2"

# (process, risk, S, K, kontrollmoment, resultat, följer plan)
RISKS = [
    ("Biståndshandläggning",
     "Risk att beslut om hemtjänst fattas utan att den enskildes behov är utrett och "
     "dokumenterat.", 3, 3,
     "Granskning av 25 beslut om hemtjänst fattade under maj–juli.",
     "23 beslut hade en dokumenterad utredning. Två saknade uppgifter om den enskildes "
     "egna önskemål.", "Delvis"),
    ("Hemtjänst",
     "Risk att beviljade insatser inte utförs och att utförd tid inte stämmer med "
     "registreringen i planeringssystemet.", 3, 4,
     "Jämförelse av planerad och registrerad tid för 40 brukare under en vecka i juni.",
     "Avvikelserna var små och förklarade. Ingen beviljad insats hade uteblivit.", "Ja"),
    ("Särskilt boende",
     "Risk att fall och fallskador inte förebyggs därför att riskbedömningar saknas.", 3, 3,
     "Kontroll av att riskbedömning för fall finns i journalen för de boende på två "
     "avdelningar.",
     "Riskbedömning fanns för 31 av 36 boende. De saknade har gjorts i augusti.", "Delvis"),
    ("Läkemedelshantering",
     "Risk att läkemedel ges till fel person eller vid fel tidpunkt inom hälso- och "
     "sjukvården i ordinärt boende.", 2, 4,
     "Genomgång av avvikelserapporter om läkemedel och signeringslistor för januari–juni.",
     "Antalet avvikelser har minskat från 46 till 29. Signeringslistorna var fullständiga.",
     "Ja"),
    ("Ekonomiskt bistånd",
     "Risk att ekonomiskt bistånd betalas ut utan att den sökandes inkomster, tillgångar "
     "och boendekostnader har kontrollerats mot Försäkringskassan, Skatteverket och "
     "arbetslöshetskassorna genom SSBTEK, vilket kan leda till felaktiga utbetalningar och "
     "återkrav som inte går att driva in. Risken är störst vid nyansökningar och när "
     "handläggare skiftar under semesterperioden, då ärendena ofta fördelas om mellan "
     "handläggarna och uppgifterna i akten inte alltid har stämts av före beslut.", 3, 4,
     "Stickprov på 30 utbetalningar under juni–augusti: kontroll av att SSBTEK-sökning är "
     "gjord och dokumenterad i akten före beslut, och av att uppgifterna i ansökan stämmer "
     "med svaren.",
     "Sökning var gjord i 27 av 30 ärenden. I tre ärenden under juli saknades den; en "
     "felaktig utbetalning på 6 400 kronor har återkrävts.", "Delvis"),
    ("LSS-verksamhet",
     "Risk att genomförandeplaner inom daglig verksamhet inte upprättas eller följs upp.",
     3, 3,
     "Kontroll av genomförandeplaner för 20 deltagare i daglig verksamhet.",
     "Samtliga deltagare hade en aktuell plan, uppföljd det senaste halvåret.", "Ja"),
    ("Avgifter",
     "Risk att avgifter för hemtjänst och särskilt boende beräknas på inaktuella "
     "inkomstuppgifter.", 2, 4,
     "Stickprov på 30 avgiftsbeslut: inkomstuppgifternas datum och beräkningen av "
     "avgiftsutrymmet.",
     "Fyra beslut byggde på inkomstuppgifter äldre än ett år. Omräkning pågår och en "
     "årlig begäran om uppgifter har införts.", "Nej"),
    ("Inköp",
     "Risk att förbrukningsmaterial köps in utanför de upphandlade avtalen.", 3, 3,
     "Stickprov på 50 fakturor för förbrukningsmaterial under perioden.",
     "46 inköp var gjorda inom avtal. Fyra inköp av inkontinenshjälpmedel gjordes utanför "
     "avtal under en leveransstörning.", "Delvis"),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Resultat", "Följer plan"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "comment", "follows_plan"]
WIDTHS = [2.1, 3.4, 1.5, 1.5, 1.3, 2.9, 2.4, 1.3]  # 16.4 cm


def vvn2025():
    page = Page(21.0, 29.7, 1.8, 1.8, 2.3, 2.3)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, res, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(res), C(fp, align="center")]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=res, follows_plan=fp))
    assert all(s * k >= 8 for _p, _r, s, k, *_ in RISKS)  # every risk in the plan is critical
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Period januari–augusti 2025 · Dnr VVN 2025/0288", "Subtitle"),
        P("1. Inledning", "H1"),
        P("Vård- och välfärdsnämnden ansvarar för äldreomsorg, stöd till personer med "
          "funktionsnedsättning, hälso- och sjukvård i hemmet och ekonomiskt bistånd. "
          "Nämnden antog internkontrollplanen för 2025 den 18 december 2024. Denna "
          "uppföljning avser årets andra tertial, med kontroller gjorda till och med augusti."),
        P("2. Riskanalys", "H1"),
        P("Riskanalysen har tagits fram av förvaltningens ledningsgrupp tillsammans med "
          "verksamhetscheferna. Sannolikhet och konsekvens bedöms på en skala från 1 till 4 "
          "och riskvärdet är produkten av dem. Risker med ett riskvärde på 8 eller mer bedöms "
          "som kritiska och har fått ett kontrollmoment i planen."),
        FactBox([("Identifierade risker", "24"), ("Varav kritiska", "8")],
                widths=(5.0, 1.5), fill="#F2F2F2", rule="0.5pt solid #7F7F7F", size=10.0,
                caption="Riskanalys 2025"),
        P("3. Resultat per tertial 2", "H1"),
        P("Tabellen redovisar kontrollerna under perioden och om rutinen har följts."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000",
             header_fill="#F2F2F2", size=9.0, font="Liberation Serif", pad=0.19, pad_v=0.0,
             keep_rows=False),
        P("4. Bedömning", "H1"),
        P("Tre kontroller visar att rutinerna fungerar. Fyra visar brister som delvis har "
          "åtgärdats, och kontrollen av avgiftsbesluten visar att rutinen inte har följts. "
          "Bristerna i kontrollen av ekonomiskt bistånd under semesterperioden följs upp "
          "särskilt i tertial 3."),
        P("5. Förslag till beslut", "H1"),
        P("Vård- och välfärdsnämnden godkänner uppföljningen av internkontrollplanen för "
          "tertial 2 2025."),
    ]
    return ReportDoc(
        name="vvn2025_risk_text_over_page_break",
        blocks=blocks, page=page, font="Liberation Serif", body_size=11.0,
        heading_color="#000000",
        footer="Vård- och välfärdsnämnden | T2 2025 | Sida {page}", footer_align="center",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=24, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
