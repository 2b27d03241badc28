"""Word report 3: Samhällsskyddsnämnden (räddningstjänst), uppföljning av internkontrollplan per
augusti 2025, a bilaga to the delårsbokslut. DejaVu Sans 9.5 pt prose (Verdana-like), headings
#C00000, narrow side margins (1.3 cm), the risk table in Word's "Grid Table 4 – Accent 3" look
(grey header #A5A5A5 with white bold text, rules #C9C9C9, banded rows #EDEDED), Liberation
Sans 8 pt, seven columns with "Ansvarig".
Quirk: **sub-risks a) and b) in one row**: the row "Tillsyn" holds two labelled risks in one
Risk cell ("a) Risk att ..." / "b) Risk att ...", one paragraph each) and two labelled
controls in its Kontrollmoment cell; Riskvärde, Ansvarig, Följer plan and Kommentar are one
cell for both. Seven rows, eight risks. Metadata: "per augusti" in the title and
"delårsbokslut" in the subtitle; the counts in number words ("tjugotvå risker har
inventerats ... Åtta av dessa bedöms vara kritiska"), **last year's counts in a footnote**
("19 risker ... varav sex") that must not win."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Samhällsskyddsnämnden"
TITLE = "Uppföljning av internkontrollplan per augusti 2025"

# (process, risk or [(label, risk)], riskvärde, kontrollmoment or [(label, control)],
#  ansvarig, följer plan, kommentar)
RISKS = [
    ("Tillsyn",
     [("a", "Risk att planerad tillsyn enligt lagen om skydd mot olyckor inte genomförs "
            "enligt tillsynsplanen."),
      ("b", "Risk att ansökningar om tillstånd enligt lagen om brandfarliga och explosiva "
            "varor inte handläggs inom den lagstadgade tiden.")],
     9,
     [("a", "Jämförelse av genomförda tillsynsbesök i verksamhetssystemet med "
            "tillsynsplanen för januari–augusti."),
      ("b", "Genomgång av handläggningstiden för samtliga 14 tillståndsärenden som "
            "avslutats under perioden.")],
     "Enhetschef förebyggande", "Delvis",
     "Tillsynen enligt LSO låg på 88 procent av planen för perioden. Två av 14 "
     "tillståndsärenden överskred handläggningstiden med några veckor."),
    ("Insatsberedskap",
     "Risk att minimistyrkan på deltidsstationerna inte upprätthålls under "
     "semesterperioden.", 12,
     "Kontroll av bemanningsschemat mot fastställd minimistyrka för juni–augusti.",
     "Stf räddningschef", "Delvis",
     "Minimistyrkan upprätthölls utom under fyra pass i juli, då grannstationen täckte "
     "upp. Rekryteringen av deltidsbrandmän fortsätter."),
    ("Sotning och brandskyddskontroll",
     "Risk att brandskyddskontroller inte utförs inom de frister som nämnden har "
     "fastställt.", 8,
     "Stickprov på 50 objekt i sotningsregistret: datum för senaste brandskyddskontroll.",
     "Sotningsansvarig", "Ja",
     "Alla kontrollerade objekt låg inom fristen."),
    ("Utbildning och övning",
     "Risk att rökdykare saknar föreskriven övningstid och därmed inte får delta i "
     "rökdykarinsatser.", 12,
     "Avstämning av övningsregistret för samtliga 46 rökdykare mot kravet på övningstid.",
     "Utbildningsansvarig", "Ja",
     "Alla rökdykare hade fullgjort sin övningstid. Registreringen sker nu direkt efter "
     "varje övning."),
    ("Fordon och materiel",
     "Risk att andningsskydd och gasskyddsutrustning används utan att ha kontrollerats "
     "enligt tillverkarens anvisningar.", 8,
     "Kontroll av servicejournalerna för andningsskydden på tre stationer.",
     "Materielansvarig", "Nej",
     "På en station saknades dokumenterad kontroll för sex apparater. De togs ur bruk "
     "tills de hade kontrollerats."),
    ("Avgifter",
     "Risk att avgifter för onödiga automatlarm inte faktureras.", 9,
     "Jämförelse av larmloggen för automatlarm med utställda fakturor.",
     "Ekonom", "Ja",
     "Samtliga 37 avgiftsgrundande larm var fakturerade."),
    ("Informationshantering",
     "Risk att insatsrapporter inte upprättas och diarieförs inom föreskriven tid.", 8,
     "Genomgång av insatsrapporter för 30 slumpvis valda insatser under perioden.",
     "Registrator", "Delvis",
     "26 rapporter var upprättade inom tid. Fyra hade registrerats först efter påminnelse."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer plan",
        "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.2, 4.2, 1.4, 3.9, 2.1, 1.3, 3.3]  # 18.4 cm


def cell_text(value):
    """A cell's paragraphs: a labelled list becomes one paragraph per label ("a) ...")."""
    if isinstance(value, list):
        return [f"{label}) {text}" for label, text in value]
    return value


def ssn2025():
    page = Page(21.0, 29.7, 1.9, 1.7, 1.3, 1.3)
    rows, records = [], []
    for proc, risk, rv, ctrl, ansv, fp, kom in RISKS:
        first = len(records) + 1
        if isinstance(risk, list):  # sub-risks: one record each, the unlabelled cells copied
            controls = dict(ctrl)
            for label, text in risk:
                records.append(rec(process=proc, label=label, risk=text, risk_value=rv,
                                   controls=controls[label], follows_plan=fp, comment=kom,
                                   extra={"Ansvarig": ansv}))
        else:
            records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                               follows_plan=fp, comment=kom, extra={"Ansvarig": ansv}))
        # the row names every record it holds (a tuple for the sub-risks)
        owner = tuple(range(first, len(records) + 1)) if isinstance(risk, list) else first
        rows.append((owner, [C(proc), C(cell_text(risk)), C(str(rv), align="center"),
                             C(cell_text(ctrl)), C(ansv), C(fp, align="center"), C(kom)]))
    assert all(r["risk_value"] >= 8 for r in records)  # every risk in the plan is critical
    blocks = [
        P("Räddningstjänsten Västerbotorp", "Logo"),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Bilaga till delårsbokslut 2025 · Dnr SSN 2025/0142", "Subtitle"),
        P("Bakgrund", "H1"),
        P("Samhällsskyddsnämnden ansvarar för räddningstjänsten och för det förebyggande "
          "arbetet enligt lagen om skydd mot olyckor och lagen om brandfarliga och "
          "explosiva varor. Nämnden antog internkontrollplanen för 2025 den 22 januari 2025. "
          "Uppföljningen redovisas två gånger om året, i delårsbokslutet och i "
          "årsredovisningen."),
        P("Riskanalys", "H1"),
        P("Inför 2025 har tjugotvå risker inventerats i nämndens riskanalys.^[Vid "
          "delårsbokslutet 2024 hade 19 risker inventerats, varav sex bedömdes som "
          "kritiska.] Åtta av dessa bedöms vara kritiska, det vill säga att de har ett "
          "riskvärde på 8 eller högre när sannolikhet och konsekvens bedöms på en skala "
          "från 1 till 4. Samtliga kritiska risker har ett kontrollmoment i planen."),
        P("Tillsynens två delrisker, a) och b), redovisas i samma rad i tabellen."),
        P("Resultat per den 31 augusti 2025", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #C9C9C9",
             header_fill="#A5A5A5", header_color="#FFFFFF", zebra="#EDEDED", size=8.0,
             font="Liberation Sans", pad=0.12, pad_v=0.04),
        P("Bedömning", "H1"),
        P("Kontrollerna av sotningsregistret, rökdykarnas övningstid och avgifterna för "
          "automatlarm visar att rutinerna fungerar. Tillsynen, insatsberedskapen och "
          "insatsrapporterna visar brister som delvis har åtgärdats. Kontrollen av "
          "andningsskydden visar att rutinen inte har följts på en station; den följs upp "
          "särskilt i årsredovisningen."),
        P("Förslag till beslut", "H1"),
        P("Samhällsskyddsnämnden godkänner uppföljningen av internkontrollplanen per augusti "
          "2025 och lägger den till handlingarna."),
    ]
    return ReportDoc(
        name="ssn2025_subrisks_one_row_footnote_counts",
        blocks=blocks, page=page, font="DejaVu Sans", body_size=9.5,
        heading_color="#C00000", logo_color="#C00000",
        footer="Samhällsskyddsnämnden – delårsbokslut 2025 – {page} ({pages})",
        footer_align="left",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=22, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
