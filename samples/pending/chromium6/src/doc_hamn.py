"""Report 1: a plain web-system print, no quirk: an ordinary eight-column table with
probability, consequence and risk value printed separately, every cell ruled, a running
system header and footer. Hamnnämnden, helår 2024.
"""
from c6 import esc, p, page, record, streams, table

NAME = "hamn2024_plain_system_print"
ORGAN = "Hamnnämnden"
TITLE = "Uppföljning av internkontrollplan 2024, helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 18, "risks_critical": 6}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 38, "left"),
    ("Sannolikhet", "probability", 15, "center"),
    ("Konsekvens", "consequence", 15, "center"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 34, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
BODY = "#1b1f24"
NAVY = "#14365d"

RISKS = [
    dict(proc="Hamnavgifter",
         risk="Risk att hamnavgifter för fartygsanlöp inte faktureras, eftersom anlöpen registreras manuellt av hamnkontoret.",
         p=3, k=3,
         ctrl="Avstämning av anlöpsregistret mot utställda fakturor för mars, juni och oktober.",
         fp="Delvis",
         comment="Av 212 anlöp saknade fem en faktura. Fakturorna har skickats i efterhand. Från 2025 hämtas anlöpen direkt från lotsbeställningarna."),
    dict(proc="Sjöfartsskydd",
         risk="Risk att passerkort till det skyddade hamnområdet inte spärras när anställda eller entreprenörer slutar, så att obehöriga får tillträde.",
         p=3, k=4,
         ctrl="Jämförelse mellan aktiva passerkort och personalförteckningen samt entreprenörernas listor per 30 september.",
         fp="Nej",
         comment="Elva kort tillhörde personer som inte längre arbetar i hamnen. Korten spärrades samma dag. Ansvaret för att anmäla avslut har förts in i entreprenadavtalen."),
    dict(proc="Upphandling",
         risk="Risk att underhåll av kajer och fendrar köps genom direktupphandling över beloppsgränsen.",
         p=2, k=4,
         ctrl="Genomgång av samtliga leverantörer med inköp över 100 000 kronor under året.",
         fp="Ja",
         comment="Alla köp gjordes inom gällande ramavtal eller efter en annonserad upphandling."),
    dict(proc="Arbetsmiljö",
         risk="Risk att tillbud vid förtöjning och lossning inte rapporteras, så att förebyggande åtgärder uteblir.",
         p=3, k=3,
         ctrl="Jämförelse mellan rapporterade tillbud i avvikelsesystemet och anteckningar i hamnvaktens loggbok.",
         fp="Delvis",
         comment="Loggboken nämner nio händelser, varav sex var rapporterade. Hamnvakterna har fått en genomgång av rapporteringen."),
    dict(proc="Mottagning av fartygsavfall",
         risk="Risk att avfall som lämnas från fartyg inte dokumenteras enligt avfallsplanen för hamnen.",
         p=2, k=4,
         ctrl="Stickprov på 20 avfallsanmälningar mot mottagningskvitton och entreprenörens vågsedlar.",
         fp="Ja",
         comment="Samtliga 20 anmälningar hade kvitto och vågsedel."),
    dict(proc="Attest och delegation",
         risk="Risk att fakturor attesteras av personer som saknar behörighet, eftersom attestförteckningen inte uppdateras vid byte av ansvar.",
         p=2, k=4,
         ctrl="Kontroll av 40 slumpvis valda fakturor mot beslutad attestförteckning.",
         fp="Ja",
         comment="Alla fakturor var attesterade av behöriga. Förteckningen reviderades i maj."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["p"]), str(r["k"]), str(r["p"] * r["k"]),
            r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; color: #262626; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: {NAVY}; margin: 0; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 16pt; color: {NAVY}; margin: 1mm 0 5mm 0; font-weight: bold; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11.5pt; color: {NAVY}; margin: 5mm 0 2mm 0; }}
p {{ margin: 0 0 2.5mm 0; line-height: 1.35; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 186mm; font-family: "Liberation Sans", sans-serif; font-size: 8pt; }}
th, td {{ border: 0.25mm solid #8c9bab; padding: 1.2mm 1.2mm; vertical-align: top; color: {BODY}; text-align: left; }}
th {{ background: #dfe7f0; color: {NAVY}; font-weight: bold; vertical-align: bottom; }}
td p {{ line-height: 1.22; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<p class="org">{esc("Hamnnämnden")}</p>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Bakgrund")}</h2>
{p("Enligt kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig och att verksamheten bedrivs på ett tillfredsställande sätt. Nämnden antog sin internkontrollplan för 2024 den 14 december 2023.")}
{p("I riskanalysen identifierades 18 risker, varav sex bedöms som kritiska. De kritiska riskerna har ett riskvärde på 8 eller mer och kontrolleras inom ramen för planen. Övriga risker hanteras i verksamhetens ordinarie arbete.")}
{p("Sannolikhet och konsekvens bedöms på en skala från 1 till 4. Riskvärdet är sannolikheten multiplicerad med konsekvensen.")}
<h2>{esc("Resultat av årets kontroller")}</h2>
{tab}
<h2>{esc("Samlad bedömning")}</h2>
{p("Tre kontroller visar att rutinerna följs, två att de följs delvis och en att de inte följs. Bristen i spärrningen av passerkort är allvarligast och kontrolleras på nytt under 2025. Förvaltningen bedömer i övrigt att den interna kontrollen är tillräcklig.")}
"""
    return page(title=TITLE, css=CSS, body=body, margins=(20, LEFT_MM, 18, LEFT_MM),
                head_left="Hamnnämnden · Internkontroll 2024",
                head_right="Verksamhetsuppföljning",
                foot_left="Utskrift ur planerings- och uppföljningssystemet 2025-02-11 11:42")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["p"] * r["k"], probability=r["p"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
