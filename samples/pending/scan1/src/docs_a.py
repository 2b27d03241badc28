"""scan1 document A: Barn- och grundskolenämnden, helår 2023, A4 portrait, a ruled
six-column risk table running over two pages (header repeated on page 2, rows may split)."""

from holdout_model import Col, Doc, P, Page, Table

BGN_ROWS = [
    {"process": "Skolskjuts",
     "risk": "Risk att skolskjuts beviljas elever som inte uppfyller kriterierna i nämndens "
             "riktlinjer, vilket ger kostnader som nämnden inte har budget för.",
     "value": "9",
     "controls": "Stickprov på 30 beviljade ansökningar om skolskjuts under höstterminen, där "
                 "avståndsberäkning och motivering jämförs med riktlinjerna.",
     "follows": "Ja",
     "comment": "Samtliga 30 beslut var förenliga med riktlinjerna och hade en dokumenterad "
                "avståndsberäkning."},
    {"process": "Kränkande behandling",
     "risk": "Risk att anmälningar om kränkande behandling inte lämnas till huvudmannen utan "
             "dröjsmål och att utredningen inte påbörjas skyndsamt enligt skollagen.",
     "value": "12",
     "controls": "Jämförelse mellan anmälningarna i ärendehanteringssystemet och rektorernas "
                 "rapportering per kvartal.",
     "follows": "Delvis",
     "comment": "Under året registrerades 412 anmälningar. I 37 ärenden dröjde det mer än fem "
                "arbetsdagar innan anmälan kom in till huvudmannen. Rutinen har förtydligats "
                "vid rektorsmötet i oktober."},
    {"process": "Elevhälsans journalföring",
     "risk": "Risk att behörigheterna i elevhälsans journalsystem inte följs upp, så att "
             "obehöriga kan läsa journaler i strid med patientdatalagen.",
     "value": "8",
     "controls": "Logguppföljning i journalsystemet för mars och september samt genomgång av "
                 "samtliga tilldelade behörigheter.",
     "follows": "Ja",
     "comment": "Loggarna visade inga otillåtna uppslag. Fyra behörigheter för personal som "
                "slutat togs bort i samband med kontrollen."},
    {"process": "Betyg och bedömning",
     "risk": "Risk att slutbetyg registreras fel i elevregistret eller att betygskatalogen "
             "inte undertecknas av ansvarig lärare.",
     "value": "9",
     "controls": "Avstämning av betygskatalogerna för årskurs 9 mot elevregistret vid "
                 "vårterminens slut.",
     "follows": "Ja",
     "comment": "Två felregistrerade betyg upptäcktes och rättades innan slutbetygen skickades "
                "ut. Alla kataloger var undertecknade."},
    {"process": "Direktupphandling",
     "risk": "Risk att skolorna direktupphandlar läromedel och digitala tjänster över "
             "direktupphandlingsgränsen eller utan dokumentation, i strid med lagen om "
             "offentlig upphandling.",
     "value": "12",
     "controls": "Uttag ur ekonomisystemet av leverantörer utan avtal med inköp över 100 000 "
                 "kronor under året.",
     "follows": "Nej",
     "comment": "Tre skolor har köpt digitala läromedel för sammanlagt 742 000 kronor utan "
                "avtal och utan dokumenterad direktupphandling. En gemensam upphandling "
                "påbörjas under våren 2024."},
    {"process": "Skolplikt och frånvaro",
     "risk": "Risk att elever med hög frånvaro inte uppmärksammas och att utredning om "
             "frånvaron inte inleds, så att elevernas rätt till utbildning inte "
             "tillgodoses.",
     "value": "12",
     "controls": "Genomgång av samtliga elever med mer än 20 procents frånvaro under "
                 "höstterminen och kontroll av att en utredning har inletts.",
     "follows": "Delvis",
     "comment": "Av 96 elever med hög frånvaro saknade elva en påbörjad utredning. Skolorna har "
                "fått återkoppling och elevhälsochefen följer upp ärendena varje månad."},
    {"process": "Attest",
     "risk": "Risk att fakturor attesteras av personer utan delegation eller att en "
             "beslutsattestant attesterar sina egna kostnader.",
     "value": "8",
     "controls": "Stickprov på 50 fakturor som jämförs med den gällande attestförteckningen.",
     "follows": "Ja",
     "comment": "Alla 50 fakturor var attesterade av behöriga attestanter. Ingen attestant "
                "hade attesterat egna kostnader."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att det systematiska arbetsmiljöarbetet inte genomförs på alla enheter, så "
             "att tillbud och arbetsskador inte utreds och åtgärdas.",
     "value": "9",
     "controls": "Enkät till rektorerna och uttag av anmälda tillbud och arbetsskador ur "
                 "rapporteringssystemet.",
     "follows": "Delvis",
     "comment": "Skyddsronder har genomförts på 31 av 34 enheter. Av 187 anmälda tillbud var "
                "143 utredda vid årets slut."},
]


def bgn2023() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="center"),
        Col("comment", "Kommentar", 4.0, "comment"),
    ]
    table = Table("Internkontroll", cols, BGN_ROWS, rule="0.75pt solid #000000",
                  header_fill="#d9d9d9", size=9.5, font="Carlito", pad=0.12,
                  margin_top=0.2)
    blocks = [
        P("Barn- och grundskolenämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2023, helår", "Title"),
        P("Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en plan "
          "för den interna kontrollen och följa upp den vid årets slut. Nämnden antog planen "
          "för 2023 den 14 december 2022."),
        P("I förvaltningens riskanalys identifierades 26 risker, varav åtta bedöms som "
          "kritiska. Riskvärdet är produkten av sannolikhet och konsekvens, bedömda på en "
          "skala från 1 till 4, och risker med ett värde på 8 eller högre ingår i planen."),
        P("Kontrollerna har genomförts av förvaltningens controller och kvalitetsstrateg under "
          "perioden augusti–december 2023. Resultatet redovisas i tabellen nedan."),
        P("Resultat av kontrollerna", "H2"),
        table,
        P("Sammanfattande bedömning", "H2"),
        P("Kontrollerna visar att de flesta rutiner fungerar. Direktupphandlingen av "
          "läromedel och utredningen av frånvaro behöver förbättras och tas med i planen för "
          "2024."),
    ]
    return Doc(
        name="bgn2023_scan_table_two_pages",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=2.0, right=2.0),
        font="Carlito",
        body_size=11.0,
        cell_size=9.5,
        footer="Barn- och grundskolenämnden – Uppföljning av internkontrollplan 2023 – sida {page}",
        organ="Barn- och grundskolenämnden",
        year=2023,
        period="helår",
        title="Uppföljning av internkontrollplan 2023, helår",
        risks_inventoried=26,
        risks_critical=8,
    )
