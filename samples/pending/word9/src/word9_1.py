"""Word report 1: Skol- och kulturnämnden, uppföljning av internkontrollplan 2024, helår. An
ordinary report with no quirk: Word's "Normal" margins (2.5 cm), Carlito 11 pt prose,
unnumbered headings #2F5496, the risk table in Word's "Grid Table 1 Light – Accent 1" look
(light blue rules on every cell, bold header on white), Carlito 9 pt, six columns, seven risks.
Metadata: the period only in the subtitle "Skol- och kulturnämnden, helår 2024" under the title;
the counts as "Av de 21 risker som inventerats bedöms sju vara kritiska"."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Skol- och kulturnämnden"
TITLE = "Uppföljning av internkontrollplan 2024"

# (process, risk, riskvärde, kontrollmoment, följer plan, kommentar)
RISKS = [
    ("Trygghet och studiero",
     "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och att "
     "åtgärderna inte dokumenteras.", 12,
     "Stickprov på 20 anmälningar i ärendehanteringssystemet: tid från anmälan till "
     "påbörjad utredning och dokumenterade åtgärder.",
     "Delvis",
     "16 av 20 utredningar påbörjades inom en vecka. I fyra ärenden saknades dokumenterade "
     "åtgärder. Rektorerna har fått förnyad genomgång av rutinen."),
    ("Skolpliktsbevakning",
     "Risk att elever med hög frånvaro inte uppmärksammas och att vårdnadshavare inte "
     "kontaktas i tid.", 12,
     "Genomgång av frånvarorapporteringen för elever med mer än 15 procent frånvaro under "
     "vårterminen.",
     "Ja",
     "Samtliga 38 elever hade uppmärksammats och vårdnadshavarna hade kontaktats."),
    ("Modersmålsundervisning",
     "Risk att elever som har rätt till modersmålsundervisning inte erbjuds den.", 8,
     "Jämförelse av inkomna ansökningar med elevgrupperna i schemaläggningssystemet.",
     "Ja",
     "Alla 214 elever med beviljad ansökan fanns i en elevgrupp."),
    ("Kulturskolan",
     "Risk att beslut om avgiftsbefrielse fattas utan underlag och utan stöd i "
     "delegationsordningen.", 9,
     "Granskning av samtliga 27 beslut om avgiftsbefrielse under höstterminen.",
     "Nej",
     "Underlag saknades i elva beslut och sex beslut var fattade av en tjänsteperson utan "
     "delegation. Besluten har prövats på nytt."),
    ("Bibliotek",
     "Risk att medieinköp görs utanför det upphandlade avtalet.", 8,
     "Stickprov på 40 fakturor för medieinköp till folk- och skolbiblioteken.",
     "Ja",
     "Alla inköp var gjorda hos den upphandlade leverantören."),
    ("Informationssäkerhet",
     "Risk att personal som har slutat behåller sin behörighet till lärplattformen och "
     "elevernas personuppgifter.", 12,
     "Avstämning av behörighetsadministrationen i lärplattformen mot personalsystemets "
     "avslutade anställningar.",
     "Delvis",
     "Nio av 63 avslutade anställningar hade kvar sin behörighet. Behörigheterna togs bort "
     "i december och avslutet sker nu automatiskt."),
    ("Skolmåltider",
     "Risk att elever med livsmedelsöverkänslighet får fel kost därför att "
     "specialkostbeställningarna inte når köken.", 8,
     "Kontroll av specialkostlistorna i tre tillagningskök mot de beställningar som "
     "skolsköterskorna har registrerat.",
     "Delvis",
     "Listorna stämde i två kök. I det tredje saknades fyra beställningar; rutinen för "
     "överlämning har ändrats."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [2.6, 4.0, 1.5, 3.6, 1.4, 2.9]  # 16.0 cm


def skn2024():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.5, 2.5)
    rows, records = [], []
    for i, (proc, risk, rv, ctrl, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(rv), align="center"), C(ctrl),
                         C(fp, align="center"), C(kom)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=kom))
    assert all(rv >= 8 for _p, _r, rv, *_ in RISKS)  # every risk in the plan is critical
    blocks = [
        P(TITLE, "Title"),
        P("Skol- och kulturnämnden, helår 2024", "Subtitle"),
        P("Inledning", "H1"),
        P("Nämnden ansvarar enligt kommunallagen för att den interna kontrollen inom "
          "förskola, grundskola, kulturskola och bibliotek är tillräcklig. "
          "Internkontrollplanen för 2024 antogs av nämnden den 13 december 2023. Denna "
          "rapport redovisar hur kontrollerna har genomförts under året och vad de har visat."),
        P("Riskanalys", "H1"),
        P("Förvaltningens ledningsgrupp har bedömt sannolikhet och konsekvens för varje risk "
          "på en skala från 1 till 4. Riskvärdet är produkten av de två, och en risk med ett "
          "riskvärde på 8 eller högre bedöms som kritisk. Av de 21 risker som inventerats "
          "bedöms sju vara kritiska. Varje kritisk risk har ett kontrollmoment i planen; de "
          "övriga riskerna hanteras i verksamheternas ordinarie uppföljning."),
        P("Resultat av kontrollerna", "H1"),
        P("Tabellen visar för varje kritisk risk vilket kontrollmoment som har genomförts, om "
          "kontrollen har följt planen och vad den visade."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #B4C6E7",
             header_fill=None, size=9.0, font="Carlito", pad=0.19, pad_v=0.04),
        P("Samlad bedömning", "H1"),
        P("Tre kontroller visar att rutinerna fungerar och tre visar brister som delvis har "
          "åtgärdats under året. Kontrollen av kulturskolans beslut om avgiftsbefrielse visar "
          "att rutinen inte har följts; den granskas på nytt i planen för 2025, liksom "
          "behörigheterna i lärplattformen."),
        P("Förslag till beslut", "H1"),
        P("Skol- och kulturnämnden godkänner uppföljningen av internkontrollplanen för 2024."),
    ]
    return ReportDoc(
        name="skn2024_grid_table_light_plain",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#2F5496",
        footer="Skol- och kulturnämnden · Uppföljning av internkontrollplan 2024 · "
               "Sida {page} av {pages}", footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=21, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
