"""Holdout20 document C: Teknik- och trafiknämnden, an unruled risk table (one rule under
the header, repeated on page 2) where one risk cell holds a lead-in and the sub-risks "a)",
"b)", "c)", the Kontrollmoment and Kommentar cells of the same row repeat the labels with
each sub-risk's own control and comment, and the page break falls inside sub-risk b)'s
text."""

from h20kit import H20Table
from holdout_model import Col, Doc, P, Page

TTN_ROWS = [
    {"process": "Parkeringsövervakning",
     "risk": "Risk att felparkeringsavgifter avskrivs eller makuleras utan att skälet "
             "dokumenteras, så att intäkter går förlorade och bilister behandlas olika.",
     "value": "9",
     "controls": "Genomgång av samtliga makulerade avgifter under perioden i "
                 "parkeringssystemet och jämförelse med de skäl som har angetts.",
     "follows": "Ja",
     "comment": "Av 214 makulerade avgifter hade 209 ett dokumenterat skäl. Fem makuleringar "
                "saknade motivering och har följts upp med parkeringsvakterna."},
    {"process": "Trafiksignaler och gatubelysning",
     "risk": "Risk att felanmälningar om trafiksignaler som slutat fungera inte åtgärdas "
             "inom avtalad tid, vilket kan leda till olyckor i korsningar med mycket trafik.",
     "value": "12",
     "controls": "Uppföljning av åtgärdstiderna för alla felanmälningar om trafiksignaler "
                 "i felanmälningssystemet, jämfört med avtalets krav på fyra timmar.",
     "follows": "Ja",
     "comment": "Åtgärdstiden hölls i 61 av 64 fall. De tre överskridandena inträffade "
                "under en storm i februari och har godtagits enligt avtalet."},
    {"process": "Bidrag till enskilda vägar",
     "risk": "Risk att driftbidrag betalas ut till vägföreningar som inte längre uppfyller "
             "villkoren, till exempel för att vägen inte hålls öppen för allmän trafik.",
     "value": "8",
     "controls": "Besiktning av tio bidragsberättigade vägar och kontroll av att "
                 "vägföreningarnas årsmöteshandlingar har kommit in.",
     "follows": "Delvis",
     "comment": "Två vägar var avstängda med bom utan att föreningen hade anmält det. "
                "Bidragen till dem har hållits inne i väntan på rättelse."},
    {"process": "Markupplåtelse och schakttillstånd",
     "risk": ["Grävning i allmän mark sker varje år på flera hundra platser, och ansvaret "
              "för tillstånd, avgifter och återställning ligger hos olika enheter.",
              "a) Risk att ledningsägare och entreprenörer schaktar i gator och trottoarer "
              "utan giltigt schakttillstånd eller utan godkänd trafikanordningsplan.",
              "b) Risk att gatan efter avslutat schaktarbete inte återställs enligt kommunens "
              "tekniska handbok, så att sättningar och skador uppstår i beläggningen och "
              "kommunen får bära kostnaden för att laga dem efter garantitidens slut.",
              "c) Risk att avgifter för upplåtelse av allmän platsmark inte faktureras eller "
              "faktureras med fel belopp, eftersom tillstånden registreras i ett annat system "
              "än fakturorna."],
     "value": "12",
     "controls": ["a) Oanmälda platsbesök vid 25 pågående schakter och jämförelse med "
                  "registrerade tillstånd och trafikanordningsplaner.",
                  "b) Granskning av slutbesiktningsprotokollen för de schakter som "
                  "avslutades under perioden, med särskild kontroll av att garantitiden har "
                  "registrerats och att brister har åtgärdats.",
                  "c) Avstämning av alla beviljade markupplåtelser mot kundfakturorna i "
                  "ekonomisystemet för januari–april."],
     "follows": "Delvis",
     "comment": ["a) Vid 22 av 25 schakter fanns giltigt tillstånd. Tre entreprenörer "
                 "saknade tillstånd och har fått en sanktionsavgift.",
                 "b) Slutbesiktning saknades för sju av 48 avslutade schakter. Ledningsägarna "
                 "har kallats till besiktning och rutinen för bevakning av garantitider ses "
                 "över.",
                 "c) Alla upplåtelser hade fakturerats med rätt belopp enligt gällande "
                 "taxa."]},
    {"process": "Upphandling av drift- och underhållsentreprenader",
     "risk": "Risk att tilläggsarbeten beställs muntligt av projektledare utan "
             "beställningsrätt, så att kostnaderna överskrider avtalet utan beslut.",
     "value": "12",
     "controls": "Stickprov på 20 fakturor för ändrings- och tilläggsarbeten, som jämförs "
                 "med skriftliga beställningar och attestförteckningen.",
     "follows": "Ja",
     "comment": "Alla 20 tilläggsarbeten hade beställts skriftligt av behörig person. "
                "Underlaget var i två fall ofullständigt men beloppen var riktiga."},
    {"process": "Fordon och maskiner",
     "risk": "Risk att kommunens fordon och arbetsmaskiner används privat eller tankas "
             "med drivmedelskort för annat än tjänsteresor och arbetsuppgifter.",
     "value": "6",
     "controls": "Jämförelse mellan körjournaler, drivmedelskortens transaktioner och "
                 "GPS-loggarna för tolv fordon under mars.",
     "follows": "Ja",
     "comment": "Inga tecken på privat användning hittades. Körjournalerna var ifyllda "
                "för samtliga resor."},
]


def ttn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 4.4, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.8, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.8, "comment"),
    ]
    table = H20Table("Riskerna", cols, TTN_ROWS, rules="none", header_fill=None,
                     head_rule="0.75pt solid #1f3864", header_valign="bottom", size=8.0,
                     font="DejaVu Sans", pad=0.1, pad_v=0.2, para_after=0.08,
                     keep_rows=False, margin_top=0.15)
    blocks = [
        P("Teknik- och trafiknämnden", "Sub"),
        P("Internkontroll 2024 – uppföljning efter första tertialet", "Title"),
        P("Teknik- och trafiknämnden beslutade om internkontrollplanen för 2024 i december "
          "2023. Planen bygger på förvaltningens riskanalys, där sannolikhet och konsekvens "
          "har bedömts på en skala från 1 till 4 och riskvärdet är produkten av de två "
          "bedömningarna."),
        P("I riskanalysen bedömdes 21 risker. Åtta av dem har ett riskvärde på 6 eller "
          "högre och kontrolleras enligt planen. Tre av de åtta gäller schakt i allmän mark "
          "och redovisas tillsammans, som a, b och c under samma process."),
        P("Uppföljningen avser perioden januari–april 2024. För varje risk anges kontrollen "
          "som har gjorts och vad den har visat; där en risk har delats upp i delrisker har "
          "varje delrisk sin egen kontroll och kommentar, märkt med samma bokstav."),
        P("Kontrollerna har genomförts av gatuenheten, trafikenheten och "
          "förvaltningens controller. Urvalen har gjorts slumpvis där inget annat anges, "
          "och avvikelser har rapporterats till enhetscheferna löpande under perioden. "
          "Kommentarerna beskriver läget den 30 april 2024; åtgärder som har beslutats "
          "efter det redovisas i nästa uppföljning, tillsammans med resultatet av de "
          "kontroller som enligt planen görs under tertial 2 och 3. Nämnden får dessutom "
          "en muntlig redovisning av schaktkontrollerna vid sammanträdet i juni, eftersom "
          "flera av bristerna rör ledningsägare som kommunen har avtal med och som "
          "förvaltningen har kallat till särskilda möten under maj."),
        P("Kontroller under tertial 1", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i stort sett är tillräcklig. "
          "Bevakningen av garantitider vid schakt och uppföljningen av bidragen till enskilda "
          "vägar förbättras under hösten och följs upp i helårsrapporten."),
    ]
    return Doc(
        name="ttn2024_unruled_subrisks_across_page_break",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.9, right=1.9),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=8.0,
        footer="Teknik- och trafiknämnden | Internkontroll tertial 1 2024 | {page}/{pages}",
        organ="Teknik- och trafiknämnden",
        year=2024,
        period="tertial",
        title="Internkontroll 2024 – uppföljning efter första tertialet",
        risks_inventoried=21,
        risks_critical=8,
    )
