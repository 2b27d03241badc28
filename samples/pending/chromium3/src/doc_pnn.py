"""Report 3: the risk table has no comment column; the comments stand in a separate
two-column table below ("Nr" / "Kommentar"), tied to the risks by number, one risk without a
comment. Patientnämnden, delår 2024.
"""
from producers.chromium_docs import esc, paras, plain, record, rgb

NAME = "pnn2024_comments_in_separate_table"
ORGAN = "Patientnämnden"
TITLE = "Delårsuppföljning av internkontrollplan 2024"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 20, "risks_critical": 7}

COLS = [
    ("Nr", None, 9, "center"),
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 44, "left"),
    ("Riskvärde", "risk_value", 15, "center"),
    ("Kontrollmoment", "controls", 44, "left"),
    ("Följer plan", "follows_plan", 15, "center"),
]
CCOLS = [("Nr", None, 12, "center"), ("Kommentar", "comment", 150, "left")]
COLUMNS = [(h, f) for h, f, _, _ in COLS] + [("Kommentar", "comment")]
LEFT_MM = 19
WIDTH = sum(c[2] for c in COLS)
CWIDTH = sum(c[2] for c in CCOLS)
BODY = "#202020"
CBODY = "#2a2a2a"
ACC = "#8b1e3f"

RISKS = [
    dict(proc="Klagomålshantering", risk="Risk att klagomål från patienter inte registreras och handläggs inom två veckor, så att patienten inte får svar i rimlig tid.",
         rv=12, controls="Uppföljning i ärendesystemet av handläggningstiden för samtliga ärenden januari–juni.",
         fp="Delvis",
         comment="Av 642 ärenden registrerades 611 inom två veckor. Under semesterperioden i juni ökade väntetiden, och nämnden har beslutat om en bemanningsplan för sommaren 2025."),
    dict(proc="Klagomålshantering", risk="Risk att vårdgivarna inte får återkoppling om inkomna klagomål och att lärandet i vården därmed uteblir.",
         rv=9, controls="Kontroll av att sammanställningar har skickats till vårdgivarna varje kvartal.",
         fp="Ja",
         comment="Sammanställningar har skickats till alla elva vårdgivare för båda kvartalen."),
    dict(proc="Stödpersonsverksamhet", risk="Risk att arvoden och kostnadsersättningar till stödpersoner betalas ut utan underlag eller med fel belopp.",
         rv=8, controls="Stickprov på 15 utbetalningar där redovisade besök jämförs med underlag och gällande arvodesnivå.",
         fp="Ja",
         comment=None),
    dict(proc="Stödpersonsverksamhet", risk="Risk att stödpersoner förordnas utan att registerutdrag och tystnadsplikt har hanterats.",
         rv=12, controls="Genomgång av akterna för samtliga stödpersoner som har förordnats under perioden.",
         fp="Nej",
         comment="För fyra av nio nya stödpersoner saknades förbindelse om tystnadsplikt i akten. Förbindelserna har nu undertecknats.\n\nRutinen för förordnande ändras så att akten granskas av en andra handläggare innan beslutet fattas."),
    dict(proc="Informationssäkerhet", risk="Risk att känsliga personuppgifter om patienter skickas med okrypterad e-post.",
         rv=12, controls="Loggkontroll av utgående e-post från kansliet och stickprov på 20 skickade meddelanden.",
         fp="Delvis",
         comment="Tre av 20 meddelanden innehöll personnummer och skickades okrypterat. Kansliet har fått en ny utbildning och funktionen för säker e-post är nu förvald."),
    dict(proc="Diarieföring och arkiv", risk="Risk att handlingar i klagomålsärenden inte diarieförs och därför inte kan lämnas ut när någon begär det.",
         rv=8, controls="Jämförelse mellan inkommande post i funktionsbrevlådan och registrerade handlingar under två veckor.",
         fp="Ja",
         comment="Samtliga 88 handlingar var registrerade."),
    dict(proc="Ekonomi", risk="Risk att arvoden till förtroendevalda betalas ut för sammanträden som de inte har deltagit i.",
         rv=6, controls="Avstämning av utbetalda arvoden mot närvaron enligt protokollen.",
         fp="Ja",
         comment="Ingen avvikelse. En ledamot hade inte begärt ersättning för förlorad arbetsinkomst, vilket har påtalats."),
]


def cells(n, r):
    return [str(n), r["proc"], r["risk"], str(r["rv"]), r["controls"], r["fp"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for n, r in enumerate(RISKS, 1):
        tds = "".join(f'<td class="{a}">{paras(t)}</td>' for (_, _, _, a), t in zip(COLS, cells(n, r)))
        body.append(f'<tr>{tds}</tr>')
    ccols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in CCOLS)
    chead = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in CCOLS)
    cbody = []
    for n, r in enumerate(RISKS, 1):
        if r["comment"]:
            cbody.append(f'<tr><td class="center">{n}</td><td>{paras(r["comment"])}</td></tr>')
    intro = [
        "Patientnämnden tar emot klagomål och synpunkter på hälso- och sjukvården och den offentligt finansierade tandvården, och förordnar stödpersoner till patienter inom den psykiatriska tvångsvården. Nämnden ska varje år anta en plan för intern kontroll och följa upp den i delårsrapporten och i årsredovisningen.",
        "I riskanalysen inventerades tjugo risker. Sju av dem bedöms som kritiska och ingår i planen för 2024. Riskvärdet är produkten av sannolikhet och konsekvens, bedömda på en skala från 1 till 4.",
        "Uppföljningen omfattar perioden januari–juni 2024. Kommentarer till kontrollerna redovisas i en egen tabell efter kontrolltabellen, under samma nummer.",
    ]
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@font-face {{ font-family: "PN Narrow"; src: local("NimbusSansNarrow-Regular"); }}
@font-face {{ font-family: "PN Narrow"; font-weight: bold; src: local("NimbusSansNarrow-Bold"); }}
@page {{ size: A4 portrait; margin: 20mm {LEFT_MM}mm 18mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "C059", serif; font-size: 10.5pt; color: #1b1b1b; }}
.org {{ font-family: "PN Narrow", sans-serif; font-size: 10pt; color: {ACC}; font-weight: bold; }}
h1 {{ font-size: 18pt; font-weight: normal; margin: 1.5mm 0 5mm 0; color: #1b1b1b; }}
h2 {{ font-family: "PN Narrow", sans-serif; font-size: 12.5pt; margin: 6mm 0 2mm 0; color: {ACC}; }}
p {{ margin: 0 0 2.4mm 0; line-height: 1.35; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "PN Narrow", sans-serif; font-size: 9.6pt; }}
th, td {{ border: 0.25mm solid #c9a3b1; padding: 1.3mm 1.4mm; vertical-align: top; }}
th {{ background: #f7e9ee; color: {ACC}; font-weight: bold; text-align: left; }}
table.risk td {{ color: {BODY}; }}
table.comm td {{ color: {CBODY}; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1.2mm 0; line-height: 1.22; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
.cap {{ font-family: "PN Narrow", sans-serif; font-size: 9pt; color: #555; margin: 1.5mm 0 0 0; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>{esc("Kontroller och resultat")}</h2>
<table class="risk" style="width:{WIDTH}mm"><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<p class="cap">{esc("Följer plan: Ja = kontrollen genomförd utan avvikelse, Delvis = avvikelser som åtgärdas, Nej = allvarlig brist.")}</p>
<h2>{esc("Kommentarer till kontrollerna")}</h2>
<table class="comm" style="width:{CWIDTH}mm"><colgroup>{ccols}</colgroup>
<thead><tr>{chead}</tr></thead>
<tbody>
{chr(10).join(cbody)}
</tbody></table>
<h2>{esc("Nämndens bedömning")}</h2>
<p>{esc("Fyra kontroller följer planen, två följer den delvis och en följer den inte. Bristerna i hanteringen av stödpersonernas akter är allvarliga men har åtgärdats. Nämnden bedömer att den interna kontrollen i övrigt är tillräcklig.")}</p>
</body></html>
"""


def _x(cols, i):
    x0 = LEFT_MM + sum(w for _, _, w, _ in cols[:i])
    return x0, x0 + cols[i][2]


STREAMS = {i: dict(x0_mm=_x(COLS, i)[0], x1_mm=_x(COLS, i)[1], colour=rgb(BODY)) for i in range(len(COLS))}
STREAMS["cnr"] = dict(x0_mm=_x(CCOLS, 0)[0], x1_mm=_x(CCOLS, 0)[1], colour=rgb(CBODY))
STREAMS["ctext"] = dict(x0_mm=_x(CCOLS, 1)[0], x1_mm=_x(CCOLS, 1)[1], colour=rgb(CBODY))


def expected():
    out = []
    for n, r in enumerate(RISKS, 1):
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["controls"],
                     follows_plan=r["fp"], comment=r["comment"], extra={"Nr": str(n)})
        cl = list(enumerate(cells(n, r)))
        if r["comment"]:
            cl += [("cnr", str(n)), ("ctext", r["comment"])]
        out.append((rec, cl))
    return out
