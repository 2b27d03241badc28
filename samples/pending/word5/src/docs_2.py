"""Word report 2: Miljö- och byggnämnden, helår 2024. Liberation Sans (Arial) 10 pt, a
risk table with **horizontal rules only** (Word's "Plain Table 2": a heavier rule under the
header, thin rules between rows, no vertical rules), Liberation Sans 8 pt, **abbreviated
value headers "S", "K", "RV" with a key line under the table**, and an "Åtgärd" column
between Resultat and Följer plan. All seven risks stand on page 1."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Miljö- och byggnämnden"
TITLE = "Miljö- och byggnämnden – uppföljning av internkontrollplan 2024"

# (process, risk, S, K, kontrollmoment, resultat, åtgärd, följer plan)
RISKS = [
    ("Bygglov", "Risk att bygglovsavgifter tas ut med fel belopp eftersom taxan tillämpas "
     "olika av handläggarna.", 3, 3,
     "Stickprov på 30 beslut om bygglov där avgiften räknas om enligt taxan.",
     "I 27 av 30 beslut var avgiften rätt. I tre fall hade tidsfaktorn räknats fel, "
     "sammanlagt 11 450 kronor för lite.",
     "Taxeberäkningen görs med den nya mallen i ärendesystemet från januari 2025.", "Nej"),
    ("Bygglov", "Risk att handläggningstiden på tio veckor överskrids och att avgiften då "
     "måste sättas ned enligt plan- och bygglagen.", 4, 3,
     "Uppföljning av handläggningstiden i samtliga avslutade lovärenden varje kvartal.",
     "Handläggningstiden överskreds i 6 av 412 ärenden; avgiften sattes ned i samtliga "
     "sex.",
     "Ingen utöver löpande bevakning av tidsfrister.", "Ja"),
    ("Miljötillsyn", "Risk att planerad tillsyn av miljöfarliga verksamheter inte genomförs "
     "enligt tillsynsplanen.", 3, 4,
     "Avstämning av utförda inspektioner mot tillsynsplanen per tertial.",
     "142 av 160 planerade inspektioner genomfördes. Resterande 18 flyttas till första "
     "kvartalet 2025.",
     "Två visstidsanställda inspektörer förstärker tillsynen under våren 2025.", "Delvis"),
    ("Miljötillsyn", "Risk att avgifter för tillsyn inte faktureras eller faktureras för "
     "sent.", 2, 3,
     "Jämförelse mellan registrerad handläggningstid och fakturerade timavgifter för 40 "
     "ärenden.",
     "Alla 40 ärenden var fakturerade, varav två med mer än tre månaders fördröjning.",
     "Påminnelse om fakturering läggs in som bevakning i ärendesystemet.", "Ja"),
    ("Delegation", "Risk att delegationsbeslut inte anmäls till nämnden och därför inte "
     "vinner laga kraft i rätt tid.", 3, 3,
     "Kontroll av att alla delegationsbeslut i ärendesystemet finns med i "
     "delegationslistorna till nämndens sammanträden.",
     "Samtliga beslut var anmälda.", "Rutinen behålls oförändrad.", "Ja"),
    ("Jäv och bisysslor", "Risk att inspektörer eller byggnadsinspektörer handlägger "
     "ärenden där de är jäviga.", 2, 4,
     "Genomgång av jävsdeklarationer och bisysslor för alla handläggare samt stickprov på "
     "20 ärenden.",
     "Två handläggare saknade uppdaterad jävsdeklaration. Inget jäv upptäcktes i "
     "stickproven.",
     "Jävsdeklarationen görs årligen vid medarbetarsamtalet.", "Delvis"),
    ("Dataskydd", "Risk att ritningar och handlingar med personuppgifter publiceras på "
     "kommunens webbplats utan att uppgifterna maskerats.", 3, 4,
     "Granskning av 25 kungörelser och publicerade handlingar under året.",
     "I en kungörelse syntes en privatpersons telefonnummer. Handlingen har tagits bort "
     "och incidenten har anmälts till dataskyddsombudet.",
     "Checklista för publicering införd i oktober 2024.", "Delvis"),
]

HEAD = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Resultat", "Åtgärd",
        "Följer plan"]
WIDTHS = [2.0, 3.4, 0.6, 0.6, 0.8, 2.9, 3.3, 2.6, 1.4]  # 17.6 cm


def mbn2024():
    page = Page(21.0, 29.7, 2.5, 2.2, 1.7, 1.7)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, res, atg, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center", bold=True),
                         C(ctrl), C(res), C(atg), C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=res, handling=atg,
                           follows_plan=fp))
    blocks = [
        P(TITLE, "Title"),
        P("Årsuppföljning 2024 · Dnr MBN 2024/1187", "Subtitle"),
        P("Inledning", "H1"),
        P("Miljö- och byggnämnden ansvarar enligt kommunallagen för att den interna "
          "kontrollen inom nämndens verksamhet är tillräcklig. Internkontrollplanen för 2024 "
          "antogs av nämnden den 13 december 2023. Här redovisas resultatet av årets "
          "kontroller och de åtgärder som förvaltningen föreslår."),
        P("Riskanalys", "H1"),
        P("Förvaltningens riskanalys omfattar arton risker inom bygglov, miljötillsyn och "
          "nämndens administration. Sju av dem har bedömts som kritiska och har ett eller "
          "flera kontrollmoment i internkontrollplanen."),
        P("Resultat", "H1"),
        Grid("Uppföljning", WIDTHS, [HEAD], rows, rule="0.5pt solid #7F7F7F",
             rules="horizontal", head_rule="1.5pt solid #000000", size=8.0,
             font="Liberation Sans", pad=0.08, pad_v=0.04),
        P("S = sannolikhet, K = konsekvens (skala 1–4), RV = riskvärde (S × K). Risker med "
          "RV 6 eller högre är kritiska."),
        P("Samlad bedömning", "H1"),
        P("Tre kontroller visar inga brister, tre visar brister som delvis har åtgärdats och "
          "en kontroll visar brister i avgiftsberäkningen för bygglov. Nämnden bedömer att "
          "den interna kontrollen i huvudsak är tillräcklig."),
    ]
    return ReportDoc(
        name="mbn2024_abbreviated_value_headers_horizontal_rules",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#404040",
        footer="Miljö- och byggnämnden | Årsuppföljning 2024 | {page}", footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=18, risks_critical=7,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "S", "field": "probability"},
                 {"header": "K", "field": "consequence"},
                 {"header": "RV", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"},
                 {"header": "Åtgärd", "field": "handling"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Uppföljning",),
    )
