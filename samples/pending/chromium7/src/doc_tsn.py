"""Report 4: a wiki page (Confluence-like) the controller keeps for the nämnd, printed from
the browser: page title, a byline, an info panel with the counts, a plain risk table, then a
second, smaller table "Stickprov i detalj" (sample results of three controls: not a risk
table, no records). Tillståndsnämnden, helår 2023.
"""
from c7 import esc, plain, record, streams, table

NAME = "tsn2023_wiki_page_sample_table_after"
ORGAN = "Tillståndsnämnden"
TITLE = "Tillståndsnämnden – uppföljning av internkontrollplan 2023, helår"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 21, "risks_critical": 7}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 38, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontroll", "controls", 36, "left"),
    ("Följer plan", "follows_plan", 14, "left"),
    ("Kommentar", "comment", 48, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 18
WIDTH = sum(c[2] for c in COLS)
BODY = "#172b4d"   # table text (the wiki's text colour); prose #253858
SAMPLE_COLS = [("Kontroll", None, 74, "left"), ("Granskade", None, 26, "center"),
               ("Avvikelser", None, 26, "center"), ("Andel utan avvikelse", None, 30, "center")]
SAMPLES = [
    ["Tillsynsavgifter (risk 4)", "30", "3", "90 %"],
    ["Delegationsbeslut (risk 5)", "40", "0", "100 %"],
    ["Jäv och bisysslor (risk 6)", "25", "1", "96 %"],
]

RISKS = [
    dict(proc="Serveringstillstånd",
         risk="Risk att ansökningar om serveringstillstånd inte avgörs inom fyra månader från det att ansökan är komplett.",
         rv=9, ctrl="Uttag ur ärendesystemet: handläggningstid för samtliga beslut om stadigvarande serveringstillstånd.",
         fp="Ja", comment="52 av 54 ansökningar avgjordes inom fyra månader. I två ärenden förlängdes handläggningstiden med stöd av lagen i väntan på yttrande från Polismyndigheten."),
    dict(proc="Tillsyn",
         risk="Risk att tillsynen av serveringsställen inte genomförs i den omfattning som tillsynsplanen anger.",
         rv=12, ctrl="Avstämning av genomförda tillsynsbesök mot tillsynsplanen varje kvartal.",
         fp="Delvis", comment="168 av 190 planerade besök genomfördes. Kvällstillsynen under fjärde kvartalet fick ställas in vid två tillfällen på grund av sjukdom."),
    dict(proc="Tobak och liknande produkter",
         risk="Risk att försäljningsställen för tobak inte kontrolleras genom kontrollköp minst en gång per år.",
         rv=9, ctrl="Jämförelse av registret över försäljningsställen med genomförda kontrollköp.",
         fp="Nej", comment="Kontrollköp gjordes hos 61 av 88 försäljningsställen. Nämnden har beslutat att köpa kontrollköp av en extern leverantör från 2024."),
    dict(proc="Avgifter",
         risk="Risk att tillsynsavgifter inte debiteras eller debiteras med fel belopp.",
         rv=9, ctrl="Stickprov på 30 tillståndshavare: debiterad avgift jämförs med taxan och med rapporterad omsättning.",
         fp="Delvis", comment="Tre avgifter var för låga eftersom omsättningen hade registrerats fel. Mellanskillnaden har fakturerats."),
    dict(proc="Delegation",
         risk="Risk att beslut som fattas med stöd av delegation inte anmäls till nämnden.",
         rv=8, ctrl="Stickprov på 40 delegationsbeslut mot anmälningslistorna till nämndens sammanträden.",
         fp="Ja", comment="Alla beslut i stickprovet hade anmälts."),
    dict(proc="Jäv och bisysslor",
         risk="Risk att en handläggare handlägger ärenden där hen har ett eget intresse, till exempel genom en bisyssla i restaurangbranschen.",
         rv=8, ctrl="Genomgång av anmälda bisysslor och stickprov på 25 ärenden mot handläggarnas uppgivna bisysslor.",
         fp="Delvis", comment="En handläggare hade handlagt ett ärende som gällde en tidigare arbetsgivare. Beslutet har prövats på nytt utan anmärkning och alla handläggare har fått en genomgång av jävsreglerna."),
    dict(proc="Informationshantering",
         risk="Risk att uppgifter om enskildas ekonomiska förhållanden i tillståndsärenden lämnas ut utan sekretessprövning.",
         rv=8, ctrl="Genomgång av samtliga begäranden om allmän handling i tillståndsärenden under året.",
         fp="Ja", comment="32 begäranden kom in. Samtliga hade en dokumenterad sekretessprövning."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    samp = table(SAMPLE_COLS, SAMPLES).replace("<table>", '<table class="samp">', 1)
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 16mm {LEFT_MM}mm 18mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Serif", serif; font-size: 9.8pt; color: #253858; line-height: 1.45; }}
.space {{ font-family: "Carlito", sans-serif; font-size: 8.5pt; color: #6b778c; margin-bottom: 3mm; }}
h1 {{ font-family: "Carlito", sans-serif; font-size: 21pt; color: #172b4d; font-weight: bold; margin: 0 0 1.5mm 0; line-height: 1.15; }}
.byline {{ font-family: "Carlito", sans-serif; font-size: 8.5pt; color: #6b778c; margin-bottom: 5mm; }}
h2 {{ font-family: "Carlito", sans-serif; font-size: 14pt; color: #172b4d; margin: 6mm 0 2mm 0; }}
p {{ margin: 0 0 2.6mm 0; }}
.info {{ background: #deebff; border-radius: 1mm; padding: 3mm 4mm 1mm 11mm; position: relative; margin: 2mm 0 4mm 0; }}
.info .icon {{ position: absolute; left: 3.5mm; top: 3mm; width: 4.5mm; height: 4.5mm; border-radius: 50%; background: #0052cc; color: #fff; font-family: "Carlito", sans-serif; font-weight: bold; font-size: 8pt; text-align: center; line-height: 4.5mm; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "Carlito", sans-serif; font-size: 9.2pt; line-height: 1.22; margin: 2mm 0 4mm 0; }}
table.samp {{ width: 156mm; }}
th, td {{ border: 0.25mm solid #c1c7d0; padding: 1.6mm 1.8mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #f4f5f7; font-weight: bold; }}
td p {{ margin: 0; }}
.center, td.center p {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="space">{esc("Tillståndsenheten / Nämndadministration / Intern kontroll")}</div>
<h1>{esc(TITLE)}</h1>
<div class="byline">{esc("Skapad av Maria Ek, senast uppdaterad 14 feb. 2024 · Dnr TSN 2024/22")}</div>
<div class="info"><div class="icon">i</div>{P("I riskanalysen inför 2023 identifierades 21 risker, varav sju bedömdes som kritiska (riskvärde 8 eller högre). De kritiska riskerna ingår i internkontrollplanen 2023, som nämnden antog den 15 december 2022.")}</div>
<h2>{esc("Bakgrund")}</h2>
{P("Tillståndsnämnden prövar ansökningar om serveringstillstånd och tillstånd att sälja tobak och utövar tillsyn enligt alkohollagen, lagen om tobak och liknande produkter och lagen om handel med vissa receptfria läkemedel. Nämnden ska se till att den interna kontrollen är tillräcklig och följa upp internkontrollplanen varje år.")}
{P("Den här sidan redovisar resultatet av årets kontroller för hela 2023. Riskvärdet är sannolikhet gånger konsekvens, båda bedömda på en skala från 1 till 4.")}
<h2>{esc("Resultat per risk")}</h2>
{tab}
<h2>{esc("Stickprov i detalj")}</h2>
{P("Tre av kontrollerna gjordes som stickprov. Tabellen visar hur många ärenden som granskades och hur många avvikelser som hittades.")}
{samp}
<h2>{esc("Bedömning")}</h2>
{P("Tre kontroller visar att verksamheten följer planen, tre att den följs delvis och en att den inte följs. Kontrollköpen av tobak är den största bristen och åtgärdas genom den externa leverantören. Förvaltningen bedömer att den interna kontrollen i övrigt är tillräcklig.")}
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
