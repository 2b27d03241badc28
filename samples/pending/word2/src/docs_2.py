"""Word report 2: Service- och tekniknämnden, delår 2024. Each risk takes three table rows:
Process | Risk | Riskvärde | Ansvarig, then a row merged across the columns right of the
process cell holding "Kontrollmoment: ...", then one holding "Resultat: ... Följer plan: Ja"
(labelled text inside merged cells); the process cell spans the risk's three rows."""

from holdout_model import P, Page
from word_report import COV, C, SimpleGrid, ReportDoc, rec

ORGAN = "Service- och tekniknämnden"
TITLE = "Delårsuppföljning av intern kontroll 2024"

# process, risk, riskvärde, ansvarig, kontrollmoment, resultat, följer plan
RISKS = [
    ("Fordonsförvaltning", "Risk att kommunens fordon används för privata resor, eftersom "
     "körjournaler inte förs eller inte granskas.", 9, "Fordonssamordnare",
     "Stickprov på körjournaler för tio fordon under mars och juni, jämförda med "
     "GPS-data från fordonssystemet.",
     "Körjournalerna var kompletta för åtta fordon. För två fordon saknades anteckningar "
     "om sammanlagt 14 resor; förarna har fått påminnelse om rutinen.", "Delvis"),
    ("Drivmedelskort", "Risk att drivmedelskort används för tankning av andra fordon än "
     "kommunens.", 8, "Ekonomichef",
     "Avstämning av tankade volymer mot fordonens tankvolym och körsträcka.",
     "Inga tankningar översteg tankvolymen. Kontrollen visade inga avvikelser.", "Ja"),
    ("Lokalvård", "Risk att entreprenören inte utför städning enligt avtalad frekvens i "
     "skolor och förskolor.", 9, "Lokalvårdschef",
     "Oanmälda kvalitetsronder på sex enheter och jämförelse med entreprenörens "
     "städprotokoll.",
     "Fyra av sex enheter uppfyllde avtalet. Avvikelserna har reklamerats och "
     "entreprenören har lämnat en åtgärdsplan.", "Ja"),
    ("Måltidsservice", "Risk att livsmedel köps från leverantörer utanför "
     "ramavtalen.", 8, "Kostchef",
     "Genomgång av leverantörsfakturor för livsmedel under första tertialet.",
     "Kontrollen har inte genomförts eftersom ekonomisystemet byttes i april. Den görs "
     "under hösten.", "Nej"),
    ("Attest", "Risk att fakturor attesteras av samma person som har beställt varan eller "
     "tjänsten.", 8, "Förvaltningsekonom",
     "Systemkontroll av attestflödet och stickprov på 30 fakturor över 50 000 kronor.",
     "Samtliga 30 fakturor hade attesterats av en annan person än beställaren.", "Ja"),
    ("Informationssäkerhet", "Risk att behörigheter i fastighetssystemet inte tas bort när "
     "anställda slutar.", 12, "Systemförvaltare",
     "Jämförelse mellan aktiva konton i fastighetssystemet och personalsystemets lista "
     "över avslutade anställningar.",
     "Sju konton tillhörde personer som hade slutat. Kontona har stängts och rutinen vid "
     "avslut har kompletterats.", "Delvis"),
    ("Arbetsmiljö", "Risk att skyddsronder i verkstäderna inte genomförs och att brister "
     "inte åtgärdas.", 8, "Driftchef",
     "Kontroll av att skyddsronder är dokumenterade och att åtgärdslistor följs upp.",
     "Skyddsronder har genomförts i alla tre verkstäderna och åtgärderna är "
     "bockade av.", "Ja"),
]

HEAD = ["Process", "Risk", "Riskvärde", "Ansvarig"]
WIDTHS = [2.7, 7.6, 1.7, 2.6]  # 14.6 cm


def stn2024():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.6, 2.6)
    rows, records = [], []
    for i, (proc, risk, value, resp, ctrl, res, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc, rows=3), C(risk), C(str(value), align="center"), C(resp)]))
        rows.append((i, [COV, C(f"**Kontrollmoment:** {ctrl}", cols=3), COV, COV]))
        rows.append((i, [COV, C(f"**Resultat:** {res} **Följer plan:** {fp}", cols=3),
                         COV, COV]))
        records.append(rec(process=proc, risk=risk, risk_value=value, controls=ctrl,
                           comment=res, follows_plan=fp))
        records[-1]["extra"] = {"Ansvarig": resp}
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Januari–augusti 2024", "Subtitle"),
        P("Inledning", "H1"),
        P("Nämnden fastställde internkontrollplanen för 2024 den 14 december 2023. "
          "Riskanalysen omfattade 17 risker, varav sju bedömdes som kritiska och fördes "
          "in i planen. Här redovisas hur kontrollerna har genomförts fram till och med "
          "augusti."),
        P("För varje risk anges i tabellen process, risk, riskvärde och ansvarig. Under "
          "varje risk står kontrollmomentet och resultatet av kontrollen, med en "
          "bedömning av om kontrollen har genomförts enligt planen."),
        P("Resultat", "H1"),
        SimpleGrid("Kontroller", WIDTHS, HEAD, rows, rule="0.5pt solid #7F7F7F",
             header_fill="#FBE4D5", size=9.0, font="Liberation Sans", pad=0.19,
             zebra=None),
        P("Sammanfattande bedömning", "H1"),
        P("Fyra av sju kontroller följer planen. Två har genomförts delvis och en har "
          "skjutits upp till hösten. Förvaltningen bedömer att den interna kontrollen är "
          "tillräcklig, men rutinen för behörigheter behöver följas upp i helårsrapporten."),
    ]
    return ReportDoc(
        name="stn2024_labelled_merged_rows",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.5,
        heading_color="#C55A11",
        footer="Service- och tekniknämnden · Delårsuppföljning 2024 · Sida {page} av {pages}",
        organ=ORGAN, year=2024, period="delår", title=TITLE,
        risks_inventoried=17, risks_critical=7,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Ansvarig", "field": None},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Kontroller",),
    )
