"""Holdout6 document C: Teknik- och servicenämnden, named only in the title line of a cover
page and in the running page footer (the prose on the table pages says "nämnden"); a running
page header with risk-table words ("Internkontroll 2024 – risker, kontroller och
uppföljning") on every page, above the table header repeated on each table page; risk values
printed with a word in brackets; process cells left blank below the first row of a group."""

from holdout_model import Col, Doc, P, Page, Table

TSN_ROWS = [
    {
        "process": "Fastighetsförvaltning",
        "risk": "Risk att lagstadgade besiktningar av hissar, ventilation och "
        "brandlarm inte genomförs i tid.",
        "value": "12 (hög)",
        "controls": "Avstämning av besiktningsplanen mot protokoll i "
        "fastighetssystemet varje kvartal.",
        "follows": "Delvis",
        "comment": ["Av 212 planerade besiktningar var 197 utförda i tid. Femton "
                    "OVK-besiktningar i skolor försenades eftersom besiktningsmannen "
                    "sade upp avtalet i mars.",
                    "En ny upphandling är klar och de försenade besiktningarna utfördes "
                    "under oktober. Inga anmärkningar som kräver avstängning av lokaler "
                    "har kommit fram."],
    },
    {
        "process": None,
        "risk": "Risk att hyresavtal med externa hyresvärdar förlängs automatiskt utan "
        "att behovet av lokalen har prövats.",
        "value": "9 (medel)",
        "controls": "Genomgång av avtalsregistret sex månader före varje uppsägningstid.",
        "follows": "Ja",
        "comment": "Fyra avtal hade uppsägningstid under året. Två sades upp och två "
        "förlängdes efter beslut i lokalgruppen. Besparingen är 640 000 kronor per år.",
    },
    {
        "process": "Måltidsverksamhet",
        "risk": "Risk att specialkost serveras fel så att barn och äldre med allergier "
        "exponeras för allergener.",
        "value": "16 (mycket hög)",
        "controls": "Oanmälda kontroller i tio tillagningskök av att beställning, märkning "
        "och servering av specialkost följer rutinen.",
        "follows": "Delvis",
        "comment": ["I åtta kök följdes rutinen fullt ut. I två mottagningskök saknades "
                    "märkning på en av flera specialkostportioner.",
                    "Inga incidenter har rapporterats. Köken har fått ny "
                    "märkningsutrustning och personalen har utbildats på nytt i september."],
    },
    {
        "process": None,
        "risk": "Risk att livsmedel köps utanför upphandlade avtal.",
        "value": "6 (medel)",
        "controls": "Uttag av leverantörsreskontran för livsmedelskonton två gånger per "
        "år.",
        "follows": "Ja",
        "comment": "Köp utanför avtal var 1,8 procent av inköpsvolymen, under målet på "
        "3 procent. Köpen gällde främst närproducerade ägg.",
    },
    {
        "process": "Fordon och maskiner",
        "risk": "Risk att kommunens fordon används privat och att körjournaler inte förs.",
        "value": "8 (medel)",
        "controls": "Jämförelse av körjournaler med GPS-data för 15 slumpvis valda "
        "fordon.",
        "follows": "Ja",
        "comment": "Körjournalerna stämde med GPS-data för samtliga fordon. En bil hade "
        "körts till en tjänstepersons bostad vid beredskap, vilket är tillåtet enligt "
        "riktlinjen.",
    },
    {
        "process": None,
        "risk": "Risk att besiktning av tunga fordon och arbetsmaskiner missas, så att "
        "fordonen får körförbud.",
        "value": "4 (låg)",
        "controls": "Kontroll av fordonsregistret mot Transportstyrelsens uppgifter.",
        "follows": "Ja",
        "comment": "Inga fordon saknade godkänd besiktning.",
    },
    {
        "process": "Lokalvård",
        "risk": "Risk att städning i förskolor och skolor inte utförs enligt "
        "lokalvårdsavtalet med verksamheterna.",
        "value": "9 (medel)",
        "controls": "Kvalitetskontroller enligt INSTA 800 i 30 lokaler under året, "
        "utförda av lokalvårdens arbetsledare.",
        "follows": "Nej",
        "comment": ["Tolv av 30 kontroller gav underkänt resultat, främst i "
                    "skolornas omklädningsrum och i förskolornas vilrum.",
                    "Orsaken är vakanser och hög sjukfrånvaro under våren. Tre tjänster "
                    "har tillsatts och en ny kontroll görs i februari 2025. Verksamheterna "
                    "har informerats via e-post och på lokalvårdsmöten."],
    },
]


def tsn2024() -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.2, "process", "left"),
            Col("risk", "Risk", 3.3, "risk"),
            Col("value", "Riskvärde", 2.0, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.2, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 4.9, "comment"),
        ], TSN_ROWS,
        rule="0.5pt solid #595959", header_fill="#fbe4d5", size=8.5,
        carry_blank=("process",),
    )
    title = "Teknik- och servicenämnden – helårsuppföljning av internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Dnr TSN 2024/0117", "Sub"),
        P("Handläggare: Karin Lund, controller", "Sub"),
        P("Inledning", "H2", break_before=True),
        P("Nämnden ansvarar för kommunens fastigheter, måltidsverksamhet, fordon och "
          "maskiner samt lokalvård. Den interna kontrollen ska ge rimlig säkerhet för att "
          "verksamheten bedrivs effektivt, att lagar och regler följs och att "
          "rapporteringen är tillförlitlig."),
        P("Förvaltningen har i riskanalysen inför 2024 identifierat 17 risker. Sju av "
          "dessa bedömdes som kritiska och har följts upp med de kontrollmoment som "
          "redovisas nedan. Riskvärdet anges med den nivå som kommunens riskmatris ger."),
        P("Uppföljning per process", "H2"),
        t,
        P("Slutsatser", "H2"),
        P("Lokalvårdens kvalitetskontroller har inte nått målet och kontrollen finns kvar i "
          "planen för 2025. Övriga brister har åtgärdats under året."),
    ]
    return Doc(
        "tsn2024_cover_page_running_header_value_words", blocks,
        Page(left=2.0, right=2.0),
        font="DejaVu Sans", body_size=10, cell_size=8.5,
        header="Internkontroll 2024 – risker, kontroller och uppföljning",
        footer="Teknik- och servicenämnden | Sida {page} av {pages}",
        organ="Teknik- och servicenämnden", year=2024, period="helår", title=title,
        risks_inventoried=17, risks_critical=7,
    )
