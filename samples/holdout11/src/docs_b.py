"""Holdout11 document B: Färdtjänstnämnden, a fully ruled risk table with value cells merged
vertically over two risks ("Följer plan" "Ja" in one cell spanning risks 2 and 3, at the top
of the cell; "Riskvärde" 9 in one cell spanning risks 4 and 5, centred vertically) and two
blank template rows (ruled, every cell empty) left at the end of the table."""

from h11kit import BLANK, VALIGN, H11Table
from holdout_model import Col, Doc, P, Page

FTN_ROWS = [
    {
        "process": "Tillståndsprövning",
        "risk": "Risk att tillstånd till färdtjänst beviljas eller avslås utan att sökandens "
        "funktionsnedsättning och förflyttningsförmåga har utretts, så att likartade "
        "ansökningar bedöms olika.",
        "value": "12",
        "controls": "Granskning av 40 slumpvis valda beslut om färdtjänsttillstånd mot "
        "lagen om färdtjänst och nämndens riktlinjer för bedömning.",
        "follows": "Delvis",
        "comment": "36 av 40 beslut var välgrundade. I fyra avslagsbeslut saknades läkarintyg "
        "eller egen bedömning av gångförmågan; handläggarna har fått en ny mall för "
        "utredningen.",
    },
    {
        "process": "Riksfärdtjänst",
        "risk": "Risk att resor med riksfärdtjänst ersätts med belopp som inte motsvarar "
        "kostnaden för en resa med allmänna kommunikationer, eller att egenavgiften inte "
        "tas ut.",
        "value": "12",
        "controls": "Stickprov på 30 beviljade resor: beräkning av egenavgift och val av "
        "färdsätt enligt Transportstyrelsens föreskrifter.",
        "follows": "Ja",
        "_span": {"follows": 2},
        "comment": "Samtliga 30 resor hade rätt egenavgift. Två resor med ledsagare "
        "bokades med taxi i stället för tåg, vilket var motiverat av resenärens "
        "funktionsnedsättning.",
    },
    {
        "process": "Avtal med trafikföretag",
        "risk": "Risk att upphandlade trafikföretag inte uppfyller avtalens krav på "
        "fordonens utrustning och förarnas utbildning, så att resenärer med rullstol "
        "inte kan resa säkert.",
        "value": "9",
        "controls": "Fordonskontroll av 20 fordon vid två tillfällen och granskning av "
        "företagens register över förarutbildning.",
        "comment": "Alla kontrollerade fordon hade godkänd förankring för rullstol. Tre "
        "förare saknade dokumenterad utbildning; företaget har visat intyg i efterhand.",
    },
    {
        "process": "Fakturakontroll",
        "risk": "Risk att kommunen betalar för resor som inte har utförts eller som har "
        "debiterats med fel taxa, eftersom fakturorna inte stäms av mot "
        "beställningscentralens resedata.",
        "value": "9",
        "_span": {"value": 2},
        VALIGN: {"value": "middle"},
        "controls": "Avstämning av fakturaunderlag mot resedata i IT-stödet för "
        "beställningscentralen för maj och juni, och per 2024-08-31 för alla fakturor "
        "över 50 000 kronor.",
        "follows": "Delvis",
        "comment": "Differensen mellan fakturor och resedata var 0,8 procent. 14 resor var "
        "debiterade två gånger; beloppet har krediterats av trafikföretaget.",
    },
    {
        "process": "Resenärernas synpunkter",
        "risk": "Risk att klagomål på förseningar och bemötande inte registreras och följs "
        "upp, så att brister i kvaliteten inte upptäcks och åtgärdas.",
        "controls": "Genomgång av alla synpunkter som kom in via e-tjänsten och "
        "telefon under tertialet: registrering, svarstid och åtgärd.",
        "follows": "Nej",
        "comment": "112 av 187 synpunkter hade besvarats inom tio arbetsdagar. Synpunkter "
        "som lämnats per telefon registrerades inte alltid; rutinen ses över "
        "tillsammans med beställningscentralen.",
    },
    {
        "process": "Sekretess och personuppgifter",
        "risk": "Risk att uppgifter om resenärernas hälsa och funktionsnedsättning lämnas "
        "ut till trafikföretagen i större omfattning än vad som behövs för att utföra "
        "resan.",
        "value": "8",
        "controls": "Granskning av vilka uppgifter som förs över från ärendesystemet till "
        "beställningscentralen och vidare till förarnas körordrar.",
        "follows": "Ja",
        "comment": "Körordern innehöll endast hjälpmedel och behov av hjälp vid av- och "
        "påstigning. Inga känsliga uppgifter utöver det fördes över.",
    },
    {BLANK: True},
    {BLANK: True},
]


def ftn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.7, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.6, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.3, "comment", "left"),
    ]
    t = H11Table("Risker", cols, FTN_ROWS, rule="0.5pt solid #404040",
                 header_fill="#dae3f3", font="DejaVu Serif", size=8.5, pad=0.1,
                 margin_top=0.2, blank_height=0.6)
    title = "Uppföljning av internkontrollplan 2024, tertial 2"
    blocks = [
        P("Färdtjänstnämnden", "Sub"),
        P(title, "Title"),
        P("Förslag till beslut: Färdtjänstnämnden godkänner uppföljningen av "
          "internkontrollplanen för tertial 2 2024."),
        P("Inledning", "H2"),
        P("Färdtjänstnämnden ansvarar för färdtjänst och riksfärdtjänst för kommunens "
          "invånare och för upphandling och uppföljning av de trafikföretag som utför "
          "resorna. Vid utgången av augusti hade drygt 4\u00a0300 personer tillstånd till "
          "färdtjänst, och under perioden utfördes omkring 161\u00a0000 resor."),
        P("Enligt kommunens riktlinjer för intern kontroll ska nämnden varje år anta en "
          "internkontrollplan och följa upp den i samband med tertialrapporterna. Denna "
          "uppföljning avser perioden januari–augusti 2024 (tertial 2)."),
        P("Riskanalys och urval", "H2"),
        P("Förvaltningen har bedömt 15 risker i nämndens verksamhet utifrån sannolikhet och "
          "konsekvens. Sex av dem fick ett riskvärde på 8 eller högre och har kontrollmoment i "
          "planen; de redovisas i tabellen på nästa sida. Där samma värde gäller för två risker i rad "
          "står det en gång, i en sammanslagen cell."),
        P("Uppföljning av tidigare brister", "H2"),
        P("I helårsuppföljningen för 2023 konstaterade nämnden brister i avstämningen av "
          "fakturor och i hanteringen av synpunkter. Förvaltningen har sedan dess infört en "
          "månatlig avstämning av fakturor över 50 000 kronor och en gemensam mall för "
          "registrering av synpunkter. Kontrollerna i år visar om åtgärderna har fått avsedd "
          "effekt."),
        P("Resultat av kontrollerna", "H2", break_before=True),
        t,
        P("Slutsatser", "H2"),
        P("Kontrollerna visar att rutinerna för riksfärdtjänst och hanteringen av "
          "personuppgifter fungerar. Registreringen av synpunkter och avstämningen av "
          "fakturor behöver förbättras. Åtgärderna redovisas i helårsuppföljningen, som "
          "nämnden behandlar i februari 2025."),
    ]
    return Doc(
        "ftn2024_merged_value_cells_blank_rows", blocks,
        Page(left=2.0, right=2.0, top=2.0, bottom=2.0),
        font="DejaVu Serif", body_size=10, cell_size=8.5,
        footer="Färdtjänstnämnden – tertialrapport 2 2024 – {page} ({pages})",
        organ="Färdtjänstnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=15, risks_critical=6,
    )
