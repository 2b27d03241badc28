"""Report 1: an ordinary planning-system export (Stratsys-like) printed by the system's
Chromium: a system bar, title, prose with the counts, one ruled table whose header row is a
dark fill with white text. Nämnden för gemensam service, tertial 1 2025. No other quirk.
"""
from c8 import esc, plain, record, streams, table

NAME = "ngs2025_system_export_dark_header"
ORGAN = "Nämnden för gemensam service"
TITLE = "Nämnden för gemensam service – uppföljning av internkontrollplan 2025, tertial 1"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 26, "risks_critical": 8}

COLS = [
    ("Process", "process", 21, "left"),
    ("Risk", "risk", 32, "left"),
    ("Sannolikhet", "probability", 13, "center"),
    ("Konsekvens", "consequence", 13, "center"),
    ("Riskvärde", "risk_value", 12, "center"),
    ("Kontrollmoment", "controls", 31, "left"),
    ("Följer plan", "follows_plan", 12, "center"),
    ("Kommentar", "comment", 46, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
WIDTH = sum(c[2] for c in COLS)
BODY = "#1b1f24"    # table text; prose #33383d
HEAD = "#23395b"

RISKS = [
    dict(proc="Inköp och upphandling",
         risk="Risk att förvaltningarna köper varor och tjänster utanför gällande ramavtal.",
         p=3, k=3, ctrl="Stickprov på 40 leverantörsfakturor per tertial: finns avtal, och är priset enligt avtalet?",
         fp="Delvis", comment="34 av 40 fakturor avsåg köp inom avtal. Fem köp av kontorsmöbler och ett köp av konsulttjänst saknade avtal. Berörda förvaltningar har fått återkoppling och en påminnelse om e-handelns katalog."),
    dict(proc="Fakturahantering",
         risk="Risk att fakturor attesteras av en person utan behörighet eller av samma person som beställt.",
         p=3, k=4, ctrl="Uttag ur ekonomisystemet: attester jämförda med attestförteckningen.",
         fp="Ja", comment="Inga attester utan behörighet. Attestförteckningen uppdaterades i februari efter omorganisationen av lönecentrum."),
    dict(proc="Lönehantering",
         risk="Risk för felaktiga löneutbetalningar när anställningar avslutas utan att lönecentrum underrättas i tid.",
         p=3, k=4, ctrl="Månadsvis avstämning av avslutade anställningar mot utbetald lön.",
         fp="Nej", comment="Sju felaktiga utbetalningar efter avslutad anställning, sammanlagt 96 400 kronor. Återkrav har skickats i samtliga fall. Under 2024 upptäcktes nio sådana utbetalningar."),
    dict(proc="IT-drift",
         risk="Risk att behörigheter till verksamhetssystemen inte tas bort när en medarbetare slutar.",
         p=3, k=3, ctrl="Jämförelse av aktiva konton i katalogtjänsten med personalsystemets avslutade anställningar.",
         fp="Delvis", comment="42 konton var aktiva mer än 30 dagar efter anställningens slut. De har stängts. Ett automatiskt flöde från personalsystemet införs under hösten."),
    dict(proc="Informationssäkerhet",
         risk="Risk att personuppgiftsbiträdesavtal saknas med leverantörer av molntjänster.",
         p=3, k=3, ctrl="Genomgång av förteckningen över molntjänster och de avtal som finns registrerade.",
         fp="Ja", comment="Avtal finns för samtliga 23 tjänster i förteckningen."),
    dict(proc="Fordonshantering",
         risk="Risk att leasingbilar används privat utan att förmånen redovisas.",
         p=3, k=3, ctrl="Stickprov på körjournaler för 15 bilar mot bokningssystemet.",
         fp="Ja", comment="Inga privata resor hittades i stickprovet."),
    dict(proc="Kontaktcenter",
         risk="Risk att ärenden som kommer in via e-post inte registreras och därför inte besvaras.",
         p=3, k=3, ctrl="Kontroll av att inkomna e-postärenden under två veckor har registrerats i ärendesystemet.",
         fp="Ja", comment="Samtliga 1 186 ärenden var registrerade, 97 procent besvarades inom två arbetsdagar."),
    dict(proc="Lokalvård",
         risk="Risk att städning i förskolor och skolor inte utförs enligt avtalad städfrekvens.",
         p=3, k=3, ctrl="Kvalitetsuppföljning med städprotokoll på tio enheter.",
         fp="Delvis", comment="Åtta av tio enheter städades enligt avtalet. På två förskolor saknades städning under fyra dagar i mars på grund av sjukfrånvaro; vikarier tas nu in från bemanningsavtalet."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["p"]), str(r["k"]), str(r["p"] * r["k"]), r["ctrl"],
            r["fp"], r["comment"]]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 13mm {LEFT_MM}mm 15mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #33383d; line-height: 1.4; }}
.sysbar {{ display: flex; justify-content: space-between; font-size: 7.5pt; color: #6a737c; border-bottom: 0.3mm solid {HEAD}; padding-bottom: 1.5mm; margin-bottom: 5mm; }}
h1 {{ font-size: 16pt; color: {HEAD}; margin: 0 0 4mm 0; line-height: 1.2; }}
h2 {{ font-size: 11.5pt; color: {HEAD}; margin: 5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 8pt; line-height: 1.25; margin: 2mm 0 3mm 0; }}
th, td {{ border: 0.2mm solid #aab4bf; padding: 1.3mm 1.4mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: {HEAD}; color: #ffffff; font-weight: bold; vertical-align: bottom; border-color: {HEAD}; }}
td p {{ margin: 0; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="sysbar"><span>{esc("Styrning och uppföljning · Rapport: Internkontroll – uppföljning")}</span><span>Utskriven 2025-05-19 10:42</span></div>
<h1>{esc(TITLE)}</h1>
<h2>Inledning</h2>
{P("Nämnden för gemensam service ansvarar för de tjänster som kommunens förvaltningar delar: ekonomi, lön, inköp, IT, fordon, kontaktcenter och lokalvård. Enligt kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig. Nämnden antog internkontrollplanen för 2025 den 12 december 2024.")}
{P("Den här uppföljningen avser första tertialet, januari–april 2025. Kontroller som görs senare under året redovisas i uppföljningen per augusti och i helårsuppföljningen.")}
<h2>Riskanalys</h2>
{P("I nämndens riskanalys för 2025 bedömdes 26 risker. Åtta av dem fick ett riskvärde på 9 eller högre och bedöms som kritiska; de ingår i internkontrollplanen med ett kontrollmoment var. Övriga risker hanteras i verksamhetens löpande arbete. Riskvärdet är sannolikhet gånger konsekvens, var och en bedömd på en skala från 1 till 4.")}
<h2>Resultat av kontrollerna</h2>
{P("Tabellen visar varje kritisk risk med dess kontrollmoment och resultatet så här långt. I kolumnen Följer plan anges om kontrollen visar att verksamheten följer den beslutade planen (Ja), följer den delvis (Delvis) eller inte följer den (Nej). Kontrollerna har utförts av respektive enhet och sammanställts av förvaltningens controller.")}
{tab}
<h2>Sammanfattande bedömning</h2>
{P("Fyra kontroller visar att planen följs, tre att den följs delvis och en att den inte följs. Felaktiga löneutbetalningar efter avslutad anställning är fortfarande den största bristen, även om antalet har minskat jämfört med samma period förra året. Förvaltningen föreslår att kontrollen fortsätter månadsvis året ut.")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["p"] * r["k"], probability=r["p"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
