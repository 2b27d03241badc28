"""Word report 3: Kultur- och ungdomsnämnden, tertial 1 2025 (per 30 april). A4 landscape
with Word's **"Narrow" margins (1.27 cm)** and **very small type** (Carlito 7 pt) in an
**11-column table in an unusual order**: the risk first, **Kommentar before
Kontrollmoment**, **the process last**; "Kontrollansvarig", "Frekvens" and **"Senast
utförd" as ISO dates** ("2025-03-31", one empty: not yet done). Word's "Grid Table 6
Colorful – Accent 5" look: blue text (#2E74B5) on white and banded rows, light blue rules,
no header fill. Counts as labelled lines ("Antal risker i riskanalysen: 25")."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Kultur- och ungdomsnämnden"
TITLE = "Internkontrollplan 2025 – uppföljning tertial 1"

# risk, S, K, kommentar, kontrollmoment, kontrollansvarig, frekvens, senast utförd,
# följer plan, process
RISKS = [
    ("Risk att kulturskolans avgifter inte faktureras för elever som har plats, eftersom "
     "antagningen görs i ett annat system än faktureringen.", 3, 4,
     "Avstämningen för vårterminen visade 14 elever utan faktura, sammanlagt 11 900 "
     "kronor. Fakturorna har skickats och rutinen för överföring mellan systemen har "
     "ändrats.",
     "Avstämning mellan elevregistret och fakturaunderlaget vid varje terminsstart.",
     "Kulturskolechef", "Varje termin", "2025-02-14", "Delvis", "Kulturskola"),
    ("Risk att kontanter från kiosk och entréavgifter på fritidsgårdarna hanteras utan "
     "dagskassarapport.", 3, 3,
     "Dagskassarapporter fanns för alla dagar med försäljning på fyra av fem gårdar. "
     "Gården i Norrby saknade rapporter för sex dagar i mars.",
     "Oanmäld kassakontroll och genomgång av dagskassarapporter på samtliga "
     "fritidsgårdar.",
     "Enhetschef fritid", "Två gånger per år", "2025-03-31", "Delvis", "Fritidsgårdar"),
    ("Risk att personal som arbetar med barn och unga inte har visat utdrag ur "
     "belastningsregistret.", 2, 4,
     "Utdrag fanns för samtliga 37 nyanställda, även för feriepraktikens handledare.",
     "Kontroll av att utdrag har visats för alla som anställts sedan förra kontrollen.",
     "HR-konsult", "Varje tertial", "2025-04-28", "Ja", "Rekrytering"),
    ("Risk att bidrag till studieförbund och föreningar betalas ut utan att "
     "redovisningen av föregående års bidrag har kommit in.", 3, 3,
     "Alla utbetalningar under perioden föregicks av godkänd redovisning.",
     "Genomgång av samtliga bidragsutbetalningar januari–april mot registrerade "
     "redovisningar.",
     "Bidragshandläggare", "Varje tertial", "2025-04-30", "Ja", "Föreningsbidrag"),
    ("Risk att konstverk i den offentliga konstsamlingen försvinner eller skadas utan "
     "att det upptäcks.", 2, 4,
     "Inventeringen av konst i skolor och förskolor har inte påbörjats på grund av "
     "vakans. Den görs under hösten.",
     "Inventering av 100 konstverk per år enligt konstregistret.",
     "Konstintendent", "En gång per år", "", "Nej", "Offentlig konst"),
    ("Risk att medier köps in utanför avtalet med medieleverantören.", 2, 3,
     "Två inköp av kurslitteratur gjordes i bokhandel; båda var under "
     "direktupphandlingsgränsen och dokumenterade.",
     "Stickprov på 25 fakturor för medieinköp.",
     "Bibliotekschef", "Varje tertial", "2025-04-15", "Ja", "Bibliotek"),
    ("Risk att timavlönade ledare på lovaktiviteter får lön för fler timmar än de har "
     "arbetat.", 3, 3,
     "Tidrapporterna för sportlovet stämde med bemanningsschemat, utom för två ledare "
     "vars timmar rättades före lönekörningen.",
     "Jämförelse mellan tidrapporter och bemanningsschema för sportlovets aktiviteter.",
     "Enhetschef fritid", "Efter varje lov", "2025-03-10", "Ja", "Lönehantering"),
    ("Risk att personuppgifter om barn i kulturskolans elevregister lämnas ut till "
     "obehöriga, till exempel via e-post till fel vårdnadshavare.", 3, 3,
     "Två personuppgiftsincidenter har anmälts under perioden; ingen behövde anmälas till "
     "IMY. Kontrollen av behörigheter är gjord.",
     "Genomgång av anmälda personuppgiftsincidenter och av behörigheterna i "
     "elevregistret.",
     "Dataskyddssamordnare", "Varje tertial", "2025-04-25", "Ja", "Dataskydd"),
]

HEAD = ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kommentar", "Kontrollmoment",
        "Kontrollansvarig", "Frekvens", "Senast utförd", "Följer plan", "Process"]
WIDTHS = [4.5, 1.35, 1.35, 1.3, 4.9, 4.2, 2.0, 1.7, 1.5, 1.3, 2.3]  # 26.4 cm


def kun2025():
    page = Page(29.7, 21.0, 1.27, 1.27, 1.27, 1.27)
    rows, records = [], []
    for i, (risk, s, k, comment, ctrl, who, freq, date, fp, proc) in enumerate(RISKS, 1):
        rows.append((i, [C(risk), C(str(s), align="center"), C(str(k), align="center"),
                         C(str(s * k), align="center"), C(comment), C(ctrl), C(who),
                         C(freq), C(date), C(fp), C(proc)]))
        extra = {"Kontrollansvarig": who, "Frekvens": freq}
        if date:
            extra["Senast utförd"] = date
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, comment=comment, controls=ctrl,
                           follows_plan=fp, extra=extra))
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Uppföljning per 30 april 2025 · Dnr KUN 2025/0088", "Subtitle"),
        P("Bakgrund", "H2"),
        P("Internkontrollplanen för 2025 antogs av kultur- och ungdomsnämnden i januari. "
          "Planen följs upp efter varje tertial; den här rapporten avser perioden "
          "januari–april 2025. Riskvärdet är sannolikhet gånger konsekvens (skala 1–4); "
          "risker med riskvärde 9 eller högre är kritiska. Planen innehåller också några "
          "risker med lägre värde som nämnden har valt att följa särskilt."),
        P("**Antal risker i riskanalysen:** 25", "Left"),
        P("**Varav kritiska (riskvärde 9 eller högre):** 5", "Left"),
        P("**Antal risker i internkontrollplanen:** 8", "Left"),
        P("Uppföljning av kontrollerna", "H2"),
        Grid("Internkontrollplan", WIDTHS, [HEAD], rows, rule="0.5pt solid #9CC2E5",
             header_fill=None, header_color="#1F4E79", text_color="#2E74B5",
             zebra="#DEEAF6", size=7.0, font="Carlito", pad=0.1, pad_v=0.02),
        P("Sammanfattande kommentar", "H2"),
        P("Fem kontroller följer planen, två följer den delvis och en har inte genomförts. "
          "Inventeringen av den offentliga konsten och kassahanteringen på fritidsgården i "
          "Norrby följs upp särskilt i tertial 2."),
    ]
    return ReportDoc(
        name="kun2025_narrow_margins_seven_pt_process_last",
        blocks=blocks, page=page, font="Carlito", body_size=10.0, heading_color="#1F4E79",
        footer="Kultur- och ungdomsnämnden · Internkontrollplan 2025 · Tertial 1 · "
               "Sida {page} av {pages}",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=25, risks_critical=5,
        columns=[{"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kommentar", "field": "comment"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Kontrollansvarig", "field": None},
                 {"header": "Frekvens", "field": None},
                 {"header": "Senast utförd", "field": None},
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Process", "field": "process"}],
        records=records, grids=("Internkontrollplan",),
    )
