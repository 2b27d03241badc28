"""Report 3, one quirk: two process columns, "Process" and "Delprocess", as a planning system
with a process hierarchy prints them: the main process written out on every row (two rows
each for Förskola and Grundskola), the sub-process beside it, then the risk. Eight risks on
two portrait pages. Period "Delårsrapport 2025" in the title; the counts in number words with
the critical ("väsentliga") risks named before the inventoried ones, in two sentences.
Familje- och utbildningsnämnden, delår 2025.
"""
from c11 import esc, h, p, page, record, streams, table

NAME = "fun2025_delprocess_column_delarsrapport"
ORGAN = "Familje- och utbildningsnämnden"
TITLE = "Delårsrapport 2025 – uppföljning av internkontrollplan"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 19, "risks_critical": 8}

COLS = [
    ("Process", "process", 20, "left"),
    ("Delprocess", None, 24, "left"),
    ("Risk", "risk", 36, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Följer plan", "follows_plan", 14, "center"),
    ("Kommentar", "comment", 40, "left"),
]
COLUMNS = [(hd, f) for hd, f, _, _ in COLS]
LEFT_MM = 14
BODY = "#22191a"
RED = "#9b2226"

RISKS = [
    dict(proc="Förskola", sub="Barnomsorgsavgifter",
         risk="Risk att avgifter för förskola och fritidshem debiteras felaktigt när vårdnadshavarnas inkomstuppgifter är inaktuella.",
         rv=12,
         ctrl="Stickprov på 40 hushåll där debiterad avgift jämförs med inlämnad inkomstuppgift och maxtaxan.",
         fp="Delvis",
         comment="Fem hushåll hade inte lämnat någon inkomstuppgift för 2025 och debiterades fortfarande efter 2024 års uppgift. Påminnelser har skickats och en inkomstkontroll mot Skatteverkets uppgifter görs i november."),
    dict(proc="Förskola", sub="Kö och placering",
         risk="Risk att barn inte erbjuds plats i förskola inom fyra månader från ansökan, som skollagen kräver.",
         rv=9,
         ctrl="Uppföljning i placeringssystemet av väntetiden från ansökan till erbjuden plats.",
         fp="Ja",
         comment="Samtliga 212 barn som ansökte under perioden erbjöds plats inom fyra månader."),
    dict(proc="Grundskola", sub="Skolskjuts",
         risk="Risk att skolskjuts beviljas eller nekas utan stöd i kommunens riktlinjer, vilket ger ojämlik behandling och överklaganden.",
         rv=8,
         ctrl="Granskning av 20 beslut om skolskjuts mot riktlinjerna och avståndsberäkningen i kartsystemet.",
         fp="Ja",
         comment="Alla granskade beslut följde riktlinjerna. Två beslut överklagades och förvaltningsrätten avslog båda överklagandena."),
    dict(proc="Grundskola", sub="Frånvarohantering",
         risk="Risk att långvarig och upprepad frånvaro inte utreds och anmäls till huvudmannen.",
         rv=12,
         ctrl="Kontroll av att elever med mer än 20 procents frånvaro under vårterminen har en påbörjad frånvaroutredning.",
         fp="Nej",
         comment="Av 58 elever med hög frånvaro hade 37 en påbörjad utredning. Rektorerna har fått en gemensam rutin och uppföljningen görs nu varje månad."),
    dict(proc="Elevhälsa", sub="Journalföring",
         risk="Risk att journalanteckningar inom elevhälsans medicinska insats inte förs enligt patientdatalagen.",
         rv=9,
         ctrl="Granskning av 25 journaler i elevhälsans journalsystem.",
         fp="Ja",
         comment="Journalerna var fullständiga och signerade."),
    dict(proc="Barn och familj", sub="Orosanmälningar",
         risk="Risk att skyddsbedömning inte görs samma dag som en orosanmälan om ett barn kommer in.",
         rv=16,
         ctrl="Genomgång av samtliga orosanmälningar under två veckor i mars och två veckor i juni.",
         fp="Delvis",
         comment="Skyddsbedömning gjordes samma dag för 141 av 148 anmälningar. De sju som saknades kom in på fredagseftermiddagar, och mottagningsgruppen har därför ändrat sin bemanning på fredagar."),
    dict(proc="Ekonomi", sub="Leverantörsfakturor",
         risk="Risk att fakturor attesteras av en person som saknar attesträtt eller som själv har beställt varan eller tjänsten.",
         rv=9,
         ctrl="Stickprov på 50 leverantörsfakturor som jämförs med gällande attestförteckning.",
         fp="Ja",
         comment="Inga avvikelser."),
    dict(proc="Personal", sub="Bisysslor",
         risk="Risk att anställda har förtroendeskadliga bisysslor, till exempel inom fristående skolor eller konsultföretag, utan att arbetsgivaren känner till det.",
         rv=8,
         ctrl="Kontroll av att cheferna har tagit upp bisysslor på medarbetarsamtalen och att anmälda bisysslor har prövats.",
         fp="Delvis",
         comment="Frågan hade tagits upp i 14 av 17 arbetsgrupper. Två anmälda bisysslor är ännu inte prövade."),
]


def cells(r):
    return [r["proc"], r["sub"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


CSS = f"""
body {{ font-family: Carlito, sans-serif; font-size: 11pt; color: #262626; line-height: 1.32; }}
.top {{ font-size: 9pt; color: #6b6b6b; display: flex; justify-content: space-between;
  border-bottom: 0.3mm solid #c9c9c9; padding-bottom: 1.5mm; margin-bottom: 6mm; }}
.org {{ font-size: 12pt; color: {RED}; font-weight: bold; margin: 0 0 1mm 0; }}
h1 {{ font-size: 19pt; color: #1d1d1d; margin: 0 0 4mm 0; line-height: 1.15; font-weight: bold; }}
h2 {{ font-size: 13pt; color: {RED}; margin: 4mm 0 1.2mm 0; break-after: avoid; }}
p {{ margin: 0 0 2.2mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; font-family: "Liberation Sans Narrow", sans-serif;
  font-size: 8.8pt; line-height: 1.2; margin: 2mm 0 4mm 0; }}
th, td {{ border: 0.2mm solid #d3b0b1; padding: 1.1mm 1.2mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: {RED}; color: #ffffff; font-weight: bold; vertical-align: bottom; border-color: {RED}; }}
tbody tr:nth-child(even) td {{ background: #fbf3f3; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<div class="top"><span>{esc("Hedbacka kommun · Familje- och utbildningsförvaltningen")}</span><span>{esc("Dnr FUN 2025/0388")}</span></div>
<div class="org">{esc(ORGAN)}</div>
<h1>{esc(TITLE)}</h1>
{h(2, "Sammanfattning")}
{p("Uppföljningen av internkontrollplanen ingår i nämndens delårsrapport per den 31 augusti 2025 och omfattar de kontroller som har genomförts under perioden januari–augusti. Av åtta kontroller visar fyra att planen följs, tre att den följs delvis och en att den inte följs.")}
{h(2, "Bakgrund")}
{p("Enligt kommunens reglemente för intern kontroll ska varje nämnd se till att den interna kontrollen är tillräcklig. Nämnden antog internkontrollplanen för 2025 i december 2024, efter en riskanalys som förvaltningens ledningsgrupp och rektorerna tog fram under hösten. Planen följs upp två gånger per år, i delårsrapporten och i årsrapporten.")}
{h(2, "Riskanalys")}
{p("Nämnden bedömer åtta risker som väsentliga, det vill säga med ett riskvärde på 8 eller högre, och dessa ingår i internkontrollplanen. Sammanlagt inventerades nitton risker i förvaltningens riskanalys inför 2025. Riskvärdet är produkten av sannolikhet och konsekvens, båda bedömda på en skala från 1 till 4.")}
{p("I tabellen redovisas varje risk under sin process och delprocess i förvaltningens processkarta. Uppgifterna är hämtade ur kommunens system för styrning och uppföljning.")}
{h(2, "Resultat per kontrollmoment")}
{tab}
{h(2, "Analys och fortsatt arbete")}
{p("Den allvarligaste bristen gäller utredningen av elevers frånvaro, där en tredjedel av utredningarna inte hade påbörjats. Förvaltningen följer den nya rutinen månadsvis och redovisar resultatet i årsrapporten. Avvikelserna i avgiftsdebiteringen och skyddsbedömningarna har lett till ändrade rutiner som kontrolleras igen under hösten.")}
{p("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig.")}
"""
    return page(title=f"{ORGAN} – {TITLE}", css=CSS, body=body,
                margins=(15, LEFT_MM, 16, LEFT_MM),
                boxes={"bottom-left": "Familje- och utbildningsnämnden · Delårsrapport 2025",
                       "bottom-right": ("css", '"Sida " counter(page) " (" counter(pages) ")"')},
                box_font='8pt Carlito', box_colour="#707070")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"],
                     extra={"Delprocess": r["sub"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
