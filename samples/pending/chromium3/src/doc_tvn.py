"""Report 2: a column per quarter (Kv 1 ... Kv 4, under a group cell) holding whether the
control was carried out that quarter, beside a Följer plan column for the whole year; the
counts stand in a heading. Tandvårdsnämnden, helår 2025.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "tvn2025_quarter_columns_counts_in_heading"
ORGAN = "Tandvårdsnämnden"
TITLE = "Internkontroll 2025 – helårsuppföljning"
META = {"organ": ORGAN, "year": 2025, "period": "helår", "title": TITLE,
        "risks_inventoried": 19, "risks_critical": 8}

QUARTERS = ["Kv 1", "Kv 2", "Kv 3", "Kv 4"]
COLS = [
    ("Process", "process", 20, "left"),
    ("Risk", "risk", 32, "left"),
    ("Riskvärde", "risk_value", 12, "center"),
    ("Kontrollmoment", "controls", 30, "left"),
    *[(q, None, 11, "center") for q in QUARTERS],
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 35, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
WIDTH = sum(c[2] for c in COLS)
BODY = "#1e2a30"
HEAD = "#37474f"
TINT = {"Utförd": "#dcefdc", "Avvikelse": "#fbe5c8", "Ej utförd": "#f5d0d0", "–": "#ffffff"}

RISKS = [
    dict(proc="Patientavgifter", risk="Risk att patientavgifter registreras med fel taxa eller inte alls, så att regionen går miste om intäkter.",
         rv=12, controls="Stickprov på 50 besök per kvartal där registrerad avgift jämförs med åtgärdskoder i journalen.",
         q=["Utförd", "Utförd", "Avvikelse", "Utförd"], fp="Delvis",
         comment="Under tredje kvartalet saknades avgift för nio av 50 besök vid en klinik, där en ny medarbetare inte hade fått introduktion i kassasystemet. Felen har rättats och fakturerats i efterhand."),
    dict(proc="Tandvårdsstöd", risk="Risk att särskilt tandvårdsstöd beviljas utan giltigt intyg om nedsatt funktion.",
         rv=9, controls="Granskning av 20 beslut om särskilt tandvårdsstöd varje halvår.",
         q=["–", "Utförd", "–", "Utförd"], fp="Ja",
         comment="Samtliga 40 granskade beslut hade giltiga intyg."),
    dict(proc="Statligt tandvårdsstöd", risk="Risk att ersättningsanspråk till Försäkringskassan görs för åtgärder som inte har utförts eller inte är dokumenterade.",
         rv=12, controls="Jämförelse mellan ersättningsanspråk och journalanteckningar för 30 patienter per kvartal.",
         q=["Utförd", "Utförd", "Utförd", "Utförd"], fp="Ja",
         comment="Inga felaktiga anspråk hittades. Två anspråk hade fel datum, vilket rättades före utbetalning."),
    dict(proc="Läkemedelshantering", risk="Risk att narkotikaklassade läkemedel på klinikerna försvinner utan att det upptäcks.",
         rv=16, controls="Inventering av narkotikaförråden och avstämning mot förbrukningsjournalen varje kvartal.",
         q=["Utförd", "Ej utförd", "Utförd", "Utförd"], fp="Delvis",
         comment="Inventeringen under andra kvartalet gjordes inte på två kliniker på grund av sjukfrånvaro. Övriga inventeringar stämde med journalen."),
    dict(proc="Informationssäkerhet", risk="Risk att medarbetare läser journaler för patienter som de inte har någon vårdrelation till.",
         rv=12, controls="Loggkontroll av slumpvis utvalda användare och av anställdas egna journaler.",
         q=["Utförd", "Utförd", "Utförd", "Avvikelse"], fp="Delvis",
         comment="I fjärde kvartalet upptäcktes en otillåten journalöppning. Händelsen har anmälts till IMY och hanteras som ett personalärende."),
    dict(proc="Vårdhygien", risk="Risk att instrument inte steriliseras enligt gällande rutin, med risk för smittspridning.",
         rv=12, controls="Kontroll av autoklavernas processprotokoll och biologiska indikatorer vid samtliga kliniker.",
         q=["Utförd", "Utförd", "Utförd", "Utförd"], fp="Ja",
         comment="Protokollen var kompletta och alla indikatorer godkända."),
    dict(proc="Upphandling", risk="Risk att tandtekniska arbeten köps från laboratorier som regionen saknar avtal med.",
         rv=8, controls="Årlig analys av leverantörsreskontran för kontot för tandtekniska arbeten.",
         q=["–", "–", "Ej utförd", "–"], fp="Nej",
         comment="Analysen har inte genomförts eftersom ekonomifunktionen saknade underlag efter bytet av ekonomisystem. Den flyttas till första kvartalet 2026."),
    dict(proc="Strålskydd", risk="Risk att röntgenutrustning används utan godkänd kvalitetskontroll, så att patienter och personal får onödig stråldos.",
         rv=9, controls="Genomgång av kvalitetskontroller och konstanskontroller av röntgenapparaterna varje halvår.",
         q=["–", "Utförd", "–", "Utförd"], fp="Ja",
         comment="Alla 26 apparater hade godkända kontroller. En apparat har bytts ut."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["controls"], *r["q"], r["fp"], r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    top = []
    for h, _, _, a in COLS:
        if h == "Kv 1":
            top.append(f'<th colspan="4" class="grp">{esc("Utförd kontroll per kvartal")}</th>')
        elif h in QUARTERS:
            continue
        else:
            top.append(f'<th rowspan="2" class="{a}">{esc(h)}</th>')
    sub = "".join(f'<th class="center q">{esc(q)}</th>' for q in QUARTERS)
    body = []
    for r in RISKS:
        tds = []
        for (h, _, _, a), t in zip(COLS, cells(r)):
            style = f' style="background:{TINT[t]}"' if h in QUARTERS else ""
            tds.append(f'<td class="{a}"{style}>{paras(t)}</td>')
        body.append(f'<tr>{"".join(tds)}</tr>')
    intro = [
        "Tandvårdsnämnden ansvarar för Folktandvården och för regionens tandvårdsstöd. Nämnden antog internkontrollplanen för 2025 i december 2024. Här redovisas hur kontrollerna har genomförts under året.",
    ]
    risk_p = [
        "Förvaltningen gjorde inför 2025 en risk- och väsentlighetsanalys i samråd med klinikcheferna. De risker som fick ett riskvärde på 8 eller högre på skalan 1–16 bedömdes som kritiska och fördes in i planen med minst ett kontrollmoment var.",
        "Kolumnerna Kv 1–Kv 4 visar om kontrollen har utförts det kvartalet: Utförd, Avvikelse (utförd, men kontrollen visade fel eller brister), Ej utförd eller – (ingen kontroll planerad det kvartalet). Kolumnen Följer plan gäller helåret.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 18mm {LEFT_MM}mm 15mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "P052", serif; font-size: 10.5pt; color: #222; }}
.org {{ font-family: "DejaVu Sans Condensed", sans-serif; font-size: 9pt; letter-spacing: 0.3pt; color: {HEAD}; border-bottom: 0.4mm solid {HEAD}; padding-bottom: 1mm; }}
h1 {{ font-family: "DejaVu Sans Condensed", sans-serif; font-size: 17pt; margin: 4mm 0 4mm 0; color: #111; font-weight: bold; }}
h2 {{ font-family: "DejaVu Sans Condensed", sans-serif; font-size: 12pt; margin: 5mm 0 2mm 0; color: {HEAD}; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.35; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "DejaVu Sans Condensed", sans-serif; font-size: 7.4pt; }}
th, td {{ border: 0.2mm solid #90a4ae; padding: 1.2mm 1.1mm; vertical-align: top; }}
th {{ background: {HEAD}; color: #fff; font-weight: bold; text-align: left; font-size: 7.2pt; vertical-align: bottom; }}
th.grp {{ text-align: center; font-weight: normal; }}
th.q {{ font-size: 7.2pt; }}
td {{ color: {BODY}; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1mm 0; line-height: 1.2; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc("Region Västerlund · " + ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>{esc("Åtta kritiska risker av 19 inventerade")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in risk_p)}
<h2>{esc("Uppföljning av kontrollmomenten")}</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{''.join(top)}</tr><tr>{sub}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>{esc("Sammanfattande bedömning")}</h2>
<p>{esc("Fyra av åtta kontroller följer planen, tre följer den delvis och en har inte genomförts. Nämnden bedömer att den interna kontrollen i huvudsak är tillräcklig, men att narkotikainventeringen och analysen av inköp av tandtekniska arbeten måste säkras under 2026.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["controls"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra=dict(zip(QUARTERS, r["q"])))
        out.append((rec, list(enumerate(cells(r)))))
    return out
