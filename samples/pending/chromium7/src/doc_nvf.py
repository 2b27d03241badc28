"""Report 3: a document written in a browser-based word processor by the förbund's controller:
two portrait pages of prose around ONE A4 landscape page that holds only the risk table (a
named CSS page). Ten columns, a "Status" column ("Genomförd" / "Pågår" / "Ej påbörjad") beside
"Följer plan", which is empty for controls not yet done. Direktionen för
Utbildningsförbundet Nordvalla (a kommunalförbund's direktion), tertial 2 2025.
"""
from c7 import esc, plain, record, streams, table

NAME = "nvf2025_landscape_table_page_status_column"
ORGAN = "Direktionen för Utbildningsförbundet Nordvalla"
TITLE = "Direktionen för Utbildningsförbundet Nordvalla – uppföljning av internkontrollplan 2025, tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 23, "risks_critical": 8}

COLS = [
    ("Nr", None, 8, "center"),
    ("Process", "process", 25, "left"),
    ("Risk", "risk", 46, "left"),
    ("Sannolikhet", "probability", 18, "center"),
    ("Konsekvens", "consequence", 18, "center"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 44, "left"),
    ("Status", None, 19, "left"),
    ("Följer plan", "follows_plan", 15, "left"),
    ("Kommentar", "comment", 59, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15          # left margin of the landscape page (the table's page)
WIDTH = sum(c[2] for c in COLS)
BODY = "#1c1c24"      # table text; the prose is #262626
NAVY = "#22356b"

RISKS = [
    dict(proc="Antagning",
         risk="Risk att sökande antas i fel ordning till gymnasieskolan för att meritvärden registreras felaktigt i antagningssystemet.",
         s=2, k=4, ctrl="Stickprov på 40 antagna elever: meritvärdet i antagningssystemet jämförs med betygsunderlaget.",
         status="Genomförd", fp="Ja", comment="Inga avvikelser i stickprovet."),
    dict(proc="Betyg och examen",
         risk="Risk att examensbevis utfärdas trots att eleven inte uppfyller kraven för gymnasieexamen.",
         s=2, k=4, ctrl="Kontroll av samtliga examensbevis vårterminen 2025 mot elevernas studieplaner.",
         status="Genomförd", fp="Delvis", comment="Två av 412 examensbevis var felaktiga och har ersatts av studiebevis. Rutinen för slutkontroll kompletteras med en andra granskare."),
    dict(proc="Frånvaro och studiehjälp",
         risk="Risk att ogiltig frånvaro inte rapporteras till CSN, så att studiehjälp betalas ut felaktigt.",
         s=3, k=3, ctrl="Jämförelse av frånvaron i det skoladministrativa systemet med gjorda anmälningar till CSN för mars–maj.",
         status="Genomförd", fp="Nej", comment="Anmälan saknades för elva elever med mer än fyra timmars ogiltig frånvaro under en månad. Rutinen har förtydligats och alla mentorer har fått en genomgång."),
    dict(proc="Interkommunal ersättning",
         risk="Risk att förbundet fakturerar fel interkommunal ersättning till elevernas hemkommuner.",
         s=3, k=3, ctrl="Avstämning av faktureringen för vårterminen mot elevregistret per mätdatum.",
         status="Genomförd", fp="Ja", comment="Faktureringen stämde för samtliga 23 hemkommuner."),
    dict(proc="Vuxenutbildning",
         risk="Risk att kursdeltagare registreras som aktiva utan att de deltar i undervisningen, så att statsbidrag redovisas felaktigt.",
         s=3, k=4, ctrl="Stickprov på 30 kursdeltagare: närvaro och inlämnade uppgifter under kursens tre första veckor.",
         status="Pågår", fp=None, comment="Stickprovet görs på höstens kursstarter i september. Resultatet redovisas i årsrapporten."),
    dict(proc="Upphandling",
         risk="Risk att läromedel och digitala licenser köps utanför gällande ramavtal.",
         s=3, k=3, ctrl="Uttag ur leverantörsreskontran januari–augusti: inköp av läromedel per leverantör.",
         status="Genomförd", fp="Delvis", comment="Köp för 186 000 kronor gjordes hos leverantörer utan avtal. Förbundet deltar i medlemskommunernas nya upphandling av digitala läromedel."),
    dict(proc="Arbetsmiljö",
         risk="Risk att lärarnas arbetsbelastning blir för hög, med ökad sjukfrånvaro som följd.",
         s=3, k=3, ctrl="Uppföljning av korttidssjukfrånvaron per skolenhet och termin.",
         status="Genomförd", fp="Ja", comment="Korttidssjukfrånvaron var 2,9 procent, lägre än under samma period 2024."),
    dict(proc="Informationssäkerhet",
         risk="Risk att elevers personuppgifter sprids när lärare delar dokument med fel behörigheter i lärplattformen.",
         s=2, k=4, ctrl="Genomgång av delningsinställningarna i 50 slumpvis valda kursrum.",
         status="Ej påbörjad", fp=None, comment="Kontrollen görs i oktober, när den nya lärplattformen har tagits i drift."),
]


def cells(r, n):
    return [str(n), r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["ctrl"], r["status"], r["fp"] or "", r["comment"]]


def html():
    tab = table(COLS, [cells(r, n) for n, r in enumerate(RISKS, 1)])
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 24mm 24mm 22mm 26mm; }}
@page wide {{ size: A4 landscape; margin: 14mm {LEFT_MM}mm 14mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "C059", serif; font-size: 10.5pt; color: #262626; line-height: 1.38; }}
.top {{ font-family: "Nimbus Sans", sans-serif; font-size: 8.5pt; color: {NAVY}; display: flex; justify-content: space-between; border-bottom: 0.4mm solid {NAVY}; padding-bottom: 1.5mm; margin-bottom: 9mm; }}
h1 {{ font-family: "Nimbus Sans", sans-serif; font-size: 18pt; color: {NAVY}; font-weight: bold; margin: 0 0 6mm 0; line-height: 1.2; }}
h2 {{ font-family: "Nimbus Sans", sans-serif; font-size: 12pt; color: {NAVY}; margin: 6mm 0 2mm 0; }}
p {{ margin: 0 0 2.6mm 0; text-align: justify; }}
.wide {{ page: wide; }}
.wide h2 {{ margin-top: 0; }}
.cap {{ font-family: "Nimbus Sans", sans-serif; font-size: 8.5pt; color: #555; margin: 0 0 2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "Nimbus Sans", sans-serif; font-size: 9pt; line-height: 1.22; }}
th, td {{ border: 0.2mm solid #9aa3bd; padding: 1.2mm 1.3mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #dde3f0; color: {NAVY}; font-weight: bold; vertical-align: bottom; }}
td p {{ margin: 0; text-align: left; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="top"><span>{esc("Utbildningsförbundet Nordvalla · Förbundskansliet")}</span><span>{esc("Dnr UFN 2025/64")}</span></div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
{P("Utbildningsförbundet Nordvalla är ett kommunalförbund som Ekås kommun och Bruksviks kommun bildade 2012 för att driva gymnasieskola och kommunal vuxenutbildning. Förbundets direktion ansvarar enligt förbundsordningen och kommunallagen för att den interna kontrollen är tillräcklig.")}
{P("Direktionen antog internkontrollplanen för 2025 den 12 december 2024. Planen följs upp två gånger under året, efter tertial 2 och i samband med årsredovisningen. Den här rapporten avser perioden januari–augusti 2025.")}
<h2>{esc("Riskanalys")}</h2>
{P("Förbundskansliet och rektorerna bedömde i riskanalysen inför 2025 sammanlagt 23 risker. Varje risk har bedömts utifrån sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är produkten av de två. Åtta risker fick ett riskvärde på 8 eller mer och bedöms därför som kritiska. För var och en av dem finns ett kontrollmoment i planen.")}
{P("Övriga 15 risker hanteras inom skolornas systematiska kvalitetsarbete och redovisas inte här.")}
<h2>{esc("Läsanvisning")}</h2>
{P("Tabellen på nästa sida redovisar de åtta kontrollerna. Kolumnen Status visar om kontrollen är genomförd, pågår eller ännu inte har påbörjats. Följer plan anges bara för genomförda kontroller: Ja när rutinen följs, Delvis när mindre brister har hittats och Nej när bristerna är väsentliga.")}
<section class="wide">
<h2>{esc("Uppföljning per kontrollmoment, januari–augusti 2025")}</h2>
<div class="cap">{esc("Tabell 1. Kritiska risker och kontroller i internkontrollplanen 2025.")}</div>
{tab}
</section>
<h2>{esc("Samlad bedömning")}</h2>
{P("Sex av åtta kontroller har genomförts. Tre av dem visar att rutinerna följs, två att de följs delvis och en att de inte följs. Kontrollen av vuxenutbildningens närvaroregistrering pågår och kontrollen av lärplattformen påbörjas i oktober.")}
{P("Den allvarligaste bristen gäller rapporteringen av ogiltig frånvaro till CSN. Förbundskansliet följer upp den nya rutinen under hösten och redovisar resultatet för direktionen i årsrapporten.")}
<h2>{esc("Förslag till beslut")}</h2>
{P("Direktionen godkänner uppföljningen av internkontrollplanen för 2025, tertial 2.")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for n, r in enumerate(RISKS, 1):
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"], extra={"Nr": str(n), "Status": r["status"]})
        out.append((rec, list(enumerate(cells(r, n)))))
    return out
