"""Holdout13 document A: Välfärdsnämnden, a fully ruled risk table whose "Följer plan" cells
hold checkbox answers as printed characters: "☒ Ja ☐ Nej" (U+2612 checked, U+2610
unchecked; the glyphs in DejaVu Sans, the words in Carlito), the checked box giving the
answer; one row with neither box checked, one row with a third box "☒ Delvis" added."""

from holdout_model import Col, Doc, P, Page, Table

YES = "\u2612 Ja \u2610 Nej"
NO = "\u2610 Ja \u2612 Nej"
NONE = "\u2610 Ja \u2610 Nej"
PARTLY = "\u2610 Ja \u2610 Nej \u2612 Delvis"

VFN_ROWS = [
    {
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att försörjningsstöd betalas ut utan att sökandens samtliga inkomster "
        "och tillgångar har kontrollerats, vilket kan leda till felaktiga utbetalningar och "
        "återkrav.",
        "value": "12",
        "controls": "Stickprov på 30 akter per halvår: kontroll mot Försäkringskassan, "
        "Skatteverket och bankutdrag enligt nämndens riktlinjer för ekonomiskt bistånd.",
        "follows": YES,
        "comment": "I 28 av 30 akter fanns samtliga kontroller dokumenterade. I två akter "
        "saknades kontoutdrag för den senaste månaden; handläggarna har påmints om "
        "checklistan.",
    },
    {
        "process": "Avgifter inom äldreomsorgen",
        "risk": "Risk att avgifter för hemtjänst och särskilt boende beräknas på inaktuella "
        "inkomstuppgifter, så att den enskilde debiteras för mycket eller för lite.",
        "value": "9",
        "controls": "Granskning av 40 avgiftsbeslut: inkomstförfrågan inom tolv månader, "
        "förbehållsbelopp och högkostnadsskydd.",
        "follows": NO,
        "comment": "Elva av 40 beslut byggde på inkomstuppgifter som var äldre än tolv "
        "månader. Den årliga inkomstförfrågan skickades inte ut i mars på grund av "
        "personalbrist; utskicket görs nu i januari.",
    },
    {
        "process": "Rapportering enligt lex Sarah",
        "risk": "Risk att missförhållanden och påtagliga risker för missförhållanden inte "
        "rapporteras, utreds och åtgärdas, så att brukare utsätts för upprepade brister.",
        "value": "12",
        "controls": "Genomgång av samtliga lex Sarah-rapporter under året: tid från "
        "rapport till utredning, anmälan till IVO och uppföljning av åtgärder.",
        "follows": YES,
        "comment": "46 rapporter kom in under året, varav fyra anmäldes till IVO. Samtliga "
        "utredningar var avslutade inom föreskriven tid.",
    },
    {
        "process": "Hemtjänst",
        "risk": "Risk att utförd tid i hemtjänsten inte stämmer med beviljad och planerad "
        "tid, vilket ger felaktig ersättning till utförarna och brister i kvaliteten.",
        "value": "8",
        "controls": "Jämförelse av registrerad tid i planeringssystemet med beviljad tid "
        "för 25 brukare under två veckor i oktober.",
        "follows": PARTLY,
        "comment": "För 19 brukare stämde utförd och beviljad tid. Avvikelserna för sex "
        "brukare berodde främst på sjukhusvistelser som inte hade registrerats som "
        "frånvaro.",
    },
    {
        "process": "Verkställighet av beslut",
        "risk": "Risk att gynnande beslut enligt socialtjänstlagen och LSS inte verkställs "
        "inom tre månader och att ej verkställda beslut inte rapporteras till IVO och "
        "kommunfullmäktige.",
        "value": "9",
        "controls": "Kvartalsvis avstämning av alla beslut som inte verkställts inom tre "
        "månader mot rapporteringen i IVO:s e-tjänst.",
        "follows": YES,
        "comment": "Samtliga 17 ej verkställda beslut rapporterades i tid. De flesta gällde "
        "bostad med särskild service enligt LSS.",
    },
    {
        "process": "Barnavårdsutredningar",
        "risk": "Risk att utredningar om barns behov av skydd eller stöd inte avslutas inom "
        "fyra månader, så att barn och familjer får vänta på insatser.",
        "value": "16",
        "controls": "Uppföljning av utredningstiden i verksamhetssystemet för alla "
        "utredningar som avslutades under året.",
        "follows": NO,
        "comment": "62 av 214 utredningar tog längre tid än fyra månader. Förlängning var "
        "beslutad i 41 av dem. Vakanser bland socialsekreterarna är den främsta "
        "orsaken.",
    },
    {
        "process": "Social dokumentation",
        "risk": "Risk att genomförandeplaner saknas eller inte följs upp, så att insatserna "
        "inte utformas efter brukarens behov och önskemål.",
        "value": "6",
        "controls": "Stickprov på 20 brukare inom särskilt boende: finns en aktuell "
        "genomförandeplan som har följts upp inom sex månader?",
        "follows": NONE,
        "comment": "Kontrollen har inte genomförts, eftersom verksamhetssystemet byttes "
        "under hösten. Den flyttas till internkontrollplanen för 2025.",
    },
    {
        "process": "Brukares privata medel",
        "risk": "Risk att kontanter och bankkort som personalen hanterar åt brukare i "
        "särskilt boende används felaktigt eller inte redovisas.",
        "value": "8",
        "controls": "Oanmäld kontroll av kassaböcker, kvitton och kontantkassor vid fyra "
        "boenden, enligt rutinen för hantering av brukares medel.",
        "follows": YES,
        "comment": "Kassaböckerna stämde vid alla fyra boenden. Vid ett boende saknades "
        "brukarens underskrift på två uttag; rutinen har gåtts igenom med personalen.",
    },
]


def vfn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.8, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.6, "controls", "left"),
        Col("follows", "Följer plan", 2.0, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.1, "comment", "left"),
    ]
    t = Table("Uppföljning", cols, VFN_ROWS, rule="0.5pt solid #7f7f7f",
              header_fill="#deeaf6", font="Carlito", size=9.5, pad=0.1, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024 – helår"
    blocks = [
        P("Välfärdsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Välfärdsnämnden ansvarar för individ- och familjeomsorg, äldreomsorg och stöd till "
          "personer med funktionsnedsättning. Nämnden ska enligt kommunallagen se till att den "
          "interna kontrollen är tillräcklig och att verksamheten bedrivs på ett i övrigt "
          "tillfredsställande sätt. Internkontrollplanen för 2024 antogs av nämnden i januari "
          "och följs upp två gånger per år; detta är helårsuppföljningen."),
        P("Riskanalys", "H2"),
        P("I nämndens riskanalys inventerades 20 risker. Åtta av dessa bedömdes som kritiska "
          "och ingår i internkontrollplanen med ett eller flera kontrollmoment. Kontrollerna "
          "har genomförts av verksamheternas chefer och av förvaltningens kvalitetsenhet."),
        P("Resultat", "H2"),
        P("Tabellen redovisar resultatet per risk. I kolumnen Följer plan har den som "
          "genomfört kontrollen kryssat i rutan Ja eller Nej; där kontrollen bara delvis "
          "har kunnat genomföras har en ruta för Delvis lagts till."),
        t,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Bristerna i avgiftshanteringen och de långa utredningstiderna inom barn- och "
          "ungdomsvården behöver åtgärdas och följs upp särskilt under 2025. Kontrollen av "
          "social dokumentation genomförs under våren 2025."),
    ]
    return Doc(
        "vfn2024_checkbox_answers", blocks,
        Page(left=1.8, right=1.8, top=2.0, bottom=2.0),
        font="Carlito", body_size=11, cell_size=9.5,
        footer="Välfärdsnämnden | Uppföljning av internkontrollplan 2024 | sida {page} av {pages}",
        organ="Välfärdsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=20, risks_critical=8,
    )
