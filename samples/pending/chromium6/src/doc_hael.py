"""Report 4: the counts only in a fact box beside the introduction ("Bedömda risker 24",
"Varav kritiska 7"), and after the risk table a second, smaller table of sample results
("Stickprov") that holds no risks. Nine columns with probability, consequence and value
printed separately and a "Planerad åtgärd" column. Hägersten-Älvsjö stadsdelsnämnd, helår 2023.
"""
from c6 import esc, p, page, record, streams, table

NAME = "hael2023_fact_box_counts_sample_table"
ORGAN = "Hägersten-Älvsjö stadsdelsnämnd"
TITLE = "Helårsuppföljning av internkontrollplan 2023"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 24, "risks_critical": 7}

COLS = [
    ("Verksamhetsområde", "process", 22, "left"),
    ("Risk", "risk", 34, "left"),
    ("Sannolikhet", "probability", 12, "center"),
    ("Konsekvens", "consequence", 12, "center"),
    ("Riskvärde", "risk_value", 11, "center"),
    ("Kontrollmoment", "controls", 30, "left"),
    ("Följer plan", "follows_plan", 12, "center"),
    ("Kommentar", "comment", 29, "left"),
    ("Planerad åtgärd", "handling", 24, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
BODY = "#1f252b"
SLATE = "#3d4a57"

RISKS = [
    dict(proc="Förskola",
         risk="Risk att förskoleavgiften blir fel för att hushållets inkomstuppgift saknas eller är inaktuell.",
         p=3, k=3, ctrl="Stickprov på 40 avgiftsbeslut som jämförs med registrerade inkomstuppgifter.",
         fp="Delvis", comment="Tre av 40 avgifter var fel, samtliga för låga.",
         act="Inkomstuppgifterna kontrolleras automatiskt mot Skatteverket från 2024."),
    dict(proc="Hemtjänst",
         risk="Risk att utförd tid i hemtjänsten överstiger den beviljade tiden utan att biståndshandläggaren får veta det.",
         p=3, k=3, ctrl="Jämförelse mellan utförd och beviljad tid för 25 brukare under oktober.",
         fp="Nej", comment="För sju brukare låg den utförda tiden mer än 20 procent över den beviljade.",
         act="Ny rutin för återkoppling till biståndsenheten vid avvikelser."),
    dict(proc="Barn och unga",
         risk="Risk att förhandsbedömningen av en orosanmälan inte görs inom 14 dagar.",
         p=3, k=4, ctrl="Uttag ur verksamhetssystemet: tid från anmälan till beslut för alla anmälningar i mars och september.",
         fp="Delvis", comment="92 procent av förhandsbedömningarna gjordes inom 14 dagar. Förseningarna gällde främst mars, då ärendemängden var hög.",
         act="Öppna förhandsbedömningar följs upp varje vecka av gruppledaren."),
    dict(proc="Ekonomiskt bistånd",
         risk="Risk att bistånd till hyra betalas ut utan ett aktuellt hyresavtal eller hyresavi.",
         p=2, k=4, ctrl="Granskning av 30 akter med bistånd till hyra.",
         fp="Ja", comment="Alla 30 akter hade aktuellt underlag för hyran.", act=None),
    dict(proc="Parkmiljö",
         risk="Risk att skötselåtgärder i parkerna faktureras utan att de har utförts.",
         p=2, k=4, ctrl="Platsbesök i fyra parker som jämförs med entreprenörens fakturor och skötselplan.",
         fp="Ja", comment="De fakturerade åtgärderna var utförda i alla fyra parker.", act=None),
    dict(proc="Föreningsbidrag",
         risk="Risk att lokala aktivitetsbidrag beviljas föreningar som inte uppfyller villkoren.",
         p=2, k=4, ctrl="Granskning av tio beviljade ansökningar: stadgar, årsmötesprotokoll och verksamhetsberättelse.",
         fp="Ja", comment="Alla tio ansökningar hade fullständiga handlingar.", act=None),
    dict(proc="Personal",
         risk="Risk att en plan för återgång i arbete inte upprättas när en medarbetare har varit sjukskriven i 30 dagar.",
         p=3, k=3, ctrl="Kontroll av rehabiliteringsärenden i HR-systemet under året.",
         fp="Delvis", comment="Plan fanns i 18 av 22 ärenden.",
         act="Cheferna får en påminnelse i HR-systemet dag 20."),
]

SAMPLES = [
    ("Avgiftsbeslut i förskolan", "40", "3", "93 %"),
    ("Akter med bistånd till hyra", "30", "0", "100 %"),
    ("Ansökningar om aktivitetsbidrag", "10", "0", "100 %"),
    ("Rehabiliteringsärenden", "22", "4", "82 %"),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["p"]), str(r["k"]), str(r["p"] * r["k"]),
            r["ctrl"], r["fp"], r["comment"], r["act"] or ""]


CSS = f"""
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; color: #222; }}
.org {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: {SLATE}; margin: 0; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 15pt; color: {SLATE}; font-weight: bold; margin: 1mm 0 5mm 0; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: {SLATE}; margin: 5mm 0 2mm 0; }}
p {{ margin: 0 0 2.4mm 0; line-height: 1.35; }}
.intro {{ display: flex; gap: 7mm; align-items: flex-start; }}
.intro .text {{ flex: 1; }}
.facts {{ width: 52mm; background: #fff4cc; border-left: 1.2mm solid #e0b000; padding: 2.5mm 3mm; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #3a3320; }}
.facts .t {{ font-weight: bold; margin-bottom: 1.5mm; }}
.facts table {{ width: 100%; border-collapse: collapse; font-size: 8.5pt; }}
.facts td {{ padding: 0.6mm 0; color: #3a3320; }}
.facts td.n {{ text-align: right; font-weight: bold; }}
table.risks {{ border-collapse: collapse; table-layout: fixed; width: 186mm; font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7.6pt; }}
table.risks th, table.risks td {{ border: 0.2mm solid #a7b0b9; padding: 1.2mm 1.1mm; vertical-align: top; color: {BODY}; text-align: left; }}
table.risks th {{ background: #e4e8ec; color: {SLATE}; font-weight: bold; vertical-align: bottom; }}
table.risks td p {{ line-height: 1.22; }}
table.sample {{ border-collapse: collapse; width: 120mm; font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 8pt; margin-top: 1mm; }}
table.sample th, table.sample td {{ border-bottom: 0.2mm solid #a7b0b9; padding: 1mm 1.5mm; text-align: left; color: {BODY}; }}
table.sample th {{ color: {SLATE}; border-bottom: 0.4mm solid {SLATE}; }}
.keep {{ break-inside: avoid; }}
table.sample .r {{ text-align: right; }}
"""


def _sample_table():
    head = ("<tr><th>" + esc("Stickprov") + '</th><th class="r">' + esc("Granskade")
            + '</th><th class="r">' + esc("Avvikelser") + '</th><th class="r">'
            + esc("Utan avvikelse") + "</th></tr>")
    rows = "".join(f'<tr><td>{esc(a)}</td><td class="r">{b}</td><td class="r">{c}</td>'
                   f'<td class="r">{d}</td></tr>' for a, b, c, d in SAMPLES)
    return f'<table class="sample"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def html():
    tab = table(COLS, [cells(r) for r in RISKS]).replace("<table>", '<table class="risks">', 1)
    facts = f"""<div class="facts"><div class="t">{esc("Riskanalys 2023")}</div>
<table><tr><td>{esc("Bedömda risker")}</td><td class="n">24</td></tr>
<tr><td>{esc("Varav kritiska")}</td><td class="n">7</td></tr>
<tr><td>{esc("Kritisk från riskvärde")}</td><td class="n">8</td></tr></table></div>"""
    body = f"""
<p class="org">{esc("Hägersten-Älvsjö stadsdelsnämnd")}</p>
<h1>{esc(TITLE)}</h1>
<div class="intro"><div class="text">
{p("Stadsdelsnämnden antog internkontrollplanen för 2023 i januari samma år. Planen bygger på förvaltningens riskanalys, där varje risk bedömdes efter sannolikhet och konsekvens på en skala från 1 till 4. De kritiska riskerna ingår i planen med var sitt kontrollmoment; övriga risker hanteras i det ordinarie kvalitetsarbetet.")}
{p("Den här rapporten redovisar resultatet av kontrollerna för hela verksamhetsåret 2023 och de åtgärder som förvaltningen planerar där kontrollen har visat brister.")}
</div>
{facts}
</div>
<h2>{esc("Resultat per risk")}</h2>
{tab}
<div class="keep"><h2>{esc("Stickprov")}</h2>
{p("Fyra av kontrollerna gjordes som stickprov. Tabellen visar hur många ärenden som granskades och hur många som hade avvikelser.")}
{_sample_table()}</div>
<h2>{esc("Samlad bedömning")}</h2>
{p("Kontrollerna visar att rutinerna i huvudsak fungerar. Den största bristen gäller återkopplingen från hemtjänsten till biståndshandläggarna, som följs upp särskilt under 2024. Förvaltningen bedömer att den interna kontrollen har varit tillräcklig.")}
"""
    return page(title=TITLE, css=CSS, body=body, margins=(21, LEFT_MM, 19, LEFT_MM),
                head_left="Hägersten-Älvsjö stadsdelsförvaltning",
                head_right="Ärende 12 · Bilaga 1",
                foot_left="Utskrift 2024-01-29 · Dnr HÄ 2024/0087",
                margin_font='7.5pt "DejaVu Sans"', margin_colour="#68727c")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["p"] * r["k"], probability=r["p"],
                     consequence=r["k"], controls=r["ctrl"], handling=r["act"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
