"""Report 4: an ordinary ruled table printed from the administration's planning system, with
one row shaded grey because its control was cancelled during the year: its "Följer plan"
cell says "Utgår". Hälsa-, vård- och omsorgsnämnden, helår 2023.
"""
from c8 import esc, plain, record, row_class, streams, table

NAME = "hvo2023_cancelled_control_grey_row"
ORGAN = "Hälsa-, vård- och omsorgsnämnden"
TITLE = "Hälsa-, vård- och omsorgsnämnden: uppföljning av internkontrollplan 2023, helår"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 28, "risks_critical": 9}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 36, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 52, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 18
WIDTH = sum(c[2] for c in COLS)
BODY = "#1e2620"    # table text; prose #2b2b2b
ACC = "#2e6b3a"
CANCELLED = 6       # 0-based index of the row whose control was cancelled

RISKS = [
    dict(proc="Myndighetsutövning",
         risk="Risk att utredningar om bistånd enligt socialtjänstlagen inte avslutas inom den tid som nämnden har beslutat.",
         rv=12, ctrl="Uttag ur verksamhetssystemet av utredningstider för samtliga biståndsbeslut, varje tertial.",
         fp="Delvis", comment="78 procent av utredningarna avslutades inom 28 dagar, mot målet 90 procent. Bemanningen på biståndsenheten var låg under sommaren."),
    dict(proc="Hemtjänst",
         risk="Risk att beviljade insatser inte utförs och att utförd tid inte stämmer med den tid som debiteras brukaren.",
         rv=12, ctrl="Jämförelse av planerad och utförd tid i tidsregistreringssystemet för 30 brukare.",
         fp="Ja", comment="Avvikelserna var små och förklarade i 29 av 30 fall."),
    dict(proc="Läkemedelshantering",
         risk="Risk att läkemedel ges utan ordination eller utan att överlämnandet signeras.",
         rv=16, ctrl="Granskning av signeringslistor på fyra särskilda boenden under en vecka per kvartal.",
         fp="Nej", comment="Osignerade överlämnanden fanns på alla fyra boenden, sammanlagt 63. Förbättringsarbete med digital signering startade i november."),
    dict(proc="Privata medel",
         risk="Risk att boendes privata kontanter hanteras utan kvitton och utan att två personer kontrollerar kassan.",
         rv=9, ctrl="Oanmäld kassakontroll på sex boenden.",
         fp="Ja", comment="Kassorna stämde och kvitton fanns för alla uttag."),
    dict(proc="Upphandling",
         risk="Risk att sjuksköterskor hyrs in från bemanningsföretag utan avtal.",
         rv=12, ctrl="Genomgång av alla fakturor från bemanningsföretag under året mot gällande avrop.",
         fp="Delvis", comment="Tre fakturor på sammanlagt 412 000 kronor avsåg ett företag utan avtal. Inhyrning utanför avtal kräver nu förvaltningschefens beslut."),
    dict(proc="Informationssäkerhet",
         risk="Risk att medarbetare tar del av journaler för personer som de inte har en vårdrelation med.",
         rv=9, ctrl="Loggkontroll av 40 journaler per kvartal.",
         fp="Ja", comment="Ingen otillåten åtkomst hittades."),
    dict(proc="Hjälpmedel",
         risk="Risk att hjälpmedel förskrivs utan behovsbedömning och inte återlämnas när behovet upphör.",
         rv=9, ctrl="Stickprov på 25 förskrivningar av rullstolar och sängar.",
         fp="Utgår", comment="Kontrollen utgår. Förskrivningen av hjälpmedel flyttades den 1 april 2023 till regionens hjälpmedelscentral, och risken hanteras i samverkansavtalet."),
    dict(proc="Kompetensförsörjning",
         risk="Risk att legitimerad personal saknas på kvällar och helger så att patientsäkerheten inte kan upprätthållas.",
         rv=12, ctrl="Uppföljning av bemanningen av sjuksköterskor och fysioterapeuter mot schemat, varje månad.",
         fp="Delvis", comment="Bemanningen nådde schemats nivå under tio av tolv månader. Under juli och augusti täcktes helgerna med bemanningsföretag."),
    dict(proc="Avgifter",
         risk="Risk att avgifter för hemtjänst och boende beräknas på inaktuella inkomstuppgifter.",
         rv=9, ctrl="Kontroll av att den årliga inkomstförfrågan har skickats till alla och att svaren har registrerats.",
         fp="Ja", comment="Inkomstförfrågan skickades till 2 140 brukare i januari. Avgifterna omräknades för alla som svarat; de som inte svarade har fått maxtaxa enligt reglerna."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    tab = row_class(table(COLS, [cells(r) for r in RISKS]), CANCELLED, "utgar")
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 17mm {LEFT_MM}mm 17mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "URW Bookman", serif; font-size: 9.5pt; color: #2b2b2b; line-height: 1.4; }}
.org {{ font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: {ACC}; letter-spacing: 0.3mm; text-transform: uppercase; border-bottom: 0.6mm solid {ACC}; padding-bottom: 1.5mm; margin-bottom: 6mm; }}
h1 {{ font-size: 15pt; color: #1d1d1d; margin: 0 0 4mm 0; line-height: 1.25; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: {ACC}; margin: 5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; line-height: 1.3; margin: 2mm 0 3mm 0; }}
th, td {{ border: 0.2mm solid #9bb5a0; padding: 1.3mm 1.5mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #e3efe5; font-weight: bold; }}
tr.utgar td {{ background: #dedede; }}
td p {{ margin: 0; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc("Hälsa-, vård- och omsorgsförvaltningen · Tjänsteskrivelse · Dnr HVN 2024/38")}</div>
<h1>{esc(TITLE)}</h1>
<h2>Sammanfattning</h2>
{P("Nämnden antog internkontrollplanen för 2023 den 15 december 2022. Den här uppföljningen avser hela året. Av nio kontroller visar fyra att planen följs, tre att den följs delvis och en att den inte följs. En kontroll utgick under året eftersom ansvaret för hjälpmedel flyttades till regionen; raden är grå i tabellen.")}
<h2>Riskanalys och plan</h2>
{P("I riskanalysen inför 2023 identifierades 28 risker, varav nio bedömdes som kritiska med ett riskvärde på 9 eller högre. Riskvärdet är produkten av sannolikhet och konsekvens, bedömda på en skala från 1 till 4. De kritiska riskerna ingår i internkontrollplanen med var sitt kontrollmoment. Övriga risker följs upp i verksamhetsplaneringen.")}
<h2>Resultat</h2>
{tab}
<h2>Bedömning och fortsatt arbete</h2>
{P("Läkemedelshanteringen på de särskilda boendena är den allvarligaste bristen. Förvaltningen har inlett ett förbättringsarbete med digital signering och föreslår att risken finns kvar i planen för 2024. Utredningstiderna och bemanningen av legitimerad personal följs upp i verksamhetsplanen. Förvaltningen bedömer att den interna kontrollen i övrigt har varit tillräcklig under 2023.")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        fp = None if r["fp"] == "Utgår" else r["fp"]
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=fp, comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
