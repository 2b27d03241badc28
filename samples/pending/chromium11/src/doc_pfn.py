"""Report 1, no quirk: the plain baseline of a planning system's print. Seven risks in a ruled
six-column table on one portrait page under the organ line and the title "Uppföljning av
internkontrollplan 2024 – årsrapport"; the counts in one sentence with the critical risks
first ("Sju av de 26 risker som inventerades ... bedöms som kritiska"). Park- och
fritidsnämnden, helår 2024.
"""
from c11 import esc, h, p, page, record, streams, table

NAME = "pfn2024_plain_arsrapport_critical_first"
ORGAN = "Park- och fritidsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – årsrapport"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 26, "risks_critical": 7}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 40, "left"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 38, "left"),
    ("Följer plan", "follows_plan", 15, "center"),
    ("Kommentar", "comment", 46, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 16
BODY = "#1a2a30"
TEAL = "#00607a"

RISKS = [
    dict(proc="Föreningsbidrag",
         risk="Risk att föreningsbidrag betalas ut på felaktiga grunder, till exempel för redovisade sammankomster som inte har ägt rum.",
         rv=12,
         ctrl="Stickprov på 15 föreningars redovisade sammankomster som jämförs med närvarolistor och lokalbokningar.",
         fp="Delvis",
         comment="Två föreningar kunde inte styrka samtliga redovisade sammankomster. Bidragen har minskats med sammanlagt 18 400 kronor och föreningarna har fått skriftlig information om redovisningskraven."),
    dict(proc="Lekplatser",
         risk="Risk att brister i lekutrustningen inte upptäcks och åtgärdas, vilket kan leda till att barn skadas.",
         rv=12,
         ctrl="Kontroll av att årlig huvudbesiktning enligt SS-EN 1176 och kvartalsvisa funktionskontroller har genomförts på kommunens 64 lekplatser.",
         fp="Ja",
         comment="Samtliga besiktningar och funktionskontroller är genomförda och dokumenterade. Tre lekredskap med allvarliga anmärkningar plockades ned samma vecka."),
    dict(proc="Idrottsanläggningar",
         risk="Risk att bokningar av idrottshallar och konstgräsplaner inte faktureras, så att hyresintäkter uteblir.",
         rv=9,
         ctrl="Jämförelse mellan bokningssystemets bokningar och fakturerade hyror för mars och oktober.",
         fp="Ja",
         comment="Alla kontrollerade bokningar var fakturerade."),
    dict(proc="Badanläggningar",
         risk="Risk att badvattnet i simhallen inte provtas enligt egenkontrollprogrammet, vilket kan medföra hälsorisker för badgästerna.",
         rv=8,
         ctrl="Genomgång av provtagningsprotokoll och laboratoriesvar för Tallåsbadet.",
         fp="Ja",
         comment="Provtagningen har följt egenkontrollprogrammet. Ett prov i juli visade förhöjd halt av bundet klor, vilket åtgärdades inom ett dygn."),
    dict(proc="Upphandling och inköp",
         risk="Risk att direktupphandlingar görs utan dokumentation eller över direktupphandlingsgränsen.",
         rv=12,
         ctrl="Granskning av samtliga inköp över 100 000 kronor från leverantörer som kommunen saknar avtal med.",
         fp="Nej",
         comment="Fyra inköp av skötselmaskiner och arbetskläder saknade dokumenterad direktupphandling, och två av dem översteg tillsammans med tidigare inköp direktupphandlingsgränsen. Upphandlingsenheten utbildar förvaltningens beställare i februari 2025."),
    dict(proc="Kontanthantering",
         risk="Risk att kontanta entréavgifter och kioskintäkter vid friluftsgårdarna inte redovisas fullständigt.",
         rv=9,
         ctrl="Oanmälda kassakontroller två gånger per år och avstämning av dagskassor mot kassarapporter.",
         fp="Delvis",
         comment="Kassorna stämde vid båda kontrollerna, men dagsrapporterna för juli saknade kvittens av två personer vid Skogsbrynets friluftsgård."),
    dict(proc="Arbetsmiljö",
         risk="Risk att säsongsanställda parkarbetare inte får introduktion i maskinsäkerhet och arbete nära trafik.",
         rv=12,
         ctrl="Kontroll av att introduktionschecklistan är signerad för samtliga säsongsanställda.",
         fp="Delvis",
         comment="Checklistan var signerad för 31 av 38 säsongsanställda. Från säsongen 2025 ges introduktionen på första anställningsdagen."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: "C059", serif; font-size: 9.8pt; color: #222; line-height: 1.3; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 11pt; font-weight: bold; color: {TEAL};
  margin: 0 0 1.5mm 0; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 17pt; color: #111; margin: 0 0 1mm 0; line-height: 1.2; }}
.meta {{ font-family: "Liberation Sans", sans-serif; font-size: 8.5pt; color: #666; margin: 0 0 5mm 0;
  border-bottom: 0.35mm solid {TEAL}; padding-bottom: 2mm; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11.5pt; color: {TEAL}; margin: 3mm 0 1mm 0; break-after: avoid; }}
p {{ margin: 0 0 2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "Liberation Sans", sans-serif;
  font-size: 8.1pt; line-height: 1.2; margin: 1.5mm 0 3mm 0; }}
th, td {{ border: 0.25mm solid #8fb3bf; padding: 1.1mm 1.3mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #dcecf1; font-weight: bold; vertical-align: bottom; color: #0d3b4a; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="meta">{esc("Park- och fritidsförvaltningen · Dnr PFN 2025/0014 · Beslutad av nämnden 2025-02-18")}</div>
{h(2, "Bakgrund")}
{p("Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en internkontrollplan och följa upp den. Årsrapporten redovisas för kommunstyrelsen tillsammans med nämndens verksamhetsberättelse för 2024.")}
{h(2, "Riskanalys och urval")}
{p("Sju av de 26 risker som inventerades i förvaltningens riskanalys inför 2024 bedöms som kritiska. Riskerna har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och de som fått ett riskvärde på 8 eller högre ingår i internkontrollplanen. Övriga risker följs i den löpande verksamhetsuppföljningen.")}
{h(2, "Resultat av kontrollerna")}
{tab}
{h(2, "Samlad bedömning")}
{p("Tre av kontrollerna visar att planen följs, tre att den följs delvis och en att den inte följs. Bristerna vid direktupphandlingar är allvarligast, och förvaltningen redovisar vidtagna åtgärder för nämnden i april 2025. I övrigt bedöms den interna kontrollen vara tillräcklig.")}
{p("Jonas Ekholm, förvaltningschef")}
"""
    return page(title=f"{ORGAN} – {TITLE}", css=CSS, body=body,
                margins=(12, LEFT_MM, 15, LEFT_MM),
                boxes={"bottom-left": "Tallås kommun · Park- och fritidsnämnden",
                       "bottom-right": ("css", '"Sida " counter(page) " av " counter(pages)')},
                box_font='7.5pt "Liberation Sans"', box_colour="#6a6a6a")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
