"""Holdout22 document A: Miljö- och samhällsbyggnadsnämnden, a ruled eight-column risk table
whose two-level header has TWO group cells: "Riskbedömning" over Sannolikhet / Konsekvens /
Riskvärde and "Uppföljning" over Följer plan / Kommentar, while Process, Risk and
Kontrollmoment span both header rows (between the groups: Kontrollmoment)."""

from holdout_model import Col, Doc, P, Page, Table

MSBN_ROWS = [
    {"process": "Bygglovshantering",
     "risk": "Risk att beslut om bygglov inte fattas inom tio veckor från komplett ansökan, "
             "så att avgiften måste sättas ned enligt plan- och byggförordningen.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Uttag ur ärendehanteringssystemet av samtliga beslut om bygglov under "
                 "året, med handläggningstiden räknad från den dag ansökan var komplett.",
     "follows": "Delvis",
     "comment": "Av 412 beslut fattades 371 inom tidsfristen. I 41 ärenden sattes avgiften "
                "ned med sammanlagt 186 400 kronor. Bemanningen på bygglovsenheten har "
                "förstärkts med två handläggare."},
    {"process": "Tillsyn enligt miljöbalken",
     "risk": "Risk att tillsynsbesök hos miljöfarliga verksamheter inte genomförs enligt "
             "den fastställda tillsynsplanen, så att anmälningspliktiga verksamheter inte "
             "kontrolleras regelbundet.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Jämförelse mellan tillsynsplanen och registrerade inspektioner i "
                 "verksamhetssystemet per den 31 december.",
     "follows": "Nej",
     "comment": "Planen omfattade 148 inspektioner, varav 109 genomfördes. Eftersläpningen "
                "gäller främst lantbruk och fordonstvättar och hämtas in under våren."},
    {"process": "Livsmedelskontroll",
     "risk": "Risk att den årliga kontrollavgiften debiteras med fel belopp, eftersom "
             "riskklassningen av livsmedelsanläggningar inte uppdateras efter ändrad "
             "verksamhet.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Stickprov på 25 anläggningar där riskklassning och debiterad avgift "
                 "stäms av mot senaste kontrollrapport.",
     "follows": "Ja",
     "comment": "Riskklassningen var aktuell i samtliga 25 anläggningar och avgifterna "
                "stämde med taxan."},
    {"process": "Strandskydd",
     "risk": "Risk att dispenser från strandskyddet beviljas utan att det särskilda skälet "
             "anges och motiveras i beslutet, så att länsstyrelsen upphäver beslutet vid "
             "överprövning.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Granskning av samtliga strandskyddsdispenser som beviljats under året.",
     "follows": "Ja",
     "comment": "Alla 18 beslut angav ett särskilt skäl. Länsstyrelsen har överprövat tre "
                "beslut och inte upphävt något av dem."},
    {"process": "Detaljplanering",
     "risk": "Risk att planavgifter och kostnader enligt planavtal inte faktureras "
             "exploatören, så att nämnden själv bär kostnaden för planarbetet.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Avstämning av upparbetade timmar per planuppdrag mot fakturerade belopp i "
                 "ekonomisystemet.",
     "follows": "Delvis",
     "comment": "För två av nio planuppdrag hade timmarna under hösten inte fakturerats. "
                "Fakturorna på sammanlagt 212 000 kronor skickades i januari."},
    {"process": "Förorenade områden",
     "risk": "Risk att markföroreningar som upptäcks vid schaktning i samband med "
             "byggnation inte anmäls till nämnden, så att förorenade massor transporteras "
             "bort utan provtagning.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Genomgång av startbesked för nybyggnation på tidigare industrimark och "
                 "kontroll av om anmälan om efterbehandling har kommit in.",
     "follows": "Ja",
     "comment": "Sex startbesked gällde tidigare industrimark. I samtliga fall hade "
                "anmälan kommit in och provtagning gjorts före schaktning."},
    {"process": "Enskilda avlopp",
     "risk": "Risk att förelägganden om att åtgärda bristfälliga enskilda avlopp inte "
             "följs upp, så att otillräckligt renat avloppsvatten fortsätter att släppas ut "
             "i sjöar och vattendrag.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Genomgång av förelägganden med sista datum för åtgärd under året och "
                 "kontroll av att efterkontroll eller vitesföreläggande har följt.",
     "follows": "Delvis",
     "comment": "Av 64 förelägganden var 52 åtgärdade. I tolv fall saknades uppföljning; "
                "ärendena har fördelats på inspektörerna och ska vara avslutade senast i "
                "maj."},
    {"process": "Kart- och mätverksamhet",
     "risk": "Risk att lägeskontroll av husets placering inte utförs innan grundläggningen "
             "har fortsatt, så att byggnader uppförs för nära tomtgräns.",
     "s": "4", "k": "4", "value": "16",
     "controls": "Stickprov på 20 ärenden med krav på lägeskontroll, där datum för "
                 "utstakning och lägeskontroll jämförs med byggherrens "
                 "kontrollplan.",
     "follows": "Nej",
     "comment": "I sju av 20 ärenden gjordes lägeskontrollen först efter att bottenplattan "
                "hade gjutits. Kravet skrivs nu in tydligare i startbeskedet och följs upp "
                "vid det tekniska samrådet."},
]


def msbn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.6, "risk"),
        Col("s", "Sannolikhet", 1.3, "probability", align="center", group="Riskbedömning"),
        Col("k", "Konsekvens", 1.3, "consequence", align="center", group="Riskbedömning"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center", group="Riskbedömning"),
        Col("controls", "Kontrollmoment", 3.3, "controls"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="center",
            group="Uppföljning"),
        Col("comment", "Kommentar", 3.6, "comment", group="Uppföljning"),
    ]
    table = Table("Internkontroll", cols, MSBN_ROWS, rule="0.5pt solid #4f6228",
                  header_fill="#ebf1de", header_valign="bottom", size=8.5, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.15)
    blocks = [
        P("Miljö- och samhällsbyggnadsnämnden", "Sub"),
        P("Helårsuppföljning av internkontrollplan 2024", "Title"),
        P("Nämnden antog internkontrollplanen för 2024 i december 2023. Planen bygger på "
          "förvaltningens riskanalys, där varje risk har bedömts efter sannolikhet och "
          "konsekvens på en skala från 1 till 4. Riskvärdet är produkten av de två."),
        P("Internkontrollen omfattar nämndens myndighetsutövning enligt plan- och bygglagen, "
          "miljöbalken och livsmedelslagstiftningen samt de delar av planarbetet och kart- "
          "och mätverksamheten som finansieras med avgifter. Kontrollerna har utförts av "
          "förvaltningens controller tillsammans med enhetscheferna under perioden "
          "september–december 2024."),
        P("I riskanalysen bedömdes 23 risker. Åtta av dem har ett riskvärde på 8 eller högre "
          "och ingår därför i internkontrollplanen. Tabellen visar för varje risk "
          "riskbedömningen, kontrollmomentet och uppföljningen efter årets kontroller."),
        P("Kontroller och resultat", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Kontrollerna visar brister i tillsynen enligt miljöbalken och i lägeskontrollerna. "
          "Båda riskerna förs över till internkontrollplanen för 2025. Övriga kontroller "
          "visar att rutinerna i huvudsak följs."),
    ]
    return Doc(
        name="msbn2024_two_header_groups",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.8, left=1.5, right=1.5),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=8.5,
        footer="Miljö- och samhällsbyggnadsnämnden · Helårsuppföljning 2024 · sida {page} av {pages}",
        organ="Miljö- och samhällsbyggnadsnämnden",
        year=2024,
        period="helår",
        title="Helårsuppföljning av internkontrollplan 2024",
        risks_inventoried=23,
        risks_critical=8,
    )
