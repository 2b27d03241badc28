"""scan2 document D: Kultur- och idrottsnämnden, helår 2022, A4 landscape, a ruled risk table
over two pages (header repeated); the second page was fed into the scanner upside down
(turned 180.5°) and ocrmypdf runs with ``--rotate-pages``."""

from holdout_model import Col, Doc, P, Page, Table

KIN_ROWS = [
    {"process": "Idrottsanläggningar",
     "risk": "Risk att den lagstadgade kontrollen av lekredskap, läktare och "
             "motionsspår inte genomförs, så att besökare skadas på grund av brister som "
             "borde ha upptäckts.",
     "value": "12",
     "controls": "Genomgång av besiktningsprotokollen för samtliga anläggningar och kontroll "
                 "av att anmärkningarna har åtgärdats inom angiven tid.",
     "freq": "En gång per år",
     "follows": "Delvis",
     "comment": "Besiktning hade gjorts på 27 av 29 anläggningar. På två "
                "elljusspår saknades protokoll från 2022. Tre anmärkningar av 41 var inte "
                "åtgärdade vid årets slut.",
     "action": "Besiktning av elljusspåren beställd till mars 2023."},
    {"process": "Kulturskolan",
     "risk": "Risk att avgifter för kulturskolan inte debiteras eller att syskonrabatt "
             "ges fel, så att intäkterna blir lägre än budgeterat.",
     "value": "6",
     "controls": "Avstämning av elevregistret mot fakturerade terminsavgifter för "
                 "höstterminen.",
     "freq": "En gång per termin",
     "follows": "Ja",
     "comment": "Av 1 146 elever var alla fakturerade. Syskonrabatten var rätt beräknad i "
                "de 20 fall som kontrollerades.",
     "action": None},
    {"process": "Konstsamlingen",
     "risk": "Risk att konstverk som är utplacerade i kommunens lokaler försvinner eller "
             "skadas utan att det upptäcks.",
     "value": "8",
     "controls": "Inventering av 150 utplacerade konstverk jämförda med "
                 "konstregistret.",
     "freq": "Vartannat år",
     "follows": "Delvis",
     "comment": "Sex konstverk kunde inte hittas. Två av dem har sedan återfunnits i ett "
                "förråd på kommunhuset.",
     "action": "Polisanmälan för fyra verk. Inventeringen blir årlig."},
    {"process": "Bidrag till studieförbund",
     "risk": "Risk att bidrag till studieförbunden betalas ut utan att redovisningen av "
             "studietimmar och deltagare har granskats.",
     "value": "9",
     "controls": "Granskning av studieförbundens verksamhetsberättelser och jämförelse med "
                 "underlaget för fördelningen av bidraget.",
     "freq": "En gång per år",
     "follows": "Ja",
     "comment": "Redovisningen från alla fem studieförbund var granskad före utbetalning.",
     "action": None},
    {"process": "Evenemang",
     "risk": "Risk att evenemang genomförs utan tillstånd från polisen och utan "
             "säkerhetsplan, så att publikens säkerhet inte kan garanteras.",
     "value": "12",
     "controls": "Kontroll av tillstånd och säkerhetsplan för nämndens samtliga evenemang med "
                 "fler än 500 besökare.",
     "freq": "Vid varje evenemang",
     "follows": "Ja",
     "comment": "Tillstånd och säkerhetsplan fanns för alla sju evenemangen.",
     "action": None},
    {"process": "Direktupphandling",
     "risk": "Risk att direktupphandlingar inte dokumenteras, i strid med lagen om "
             "offentlig upphandling och kommunens riktlinjer.",
     "value": "9",
     "controls": "Stickprov på tio direktupphandlingar över 100 000 kronor och kontroll av "
                 "dokumentationen.",
     "freq": "En gång per år",
     "follows": "Nej",
     "comment": "Dokumentation saknades i sex av tio fall, bland annat för inköp av "
                "konstgräs och tidtagningsutrustning.",
     "action": "Utbildning för chefer genomförs under våren 2023."},
    {"process": "Bokning av idrottstider",
     "risk": "Risk att tider i idrottshallarna fördelas utan att nämndens "
             "fördelningsprinciper följs, så att föreningar behandlas olika.",
     "value": "6",
     "controls": "Jämförelse mellan säsongsbokningen 2022/2023 och "
                 "fördelningsprinciperna.",
     "freq": "En gång per säsong",
     "follows": "Ja",
     "comment": "Fördelningen följde principerna. Två klagomål från föreningar har besvarats.",
     "action": None},
    {"process": "Arbetsmiljö",
     "risk": "Risk att badpersonalen saknar giltig utbildning i livräddning och hjärt-"
             "lungräddning.",
     "value": "12",
     "controls": "Kontroll av utbildningsintyg för all personal vid badhuset, även "
                 "timanställda.",
     "freq": "Två gånger per år",
     "follows": "Delvis",
     "comment": "Fyra timanställda saknade giltigt intyg och fick inte tjänstgöra förrän "
                "utbildningen var genomförd.",
     "action": None},
]


def kin2022() -> Doc:
    cols = [
        Col("process", "Process", 3.0, "process", align="left"),
        Col("risk", "Risk", 5.2, "risk"),
        Col("value", "Riskvärde", 1.6, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 5.0, "controls"),
        Col("freq", "Frekvens", 2.0, None, align="left"),
        Col("follows", "Följer plan", 1.6, "follows_plan", align="center"),
        Col("comment", "Kommentar", 5.5, "comment"),
        Col("action", "Åtgärd", 2.8, "handling", align="left"),
    ]
    table = Table("Internkontroll", cols, KIN_ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9e2f3", size=9.5, font="DejaVu Sans", pad=0.14,
                  keep_rows=True, margin_top=0.2)
    blocks = [
        P("Kultur- och idrottsnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2022 – helår", "Title"),
        P("Nämnden antog internkontrollplanen för 2022 den 15 december 2021. I riskanalysen "
          "bedömdes 25 risker, varav åtta har ett riskvärde på 6 eller mer och ingår i "
          "planen. Riskvärdet är sannolikhet gånger konsekvens, var och en bedömd från 1 "
          "till 4."),
        table,
        P("Nämndens samlade bedömning är att den interna kontrollen är tillräcklig, med "
          "undantag för dokumentationen av direktupphandlingar."),
    ]
    return Doc(
        name="kin2022_scan_landscape_upside_down",
        blocks=blocks,
        page=Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5),
        font="DejaVu Sans",
        body_size=10.0,
        cell_size=9.5,
        footer="Kultur- och idrottsnämnden – Internkontroll 2022 – sida {page} av {pages}",
        organ="Kultur- och idrottsnämnden",
        year=2022,
        period="helår",
        title="Uppföljning av internkontrollplan 2022 – helår",
        risks_inventoried=25,
        risks_critical=8,
    )
