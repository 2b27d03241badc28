"""Word report 2: Miljö- och stadsbyggnadsnämnden, helår 2024. A landscape table in Word's
"Grid Table 4 - Accent 4" look (white on gold header, banded rows) set in Arial Narrow
(Liberation Sans Narrow): a column per quarter under the group header "Utfall per kvartal"
(quarters without a planned control left empty and shaded grey), a total row at the foot
("Genomförda av planerade kontroller": "4 av 5" ...), counts as number words."""

from holdout_model import P, Page
from word_report import COV, NARROW, C, Grid, ReportDoc, rec

ORGAN = "Miljö- och stadsbyggnadsnämnden"
TITLE = "Internkontroll 2024 – helårsuppföljning"
NOT_PLANNED = "#D9D9D9"

# process, risk, riskvärde, controls, (Kv 1 .. Kv 4; None: no control planned), Följer plan,
# comment
RISKS = [
    ("Bygglov", "Risk att bygglov inte beslutas inom den lagstadgade handläggningstiden på "
     "tio veckor, så att avgiften ska reduceras.", 12,
     "Uppföljning av handläggningstiden för samtliga beslut i ärendesystemet.",
     ("Utförd, 3 avvikelser", "Utförd, 1 avvikelse", "Utförd", "Utförd"), "Ja",
     "Avgiften reducerades i fyra ärenden, sammanlagt 38 600 kronor. Handläggningstiden "
     "har förbättrats sedan ärendena omfördelades i maj."),
    ("Tillsyn enligt miljöbalken", "Risk att tillsynsplanen inte följs och att "
     "avgiftsfinansierad tillsyn uteblir.", 9,
     "Avstämning av utförda tillsynsbesök mot tillsynsplanen.",
     (None, "Utförd", None, "Utförd, 2 avvikelser"), "Delvis",
     "86 procent av de planerade besöken gjordes. De 22 återstående besöken flyttas till "
     "första kvartalet 2025."),
    ("Livsmedelskontroll", "Risk att årsavgifter för livsmedelsanläggningar inte debiteras "
     "efter ändrad riskklassning.", 8,
     "Jämförelse mellan anläggningsregistret och debiterade årsavgifter.",
     ("Utförd", None, None, "Utförd"), "Ja", "Inga avvikelser."),
    ("Strandskydd", "Risk att dispenser från strandskyddet beslutas utan att särskilda skäl "
     "anges.", 8, "Stickprov på fem beslut per kvartal.",
     ("Utförd", "Utförd", "Ej utförd", "Utförd"), "Delvis",
     "Kontrollen för tredje kvartalet gjordes inte på grund av vakans. I övriga stickprov "
     "var de särskilda skälen angivna."),
    ("Bostadsanpassning", "Risk att bidrag betalas ut utan att åtgärden är "
     "slutbesiktigad.", 9,
     "Genomgång av utbetalningar över 50 000 kronor mot besiktningsprotokollen.",
     (None, "Utförd", None, "Utförd, 1 avvikelse"), "Ja",
     "En utbetalning saknade protokoll; besiktningen gjordes i efterhand utan anmärkning."),
    ("Delegation", "Risk att delegationsbeslut inte anmäls till nämnden.", 8,
     "Jämförelse mellan beslut i ärendesystemet och delegationslistorna till nämndens "
     "sammanträden.",
     ("Utförd", "Utförd", "Utförd", "Utförd"), "Ja", "Samtliga beslut var anmälda."),
    ("Dataskydd", "Risk att personuppgifter i bygglovshandlingar publiceras på kommunens "
     "webbplats.", 12, "Granskning av publicerade kungörelser och anslag.",
     ("Ej utförd", "Ej utförd", "Utförd, 2 avvikelser", "Ej utförd"), "Nej",
     "Granskningen kom i gång först i augusti, när den nya publiceringsrutinen var klar. "
     "Två kungörelser innehöll personnummer; de har avpublicerats och incidenterna är "
     "anmälda till dataskyddsombudet."),
    ("Arkiv och diarieföring", "Risk att inkomna handlingar i tillsynsärenden inte "
     "diarieförs.", 8, "Stickprov på 20 ärenden per halvår.",
     (None, "Utförd", None, "Utförd"), "Ja", "Alla handlingar i stickproven var "
     "diarieförda."),
]

QUARTERS = ["Kv 1", "Kv 2", "Kv 3", "Kv 4"]
WIDTHS = [2.6, 4.6, 1.5, 4.2, 1.9, 1.9, 1.9, 1.9, 1.5, 4.1]  # 26.1 cm


def totals() -> list:
    """The foot row: per quarter "done of planned"."""
    out = []
    for q in range(4):
        planned = [r[4][q] for r in RISKS if r[4][q] is not None]
        done = [v for v in planned if v.startswith("Utförd")]
        out.append(f"{len(done)} av {len(planned)}")
    return out


def mstn2024():
    page = Page(29.7, 21.0, 1.5, 1.5, 1.8, 1.8)
    rows, records = [], []
    for i, (proc, risk, value, ctrl, quarters, fp, comment) in enumerate(RISKS, 1):
        qcells = [C(q, fill=None if q else NOT_PLANNED) for q in quarters]
        rows.append((i, [C(proc), C(risk), C(str(value), align="center"), C(ctrl), *qcells,
                         C(fp), C(comment)]))
        records.append(rec(process=proc, risk=risk, risk_value=value, controls=ctrl,
                           follows_plan=fp, comment=comment,
                           extra={h: q for h, q in zip(QUARTERS, quarters, strict=True) if q}))
    rows.append((None, [C("Genomförda av planerade kontroller", cols=4, bold=True), COV, COV,
                        COV, *[C(t, bold=True) for t in totals()], C("", cols=2), COV]))
    head = [
        [C("Process", rows=2), C("Risk", rows=2), C("Riskvärde", rows=2),
         C("Kontrollmoment", rows=2), C("Utfall per kvartal", cols=4, align="center"),
         COV, COV, COV, C("Följer plan", rows=2), C("Kommentar", rows=2)],
        [COV, COV, COV, COV, *[C(q) for q in QUARTERS], COV, COV],
    ]
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Uppföljning av 2024 års internkontrollplan · Dnr MSN 2025/0057", "Subtitle"),
        P("Sammanfattning", "H1"),
        P("Nämnden antog internkontrollplanen för 2024 i december 2023. Kontrollerna har "
          "gjorts kvartalsvis eller halvårsvis enligt planen, och resultatet redovisas här "
          "för hela året. Av de tjugo risker som nämnden identifierade i riskanalysen bedöms "
          "åtta som kritiska, med ett riskvärde på 8 eller högre. Alla åtta följs upp i "
          "tabellen nedan; för varje kvartal anges om kontrollen har utförts och hur många "
          "avvikelser den visade. Grå rutor betyder att ingen kontroll var planerad det "
          "kvartalet."),
        P("Fem av åtta kontroller följer planen. Två har utförts delvis och en kom i gång "
          "för sent. Den sista raden visar hur många av de planerade kontrollerna som "
          "genomfördes varje kvartal."),
        P("Tabell 1. Kritiska risker, kontroller och utfall per kvartal 2024", "Caption"),
        Grid("Tabell 1", WIDTHS, head, rows, rule="0.5pt solid #FFD966",
             header_fill="#FFC000", header_color="#FFFFFF", zebra="#FFF2CC", size=9.0,
             font=NARROW, pad=0.15, header_valign="bottom"),
        P("Bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Publiceringen av handlingar med personuppgifter är den största bristen och "
          "kontrolleras varje månad under 2025."),
    ]
    return ReportDoc(
        name="mstn2024_quarter_columns_total_row",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#7F6000", footer_align="center",
        footer="Miljö- och stadsbyggnadsnämnden – Internkontroll 2024 – Sida {page} ({pages})",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=20, risks_critical=8,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 *[{"header": q, "field": None} for q in QUARTERS],
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"}],
        records=records, grids=("Tabell 1",),
    )
