"""Report 1: a controller's Google-Docs-like document, printed from the browser. Plain and
well made: Arial-like type, Docs' default black 1 pt table rules, a grey header row pinned
(repeated). One quirk: a "Risk-id" column with the risk's number in the risk analysis
("R-02", "R-11": gaps, since only the critical risks are in the plan).
Arkivnämnden, delår 2025.
"""
from c7 import esc, plain, record, streams, table

NAME = "ark2025_docs_style_risk_ids"
ORGAN = "Arkivnämnden"
TITLE = "Arkivnämnden – uppföljning av internkontrollplan 2025, delår"
META = {"organ": ORGAN, "year": 2025, "period": "delår", "title": TITLE,
        "risks_inventoried": 17, "risks_critical": 7}

COLS = [
    ("Risk-id", None, 13, "left"),
    ("Process", "process", 21, "left"),
    ("Risk", "risk", 33, "left"),
    ("Riskvärde", "risk_value", 14, "center"),
    ("Kontrollmoment", "controls", 30, "left"),
    ("Följer plan", "follows_plan", 14, "left"),
    ("Kommentar", "comment", 34, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 25.4
WIDTH = sum(c[2] for c in COLS)
BODY = "#1f1f1f"   # table text; the prose is pure black

RISKS = [
    dict(id="R-02", proc="Utlämnande av allmänna handlingar",
         risk="Risk att en begäran om att få ta del av allmän handling inte hanteras skyndsamt, så att sökande får vänta längre än vad praxis godtar.",
         rv=12, ctrl="Genomgång av 30 ärenden i diariet: tid från begäran till beslut eller utlämnande.",
         fp="Delvis", comment="26 av 30 ärenden hanterades inom tre arbetsdagar. Fyra omfattande forskarbeställningar tog upp till tre veckor. Rutinen för delbesked ses över."),
    dict(id="R-04", proc="Arkivlokaler",
         risk="Risk att handlingar skadas av brand, vattenläckage eller felaktigt klimat i arkivdepåerna.",
         rv=12, ctrl="Kontroll av loggade värden för temperatur och relativ luftfuktighet i depå 1–3 samt av den senaste brandskyddskontrollen.",
         fp="Ja", comment="Klimatet låg inom gränsvärdena under hela perioden. Brandskyddskontrollen i april gav inga anmärkningar."),
    dict(id="R-05", proc="E-arkiv",
         risk="Risk att leveranser till e-arkivet tas emot utan att filformat och metadata kontrolleras, så att informationen inte går att återsöka.",
         rv=9, ctrl="Granskning av leveranskvitton för samtliga leveranser januari–juni mot valideringsrapporterna.",
         fp="Ja", comment="Elva leveranser togs emot. Alla hade godkänd validering; två kompletterades innan de godkändes."),
    dict(id="R-09", proc="Tillsyn",
         risk="Risk att arkivtillsynen hos kommunens nämnder och bolag inte genomförs enligt tillsynsplanen.",
         rv=9, ctrl="Avstämning av genomförda tillsynsbesök mot tillsynsplanen för 2025.",
         fp="Nej", comment="Fem av nio planerade besök har genomförts. Två besök har skjutits till hösten på grund av en vakans. Nämnden får en reviderad tillsynsplan i oktober."),
    dict(id="R-11", proc="Gallring",
         risk="Risk att handlingar gallras utan stöd i en beslutad informationshanteringsplan.",
         rv=12, ctrl="Stickprov på tio gallringsprotokoll från förvaltningarna mot gällande informationshanteringsplaner.",
         fp="Ja", comment="Samtliga gallringar hade stöd i beslutade planer och protokollen var undertecknade."),
    dict(id="R-13", proc="Dataskydd",
         risk="Risk att personuppgifter i forskarsalens besöksregister sparas längre än vad som är nödvändigt enligt dataskyddsförordningen.",
         rv=9, ctrl="Kontroll av att registret rensas varje kvartal enligt rutinen.",
         fp="Delvis", comment="Rensningen för första kvartalet gjordes först i maj. En återkommande påminnelse har lagts in för ansvarig arkivarie."),
    dict(id="R-16", proc="Ekonomi",
         risk="Risk att fakturor attesteras av en person som saknar behörighet enligt attestförteckningen.",
         rv=9, ctrl="Stickprov på 25 leverantörsfakturor mot gällande attestförteckning.",
         fp="Ja", comment="Inga avvikelser."),
]


def cells(r):
    return [r["id"], r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["fp"], r["comment"]]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    P = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
    return f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{plain(TITLE)}</title>
<style>
@page {{ size: A4; margin: 25.4mm {LEFT_MM}mm 25.4mm {LEFT_MM}mm; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; color: #000; line-height: 1.15; }}
.dnr {{ text-align: right; font-size: 9pt; color: #666; margin-bottom: 6mm; }}
h1 {{ font-size: 24pt; font-weight: normal; margin: 0 0 1mm 0; line-height: 1.1; }}
.subtitle {{ font-size: 14pt; color: #666; margin: 0 0 6mm 0; }}
h2 {{ font-size: 15pt; font-weight: normal; margin: 6mm 0 2mm 0; }}
p {{ margin: 0 0 3mm 0; }}
table {{ border-collapse: collapse; table-layout: fixed; width: {WIDTH}mm; font-size: 9pt; line-height: 1.15; margin: 2mm 0 4mm 0; }}
th, td {{ border: 1pt solid #000; padding: 1.6mm 1.8mm; vertical-align: top; text-align: left; color: {BODY}; }}
th {{ background: #efefef; font-weight: bold; color: #000; }}
td p {{ margin: 0; }}
.center {{ text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
</style></head>
<body>
<div class="dnr">{esc("Dnr ARN 2025/118")}</div>
<h1>{esc(TITLE)}</h1>
<div class="subtitle">{esc("Delårsuppföljning per den 31 augusti 2025 · Stadsarkivet")}</div>
<h2>{esc("Bakgrund")}</h2>
{P("Nämnderna ska enligt kommunallagen se till att den interna kontrollen är tillräcklig. Arkivnämnden antog sin internkontrollplan för 2025 i december 2024. Planen bygger på förvaltningens riskanalys och anger vilka kontroller som ska göras under året och hur de ska följas upp.")}
{P("Den här rapporten redovisar läget efter årets första åtta månader, januari–augusti 2025. En fullständig uppföljning lämnas till nämnden i februari 2026.")}
<h2>{esc("Riskanalys och internkontrollplan")}</h2>
{P("I nämndens riskanalys för 2025 identifierades 17 risker. Sju av dem har ett riskvärde på 9 eller högre och bedöms därmed som kritiska. De sju kritiska riskerna ingår i internkontrollplanen med var sitt kontrollmoment, medan övriga risker hanteras i det löpande förbättringsarbetet.")}
{P("Riskvärdet är sannolikhet gånger konsekvens, båda bedömda på en skala från 1 till 4. Risk-id är riskens nummer i riskanalysen; numreringen har därför luckor i tabellen nedan.")}
<h2>{esc("Resultat av kontrollerna")}</h2>
{tab}
<h2>{esc("Samlad bedömning")}</h2>
{P("Fyra av sju kontroller visar att verksamheten följer planen, två att den följs delvis och en att den inte följs. Den största bristen gäller arkivtillsynen, där förvaltningen inte har hunnit genomföra de planerade besöken. Förvaltningen bedömer att den interna kontrollen i övrigt är tillräcklig.")}
{P("Förslag till beslut: Arkivnämnden godkänner delårsuppföljningen av internkontrollplanen för 2025.")}
</body></html>
"""


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=r["fp"], comment=r["comment"], extra={"Risk-id": r["id"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
