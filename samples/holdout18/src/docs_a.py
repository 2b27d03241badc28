"""Holdout18 document A: Fritids- och kulturnämnden, a fully ruled risk table (Process | Risk |
Riskvärde | Kontrollmoment | Följer plan) where every risk row is followed by one shaded row
spanning all columns that holds the outcome of the control as plain text, with no label
("Kommentar:" is not printed anywhere)."""

from h18kit import COMMENT, H18Table
from holdout_model import Col, Doc, P, Page


def risk(process, text, value, controls, follows, outcome):
    return [{"process": process, "risk": text, "value": value, "controls": controls,
             "follows": follows}, {COMMENT: outcome}]


FKN_ROWS = [
    *risk("Föreningsbidrag",
          "Risk att aktivitetsstöd betalas ut på felaktiga grunder, eftersom föreningarna "
          "själva redovisar antalet deltagartillfällen och underlaget sällan granskas.",
          "12",
          "Stickprov på 25 föreningars ansökningar om aktivitetsstöd, där redovisade "
          "deltagartillfällen jämförs med närvarolistor och medlemsregister.",
          "Delvis",
          "Redovisningen stämde i 22 av 25 föreningar. Tre föreningar hade räknat ledare som "
          "deltagare; bidraget har återkrävts med sammanlagt 31 400 kronor och "
          "bidragsreglerna förtydligas inför vårens ansökningsomgång."),
    *risk("Lokalbokning och uthyrning",
          "Risk att idrottshallar och samlingslokaler används utan att bokningen debiteras, "
          "så att intäkter uteblir och föreningar behandlas olika.",
          "9",
          "Jämförelse mellan bokningssystemets bokningar och fakturerade belopp för "
          "perioden januari–augusti, för samtliga elva idrottshallar.",
          "Ja",
          "Alla bokningar som kontrollerades hade fakturerats enligt gällande taxa. Två "
          "kostnadsfria bokningar för skolavslutningar var beslutade av förvaltningschefen."),
    *risk("Biblioteks- och medieinköp",
          "Risk att medier och licenser för e-böcker köps in utanför de upphandlade avtalen, "
          "vilket kan strida mot lagen om offentlig upphandling.",
          "8",
          "Genomgång av leverantörsreskontran för biblioteken: samtliga fakturor över "
          "5 000 kronor prövas mot avtalskatalogen.",
          "Ja",
          "Av 142 fakturor avsåg 139 avtalade leverantörer. De tre övriga gällde "
          "författarbesök, som inte omfattas av avtalen och har direktupphandlats korrekt."),
    *risk("Kulturskolan",
          "Risk att elevavgifter i kulturskolan inte debiteras eller att syskonrabatt ges "
          "felaktigt, eftersom anmälningar registreras manuellt i två system.",
          "9",
          "Avstämning av elevregistret mot faktureringsunderlaget för vårterminen, med "
          "särskild granskning av syskonrabatter och avgiftsbefrielser.",
          "Nej",
          "Avgift saknades för 37 av 612 elever och syskonrabatt hade getts i nio fall där "
          "villkoren inte var uppfyllda. Fakturorna har skickats i efterhand och en "
          "integration mellan systemen utreds."),
    *risk("Offentlig konst",
          "Risk att konstverk i kommunens samling försvinner eller skadas utan att det "
          "upptäcks, eftersom inventeringen av placerade verk är ofullständig.",
          "8",
          "Inventering av de konstverk som enligt konstregistret är placerade i skolor, "
          "förskolor och äldreboenden i kommunens norra del.",
          "Delvis",
          "Av 318 registrerade verk återfanns 301. Sju verk var skadade och tio kunde inte "
          "hittas; förlusterna har anmälts och inventeringen fortsätter i södra delen under "
          "hösten."),
    *risk("Bad- och simhallar",
          "Risk att badvärdar saknar giltig utbildning i livräddning och hjärt-lungräddning, "
          "så att en olycka i simhallen inte kan hanteras.",
          "12",
          "Kontroll av utbildningsregistret för all personal med badbevakning, inklusive "
          "timanställda och sommarvikarier, per den 1 juni.",
          "Ja",
          "Samtliga 46 badvärdar hade godkänt livräddarprov och giltig utbildning i "
          "hjärt-lungräddning. Två nyanställda genomförde provet innan de fick arbeta ensamma."),
    *risk("Fritidsgårds- och ungdomsverksamhet",
          "Risk att personal på fritidsgårdarna anställs utan att utdrag ur "
          "belastningsregistret har visats upp, trots att arbetet innebär kontakt med barn.",
          "12",
          "Granskning av anställningsakterna för samtliga tillsvidareanställda och "
          "timavlönade som började arbeta på fritidsgårdarna under perioden.",
          "Ja",
          "Utdrag hade visats upp och dokumenterats för alla 23 nyanställda. Rutinen i "
          "rekryteringsstödet har fungerat som avsett."),
]


def fkn2024() -> Doc:
    cols = [
        Col("process", "Process", 3.0, "process", align="left"),
        Col("risk", "Risk", 4.6, "risk"),
        Col("value", "Riskvärde", 1.6, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 5.6, "controls"),
        Col("follows", "Följer plan", 1.8, "follows_plan", align="left"),
    ]
    table = H18Table("Internkontroll", cols, FKN_ROWS, rule="0.5pt solid #5b7f95",
                     header_fill="#c9dbe6", size=8.5, font="DejaVu Sans", pad=0.1,
                     keep_rows=True, margin_top=0.15, comment_label="", comment_fill="#eef3f6")
    blocks = [
        P("Fritids- och kulturnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024, tertial 2", "Title"),
        P("Fritids- och kulturnämnden fastställde internkontrollplanen för 2024 i januari. "
          "Planen utgår från förvaltningens riskanalys, där varje risk har bedömts efter "
          "sannolikhet och konsekvens på en fyrgradig skala. Riskvärdet är produkten av "
          "bedömningarna och kan som högst bli 16."),
        P("I riskanalysen har 17 risker bedömts. Sju av dem har ett riskvärde på 8 eller "
          "högre och ingår därför i internkontrollplanen; de kontrollerades under perioden "
          "januari–augusti och redovisas i tabellen nedan."),
        P("Under varje risk står, i en skuggad rad över tabellens hela bredd, vad kontrollen "
          "har visat och vilka åtgärder som har vidtagits."),
        P("Kontroller under tertial 2", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Bristerna i kulturskolans avgiftshantering och i inventeringen av den offentliga "
          "konsten kräver fortsatta åtgärder och följs upp i årsrapporten. Nämnden får en "
          "samlad redovisning av kontrollerna för helåret i februari 2025."),
    ]
    return Doc(
        name="fkn2024_unlabelled_shaded_comment_rows",
        blocks=blocks,
        page=Page(top=1.5, bottom=1.5, left=2.2, right=2.2),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=8.5,
        footer="Fritids- och kulturnämnden | Tertialrapport 2 2024 | {page} ({pages})",
        organ="Fritids- och kulturnämnden",
        year=2024,
        period="tertial",
        title="Uppföljning av internkontrollplan 2024, tertial 2",
        risks_inventoried=17,
        risks_critical=7,
    )
