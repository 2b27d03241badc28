"""scan1 document F (born-digital): Kultur- och bildningsnämnden, delår 2025, A4 portrait.
Combined risk values in a NARROW "Riskbedömning" column (1.25 cm) where they wrap:
"S3/K4 = 12", "3 x 3 = 9", "12 (S 3 × K 4)" (three units wrote their rows their own way)."""

from holdout_model import Col, Doc, P, Page, Table

KBN_ROWS = [
    {"process": "Biblioteksverksamhet",
     "risk": "Risk att medier köps utanför det upphandlade avtalet med "
             "medieleverantören.",
     "value": "S3/K4 = 12",
     "controls": "Uttag ur ekonomisystemet av alla inköp av medier under januari–juni.",
     "follows": "Delvis",
     "comment": "Inköp för 64 000 kronor gjordes från två bokhandlar utanför avtalet."},
    {"process": "Kulturskolan",
     "risk": "Risk att avgifter för kulturskolans kurser inte debiteras eller att "
             "syskonrabatt ges felaktigt.",
     "value": "3 x 3 = 9",
     "controls": "Avstämning av anmälda elever mot fakturerade avgifter för vårterminen.",
     "follows": "Ja",
     "comment": "Avgifterna var rätt debiterade för samtliga 1 146 elever."},
    {"process": "Föreningsbidrag",
     "risk": "Risk att bidrag betalas ut till föreningar som inte uppfyller villkoren i "
             "bidragsreglerna.",
     "value": "12 (S 3 × K 4)",
     "controls": "Granskning av 20 beviljade bidrag mot ansökan, medlemsförteckning och "
                 "årsmöteshandlingar.",
     "follows": "Nej",
     "comment": "Fyra föreningar saknade godkänd revisionsberättelse. Bidragen återkrävs."},
    {"process": "Vuxenutbildning",
     "risk": "Risk att betygsdokument för vuxenutbildningen utfärdas utan att kursen är "
             "avslutad.",
     "value": "S2/K4 = 8",
     "controls": "Stickprov på 30 utfärdade betyg som jämförs med närvaro och "
                 "kursslut.",
     "follows": "Ja",
     "comment": "Inga avvikelser."},
    {"process": "Systematiskt kvalitetsarbete",
     "risk": "Risk att skolenheternas kvalitetsrapporter inte lämnas in, så att "
             "huvudmannen saknar underlag för analys.",
     "value": "2 x 4 = 8",
     "controls": "Kontroll av inlämnade kvalitetsrapporter per den 15 juni.",
     "follows": "Ja",
     "comment": "Alla 14 skolenheter hade lämnat in sin rapport."},
    {"process": "Lokaler",
     "risk": "Risk att brandskyddet i samlingslokaler och museer inte kontrolleras enligt "
             "det systematiska brandskyddsarbetet.",
     "value": "16 (S 4 × K 4)",
     "controls": "Genomgång av brandskyddsronder och åtgärdslistor för nämndens sju "
                 "publika lokaler.",
     "follows": "Delvis",
     "comment": "Ronder saknades för två lokaler under våren. Ansvaret har förtydligats i "
                "lokalernas driftinstruktioner."},
]


def kbn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 4.5, "risk"),
        Col("value", "Riskbedömning", 1.25, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="center"),
        Col("comment", "Kommentar", 4.45, "comment"),
    ]
    table = Table("Internkontroll", cols, KBN_ROWS, rule="0.5pt solid #7f6000",
                  header_fill="#fff2cc", size=9.0, font="DejaVu Sans", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Kultur- och bildningsnämnden", "Sub"),
        P("Delårsuppföljning av internkontrollplanen 2025", "Title"),
        P("Uppföljningen omfattar perioden januari–juni 2025. I nämndens riskanalys "
          "identifierades 20 risker, varav sex bedömdes som kritiska och ingår i planen."),
        P("Riskbedömningen anges som sannolikhet (S) gånger konsekvens (K), var och en på en "
          "skala från 1 till 4. Enheterna har redovisat bedömningen på olika sätt."),
        table,
        P("Kontrollerna fortsätter under hösten och redovisas i helårsuppföljningen."),
    ]
    return Doc(
        name="kbn2025_combined_values_narrow",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.6, right=1.6),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=9.0,
        footer="Kultur- och bildningsnämnden · Delårsuppföljning 2025 · sida {page} av {pages}",
        organ="Kultur- och bildningsnämnden",
        year=2025,
        period="delår",
        title="Delårsuppföljning av internkontrollplanen 2025",
        risks_inventoried=20,
        risks_critical=6,
    )
