"""Report 2: a Hypergene-like system export in A4 landscape: the risks sorted by risk value
(highest first), so the same process stands on rows apart, written out on each row; the risk
value printed with its scale word ("16 (mycket hög)", "9 (medel)"). A "Kontrollansvarig"
column. Södermalms stadsdelsnämnd, helår 2024.
"""
from c8 import esc, plain, record, streams, table

NAME = "sdn2024_landscape_sorted_by_value_scale_words"
ORGAN = "Södermalms stadsdelsnämnd"
TITLE = "Södermalms stadsdelsnämnd – helårsuppföljning av internkontrollplan 2024"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 30, "risks_critical": 8}

COLS = [
    ("Process", "process", 30, "left"),
    ("Risk", "risk", 52, "left"),
    ("Riskvärde", "risk_value", 23, "left"),
    ("Kontrollmoment", "controls", 50, "left"),
    ("Kontrollansvarig", None, 27, "left"),
    ("Följer plan", "follows_plan", 16, "left"),
    ("Kommentar", "comment", 73, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 13
WIDTH = sum(c[2] for c in COLS)
BODY = "#222222"    # table text; prose #3c3c3c
ACC = "#7a1f3d"


def word(v):
    return "låg" if v <= 4 else "medel" if v <= 9 else "hög" if v <= 12 else "mycket hög"


RISKS = [
    dict(proc="Ekonomiskt bistånd",
         risk="Risk att ekonomiskt bistånd betalas ut till personer som samtidigt har inkomster som inte redovisats.",
         rv=16, ctrl="Stickprov på 50 utbetalningar: kontroll mot uppgifter från Försäkringskassan och Skatteverket via SSBTEK.",
         who="Enhetschef försörjningsstöd", fp="Delvis",
         comment="I 46 av 50 ärenden var underlaget korrekt. I fyra ärenden hade inkomster inte redovisats, varav två har polisanmälts som misstänkt bidragsbrott. Vid kontrollen 2023 hittades sju sådana ärenden."),
    dict(proc="Äldreomsorg",
         risk="Risk att beslut om hemtjänst inte verkställs inom tre månader.",
         rv=12, ctrl="Uttag ur verksamhetssystemet av beslut som inte verkställts inom tre månader, varje kvartal.",
         who="Avdelningschef äldreomsorg", fp="Ja",
         comment="Samtliga beslut verkställdes inom tre månader. Två beslut som låg nära gränsen i mars rapporterades inte till IVO eftersom de verkställdes i tid."),
    dict(proc="Upphandling och inköp",
         risk="Risk att direktupphandlingar över 100 000 kronor görs utan dokumentation och utan att konkurrens tas till vara.",
         rv=12, ctrl="Genomgång av samtliga leverantörer med sammanlagda inköp över 100 000 kronor under året.",
         who="Ekonomichef", fp="Nej",
         comment="Elva leverantörer saknade avtal och dokumenterad direktupphandling, bland annat för parkmöbler och transporttjänster. Inköpen ska hädanefter göras via stadens avrop; utbildning för beställare hölls i november."),
    dict(proc="Förskola",
         risk="Risk att barn som har sagts upp från förskolan står kvar i placeringsregistret så att avgifter och ersättningar blir fel.",
         rv=12, ctrl="Avstämning av placeringsregistret mot närvarolistor på samtliga förskolor i oktober.",
         who="Förskolechefer", fp="Ja",
         comment="Registret stämde med närvaron på 26 av 26 förskolor."),
    dict(proc="Personal och arbetsmiljö",
         risk="Risk att bisysslor som kan vara förtroendeskadliga inte anmäls eller inte prövas.",
         rv=9, ctrl="Kontroll av att samtliga chefer har frågat om bisysslor i medarbetarsamtalen och dokumenterat svaren.",
         who="HR-chef", fp="Delvis",
         comment="Dokumentation fanns hos 41 av 48 chefer. Två anmälda bisysslor inom hemtjänsten prövades och godkändes."),
    dict(proc="Ekonomiskt bistånd",
         risk="Risk att utbetalningar görs till fel mottagare, till exempel efter en ändrad kontouppgift.",
         rv=9, ctrl="Kontroll av samtliga ändringar av kontouppgifter i verksamhetssystemet mot ansökan från den enskilde.",
         who="Enhetschef försörjningsstöd", fp="Ja",
         comment="Alla 134 ändringar var styrkta med en ansökan. Föregående år saknades underlag i tre fall."),
    dict(proc="Äldreomsorg",
         risk="Risk att läkemedelsavvikelser inom hemtjänsten inte rapporteras och följs upp.",
         rv=8, ctrl="Jämförelse av rapporterade avvikelser med signeringslistor på två hemtjänstgrupper.",
         who="Medicinskt ansvarig sjuksköterska", fp="Delvis",
         comment="Nio missade signeringar hade inte rapporterats som avvikelser. Rutinen har gåtts igenom på arbetsplatsträffar."),
    dict(proc="Informationssäkerhet",
         risk="Risk att obehöriga tar del av uppgifter i socialtjänstens akter.",
         rv=8, ctrl="Loggkontroll av åtkomsten till 30 slumpvis valda akter under två månader.",
         who="Avdelningschef individ och familj", fp="Ja",
         comment="Ingen obehörig åtkomst hittades. Loggkontrollen görs från 2025 varje månad."),
]
assert [r["rv"] for r in RISKS] == sorted((r["rv"] for r in RISKS), reverse=True)


def cells(r):
    return [r["proc"], r["risk"], f'{r["rv"]} ({word(r["rv"])})', r["ctrl"], r["who"], r["fp"],
            r["comment"]]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm {LEFT_MM}mm 13mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Carlito", sans-serif; font-size: 10.5pt; color: #3c3c3c; line-height: 1.35; }}
.top {{ font-family: "Nimbus Sans", sans-serif; font-size: 8pt; color: #777; margin-bottom: 4mm; }}
.top b {{ color: {ACC}; }}
h1 {{ font-family: "Nimbus Sans", sans-serif; font-size: 17pt; color: {ACC}; margin: 0 0 3mm 0; font-weight: bold; }}
h2 {{ font-family: "Nimbus Sans", sans-serif; font-size: 11pt; color: {ACC}; margin: 4mm 0 1.5mm 0; }}
p {{ margin: 0 0 2mm 0; max-width: 200mm; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 9pt; line-height: 1.22; margin: 2mm 0 3mm 0; }}
th, td {{ border-bottom: 0.25mm solid #c9c0c4; padding: 1.4mm 1.6mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ font-family: "Nimbus Sans", sans-serif; font-size: 8pt; background: #f3ecef; color: {ACC}; font-weight: bold; border-bottom: 0.5mm solid {ACC}; }}
td p {{ margin: 0; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="top"><b>Beslutsstöd</b> · {esc("Södermalms stadsdelsförvaltning · Rapport: Intern kontroll, helår · Sorterad på riskvärde (fallande)")}</div>
<h1>{esc(TITLE)}</h1>
{P("Stadsdelsnämnden ska enligt kommunallagen se till att den interna kontrollen är tillräcklig. Internkontrollplanen för 2024 antogs av nämnden den 14 december 2023. Den här rapporten redovisar resultatet av årets kontroller för helåret 2024.")}
<h2>Riskbedömning</h2>
{P("Av 30 identifierade risker bedöms åtta som väsentliga, det vill säga med ett riskvärde på 8 eller högre. Riskvärdet är sannolikhet gånger konsekvens på en fyrgradig skala och anges med sin nivå: låg (1–4), medel (6–9), hög (12) och mycket hög (16). Tabellen är sorterad på riskvärde, med den högsta risken först.")}
<h2>Kontroller och resultat</h2>
{tab}
<h2>Samlad bedömning</h2>
{P("Fyra av åtta kontroller visar att verksamheten följer planen, tre att den följs delvis och en att den inte följs. Direktupphandlingarna är den allvarligaste bristen och följs upp särskilt i internkontrollplanen för 2025. Förvaltningen bedömer att den interna kontrollen i övrigt är tillräcklig.")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Kontrollansvarig": r["who"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
