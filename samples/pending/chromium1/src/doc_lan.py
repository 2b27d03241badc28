"""Report 3: colour as the value, Lärandenämnden, uppföljning per augusti 2025.

The "Följer plan" column holds only a coloured circle (a CSS round div, no text); the legend
in the prose says Grön = följer planen, Gul = följer delvis, Röd = följer inte. Riskvärde
cells are filled green / yellow / red and keep their number.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "lan2025_colour_circles_per_augusti"
ORGAN = "Lärandenämnden"
TITLE = "Uppföljning av internkontrollplan 2025 per augusti"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 22, "risks_critical": 8}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 35, "left"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 35, "left"),
    ("Ansvarig", None, 19, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 38, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#1b1b1b"
CIRCLE = {"Ja": "#2e9b3a", "Delvis": "#f0c419", "Nej": "#d8322a"}
FILL = [(4, "#c6e5b3"), (8, "#ffe79a"), (16, "#f5b0ab")]

ROWS = [
    dict(process="Skolpliktsbevakning",
         risk="Risk att elever med hög frånvaro inte uppmärksammas, så att skolplikten inte fullgörs och eleven inte får det stöd som behövs.",
         value=12,
         controls="Genomgång av frånvarostatistiken för vårterminen och kontroll av att skolorna har inlett utredning för elever med mer än 20 procents frånvaro.",
         ansvarig="Grundskolechef", fp="Delvis",
         comment="62 elever hade mer än 20 procents frånvaro. Utredning hade inletts för 51 av dem. Skolorna har påmints om rutinen och uppföljningen görs nu månadsvis."),
    dict(process="Betygssättning",
         risk="Risk att betyg registreras felaktigt i elevdokumentationssystemet, så att elever får felaktiga betygsdokument.",
         value=8,
         controls="Stickprov där 120 registrerade slutbetyg i årskurs 9 jämförs med lärarnas underlag.",
         ansvarig="Rektorer", fp="Ja",
         comment="Samtliga 120 betyg stämde med underlaget. Inga rättelser behövdes."),
    dict(process="Skolskjuts",
         risk="Risk att beslut om skolskjuts fattas utan stöd i riktlinjerna, så att kostnaderna ökar och eleverna behandlas olika.",
         value=6,
         controls="Granskning av 30 beslut om skolskjuts som fattats under läsåret mot kommunens riktlinjer.",
         ansvarig="Skolskjutssamordnare", fp="Ja",
         comment="Alla 30 beslut var förenliga med riktlinjerna och dokumenterade i ärendesystemet."),
    dict(process="Interkommunal ersättning",
         risk="Risk att ersättning till fristående skolor och andra kommuner betalas ut för elever som inte längre är folkbokförda i kommunen.",
         value=9,
         controls="Avstämning av utbetalningsunderlaget i maj mot folkbokföringsregistret.",
         ansvarig="Controller", fp="Nej",
         comment="Ersättning hade betalats ut för 14 elever som flyttat från kommunen, sammanlagt 412 000 kronor. Återkrav har skickats. Avstämningen görs inte automatiskt ännu, och rutinen behöver ses över."),
    dict(process="Kränkande behandling",
         risk="Risk att anmälningar om kränkande behandling inte skickas till huvudmannen och inte utreds skyndsamt enligt skollagen.",
         value=12,
         controls="Jämförelse mellan anmälningar registrerade på skolorna och anmälningar som kommit in till huvudmannen, samt kontroll av utredningstider.",
         ansvarig="Verksamhetsutvecklare", fp="Delvis",
         comment="Av 318 anmälningar hade 301 skickats till huvudmannen inom en vecka. Utredningstiden var längre än fyra veckor i 37 ärenden."),
    dict(process="Upphandling av läromedel",
         risk="Risk att läromedel och digitala lärresurser köps in utanför ramavtal.",
         value=4,
         controls="Analys av inköp av läromedel under januari–juni från leverantörer som saknar avtal med kommunen.",
         ansvarig="Inköpssamordnare", fp="Ja",
         comment="Inköp utanför avtal uppgick till 18 000 kronor och gällde enstaka böcker från en bokhandel. Ingen åtgärd bedöms nödvändig."),
    dict(process="Dataskydd",
         risk="Risk att elevers personuppgifter i elevportalen görs tillgängliga för obehöriga, till exempel vårdnadshavare utan rätt att ta del av uppgifterna.",
         value=12,
         controls="Kontroll av behörigheter för vårdnadshavare med sekretessmarkering eller beslut om begränsad insyn.",
         ansvarig="Dataskyddssamordnare", fp="Delvis",
         comment="I tre fall av 46 hade vårdnadshavare kvar behörigheter som skulle ha tagits bort. Behörigheterna har ändrats och en incident har dokumenterats."),
    dict(process="Lönehantering",
         risk="Risk att timanställda vikarier får lön för timmar som inte har arbetats.",
         value=8,
         controls="Stickprov på 40 tidrapporter där rapporterade timmar jämförs med bemanningsunderlaget.",
         ansvarig="HR-chef", fp="Nej",
         comment="I elva av 40 tidrapporter fanns timmar som inte stämde med bemanningen. Attestrutinen skärps från och med hösten."),
]


def fill(v):
    for hi, col in FILL:
        if v <= hi:
            return col


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for r in ROWS:
        tds = [
            f'<td>{paras(r["process"])}</td>',
            f'<td>{paras(r["risk"])}</td>',
            f'<td class="center" style="background:{fill(r["value"])}">{r["value"]}</td>',
            f'<td>{paras(r["controls"])}</td>',
            f'<td>{paras(r["ansvarig"])}</td>',
            f'<td class="center"><div class="dot" style="background:{CIRCLE[r["fp"]]}"></div></td>',
            f'<td>{paras(r["comment"])}</td>',
        ]
        body.append("<tr>" + "".join(tds) + "</tr>")
    prose = [
        "Lärandenämnden har i sin riskanalys för 2025 identifierat 22 risker. Åtta av dem bedömdes som så allvarliga att de förts in i internkontrollplanen. Uppföljningen avser perioden januari–augusti och ingår i nämndens delårsrapport.",
        "Tabellen visar riskvärdet (sannolikhet gånger konsekvens, 1–16) och resultatet av varje kontroll. Riskvärdet är färgat efter nivå: grönt 1–4, gult 5–8 och rött 9–16.",
    ]
    legend = ("Kolumnen Följer plan visar resultatet med färg: "
              "Grön = följer planen, Gul = följer delvis, Röd = följer inte.")
    summary = "Tre kontroller följer planen, tre följer den delvis och två följer den inte. Åtgärderna för interkommunal ersättning och lönehantering följs upp till helårsuppföljningen."
    dots = "".join(f'<span class="key"><span class="dot inline" style="background:{CIRCLE[k]}"></span>{esc(w)}</span>'
                   for k, w in (("Ja", "Grön = följer planen"), ("Delvis", "Gul = följer delvis"), ("Nej", "Röd = följer inte")))
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)}: {plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 18mm {LEFT_MM}mm 18mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Carlito", sans-serif; font-size: 10.5pt; color: #000; }}
header {{ border-bottom: 0.6mm solid #6b2c91; padding-bottom: 2mm; margin-bottom: 5mm; }}
header .org {{ font-size: 11pt; color: #6b2c91; font-weight: bold; }}
h1 {{ font-size: 17pt; margin: 1mm 0 0 0; font-weight: normal; }}
p {{ margin: 0 0 2.5mm 0; }}
.legend {{ margin: 1mm 0 4mm 0; font-size: 9.5pt; }}
.key {{ margin-right: 6mm; }}
table {{ border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 180mm; font-size: 8.5pt; }}
th {{ text-align: left; font-weight: bold; color: #6b2c91; border-bottom: 0.5mm solid #6b2c91; padding: 1.5mm 1.2mm; vertical-align: bottom; }}
td {{ color: {BODY}; border-bottom: 0.3mm solid #d9d2e0; padding: 1.5mm 1.2mm; vertical-align: top; }}
td p {{ margin: 0; }}
.center {{ text-align: center; }}
.dot {{ width: 4.2mm; height: 4.2mm; border-radius: 50%; margin: 0.3mm auto 0 auto; }}
.dot.inline {{ display: inline-block; width: 3.2mm; height: 3.2mm; margin: 0 1.2mm -0.4mm 0; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<header><div class="org">{esc(ORGAN)}</div><h1>{esc(TITLE)}</h1></header>
{''.join(f'<p>{esc(p)}</p>' for p in prose)}
<p>{esc(legend)}</p>
<div class="legend">{dots}</div>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<p style="margin-top:5mm">{esc(summary)}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in ROWS:
        rec = record(r["process"], r["risk"], risk_value=r["value"], controls=r["controls"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Ansvarig": r["ansvarig"]})
        cells = [(0, r["process"]), (1, r["risk"]), (2, str(r["value"])), (3, r["controls"]),
                 (4, r["ansvarig"]), (6, r["comment"])]
        out.append((rec, cells))
    return out
