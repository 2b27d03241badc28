"""Report 4: Hypergene-like delårsrapport, Arbetsmarknads- och integrationsnämnden 2025.

Two risk tables with different columns ("Kritiska risker", "Övriga risker som följs upp")
with a budget table between them; combined values in a cell: "S3/K4 = 12" and
"Sannolikhet: 2 Konsekvens: 4 = 8" (probability, consequence and value all printed).
"""
from producers.chromium_docs import esc, paras, plain, record, rgb

NAME = "ain2025_two_tables_combined_values"
ORGAN = "Arbetsmarknads- och integrationsnämnden"
TITLE = "Delårsrapport 2025 – uppföljning av intern kontroll"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 24, "risks_critical": 5}
LEFT_MM = 14

COLS_A = [("Process", "process", 22), ("Riskbeskrivning", "risk", 34),
          ("Riskbedömning", "risk_value", 18), ("Kontrollmoment", "controls", 32),
          ("Åtgärd", "handling", 30), ("Följer plan", "follows_plan", 13),
          ("Kommentar", "comment", 33)]
COLS_B = [("Område", "process", 26), ("Risk", "risk", 40), ("Riskvärde", "risk_value", 24),
          ("Kontroll", "controls", 38), ("Resultat", "comment", 40),
          ("Följer plan", "follows_plan", 14)]
COLUMNS = []
for h, f, _ in COLS_A + COLS_B:
    if (h, f) not in COLUMNS:
        COLUMNS.append((h, f))
BODY_A = "#202124"
BODY_B = "#2b2b2b"

A = [
    dict(process="Försörjningsstöd",
         risk="Risk att försörjningsstöd betalas ut felaktigt eller till personer som inte har rätt till det, till exempel genom att inkomster inte kontrolleras.",
         s=3, k=4,
         controls="Stickprov på 40 utbetalningar per tertial, där beslut och underlag jämförs med uppgifter från Försäkringskassan och Arbetsförmedlingen.",
         handling="Införa automatiserad kontroll av inkomstuppgifter via SSBTEK för samtliga ärenden.",
         fp="Delvis",
         comment="Fyra av 80 granskade utbetalningar var felaktiga; återkrav på sammanlagt 46 300 kronor har beslutats. Den automatiserade kontrollen infördes i juni."),
    dict(process="Arbetsmarknadsanställningar",
         risk="Risk att lönebidrag och anställningsstöd från Arbetsförmedlingen inte rekvireras, så att kommunen går miste om intäkter.",
         s=3, k=3,
         controls="Avstämning per månad mellan anställningar i personalsystemet och rekvirerade stöd.",
         handling="Ta fram en checklista för rekvisition vid varje ny anställning.",
         fp="Ja",
         comment="Alla 57 anställningar med stöd hade rekvirerats. Checklistan används sedan februari."),
    dict(process="Upphandling av utbildningsinsatser",
         risk="Risk att kurser och utbildningsinsatser för deltagare köps direkt av leverantörer utan upphandling, över direktupphandlingsgränsen.",
         s=4, k=3,
         controls="Genomgång av samtliga inköp av utbildningstjänster under januari–augusti.",
         handling="Samordna köpen i ett ramavtal tillsammans med upphandlingsenheten.",
         fp="Nej",
         comment="Köp för 912 000 kronor hos tre leverantörer saknade upphandling. Upphandlingen av ett ramavtal påbörjas i oktober."),
    dict(process="Etableringsinsatser för nyanlända",
         risk="Risk att statsbidrag för mottagande av nyanlända inte söks i tid eller redovisas felaktigt till Migrationsverket.",
         s=2, k=4,
         controls="Kontroll av att ansökningar och redovisningar har lämnats inom de tidsfrister som Migrationsverket anger.",
         handling="Ansvaret för ansökningarna samlas hos en handläggare med ersättare.",
         fp="Ja",
         comment="Samtliga ansökningar lämnades i tid. Inga återkrav har kommit."),
    dict(process="Dokumentation och arkivering",
         risk="Risk att handlingar i ärenden om försörjningsstöd inte diarieförs eller gallras i strid med dokumenthanteringsplanen.",
         s=3, k=3,
         controls="Granskning av 25 avslutade akter mot dokumenthanteringsplanen.",
         handling="Utbilda handläggarna i dokumenthanteringsplanen under hösten.",
         fp="Delvis",
         comment="I sju akter saknades handlingar som skulle ha bevarats. Utbildningen är planerad till november."),
]

B = [
    dict(process="Bisysslor", risk="Risk att anställda har bisysslor som inte har anmälts och prövats.",
         s=2, k=3,
         controls="Kontroll av att bisysslor har tagits upp i medarbetarsamtalen.",
         comment="Frågan hade tagits upp med 112 av 126 medarbetare. Ingen olämplig bisyssla har upptäckts.",
         fp="Delvis"),
    dict(process="Representation", risk="Risk att kostnader för representation och interna konferenser inte följer kommunens riktlinjer.",
         s=2, k=2,
         controls="Stickprov på 20 fakturor för representation.",
         comment="Samtliga fakturor hade syfte och deltagare angivna.", fp="Ja"),
    dict(process="Informationssäkerhet", risk="Risk att uppgifter om deltagare skickas med okrypterad e-post till externa aktörer.",
         s=2, k=3,
         controls="Genomgång av rutiner och stickprov i e-postloggar hos två enheter.",
         comment="Okrypterad e-post med personuppgifter förekom i sex fall. Säker e-post införs under hösten.",
         fp="Nej"),
    dict(process="Arbetsmiljö", risk="Risk för hot och våld mot personal i mottagningen.",
         s=2, k=4,
         controls="Uppföljning av incidentrapporter och av att skyddsrond har genomförts i mottagningslokalerna.",
         comment="Skyddsrond har genomförts. Elva incidenter rapporterades, varav två polisanmäldes.",
         fp="Ja"),
]


def val_a(r):
    return f"S{r['s']}/K{r['k']} = {r['s'] * r['k']}"


def val_b(r):
    return f"Sannolikhet: {r['s']} Konsekvens: {r['k']} = {r['s'] * r['k']}"


def cells_a(r):
    return [r["process"], r["risk"], val_a(r), r["controls"], r["handling"], r["fp"], r["comment"]]


def cells_b(r):
    return [r["process"], r["risk"], val_b(r), r["controls"], r["comment"], r["fp"]]


def table(cols, rows, cellf, cls, center=()):
    cg = "".join(f'<col style="width:{w}mm">' for _, _, w in cols)
    head = "".join(f"<th>{esc(h)}</th>" for h, _, _ in cols)
    body = []
    for r in rows:
        tds = []
        for i, t in enumerate(cellf(r)):
            c = ' class="c"' if i in center else ""
            if cls == "tb" and i == 2:
                sk, val = t.split(" = ")
                p, k = sk.split(" Konsekvens")
                t_html = f"<p>{esc(p)}</p><p>{esc('Konsekvens' + k + ' = ' + val)}</p>"
            else:
                t_html = paras(t)
            tds.append(f"<td{c}>{t_html}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    return (f'<table class="{cls}"><colgroup>{cg}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')


BUDGET = [("Försörjningsstöd", "58 400", "39 900", "60 100", "-1 700"),
          ("Arbetsmarknadsinsatser", "31 200", "19 800", "30 600", "600"),
          ("Integration och etablering", "12 700", "7 900", "12 100", "600"),
          ("Nämnd och förvaltningsledning", "6 100", "3 900", "6 000", "100"),
          ("Summa", "108 400", "71 500", "108 800", "-400")]


def html():
    bud_rows = "".join("<tr>" + "".join(f'<td class="{"l" if i == 0 else "n"}">{esc(v)}</td>' for i, v in enumerate(r)) + "</tr>" for r in BUDGET)
    budget = ('<table class="bud"><colgroup><col style="width:62mm"><col style="width:28mm"><col style="width:28mm"><col style="width:28mm"><col style="width:28mm"></colgroup>'
              '<thead><tr><th class="l">Verksamhet (tkr)</th><th>Budget 2025</th><th>Utfall jan–aug</th><th>Prognos helår</th><th>Avvikelse</th></tr></thead>'
              f'<tbody>{bud_rows}</tbody></table>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 15mm {LEFT_MM}mm 15mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #000; }}
.top {{ display: flex; justify-content: space-between; font-size: 8pt; color: #4a6fa5; border-bottom: 0.3mm solid #4a6fa5; padding-bottom: 1.5mm; }}
h1 {{ font-size: 15pt; color: #17365d; margin: 5mm 0 4mm 0; font-weight: bold; }}
h2 {{ font-size: 11pt; color: #17365d; margin: 6mm 0 2mm 0; }}
p {{ margin: 0 0 2mm 0; line-height: 1.35; }}
table {{ border-collapse: collapse; table-layout: fixed; font-size: 7.2pt; }}
th {{ background: #dce6f1; color: #17365d; text-align: left; font-weight: bold; padding: 1.3mm 1mm; border-top: 0.4mm solid #4a6fa5; border-bottom: 0.4mm solid #4a6fa5; vertical-align: bottom; }}
td {{ padding: 1.3mm 1mm; border-bottom: 0.2mm solid #b8cce4; vertical-align: top; }}
td p {{ margin: 0; line-height: 1.25; }}
table.ta {{ width: 182mm; }} table.ta td {{ color: {BODY_A}; }}
table.tb {{ width: 182mm; }} table.tb td {{ color: {BODY_B}; }}
td.c {{ text-align: center; }}
table.bud {{ width: 174mm; font-size: 8pt; }}
table.bud td {{ color: #333; }} table.bud td.n, table.bud th {{ text-align: right; }} table.bud th.l {{ text-align: left; }}
table.bud tr:last-child td {{ font-weight: bold; border-top: 0.3mm solid #4a6fa5; }}
.cap {{ font-size: 8pt; font-style: italic; color: #444; margin-top: 1.5mm; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="top"><span>{esc(ORGAN)}</span><span>Delårsrapport januari–augusti 2025</span></div>
<h1>{esc(TITLE)}</h1>
<p>{esc("Enligt reglementet för intern kontroll ska nämnden följa upp sin internkontrollplan i samband med delårsrapporten och årsredovisningen. Här redovisas uppföljningen per den 31 augusti.")}</p>
<p>{esc("Nämndens riskanalys omfattar 24 risker. Fem av dem bedöms som kritiska och redovisas i tabell 1 med kontrollmoment och åtgärd. Ytterligare fyra risker följs upp med enklare kontroller under året och redovisas i tabell 2. Risken bedöms som sannolikhet (S) gånger konsekvens (K), båda på en skala från 1 till 4.")}</p>
<h2>Kritiska risker</h2>
{table(COLS_A, A, cells_a, "ta", center=(2, 5))}
<p class="cap">{esc("Tabell 1. Kritiska risker i internkontrollplanen 2025.")}</p>
<h2>Ekonomiskt utfall</h2>
<p>{esc("Nämnden prognostiserar ett underskott på 400 tkr för helåret, främst på grund av ökade kostnader för försörjningsstöd.")}</p>
{budget}
<h2 style="break-before: page">Övriga risker som följs upp</h2>
{table(COLS_B, B, cells_b, "tb", center=(5,))}
<p class="cap">{esc("Tabell 2. Övriga risker som följs upp under 2025.")}</p>
<h2>Samlad bedömning</h2>
<p>{esc("Kontrollerna visar brister främst i upphandlingen av utbildningsinsatser och i informationssäkerheten. Åtgärderna följs upp i årsredovisningen.")}</p>
</body></html>
"""


def _streams(cols, colour, prefix):
    out, x = {}, LEFT_MM
    for i, (_, _, w) in enumerate(cols):
        out[f"{prefix}{i}"] = dict(x0_mm=x, x1_mm=x + w, colour=rgb(colour))
        x += w
    return out


STREAMS = {**_streams(COLS_A, BODY_A, "a"), **_streams(COLS_B, BODY_B, "b")}


def expected():
    out = []
    for r in A:
        rec = record(r["process"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], handling=r["handling"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, [(f"a{i}", t) for i, t in enumerate(cells_a(r))]))
    for r in B:
        rec = record(r["process"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, [(f"b{i}", t) for i, t in enumerate(cells_b(r))]))
    return out
