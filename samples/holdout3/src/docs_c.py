"""Holdout3 document C: Äldrenämnden, a landscape table with eleven columns (Nr, Ansvarig,
Frekvens and Rapporteras till have no canonical field), S / K / R columns, numbered list items
and manual line breaks inside cells."""

from holdout_model import Col, Doc, P, Page, Table

AEN_ROWS = [
    {
        "nr": "1",
        "process": "Läkemedelshantering",
        "risk": "Risk att läkemedel ges i fel dos eller till fel person, eller att "
        "signeringslistor saknas, vilket kan leda till vårdskador hos de boende.",
        "s": "3", "k": "4", "r": "12",
        "controls": [
            "1. Stickprov på tio signeringslistor per boende och månad.",
            "2. Avvikelserapporter om läkemedel gås igenom med MAS varje kvartal.",
        ],
        "resp": "Enhetschef\nMAS",
        "freq": "Månadsvis",
        "report": "Nämnden per tertial",
        "result": "Tertial 1: 14 avvikelser\nTertial 2: 9 avvikelser\nSignering saknades "
        "främst på helger. Rutinen för överlämning mellan dag- och kvällspersonal har "
        "skärpts.",
    },
    {
        "nr": "2",
        "process": "Hälso- och sjukvård",
        "risk": "Risk att ordinationer från läkare inte förs in i journalsystemet innan "
        "insatsen ska utföras, så att den enskilde inte får ordinerad behandling.",
        "s": "2", "k": "4", "r": "8",
        "controls": [
            "1. Avstämning av 20 ordinationer per kvartal mot journalen.",
            "2. Genomgång av avvikelser med sjuksköterskorna.",
        ],
        "resp": "Medicinskt ansvarig sjuksköterska",
        "freq": "Kvartalsvis",
        "report": "Förvaltningens ledningsgrupp",
        "result": "Alla 40 granskade ordinationer var införda i journalen inom ett dygn. "
        "En avvikelse gällde en fax som inte lästes under en helg; faxen har ersatts av "
        "en e-tjänst.",
    },
    {
        "nr": "3",
        "process": "Biståndsbedömning",
        "risk": "Risk att beslut om hemtjänst och särskilt boende inte verkställs inom tre "
        "månader, så att nämnden måste rapportera ej verkställda beslut och riskerar "
        "särskild avgift.",
        "s": "3", "k": "3", "r": "9",
        "controls": [
            "1. Uttag ur verksamhetssystemet över beslut som inte verkställts inom 30 dagar.",
            "2. Kontroll av att rapporteringen till IVO har gjorts per kvartal.",
        ],
        "resp": "Biståndschef",
        "freq": "Kvartalsvis",
        "report": "Nämnden och revisorerna",
        "result": "Sju beslut om särskilt boende var inte verkställda efter tre månader. "
        "Samtliga har rapporterats till IVO och nämnden.\nKöerna har minskat sedan "
        "Solgårdens nya avdelning öppnade 2024-09-01.",
    },
    {
        "nr": "4",
        "process": "Hemtjänstens tidsregistrering",
        "risk": "Risk att utförd tid i hemtjänsten registreras fel i mobilappen, så att "
        "avgifter till brukare och ersättning till utförare blir felaktiga.",
        "s": "4", "k": "3", "r": "12",
        "controls": [
            "1. Jämförelse av planerad och utförd tid för alla hemtjänstgrupper.",
            "2. Stickprov på 25 brukares avgiftsunderlag per halvår.",
        ],
        "resp": "Enhetschef hemtjänst\nAvgiftshandläggare",
        "freq": "Halvårsvis",
        "report": "Nämnden per tertial",
        "result": "Utförd tid avvek med mer än 20 procent i två grupper, där "
        "registreringen gjordes i efterhand. Tre avgiftsbeslut har rättats och "
        "mellanskillnaden har betalats tillbaka.",
    },
    {
        "nr": "5",
        "process": "Brandskydd i särskilt boende",
        "risk": "Risk att det systematiska brandskyddsarbetet brister, till exempel att "
        "brandlarm inte provas och att personalen inte har övat utrymning.",
        "s": "2", "k": "4", "r": "8",
        "controls": [
            "1. Egenkontroll av brandlarm och utrymningsvägar varje månad.",
            "2. Kontroll av att varje boende har haft en utrymningsövning under året.",
        ],
        "resp": "Fastighetssamordnare",
        "freq": "Månadsvis",
        "report": "Förvaltningens ledningsgrupp",
        "result": "Egenkontrollerna har gjorts på alla sex boenden. På Björkhagen har "
        "utrymningsövningen skjutits upp till 2025-02-15 på grund av ombyggnaden.",
    },
    {
        "nr": "6",
        "process": "Lex Sarah",
        "risk": "Risk att missförhållanden eller påtagliga risker för missförhållanden inte "
        "rapporteras och utreds, så att allvarliga händelser inte anmäls till IVO.",
        "s": "2", "k": "4", "r": "8",
        "controls": [
            "1. Genomgång av inkomna rapporter och utredningstid.",
            "2. Kontroll av att alla nyanställda har fått information om lex Sarah.",
        ],
        "resp": "Kvalitetsstrateg",
        "freq": "Tertialvis",
        "report": "Nämnden per tertial",
        "result": "Elva rapporter har kommit in och utretts; två har anmälts till IVO. "
        "Informationen till nyanställda ingår nu i introduktionen.",
    },
]


def aen2024() -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("nr", "Nr", 0.8, None, "center"),
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.8, "risk"),
            Col("s", "S", 0.7, "probability", "center"),
            Col("k", "K", 0.7, "consequence", "center"),
            Col("r", "R", 0.7, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 4.3, "controls"),
            Col("resp", "Ansvarig", 2.4, None, "left"),
            Col("freq", "Frekvens", 1.9, None, "left"),
            Col("report", "Rapporteras till", 2.2, None, "left"),
            Col("result", "Resultat", 5.2, "comment"),
        ], AEN_ROWS,
        rule="0.5pt solid #7f7f7f", header_fill="#fbe4d5", size=8, head_size=8,
    )
    title = "Äldrenämndens internkontrollplan 2024 – uppföljning tertial 2"
    land = Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5)
    blocks = [
        P(title, "Title"),
        P("Uppföljningen avser perioden 2024-01-01–2024-08-31 och redovisar resultatet av "
          "de kontroller som Äldrenämnden beslutade om i internkontrollplanen för 2024. "
          "Varje risk har bedömts efter sannolikhet (S) och konsekvens (K) på en skala från "
          "1 till 4; riskvärdet (R) är produkten S × K. Av nämndens 15 risker bedöms sex som "
          "kritiska, med ett riskvärde på 8 eller högre. Dessa redovisas nedan med ansvarig, "
          "frekvens och till vem resultatet rapporteras."),
        t,
        P("Kontrollerna genomförs enligt plan. Avvikelserna inom läkemedelshanteringen och "
          "tidsregistreringen följs upp särskilt i helårsuppföljningen."),
    ]
    return Doc(
        "aen2024_landscape_eleven_columns", blocks, land,
        font="Liberation Sans", body_size=10, cell_size=8,
        footer="Äldrenämnden · internkontroll tertial 2 2024 · sida {page}",
        organ="Äldrenämnden", year=2024, period="tertial", title=title,
        risks_inventoried=15, risks_critical=6,
    )
