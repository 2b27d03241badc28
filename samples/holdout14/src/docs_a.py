"""Holdout14 document A: Kollektivtrafiknämnden (a regional nämnd), one small ruled table
per process: the process is named only in a Heading 3 above each table ("Trafikavtal och
ersättningar" ...), the tables have no process column (Risk | Riskvärde | Kontrollmoment |
Följer plan | Kommentar), four processes with two or three risks each, over two pages."""

from h14kit import H14Table, Part
from holdout_model import Col, Doc, P, Page


def row(risk, value, controls, follows, comment):
    return {"risk": risk, "value": value, "controls": controls, "follows": follows,
            "comment": comment}


TRAFIKAVTAL = [
    row("Risk att trafikföretagen får ersättning för turer som inte har körts eftersom "
        "inställda turer inte rapporteras in eller inte dras av i avräkningen.",
        "12",
        "Avstämning av avräkningsunderlagen för mars, juni och oktober mot "
        "realtidssystemets uppgifter om inställda och försenade turer.",
        "Delvis",
        "I 1 204 inställda turer hade 1 187 dragits av. 17 turer i landsbygdstrafiken saknades "
        "i avräkningen; avdraget har gjorts i decemberavräkningen."),
    row("Risk att indexuppräkningen av ersättningen till trafikföretagen beräknas fel, så att "
        "regionen betalar mer än avtalen medger.",
        "9",
        "Omräkning av 2024 års indexuppräkning för samtliga sex trafikavtal med "
        "avtalens indexkorgar och de publicerade indextalen.",
        "Ja",
        "Uppräkningen var korrekt i alla sex avtal. Beräkningsunderlaget har sparats i "
        "avtalsdatabasen tillsammans med besluten."),
]

BILJETTER = [
    row("Risk att intäkter från biljettförsäljning ombord och i ombudsnätet inte redovisas "
        "fullständigt och i rätt period.",
        "12",
        "Avstämning av försäljningsrapporterna från betalsystemet mot inbetalningarna från "
        "ombuden och kortinlösaren för två månader.",
        "Ja",
        "Försäljning och inbetalningar stämde för båda månaderna. Tre ombud betalade in för "
        "sent och har fått en påminnelse."),
    row("Risk att rabatterade periodkort för skolungdomar och pensionärer säljs till "
        "personer som inte har rätt till rabatten.",
        "8",
        "Stickprov på 30 rabatterade periodkort i appen: kontroll av ålder och av "
        "skolkommunens beställning av skolkort.",
        "Ja",
        "Samtliga 30 kort hade sålts till berättigade resenärer. Ålderskontrollen i appen "
        "fungerar som avsett."),
    row("Risk att återbetalningar vid förseningsersättning betalas ut utan att resenären har "
        "styrkt resan eller förseningen.",
        "9",
        "Granskning av 25 utbetalda förseningsersättningar mot biljettdata och "
        "realtidssystemets uppgifter om förseningen.",
        "Nej",
        "Åtta av 25 ersättningar saknade styrkt resa. Handläggningsrutinen har ändrats så "
        "att biljettdata alltid kontrolleras före utbetalning."),
]

SERVICERESOR = [
    row("Risk att sjukresor och färdtjänstresor samordnas för lite, så att kostnaden per "
        "resa ökar och fordonen används ineffektivt.",
        "9",
        "Uppföljning av samordningsgraden per månad i beställningscentralens "
        "planeringssystem jämfört med målet i avtalet.",
        "Delvis",
        "Samordningsgraden var 1,42 resenärer per resa mot målet 1,50. Beställningscentralen "
        "har fått ett föreläggande att ta fram en åtgärdsplan."),
    row("Risk att resor med särskild kollektivtrafik beställs och betalas för personer utan "
        "giltigt tillstånd eller remiss.",
        "12",
        "Stickprov på 40 genomförda resor: kontroll av tillstånd eller sjukresekort och av "
        "resans start- och målpunkt.",
        "Ja",
        "39 resor hade giltigt tillstånd. En resa hade beställts dagen efter att tillståndet "
        "upphört och har fakturerats resenären."),
]

INFOSAK = [
    row("Risk att personuppgifter om resenärer i biljettappen och kundtjänstens ärendesystem "
        "lämnas ut eller används i strid med dataskyddsförordningen.",
        "12",
        "Genomgång av behörigheterna i kundtjänstens ärendesystem och av loggarna för "
        "uppslag på enskilda resenärer under en vecka.",
        "Delvis",
        "Elva konton för avslutade uppdragstagare var fortfarande aktiva och har stängts. "
        "Loggarna visade inga obehöriga uppslag."),
    row("Risk att trafikinformationen till resenärerna slås ut vid ett avbrott i "
        "realtidssystemet och att reservrutinen inte fungerar.",
        "8",
        "Kontroll av att reservrutinen för manuell trafikinformation har övats och att "
        "kontaktlistorna till trafikföretagen är aktuella.",
        "Ja",
        "Reservrutinen övades i april tillsammans med trafikledningen. Kontaktlistorna "
        "uppdateras nu varje kvartal."),
]


def kotn2024() -> Doc:
    cols = [
        Col("risk", "Risk", 4.1, "risk", "left"),
        Col("value", "Riskvärde", 1.6, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 4.1, "controls", "left"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.6, "comment", "left"),
    ]
    heads = ["Trafikavtal och ersättningar", "Biljettintäkter och betalsystem",
             "Serviceresor och sjukresor", "Informationssäkerhet och trafikinformation"]
    parts = [Part(rows, heading=h, process=h)
             for h, rows in zip(heads, [TRAFIKAVTAL, BILJETTER, SERVICERESOR, INFOSAK],
                                strict=True)]
    t = H14Table("Risker", cols, [], rule="0.5pt solid #595959", header_fill="#deeaf6",
                 font="Liberation Sans", size=8.5, pad=0.1, margin_top=0.05, parts=parts)
    title = "Uppföljning av internkontrollplan 2024, helår"
    blocks = [
        P("Kollektivtrafiknämnden", "Sub"),
        P(title, "Title"),
        P("Kollektivtrafiknämnden ansvarar för regionens allmänna kollektivtrafik, den "
          "särskilda kollektivtrafiken och beställningscentralen för sjukresor. Trafiken körs "
          "av sex trafikföretag enligt avtal som regionen har upphandlat."),
        P("I nämndens riskanalys för 2024 identifierades 18 risker. Nio av dem bedömdes ha ett "
          "riskvärde på 8 eller högre och ingick i internkontrollplanen. Resultatet redovisas "
          "per process nedan: processen anges i rubriken ovanför varje tabell."),
        P("Resultat per process", "H2"),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Nämnden bedömer att den interna kontrollen i huvudsak är tillräcklig. Rutinerna för "
          "förseningsersättning och för samordning av serviceresor behöver förbättras och "
          "följs upp särskilt under 2025."),
    ]
    return Doc(
        "kotn2024_one_table_per_process_heading", blocks, Page(left=2.0, right=2.0),
        font="Liberation Serif", body_size=10.5, cell_size=8.5,
        footer="Kollektivtrafiknämnden – uppföljning av internkontrollplan 2024 – sida {page} "
               "av {pages}",
        organ="Kollektivtrafiknämnden", year=2024, period="helår", title=title,
        risks_inventoried=18, risks_critical=9,
    )
