"""Report 4: portrait prose with a fact box of key figures, then the risk table as a
landscape appendix ("Bilaga 1", a named CSS page of its own size) over two pages, with a
totals row in the table footer (<tfoot>), repeated at the foot of each page.
Näringslivs- och arbetsmarknadsnämnden, helår 2024.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "nan2024_landscape_appendix_totals_footer"
ORGAN = "Näringslivs- och arbetsmarknadsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024 – helår"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 25, "risks_critical": 9}

COLS = [
    ("Process", "process", 24, "left"),
    ("Risk", "risk", 38, "left"),
    ("Sannolikhet", "probability", 15, "center"),
    ("Konsekvens", "consequence", 15, "center"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 36, "left"),
    ("Metod", None, 26, "left"),
    ("Ansvarig", None, 22, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 69, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 12
WIDTH = sum(c[2] for c in COLS)
BODY = "#1c1c1c"
GREEN = "#2e6b30"

RISKS = [
    dict(proc="Arbetsmarknadsinsatser", risk="Risk att lönebidrag och anställningsstöd betalas ut för personer som inte längre är anställda hos arbetsgivaren.",
         s=3, k=4, controls="Avstämning av utbetalda stöd mot arbetsgivarnas lönebesked.", metod="Stickprov, 25 ärenden", ansv="Enhetschef arbetsmarknad",
         fp="Delvis", comment="I två av 25 ärenden hade anställningen upphört utan att kommunen underrättats. Sammanlagt 46 300 kronor har återkrävts. Arbetsgivarna påminns nu varje kvartal om sin skyldighet att anmäla ändringar."),
    dict(proc="Arbetsmarknadsinsatser", risk="Risk att deltagare i kommunala arbetsmarknadsinsatser saknar aktuell handlingsplan, så att insatsen inte leder mot arbete eller studier.",
         s=3, k=3, controls="Granskning av handlingsplaner i verksamhetssystemet.", metod="Stickprov, 30 deltagare", ansv="Enhetschef arbetsmarknad",
         fp="Ja", comment="28 av 30 deltagare hade en handlingsplan som följts upp inom sex månader. De två övriga hade nyligen skrivits in."),
    dict(proc="Feriearbete", risk="Risk att lön till feriearbetande ungdomar betalas ut för arbetade timmar som inte har attesterats av handledaren.",
         s=3, k=2, controls="Kontroll av att tidrapporterna är attesterade innan lönen betalas ut.", metod="Fullständig kontroll, juli och augusti", ansv="Samordnare feriearbete",
         fp="Ja", comment="Alla 412 tidrapporter var attesterade."),
    dict(proc="Näringslivsstöd", risk="Risk att bidrag till evenemang och företagsfrämjande projekt beviljas i strid med reglerna om statsstöd.",
         s=2, k=4, controls="Juridisk granskning av samtliga beslut om bidrag över 50 000 kronor.", metod="Fullständig kontroll", ansv="Näringslivschef",
         fp="Ja", comment="Sju beslut granskades. Samtliga låg inom ramen för stöd av mindre betydelse."),
    dict(proc="Upphandling", risk="Risk att avtal med kompletterande aktörer inte följs upp, så att kommunen betalar för insatser som inte ger resultat.",
         s=3, k=3, controls="Uppföljning av resultat och fakturerade belopp mot avtalen med de tre aktörerna.", metod="Dokumentgranskning och uppföljningsmöten", ansv="Upphandlingsansvarig",
         fp="Delvis", comment="Avtalen med två aktörer följdes upp enligt plan. För den tredje har ingen uppföljning gjorts eftersom aktören bytte ägare under hösten. Uppföljningen görs i januari 2025."),
    dict(proc="Bisysslor", risk="Risk att handläggare har bisysslor hos företag som får stöd eller tar emot praktikanter från förvaltningen.",
         s=2, k=4, controls="Kontroll av att alla medarbetare har lämnat uppgift om bisysslor och att dessa har prövats.", metod="Genomgång av medarbetarsamtal", ansv="Förvaltningschef",
         fp="Nej", comment="Uppgift om bisysslor saknades för 19 av 64 medarbetare, och ingen prövning hade dokumenterats för de fyra bisysslor som anmälts. Rutinen har gjorts om och tas upp på ledningsgruppen i februari 2025."),
    dict(proc="Dataskydd", risk="Risk att personuppgifter om deltagare behandlas längre än nödvändigt eller lämnas till utförare utan personuppgiftsbiträdesavtal.",
         s=3, k=3, controls="Kontroll av gallring i deltagarregistret och av att biträdesavtal finns med alla utförare.", metod="Systemkontroll och avtalsgenomgång", ansv="Dataskyddssamordnare",
         fp="Delvis", comment="Biträdesavtal finns med alla utförare. Gallring av avslutade ärenden äldre än två år har inte gjorts sedan systembytet 2023, vilket är beställt av leverantören."),
    dict(proc="Arbetsmiljö", risk="Risk att handläggare i mottagningen utsätts för hot och våld utan att händelserna rapporteras och följs upp.",
         s=3, k=3, controls="Genomgång av rapporterade tillbud och av att åtgärder har följts upp.", metod="Tillbudsrapporter, intervjuer", ansv="Enhetschef mottagning",
         fp="Ja", comment="Nio händelser rapporterades och samtliga har följts upp med skyddsombudet."),
    dict(proc="Representation", risk="Risk att medarbetare tar emot gåvor eller förmåner från företag som kan påverka myndighetsutövningen.",
         s=2, k=3, controls="Genomgång av kontot för representation och av registret över mottagna gåvor.", metod="Dokumentgranskning", ansv="Ekonomichef",
         fp="Ja", comment="Inga otillåtna gåvor eller förmåner har noterats."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]), r["controls"],
            r["metod"], r["ansv"], r["fp"], r["comment"]]


def totals():
    n = {v: sum(1 for r in RISKS if r["fp"] == v) for v in ("Ja", "Delvis", "Nej")}
    return (f"Summa: {len(RISKS)} kontrollmoment. Följer plan: Ja {n['Ja']}, Delvis {n['Delvis']}, "
            f"Nej {n['Nej']}.")


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for r in RISKS:
        tds = "".join(f'<td class="{a}">{paras(t)}</td>' for (_, _, _, a), t in zip(COLS, cells(r)))
        body.append(f'<tr>{tds}</tr>')
    sections = [
        ("1 Inledning", [
            "Kommunfullmäktige har i reglementet för intern kontroll gett varje nämnd ansvaret för att den interna kontrollen är tillräcklig. Nämnden antar varje år en internkontrollplan som bygger på en risk- och väsentlighetsanalys, och följer upp den vid årets slut.",
            "Denna rapport redovisar uppföljningen av planen för 2024. Resultatet för varje kontrollmoment finns i bilaga 1.",
        ]),
        ("2 Risk- och väsentlighetsanalys", [
            "Analysen gjordes i september 2023 av förvaltningens ledningsgrupp tillsammans med controllern. Varje risk bedömdes efter sannolikhet och konsekvens på en skala från 1 till 4. Riskvärdet är produkten av de två.",
            "Risker med ett riskvärde på 6 eller högre bedömdes som kritiska och fördes in i planen. Övriga risker hanteras i den löpande verksamheten.",
        ]),
        ("3 Resultat", [
            "Fem av kontrollmomenten visar att rutinerna fungerar som avsett. Tre visar brister som delvis har åtgärdats, och ett visar en allvarlig brist: hanteringen av bisysslor.",
            "Bristerna gäller främst dokumentation. De har i de flesta fall kunnat rättas under året, och förvaltningen har tagit fram åtgärder för resten.",
        ]),
        ("4 Bedömning", [
            "Nämnden bedömer att den interna kontrollen 2024 i huvudsak har varit tillräcklig. Hanteringen av bisysslor ska följas upp särskilt och redovisas för nämnden i april 2025.",
            "Nämnden föreslås besluta att godkänna uppföljningen och att överlämna den till kommunstyrelsen.",
        ]),
    ]
    prose = "".join(f"<h2>{esc(h)}</h2>" + "".join(f"<p>{esc(p)}</p>" for p in ps) for h, ps in sections)
    facts = [("Inventerade risker", "25"), ("Kritiska risker i planen", "9"), ("Följer plan", "5"),
             ("Följer delvis", "3"), ("Följer inte", "1")]
    fbox = "".join(f'<tr><td>{esc(k)}</td><td class="num">{v}</td></tr>' for k, v in facts)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 22mm 24mm 20mm 24mm; }}
@page bilaga {{ size: A4 landscape; margin: 14mm {LEFT_MM}mm 12mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "DejaVu Serif", serif; font-size: 10pt; color: #1a1a1a; }}
.org {{ font-family: "URW Gothic", sans-serif; font-size: 10pt; color: {GREEN}; }}
h1 {{ font-family: "URW Gothic", sans-serif; font-size: 18pt; margin: 2mm 0 6mm 0; font-weight: normal; }}
h2 {{ font-family: "URW Gothic", sans-serif; font-size: 12pt; margin: 5mm 0 2mm 0; color: {GREEN}; }}
p {{ margin: 0 0 2.4mm 0; line-height: 1.4; text-align: justify; }}
.facts {{ float: right; width: 58mm; margin: 1mm 0 3mm 6mm; background: #eef5ee; border-top: 1.2mm solid {GREEN}; padding: 2.5mm 3mm; font-family: "URW Gothic", sans-serif; }}
.facts .ft {{ font-weight: bold; font-size: 9.5pt; color: {GREEN}; margin-bottom: 1.5mm; }}
.facts table {{ width: 100%; border-collapse: collapse; font-size: 8.8pt; }}
.facts td {{ padding: 0.8mm 0; border-bottom: 0.2mm solid #c5dcc5; }}
.facts td.num {{ text-align: right; font-weight: bold; font-size: 10pt; }}
.bilaga {{ page: bilaga; break-before: page; }}
.bilaga h2 {{ margin-top: 0; }}
table.risk {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-family: "URW Gothic", sans-serif; font-size: 7.6pt; }}
table.risk th, table.risk td {{ padding: 1.3mm 1.2mm; vertical-align: top; border-bottom: 0.25mm solid #9ccc9c; }}
table.risk th {{ background: #e8f3e8; color: {GREEN}; font-weight: bold; text-align: left; border-bottom: 0.5mm solid {GREEN}; }}
table.risk td {{ color: {BODY}; }}
table.risk tfoot td {{ color: {GREEN}; font-weight: bold; border-top: 0.5mm solid {GREEN}; border-bottom: none; background: #f4f9f4; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: avoid; }}
td p {{ margin: 0 0 1mm 0; line-height: 1.22; text-align: left; }}
td.center p {{ text-align: center; }}
td p:last-child {{ margin-bottom: 0; }}
thead {{ display: table-header-group; }}
tfoot {{ display: table-footer-group; }}
</style></head>
<body>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
<div class="facts"><div class="ft">{esc("Internkontroll 2024 i siffror")}</div><table>{fbox}</table></div>
{prose}
<div class="bilaga">
<h2>{esc("Bilaga 1. Uppföljning av kontrollmomenten 2024")}</h2>
<table class="risk"><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tfoot><tr><td colspan="{len(COLS)}">{esc(totals())}</td></tr></tfoot>
<tbody>
{chr(10).join(body)}
</tbody></table>
</div>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], follows_plan=r["fp"],
                     comment=r["comment"], extra={"Metod": r["metod"], "Ansvarig": r["ansv"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
