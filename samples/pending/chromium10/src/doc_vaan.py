"""Report 3: empty comment cells on rows whose control found nothing ("Ja" and no comment,
three of the five "Ja" rows), as a planning system prints a comment field nobody filled in.
A4 landscape, eight risks, seven columns with a responsible role ("Ansvarig"); the counts only
in a key-figures box beside the introduction ("Identifierade risker 24", "Varav i planen 8",
and "Kontroller med avvikelse 3", which counts controls, not risks). Period "delårsbokslut".
Vuxen- och arbetsmarknadsnämnden, delår 2024.
"""
from c10 import esc, h, p, page, record, streams, table

NAME = "vaan2024_landscape_empty_comments_fact_box"
ORGAN = "Vuxen- och arbetsmarknadsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – delårsbokslut"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 24, "risks_critical": 8}

COLS = [
    ("Process", "process", 30, "left"),
    ("Risk", "risk", 55, "left"),
    ("Riskvärde", "risk_value", 17, "center"),
    ("Kontrollaktivitet", "controls", 52, "left"),
    ("Ansvarig", None, 29, "left"),
    ("Följer plan", "follows_plan", 17, "center"),
    ("Kommentar", "comment", 67, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#17262b"
PETROL = "#135e6b"

RISKS = [
    dict(proc="Ekonomiskt bistånd",
         risk="Risk att ekonomiskt bistånd betalas ut felaktigt för att den sökandes inkomster hos andra myndigheter inte kontrolleras.",
         rv=12, ctrl="Stickprov på 30 utbetalningar där uppgifterna i SSBTEK jämförs med beslutsunderlaget.",
         who="Enhetschef försörjningsstöd", fp="Delvis",
         comment="I två av 30 ärenden hade SSBTEK inte använts vid nyansökan. Båda utbetalningarna var ändå riktiga. Handläggarna har fått en påminnelse om rutinen."),
    dict(proc="Ekonomiskt bistånd",
         risk="Risk att återkrav inte beslutas när bistånd har betalats ut på felaktiga grunder.",
         rv=9, ctrl="Genomgång av samtliga ärenden med misstänkt felaktig utbetalning under perioden.",
         who="Enhetschef försörjningsstöd", fp="Ja", comment=None),
    dict(proc="Arbetsmarknadsinsatser",
         risk="Risk att anställningsstöd betalas ut för deltagare som inte längre är anställda hos arbetsgivaren.",
         rv=12, ctrl="Avstämning av utbetalda anställningsstöd mot arbetsgivarnas lönespecifikationer för maj och juni.",
         who="Enhetschef arbetsmarknad", fp="Nej",
         comment="Stöd för fyra deltagare betalades ut i upp till två månader efter avslutad anställning, sammanlagt 86 400 kronor. Återkrav har skickats till arbetsgivarna."),
    dict(proc="Vuxenutbildning",
         risk="Risk att betyg registreras fel eller för sent i elevsystemet, så att eleverna inte kan söka vidare studier i tid.",
         rv=8, ctrl="Jämförelse av betygskatalogerna och registrerade betyg för kurser som avslutades i juni.",
         who="Rektor vuxenutbildningen", fp="Ja", comment=None),
    dict(proc="Vuxenutbildning",
         risk="Risk att utbildning köps från externa utbildningsanordnare utan giltigt avtal.",
         rv=9, ctrl="Genomgång av fakturor från externa utbildningsanordnare mot förteckningen över avtal.",
         who="Rektor vuxenutbildningen", fp="Ja",
         comment="Samtliga fakturor avsåg anordnare med giltigt avtal. Avtalet med en anordnare löper ut i december och förlängs inte."),
    dict(proc="Svenska för invandrare",
         risk="Risk att elever inte får påbörja sin utbildning i svenska för invandrare inom tre månader efter anmälan.",
         rv=8, ctrl="Uttag ur elevsystemet: tid från anmälan till kursstart för alla som anmälde sig under perioden.",
         who="Rektor vuxenutbildningen", fp="Delvis",
         comment="81 procent började inom tre månader. Väntetiden var längst på studieväg 1, där en lärartjänst har varit vakant sedan mars."),
    dict(proc="Dokumenthantering",
         risk="Risk att allmänna handlingar inte diarieförs, så att nämnden inte kan lämna ut dem när de begärs.",
         rv=8, ctrl="Stickprov på inkomna handlingar i två funktionsbrevlådor som jämförs med diariet.",
         who="Nämndsekreterare", fp="Ja", comment=None),
    dict(proc="Ersättning till deltagare",
         risk="Risk att ersättning till deltagare i kommunala arbetsmarknadsinsatser betalas ut för dagar då de inte har deltagit.",
         rv=9, ctrl="Jämförelse mellan närvarolistor och utbetald ersättning för 20 deltagare.",
         who="Enhetschef arbetsmarknad", fp="Ja",
         comment="Närvarolistorna stämde med utbetald ersättning för alla 20 deltagare."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["who"], r["fp"], r["comment"] or ""]


CSS = f"""
body {{ font-family: "Liberation Sans", sans-serif; font-size: 9.8pt; color: #263238; line-height: 1.4; }}
.org {{ font-family: "URW Gothic", sans-serif; font-size: 10pt; color: {PETROL}; font-weight: bold; margin: 0 0 1mm 0; }}
h1 {{ font-family: "URW Gothic", sans-serif; font-size: 19pt; font-weight: bold; color: {PETROL}; margin: 0 0 5mm 0; }}
h2 {{ font-family: "URW Gothic", sans-serif; font-size: 12pt; font-weight: bold; color: {PETROL}; margin: 4mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
.intro {{ display: flex; gap: 10mm; align-items: flex-start; }}
.intro .text {{ flex: 1; }}
.keys {{ width: 70mm; border: 0.3mm solid {PETROL}; border-radius: 1.5mm; padding: 2.5mm 3.5mm; background: #eef6f7; color: #22363b; }}
.keys .t {{ font-family: "URW Gothic", sans-serif; font-weight: bold; font-size: 10pt; color: {PETROL}; margin-bottom: 1.5mm; }}
.keys table {{ width: 100%; border-collapse: collapse; font-size: 9pt; }}
.keys td {{ padding: 0.7mm 0; border-bottom: 0.15mm solid #b7d3d7; color: #22363b; }}
.keys tr:last-child td {{ border-bottom: none; }}
.keys td.n {{ text-align: right; font-weight: bold; font-size: 10.5pt; }}
table.risks {{ border-collapse: collapse; table-layout: fixed; font-family: "Liberation Sans Narrow", "Arial Narrow", sans-serif;
  font-size: 9pt; line-height: 1.25; margin: 2mm 0 4mm 0; }}
table.risks th, table.risks td {{ border: 0.2mm solid #9cbcc1; padding: 1.3mm 1.5mm; vertical-align: top; text-align: left; color: {BODY}; }}
table.risks th {{ background: {PETROL}; color: #ffffff; font-weight: bold; vertical-align: bottom; border-color: {PETROL}; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS]).replace("<table>", '<table class="risks">', 1)
    keys = f"""<div class="keys"><div class="t">{esc("Nyckeltal internkontroll 2024")}</div>
<table><tr><td>{esc("Identifierade risker")}</td><td class="n">24</td></tr>
<tr><td>{esc("Varav i planen")}</td><td class="n">8</td></tr>
<tr><td>{esc("Kontroller med avvikelse")}</td><td class="n">3</td></tr></table></div>"""
    body = f"""
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="intro"><div class="text">
{h(2, "Inledning")}
{p("Uppföljningen avser perioden januari–augusti 2024 och ingår i nämndens delårsbokslut. Nämnden antog internkontrollplanen i december 2023 utifrån förvaltningens riskanalys, där varje risk bedömdes efter sannolikhet och konsekvens. Riskvärdet är produkten av de två bedömningarna, och risker med ett riskvärde på 8 eller högre ingår i planen.")}
{p("Kontrollerna har gjorts av de ansvariga cheferna och sammanställts av förvaltningens controller. Resultatet redovisas per risk i tabellen nedan.")}
</div>
{keys}
</div>
{h(2, "Resultat av kontrollerna")}
{tab}
{h(2, "Samlad bedömning")}
{p("Fem kontroller visar att planen följs, två att den följs delvis och en att den inte följs. Den allvarligaste avvikelsen gäller anställningsstöden, där förvaltningen har infört en månatlig avstämning mot arbetsgivarnas lönespecifikationer från september. Kontrollerna följs upp igen i december.")}
"""
    return page(title=f"{ORGAN} – {TITLE}", css=CSS, body=body, size="A4 landscape",
                margins=(17, LEFT_MM, 15, LEFT_MM),
                boxes={"top-left": "Vuxen- och arbetsmarknadsförvaltningen",
                       "top-right": "Delårsbokslut 2024 · Bilaga 4 · Dnr VAN 2024/0211",
                       "bottom-right": ("css", 'counter(page) " (" counter(pages) ")"')},
                margin_font='7.5pt "Liberation Sans"', margin_colour="#5f7175")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Ansvarig": r["who"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
