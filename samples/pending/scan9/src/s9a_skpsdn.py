"""scan9 document A: Skarpnäcks stadsdelsnämnd, helår 2025 ("Helårsuppföljning" in the
title), A4 portrait, a plain ruled Word table (DejaVu Sans 8.5 pt, every cell ruled, light
grey header) in the usual order, nine risks over **two pages** (rows kept whole, the header
row repeated on page 2), **no quirk**. The counts in the other order: the critical
("väsentliga") count first, the inventoried count in the next sentence. Scanned grey at
300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd beviljas utan att den sökandes rätt till andra "
             "ersättningar, till exempel sjukpenning och bostadsbidrag, har utretts.",
     "value": "12",
     "controls": "Stickprov på 30 akter per halvår med kontroll av att andra ersättningar "
                 "har prövats före beslut.",
     "follows": "Ja",
     "comment": "Samtliga 60 granskade akter innehöll en dokumenterad prövning av andra "
                "ersättningar. Kontrollen via SSBTEK används i alla nyansökningar."},
    {"process": "Barn och familj",
     "risk": "Risk att förhandsbedömningar av orosanmälningar inte görs inom fjorton dagar "
             "enligt socialtjänstlagen.",
     "value": "12",
     "controls": "Månatlig uppföljning av tiden från inkommen anmälan till beslut om att "
                 "inleda eller inte inleda utredning.",
     "follows": "Delvis",
     "comment": "94 procent av förhandsbedömningarna gjordes inom fjorton dagar. "
                "Överskridandena gällde främst sommarmånaderna, då bemanningen var lägre. "
                "Sommarplaneringen för 2026 ses över."},
    {"process": "Förskola",
     "risk": "Risk att barn lämnas ut till en obehörig person vid hämtning på förskolan.",
     "value": "8",
     "controls": "Kontroll av att varje förskoleenhet har en uppdaterad förteckning över "
                 "vilka som får hämta barnen.",
     "follows": "Ja",
     "comment": "Förteckningarna var uppdaterade på samtliga 14 förskoleenheter. "
                "Vårdnadshavarna lämnar uppgifterna i e-tjänsten."},
    {"process": "Hemtjänst",
     "risk": "Risk att brukare i hemtjänsten inte får sina insatser vid planerad tid på "
             "grund av brister i planeringen.",
     "value": "9",
     "controls": "Jämförelse mellan planerade och utförda besök för 50 brukare under två "
                 "veckor i mars och i oktober.",
     "follows": "Delvis",
     "comment": "Andelen besök inom planerad tid var 88 procent i mars och 93 procent i "
                "oktober. Ett nytt planeringsverktyg infördes i juni."},
    {"process": "Fritid",
     "risk": "Risk att kontanter i fritidsgårdarnas kioskverksamhet försvinner eller "
             "redovisas felaktigt.",
     "value": "8",
     "controls": "Oanmälda kassakontroller på tre fritidsgårdar två gånger per år.",
     "follows": "Ja",
     "comment": "Kassorna stämde vid alla sex kontrollerna. Två av fritidsgårdarna har gått "
                "över till kortbetalning."},
    {"process": "Park och lekplatser",
     "risk": "Risk att lekplatsernas redskap inte besiktigas enligt gällande standard, så "
             "att barn skadas av trasig eller felaktigt monterad utrustning.",
     "value": "12",
     "controls": "Kontroll av att den årliga huvudbesiktningen av samtliga lekplatser har "
                 "genomförts och att anmärkningarna har åtgärdats.",
     "follows": "Nej",
     "comment": "Huvudbesiktningen genomfördes på 21 av 26 lekplatser. Fem lekplatser "
                "besiktigades inte eftersom avtalet med besiktningsföretaget sades upp i "
                "förtid. En ny upphandling är klar i januari 2026."},
    {"process": "Upphandling",
     "risk": "Risk att direktupphandlingar görs utan dokumentation och utan att flera "
             "leverantörer har tillfrågats.",
     "value": "9",
     "controls": "Granskning av samtliga direktupphandlingar över 100 000 kronor under "
                 "året.",
     "follows": "Delvis",
     "comment": "Av 14 direktupphandlingar saknade tre dokumentation av jämförda anbud. "
                "Förvaltningens beställare har fått en genomgång av inköpsrutinen."},
    {"process": "Personal",
     "risk": "Risk att medarbetare i verksamheter med barn anställs utan kontroll av "
             "utdrag ur belastningsregistret.",
     "value": "12",
     "controls": "Stickprov på 25 nyanställningar inom förskola och fritid.",
     "follows": "Ja",
     "comment": "Utdrag var kontrollerade och registrerade för alla 25 nyanställda före "
                "första arbetsdagen."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att personuppgifter om enskilda skickas med okrypterad e-post till "
             "externa mottagare.",
     "value": "9",
     "controls": "Genomgång av utgående e-post med personnummer i förvaltningens "
                 "e-postloggar, två gånger per år.",
     "follows": "Ja",
     "comment": "Inga personnummer i okrypterad e-post upptäcktes. Informationen om säker "
                "e-post har upprepats på intranätet."},
]


def skpsdn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.7, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 4.6, "comment"),
    ]
    table = Table("Internkontroll 2025", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#e7e6e6", size=8.5, head_size=8.5, font="DejaVu Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Helårsuppföljning av internkontrollplan 2025"
    blocks = [
        P("Skarpnäcks stadsdelsnämnd", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Stadsdelsnämnden fastställde internkontrollplanen för 2025 i december 2024. I "
          "denna helårsuppföljning redovisas resultatet av årets kontroller. Uppföljningen "
          "lämnas till nämnden tillsammans med verksamhetsberättelsen."),
        P("I stadsdelsnämndens riskanalys för 2025 bedöms nio risker som väsentliga, och för "
          "var och en av dem finns ett kontrollmoment i planen. Sammanlagt har 25 risker "
          "inventerats. Riskvärdet är produkten av sannolikhet och konsekvens på en skala "
          "från 1 till 4; risker med ett värde på 8 eller mer räknas som väsentliga."),
        P("Fem kontroller följer planen, tre följer den delvis och en följer den inte. "
          "Avvikelserna gäller handläggningstider, planeringen i hemtjänsten, "
          "dokumentationen av direktupphandlingar och besiktningen av lekplatser."),
        P("Resultat per kontrollmoment", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak har fungerat under "
          "året. Besiktningen av lekplatserna och förhandsbedömningarna inom barn och "
          "familj följs upp på nytt i internkontrollplanen för 2026."),
    ]
    return Doc(
        name="skpsdn2025_scan_plain_two_pages_helarsuppfoljning",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.8, right=1.8),
        font="DejaVu Serif",
        body_size=10.5,
        cell_size=8.5,
        footer="Skarpnäcks stadsdelsförvaltning · Helårsuppföljning 2025 · Sida {page} av "
               "{pages}",
        organ="Skarpnäcks stadsdelsnämnd",
        year=2025,
        period="helår",
        title=title,
        risks_inventoried=25,
        risks_critical=9,
    )
