"""Report 1: the risk and its control in ONE cell, told apart by bold labels ("Risk:",
"Kontrollmoment:"); columns in an unusual order (comment before the answer, the process
last); risk values printed "12 (hög)"; a running page header repeating organ and title and a
footer "Sida N av M" (CSS page-margin boxes). IT-nämnden (a joint board), tertial 2 2025.
"""
from producers.chromium_docs import esc, paras, plain, record, rgb

NAME = "itn2025_risk_control_one_cell_process_last"
ORGAN = "IT-nämnden"
TITLE = "Uppföljning av internkontrollplan 2025, tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 17, "risks_critical": 8}

# header, field, width mm, align
COLS = [
    ("Nr", None, 8, "center"),
    ("Risk och kontroll", "risk", 62, "left"),
    ("Riskvärde", "risk_value", 17, "center"),
    ("Kommentar", "comment", 51, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Process", "process", 26, "left"),
]
# the second label inside the "Risk och kontroll" cell names the controls
# the in-cell label's column stands last, as the README's contract has it (commit 312a255
# moved it there in the expected JSON; here so that the rebuild gives that file again)
COLUMNS = [(h, f) for h, f, _, _ in COLS] + [("Kontrollmoment", "controls")]
LEFT_MM = 16
WIDTH = sum(c[2] for c in COLS)
BODY = "#202124"
INK = "#0b3d5c"


def level(v):
    return "låg" if v <= 4 else "medel" if v <= 8 else "hög" if v <= 12 else "mycket hög"


RISKS = [
    dict(proc="Behörighetshantering",
         risk="Risk att konton och behörigheter i verksamhetssystemen finns kvar när en medarbetare har slutat eller bytt tjänst.",
         ctrl="Jämförelse mellan aktiva konton i katalogtjänsten och personalsystemets lista över avslutade anställningar.",
         rv=12, fp="Delvis",
         comment="Av 212 avslutade anställningar under januari–augusti hade 14 konton fortfarande aktiva behörigheter efter mer än 30 dagar. Kontona är nu spärrade.\n\nEn automatisk avstämning mot personalsystemet införs under hösten."),
    dict(proc="Informationssäkerhet",
         risk="Risk att säkerhetsuppdateringar inte installeras i tid på servrar och klienter, så att kända sårbarheter kan utnyttjas.",
         ctrl="Månatlig rapport ur verktyget för uppdateringar: andel servrar och klienter som har installerat kritiska uppdateringar inom 14 dagar.",
         rv=16, fp="Ja",
         comment="Andelen låg mellan 96 och 99 procent varje månad. De servrar som saknade uppdateringar var testmiljöer och har åtgärdats."),
    dict(proc="Informationssäkerhet",
         risk="Risk att säkerhetskopior inte går att läsa tillbaka vid ett haveri eller en attack med utpressningsprogram.",
         ctrl="Återläsningstest av två slumpvis valda system per tertial, med protokoll.",
         rv=12, fp="Ja",
         comment="Återläsning av ekonomisystemet och e-arkivet gjordes i maj. Båda lästes tillbaka inom den avtalade tiden."),
    dict(proc="Licenshantering",
         risk="Risk att kommunerna betalar för programlicenser som inte används eller saknar licenser för program som används.",
         ctrl="Avstämning av licensregistret mot installerade program och mot leverantörernas fakturor.",
         rv=8, fp="Nej",
         comment="Avstämningen har inte gjorts under perioden eftersom licensregistret flyttas till ett nytt system. Kontrollen flyttas till tertial 3."),
    dict(proc="Avtal och upphandling",
         risk="Risk att tjänster köps utanför ramavtal eller utan upphandling när avtalen har löpt ut.",
         ctrl="Stickprov på 25 leverantörsfakturor över 100 000 kronor, som prövas mot avtalsdatabasen.",
         rv=9, fp="Ja",
         comment="Samtliga 25 fakturor hade stöd i gällande avtal. Ett avtal om drift av växeln löper ut i mars 2026 och upphandlingen har startat."),
    dict(proc="Dataskydd",
         risk="Risk att personuppgiftsbiträdesavtal saknas med leverantörer som behandlar personuppgifter för samverkanskommunernas räkning.",
         ctrl="Genomgång av registret över personuppgiftsbehandlingar mot förteckningen över biträdesavtal.",
         rv=12, fp="Ja",
         comment="Alla 41 behandlingar där en leverantör är biträde har ett giltigt avtal. Dataskyddsombudet har tagit del av resultatet."),
    dict(proc="Tillgångar",
         risk="Risk att datorer och mobiltelefoner som lämnats tillbaka inte raderas innan de säljs eller skrotas.",
         ctrl="Kontroll av raderingsintyg för samtliga enheter som lämnats till återvinning under perioden.",
         rv=9, fp="Ja",
         comment="Intyg fanns för alla 486 enheter. Leverantören av återvinning har även besökts på plats."),
    dict(proc="Incidenthantering",
         risk="Risk att allvarliga it-incidenter inte rapporteras till de berörda kommunerna och till tillsynsmyndigheten i tid.",
         ctrl="Genomgång av samtliga incidenter med hög prioritet: tid från upptäckt till rapport.",
         rv=8, fp="Ja",
         comment="Tre incidenter med hög prioritet inträffade. Alla rapporterades inom 24 timmar och en rapporterades även till IMY."),
]


def cells(i, r):
    return [str(i), None, f'{r["rv"]} ({level(r["rv"])})', r["comment"], r["fp"], r["proc"]]


def combo(r):
    return (f'<p><b class="lab">{esc("Risk:")}</b> {esc(r["risk"])}</p>'
            f'<p><b class="lab">{esc("Kontrollmoment:")}</b> {esc(r["ctrl"])}</p>')


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for i, r in enumerate(RISKS, 1):
        tds = []
        for (_, _, _, a), t, k in zip(COLS, cells(i, r), range(len(COLS))):
            inner = combo(r) if k == 1 else paras(t)
            tds.append(f'<td class="{a}{" proc" if k == 5 else ""}">{inner}</td>')
        body.append(f'<tr>{"".join(tds)}</tr>')
    run = f"{ORGAN} · {TITLE}"
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 21mm {LEFT_MM}mm 18mm {LEFT_MM}mm;
  @top-left {{ content: "{run}"; font-family: "Nimbus Sans"; font-size: 7.5pt; color: #6b7785; vertical-align: bottom; padding-bottom: 3mm; }}
  @top-right {{ content: "Dnr ITN 2025/0117"; font-family: "Nimbus Sans"; font-size: 7.5pt; color: #6b7785; vertical-align: bottom; padding-bottom: 3mm; }}
  @bottom-right {{ content: "Sida " counter(page) " av " counter(pages); font-family: "Nimbus Sans"; font-size: 7.5pt; color: #6b7785; }}
  @bottom-left {{ content: "Utskrift ur beslutsstödet 2025-09-15"; font-family: "Nimbus Sans"; font-size: 7.5pt; color: #6b7785; }}
}}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "URW Bookman", serif; font-size: 9.3pt; color: #1a1a1a; }}
.org {{ font-family: "Nimbus Sans", sans-serif; font-size: 10pt; font-weight: bold; color: {INK}; }}
h1 {{ font-family: "Nimbus Sans", sans-serif; font-size: 17pt; margin: 1mm 0 5mm 0; color: {INK}; font-weight: bold; }}
h2 {{ font-family: "Nimbus Sans", sans-serif; font-size: 11.5pt; margin: 5mm 0 2mm 0; color: {INK}; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.35; text-align: justify; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "Nimbus Sans", sans-serif; font-size: 7.9pt; }}
th, td {{ padding: 1.3mm 1.2mm; vertical-align: top; }}
th {{ background: #d8e6ef; color: {INK}; font-weight: bold; text-align: left; border-top: 0.6mm solid {INK}; border-bottom: 0.3mm solid {INK}; }}
td {{ color: {BODY}; border-bottom: 0.25mm solid #b7c6d0; }}
td.proc {{ font-style: italic; }}
b.lab {{ color: {INK}; }}
.center {{ text-align: center !important; }}
td.left {{ text-align: justify; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1.1mm 0; line-height: 1.22; text-align: inherit; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
<p>{esc("IT-nämnden är gemensam för Ålunda, Bergsjö och Västerlunda kommuner och ansvarar för drift, support och informationssäkerhet i samverkanskommunernas gemensamma it-miljö. Nämnden ska enligt reglementet för intern kontroll följa upp sin internkontrollplan tre gånger per år.")}</p>
<p>{esc("Nämndens riskanalys för 2025 omfattar 17 risker, varav åtta har bedömts som kritiska och förts in i internkontrollplanen. Uppföljningen avser perioden januari–augusti 2025.")}</p>
<p>{esc("Riskvärdet är produkten av sannolikhet och konsekvens, båda bedömda på en skala från 1 till 4. Inom parentes anges riskens nivå: låg (1–4), medel (5–8), hög (9–12) eller mycket hög (16).")}</p>
<h2>{esc("Uppföljning av kontrollerna")}</h2>
<p>{esc("I tabellen redovisas varje kritisk risk tillsammans med det kontrollmoment som ska visa om risken hanteras. Kommentaren beskriver resultatet av kontrollen under perioden.")}</p>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>{esc("Samlad bedömning")}</h2>
<p>{esc("Sex av kontrollerna följer planen, en följer den delvis och en har inte genomförts. Bristen i behörighetshanteringen är den allvarligaste och följs upp särskilt i tertial 3. Förvaltningen föreslår att nämnden godkänner uppföljningen och överlämnar den till samverkanskommunernas kommunstyrelser.")}</p>
</body></html>
"""


def _x(i):
    x0 = LEFT_MM + sum(c[2] for c in COLS[:i])
    return x0, x0 + COLS[i][2]


STREAMS = {i: dict(x0_mm=_x(i)[0], x1_mm=_x(i)[1], colour=rgb(BODY)) for i in range(len(COLS))}
# the bold labels are in the header colour: the combined cell's stream has the texts only
STREAMS[1] = dict(x0_mm=_x(1)[0], x1_mm=_x(1)[1], colour=rgb(BODY))


def expected():
    out = []
    for i, r in enumerate(RISKS, 1):
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"], extra={"Nr": str(i)})
        c = cells(i, r)
        cl = [(0, c[0]), (1, r["risk"]), (1, r["ctrl"]), (2, c[2]), (3, c[3]), (4, c[4]), (5, c[5])]
        out.append((rec, cl))
    return out
