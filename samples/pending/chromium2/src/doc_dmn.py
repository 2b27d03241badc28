"""Report 2: web table with the header repeated on every page, status as a coloured text
badge ("Följer plan", "Avvikelse", "Delvis") and risk values printed as "Hög (12)".
Nämnden för demokrati och medborgarservice, tertial 2 2025.
"""
from producers.chromium_docs import esc, paras, plain, record, rgb

NAME = "dmn2025_status_badges_repeated_header"
ORGAN = "Nämnden för demokrati och medborgarservice"
TITLE = "Uppföljning av internkontrollplan 2025 – tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 23, "risks_critical": 10}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 38, "left"),
    ("Riskvärde", "risk_value", 17, "left"),
    ("Kontrollaktivitet", "controls", 36, "left"),
    ("Status", "follows_plan", 21, "left"),
    ("Kommentar", "comment", 46, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#242424"
HEAD = "#14365c"
BADGE = {"Följer plan": ("Ja", "#2f7d32", "#ffffff"),
         "Avvikelse": ("Nej", "#c62828", "#ffffff"),
         "Delvis": ("Delvis", "#d98200", "#ffffff")}


def level(v):
    return "Låg" if v <= 4 else "Medel" if v <= 8 else "Hög"


ROWS = [
    dict(process="Kontaktcenter", v=9,
         risk="Risk att ärenden som kommer in via kontaktcentret inte registreras och därför inte besvaras inom utlovad tid.",
         controls="Stickprov på 50 inkomna ärenden per tertial: registrering, vidarebefordran och svarstid.",
         status="Delvis",
         comment="46 av 50 ärenden var registrerade och besvarade inom fem arbetsdagar. Fyra ärenden om bygglov hade skickats vidare utan registrering."),
    dict(process="Diarieföring och allmänna handlingar", v=12,
         risk="Risk att begäran om allmän handling inte hanteras skyndsamt, i strid med tryckfrihetsförordningen.",
         controls="Uppföljning av handläggningstid för samtliga begäranden om allmän handling under perioden.",
         status="Avvikelse",
         comment="Av 212 begäranden expedierades 171 inom två arbetsdagar. Längre tider berodde främst på sekretessprövning av stora ärenden; en rutin för prioritering tas fram."),
    dict(process="Valadministration", v=8,
         risk="Risk att förberedelserna inför valet 2026 försenas så att vallokaler och röstmottagare inte är klara i tid.",
         controls="Avstämning av tidplanen för valförberedelser mot Valmyndighetens anvisningar.",
         status="Följer plan",
         comment="Vallokaler för samtliga 38 valdistrikt är bokade och rekryteringen av röstmottagare har påbörjats enligt tidplanen."),
    dict(process="Överförmyndarärenden", v=12,
         risk="Risk att årsräkningar från gode män och förvaltare inte granskas, så att oegentligheter mot huvudmän inte upptäcks.",
         controls="Kontroll av att samtliga årsräkningar för 2024 är granskade senast den 31 augusti.",
         status="Delvis",
         comment="91 procent av årsräkningarna var granskade. Resterande 42 gäller komplicerade förvaltningar och beräknas vara klara i oktober."),
    dict(process="Upphandling", v=6,
         risk="Risk att direktupphandlingar inte dokumenteras enligt lagen om offentlig upphandling och kommunens riktlinje.",
         controls="Genomgång av samtliga direktupphandlingar över 100 000 kronor under januari–augusti.",
         status="Följer plan",
         comment="Nio direktupphandlingar granskades. Samtliga var dokumenterade med behov, jämförda leverantörer och motivering."),
    dict(process="Dataskydd", v=12,
         risk="Risk att personuppgifter i e-tjänsterna behandlas utan rättslig grund eller sparas längre än nödvändigt.",
         controls="Granskning av registerförteckningen och gallringsrutiner för samtliga e-tjänster.",
         status="Avvikelse",
         comment="Sju av 23 e-tjänster saknade beslutad gallringsfrist. Dataskyddsombudet har gett förvaltningen råd och gallringsbeslut fattas i november."),
    dict(process="Lönehantering", v=4,
         risk="Risk att felaktiga arvoden betalas ut till förtroendevalda och valarbetare.",
         controls="Stickprov på 30 arvodesutbetalningar jämfört med sammanträdesprotokoll och arvodesreglementet.",
         status="Följer plan",
         comment="Samtliga 30 utbetalningar var korrekta."),
    dict(process="Tillgänglighet", v=9,
         risk="Risk att kommunens webbplats och e-tjänster inte uppfyller lagen om tillgänglighet till digital offentlig service.",
         controls="Extern granskning av webbplatsen och de tio mest använda e-tjänsterna mot kraven i standarden.",
         status="Delvis",
         comment="Granskningen visade 64 brister, varav 11 allvarliga. Hälften är åtgärdade; övriga kräver en ny version från leverantören."),
    dict(process="Informationssäkerhet", v=16,
         risk="Risk att medarbetare luras av bedrägliga e-postmeddelanden så att angripare får tillgång till kommunens system och medborgarnas uppgifter.",
         controls="Simulerat bedrägligt e-postutskick till alla medarbetare och uppföljning av andelen som klickar eller lämnar uppgifter.",
         status="Avvikelse",
         comment="14 procent av mottagarna klickade på länken och fyra procent lämnade inloggningsuppgifter, mer än målet på fem respektive en procent. Obligatorisk utbildning införs."),
    dict(process="Bisysslor", v=6,
         risk="Risk att medarbetare har bisysslor som kan rubba förtroendet för myndighetsutövningen.",
         controls="Kontroll av att bisysslor har tagits upp i medarbetarsamtalen och att anmälda bisysslor är prövade.",
         status="Följer plan",
         comment="Samtliga chefer har tagit upp bisysslor i medarbetarsamtalen. Elva bisysslor anmäldes och prövades; ingen bedömdes som otillåten."),
]


def value_text(v):
    return f"{level(v)} ({v})"


def cells(r):
    return [r["process"], r["risk"], value_text(r["v"]), r["controls"], r["status"],
            r["comment"]]


def td(i, text):
    h, f, w, a = COLS[i]
    if f == "follows_plan":
        _, bg, fg = BADGE[text]
        return (f'<td class="st"><span class="badge" style="background:{bg};color:{fg}">'
                f'{esc(text)}</span></td>')
    return f'<td class="{a}">{paras(text)}</td>'


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th>{esc(h)}</th>' for h, _, _, _ in COLS)
    body = "\n".join("<tr>" + "".join(td(i, t) for i, t in enumerate(cells(r))) + "</tr>"
                     for r in ROWS)
    intro = [
        "Nämnden har antagit en internkontrollplan för 2025 utifrån en riskanalys av verksamheten. Uppföljningen per tertial 2 omfattar perioden januari–augusti och redovisas till nämnden i september.",
        "Riskanalysen omfattade 23 risker. Tio av dem bedömdes som kritiska och har kontrollaktiviteter i planen. Riskvärdet anges som nivå med värdet inom parentes: låg (1–4), medel (5–8) eller hög (9–16).",
        "Fyra kontroller följer planen, tre följer den delvis och tre visar avvikelser som behöver åtgärdas.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 14mm {LEFT_MM}mm 16mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Carlito", sans-serif; font-size: 10.5pt; color: #000; }}
.top {{ border-bottom: 1.2mm solid #14365c; padding-bottom: 2mm; margin-bottom: 4mm; }}
.top .org {{ font-size: 10pt; color: #14365c; font-weight: bold; }}
.top h1 {{ font-size: 16pt; margin: 1mm 0 0 0; color: #14365c; font-weight: normal; }}
.crumbs {{ font-size: 8pt; color: #6b6b6b; margin-bottom: 3mm; }}
h2 {{ font-size: 12pt; color: #14365c; margin: 4mm 0 1.5mm 0; }}
p {{ margin: 0 0 2mm 0; }}
table {{ border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 182mm; font-size: 8.5pt; }}
thead {{ display: table-header-group; }}
thead th {{ position: sticky; top: 0; background: #e3ebf5; color: {HEAD}; text-align: left;
           font-weight: bold; padding: 1.8mm 1.5mm; border-bottom: 0.6mm solid #14365c; }}
td {{ color: {BODY}; padding: 1.8mm 1.5mm; vertical-align: top; border-bottom: 0.25mm solid #c9d3df; }}
td p {{ margin: 0 0 1mm 0; }}
td p:last-child {{ margin-bottom: 0; }}
tr {{ break-inside: avoid; }}
.badge {{ display: inline-block; border-radius: 2.2mm; padding: 0.5mm 2mm; font-size: 7.8pt;
         font-weight: bold; white-space: nowrap; }}
</style></head>
<body>
<div class="top"><div class="org">{esc(ORGAN)}</div><h1>{esc(TITLE)}</h1></div>
<div class="crumbs">Start › Styrning och ledning › Intern kontroll › Uppföljning T2 2025</div>
<h2>Sammanfattning</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>Kontrollaktiviteter</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody></table>
<h2>Fortsatt arbete</h2>
<p>{esc("Avvikelserna inom diarieföring, dataskydd och informationssäkerhet följs upp särskilt i helårsuppföljningen. Förvaltningen återkommer till nämnden med en handlingsplan för tillgänglighetsbristerna.")}</p>
</body></html>
"""


def _x(i):
    x0 = LEFT_MM + sum(w for _, _, w, _ in COLS[:i])
    return x0, x0 + COLS[i][2]


STREAMS = {i: dict(x0_mm=_x(i)[0], x1_mm=_x(i)[1],
                   colour=(1.0, 1.0, 1.0) if COLS[i][1] == "follows_plan" else rgb(BODY))
           for i in range(len(COLS))}


def expected():
    out = []
    for r in ROWS:
        rec = record(r["process"], r["risk"], risk_value=r["v"], controls=r["controls"],
                     follows_plan=BADGE[r["status"]][0], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
