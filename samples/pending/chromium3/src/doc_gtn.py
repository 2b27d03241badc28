"""Report 5: header cells turned 90 degrees (reading bottom to top) over the narrow columns,
process cells spanning two or three rows (rowspan), and a risk level in words ("Medel",
"Hög", "Mycket hög") beside numeric Sannolikhet / Konsekvens; no risk value number is printed.
Gatu- och trafiknämnden, helår 2023.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "gtn2023_rotated_headers_rowspan_level_words"
ORGAN = "Gatu- och trafiknämnden"
TITLE = "Internkontrollplan 2023 – uppföljning helår"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 21, "risks_critical": 9}

# header, field, width mm, align, turned
COLS = [
    ("Process", "process", 22, "left", False),
    ("Risk", "risk", 38, "left", False),
    ("Sannolikhet", "probability", 9, "center", True),
    ("Konsekvens", "consequence", 9, "center", True),
    ("Risknivå", "risk_value", 12, "center", True),
    ("Kontrollmoment", "controls", 34, "left", False),
    ("Frekvens", None, 17, "left", False),
    ("Följer plan", "follows_plan", 11, "center", True),
    ("Kommentar", "comment", 37, "left", False),
]
COLUMNS = [(h, f) for h, f, _, _, _ in COLS]
LEFT_MM = 10.5
WIDTH = sum(c[2] for c in COLS)
BODY = "#1d1d1d"
PETROL = "#004d61"


def level(p):
    return "Låg" if p <= 3 else "Medel" if p <= 6 else "Hög" if p <= 9 else "Mycket hög"


GROUPS = [
    ("Trafik och parkering", [
        dict(risk="Risk att intäkter från parkeringsautomater och betalning via app inte redovisas fullständigt.",
             s=3, k=3, controls="Avstämning av månadsrapporter från automatleverantören och appoperatörerna mot bokförda intäkter.",
             freq="Varje månad", fp="Ja",
             comment="Avstämningen gjordes alla tolv månader. En differens på 12 400 kronor i mars berodde på en felaktig periodisering och är rättad."),
        dict(risk="Risk att felparkeringsavgifter skrivs av utan beslut enligt delegationsordningen.",
             s=2, k=3, controls="Genomgång av samtliga avskrivna felparkeringsavgifter.",
             freq="Två gånger per år", fp="Delvis",
             comment="Av 164 avskrivningar saknade 17 ett dokumenterat beslut. Avskrivningarna gjordes under en period då ansvarig handläggare var tjänstledig och ersättaren saknade delegation."),
        dict(risk="Risk att trafikanordningsplaner för vägarbeten godkänns utan kontroll på plats, så att trafikanter och vägarbetare skadas.",
             s=3, k=4, controls="Stickprov på plats vid 20 vägarbeten med godkänd TA-plan.",
             freq="Varje kvartal", fp="Nej",
             comment="Vid nio av 20 vägarbeten stämde avstängningen inte med den godkända planen. Nämnden har beslutat om viten och om fler kontroller 2024."),
    ]),
    ("Gatubelysning och gatuträd", [
        dict(risk="Risk att gatubelysningen inte underhålls enligt avtalet, så att trasiga armaturer inte byts inom avtalad tid.",
             s=2, k=4, controls="Stickprov på felanmälningar och kontroll av åtgärdstiden mot entreprenörens rapporter.",
             freq="Två gånger per år", fp="Ja",
             comment="Av 120 felanmälningar åtgärdades 116 inom fem arbetsdagar. De fyra förseningarna berodde på leveransproblem och har godkänts."),
        dict(risk="Risk att gatuträd som bedömts som farliga inte åtgärdas inom den tid som trädinventeringen anger.",
             s=3, k=3, controls="Uppföljning av åtgärdslistan från trädinventeringen.",
             freq="Två gånger per år", fp="Delvis",
             comment="Av 46 träd med hög prioritet åtgärdades 39 i tid. Resten fälldes i januari 2024."),
    ]),
    ("Gator och vinterväghållning", [
        dict(risk="Risk att entreprenörer fakturerar vinterväghållning som inte har utförts.",
             s=3, k=3, controls="Jämförelse mellan fakturerade insatser och GPS-loggar från entreprenörernas fordon.",
             freq="Varje månad under vintersäsongen", fp="Ja",
             comment="Inga felaktiga fakturor upptäcktes under säsongen."),
        dict(risk="Risk att ÄTA-arbeten i gatuentreprenader beställs av personer som saknar behörighet.",
             s=3, k=2, controls="Granskning av beställningar av ÄTA-arbeten i de fem största entreprenaderna.",
             freq="Två gånger per år", fp="Ja",
             comment="Alla beställningar var gjorda av projektledare med behörighet."),
    ]),
    ("Upplåtelse av offentlig plats", [
        dict(risk="Risk att avgifter för uteserveringar och annan upplåten offentlig plats inte debiteras.",
             s=3, k=2, controls="Jämförelse mellan polisens tillstånd och fakturerade avgifter.",
             freq="Varje kvartal", fp="Ja",
             comment="Samtliga 93 tillstånd hade fakturerats."),
        dict(risk="Risk att grävtillstånd ges utan att återställningen av gatan kontrolleras.",
             s=2, k=3, controls="Stickprov på 15 avslutade grävningar där återställningen besiktigas.",
             freq="Två gånger per år", fp="Delvis",
             comment="Tolv av 15 återställningar var godkända. Tre ledningsägare har fått föreläggande om att åtgärda brister."),
    ]),
]


def cells(r):
    return [r["risk"], str(r["s"]), str(r["k"]), level(r["s"] * r["k"]), r["controls"], r["freq"],
            r["fp"], r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _, _ in COLS)
    head = "".join(
        (f'<th class="turn"><div>{esc(h)}</div></th>' if turned else f'<th>{esc(h)}</th>')
        for h, _, _, _, turned in COLS)
    body = []
    for proc, rows in GROUPS:
        for j, r in enumerate(rows):
            tds = []
            if j == 0:
                tds.append(f'<td class="proc" rowspan="{len(rows)}">{paras(proc)}</td>')
            for (_, _, _, a, _), t in zip(COLS[1:], cells(r)):
                tds.append(f'<td class="{a}">{paras(t)}</td>')
            body.append(f'<tr>{"".join(tds)}</tr>')
    intro = [
        "Gatu- och trafiknämnden ansvarar för gator, gatubelysning, trafik och parkering samt upplåtelse av offentlig plats. Enligt reglementet för intern kontroll ska nämnden varje år följa upp sin internkontrollplan och rapportera resultatet till kommunstyrelsen.",
        "I riskanalysen bedömdes 21 risker. Nio av dem bedöms som kritiska och följs upp i planen för 2023. Övriga tolv risker hanteras inom ordinarie verksamhet och ingår inte i uppföljningen.",
        "Planen antogs av nämnden i december 2022. Förvaltningens controller har samordnat uppföljningen, och varje kontroll har genomförts av den funktion som anges i planen. Resultaten har stämts av med avdelningscheferna innan de redovisas här.",
        "Sannolikhet och konsekvens bedöms på en skala från 1 till 4. Risknivån läses av i kommunens riskmatris och anges i ord: låg, medel, hög eller mycket hög.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 15mm {LEFT_MM}mm 15mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Serif", serif; font-size: 11pt; color: #151515; }}
.org {{ font-family: "Liberation Sans", sans-serif; font-size: 9pt; font-weight: bold; color: {PETROL}; letter-spacing: 0.2pt; }}
h1 {{ font-family: "Liberation Sans", sans-serif; font-size: 16pt; margin: 1mm 0 5mm 0; color: {PETROL}; }}
h2 {{ font-family: "Liberation Sans", sans-serif; font-size: 11pt; margin: 5mm 0 2mm 0; color: {PETROL}; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "Liberation Sans", sans-serif; font-size: 8.8pt; }}
th, td {{ border: 0.2mm solid #7a9aa3; padding: 1.2mm 1.1mm; vertical-align: top; }}
th {{ background: {PETROL}; color: #fff; font-weight: bold; text-align: left; vertical-align: bottom; font-size: 7.6pt; }}
th.turn {{ padding: 1.2mm 0.5mm; text-align: center; }}
th.turn div {{ writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; margin: 0 auto; height: 19mm; text-align: left; }}
td {{ color: {BODY}; }}
td.proc {{ background: #eef4f5; font-weight: bold; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: auto; }}
td p {{ margin: 0 0 1mm 0; line-height: 1.2; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc(ORGAN.upper())}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Bakgrund")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>{esc("Uppföljning per process")}</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>{esc("Sammanfattning")}</h2>
<p>{esc("Fem kontroller följer planen, tre följer den delvis och en följer den inte. Bristerna vid vägarbetena är allvarliga, och kontrollen av trafikanordningsplaner förs därför in i planen även för 2024.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for proc, rows in GROUPS:
        for j, r in enumerate(rows):
            rec = record(proc, r["risk"], risk_value=None, probability=r["s"], consequence=r["k"],
                         controls=r["controls"], follows_plan=r["fp"], comment=r["comment"],
                         extra={"Frekvens": r["freq"]})
            cl = [(i + 1, t) for i, t in enumerate(cells(r))]
            if j == 0:
                cl = [(0, proc)] + cl
            out.append((rec, cl))
    return out
