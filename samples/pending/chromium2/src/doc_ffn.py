"""Report 3: web table without any borders, only zebra fills and generous padding; the
process is a group row spanning all columns ("Process: Upphandling") before its risks.
Fritids- och föreningsnämnden, helår 2023.
"""
from producers.chromium_docs import esc, paras, plain, record, rgb, streams

NAME = "ffn2023_borderless_zebra_group_rows"
ORGAN = "Fritids- och föreningsnämnden"
TITLE = "Uppföljning av intern kontroll 2023 – årsuppföljning"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 18, "risks_critical": 9}

COLS = [
    ("Risk", "risk", 40, "left"),
    ("Sannolikhet", "probability", 17, "center"),
    ("Konsekvens", "consequence", 17, "center"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 36, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 39, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 16
BODY = "#2b2b2b"
GROUP = "#7a1f3d"

GROUPS = [
    ("Upphandling", [
        dict(risk="Risk att avtal om drift av idrottsanläggningar inte följs upp, så att avtalad kvalitet och städning inte levereras.",
             s=3, k=3,
             controls="Avtalsuppföljning av driftentreprenaderna i två sporthallar och ishallen med platsbesök och genomgång av egenkontroller.",
             fp="Delvis",
             comment="Uppföljningen gjordes i båda sporthallarna men inte i ishallen, där avtalet förlängdes under hösten. Städningen i omklädningsrummen höll inte avtalad nivå och vite har tagits ut."),
        dict(risk="Risk att inköp av idrottsmaterial görs utanför ramavtal.",
             s=3, k=2,
             controls="Analys av leverantörsreskontran för hela året avseende köp utan avtal.",
             fp="Ja",
             comment="Köp utanför avtal uppgick till 38 000 kronor och gällde reservdelar som saknas i ramavtalet."),
    ]),
    ("Föreningsbidrag", [
        dict(risk="Risk att aktivitetsbidrag betalas ut på felaktiga grunder, till exempel för deltagare som inte finns eller sammankomster som inte har hållits.",
             s=3, k=4,
             controls="Stickprov på tio föreningar där närvarokort jämförs med medlemsregister och lokalbokningar.",
             fp="Nej",
             comment="Tre av tio föreningar kunde inte styrka redovisade sammankomster. Bidrag på sammanlagt 64 000 kronor har återkrävts.\n\nBidragsreglerna ses över och digitala närvarokort blir obligatoriska från 2024."),
        dict(risk="Risk att föreningar som får bidrag inte uppfyller kraven på demokratisk uppbyggnad och värdegrund.",
             s=2, k=3,
             controls="Granskning av stadgar, årsmötesprotokoll och verksamhetsberättelser för nya bidragsberättigade föreningar.",
             fp="Ja",
             comment="Sex nya föreningar granskades och samtliga uppfyllde kraven."),
    ]),
    ("Lokalbokning och avgifter", [
        dict(risk="Risk att bokade tider i kommunens lokaler inte faktureras eller faktureras med fel taxa.",
             s=3, k=2,
             controls="Avstämning av bokningssystemet mot fakturerade belopp för september och oktober.",
             fp="Ja",
             comment="Avstämningen visade två felaktiga fakturor, som har rättats."),
        dict(risk="Risk att kontanthantering i kassan vid friluftsbadet leder till svinn eller oegentligheter.",
             s=2, k=3,
             controls="Oanmäld kassakontroll vid två tillfällen under badsäsongen.",
             fp="Delvis",
             comment="Den ena kontrollen genomfördes utan anmärkning. Den andra ställdes in då badet stängdes under en period med dåligt väder."),
    ]),
    ("Säkerhet och arbetsmiljö", [
        dict(risk="Risk att barn och unga skadas vid verksamhet i fritidsgårdar därför att säkerhetsrutiner inte är kända av timanställd personal.",
             s=2, k=4,
             controls="Kontroll av att all timanställd personal har genomgått introduktion i säkerhetsrutiner och hjärt- och lungräddning.",
             fp="Delvis",
             comment="27 av 33 timanställda hade genomgått introduktionen. Övriga kallas till utbildning i februari."),
        dict(risk="Risk att registerutdrag ur belastningsregistret inte begärs in vid anställning av personal som arbetar med barn.",
             s=2, k=4,
             controls="Genomgång av samtliga anställningar under året inom fritidsgårdar och lovverksamhet.",
             fp="Ja",
             comment="Registerutdrag fanns för samtliga 41 anställningar."),
        dict(risk="Risk att systematiskt brandskyddsarbete inte bedrivs i nämndens anläggningar.",
             s=2, k=3,
             controls="Genomgång av dokumentationen av brandskyddskontroller i samtliga anläggningar.",
             fp="Ja",
             comment="Dokumentationen var fullständig i alla tolv anläggningar."),
    ]),
]


def cells(r):
    return [r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]), r["controls"], r["fp"],
            r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    n = 0
    for proc, rows in GROUPS:
        body.append(f'<tr class="grp"><td colspan="{len(COLS)}">{esc("Process: " + proc)}</td></tr>')
        for r in rows:
            n += 1
            cls = "odd" if n % 2 else "even"
            tds = "".join(f'<td class="{a}">{paras(t)}</td>' for (_, _, _, a), t in zip(COLS, cells(r)))
            body.append(f'<tr class="{cls}">{tds}</tr>')
    intro = [
        "Enligt kommunens riktlinje för intern kontroll ska nämnden varje år anta en internkontrollplan och följa upp den. Denna årsuppföljning avser planen för 2023.",
        "I riskanalysen identifierade förvaltningen 18 risker. Nio av dem bedömdes som kritiska och följs upp med kontrollmoment. Sannolikhet och konsekvens bedöms från 1 till 4 och riskvärdet är deras produkt.",
        "Fem kontroller följer planen, tre följer den delvis och en följer den inte.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 18mm {LEFT_MM}mm 18mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 10pt; color: #111; }}
.org {{ font-size: 9.5pt; color: {GROUP}; text-transform: none; }}
h1 {{ font-size: 17pt; font-weight: normal; margin: 1mm 0 5mm 0; color: #111; }}
h2 {{ font-size: 11.5pt; margin: 5mm 0 2mm 0; color: {GROUP}; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 178mm; font-size: 8.2pt; border: none; }}
th, td {{ border: none; padding: 2.4mm 2mm; vertical-align: top; }}
th {{ color: #555; font-weight: bold; text-align: left; font-size: 7.8pt; }}
th.center, td.center {{ text-align: center; }}
td {{ color: {BODY}; }}
tr.odd td {{ background: #f2eef0; }}
tr.even td {{ background: #ffffff; }}
tr.grp td {{ color: {GROUP}; font-weight: bold; font-size: 9pt; padding-top: 3.5mm; padding-bottom: 1.5mm; }}
tr.grp {{ break-after: avoid; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1.2mm 0; line-height: 1.25; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>Bakgrund</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>Resultat per process</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>Bedömning</h2>
<p>{esc("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Bristerna i kontrollen av aktivitetsbidrag är allvarliga och föranleder ändrade bidragsregler. Nämnden får en särskild återrapportering i april 2024.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)
STREAMS["grp"] = dict(x0_mm=LEFT_MM, x1_mm=LEFT_MM + 178, colour=rgb(GROUP), skip_bold=False)


def expected():
    out = []
    for proc, rows in GROUPS:
        for r in rows:
            rec = record(proc, r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                         consequence=r["k"], controls=r["controls"], follows_plan=r["fp"],
                         comment=r["comment"])
            out.append((rec, list(enumerate(cells(r)))))
    return out
