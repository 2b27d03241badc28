"""Word report 1: Arbetsmarknads- och näringslivsnämnden, tertial 2 2025. Carlito 10.5 pt,
Word's "Grid Table 4 – Accent 6" look (green header, banded rows). **Probability,
consequence and value printed as one product in one column: "3 × 4 = 12"**, under the
header "Sannolikhet × konsekvens"; a Nr column "1"–"8" and an "Ansvarig" column."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Arbetsmarknads- och näringslivsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025, tertial 2"
ANSWER = {"Ja": "Ja", "Nej": "Nej", "Delvis": "Delvis"}

# (process, risk, S, K, kontrollmoment, ansvarig, utfall, följer plan)
RISKS = [
    ("Upphandling", "Risk att köp av utbildningsplatser görs utan upphandling eller utanför "
     "ramavtal.", 3, 4,
     "Stickprov på 25 inköp av arbetsmarknadsutbildning mot gällande ramavtal.",
     "Arbetsmarknadschef",
     "22 av 25 inköp gjordes inom ramavtal. Tre direktupphandlingar saknade dokumenterad "
     "motivering.", "Delvis"),
    ("Ekonomiskt bistånd till arbetssökande", "Risk att anställningsstöd betalas ut för "
     "personer som inte längre är anställda hos arbetsgivaren.", 3, 3,
     "Avstämning av utbetalda anställningsstöd mot arbetsgivarnas lönespecifikationer för "
     "maj och juni.", "Enhetschef arbetsmarknad",
     "Avstämningen visade inga felaktiga utbetalningar.", "Ja"),
    ("Attest och delegation", "Risk att beslut om näringslivsbidrag fattas utan stöd i "
     "delegationsordningen.", 2, 4,
     "Genomgång av samtliga beslut om företagsstöd under januari–augusti mot "
     "delegationsordningen.", "Näringslivschef",
     "Alla 14 beslut var fattade av rätt delegat och anmälda till nämnden.", "Ja"),
    ("Dataskydd", "Risk att personuppgifter om deltagare i arbetsmarknadsinsatser sprids "
     "via e-post till externa anordnare.", 3, 4,
     "Kontroll av att krypterad e-post används vid 20 utskick till anordnare.",
     "Dataskyddssamordnare",
     "Fyra av 20 utskick var okrypterade. Rutinen har förtydligats och personalen har "
     "fått utbildning.", "Nej"),
    ("Bisysslor", "Risk att handläggare har förtroendeskadliga bisysslor hos företag som "
     "söker stöd.", 3, 3,
     "Redovisning av bisysslor från samtliga handläggare och kontroll mot listan över "
     "stödmottagare.", "HR-partner",
     "Samtliga 31 handläggare har redovisat. Ingen bisyssla bedömdes förtroendeskadlig.",
     "Ja"),
    ("Avtalsuppföljning", "Risk att leverantörer av matchningstjänster inte levererar "
     "enligt avtalets kvalitetskrav.", 4, 3,
     "Uppföljningsmöten med de fem största leverantörerna och granskning av deras "
     "resultatrapporter.", "Avtalsansvarig",
     "Två leverantörer har inte lämnat resultatrapporter för andra kvartalet. Vite "
     "övervägs.", "Delvis"),
    ("Arbetsmiljö", "Risk att den systematiska arbetsmiljöuppföljningen inte genomförs i "
     "verksamheter med praktikanter.", 3, 3,
     "Kontroll av att skyddsronder genomförts på alla tolv praktikplatser i egen regi.",
     "Arbetsmarknadschef",
     "Skyddsrond genomförd på tio av tolv platser; de två återstående är bokade i "
     "september.", "Delvis"),
    ("Kassahantering", "Risk för förskingring av kontanter i caféverksamheten inom daglig "
     "sysselsättning.", 2, 4,
     "Oanmälda kassainventeringar vid två tillfällen per tertial.", "Enhetschef "
     "sysselsättning",
     "Kassan stämde vid båda inventeringarna.", "Ja"),
]

HEAD = ["Nr", "Process", "Risk", "Sannolikhet × konsekvens", "Kontrollmoment", "Ansvarig",
        "Utfall", "Följer plan"]
WIDTHS = [0.8, 2.2, 3.4, 1.9, 3.2, 1.9, 3.0, 1.4]  # 17.8 cm


def anv2025():
    page = Page(21.0, 29.7, 2.0, 1.8, 1.6, 1.6)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, ansv, utf, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(str(i), align="center"), C(proc), C(risk),
                         C(f"{s} × {k} = {s * k}", align="center"), C(ctrl), C(ansv), C(utf),
                         C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=utf,
                           follows_plan=ANSWER[fp], extra={"Nr": str(i), "Ansvarig": ansv}))
    blocks = [
        P(TITLE, "Title"),
        P(ORGAN + " · Dnr ANN 2025/0412", "Subtitle"),
        P("Sammanfattning", "H1"),
        P("Arbetsmarknads- och näringslivsnämnden antog internkontrollplanen för 2025 i "
          "december 2024. I nämndens riskanalys identifierades 21 risker, varav åtta bedöms "
          "som kritiska och ingår i planen. Den här uppföljningen avser tertial 2, det vill "
          "säga perioden januari–augusti 2025."),
        P("Riskbedömning", "H1"),
        P("Varje risk har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4. "
          "Riskvärdet är produkten av de två och redovisas i tabellen som "
          "sannolikhet × konsekvens = riskvärde. Risker med ett riskvärde på 8 eller högre "
          "är kritiska."),
        P("Resultat av kontrollerna", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #A8D08D",
             header_fill="#70AD47", header_color="#FFFFFF", zebra="#E2EFD9", size=8.5,
             font="Carlito", pad=0.12, pad_v=0.03),
        P("Bedömning", "H1"),
        P("Fyra av åtta kontroller visar inga avvikelser. Tre kontroller följer planen "
          "delvis och en kontroll visar brister i hanteringen av personuppgifter. "
          "Förvaltningen återkommer med en samlad analys i årsrapporten."),
        P("Förslag till beslut", "H1"),
        P("Arbetsmarknads- och näringslivsnämnden godkänner uppföljningen av "
          "internkontrollplanen för tertial 2 2025."),
    ]
    return ReportDoc(
        name="anv2025_product_column_nr_ansvarig",
        blocks=blocks, page=page, font="Carlito", body_size=10.5,
        heading_color="#385623",
        footer="Sida {page} av {pages}", footer_align="right",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=21, risks_critical=8,
        columns=[{"header": "Nr", "field": None},
                 {"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet × konsekvens", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Ansvarig", "field": None},
                 {"header": "Utfall", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Kontroller",),
    )
