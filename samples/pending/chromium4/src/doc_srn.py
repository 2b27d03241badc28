"""Report 2: printed on US Letter (the web system's print CSS sets margins but no page size,
so Chromium uses its default paper), the title on the second line under a logo line (an SVG
mark, the city and the nämnd), a "Riskägare" column, control dates "2024-06-30" and a Status
column with "Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt" / "Pågår".
Sociala resursnämnden, delår 2024.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "srn2024_letter_logo_line_owner_dates_status"
ORGAN = "Sociala resursnämnden"
CITY = "Ålunda stad"
TITLE = "Delårsuppföljning av internkontrollplan 2024"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 23, "risks_critical": 8}

# header, field, width mm, align
COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 34, "left"),
    ("Riskvärde", "risk_value", 12, "center"),
    ("Kontrollmoment", "controls", 32, "left"),
    ("Riskägare", None, 22, "left"),
    ("Kontrolldatum", None, 17, "center"),
    ("Status", "follows_plan", 16, "left"),
    ("Kommentar", "comment", 36, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
WIDTH = sum(c[2] for c in COLS)
BODY = "#1e1e1e"
RUST = "#9a3f0c"
STATUS = {"Uppfyllt": "Ja", "Delvis uppfyllt": "Delvis", "Ej uppfyllt": "Nej", "Pågår": None}

RISKS = [
    dict(proc="Bostad och boendestöd",
         risk="Risk att sociala kontrakt förlängs utan att behovet av fortsatt stöd har prövats.",
         rv=12, ctrl="Stickprov på 20 förlängda kontrakt: finns en aktuell bedömning i journalen?",
         owner="Enhetschef boendestöd", date="2024-04-30", st="Delvis uppfyllt",
         comment="I 16 av 20 ärenden fanns en aktuell bedömning. I fyra ärenden var bedömningen äldre än tolv månader. Rutinen har förtydligats på enhetens arbetsplatsträff."),
    dict(proc="Skyddat boende",
         risk="Risk att placeringar i skyddat boende görs hos utförare utan avtal eller utan tillstånd från IVO.",
         rv=12, ctrl="Kontroll av samtliga placeringar mot avtalsförteckningen och IVO:s register.",
         owner="Avdelningschef stöd till våldsutsatta", date="2024-06-30", st="Uppfyllt",
         comment="Alla 27 placeringar gjordes hos utförare med avtal och tillstånd."),
    dict(proc="Föreningsbidrag",
         risk="Risk att bidrag till idéburna organisationer betalas ut utan att föregående års bidrag har redovisats.",
         rv=9, ctrl="Genomgång av utbetalda verksamhetsbidrag mot inkomna redovisningar.",
         owner="Controller", date="2024-05-31", st="Uppfyllt",
         comment="Samtliga 14 organisationer hade lämnat godkänd redovisning före utbetalningen."),
    dict(proc="Dödsbohandläggning",
         risk="Risk att tillgångar i dödsbon hanteras utan att två personer deltar, så att egendom kan försvinna.",
         rv=8, ctrl="Stickprov på tio avslutade dödsboärenden: har två handläggare signerat inventeringen?",
         owner="Gruppledare dödsbo", date="2024-03-31", st="Ej uppfyllt",
         comment="I tre av tio ärenden hade bara en handläggare signerat. Enheten har infört en checklista, och kontrollen görs om i december."),
    dict(proc="Kontanthantering",
         risk="Risk att kontanter som förvaras för boendes räkning på härbärgen inte redovisas korrekt.",
         rv=9, ctrl="Oanmäld kassainventering på de tre härbärgena.",
         owner="Enhetschef akut boende", date="2024-10-31", st="Pågår",
         comment="Inventeringen på två härbärgen gjordes i juni utan anmärkning. Den tredje görs i oktober."),
    dict(proc="Dokumentation",
         risk="Risk att journalanteckningar inte förs inom den tid som riktlinjen anger, så att beslut fattas på ofullständigt underlag.",
         rv=8, ctrl="Uttag ur verksamhetssystemet: tid mellan händelse och journalanteckning i 40 slumpvis valda ärenden.",
         owner="Kvalitetsutvecklare", date="2024-06-30", st="Delvis uppfyllt",
         comment="I 31 av 40 ärenden fördes anteckningen inom fem arbetsdagar. Eftersläpningen finns framför allt under semesterperioden."),
    dict(proc="Lex Sarah",
         risk="Risk att missförhållanden inte rapporteras och utreds enligt lex Sarah.",
         rv=12, ctrl="Genomgång av avvikelser i avvikelsesystemet mot inkomna lex Sarah-rapporter.",
         owner="Avdelningschef kvalitet", date="2024-06-30", st="Uppfyllt",
         comment="Sex avvikelser bedömdes som missförhållanden. Alla rapporterades och utreddes inom två veckor."),
    dict(proc="Upphandling",
         risk="Risk att platser på behandlingshem köps utanför ramavtal utan att direktupphandlingen dokumenteras.",
         rv=9, ctrl="Kontroll av samtliga placeringar utanför ramavtal under perioden.",
         owner="Upphandlingssamordnare", date="2024-08-31", st="Uppfyllt",
         comment="Fem placeringar gjordes utanför ramavtal. Alla hade en dokumenterad direktupphandling med motivering."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["owner"], r["date"], r["st"], r["comment"]]


LOGO = ('<svg width="9mm" height="9mm" viewBox="0 0 20 20" aria-hidden="true">'
        '<rect x="0" y="0" width="20" height="20" rx="3" fill="#9a3f0c"/>'
        '<path d="M4 15 L10 4 L16 15 Z" fill="#ffffff"/>'
        '<circle cx="10" cy="12" r="2.2" fill="#9a3f0c"/></svg>')


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for r in RISKS:
        tds = [f'<td class="{a}{" st" if k == 6 else ""}">{paras(t)}</td>'
               for k, ((_, _, _, a), t) in enumerate(zip(COLS, cells(r)))]
        body.append(f'<tr>{"".join(tds)}</tr>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ margin: 14mm {LEFT_MM}mm 16mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Nimbus Roman", serif; font-size: 10.8pt; color: #161616; }}
.logo {{ display: flex; align-items: center; gap: 2.5mm; font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; padding-bottom: 2mm; border-bottom: 0.4mm solid {RUST}; }}
.logo .city {{ font-size: 12pt; font-weight: bold; color: {RUST}; }}
.logo .sep {{ color: #b9a08f; font-size: 12pt; }}
.logo .org {{ font-size: 10.5pt; color: #3a3a3a; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 16pt; margin: 4mm 0 1mm 0; color: #1e1e1e; }}
.sub {{ font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 9pt; color: #6a5a50; margin-bottom: 5mm; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 11pt; margin: 5mm 0 2mm 0; color: {RUST}; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7.6pt; }}
th, td {{ border: 0.2mm solid #c9b2a3; padding: 1.1mm 1mm; vertical-align: top; }}
th {{ background: #fbe9dc; color: {RUST}; font-weight: bold; text-align: left; vertical-align: bottom; }}
td {{ color: {BODY}; }}
td.st {{ font-weight: bold; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1mm 0; line-height: 1.2; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
.key {{ font-family: "DejaVu Sans", sans-serif; font-stretch: condensed; font-size: 7.8pt; color: #5a4a40; margin-top: 1.5mm; }}
</style></head>
<body>
<div class="logo">{LOGO}<span class="city">{esc(CITY)}</span><span class="sep">|</span><span class="org">{esc(ORGAN)}</span></div>
<h1>{esc(TITLE)}</h1>
<div class="sub">{esc("Period: januari–augusti 2024 · Diarienummer SRN 2024/0311 · Rapport skapad 2024-09-12")}</div>
<h2>{esc("Sammanfattning")}</h2>
<p>{esc("Av nämndens 23 identifierade risker har 8 värderats som kritiska och ingår i internkontrollplanen för 2024. Den här rapporten redovisar hur kontrollerna har genomförts under årets första åtta månader och ingår i nämndens delårsrapport.")}</p>
<p>{esc("Fyra kontroller är uppfyllda, två är delvis uppfyllda, en är inte uppfylld och en pågår fortfarande. Den kontroll som inte är uppfylld gäller dödsbohandläggningen, där förvaltningen har infört en checklista.")}</p>
<h2>{esc("Metod")}</h2>
<p>{esc("Riskvärdet är sannolikhet gånger konsekvens på en skala från 1 till 16. Varje risk har en riskägare som ansvarar för att kontrollen genomförs senast på kontrolldatum. Resultatet har rapporterats i kommunens system för verksamhetsuppföljning, som rapporten är utskriven från.")}</p>
<h2>{esc("Kontroller januari–augusti 2024")}</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<div class="key">{esc("Status: Uppfyllt = kontrollen är genomförd och följer planen. Delvis uppfyllt = kontrollen är genomförd med avvikelser. Ej uppfyllt = kontrollen visar att rutinen inte följs. Pågår = kontrollen är påbörjad och avslutas senast på kontrolldatum.")}</div>
<h2>{esc("Fortsatt arbete")}</h2>
<p>{esc("Kontrollen av dokumentationen visar samma mönster som förra året. Förvaltningen föreslår därför att den finns kvar i planen för 2025, och att en särskild genomgång görs efter sommaren.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=STATUS[r["st"]], comment=r["comment"],
                     extra={"Riskägare": r["owner"], "Kontrolldatum": r["date"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
