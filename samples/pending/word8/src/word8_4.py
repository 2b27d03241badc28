"""Word report 4: Hållbarhetsnämnden, helårsuppföljning 2024. One quirk: a date column
"Genomförd datum" (ISO dates, when each control was carried out) between the control and the
answer. DejaVu Sans 9.5 pt prose, headings #7030A0, the risk table with horizontal rules
only (0.75 pt #7030A0, a heavier rule under the header), Liberation Sans Narrow 9 pt,
seven columns, seven risks."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Hållbarhetsnämnden"
TITLE = "Hållbarhetsnämndens uppföljning av internkontrollplan 2024 – helår"

# (process, risk, riskvärde, kontrollmoment, genomförd datum, följer plan, iakttagelser)
RISKS = [
    ("Klimatinvesteringar",
     "Risk att statligt stöd ur Klimatklivet rekvireras utan att åtgärden slutförts enligt "
     "beslutet.", 12,
     "Genomgång av slutredovisningar och underlag för de fyra projekt som rekvirerat stöd "
     "under året.",
     "2024-10-18", "Ja",
     "Alla fyra projekt var slutförda och redovisade enligt beslut."),
    ("Upphandling",
     "Risk att miljökrav i upphandlingar inte följs upp under avtalstiden.", 9,
     "Kontroll av uppföljningsprotokoll för miljökrav i sex avtal om transporter och "
     "livsmedel.",
     "2024-05-22", "Delvis",
     "Uppföljning var dokumenterad för fyra av sex avtal. För två transportavtal saknades "
     "uppföljning av fordonskraven."),
    ("Projektredovisning",
     "Risk att kostnader i EU-finansierade projekt redovisas utan verifierande underlag.",
     12,
     "Stickprov på 40 kostnadsposter i lägesrapporterna till Tillväxtverket.",
     "2024-09-05", "Nej",
     "Underlag saknades för sju poster om sammanlagt 63 400 kronor. Posterna har dragits "
     "tillbaka ur rapporten och rutinen har ändrats."),
    ("Bidrag",
     "Risk att bidrag till lokala miljöorganisationer beviljas utan jävsprövning.", 8,
     "Granskning av samtliga elva bidragsbeslut och protokollförda jävsanmälningar.",
     "2024-03-14", "Ja",
     "Ingen jävssituation förelåg och besluten var fattade i rätt ordning."),
    ("Delegation",
     "Risk att yttranden i remissärenden lämnas av tjänsteperson utan delegation.", 8,
     "Jämförelse av avgivna yttranden i diariet med delegeringsordningen.",
     "2024-06-11", "Ja",
     "Samtliga 22 yttranden var avgivna med stöd av delegation eller beslut i nämnden."),
    ("Dataskydd",
     "Risk att personuppgifter i medborgardialoger behandlas utan rättslig grund eller "
     "information till deltagarna.", 9,
     "Kontroll av registerförteckning och informationstexter för tre dialogprojekt.",
     "2024-11-27", "Delvis",
     "Informationstext saknades i ett av tre projekt. Texten har lagts till i enkäten."),
    ("Miljöledning",
     "Risk att avvikelser i miljöledningssystemet inte åtgärdas inom angiven tid.", 9,
     "Uttag ur avvikelseregistret och kontroll av åtgärdsdatum.",
     "2024-12-04", "Ja",
     "Samtliga 15 avvikelser var åtgärdade i tid."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Genomförd datum", "Följer plan",
        "Iakttagelser"]
WIDTHS = [2.3, 3.7, 1.4, 3.6, 1.8, 1.35, 3.85]  # 18.0 cm


def hbn2024():
    page = Page(21.0, 29.7, 2.5, 2.2, 1.5, 1.5)
    rows, records = [], []
    for i, (proc, risk, rv, ctrl, datum, fp, iakt) in enumerate(RISKS, 1):
        rows.append((i, [C(proc, bold=True), C(risk), C(str(rv), align="center"), C(ctrl),
                         C(datum), C(fp), C(iakt)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=iakt, extra={"Genomförd datum": datum}))
    assert all(r[2] >= 8 for r in RISKS)
    blocks = [
        P(TITLE, "Title"),
        P("Dnr HBN 2025/0012 · Samhällsbyggnadsförvaltningen", "Subtitle"),
        P("Bakgrund", "H1"),
        P("Internkontrollplanen för 2024 antogs av Hållbarhetsnämnden den 7 december 2023. "
          "Planen bygger på en riskanalys där förvaltningens chefer har bedömt sannolikhet och "
          "konsekvens för varje risk på en fyrgradig skala."),
        P("Av de 16 risker som inventerades bedömdes 7 vara kritiska, det vill säga ha ett "
          "riskvärde på 8 eller mer. Dessa har följts upp med kontrollmoment under året. "
          "Kolumnen Genomförd datum anger när kontrollen slutfördes."),
        P("Resultat", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.75pt solid #7030A0",
             rules="horizontal", head_rule="1.5pt solid #7030A0", header_fill=None,
             size=9.0, font="Liberation Sans Narrow", pad=0.12, pad_v=0.05),
        P("Bedömning", "H1"),
        P("Fyra av sju kontroller gav inga anmärkningar. Två visar delvis brister och "
          "kontrollen av projektredovisningen visar att rutinen inte har följts. Kontrollen av "
          "projektredovisning och uppföljningen av miljökrav i avtal tas med i planen för "
          "2025."),
        P("Förslag till beslut", "H1"),
        P("Hållbarhetsnämnden godkänner uppföljningen av internkontrollplanen för 2024 och "
          "överlämnar den till kommunstyrelsen."),
    ]
    return ReportDoc(
        name="hbn2024_genomford_datum_column",
        blocks=blocks, page=page, font="DejaVu Sans", body_size=9.5,
        heading_color="#7030A0",
        footer="Hållbarhetsnämnden, helår 2024 – {page} ({pages})", footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=16, risks_critical=7,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "risk_value", "controls", None, "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
