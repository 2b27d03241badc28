"""Report 2, one quirk: an assessment-scale table ("Bedömningsskala": Nivå / Sannolikhet /
Konsekvens, four rows of level words) printed before the risk table in the same ruled style,
with the same header words as two of the risk table's columns; it holds no risks. A4
landscape, eight risks over two pages. The counts stand only in the running header printed on
every page ("Riskanalys 2025: 20 inventerade risker, varav 8 väsentliga"); the period is
"tertial 2" written out. Äldre- och hälsonämnden, tertial 2 2025.
"""
from c11 import esc, h, p, page, record, streams, table

NAME = "ahn2025_landscape_scale_table_counts_in_header"
ORGAN = "Äldre- och hälsonämnden"
TITLE = "Internkontrollplan 2025 – uppföljning tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 20, "risks_critical": 8}

COLS = [
    ("Process", "process", 30, "left"),
    ("Risk", "risk", 52, "left"),
    ("Sannolikhet", "probability", 18, "center"),
    ("Konsekvens", "consequence", 18, "center"),
    ("Riskvärde", "risk_value", 16, "center"),
    ("Kontrollmoment", "controls", 50, "left"),
    ("Följer plan", "follows_plan", 16, "center"),
    ("Kommentar", "comment", 67, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#241a2b"
SCALE_TEXT = "#3b3340"
PLUM = "#5b2a6e"

SCALE = [
    ("1", "Osannolik – har inte inträffat och bedöms inte kunna inträffa under året",
     "Försumbar – ingen påverkan på brukarnas säkerhet, ekonomin eller förtroendet"),
    ("2", "Mindre sannolik – har inträffat enstaka gånger",
     "Lindrig – begränsad påverkan som kan rättas till inom verksamheten"),
    ("3", "Möjlig – inträffar några gånger per år",
     "Kännbar – påverkar enskilda brukares vård och omsorg eller ger ekonomisk skada"),
    ("4", "Sannolik – inträffar ofta eller regelbundet",
     "Allvarlig – allvarlig skada för brukare, stor ekonomisk förlust eller skadat förtroende"),
]

RISKS = [
    dict(proc="Biståndshandläggning",
         risk="Risk att beslut om hemtjänst fattas utan aktuell utredning av den enskildes behov, så att insatserna inte motsvarar behovet.",
         s=3, k=4,
         ctrl="Granskning av 30 slumpvis valda beslut om hemtjänst, med kontroll av att utredning och beslutsmotivering finns dokumenterade i verksamhetssystemet.",
         fp="Delvis",
         comment="I 26 av 30 akter fanns utredningen dokumenterad. Fyra uppföljningar av beslut var mer än sex månader försenade. Enhetschefen har infört en månatlig bevakningslista."),
    dict(proc="Hemtjänst",
         risk="Risk att planerade besök uteblir utan att det upptäcks, vilket kan leda till att brukare inte får mat, läkemedel eller tillsyn.",
         s=3, k=4,
         ctrl="Jämförelse av planerade och utförda besök i planeringssystemet för två veckor i maj och två veckor i augusti.",
         fp="Ja",
         comment="Tre missade besök upptäcktes och rapporterades som avvikelser samma dag. Ingen brukare kom till skada."),
    dict(proc="Läkemedelshantering",
         risk="Risk att läkemedel ges till fel brukare eller vid fel tidpunkt på de särskilda boendena.",
         s=3, k=4,
         ctrl="Egenkontroll av signeringslistor för läkemedelsöverlämnande på tre boenden och genomgång av rapporterade läkemedelsavvikelser.",
         fp="Delvis",
         comment="Signeringslistorna var ofullständiga på Solgårdens boende under sommaren, då många vikarier arbetade. Hälso- och sjukvårdsenheten har genomfört en extra delegeringsutbildning."),
    dict(proc="Avgiftshantering",
         risk="Risk att omvårdnadsavgifter beräknas felaktigt när inkomstuppgifterna inte uppdateras.",
         s=3, k=3,
         ctrl="Stickprov på 25 avgiftsbeslut som jämförs med inkomstuppgifter från Pensionsmyndigheten.",
         fp="Ja",
         comment="Samtliga kontrollerade avgifter var rätt beräknade."),
    dict(proc="Hälso- och sjukvård",
         risk="Risk att fallriskbedömning inte görs vid inflyttning på särskilt boende, vilket ökar risken för fallskador.",
         s=4, k=3,
         ctrl="Kontroll i journalsystemet av att fallriskbedömning enligt Senior alert är gjord inom 14 dagar efter inflyttning.",
         fp="Nej",
         comment="Bedömning inom 14 dagar fanns för 19 av 33 nyinflyttade. Orsaken är främst vakanta tjänster som fysioterapeut. En åtgärdsplan redovisas för nämnden i oktober."),
    dict(proc="Lex Sarah",
         risk="Risk att missförhållanden och påtagliga risker för missförhållanden inte rapporteras och utreds enligt lex Sarah.",
         s=3, k=3,
         ctrl="Genomgång av inkomna lex Sarah-rapporter och kontroll av att utredningen har påbörjats inom en vecka.",
         fp="Ja",
         comment="Tolv rapporter har kommit in under perioden och samtliga utredningar påbörjades inom en vecka."),
    dict(proc="Informationssäkerhet",
         risk="Risk att medarbetare tar del av journaluppgifter utan att ha en vårdrelation till brukaren.",
         s=3, k=4,
         ctrl="Loggkontroll av åtkomsten till journalen för 20 slumpvis valda brukare.",
         fp="Ja",
         comment="Loggarna visade inga obehöriga åtkomster."),
    dict(proc="Bemanning",
         risk="Risk att timanställda arbetar mer än arbetstidslagen och kollektivavtalet tillåter under semesterperioden.",
         s=4, k=4,
         ctrl="Uttag ur personalsystemet av arbetad tid för timanställda under juni–augusti.",
         fp="Delvis",
         comment="Elva timanställda fick för kort dygnsvila vid sammanlagt 23 tillfällen. Från och med hösten får schemaläggarna en varning i bemanningssystemet."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["ctrl"], r["fp"], r["comment"]]


def scale_table():
    rows = "\n".join(
        f'<tr><td class="center">{esc(n)}</td><td>{esc(s)}</td><td>{esc(k)}</td></tr>'
        for n, s, k in SCALE)
    return ('<table class="scale"><colgroup><col style="width:16mm"><col style="width:88mm">'
            '<col style="width:104mm"></colgroup>'
            f'<thead><tr><th class="center">Nivå</th><th>Sannolikhet</th><th>Konsekvens</th></tr></thead>'
            f'<tbody>\n{rows}\n</tbody></table>')


CSS = f"""
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; color: #2b2b2b; line-height: 1.38; }}
.org {{ font-size: 10pt; color: {PLUM}; font-weight: bold; margin: 0 0 1mm 0; }}
h1 {{ font-size: 16pt; color: #1f1f1f; margin: 0 0 4mm 0; line-height: 1.2; padding-bottom: 2mm;
  border-bottom: 0.6mm solid {PLUM}; }}
h2 {{ font-size: 10.8pt; color: {PLUM}; margin: 3.5mm 0 1.2mm 0; break-after: avoid; }}
p {{ margin: 0 0 2mm 0; max-width: 235mm; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "DejaVu Sans", sans-serif;
  font-stretch: condensed; font-size: 7.8pt; line-height: 1.22; margin: 1.5mm 0 3.5mm 0; }}
th, td {{ border: 0.2mm solid #b9a3c2; padding: 1mm 1.3mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #efe6f2; color: {PLUM}; font-weight: bold; vertical-align: bottom; }}
table.scale td {{ color: {SCALE_TEXT}; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
{h(2, "Inledning")}
{p("Uppföljningen avser perioden maj–augusti 2025 och redovisar resultatet av de kontroller i nämndens internkontrollplan som har genomförts under tertial 2. Kontrollerna har utförts av enhetscheferna och sammanställts av förvaltningens controller och medicinskt ansvariga sjuksköterska.")}
{h(2, "Bedömningsskala")}
{p("Varje risk har bedömts efter hur sannolik den är och hur allvarliga konsekvenserna blir om den inträffar, enligt skalan nedan. Riskvärdet är produkten av sannolikhet och konsekvens. Risker med ett riskvärde på 9 eller högre räknas som väsentliga och ingår i internkontrollplanen; övriga risker följs i verksamhetens egenkontroll.")}
{scale_table()}
{h(2, "Resultat per kontrollmoment")}
{tab}
{h(2, "Bedömning")}
{p("Fyra av kontrollerna visar att planen följs, tre att den följs delvis och en att den inte följs. Bristen i fallriskbedömningarna är allvarligast och följs upp särskilt inför tertial 3. Förvaltningen bedömer i övrigt att den interna kontrollen fungerar tillfredsställande.")}
"""
    return page(title=f"{ORGAN} – {TITLE}", css=CSS, body=body, landscape=True,
                margins=(17, LEFT_MM, 14, LEFT_MM),
                boxes={"top-left": "Äldre- och hälsonämnden · Internkontrollplan 2025, tertial 2",
                       "top-right": "Riskanalys 2025: 20 inventerade risker, varav 8 väsentliga",
                       "bottom-left": "Utskrift ur kommunens styr- och uppföljningssystem 2025-09-16",
                       "bottom-right": ("css", '"Sida " counter(page) " av " counter(pages)')},
                box_font='7.5pt "DejaVu Sans"', box_colour="#5f5563")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
