"""Report 1: Stratsys-like web report, Social- och omsorgsnämnden, helårsuppföljning 2025.

CSS-bordered table (borders print as filled rectangles), header row white on dark blue,
zebra rows, thead repeated on every page, nine columns, rows allowed to split at a page end.
"""
from producers.chromium_docs import esc, paras, plain, record, streams

NAME = "son2025_stratsys_zebra_table"
ORGAN = "Social- och omsorgsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – helårsuppföljning"
META = {"organ": ORGAN, "year": 2025, "period": "helår", "title": TITLE,
        "risks_inventoried": 27, "risks_critical": 10}

# (header, field, width mm, align)
COLS = [
    ("Process", "process", 20, "left"),
    ("Risk", "risk", 30, "justify"),
    ("Sannolikhet", "probability", 14, "center"),
    ("Konsekvens", "consequence", 14, "center"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 29, "justify"),
    ("Ansvarig", None, 18, "left"),
    ("Följer plan", "follows_plan", 12, "center"),
    ("Kommentar", "comment", 30, "justify"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#262626"

ROWS = [
    dict(process="Biståndshandläggning",
         risk="Risk att beslut om bistånd enligt socialtjänstlagen fattas utan fullständig utredning, så att den enskilde inte får en rättssäker bedömning.",
         s=3, k=4,
         controls="Granskning av 25 slumpvis valda utredningar om hemtjänst och särskilt boende mot kommunens riktlinjer för biståndsbedömning.",
         ansvarig="Enhetschef myndighetsutövning", fp="Delvis",
         comment="Av 25 granskade utredningar var 19 fullständiga. I sex utredningar saknades den enskildes egen beskrivning av sina behov.\n\nUtbildning i utredningsmetodik genomfördes för samtliga biståndshandläggare i november."),
    dict(process="Avgiftshantering",
         risk="Risk att avgifter för hemtjänst och boende debiteras felaktigt på grund av att inkomstuppgifter inte uppdateras.",
         s=3, k=3,
         controls="Stickprov på 40 avgiftsbeslut där inkomstuppgifterna jämförs med underlag från Försäkringskassan.",
         ansvarig="Avgiftshandläggare", fp="Ja",
         comment="Samtliga 40 avgiftsbeslut var korrekt beräknade. Kontrollen upprepas 2026 med ett mindre urval."),
    dict(process="Läkemedelshantering",
         risk="Risk att läkemedel hanteras och signeras felaktigt inom särskilt boende, vilket kan leda till vårdskador.",
         s=3, k=4,
         controls="Egenkontroll av signeringslistor på sex särskilda boenden en gång per kvartal samt genomgång av avvikelserapporter.",
         ansvarig="Medicinskt ansvarig sjuksköterska", fp="Delvis",
         comment="Egenkontrollerna genomfördes på samtliga boenden under tre av fyra kvartal. Antalet läkemedelsavvikelser minskade från 212 till 168 jämfört med föregående år, men osignerade doser förekommer fortfarande på två boenden."),
    dict(process="Delegering av hälso- och sjukvårdsuppgifter",
         risk="Risk att omvårdnadspersonal utför hälso- och sjukvårdsuppgifter utan giltig delegering.",
         s=2, k=4,
         controls="Jämförelse mellan delegeringsregistret och schemalagd personal vid fyra tillfällen under året.",
         ansvarig="Verksamhetschef hälso- och sjukvård", fp="Ja",
         comment="Ingen personal utan giltig delegering hittades vid kontrolltillfällena. Påminnelser om förnyelse skickas nu automatiskt från verksamhetssystemet."),
    dict(process="Upphandling och inköp",
         risk="Risk att inköp görs utanför avtal eller utan upphandling, i strid med lagen om offentlig upphandling.",
         s=3, k=3,
         controls="Analys av leverantörsreskontran för perioden januari–oktober avseende köp över 100 000 kronor från leverantörer utan avtal.",
         ansvarig="Ekonomichef", fp="Nej",
         comment="Analysen visade köp för 1 240 000 kronor hos elva leverantörer utan avtal, främst bemanningstjänster och hjälpmedel. Direktupphandlingarna var inte dokumenterade enligt riktlinjen.\n\nUpphandlingsenheten har fått i uppdrag att upphandla bemanningstjänster under första kvartalet 2026, och en utbildning för beställare planeras."),
    dict(process="Bisysslor",
         risk="Risk att anställda har bisysslor som är förtroendeskadliga eller konkurrerar med nämndens verksamhet.",
         s=2, k=3,
         controls="Kontroll av att samtliga chefer har genomfört den årliga dialogen om bisysslor med sina medarbetare.",
         ansvarig="HR-strateg", fp="Delvis",
         comment="Dialogen hade genomförts av 31 av 38 chefer. Två anmälda bisysslor bedömdes som arbetshindrande och har avslutats.\n\nRutinen för anmälan av bisysslor har förtydligats på intranätet och tas nu upp vid introduktionen av nyanställda."),
    dict(process="Dataskydd (GDPR)",
         risk="Risk att personuppgifter i sociala akter lämnas ut eller läses av obehöriga, till exempel genom felaktiga behörigheter i verksamhetssystemet.",
         s=3, k=4,
         controls="Loggkontroll av åtkomst till 60 slumpvis valda personakter samt genomgång av behörighetsprofiler.",
         ansvarig="Systemförvaltare och dataskyddsombud", fp="Delvis",
         comment="I två fall saknades en dokumenterad anledning till åtkomsten; båda har utretts och en personuppgiftsincident har anmälts till Integritetsskyddsmyndigheten. Behörighetsprofilerna har rensats och 14 inaktuella konton har stängts."),
    dict(process="Arbetsmiljö",
         risk="Risk att det systematiska arbetsmiljöarbetet inte genomförs enligt plan, vilket kan leda till ökad sjukfrånvaro och arbetsskador.",
         s=3, k=3,
         controls="Uppföljning av att skyddsronder och riskbedömningar är genomförda och dokumenterade på samtliga enheter.",
         ansvarig="Förvaltningschef", fp="Ja",
         comment="Skyddsronder har genomförts på samtliga 42 enheter. Sjukfrånvaron minskade från 9,8 till 8,6 procent."),
    dict(process="Attest och utbetalningar",
         risk="Risk att fakturor attesteras av personer utan attesträtt eller att jäv förekommer vid attest.",
         s=2, k=3,
         controls="Stickprov på 50 fakturor där attestanten jämförs med gällande attestförteckning.",
         ansvarig="Controller", fp="Ja",
         comment="Samtliga 50 fakturor var attesterade av behöriga attestanter. Attestförteckningen uppdateras nu varje månad."),
    dict(process="Rapportering enligt lex Sarah",
         risk="Risk att missförhållanden inte rapporteras och utreds enligt lex Sarah, så att brister i verksamheten inte åtgärdas.",
         s=3, k=4,
         controls="Genomgång av samtliga lex Sarah-rapporter och kontroll av att utredningen är avslutad inom två månader.",
         ansvarig="Kvalitetsstrateg", fp="Delvis",
         comment="Under året inkom 37 rapporter. 29 utredningar avslutades inom två månader; åtta tog längre tid, främst på grund av vakanser. Tre ärenden anmäldes till IVO."),
]


def cells(r):
    return [r["process"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["controls"], r["ansvarig"], r["fp"], r["comment"]]


def html():
    cols = "".join(f'<col style="width:{w}mm">' for _, _, w, _ in COLS)
    head = "".join(f'<th class="{a}">{esc(h)}</th>' for h, _, _, a in COLS)
    body = []
    for r in ROWS:
        tds = "".join(f'<td class="{a}">{paras(t)}</td>'
                      for (h, f, w, a), t in zip(COLS, cells(r)))
        body.append(f"<tr>{tds}</tr>")
    intro = [
        "Nämnden har enligt kommunens reglemente för intern kontroll ansvar för att den interna kontrollen är tillräcklig. Internkontrollplanen för 2025 antogs av nämnden i december 2024 och följs upp i denna helårsuppföljning.",
        "I nämndens riskanalys har 27 risker identifierats. Tio av dessa har bedömts som kritiska och ingår i internkontrollplanen med kontrollmoment. Riskvärdet är produkten av sannolikhet och konsekvens, som bedöms på en skala från 1 till 4.",
        "Av de tio kontrollerna följer fyra planen, fem följer den delvis och en följer den inte. Resultatet redovisas i tabellen nedan.",
    ]
    outro = "Samlad bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Bristerna inom upphandling och biståndshandläggning åtgärdas under 2026 och tas med i nästa års riskanalys."
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(ORGAN)} – {plain(TITLE)}</title>
<style>
@page {{ size: A4 portrait; margin: 16mm {LEFT_MM}mm 16mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans", sans-serif; font-size: 9.5pt; color: #000; }}
.banner {{ background: #1f3864; color: #fff; padding: 3mm 4mm; margin-bottom: 4mm; }}
.banner .org {{ font-size: 10pt; }}
.banner h1 {{ font-size: 15pt; margin: 1mm 0 0 0; font-weight: bold; }}
.meta {{ color: #595959; font-size: 8pt; margin-bottom: 3mm; }}
h2 {{ font-size: 11.5pt; color: #1f3864; margin: 5mm 0 2mm 0; }}
p {{ margin: 0 0 2mm 0; text-align: justify; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 180mm; font-size: 7.5pt; }}
th, td {{ border: 0.75px solid #9fb0cc; padding: 1.2mm 1.1mm; vertical-align: top; }}
th {{ background: #1f3864; color: #fff; font-weight: bold; text-align: left; }}
td {{ color: {BODY}; }}
tbody tr:nth-child(even) td {{ background: #e9eef6; }}
td p {{ margin: 0 0 1.2mm 0; text-align: inherit; }}
td p:last-child {{ margin-bottom: 0; }}
td.center, th.center {{ text-align: center; }}
td.justify {{ text-align: justify; }}
td.left {{ text-align: left; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: auto; }}
</style></head>
<body>
<div class="banner"><div class="org">{esc(ORGAN)}</div><h1>{esc(TITLE)}</h1></div>
<div class="meta">Rapport hämtad ur verksamhetssystemet 2026-01-19 · Dnr SON 2025/0218</div>
<h2>Sammanfattning</h2>
{''.join(f'<p>{esc(p)}</p>' for p in intro)}
<h2>Uppföljning av kontrollmoment</h2>
<table><colgroup>{cols}</colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>Samlad bedömning</h2>
<p>{esc(outro)}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in ROWS:
        rec = record(r["process"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["controls"], follows_plan=r["fp"],
                     comment=r["comment"], extra={"Ansvarig": r["ansvarig"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
