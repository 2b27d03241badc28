"""Report 2: risk ids from the risk register in a first column ("R-02", "R-14": only the
critical risks of the register, so the numbers have gaps) and a "Status" column whose words
are the system's control states ("Klar", "Pågående", "Ej påbörjad"); horizontal rules only,
a responsible-person column. Nämnden för arbete och välfärd, delår 2024.
"""
from c6 import esc, p, page, record, streams, table

NAME = "naov2024_risk_ids_status_words"
ORGAN = "Nämnden för arbete och välfärd"
TITLE = "Delårsuppföljning av internkontrollplan 2024"
META = {"organ": ORGAN, "year": 2024, "period": "delår", "title": TITLE,
        "risks_inventoried": 23, "risks_critical": 8}

COLS = [
    ("Risk-id", None, 12, "left"),
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 38, "left"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 34, "left"),
    ("Ansvarig", None, 19, "left"),
    ("Status", "follows_plan", 16, "left"),
    ("Kommentar", "comment", 36, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 10
BODY = "#1e261f"
GREEN = "#2e6b3a"
# the status words the system prints -> follows_plan (repository README, "Values")
STATUS = {"Klar": "Ja", "Pågående": None, "Ej påbörjad": None}

RISKS = [
    dict(id="R-02", proc="Ekonomiskt bistånd",
         risk="Risk att bistånd betalas ut utan att den sökandes inkomster har kontrollerats hos andra myndigheter.",
         rv=12, ctrl="Stickprov på 30 beviljade ärenden: finns kontrollen via SSBTEK dokumenterad i akten?",
         resp="Enhetschef ekonomiskt bistånd", st="Klar",
         comment="I 27 av 30 ärenden fanns kontrollen dokumenterad. De tre övriga gällde nyanställda handläggare, som har fått en genomgång av rutinen."),
    dict(id="R-04", proc="Ekonomiskt bistånd",
         risk="Risk för felaktiga utbetalningar när kontonummer ändras utan att ändringen styrks av den enskilde.",
         rv=12, ctrl="Kontroll av samtliga ändrade kontouppgifter under perioden mot underlag i akten.",
         resp="Controller", st="Pågående",
         comment="Den första kontrollen gjordes i maj utan avvikelser. Den andra görs i oktober och redovisas i årsrapporten."),
    dict(id="R-05", proc="Arbetsmarknadsanställningar",
         risk="Risk att kommunen inte begär de anställningsstöd från Arbetsförmedlingen som den har rätt till.",
         rv=9, ctrl="Avstämning av pågående extratjänster mot rekvirerade stöd för januari–juni.",
         resp="Arbetsmarknadschef", st="Klar",
         comment="Stöd för två anställningar hade inte begärts, sammanlagt 96 400 kronor. Beloppen har rekvirerats i efterhand."),
    dict(id="R-09", proc="Feriearbete",
         risk="Risk att ungdomar i feriearbete börjar arbeta utan introduktion i arbetsmiljö och säkerhet.",
         rv=9, ctrl="Enkät till handledarna efter sommarens första period.",
         resp="Samordnare feriearbete", st="Klar",
         comment="51 av 64 handledare svarade. 47 hade gått igenom introduktionen första dagen, fyra under första veckan."),
    dict(id="R-11", proc="Myndighetsutövning",
         risk="Risk att ansökningar om bistånd avslutas utan ett skriftligt beslut som den enskilde kan överklaga.",
         rv=9, ctrl="Granskning av 20 avslutade ansökningar där bistånd inte har beviljats.",
         resp="Kvalitetsutvecklare", st="Ej påbörjad",
         comment="Granskningen flyttades till hösten på grund av vakanser och görs i september."),
    dict(id="R-14", proc="Informationssäkerhet",
         risk="Risk att behörigheter i verksamhetssystemet finns kvar när medarbetare byter tjänst eller slutar.",
         rv=12, ctrl="Jämförelse mellan aktiva konton i verksamhetssystemet och personalregistret per 30 juni.",
         resp="Systemförvaltare", st="Klar",
         comment="Sju konton tillhörde personer som hade slutat. Kontona stängdes samma vecka."),
    dict(id="R-17", proc="Upphandling",
         risk="Risk att platser i externa arbetsträningsverksamheter köps utan avtal.",
         rv=9, ctrl="Genomgång av leverantörsfakturor för arbetsträning under året.",
         resp="Ekonom", st="Pågående",
         comment="Fakturorna för januari–juni är granskade: tre leverantörer saknar avtal. Resten av året granskas i november."),
    dict(id="R-21", proc="Arbetsmiljö",
         risk="Risk att medarbetare i mottagningen utsätts för hot och våld utan att händelserna rapporteras.",
         rv=9, ctrl="Genomgång av incidentrapporter och av anteckningar från arbetsplatsträffar.",
         resp="Enhetschef mottagning", st="Klar",
         comment="Alla nio händelser som togs upp på arbetsplatsträffarna fanns rapporterade."),
]


def cells(r):
    return [r["id"], r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["resp"], r["st"], r["comment"]]


CSS = f"""
body {{ font-family: "Carlito", sans-serif; font-size: 11pt; color: #2b2b2b; }}
.org {{ font-size: 10pt; color: {GREEN}; font-weight: bold; margin: 0; text-transform: none; }}
h1 {{ font-size: 18pt; font-weight: normal; color: #1c1c1c; margin: 1mm 0 4mm 0; }}
h2 {{ font-size: 12.5pt; color: {GREEN}; margin: 5mm 0 1.5mm 0; font-weight: bold; }}
p {{ margin: 0 0 2.4mm 0; line-height: 1.3; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 190mm; font-family: "Carlito", sans-serif; font-size: 9pt; }}
th, td {{ padding: 1.3mm 1.2mm; vertical-align: top; color: {BODY}; text-align: left; }}
th {{ color: {GREEN}; font-weight: bold; vertical-align: bottom; border-bottom: 0.6mm solid {GREEN}; }}
tbody tr {{ border-bottom: 0.2mm solid #b9c9bc; }}
td p {{ line-height: 1.18; }}
"""


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    body = f"""
<p class="org">{esc(ORGAN)}</p>
<h1>{esc(TITLE)}</h1>
{p("Uppföljningen avser perioden januari–augusti 2024 och redovisar hur långt kontrollerna i nämndens internkontrollplan har kommit per den 31 augusti. Resultatet för hela året redovisas i årsrapporten.")}
<h2>{esc("Riskanalys och plan")}</h2>
{p("Riskanalysen omfattar 23 risker. Åtta av dem har bedömts som kritiska, med ett riskvärde på 9 eller högre, och finns med i planen med var sitt kontrollmoment. Riskvärdet är sannolikhet gånger konsekvens, var och en bedömd från 1 till 4. Varje risk har kvar sitt nummer i förvaltningens riskregister.")}
<h2>{esc("Kontrollernas status")}</h2>
{p("Status anges som Klar när kontrollen är genomförd och resultatet analyserat, Pågående när den har påbörjats och Ej påbörjad när arbetet ännu inte har startat.")}
{tab}
<h2>{esc("Sammanfattning")}</h2>
{p("Fem kontroller är klara, två pågår och en har ännu inte påbörjats. De avvikelser som har hittats har rättats eller har en åtgärd beslutad. Granskningen av avslutade ansökningar prioriteras under hösten.")}
"""
    return page(title=TITLE, css=CSS, body=body, margins=(22, LEFT_MM, 20, LEFT_MM),
                head_left="Arbets- och välfärdsförvaltningen",
                head_right="Dnr AVN 2024/0318",
                foot_left="Rapport: Internkontroll – delår · hämtad 2024-09-16",
                margin_font='7.5pt "Carlito"', margin_colour="#5f6f62")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     follows_plan=STATUS[r["st"]], comment=r["comment"],
                     extra={"Risk-id": r["id"], "Ansvarig": r["resp"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
