"""Report 1: risk cards, Gatu- och samhällsmiljönämnden, helår 2024.

Each risk is a bordered box (div) with a coloured top bar holding the process and, inside, a
two-column grid of label / value pairs. Two cards side by side per row, A4 portrait.
"""
from producers.chromium_docs import esc, paras, plain, record, rgb

NAME = "gsn2024_risk_cards_two_per_row"
ORGAN = "Gatu- och samhällsmiljönämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 21, "risks_critical": 8}

# label as printed -> field
LABELS = [("Risk", "risk"), ("Riskvärde", "risk_value"), ("Sannolikhet", "probability"),
          ("Konsekvens", "consequence"), ("Kontroll", "controls"), ("Status", "follows_plan"),
          ("Kommentar", "comment")]
COLUMNS = LABELS
STATUS = {"Genomförd": "Ja", "Delvis genomförd": "Delvis", "Ej genomförd": "Nej"}

LEFT_MM = 14
CARD_MM = 89
GAP_MM = 4
VALUE = "#1b1b1b"
BAR = "#0b5e55"

ROWS = [
    dict(process="Upphandling av drift och underhåll",
         risk="Risk att entreprenörer för vinterväghållning och gatuunderhåll inte utför arbetet enligt avtalets krav, utan att det upptäcks.",
         s=3, k=3,
         controls="Stickprov på tolv arbetsordrar per kvartal där utfört arbete jämförs med avtal och fakturerade timmar.",
         status="Delvis genomförd",
         comment="Stickproven gjordes under tre kvartal. I fyra arbetsordrar var fakturerad tid högre än den loggade; 86 000 kronor har krävts tillbaka."),
    dict(process="Attest",
         risk="Risk att fakturor attesteras av personer utan attesträtt eller i strid med jävsreglerna.",
         s=2, k=3,
         controls="Stickprov på 40 fakturor som jämförs med gällande attestförteckning.",
         status="Genomförd",
         comment="Samtliga 40 fakturor var attesterade av behöriga attestanter."),
    dict(process="Markupplåtelser",
         risk="Risk att tillstånd för uteserveringar och byggetableringar på allmän platsmark ges utan avgift eller utan att villkoren följs upp.",
         s=3, k=2,
         controls="Jämförelse mellan beviljade tillstånd och fakturerade avgifter samt platsbesök på tio uteserveringar.",
         status="Genomförd",
         comment="Två tillstånd hade inte fakturerats; fakturorna har skickats. Platsbesöken visade inga avvikelser från villkoren."),
    dict(process="Delegation",
         risk="Risk att beslut om trafikföreskrifter fattas utan stöd i delegationsordningen och inte anmäls till nämnden.",
         s=2, k=4,
         controls="Genomgång av samtliga lokala trafikföreskrifter under året mot delegationsordningen och nämndens protokoll.",
         status="Ej genomförd",
         comment="Kontrollen kunde inte genomföras då handläggaren slutade under våren. Den flyttas till internkontrollplanen för 2025."),
    dict(process="Arbetsmiljö",
         risk="Risk att personal som arbetar på eller vid väg skadas därför att trafikanordningsplaner saknas eller inte följs.",
         s=3, k=4,
         controls="Oanmälda kontroller av tio vägarbetsplatser med genomgång av trafikanordningsplan och utmärkning.",
         status="Delvis genomförd",
         comment="Sju av tio arbetsplatser hade godkänd trafikanordningsplan. Vid tre saknades skyddsfordon; arbetet stoppades tills bristerna var åtgärdade."),
    dict(process="Informationssäkerhet",
         risk="Risk att uppgifter i felanmälningssystemet blir otillgängliga vid ett avbrott, så att akuta fel på gator och belysning inte åtgärdas.",
         s=2, k=3,
         controls="Test av reservrutin för felanmälan via telefon och e-post vid ett planerat avbrott.",
         status="Genomförd",
         comment="Testet genomfördes i oktober. Felanmälningarna togs emot manuellt och fördes in i systemet efteråt utan förluster."),
    dict(process="Skadeståndsärenden",
         risk="Risk att skadeståndsanspråk efter halkolyckor och skador på fordon inte handläggs inom rimlig tid eller bedöms olika.",
         s=3, k=2,
         controls="Genomgång av handläggningstid och beslut i 25 avslutade skadeståndsärenden.",
         status="Genomförd",
         comment="Medianhandläggningstiden var 41 dagar. Bedömningarna var likvärdiga och motiverade i samtliga ärenden."),
    dict(process="Investeringsprojekt",
         risk="Risk att investeringsprojekt inom gatu- och parkmiljö överskrider budget utan att nämnden informeras i tid.",
         s=3, k=3,
         controls="Kvartalsvis avstämning av prognos mot budget för alla projekt över 2 miljoner kronor.",
         status="Delvis genomförd",
         comment="Avstämningen gjordes för tre av fyra kvartal. Två projekt överskred budgeten med mer än tio procent och har rapporterats till nämnden."),
]


def values(r):
    """(label, value text) pairs as printed in the card."""
    return [("Risk", r["risk"]), ("Riskvärde", str(r["s"] * r["k"])),
            ("Sannolikhet", str(r["s"])), ("Konsekvens", str(r["k"])),
            ("Kontroll", r["controls"]), ("Status", r["status"]), ("Kommentar", r["comment"])]


def card(r):
    rows = "".join(f'<div class="lab">{esc(l)}</div><div class="val">{paras(v)}</div>'
                   for l, v in values(r))
    return (f'<div class="card"><div class="bar">{esc(r["process"])}</div>'
            f'<div class="grid">{rows}</div></div>')


def html():
    cards = "\n".join(card(r) for r in ROWS)
    intro = [
        "Nämnden ansvarar enligt kommunallagen och kommunens reglemente för intern kontroll för att verksamheten bedrivs på ett tillfredsställande sätt. Internkontrollplanen för 2024 antogs i januari och följs här upp för helåret.",
        "I nämndens riskanalys identifierades 21 risker, varav åtta bedömdes som kritiska och fick ett kontrollmoment i planen. Riskvärdet är produkten av sannolikhet och konsekvens, båda bedömda på en fyrgradig skala.",
        "Av de åtta kontrollerna har fyra genomförts, tre har genomförts delvis och en har inte genomförts. Varje kontroll redovisas nedan på ett eget kort.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)} – {plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 15mm {LEFT_MM}mm 15mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Serif", serif; font-size: 10.5pt; color: #000; }}
.org {{ font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: {BAR}; letter-spacing: 0.3pt; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 15pt; margin: 1mm 0 4mm 0; color: #222; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 11pt; color: {BAR}; margin: 4mm 0 2mm 0; }}
p {{ margin: 0 0 2mm 0; text-align: justify; }}
.cards {{ display: flex; flex-wrap: wrap; gap: {GAP_MM}mm; width: {2 * CARD_MM + GAP_MM}mm; }}
.card {{ width: {CARD_MM}mm; box-sizing: border-box; border: 0.35mm solid #9bb8b3; border-radius: 1.5mm;
        break-inside: avoid; overflow: hidden; background: #fff; }}
.bar {{ background: {BAR}; color: #fff; font-family: "DejaVu Sans", sans-serif; font-weight: bold;
       font-size: 9pt; padding: 1.6mm 2.5mm; }}
.grid {{ display: grid; grid-template-columns: 21mm 1fr; column-gap: 2mm; row-gap: 1.2mm;
        padding: 2mm 2.5mm 2.5mm 2.5mm; font-family: "DejaVu Sans", sans-serif; font-size: 7.8pt; }}
.lab {{ color: #4f6f6a; font-weight: bold; }}
.val {{ color: {VALUE}; }}
.val p {{ margin: 0; text-align: left; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>Inledning</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>Kontrollernas resultat</h2>
<div class="cards">
{cards}
</div>
<h2>Samlad bedömning</h2>
<p>{esc("Förvaltningen bedömer att den interna kontrollen i allt väsentligt fungerar. Kontrollen av delegationsbeslut om trafikföreskrifter genomförs under 2025, och uppföljningen av entreprenörernas arbete skärps genom digitala arbetsordrar.")}</p>
</body></html>
"""


_X = [(LEFT_MM, LEFT_MM + CARD_MM), (LEFT_MM + CARD_MM + GAP_MM, LEFT_MM + 2 * CARD_MM + GAP_MM)]
STREAMS = {}
for side in (0, 1):
    STREAMS[(side, "val")] = dict(x0_mm=_X[side][0], x1_mm=_X[side][1], colour=rgb(VALUE))
    STREAMS[(side, "bar")] = dict(x0_mm=_X[side][0], x1_mm=_X[side][1], colour=(1.0, 1.0, 1.0))


def expected():
    out = []
    for i, r in enumerate(ROWS):
        side = i % 2
        rec = record(r["process"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"],
                     follows_plan=STATUS[r["status"]], comment=r["comment"])
        cells = [((side, "bar"), r["process"])] + [((side, "val"), v) for _, v in values(r)]
        out.append((rec, cells))
    return out
