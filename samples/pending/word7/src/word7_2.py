"""Word report 2: Räddnings- och beredskapsnämnden, uppföljning per 31 augusti 2025.
Arial-like (Liberation Sans) prose and table, numbered headings "1." ..., the nämnd on a
small line above the title. Quirks: **a "Riskområde" column instead of Process**, and the
counts stated as **"Av 30 identifierade risker bedöms 9 som väsentliga"**. The risk table
has **a dark header row** (#1F3864, white bold text) over rules of 0.5 pt #8496B0."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Räddnings- och beredskapsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 per den 31 augusti"

# (riskområde, risk, riskvärde, kontroll, kontrollansvarig, följer plan, kommentar)
RISKS = [
    ("Tillsyn",
     "Risk att tillsyn enligt lagen om skydd mot olyckor inte genomförs enligt den "
     "fastställda tillsynsplanen.", 16,
     "Avstämning av genomförda tillsynsbesök mot tillsynsplanen för perioden.",
     "Enhetschef förebyggande",
     "Delvis",
     "62 av 78 planerade tillsyner har genomförts. Eftersläpningen beror på vakanser och "
     "tas igen under hösten."),
    ("Tillstånd",
     "Risk att tillstånd för hantering av brandfarliga och explosiva varor beviljas utan "
     "fullständigt underlag.", 12,
     "Granskning av tio beviljade tillståndsärenden.",
     "Enhetschef förebyggande",
     "Ja",
     "Underlagen var fullständiga i samtliga granskade ärenden."),
    ("Insatsberedskap",
     "Risk att minimibemanningen på deltidsstationerna inte upprätthålls under "
     "semesterperioden.", 20,
     "Genomgång av bemanningslistor för juni–augusti för samtliga fyra deltidsstationer.",
     "Stabschef",
     "Nej",
     "Vid 17 tillfällen understegs minimibemanningen på en station. Grannkommunens "
     "räddningstjänst har täckt upp enligt avtal."),
    ("Fordon och materiel",
     "Risk att andningsskydd inte kontrolleras och servas enligt tillverkarens "
     "anvisningar.", 15,
     "Kontroll av servicejournaler för samtliga andningsskydd.",
     "Verkstadsansvarig",
     "Ja",
     "Alla andningsskydd var kontrollerade inom föreskrivet intervall."),
    ("Upphandling",
     "Risk att inköp av skyddsutrustning görs utanför ramavtal.", 12,
     "Stickprov på 25 inköp av skyddsutrustning och jämförelse med ramavtalen.",
     "Controller",
     "Delvis",
     "Tre inköp på sammanlagt 48 700 kronor gjordes utanför avtal. Beställarna har "
     "informerats om avtalstroheten."),
    ("Ekonomi",
     "Risk att externa uppdrag, till exempel automatlarm och utbildningar, inte "
     "faktureras.", 10,
     "Jämförelse av registrerade larm och genomförda utbildningar med utställda fakturor.",
     "Controller",
     "Ja",
     "Samtliga onödiga automatlarm och utbildningar hade fakturerats."),
    ("Krisberedskap",
     "Risk att kommunens krisledningsplan inte är uppdaterad och att kontaktuppgifter är "
     "inaktuella.", 12,
     "Genomgång av krisledningsplanen och provuppringning av nyckelfunktioner.",
     "Beredskapssamordnare",
     "Ja",
     "Planen reviderades i maj. Provuppringningen nådde samtliga 24 nyckelfunktioner."),
    ("Personal",
     "Risk att brandmän i utryckningstjänst saknar godkänt fystest eller giltig "
     "medicinsk kontroll.", 15,
     "Kontroll av registret över fystester och medicinska kontroller.",
     "HR-partner",
     "Delvis",
     "Fem av 112 anställda saknade godkänt fystest. De har tagits ur utryckningstjänst "
     "tills testet är godkänt."),
    ("Informationssäkerhet",
     "Risk att obehöriga får tillgång till ledningssystemet och insatsrapporter med "
     "personuppgifter.", 10,
     "Granskning av behörighetslistan för ledningssystemet mot aktuella anställningar.",
     "Systemförvaltare",
     "Ja",
     "Behörigheterna stämde med anställningarna. Inga avvikelser."),
]

HEAD = ["Riskområde", "Risk", "Riskvärde", "Kontroll", "Kontrollansvarig", "Följer plan",
        "Kommentar"]
WIDTHS = [2.3, 3.9, 1.5, 3.4, 2.2, 1.3, 3.6]  # 18.2 cm


def rbn2025():
    page = Page(21.0, 29.7, 1.8, 1.7, 1.4, 1.4)
    rows, records = [], []
    for i, (area, risk, rv, ctrl, who, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(area), C(risk), C(str(rv), align="center"), C(ctrl), C(who),
                         C(fp), C(kom)]))
        records.append(rec(process=area, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=kom, extra={"Kontrollansvarig": who}))
    blocks = [
        P(ORGAN, "Logo"),
        P(TITLE, "Title"),
        P("Delårsuppföljning 2025 · Dnr RBN 2025/0219", "Subtitle"),
        P("1. Inledning och riskbedömning", "H1"),
        P("Räddnings- och beredskapsnämnden följer varje år upp sin internkontrollplan två "
          "gånger: per den 31 augusti tillsammans med delårsrapporten och vid årets slut. "
          "Denna rapport avser perioden januari–augusti 2025. Riskerna har bedömts av förvaltningens ledningsgrupp utifrån sannolikhet och "
          "konsekvens på en femgradig skala, och riskvärdet är produkten av de två (1–25). "
          "Av 30 identifierade risker bedöms 9 som väsentliga, det vill säga har ett "
          "riskvärde på 10 eller högre. De väsentliga riskerna har förts in i "
          "internkontrollplanen med var sin kontroll och en kontrollansvarig."),
        P("2. Uppföljning per riskområde", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #8496B0",
             header_fill="#1F3864", header_color="#FFFFFF", size=8.0,
             font="Liberation Sans", pad=0.12, pad_v=0.04),
        P("3. Sammanfattande bedömning", "H1"),
        P("Fem kontroller visar att rutinerna följs, tre visar delvis brister och en visar "
          "att planen inte har följts. Den allvarligaste avvikelsen gäller "
          "minimibemanningen på deltidsstationerna under sommaren. Förvaltningen tar fram "
          "en åtgärdsplan för rekrytering av deltidsbrandmän som redovisas för nämnden i "
          "november."),
        P("4. Förslag till beslut", "H1"),
        P("Nämnden godkänner uppföljningen av internkontrollplanen per den 31 augusti "
          "2025."),
    ]
    return ReportDoc(
        name="rbn2025_riskomrade_column_dark_header",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#1F3864", logo_color="#C00000",
        footer="Sida {page} av {pages}", footer_align="center",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=30, risks_critical=9,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "risk_value", "controls", None, "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
