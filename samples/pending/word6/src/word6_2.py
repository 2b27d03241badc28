"""Word report 2: Omsorgs- och välfärdsnämnden, uppföljning av internkontrollplan 2024,
tertial 2. Liberation Sans (Arial) 10 pt prose, numbered headings "1." ..., the risk table in
Word's **"Plain Table 1"** look (grey rules, banded rows), Liberation Sans 8 pt. Two quirks:
a **"Risk-ID" column** with the numbers of the risk inventory ("R-02", "R-05", ... not
consecutive: only the critical risks are in the plan) and a **"Status" column** saying how far
the control has come ("Klar" / "Pågående" / "Ej påbörjad") instead of a Följer plan answer."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Omsorgs- och välfärdsnämnden"
TITLE = "Omsorgs- och välfärdsnämnden – uppföljning av internkontrollplan 2024, tertial 2"

#: the Status column's words -> follows_plan (README "Values": "Klar" gives Ja; a state
#: that says neither, "Pågår" / "Ej påbörjad", gives null)
STATUS = {"Klar": "Ja", "Pågående": None, "Ej påbörjad": None}

# (risk-id, process, risk, riskvärde, kontrollmoment, ansvarig, status, kommentar)
RISKS = [
    ("R-02", "Avgifter",
     "Risk att omsorgsavgifter beräknas på inaktuella inkomstuppgifter.", 12,
     "Stickprov på 25 avgiftsbeslut: jämförelse med den senaste inkomstförfrågan.",
     "Enhetschef avgiftsenheten", "Klar",
     "23 av 25 beslut var korrekta. Två kunder hade fått för låg avgift; sammanlagt "
     "3 140 kronor har efterdebiterats."),
    ("R-05", "Hemtjänst",
     "Risk att ersättning betalas ut för hemtjänstinsatser som inte har utförts.", 16,
     "Jämförelse av registrerad tid i planeringssystemet med beviljade insatser för 30 "
     "brukare.",
     "Verksamhetschef hemtjänst", "Pågående",
     "Granskningen av 18 brukare är klar och visar inga avvikelser. Resterande brukare "
     "granskas i september."),
    ("R-07", "Läkemedelshantering",
     "Risk att läkemedel delas ut av personal som saknar giltig delegering.", 15,
     "Kontroll av delegeringsregistret mot signeringslistor på två särskilda boenden.",
     "Medicinskt ansvarig sjuksköterska", "Klar",
     "Tre medarbetare saknade förnyad delegering. Delegeringarna har förnyats efter "
     "utbildning."),
    ("R-11", "Ekonomiskt bistånd",
     "Risk att ekonomiskt bistånd betalas ut utan att sökandens inkomster har kontrollerats "
     "hos andra myndigheter.", 12,
     "Stickprov på 40 utbetalningar: finns kontrollen mot Försäkringskassan och "
     "Skatteverket dokumenterad?",
     "Enhetschef försörjningsstöd", "Klar",
     "Kontrollen var dokumenterad i 39 av 40 ärenden."),
    ("R-12", "Funktionsstöd",
     "Risk att beslut om insatser enligt LSS inte verkställs inom tre månader.", 12,
     "Uppföljning av de ej verkställda beslut som rapporteras till IVO varje kvartal.",
     "Verksamhetschef funktionsstöd", "Pågående",
     "Rapporteringen för kvartal 1 och 2 är kontrollerad. Sex beslut om bostad med "
     "särskild service är ännu inte verkställda."),
    ("R-15", "Dataskydd",
     "Risk att obehöriga tar del av personuppgifter i verksamhetssystemet.", 16,
     "Logguppföljning: stickprov på 20 användare per månad.",
     "Systemförvaltare", "Ej påbörjad",
     "Kontrollen startar i oktober, när det nya verktyget för logguppföljning har "
     "införts."),
    ("R-18", "Personal",
     "Risk att medarbetare har bisysslor som är förtroendeskadliga eller konkurrerar med "
     "verksamheten.", 12,
     "Kontroll av att bisysslor har anmälts och bedömts i samband med medarbetarsamtalen.",
     "HR-strateg", "Pågående",
     "Medarbetarsamtalen pågår. 61 procent av enheterna har hittills rapporterat."),
    ("R-21", "Bemanning",
     "Risk att bemanningsföretag anlitas utanför gällande ramavtal.", 15,
     "Genomgång av samtliga fakturor från bemanningsföretag under januari–juni.",
     "Controller", "Klar",
     "Alla inhyrda sjuksköterskor har anlitats via ramavtalet. Inga avvikelser."),
]

HEAD = ["Risk-ID", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Status",
        "Kommentar"]
WIDTHS = [1.3, 2.1, 3.3, 1.6, 3.2, 2.0, 1.6, 3.1]  # 18.2 cm


def ovn2024():
    page = Page(21.0, 29.7, 1.7, 1.6, 1.4, 1.4)
    rows, records = [], []
    for i, (rid, proc, risk, rv, ctrl, ansv, status, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(rid), C(proc), C(risk), C(str(rv), align="center"), C(ctrl),
                         C(ansv), C(status), C(kom)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=STATUS[status], comment=kom,
                           extra={"Risk-ID": rid, "Ansvarig": ansv}))
    blocks = [
        P(TITLE, "Title"),
        P("Tertialrapport 2 · perioden januari–augusti 2024", "Subtitle"),
        P("1. Bakgrund", "H1"),
        P("Nämnden ansvarar enligt kommunallagen för att den interna kontrollen är "
          "tillräcklig. Internkontrollplanen för 2024 antogs av Omsorgs- och "
          "välfärdsnämnden i januari 2024 och följs upp i tertialrapporterna och i "
          "verksamhetsberättelsen."),
        P("2. Riskanalys", "H1"),
        P("Nämndens riskinventering omfattar 24 risker, numrerade R-01 till R-24. Varje risk "
          "har bedömts efter sannolikhet och konsekvens på en femgradig skala. Åtta av "
          "riskerna har ett riskvärde på 12 eller mer och är kritiska; de ingår i "
          "internkontrollplanen och behåller sina nummer från inventeringen."),
        P("3. Uppföljning per den 31 augusti", "H1"),
        P("Kolumnen Status anger hur långt kontrollen har kommit vid periodens slut: Klar, "
          "Pågående eller Ej påbörjad."),
        Grid("Plan", WIDTHS, [HEAD], rows, rule="0.5pt solid #BFBFBF", zebra="#F2F2F2",
             size=8.0, font="Liberation Sans", pad=0.12, pad_v=0.05),
        P("4. Bedömning", "H1"),
        P("Fyra kontroller är klara och visar endast mindre avvikelser, som har rättats. "
          "Tre kontroller pågår och redovisas i verksamhetsberättelsen. Logguppföljningen "
          "har ännu inte påbörjats eftersom verktyget för den inte är infört; förvaltningen "
          "bedömer att kontrollen kan genomföras under hösten."),
    ]
    return ReportDoc(
        name="ovn2024_risk_id_status_column",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#833C0B",
        footer="Sida {page} av {pages}", footer_align="center",
        organ=ORGAN, year=2024, period="tertial", title=TITLE,
        risks_inventoried=24, risks_critical=8,
        columns=[{"header": "Risk-ID", "field": None},
                 {"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Ansvarig", "field": None},
                 {"header": "Status", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"}],
        records=records, grids=("Plan",),
    )
