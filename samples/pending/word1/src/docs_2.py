"""Word report 2: Arbetsmarknads- och integrationsnämnden, delår 2025. Two risk tables with
different columns, "Kritiska risker" (Word's "Grid Table 4 - Accent 1": white on blue
header, banded rows) and "Övriga risker som följs upp" (Word's "Plain Table 1"), both giving
risks (seq in document order), with a key-figure table between them; the first table's
narrow answer column has one header typed on two lines ("Följer" / "plan", a manual line
break inside one header cell)."""

from holdout_model import Col, P, Page, SmallTable, Table
from tagged_writer import WordDoc, grid_table_4, plain_table_1

CRITICAL = [
    {"process": "Anställningsstöd och extratjänster",
     "risk": "Risk att kommunen rekvirerar ersättning från Arbetsförmedlingen för "
             "anställda som har slutat eller varit tjänstlediga under perioden.",
     "value": "12",
     "controls": "Månadsvis avstämning av rekvirerade belopp mot lönesystemets "
                 "uppgifter om anställning och frånvaro.",
     "follows": "Delvis",
     "comment": "Avstämningen har gjorts för januari–juli. I två fall hade ersättning "
                "rekvirerats efter att anställningen upphört; 38 400 kronor har betalats "
                "tillbaka."},
    {"process": "Feriearbete för ungdomar",
     "risk": "Risk att ungdomar placeras i verksamheter med barn utan att utdrag ur "
             "belastningsregistret har visats upp.",
     "value": "9",
     "controls": "Kontroll av registerutdrag före placering, dokumenterad i "
                 "ansökningssystemet.",
     "follows": "Ja",
     "comment": "Samtliga 74 placeringar i förskola och fritidshem hade dokumenterat "
                "registerutdrag."},
    {"process": "Sfi",
     "risk": "Risk att betyg i svenska för invandrare sätts utan tillräckligt underlag, "
             "så att betygssättningen inte blir likvärdig mellan skolenheterna.",
     "value": "8",
     "controls": "Sambedömning av nationella prov och stickprov på betygsunderlag.",
     "follows": "Ja",
     "comment": "Sambedömning har genomförts vid båda skolenheterna. Stickproven visade "
                "inga avvikelser."},
    {"process": "Upphandling",
     "risk": "Risk att tolktjänster köps från leverantörer utanför ramavtalet.",
     "value": "9",
     "controls": "Genomgång av leverantörsfakturor för tolktjänster under första "
                 "halvåret.",
     "follows": "Nej",
     "comment": "Kontrollen har flyttats till tertial 3 på grund av byte av "
                "ekonomisystem. Resultatet redovisas i årsrapporten."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att känsliga personuppgifter om deltagare skickas med okrypterad "
             "e-post till externa utförare.",
     "value": "8",
     "controls": "Utbildning av handläggare och stickprov i funktionsbrevlådan.",
     "follows": "Delvis",
     "comment": "Utbildningen är genomförd för 31 av 36 handläggare. Stickprovet hittade "
                "tre meddelanden med personnummer; rutinen har förtydligats."},
    {"process": "Attest",
     "risk": "Risk att fakturor för köpta platser attesteras av den som har beställt "
             "platsen.",
     "value": "9",
     "controls": "Behörighetskontroll i ekonomisystemet och stickprov på 25 fakturor.",
     "follows": "Ja",
     "comment": "Inga avvikelser i stickprovet."},
]

OTHER = [
    {"process": "Arbetsmiljö",
     "risk": "Risk för hög sjukfrånvaro bland handledare i arbetsträningen på grund av "
             "stora grupper.",
     "s": "3", "k": "2",
     "handling": "Gruppernas storlek begränsas till åtta deltagare per handledare.",
     "resp": "Enhetschef arbetsträning",
     "status": "Genomförd"},
    {"process": "Samverkan med Arbetsförmedlingen",
     "risk": "Risk att deltagare saknar aktuell gemensam planering, så att insatser "
             "dubbleras eller uteblir.",
     "s": "2", "k": "3",
     "handling": "Gemensam genomgång av pågående ärenden varje månad.",
     "resp": "Verksamhetschef",
     "status": "Pågår"},
    {"process": "Dokumenthantering",
     "risk": "Risk att beslut om arbetsmarknadsinsatser inte diarieförs.",
     "s": "2", "k": "2",
     "handling": "Ny mall i verksamhetssystemet som skapar diarienummer automatiskt.",
     "resp": "Registrator",
     "status": "Delvis genomförd"},
    {"process": "Bisysslor",
     "risk": "Risk att anställda har bisysslor hos anordnare som nämnden köper "
             "platser av.",
     "s": "2", "k": "3",
     "handling": "Bisysslor tas upp i medarbetarsamtalen och registreras i "
                 "personalsystemet.",
     "resp": "Respektive chef",
     "status": "Genomförd"},
]

CRIT_COLS = [
    Col("process", "Process", 2.6, "process", "left"),
    Col("risk", "Risk", 4.4, "risk", "left"),
    Col("value", "Riskvärde", 1.5, "risk_value", "center"),
    Col("controls", "Kontrollmoment", 3.6, "controls", "left"),
    Col("follows", "Följer\nplan", 1.2, "follows_plan", "left"),
    Col("comment", "Kommentar", 3.7, "comment", "left"),
]

OTHER_COLS = [
    Col("process", "Process", 2.4, "process", "left"),
    Col("risk", "Risk", 4.3, "risk", "left"),
    Col("s", "Sannolikhet", 1.4, "probability", "center"),
    Col("k", "Konsekvens", 1.4, "consequence", "center"),
    Col("handling", "Planerad åtgärd", 3.9, "handling", "left"),
    Col("resp", "Ansvarig", 2.0, None, "left"),
    Col("status", "Status", 1.6, "follows_plan", "left"),
]

TITLE = "Delårsuppföljning av internkontrollplan 2025"


def aien2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 2.0, 2.0)
    blocks = [
        P("Arbetsmarknads- och integrationsnämnden", "Organ"),
        P(TITLE, "Title"),
        P("Uppföljning per 31 augusti 2025", "Subtitle"),
        P("1 Sammanfattning", "H1"),
        P("Nämnden antog internkontrollplanen för 2025 i december 2024. I riskanalysen "
          "för 2025 bedömdes 24 risker. Sex av dem bedömdes som kritiska och ingår i "
          "internkontrollplanen. Ytterligare fyra risker med lägre riskvärde följs upp av "
          "förvaltningen under året utan att ingå i planen."),
        P("Av de kritiska riskerna följer tre planen, två delvis och en inte alls, "
          "eftersom kontrollen av tolktjänster har flyttats till hösten."),
        P("2 Kritiska risker", "H1"),
        P("Tabell 1. Kritiska risker i internkontrollplanen och uppföljning per 31 augusti.",
          "Caption"),
        Table("Kritiska", CRIT_COLS, CRITICAL, size=9.0, font="Carlito",
              **grid_table_4()),
        P("3 Nyckeltal", "H1"),
        P("Nyckeltalen visar verksamhetens volymer under årets första åtta månader, jämfört "
          "med samma period förra året."),
        SmallTable("Nyckeltal", ["Nyckeltal", "Jan–aug 2024", "Jan–aug 2025"],
                   [8.0, 3.0, 3.0],
                   [["Deltagare i arbetsmarknadsinsatser", "412", "455"],
                    ["Andel till arbete eller studier", "38 %", "41 %"],
                    ["Extratjänster", "64", "52"],
                    ["Ungdomar i feriearbete", "310", "295"],
                    ["Nettokostnad, tkr", "48 210", "49 870"]],
                   ["left", "right", "right"], rule="0.5pt solid #BFBFBF", size=10.0,
                   header_fill="#D9E2F3"),
        P("4 Övriga risker som följs upp", "H1"),
        P("Risker med ett riskvärde under 8 ingår inte i internkontrollplanen. Fyra av dem "
          "följs ändå upp av förvaltningen, eftersom åtgärder har beslutats."),
        P("Tabell 2. Övriga risker som följs upp.", "Caption"),
        Table("Ovriga", OTHER_COLS, OTHER, size=9.0, font="Carlito", **plain_table_1()),
        P("5 Samlad bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen är tillräcklig. Avvikelsen "
          "för anställningsstöd har rättats och rutinen för avstämning gäller från "
          "augusti."),
    ]
    return WordDoc(
        name="aien2025_two_risk_tables_keyfigures",
        blocks=blocks,
        page=page,
        font="Carlito",
        body_size=11.0,
        footer="Arbetsmarknads- och integrationsnämnden | Delårsuppföljning 2025 | "
               "Sida {page} av {pages}",
        organ="Arbetsmarknads- och integrationsnämnden",
        year=2025,
        period="delår",
        title=TITLE,
        risks_inventoried=24,
        risks_critical=6,
    )
