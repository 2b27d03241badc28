"""Report 3: a municipal company's board paper, written in a web word processor and printed
from the browser. The first column is "Riskområde" (not "Process"), and the period is stated
only as months ("januari–augusti 2025"), never as delår, tertial or a date of reporting.
Ekbacka Vatten AB, 2025.
"""
from c8 import esc, plain, record, streams, table

NAME = "ekv2025_company_riskomrade_months_period"
ORGAN = "Ekbacka Vatten AB"
TITLE = "Ekbacka Vatten AB – uppföljning av internkontrollplan januari–augusti 2025"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 19, "risks_critical": 7}

COLS = [
    ("Riskområde", "process", 24, "left"),
    ("Risk", "risk", 36, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 36, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 42, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 22
WIDTH = sum(c[2] for c in COLS)
BODY = "#10242e"    # table text; prose #262626
ACC = "#0b5a7a"

RISKS = [
    dict(proc="Dricksvatten",
         risk="Risk att egenkontrollens provtagning på ledningsnätet inte görs enligt det provtagningsprogram som kontrollmyndigheten har godkänt.",
         rv=12, ctrl="Jämförelse av utförda provtagningar med provtagningsprogrammet, månad för månad.",
         fp="Ja", comment="Alla 64 planerade prover togs. Ett prov i Norrby visade otjänligt vatten i maj; kokningsrekommendationen hävdes efter fyra dagar."),
    dict(proc="Upphandling",
         risk="Risk att bolaget köper entreprenader och material utan upphandling enligt lagen om upphandling inom försörjningssektorerna.",
         rv=12, ctrl="Genomgång av alla leverantörer med inköp över 700 000 kronor under perioden mot avtalsdatabasen.",
         fp="Delvis", comment="Köp av schaktarbeten för 1,2 miljoner kronor gjordes efter att ramavtalet löpt ut. En ny upphandling annonserades i juni."),
    dict(proc="VA-taxa och debitering",
         risk="Risk att anläggningsavgifter inte debiteras när nya fastigheter ansluts.",
         rv=9, ctrl="Avstämning av nya servisanslutningar i ledningskartan mot fakturerade anläggningsavgifter.",
         fp="Ja", comment="23 nya anslutningar; samtliga var fakturerade."),
    dict(proc="Ledningsnät",
         risk="Risk att förnyelsetakten för vatten- och spillvattenledningar blir lägre än vad underhållsplanen förutsätter.",
         rv=9, ctrl="Uppföljning av förnyade ledningsmeter mot årets mål i underhållsplanen.",
         fp="Nej", comment="1 350 av planerade 3 400 meter hade förnyats. Två projekt har skjutits upp till 2026 i väntan på kommunens gatuarbeten."),
    dict(proc="Informationssäkerhet",
         risk="Risk för obehörig åtkomst till styrsystemet för vattenverk och pumpstationer.",
         rv=16, ctrl="Granskning av fjärråtkomster och konton i styrsystemet tillsammans med IT-leverantören.",
         fp="Delvis", comment="Tre konton för en tidigare leverantör var fortfarande aktiva och har stängts. Tvåfaktorsinloggning för fjärråtkomst införs under hösten."),
    dict(proc="Arbetsmiljö",
         risk="Risk för olyckor vid arbete i schakt och vid ensamarbete i pumpstationer.",
         rv=12, ctrl="Kontroll av att riskbedömning och larmrutin finns för varje arbetsplats med schakt under perioden.",
         fp="Ja", comment="Riskbedömning fanns för alla 17 schaktarbeten. Larmutrustning för ensamarbete har köpts in."),
    dict(proc="Jäv och bisysslor",
         risk="Risk att anställda med inflytande över inköp har bisysslor hos bolagets leverantörer.",
         rv=9, ctrl="Alla anställda med beställarbehörighet har lämnat en bisyssleförsäkran; försäkringarna jämförs med leverantörsregistret.",
         fp="Ja", comment="Inga bisysslor hos leverantörer. Två anmälda bisysslor har prövats och godkänts av vd."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 20mm {LEFT_MM}mm 20mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "P052", serif; font-size: 10.5pt; color: #262626; line-height: 1.42; }}
.head {{ display: flex; justify-content: space-between; font-family: "Liberation Sans Narrow", sans-serif; font-size: 8.5pt; color: #555; margin-bottom: 9mm; }}
.head .logo {{ font-family: "P052", serif; font-size: 13pt; color: {ACC}; font-weight: bold; letter-spacing: 0.2mm; }}
h1 {{ font-size: 17pt; font-weight: bold; color: #1a1a1a; margin: 0 0 5mm 0; line-height: 1.2; }}
h2 {{ font-size: 12pt; font-weight: bold; color: {ACC}; margin: 5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.5mm 0; text-align: justify; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "Liberation Sans Narrow", sans-serif; font-size: 8.8pt; line-height: 1.2; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.3mm solid #7fa7b8; padding: 1.4mm 1.5mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #dcebf1; font-weight: bold; }}
td p {{ margin: 0; text-align: left; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="head"><span class="logo">Ekbacka Vatten</span><span>{esc("Tjänsteskrivelse · Dnr EVAB 2025/41 · Styrelsemöte 18 september 2025, ärende 6")}</span></div>
<h1>{esc(TITLE)}</h1>
<h2>Förslag till beslut</h2>
{P("Styrelsen godkänner uppföljningen av internkontrollplanen för januari–augusti 2025.")}
<h2>Bakgrund</h2>
{P("Ekbacka Vatten AB är helägt av Ekbacka kommun och ansvarar för kommunens allmänna vatten- och avloppsanläggning. Enligt ägardirektivet ska bolagets styrelse se till att den interna kontrollen är tillräcklig och varje år anta en internkontrollplan som grundar sig på en riskanalys. Styrelsen antog planen för 2025 den 11 december 2024.")}
{P("Bolagets riskanalys för 2025 omfattar 19 risker. Sju av dem bedömdes ha ett riskvärde på 9 eller högre och ingår därför i internkontrollplanen; de övriga tolv hanteras i bolagets ordinarie verksamhetsstyrning. Riskvärdet är sannolikhet gånger konsekvens, bedömda på en skala från 1 till 4.")}
<h2>Uppföljning januari–augusti 2025</h2>
{P("Tabellen redovisar de kontroller som har gjorts under perioden januari–augusti 2025 och om verksamheten följer den plan som styrelsen har beslutat. Uppgifterna har sammanställts av bolagets ekonomichef tillsammans med ansvariga chefer för respektive riskområde, och underlagen finns hos ekonomifunktionen.")}
{tab}
<h2>Bedömning</h2>
{P("Fyra av sju kontroller visar att planen följs, två att den följs delvis och en att den inte följs. Förnyelsetakten på ledningsnätet är fortsatt för låg och kommer att behandlas särskilt i bolagets budget för 2026. Bolagsledningen bedömer att den interna kontrollen i övrigt är tillräcklig.")}
{P("Malin Sjöberg, vd")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
