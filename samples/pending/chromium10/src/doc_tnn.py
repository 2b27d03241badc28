"""Report 1, no quirk: the plain baseline of a planning system's print. Seven risks in a
ruled six-column table on one portrait page; the title "Uppföljning av internkontrollplan"
with the subtitle "Teknik- och naturnämnden, helår 2025" under it; the counts in number
words ("Tjugotvå risker har inventerats ... Sju av dessa"). Teknik- och naturnämnden, helår
2025.
"""
from c10 import esc, h, p, page, record, streams, table

NAME = "tnn2025_plain_subtitle_helar"
ORGAN = "Teknik- och naturnämnden"
TITLE = "Uppföljning av internkontrollplan"
SUBTITLE = "Teknik- och naturnämnden, helår 2025"
META = {"organ": ORGAN, "year": 2025, "period": "helår", "title": TITLE,
        "risks_inventoried": 22, "risks_critical": 7}

COLS = [
    ("Process", "process", 25, "left"),
    ("Risk", "risk", 40, "left"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 38, "left"),
    ("Följer plan", "follows_plan", 15, "center"),
    ("Kommentar", "comment", 47, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#1c2420"
GREEN = "#2f5d3a"

RISKS = [
    dict(proc="Upphandling och inköp",
         risk="Risk att inköp görs utanför upphandlade ramavtal, vilket kan strida mot lagen om offentlig upphandling och ge högre kostnader.",
         rv=12, ctrl="Stickprov på 40 leverantörsfakturor under 100 000 kronor som jämförs med kommunens avtalsdatabas.",
         fp="Delvis",
         comment="Sex av 40 fakturor avsåg inköp utanför avtal, främst arbetskläder och verktyg. Inköpsrutinen har förtydligats och beställarna har fått information på arbetsplatsträffar."),
    dict(proc="Gatuunderhåll",
         risk="Risk att brister i gångbanor och cykelbanor inte upptäcks och åtgärdas, vilket kan leda till fallolyckor och skadeståndsanspråk.",
         rv=12, ctrl="Uppföljning av att planerade skyddsronder av gång- och cykelvägar har genomförts och att anmälda brister har åtgärdats inom utlovad tid.",
         fp="Ja",
         comment="Samtliga skyddsronder genomfördes enligt plan. 212 av 230 felanmälningar åtgärdades inom utlovad tid."),
    dict(proc="Vinterväghållning",
         risk="Risk att entreprenörer fakturerar snöröjning och halkbekämpning som inte har utförts.",
         rv=9, ctrl="Jämförelse av fakturerade insatser mot GPS-loggar från entreprenörernas fordon för januari och februari.",
         fp="Ja", comment="Inga avvikelser mellan fakturor och GPS-loggar."),
    dict(proc="Naturvård",
         risk="Risk att skötselåtgärder i naturreservaten inte utförs enligt skötselplanerna, så att bidrag från länsstyrelsen måste betalas tillbaka.",
         rv=8, ctrl="Genomgång av skötselplanernas åtgärdslistor och rapporterade åtgärder för kommunens fyra naturreservat.",
         fp="Delvis",
         comment="Slåtter och röjning i Kvarnbäckens naturreservat sköts upp till 2026 på grund av häckande fåglar. Länsstyrelsen har godkänt den ändrade tidplanen."),
    dict(proc="Vatten och avlopp",
         risk="Risk att ledningsnätet förnyas för långsamt, vilket ökar risken för vattenläckor och avbrott i dricksvattenförsörjningen.",
         rv=12, ctrl="Uppföljning av förnyad ledningslängd mot målet i VA-planen.",
         fp="Nej",
         comment="Under året förnyades 1,4 kilometer ledning mot planerade 3,0 kilometer. Två projekt försenades av överprövade upphandlingar."),
    dict(proc="Avfallshantering",
         risk="Risk att hämtningsavgifter inte debiteras korrekt när abonnemang ändras.",
         rv=9, ctrl="Stickprov på 30 ändrade abonnemang som jämförs med debiteringen i kundsystemet.",
         fp="Ja", comment="Alla 30 ändringar var rätt debiterade."),
    dict(proc="Informationssäkerhet",
         risk="Risk att obehöriga har kvar behörigheter i styr- och övervakningssystemet för vattenverken efter avslutad anställning eller avslutat uppdrag.",
         rv=12, ctrl="Halvårsvis genomgång av behörighetslistorna mot aktuella anställningar och konsultavtal.",
         fp="Delvis",
         comment="Tre konton för konsulter vars uppdrag hade avslutats var fortfarande aktiva i juni. Kontona stängdes samma vecka och rutinen för avslut har kompletterats."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: "Nimbus Roman", serif; font-size: 10pt; color: #222; line-height: 1.3; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 9pt; color: #555; margin: 0 0 6mm 0;
  border-bottom: 0.4mm solid {GREEN}; padding-bottom: 1.5mm; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 17pt; color: {GREEN}; margin: 0; line-height: 1.2; }}
.sub {{ font-family: "Liberation Sans", sans-serif; font-size: 11pt; color: #444; margin: 1mm 0 4mm 0; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11.5pt; color: {GREEN}; margin: 4mm 0 1.2mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "Liberation Sans", sans-serif;
  font-size: 8.2pt; line-height: 1.22; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.25mm solid #9bb3a2; padding: 1.1mm 1.3mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #e2ece4; font-weight: bold; vertical-align: bottom; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<div class="org">{esc("Teknik- och naturförvaltningen · Dnr TNN 2026/0031")}</div>
<h1>{esc(TITLE)}</h1>
<div class="sub">{esc(SUBTITLE)}</div>
{h(2, "Inledning")}
{p("Nämnden ska enligt kommunens reglemente för intern kontroll varje år anta en internkontrollplan och följa upp den. Uppföljningen lämnas till kommunstyrelsen med verksamhetsberättelsen.")}
{h(2, "Riskanalys")}
{p("Tjugotvå risker har inventerats i förvaltningens riskanalys inför 2025. Varje risk har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är produkten av de två. Sju av dessa har bedömts som kritiska, med ett riskvärde på 8 eller högre, och ingår i internkontrollplanen. De övriga femton hanteras inom den ordinarie verksamhetsuppföljningen.")}
{h(2, "Resultat av kontrollerna")}
{tab}
{h(2, "Samlad bedömning")}
{p("Tre av kontrollerna visar att planen följs, tre att den följs delvis och en att den inte följs. Den största bristen gäller förnyelsen av ledningsnätet, där förvaltningen har tagit fram en reviderad tidplan som redovisas för nämnden i mars 2026. Förvaltningen bedömer att den interna kontrollen i övrigt har varit tillräcklig.")}
{p("Eva Lindqvist, förvaltningschef")}
"""
    return page(title=f"{TITLE} – {SUBTITLE}", css=CSS, body=body,
                margins=(13, LEFT_MM, 16, LEFT_MM),
                boxes={"bottom-left": "Teknik- och naturnämnden · Internkontroll 2025",
                       "bottom-right": ("css", '"Sida " counter(page) " av " counter(pages)')},
                margin_font='7.5pt "Liberation Sans"', margin_colour="#6b6b6b")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
