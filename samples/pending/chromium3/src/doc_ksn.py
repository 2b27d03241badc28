"""Report 1: Hypergene-like web report with a 4x4 risk-matrix heat map beside the prose
(risk numbers in the coloured cells) and a table whose first column is a running number
("1.", "2.", ...). Kungsholmens stadsdelsnämnd, tertial 2 2025.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "ksn2025_heatmap_beside_prose_numbered_rows"
ORGAN = "Kungsholmens stadsdelsnämnd"
TITLE = "Uppföljning av internkontrollplan 2025, tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 22, "risks_critical": 8}

COLS = [
    ("Nr", None, 8, "left"),
    ("Process", "process", 21, "left"),
    ("Risk", "risk", 33, "left"),
    ("Sannolikhet", "probability", 15, "center"),
    ("Konsekvens", "consequence", 15, "center"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 30, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 34, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 14
WIDTH = sum(c[2] for c in COLS)
BODY = "#262626"
ACCENT = "#0b4f8a"

RISKS = [
    dict(proc="Förskola", risk="Risk att barnomsorgsavgiften beräknas på inaktuella inkomstuppgifter, så att vårdnadshavare debiteras fel avgift.",
         s=3, k=3,
         controls="Stickprov på 30 avgiftsbeslut där inkomstuppgiften jämförs med senaste inkomstanmälan.",
         fp="Ja",
         comment="29 av 30 avgifter var korrekta. En avgift hade beräknats på en inkomstuppgift från 2023 och har rättats."),
    dict(proc="Förskola", risk="Risk att personuppgifter om barn sprids via förskolornas lärplattform och sociala medier utan samtycke från vårdnadshavare.",
         s=3, k=4,
         controls="Genomgång av samtyckesblanketter och publiceringar på lärplattformen vid fyra förskolor.",
         fp="Delvis",
         comment="Vid tre förskolor fanns samtycke för alla publicerade bilder. Vid den fjärde saknades samtycke för sju bilder, som har tagits bort.\n\nDataskyddsombudet håller en utbildning för förskolecheferna i oktober."),
    dict(proc="Äldreomsorg", risk="Risk att utförd tid i hemtjänsten registreras felaktigt och att ersättningen till utförarna därmed blir fel.",
         s=3, k=4,
         controls="Jämförelse mellan beviljad och registrerad tid för 25 brukare i maj och juni.",
         fp="Ja",
         comment="Avvikelserna låg inom tio procent för 23 av 25 brukare. De två övriga har utretts och förklarats av sjukhusvistelse."),
    dict(proc="Äldreomsorg", risk="Risk att biståndsbeslut om särskilt boende inte verkställs inom tre månader och att nämnden får betala särskild avgift.",
         s=2, k=4,
         controls="Månatlig uppföljning av ej verkställda beslut och rapportering till IVO.",
         fp="Ja",
         comment="Två beslut har inte verkställts inom tre månader. Båda har rapporterats till IVO i tid."),
    dict(proc="Ekonomiskt bistånd", risk="Risk att ekonomiskt bistånd betalas ut utan att sökandens samtliga inkomster har kontrollerats.",
         s=3, k=3,
         controls="Kontroll av att SSBTEK har använts i 40 slumpvis utvalda ärenden.",
         fp="Delvis",
         comment="SSBTEK hade använts i 34 av 40 ärenden. I sex ärenden saknades dokumentation av kontrollen, vilket har tagits upp på arbetsplatsträffar."),
    dict(proc="Inköp och upphandling", risk="Risk att direktupphandlingar över 100 000 kronor genomförs utan dokumentation enligt stadens riktlinjer.",
         s=3, k=3,
         controls="Analys av leverantörsreskontran för januari–augusti samt granskning av dokumentationen för tio direktupphandlingar.",
         fp="Nej",
         comment="Dokumentation saknades helt i fyra av tio direktupphandlingar. Förvaltningen inför en mall och en obligatorisk granskning av inköpssamordnaren."),
    dict(proc="Ekonomi", risk="Risk att fakturor attesteras av samma person som har gjort beställningen.",
         s=2, k=3,
         controls="Systemkontroll av attestflödet i ekonomisystemet för alla fakturor över 50 000 kronor.",
         fp="Ja",
         comment="Ingen faktura hade attesterats av beställaren."),
    dict(proc="Arbetsmiljö", risk="Risk att medarbetare i hemtjänsten utsätts för hot och våld utan att händelserna rapporteras och följs upp.",
         s=3, k=3,
         controls="Genomgång av tillbudsrapporter och intervjuer med skyddsombud i två hemtjänstgrupper.",
         fp="Ja",
         comment="Rapporteringen fungerar. Antalet rapporter ökade från elva till sexton jämfört med samma period 2024."),
]


def cells(n, r):
    return [f"{n}.", r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["controls"], r["fp"], r["comment"]]


LEVEL = {1: "#a9d08e", 2: "#a9d08e", 3: "#a9d08e", 4: "#ffe699", 6: "#ffe699", 8: "#f4b183",
         9: "#f4b183", 12: "#e06666", 16: "#e06666"}


def heatmap():
    rows = []
    for s in (4, 3, 2, 1):
        tds = []
        for k in (1, 2, 3, 4):
            nums = [str(i) for i, r in enumerate(RISKS, 1) if r["s"] == s and r["k"] == k]
            tds.append(f'<td style="background:{LEVEL[s * k]}">{", ".join(nums)}</td>')
        rows.append(f'<tr><th class="ax">{s}</th>{"".join(tds)}</tr>')
    rows.append('<tr><th></th>' + "".join(f'<th class="ax">{k}</th>' for k in (1, 2, 3, 4)) + '</tr>')
    return f"""<div class="matrix">
<div class="mtitle">{esc("Riskmatris")}</div>
<div class="mwrap"><div class="yl">{esc("Sannolikhet")}</div>
<table class="hm">{''.join(rows)}</table></div>
<div class="xl">{esc("Konsekvens")}</div>
<div class="mnote">{esc("Siffrorna anger riskens nummer i tabellen nedan.")}</div>
</div>"""


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for n, r in enumerate(RISKS, 1):
        tds = "".join(f'<td class="{a}">{paras(t)}</td>' for (_, _, _, a), t in zip(COLS, cells(n, r)))
        body.append(f'<tr>{tds}</tr>')
    intro = [
        "Stadsdelsnämnden ska enligt stadens regler för ekonomisk förvaltning följa upp sin internkontrollplan i samband med tertialrapporterna. Denna uppföljning avser perioden januari–augusti 2025.",
        "I riskanalysen identifierades 22 risker, varav åtta bedöms som kritiska och ingår i internkontrollplanen. Riskerna har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och riskvärdet är produkten av de två.",
        "Matrisen till höger visar var de åtta riskerna i planen hamnar. Fem kontroller följer planen, två följer den delvis och en följer den inte.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 16mm {LEFT_MM}mm 16mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Nimbus Sans", sans-serif; font-size: 9.8pt; color: #1a1a1a; }}
.brand {{ font-size: 8.5pt; color: #fff; background: {ACCENT}; padding: 1.6mm 3mm; font-weight: bold; }}
.org {{ font-size: 11pt; color: {ACCENT}; margin-top: 4mm; }}
h1 {{ font-size: 16pt; margin: 1mm 0 4mm 0; color: #111; }}
h2 {{ font-size: 11pt; margin: 4mm 0 2mm 0; color: {ACCENT}; }}
p {{ margin: 0 0 2mm 0; line-height: 1.32; }}
.top {{ display: flex; gap: 7mm; align-items: flex-start; }}
.prose {{ width: 112mm; }}
.matrix {{ width: 62mm; font-size: 8pt; color: #333; }}
.mtitle {{ font-weight: bold; font-size: 9pt; margin-bottom: 1.5mm; color: {ACCENT}; }}
.mwrap {{ display: flex; align-items: center; }}
.yl {{ writing-mode: vertical-rl; transform: rotate(180deg); font-size: 7.5pt; margin-right: 1mm; }}
table.hm {{ border-collapse: separate; border-spacing: 0.8mm; }}
table.hm td {{ width: 11mm; height: 8.5mm; text-align: center; vertical-align: middle; font-weight: bold; font-size: 8.5pt; color: #1f1f1f; }}
table.hm th.ax {{ font-weight: normal; font-size: 7.5pt; color: #555; width: 4mm; text-align: center; }}
.xl {{ text-align: center; font-size: 7.5pt; margin-left: 6mm; }}
.mnote {{ font-size: 7pt; color: #555; margin-top: 1.5mm; }}
table.risk {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 7.8pt; }}
table.risk th, table.risk td {{ padding: 1.4mm 1.2mm; vertical-align: top; border-bottom: 0.3mm solid #bdbdbd; }}
table.risk th {{ background: #ededed; color: #111; font-weight: bold; text-align: left; font-size: 7.4pt; border-bottom: 0.5mm solid {ACCENT}; }}
table.risk td {{ color: {BODY}; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1mm 0; line-height: 1.22; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="brand">{esc("Stockholms stad")}</div>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="top">
<div class="prose"><h2>{esc("Sammanfattning")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}</div>
{heatmap()}
</div>
<h2>{esc("Resultat av kontrollerna")}</h2>
<table class="risk"><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>{esc("Analys och åtgärder")}</h2>
<p>{esc("Bristerna i dokumentationen av direktupphandlingar är den allvarligaste iakttagelsen under perioden. Förvaltningen återkommer med en fördjupad uppföljning i verksamhetsberättelsen för 2025.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for n, r in enumerate(RISKS, 1):
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], follows_plan=r["fp"],
                     comment=r["comment"], extra={"Nr": f"{n}."})
        out.append((rec, list(enumerate(cells(n, r)))))
    return out
