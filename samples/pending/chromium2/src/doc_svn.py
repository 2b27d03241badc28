"""Report 5: a summary "dashboard" of three number tiles (divs) above the risk table; the
counts stand only in the tiles. Social- och välfärdsnämnden, delårsrapport per augusti 2024.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "svn2024_dashboard_tiles_counts"
ORGAN = "Social- och välfärdsnämnden"
TITLE = "Delårsrapport 2024 – uppföljning av internkontrollplan"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 24, "risks_critical": 8}

TILES = [("24", "identifierade risker", "#1d4e89"), ("8", "kritiska", "#b5651d"),
         ("3", "avvikelser", "#a4161a")]

COLS = [
    ("Process", "process", 25, "left"),
    ("Risk", "risk", 40, "justify"),
    ("Riskvärde", "risk_value", 16, "center"),
    ("Kontroll", "controls", 37, "justify"),
    ("Följer plan", "follows_plan", 16, "center"),
    ("Kommentar", "comment", 44, "justify"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#202020"

ROWS = [
    dict(process="Ekonomiskt bistånd", v=12,
         risk="Risk att ekonomiskt bistånd betalas ut felaktigt på grund av att sökandens inkomster och tillgångar inte kontrolleras.",
         controls="Stickprov på 40 akter där uppgifter kontrolleras mot SSBTEK och kontoutdrag.",
         fp="Nej",
         comment="I sju av 40 akter saknades kontroll av tillgångar. Felaktiga utbetalningar på 52 000 kronor har återkrävts och en ny checklista införs i september."),
    dict(process="Barn och unga", v=16,
         risk="Risk att orosanmälningar om barn inte förhandsbedöms inom fjorton dagar, så att barn i behov av skydd inte uppmärksammas.",
         controls="Uppföljning av tiden till förhandsbedömning för samtliga anmälningar under januari–juni.",
         fp="Nej",
         comment="81 procent av förhandsbedömningarna gjordes inom fjorton dagar. Personalomsättningen på mottagningsenheten har varit hög; två tjänster har tillsatts."),
    dict(process="Hemtjänst", v=9,
         risk="Risk att beviljade insatser inte utförs eller att utförd tid registreras felaktigt i planeringssystemet.",
         controls="Jämförelse mellan beviljad, planerad och registrerad tid för 30 brukare.",
         fp="Delvis",
         comment="Skillnaderna var i regel små. För fyra brukare var registrerad tid mer än 20 procent lägre än beviljad, vilket utreds."),
    dict(process="Läkemedelshantering", v=12,
         risk="Risk att läkemedel ges felaktigt i bostäder med särskild service på grund av brister i signering.",
         controls="Kvartalsvis egenkontroll av signeringslistor på samtliga boenden.",
         fp="Ja",
         comment="Egenkontrollerna genomfördes enligt plan. Antalet avvikelser har minskat jämfört med samma period föregående år."),
    dict(process="Upphandling", v=9,
         risk="Risk att placeringar på HVB-hem och familjehem köps utanför ramavtal utan dokumenterad direktupphandling.",
         controls="Genomgång av samtliga externa placeringar som påbörjats under perioden.",
         fp="Nej",
         comment="Fem av nitton placeringar gjordes utanför avtal utan dokumentation. Rutinen för direktupphandling av placeringar har skärpts och utbildning hålls i oktober."),
    dict(process="Dataskydd", v=8,
         risk="Risk att personuppgifter i verksamhetssystemet läses av medarbetare som saknar behov av uppgifterna.",
         controls="Loggkontroll av 50 slumpvis valda personakter.",
         fp="Ja",
         comment="Ingen obehörig åtkomst upptäcktes."),
    dict(process="Lex Sarah", v=9,
         risk="Risk att missförhållanden inte rapporteras eller utreds enligt socialtjänstlagen.",
         controls="Kontroll av att rapporter registreras och utreds inom föreskriven tid.",
         fp="Delvis",
         comment="Rapporterna registrerades korrekt. Tre utredningar överskred två månader på grund av vakanser."),
    dict(process="Arbetsmiljö", v=8,
         risk="Risk för hot och våld mot medarbetare vid hembesök och i mottagningen.",
         controls="Uppföljning av att riskbedömningar finns för alla enheter och att tillbud utreds.",
         fp="Ja",
         comment="Riskbedömningar finns för samtliga enheter. Alla rapporterade tillbud har utretts och larmrutinen har övats."),
]


def cells(r):
    return [r["process"], r["risk"], str(r["v"]), r["controls"], r["fp"], r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = "\n".join("<tr>" + "".join(f'<td class="{a}">{paras(t)}</td>'
                                      for (_, _, _, a), t in zip(COLS, cells(r))) + "</tr>"
                     for r in ROWS)
    tiles = "".join(f'<div class="tile" style="border-top-color:{c}"><div class="num" style="color:{c}">{n}</div>'
                    f'<div class="lab">{esc(l)}</div></div>' for n, l, c in TILES)
    intro = [
        "Delårsrapporten redovisar hur nämndens internkontrollplan har följts under perioden januari–augusti 2024. Planen bygger på förvaltningens riskanalys, där varje risk har bedömts utifrån sannolikhet och konsekvens.",
        "Översikten nedan visar hur många risker som har identifierats, hur många av dem som bedöms som kritiska och följs upp i planen, och hur många kontroller som hittills har visat avvikelser.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)} – {plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 17mm {LEFT_MM}mm 17mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; color: #111; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #1d4e89; font-weight: bold; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 16pt; margin: 1mm 0 4mm 0; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 12pt; margin: 5mm 0 2mm 0; color: #1d4e89; }}
p {{ margin: 0 0 2.2mm 0; text-align: justify; }}
.tiles {{ display: flex; gap: 6mm; margin: 4mm 0 5mm 0; }}
.tile {{ flex: 1; background: #f3f5f8; border-top: 1.6mm solid; border-radius: 1mm;
        padding: 3mm 4mm 3.5mm 4mm; font-family: "Liberation Sans", sans-serif; }}
.tile .num {{ font-size: 30pt; font-weight: bold; line-height: 1.05; }}
.tile .lab {{ font-size: 10pt; color: #444; margin-top: 0.5mm; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 178mm; font-size: 8.8pt; }}
th, td {{ padding: 1.4mm 1.3mm; vertical-align: top; }}
th {{ font-family: "Liberation Sans", sans-serif; font-size: 8.3pt; text-align: left;
     border-top: 0.5mm solid #1d4e89; border-bottom: 0.5mm solid #1d4e89; color: #1d4e89; }}
td {{ color: {BODY}; border-bottom: 0.2mm solid #b9c3d0; }}
td p {{ margin: 0 0 1mm 0; text-align: inherit; }}
td p:last-child {{ margin-bottom: 0; }}
.center {{ text-align: center !important; }}
td.justify {{ text-align: justify; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>Översikt</h2>
<div class="tiles">{tiles}</div>
<h2>Uppföljning av kritiska risker</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table>
<h2>Bedömning</h2>
<p>{esc("Förvaltningen bedömer att kontrollen inom ekonomiskt bistånd, barn och unga samt upphandling av placeringar inte är tillräcklig. Åtgärderna följs upp i årsbokslutet och riskerna ligger kvar i planen för 2025.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in ROWS:
        rec = record(r["process"], r["risk"], risk_value=r["v"], controls=r["controls"],
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
