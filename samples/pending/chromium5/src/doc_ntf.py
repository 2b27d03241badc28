"""Report 4: two risk-value columns (last year's and this year's; only the latter is the risk
value), a caption row inside the repeated table header, a new risk marked "ny" in last year's
column, nine risks over two pages. Nämnden för teknisk försörjning, delår 2025.
"""
from producers.chromium_docs import esc, plain, record, streams

NAME = "ntf2025_two_value_columns_caption_row"
ORGAN = "Nämnden för teknisk försörjning"
TITLE = "Nämnden för teknisk försörjning – delårsuppföljning av internkontrollplan 2025"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 22, "risks_critical": 9}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 38, "left"),
    ("Riskvärde 2024", None, 13, "center"),
    ("Riskvärde 2025", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 43, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
WIDTH = sum(c[2] for c in COLS)
BODY = "#262626"
ORANGE = "#b35900"
CAPTION = "Internkontrollplan 2025 · status per 2025-08-31"

RISKS = [
    dict(proc="Fordonsförvaltning",
         risk="Risk att tjänstefordon används privat eller utan körjournal.",
         prev="9", rv=9, ctrl="Jämförelse av körjournaler mot GPS-data för 15 fordon under maj.",
         fp="Delvis", comment="Körjournal saknades för sex resor med två fordon. Berörda chefer har informerats och kontrollen upprepas i november."),
    dict(proc="Fordonsförvaltning",
         risk="Risk att leasingavtal förlängs automatiskt för fordon som inte längre behövs.",
         prev="ny", rv=8, ctrl="Genomgång av alla leasingavtal som löper ut 2025 mot verksamheternas behovsanmälan.",
         fp="Ja", comment="Tolv avtal löpte ut. Fyra fordon lämnades tillbaka och åtta avtal förlängdes efter en prövning."),
    dict(proc="Lokalvård",
         risk="Risk att lokalvård utförs med lägre frekvens än avtalat i skolor och förskolor.",
         prev="6", rv=8, ctrl="Kvalitetsronder med NKI-metoden i 20 lokaler.",
         fp="Ja", comment="18 av 20 lokaler var godkända vid första ronden och två vid omkontrollen."),
    dict(proc="Fastighetsunderhåll",
         risk="Risk att lagstadgade besiktningar av hissar, portar och lekutrustning inte görs i tid.",
         prev="12", rv=12, ctrl="Uttag ur fastighetssystemet: förfallna besiktningar per 30 juni.",
         fp="Nej", comment="31 besiktningar hade passerat sitt datum, varav nio för lekutrustning. Besiktningarna är beställda och ska vara klara i oktober. Ansvaret har förts över till en samordnare."),
    dict(proc="Fastighetsunderhåll",
         risk="Risk att felanmälningar inte åtgärdas inom den tid som servicenivåavtalet anger.",
         prev="8", rv=6, ctrl="Uttag ur felanmälningssystemet: andel ärenden åtgärdade i tid under perioden.",
         fp="Ja", comment="92 procent åtgärdades i tid mot målet 90 procent."),
    dict(proc="Energi",
         risk="Risk att fakturor för el och fjärrvärme betalas utan kontroll mot avläsningar, så att felaktiga debiteringar inte upptäcks.",
         prev="9", rv=9, ctrl="Avstämning av 40 energifakturor mot avläsningarna i energiuppföljningssystemet.",
         fp="Ja", comment="Två fakturor var felaktiga och har krediterats. Kontrollen fungerar som avsett."),
    dict(proc="Upphandling och avtal",
         risk="Risk att entreprenader köps genom direktupphandling trots att beloppet överstiger gränsen.",
         prev="12", rv=12, ctrl="Granskning av samtliga direktupphandlingar över 100 000 kronor.",
         fp="Delvis", comment="En entreprenad för takomläggning på 780 000 kronor borde ha annonserats. Ärendet har anmälts till upphandlingsenheten."),
    dict(proc="Arbetsmiljö",
         risk="Risk att entreprenörer arbetar i fastigheterna utan att byggarbetsmiljösamordnare har utsetts.",
         prev="ny", rv=9, ctrl="Stickprov på tio pågående projekt: finns utsedd BAS-P och BAS-U?",
         fp="Ja", comment="Utsedda samordnare fanns i alla tio projekt."),
    dict(proc="Informationssäkerhet",
         risk="Risk att passerkort och nycklar inte återlämnas när anställda och entreprenörer slutar.",
         prev="8", rv=8, ctrl="Avstämning av aktiva passerkort mot personal- och entreprenörsregistret.",
         fp="Nej", comment="47 aktiva kort tillhörde personer som hade slutat. Korten är spärrade. Rutinen vid avslut ska ses över av HR och säkerhetsenheten."),
]


def cells(r):
    return [r["proc"], r["risk"], r["prev"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    cg = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    rows = []
    for r in RISKS:
        tds = []
        for k, t in enumerate(cells(r)):
            cls = COLS[k][3] + (" prev" if k == 2 else "") + (" cur" if k == 3 else "")
            tds.append(f'<td class="{cls}"><p>{esc(t)}</p></td>')
        rows.append(f'<tr>{"".join(tds)}</tr>')
    tab = (f'<table><colgroup>{cg}</colgroup><thead>'
           f'<tr class="cap"><th colspan="{len(COLS)}">{esc(CAPTION)}</th></tr>'
           f'<tr class="hd">{head}</tr></thead><tbody>\n' + "\n".join(rows) + '\n</tbody></table>')
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 18mm {LEFT_MM}mm 16mm {LEFT_MM + 2}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: Carlito, sans-serif; font-size: 10.5pt; color: #2b2b2b; }}
.crumb {{ font-size: 8.5pt; color: #8a7a6a; margin-bottom: 2mm; }}
h1 {{ font-size: 17pt; font-weight: bold; color: {ORANGE}; margin: 0 0 4mm 0; line-height: 1.15; }}
h2 {{ font-size: 12pt; color: #3a3a3a; margin: 5mm 0 1.8mm 0; border-left: 1.2mm solid {ORANGE}; padding-left: 2mm; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 9.2pt; }}
th, td {{ padding: 1.5mm 1.4mm; vertical-align: top; color: {BODY}; text-align: left; border-bottom: 0.2mm solid #d9cfc5; }}
tr.cap th {{ background: {ORANGE}; color: #ffffff; font-size: 9pt; font-weight: bold; padding: 1.5mm 2mm; border: none; }}
tr.hd th {{ background: #f6ece2; color: #5a3a1a; font-weight: bold; vertical-align: bottom; border-bottom: 0.4mm solid {ORANGE}; }}
td.prev {{ color: {BODY}; background: #f7f7f7; }}
td.cur {{ font-weight: bold; }}
td p {{ margin: 0; line-height: 1.2; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="crumb">{esc("Start › Nämnder › Nämnden för teknisk försörjning › Uppföljning › Intern kontroll")}</div>
<h1>{esc(TITLE)}</h1>
<h2>{esc("Sammanfattning")}</h2>
<p>{esc("Nämnden för teknisk försörjning ansvarar för kommunens fastigheter, fordon, lokalvård och energiförsörjning. I riskanalysen inför 2025 identifierades 22 risker, varav nio bedömdes som kritiska och fördes in i internkontrollplanen. Rapporten redovisar läget per den 31 augusti 2025 och ingår i nämndens delårsrapport.")}</p>
<p>{esc("Tabellen visar både förra årets och årets riskvärde, så att förändringen syns. Två risker är nya för i år och har därför inget värde för 2024. Riskvärdet är sannolikhet gånger konsekvens, på en skala från 1 till 16.")}</p>
<h2>{esc("Kontroller januari–augusti")}</h2>
{tab}
<h2>{esc("Bedömning och fortsatt arbete")}</h2>
<p>{esc("Fem kontroller visar att rutinerna följs, två att de följs delvis och två att de inte följs. Bristerna gäller besiktningar i fastigheterna och återlämning av passerkort. Nämnden får en muntlig redovisning av åtgärderna i oktober, och båda kontrollerna görs om under hösten.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM + 2, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Riskvärde 2024": r["prev"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
