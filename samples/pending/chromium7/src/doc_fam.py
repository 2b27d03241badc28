"""Report 2: a page on a SharePoint-like intranet, printed from the browser: suite bar, site
header with navigation, a left navigation column beside the content, a fact box with the
counts, one table in the "accent header" style. Quirk: controls typed as a numbered list
("1." "2." as list markers) in three cells. The plan has one risk more than the critical ones
(a non-critical risk the nämnd chose to control). Gemensamma familjerättsnämnden (a joint
nämnd of two municipalities), helår 2024.
"""
from c7 import esc, numbered, ol, plain, record, streams, table

NAME = "fam2024_intranet_page_numbered_controls"
ORGAN = "Gemensamma familjerättsnämnden"
TITLE = "Gemensamma familjerättsnämnden – uppföljning av internkontrollplan 2024, helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 14, "risks_critical": 5}

COLS = [
    ("Process", "process", 21, "left"),
    ("Risk", "risk", 30, "left"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 33, "left"),
    ("Följer plan", "follows_plan", 14, "left"),
    ("Kommentar", "comment", 33, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
PAGE_MM = 12
NAV_MM = 36
GAP_MM = 6
LEFT_MM = PAGE_MM + NAV_MM + GAP_MM
WIDTH = sum(c[2] for c in COLS)
BODY = "#201f1e"   # table text; prose #323130
TEAL = "#03787c"

RISKS = [
    dict(proc="Vårdnad, boende och umgänge",
         risk="Risk att utredningar till tingsrätten inte lämnas inom den tid som domstolen har angett.",
         rv=12, ctrl=["Uttag ur verksamhetssystemet: alla utredningar som lämnats till tingsrätten under året.",
                      "Jämförelse av inlämningsdatum med domstolens tidsfrist."],
         fp="Delvis", comment="71 av 78 utredningar lämnades i tid. Sju utredningar lämnades en till tre veckor sent; anstånd hade begärts i samtliga fall men beviljades bara i tre."),
    dict(proc="Faderskap och föräldraskap",
         risk="Risk att utredning om faderskap eller föräldraskap inte inleds inom fyra veckor efter att underrättelsen om barnets födelse har kommit in.",
         rv=9, ctrl="Stickprov på 20 underrättelser från Skatteverket: datum för inkommen underrättelse och för första åtgärd.",
         fp="Ja", comment="Samtliga utredningar inleddes inom fyra veckor, i genomsnitt efter nio dagar."),
    dict(proc="Adoption",
         risk="Risk att medgivandeutredningar inte följer Socialstyrelsens allmänna råd, så att nämndens beslutsunderlag brister.",
         rv=12, ctrl=["Granskning av samtliga fyra medgivandeutredningar som avslutades 2024.",
                      "Kontroll mot checklistan för utredningens innehåll.",
                      "Kontroll av att referenser har inhämtats."],
         fp="Ja", comment="Alla fyra utredningar innehöll de delar som checklistan anger."),
    dict(proc="Samarbetssamtal",
         risk="Risk att föräldrar som begär samarbetssamtal får vänta längre än sex veckor på ett första samtal.",
         rv=9, ctrl="Månadsvis uppföljning av väntetiden i bokningssystemet.",
         fp="Nej", comment="Väntetiden var längre än sex veckor under sju av årets tolv månader, som längst elva veckor i oktober. Nämnden beslutade i november om en tillfällig förstärkning med en familjerättssekreterare."),
    dict(proc="Dataskydd",
         risk="Risk att medarbetare tar del av uppgifter i akter som de inte handlägger, eftersom personalen från båda kommunerna arbetar i samma verksamhetssystem.",
         rv=12, ctrl=["Logguppföljning av åtkomsten till 30 slumpvis valda akter.",
                      "Genomgång av behörigheterna i verksamhetssystemet tillsammans med systemförvaltaren."],
         fp="Delvis", comment="Loggarna visade inga obehöriga åtkomster. Två medarbetare som hade slutat hade fortfarande aktiva behörigheter; de togs bort i december och rutinen vid avslut har ändrats."),
    dict(proc="Ekonomi",
         risk="Risk att kostnaderna inte fördelas mellan Ekeby och Norrå enligt samverkansavtalet, så att den ena kommunen betalar för mycket.",
         rv=6, ctrl="Avstämning av årets fördelning mot avtalets fördelningsnyckel och befolkningstalen per den 1 november 2023.",
         fp="Ja", comment="Fördelningen var korrekt: 62 procent för Ekeby och 38 procent för Norrå."),
]


def ctrl_text(r):
    return numbered(r["ctrl"]) if isinstance(r["ctrl"], list) else r["ctrl"]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), ctrl_text(r), r["fp"], r["comment"]]


def _cell(k, t):
    return f"<p>{esc(t)}</p>"


def _rows_html():
    # the kit's table() with the list cells swapped in afterwards would be fragile; build the
    # cells here: ordinary cells as paragraphs, list cells as <ol>
    cg = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for r in RISKS:
        tds = []
        for k, t in enumerate(cells(r)):
            inner = ol(r["ctrl"]) if (k == 3 and isinstance(r["ctrl"], list)) else _cell(k, t)
            tds.append(f'<td class="{COLS[k][3]}">{inner}</td>')
        body.append(f'<tr>{"".join(tds)}</tr>')
    return (f'<table><colgroup>{cg}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>\n{chr(10).join(body)}\n</tbody></table>')


NAV = [("Start", ""), ("Om familjerätten", ""), ("Nämnden", ""), ("Sammanträden", "sub"),
       ("Protokoll", "sub"), ("Internkontroll", "sub on"), ("Dokument", ""), ("Rutiner", ""),
       ("Kontakt", "")]


def html():
    nav = "".join(f'<div class="nav {c}">{esc(t)}</div>' for t, c in NAV)
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 11mm {PAGE_MM}mm 13mm {PAGE_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Sans Condensed", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #323130; line-height: 1.4; }}
.suite {{ background: #1b1a19; color: #fff; font-size: 8pt; padding: 1.6mm 3mm; }}
.site {{ display: flex; align-items: center; border-bottom: 0.3mm solid #edebe9; padding: 3.5mm 0 3mm 0; }}
.logo {{ width: 10mm; height: 10mm; background: {TEAL}; color: #fff; font-weight: bold; font-size: 11pt; text-align: center; line-height: 10mm; margin-right: 3.5mm; }}
.sitename {{ font-size: 14pt; color: #323130; }}
.topnav {{ font-size: 8.5pt; color: #605e5c; margin-left: auto; }}
.topnav span {{ margin-left: 4mm; }}
.navcol {{ float: left; width: {NAV_MM}mm; margin-top: 6mm; font-size: 8.5pt; }}
.nav {{ padding: 1.3mm 2mm; color: #323130; }}
.nav.sub {{ padding-left: 5mm; color: #605e5c; }}
.nav.on {{ border-left: 0.7mm solid {TEAL}; background: #f3f2f1; color: #201f1e; font-weight: bold; }}
.main {{ margin-left: {NAV_MM + GAP_MM}mm; padding-top: 5mm; }}
.crumb {{ font-size: 8pt; color: #605e5c; }}
h1 {{ font-size: 17pt; font-weight: 600; color: #201f1e; margin: 1.5mm 0 1.5mm 0; line-height: 1.2; }}
.meta {{ font-size: 8pt; color: #605e5c; margin-bottom: 4mm; }}
h2 {{ font-size: 12pt; font-weight: 600; color: {TEAL}; margin: 5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.4mm 0; }}
.facts {{ display: flex; border: 0.3mm solid #c8c6c4; border-left: 1.6mm solid {TEAL}; background: #f3f9f9; margin: 3mm 0 4mm 0; padding: 2.5mm 3mm; }}
.facts .cap {{ font-weight: 600; width: 30mm; color: #201f1e; }}
.fact {{ width: 34mm; }}
.fact b {{ display: block; font-size: 16pt; color: {TEAL}; line-height: 1.1; }}
.fact span {{ font-size: 8pt; color: #323130; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 8.2pt; line-height: 1.25; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.25mm solid #c8c6c4; padding: 1.3mm 1.4mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: {TEAL}; color: #fff; font-weight: bold; border-color: {TEAL}; }}
td p {{ margin: 0; }}
td ol {{ margin: 0; padding-left: 4mm; }}
td li {{ margin: 0 0 0.8mm 0; }}
.center {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
.owner {{ clear: both; font-size: 7.5pt; color: #605e5c; border-top: 0.3mm solid #edebe9; padding-top: 1.5mm; margin-top: 6mm; }}
</style></head>
<body>
<div class="suite">{esc("Intranätet · Ekeby kommun och Norrå kommun")}</div>
<div class="site"><div class="logo">FR</div><div class="sitename">{esc("Familjerätten Ekeby–Norrå")}</div>
<div class="topnav"><span>{esc("Start")}</span><span>{esc("Nyheter")}</span><span>{esc("Dokument")}</span><span>{esc("Sök")}</span></div></div>
<div class="navcol">{nav}</div>
<div class="main">
<div class="crumb">{esc("Nämnden › Internkontroll")}</div>
<h1>{esc(TITLE)}</h1>
<div class="meta">{esc("Publicerad 19 februari 2025 · Karin Holm, controller · Dnr GFN 2025/7")}</div>
{P("Gemensamma familjerättsnämnden är en gemensam nämnd för Ekeby kommun och Norrå kommun, med Ekeby som värdkommun. Nämnden ansvarar för familjerättens uppgifter i båda kommunerna och ska enligt kommunallagen och samverkansavtalet se till att den interna kontrollen är tillräcklig.")}
{P("Här redovisas uppföljningen av nämndens internkontrollplan för hela 2024. Uppföljningen har tagits fram av förvaltningen i Ekeby och har stämts av med Norrå kommuns ekonomiavdelning.")}
<div class="facts"><div class="cap">{esc("Riskanalys 2024")}</div>
<div class="fact"><b>14</b><span>{esc("identifierade risker")}</span></div>
<div class="fact"><b>5</b><span>{esc("kritiska risker")}</span></div>
<div class="fact"><b>6</b><span>{esc("kontroller i planen")}</span></div></div>
{P("Av de fjorton risker som identifierades i riskanalysen bedömdes fem som kritiska, det vill säga med ett riskvärde på 9 eller mer (sannolikhet gånger konsekvens på en fyrgradig skala). Utöver dem beslutade nämnden att även kontrollera fördelningen av kostnader mellan kommunerna, trots att den risken har riskvärdet 6.")}
<h2>{esc("Genomförda kontroller")}</h2>
{_rows_html()}
<h2>{esc("Samlad bedömning")}</h2>
{P("Tre kontroller visar att verksamheten följer planen, två att den följs delvis och en att den inte följs. Väntetiden till samarbetssamtal är den största bristen och följs upp särskilt under 2025. Nämnden bedömer att den interna kontrollen i övrigt har varit tillräcklig.")}
</div>
<div class="owner">{esc("Sidan ägs av Familjerätten Ekeby–Norrå · Senast granskad 2025-02-19")}</div>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=ctrl_text(r),
                     follows_plan=r["fp"], comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
