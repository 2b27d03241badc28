"""Report 3: landscape, the assessment printed as "3 × 4 = 12" in one column "Bedömning
(S × K)", the risk cell a bold short name over the description, a Frekvens and an Åtgärd
column, ten risks over two pages with rows that may split. Räddningstjänstnämnden, helår 2023.
"""
from producers.chromium_docs import esc, plain, record, streams, table

NAME = "rtn2023_landscape_s_times_k_named_risks"
ORGAN = "Räddningstjänstnämnden"
TITLE = "Räddningstjänstnämnden – årsuppföljning av intern kontroll 2023"
META = {"organ": ORGAN, "year": 2023, "period": "helår", "title": TITLE,
        "risks_inventoried": 27, "risks_critical": 10}

COLS = [
    ("Nr", None, 8, "center"),
    ("Process", "process", 27, "left"),
    ("Risk", "risk", 50, "left"),
    ("Bedömning (S × K)", "risk_value", 18, "center"),
    ("Kontrollmoment", "controls", 44, "left"),
    ("Frekvens", None, 17, "left"),
    ("Utfall", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 50, "left"),
    ("Åtgärd", "handling", 40, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#1c1c1c"
RED = "#a3141b"

RISKS = [
    dict(proc="Tillsyn enligt LSO", name="Eftersläpande tillsyn",
         risk="Risk att tillsyn enligt lagen om skydd mot olyckor inte genomförs enligt tillsynsplanen, så att brister i byggnaders brandskydd inte upptäcks.",
         s=3, k=4, ctrl="Avstämning av genomförda tillsyner mot tillsynsplanen per kvartal.",
         freq="Kvartalsvis", fp="Delvis",
         comment="84 av 110 planerade tillsyner genomfördes. Eftersläpningen beror på vakanser under våren.",
         handling="Två tjänster är tillsatta sedan september. Tillsyner som inte hanns med förs över till 2024 års plan."),
    dict(proc="Tillsyn enligt LSO", name="Ojämn bedömning",
         risk="Risk att likartade brister bedöms olika av olika inspektörer, så att rättssäkerheten brister.",
         s=2, k=3, ctrl="Kollegial granskning av tio tillsynsprotokoll.",
         freq="Årligen", fp="Ja",
         comment="Protokollen höll likvärdig kvalitet. Två förelägganden hade otydliga tidsfrister.",
         handling=None),
    dict(proc="Tillstånd brandfarlig och explosiv vara", name="Tillstånd utan samråd",
         risk="Risk att tillstånd för hantering av brandfarlig vara beviljas utan att samråd har skett med byggnadsnämnden.",
         s=2, k=4, ctrl="Genomgång av samtliga beviljade tillstånd under året.",
         freq="Årligen", fp="Ja",
         comment="Samråd fanns dokumenterat i alla 23 ärenden.", handling=None),
    dict(proc="Utryckningsverksamhet", name="Långa insatstider",
         risk="Risk att insatstiden överskrider målet i handlingsprogrammet i glesbygdsområdena.",
         s=3, k=4, ctrl="Uttag ur insatsrapporteringen: insatstid per område jämfört med målen.",
         freq="Kvartalsvis", fp="Nej",
         comment="Målet nåddes i 71 procent av insatserna i område Norr, mot målet 90 procent. Orsaken är främst brist på deltidsbrandmän dagtid.",
         handling="Rekryteringskampanj för deltidsbrandmän hösten 2023. Nämnden följer upp insatstiderna varje tertial 2024."),
    dict(proc="Utryckningsverksamhet", name="Brister i fordonsunderhåll",
         risk="Risk att utryckningsfordon inte är besiktigade eller servade enligt serviceplanen.",
         s=2, k=4, ctrl="Kontroll av besiktnings- och servicedatum för samtliga 31 fordon.",
         freq="Halvårsvis", fp="Ja",
         comment="Alla fordon var besiktigade och servade i tid.", handling=None),
    dict(proc="Arbetsmiljö", name="Exponering för brandrök",
         risk="Risk att brandmän exponeras för cancerframkallande ämnen för att rutinen för rena och smutsiga zoner inte följs efter insats.",
         s=3, k=4, ctrl="Observation vid tolv övningar och insatser samt kontroll av tvättloggar för skyddskläder.",
         freq="Löpande", fp="Delvis",
         comment="Rutinen följdes vid nio av tolv tillfällen. På två stationer saknas tillräckligt med ombytesställ.",
         handling="Ytterligare 40 ombytesställ köps in under första kvartalet 2024."),
    dict(proc="Ekonomi", name="Felaktig fakturering",
         risk="Risk att automatlarm som löser ut utan brand inte faktureras enligt taxan.",
         s=3, k=2, ctrl="Avstämning av larmloggen mot utställda fakturor för onödiga larm.",
         freq="Kvartalsvis", fp="Nej",
         comment="46 av 212 onödiga larm hade inte fakturerats, motsvarande cirka 310 000 kronor.",
         handling="Fakturering har gjorts i efterhand. Rutinen har ändrats så att larmoperatören skapar underlaget direkt."),
    dict(proc="Ekonomi", name="Attest av egna utlägg",
         risk="Risk att chefer attesterar egna utlägg och egen övertid.",
         s=2, k=3, ctrl="Stickprov på 30 utlägg och övertidsersättningar för chefer.",
         freq="Årligen", fp="Ja",
         comment="Alla var attesterade av närmaste överordnade chef.", handling=None),
    dict(proc="Informationssäkerhet", name="Sårbar ledningscentral",
         risk="Risk att ledningscentralen inte kan leda insatser vid avbrott i it-systemen eller i elförsörjningen.",
         s=2, k=4, ctrl="Övning av reservrutin med reservkraft och manuell larmhantering.",
         freq="Årligen", fp="Ja",
         comment="Övningen i oktober visade att reservrutinen fungerar. Omställningen tog elva minuter.",
         handling=None),
    dict(proc="Personal", name="Bisysslor",
         risk="Risk att anställda har bisysslor som är förtroendeskadliga eller konkurrerar med räddningstjänstens uppdrag.",
         s=2, k=3, ctrl="Enkät till samtliga anställda och genomgång av anmälda bisysslor.",
         freq="Årligen", fp="Delvis",
         comment="Fem anställda hade inte anmält sina bisysslor, bland annat försäljning av brandskyddsutrustning.",
         handling="Bisysslorna har prövats. En anställd har fått avsluta sin bisyssla."),
]


def _risk_text(r):
    return r["name"] + "\n\n" + r["risk"]


def _assess(r):
    return f"{r['s']} × {r['k']} = {r['s'] * r['k']}"


def cells(i, r):
    return [str(i), r["proc"], _risk_text(r), _assess(r), r["ctrl"], r["freq"], r["fp"],
            r["comment"], r["handling"] or ""]


def _cell(k, t):
    if k == 2:
        name, desc = t.split("\n\n")
        return f'<p class="nm">{esc(name)}</p><p>{esc(desc)}</p>'
    if not t:
        return ""
    return f"<p>{esc(t)}</p>"


def html():
    tab = table(COLS, [cells(i, r) for i, r in enumerate(RISKS, 1)], cell_html=_cell)
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4 landscape; margin: 12mm {LEFT_MM}mm 13mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "P052", serif; font-size: 10pt; color: #1a1a1a; }}
.band {{ background: {RED}; color: #fff; font-family: "Nimbus Sans", sans-serif; font-stretch: condensed; font-size: 9pt; padding: 1.6mm 3mm; display: flex; justify-content: space-between; }}
h1 {{ font-family: "Nimbus Sans", sans-serif; font-stretch: condensed; font-size: 17pt; margin: 4mm 0 3mm 0; color: #1a1a1a; }}
h2 {{ font-family: "Nimbus Sans", sans-serif; font-stretch: condensed; font-size: 11.5pt; margin: 4mm 0 1.6mm 0; color: {RED}; }}
p {{ margin: 0 0 2mm 0; line-height: 1.33; }}
.cols {{ display: flex; gap: 8mm; }}
.cols > div {{ flex: 1; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 267mm; font-family: "Nimbus Sans", sans-serif; font-stretch: condensed; font-size: 8.4pt; }}
th, td {{ border: 0.25mm solid #c7c2c2; padding: 1.1mm 1.2mm; vertical-align: top; color: {BODY}; text-align: left; }}
th {{ background: #efe6e6; color: {RED}; font-weight: bold; border-bottom: 0.5mm solid {RED}; }}
td p {{ margin: 0 0 0.8mm 0; line-height: 1.2; }}
td p:last-child {{ margin-bottom: 0; }}
td p.nm {{ font-weight: bold; }}
.center {{ text-align: center !important; }}
tr {{ break-inside: auto; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="band"><span>{esc("Räddningstjänsten Västra Dalbygden")}</span><span>{esc("Årsuppföljning 2023 · Dnr RTN 2024/0009")}</span></div>
<h1>{esc(TITLE)}</h1>
<div class="cols"><div>
<h2>{esc("Bakgrund")}</h2>
<p>{esc("Räddningstjänstnämnden ska varje år följa upp sin internkontrollplan och rapportera resultatet till kommunstyrelsen. Den här rapporten omfattar hela verksamhetsåret 2023.")}</p>
<p>{esc("Riskanalysen inför 2023 omfattade 27 risker, varav tio bedömdes som kritiska. Alla tio har kontrollerats under året och redovisas i tabellen nedan.")}</p>
</div><div>
<h2>{esc("Bedömningsgrund")}</h2>
<p>{esc("Sannolikhet (S) och konsekvens (K) bedöms på en skala från 1 till 4, och riskvärdet är produkten av dem. Kolumnen Utfall anger om kontrollen visar att verksamheten följer planen: Ja, Delvis eller Nej. Vid avvikelse anges den åtgärd som har vidtagits eller planeras.")}</p>
</div></div>
<h2>{esc("Kontroller 2023")}</h2>
{tab}
<h2>{esc("Samlad bedömning")}</h2>
<p>{esc("Fem av tio kontroller visar att rutinerna följs, tre att de följs delvis och två att de inte följs. Insatstiderna i glesbygden och faktureringen av onödiga larm är de största bristerna. Båda riskerna finns kvar i planen för 2024.")}</p>
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for i, r in enumerate(RISKS, 1):
        rec = record(r["proc"], _risk_text(r).replace("\n\n", " "), risk_value=r["s"] * r["k"],
                     probability=r["s"], consequence=r["k"], controls=r["ctrl"],
                     handling=r["handling"], follows_plan=r["fp"], comment=r["comment"],
                     extra={"Nr": str(i), "Frekvens": r["freq"]})
        out.append((rec, list(enumerate(cells(i, r)))))
    return out
