"""Word report 3: Bildnings- och kulturnämnden, uppföljning av internkontrollplan 2025,
tertial 1. A **title page** (municipality line, nämnd, title, subtitle, diary number and date)
before the report, numbered headings, Carlito 10.5 pt prose, the risk table in Word's
**"Grid Table 4 – Accent 1"** (blue header, banded rows), Carlito 8.5 pt, header repeated.
Quirk: the table **runs onto the next page with only its last row** (risks 1–8 on page 2,
risk 9 alone under the repeated header on page 3). The counts are **in number words**."""

from holdout_model import P, Page
from tagged_writer import Spacer
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Bildnings- och kulturnämnden"
TITLE = "Uppföljning av internkontrollplan 2025\n– tertial 1"  # a manual line break before the dash

# (process, risk, S, K, kontrollmoment, resultat, följer plan)
RISKS = [
    ("Skolskjuts",
     "Risk att skolskjuts beviljas elever som inte uppfyller kriterierna i nämndens "
     "riktlinjer.", 3, 3,
     "Stickprov på 30 beslut om skolskjuts för läsåret 2024/25.",
     "28 beslut följde riktlinjerna. Två elever hade beviljats skolskjuts trots kortare "
     "avstånd än fyra kilometer; besluten omprövas.", "Delvis"),
    ("Elevhälsa",
     "Risk att elevhälsans journaler inte förs enligt patientdatalagen.", 2, 4,
     "Granskning av 15 journaler hos skolsköterskor och skolläkare.",
     "Journalerna var förda enligt rutinen. Inga avvikelser.", "Ja"),
    ("Betyg",
     "Risk att betyg registreras fel när de förs över från lärplattformen till "
     "elevregistret.", 2, 4,
     "Jämförelse av 200 betyg från höstterminen 2024 i lärplattformen och elevregistret.",
     "Samtliga 200 betyg stämde.", "Ja"),
    ("Kulturskolan",
     "Risk att avgifter för kulturskolan inte faktureras för alla inskrivna elever.", 3, 3,
     "Avstämning av elevregistret mot fakturerade avgifter för vårterminen.",
     "41 elever hade inte fakturerats, sammanlagt 32 800 kronor. Fakturorna skickades i "
     "april och registreringsrutinen har ändrats.", "Nej"),
    ("Föreningsbidrag",
     "Risk att bidrag till kulturföreningar betalas ut utan att föregående års bidrag har "
     "redovisats.", 3, 3,
     "Kontroll av samtliga 24 beviljade verksamhetsbidrag.",
     "Redovisning saknades för tre föreningar. Utbetalningen till dem har stoppats tills "
     "redovisningen kommit in.", "Delvis"),
    ("Upphandling",
     "Risk att IT-utrustning till skolorna köps in utanför gällande ramavtal.", 3, 3,
     "Stickprov på 25 fakturor för IT-utrustning under januari–mars.",
     "Alla inköp var gjorda inom ramavtalet.", "Ja"),
    ("Arbetsmiljö",
     "Risk att hot och våld mot personal inte rapporteras och följs upp.", 3, 4,
     "Genomgång av rapporterade tillbud och intervjuer med skyddsombud på tre skolor.",
     "Rapporteringen har ökat. På två av tre skolor hade händelserna inte tagits upp på "
     "arbetsplatsträffarna.", "Delvis"),
    ("Dataskydd",
     "Risk att uppgifter om elever med skyddade personuppgifter röjs.", 2, 4,
     "Kontroll av att elever med skyddade personuppgifter är markerade i elevregistret och "
     "i lärplattformen.",
     "Alla elever med skyddade personuppgifter var markerade i båda systemen.", "Ja"),
    ("Lokaler",
     "Risk att brandskyddet på skolor och i kulturhuset inte kontrolleras regelbundet.", 2,
     4,
     "Kontroll av dokumentationen från det systematiska brandskyddsarbetet på tolv "
     "enheter.",
     "Dokumentation fanns för elva enheter. Kulturhuset kompletterar sin i maj.",
     "Delvis"),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Resultat", "Följer plan"]
WIDTHS = [2.1, 3.3, 1.6, 1.6, 1.4, 3.1, 3.1, 1.3]  # 17.5 cm


def bkn2025():
    page = Page(21.0, 29.7, 2.0, 1.8, 1.75, 1.75)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, res, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(res), C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=res, follows_plan=fp))
    blocks = [
        Spacer(5.0),
        P("Sjöbacka kommun", "Logo"),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Tertialuppföljning januari–april 2025", "Subtitle"),
        Spacer(1.0),
        P("Diarienummer: BKN 2025/0117"),
        P("Datum: 2025-05-14"),
        P("Handläggare: Karin Ekdahl, controller"),
        P("1 Inledning", "H1", break_before=True),
        P("Bildnings- och kulturnämnden ska enligt kommunallagen se till att den interna "
          "kontrollen är tillräcklig. Nämnden antog internkontrollplanen för 2025 i "
          "december 2024. I denna rapport redovisas hur kontrollerna har genomförts under "
          "årets första tertial, januari–april."),
        P("2 Risker och kontroller", "H1"),
        P("Nämndens riskanalys omfattar tjugosju risker, och nio av dem bedöms som kritiska. "
          "En risk är kritisk när produkten av sannolikhet och konsekvens, bedömda på en "
          "skala från 1 till 4, är 8 eller högre. Varje kritisk risk har ett kontrollmoment "
          "i planen."),
        P("I tabell 1 redovisas för varje kritisk risk vilket kontrollmoment som har "
          "genomförts, vad kontrollen visade och om den har följt planen. Kontrollerna har "
          "utförts av förvaltningens controllers tillsammans med verksamhetscheferna."),
        P("Tabell 1. Kontrollmoment och resultat per den 30 april 2025", "Caption"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #8EAADB",
             header_fill="#4472C4", header_color="#FFFFFF", zebra="#D9E2F3", size=8.5,
             font="Carlito", pad=0.15, pad_v=0.06),
        P("3 Samlad bedömning", "H1"),
        P("Fyra kontroller har genomförts utan anmärkning. Fyra visar brister som delvis "
          "har åtgärdats, och kontrollen av kulturskolans avgifter visar att avgifter inte "
          "har fakturerats. Nämnden får en fördjupad redovisning av kulturskolans "
          "fakturering i juni."),
        P("4 Förslag till beslut", "H1"),
        P("Bildnings- och kulturnämnden godkänner uppföljningen av internkontrollplanen "
          "för tertial 1 2025."),
    ]
    return ReportDoc(
        name="bkn2025_title_page_last_row_alone",
        blocks=blocks, page=page, font="Carlito", body_size=10.5,
        heading_color="#1F3864", logo_color="#2E74B5",
        footer="Bildnings- och kulturnämnden | Tertial 1 2025 | {page}", footer_align="right",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=27, risks_critical=9,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk", "field": "risk"},
                 {"header": "Sannolikhet", "field": "probability"},
                 {"header": "Konsekvens", "field": "consequence"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Resultat", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"}],
        records=records, grids=("Kontroller",),
    )
