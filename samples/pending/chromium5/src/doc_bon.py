"""Report 1: an ordinary Stratsys-like table with probability and consequence printed as a
number and a scale word ("3 – Möjlig", "4 – Kännbar"), the risk value on a heat-coloured
cell, and a Nr column. Bostadsnämnden, helår 2024.
"""
from producers.chromium_docs import esc, plain, record, streams, table

NAME = "bon2024_scale_words_heat_cells"
ORGAN = "Bostadsnämnden"
TITLE = "Bostadsnämnden – uppföljning av internkontrollplan 2024, helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 19, "risks_critical": 7}

COLS = [
    ("Nr", None, 7, "center"),
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 36, "left"),
    ("Sannolikhet", "probability", 16, "left"),
    ("Konsekvens", "consequence", 16, "left"),
    ("Riskvärde", "risk_value", 12, "center"),
    ("Kontrollmoment", "controls", 32, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 30, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 13
BODY = "#202a2e"
ACCENT = "#1f5f73"
P_WORD = {1: "Osannolik", 2: "Mindre sannolik", 3: "Möjlig", 4: "Sannolik"}
K_WORD = {1: "Lindrig", 2: "Måttlig", 3: "Kännbar", 4: "Allvarlig"}
HEAT = {range(1, 5): "#d9efd9", range(5, 9): "#fbeec2", range(9, 17): "#f6cfc8"}

RISKS = [
    dict(proc="Bostadsförmedling",
         risk="Risk att lägenheter förmedlas i strid med kötiden, så att sökande med kortare kötid går före.",
         p=2, k=4, ctrl="Stickprov på 25 förmedlade lägenheter: jämförelse mellan kötid och turordning.",
         fp="Ja", comment="Samtliga 25 lägenheter förmedlades enligt turordningen."),
    dict(proc="Bostadsförmedling",
         risk="Risk att handläggare förmedlar lägenheter till närstående utan att jäv anmäls.",
         p=2, k=4, ctrl="Kontroll av förmedlingar mot förteckningen över anmälda närståendeförhållanden.",
         fp="Ja", comment="Inga förmedlingar till närstående har hittats."),
    dict(proc="Bostadsanpassningsbidrag",
         risk="Risk att bidrag beviljas utan intyg från arbetsterapeut eller annan sakkunnig.",
         p=3, k=3, ctrl="Granskning av 30 beviljade bidrag: finns intyg och motivering i akten?",
         fp="Delvis", comment="I 27 av 30 ärenden fanns intyg. Tre ärenden saknade intyg men hade en motivering från handläggaren. Rutinen har förtydligats."),
    dict(proc="Bostadsanpassningsbidrag",
         risk="Risk att utbetalning sker innan åtgärden är slutbesiktigad och fakturan attesterad.",
         p=3, k=4, ctrl="Kontroll av samtliga utbetalningar över 50 000 kronor mot besiktningsprotokoll.",
         fp="Nej", comment="Fyra av 18 utbetalningar gjordes före slutbesiktningen. Förvaltningen har infört en spärr i ekonomisystemet från och med januari 2025."),
    dict(proc="Hyresgarantier",
         risk="Risk att kommunala hyresgarantier inte följs upp när de löper ut, så att kommunen betalar för skulder som kunde ha undvikits.",
         p=3, k=3, ctrl="Avstämning av registret över hyresgarantier mot utbetalda infrianden.",
         fp="Ja", comment="Registret är aktuellt. Två garantier infriades under året, båda efter en prövning."),
    dict(proc="Dataskydd",
         risk="Risk att personuppgifter om bostadssökande sparas längre än gallringsreglerna medger.",
         p=3, k=3, ctrl="Uttag ur kösystemet: avslutade köärenden äldre än två år.",
         fp="Delvis", comment="Gallringen hade inte körts sedan 2022. Den gjordes i november; 1 240 ärenden gallrades."),
    dict(proc="Upphandling och inköp",
         risk="Risk att konsulttjänster för besiktning köps utan avtal och utan dokumenterad direktupphandling.",
         p=2, k=3, ctrl="Genomgång av leverantörsfakturor för besiktningstjänster under året.",
         fp="Ja", comment="Alla köp gjordes inom det ramavtal som tecknades i mars 2024."),
]


def _heat(v):
    for r, c in HEAT.items():
        if v in r:
            return c
    raise ValueError(v)


def cells(i, r):
    return [f"{i}", r["proc"], r["risk"], f"{r['p']} – {P_WORD[r['p']]}",
            f"{r['k']} – {K_WORD[r['k']]}", str(r["p"] * r["k"]), r["ctrl"], r["fp"], r["comment"]]


def _cell(k, t):
    if k in (3, 4):
        n, w = t.split(" – ")
        return f'<b>{n}</b> – {esc(w)}'
    return f"<p>{esc(t)}</p>"


def html():
    rows = [cells(i, r) for i, r in enumerate(RISKS, 1)]
    styles = "".join(f"td.h{v} {{ background: {_heat(v)}; }}\n" for v in range(1, 17))
    tab = table(COLS, rows, cell_html=_cell, td_class=lambda k, t: f"h{t} rv" if k == 5 else "")
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 16mm {LEFT_MM}mm 18mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; color: #222; }}
.top {{ font-family: "Liberation Sans", sans-serif; font-size: 8pt; color: #6b7b80; display: flex; justify-content: space-between; border-bottom: 0.3mm solid {ACCENT}; padding-bottom: 1.5mm; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 15pt; color: {ACCENT}; margin: 5mm 0 4mm 0; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11pt; color: {ACCENT}; margin: 5mm 0 2mm 0; }}
p {{ margin: 0 0 2.4mm 0; line-height: 1.35; text-align: justify; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 184mm; font-family: "Liberation Sans", sans-serif; font-size: 7.8pt; }}
th, td {{ border: 0.2mm solid #9fb6bd; padding: 1mm 1.1mm; vertical-align: top; color: {BODY}; }}
th {{ background: {ACCENT}; color: #ffffff; text-align: left; font-weight: bold; }}
td p {{ margin: 0; line-height: 1.2; text-align: left; }}
td.rv {{ font-weight: bold; font-size: 9pt; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
{styles}
.legend {{ font-family: "Liberation Sans", sans-serif; font-size: 7.5pt; color: #55666b; margin-top: 1.5mm; }}
</style></head>
<body>
<div class="top"><span>{esc("Stadsbyggnads- och bostadsförvaltningen")}</span><span>Dnr BON 2025/0042</span></div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
<p>{esc("Nämnden antog internkontrollplanen för 2024 i december 2023. Inför planen gjordes en riskanalys där 19 risker identifierades. Sju av dem bedömdes som kritiska, med ett riskvärde på 9 eller mer, eller som särskilt viktiga att kontrollera, och ingår i planen. Rapporten redovisar resultatet av kontrollerna för hela året 2024.")}</p>
<p>{esc("Sannolikhet och konsekvens bedöms på en fyrgradig skala. Riskvärdet är produkten av de två och färgmarkeras i tabellen: grönt 1–4, gult 5–8 och rött 9–16.")}</p>
<h2>{esc("Resultat av kontrollerna")}</h2>
{tab}
<div class="legend">{esc("Sannolikhet: 1 Osannolik, 2 Mindre sannolik, 3 Möjlig, 4 Sannolik. Konsekvens: 1 Lindrig, 2 Måttlig, 3 Kännbar, 4 Allvarlig.")}</div>
<h2>{esc("Sammanfattande bedömning")}</h2>
<p>{esc("Fyra kontroller visar att rutinerna följs, två att de följs delvis och en att de inte följs. Den allvarligaste bristen gäller utbetalningar av bostadsanpassningsbidrag före slutbesiktning. Förvaltningen föreslår att kontrollen finns kvar i planen för 2025.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for i, r in enumerate(RISKS, 1):
        rec = record(r["proc"], r["risk"], risk_value=r["p"] * r["k"], probability=r["p"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"], extra={"Nr": str(i)})
        out.append((rec, list(enumerate(cells(i, r)))))
    return out
