"""Holdout21 document A: Socialtjänstnämnden, a ruled risk table with two risk values per
row, "Riskvärde före åtgärd" and "Riskvärde efter åtgärd" (Process | Risk | Riskvärde före
åtgärd | Kontrollmoment | Åtgärd | Riskvärde efter åtgärd | Följer plan). The value before
the measure is ``risk_value``; the value after it goes to ``extra`` under its header."""

from h21kit import H21Table
from holdout_model import Col, Doc, P, Page

STN_ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd betalas ut på felaktiga grunder, eftersom "
             "sökandens inkomster och tillgångar inte alltid kontrolleras mot "
             "Försäkringskassan och Skatteverket vid nyansökan.",
     "before": "12",
     "controls": "Stickprov i 30 nyansökningar per halvår, där handläggarens kontroll i "
                 "SSBTEK och dokumentationen i journalen granskas.",
     "handling": "Checklista för inkomstkontroll vid nyansökan införs och gås igenom på "
                 "arbetsplatsträffarna. Återkrav utreds i alla ärenden med felaktig "
                 "utbetalning.",
     "after": "6",
     "follows": "Ja"},
    {"process": "Barn och unga",
     "risk": "Risk att förhandsbedömningar efter orosanmälningar inte görs inom de fjorton "
             "dagar som socialtjänstlagen kräver, så att barn som far illa inte "
             "uppmärksammas i tid.",
     "before": "16",
     "controls": "Månatlig uppföljning i verksamhetssystemet av tiden från inkommen "
                 "anmälan till beslut om att inleda eller inte inleda utredning.",
     "handling": "Mottagningsgruppen förstärks med en socialsekreterare, och anmälningarna "
                 "fördelas dagligen av förste socialsekreterare.",
     "after": "8",
     "follows": "Delvis"},
    {"process": "Familjehemsvård",
     "risk": "Risk att barn som är placerade i familjehem inte får de lagstadgade besöken "
             "av sin socialsekreterare, eftersom personalomsättningen i "
             "familjehemsgruppen är hög.",
     "before": "12",
     "controls": "Genomgång av besöksdokumentationen för samtliga placerade barn under "
                 "perioden januari–augusti.",
     "handling": "En besöksplan för varje barn läggs in i verksamhetssystemet med "
                 "automatisk påminnelse till ansvarig handläggare.",
     "after": "6",
     "follows": "Nej"},
    {"process": "Missbruks- och beroendevård",
     "risk": "Risk att platser på HVB-hem och behandlingshem köps utanför ramavtalen utan "
             "att direktupphandlingen dokumenteras och utan att priset prövas.",
     "before": "9",
     "controls": "Avstämning av alla placeringar utanför ramavtal mot "
                 "upphandlingsdokumentationen och besluten om köp.",
     "handling": "En mall för dokumentation av direktupphandlade placeringar tas fram "
                 "tillsammans med upphandlingsenheten.",
     "after": "4",
     "follows": "Ja"},
    {"process": "Våld i nära relationer",
     "risk": "Risk att skyddade personuppgifter röjs när handlingar skickas eller lämnas "
             "ut, till exempel genom att en adress framgår av ett beslut som skickas till "
             "motparten.",
     "before": "12",
     "controls": "Granskning av 20 ärenden med sekretessmarkering eller skyddade "
                 "personuppgifter, särskilt av utskick och utlämnade handlingar.",
     "handling": "Rutinen för skyddade personuppgifter revideras, och all personal går "
                 "den digitala utbildningen före årsskiftet.",
     "after": "4",
     "follows": "Ja"},
    {"process": "Sociala kontrakt",
     "risk": "Risk att hyran för sociala kontrakt inte faktureras eller följs upp, så att "
             "hyresskulderna växer utan att förvaltningen agerar.",
     "before": "8",
     "controls": "Avstämning mellan förteckningen över sociala kontrakt och "
                 "hyresfakturorna i ekonomisystemet för januari–augusti.",
     "handling": "Boendesamordnaren tar över bevakningen av hyresskulder, och skulder över "
                 "två månadshyror rapporteras till enhetschefen.",
     "after": "4",
     "follows": "Delvis"},
    {"process": "Dokumentation",
     "risk": "Risk att journalanteckningar förs in i verksamhetssystemet långt efter "
             "händelsen eller inte alls, så att det inte går att följa hur ett ärende har "
             "handlagts.",
     "before": "9",
     "controls": "Stickprov i 25 akter per enhet, där datum för händelsen jämförs med "
                 "datum för journalanteckningen.",
     "handling": "En riktlinje om dokumentation inom två arbetsdagar beslutas och följs "
                 "upp i ledningsgruppen varje kvartal.",
     "after": "6",
     "follows": "Ja"},
    {"process": "Arvoden till uppdragstagare",
     "risk": "Risk att arvoden och omkostnadsersättningar till familjehem och "
             "kontaktpersoner betalas ut med fel belopp eller för perioder då uppdraget har "
             "upphört.",
     "before": "12",
     "controls": "Jämförelse mellan utbetalda arvoden och gällande uppdragsavtal för 40 "
                 "uppdragstagare.",
     "handling": "Uppdragsavtalen registreras med slutdatum i lönesystemet, så att "
                 "utbetalningen stoppas automatiskt.",
     "after": "8",
     "follows": "Ja"},
]


def stn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("before", "Riskvärde före åtgärd", 1.6, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("handling", "Åtgärd", 3.4, "handling"),
        Col("after", "Riskvärde efter åtgärd", 1.6, None, align="center"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
    ]
    table = H21Table("Internkontrollplan 2024", cols, STN_ROWS, rule="0.5pt solid #404040",
                     header_fill="#dbe5f1", header_valign="top", size=8.0,
                     font="Liberation Sans", pad=0.1, keep_rows=True, margin_top=0.15)
    blocks = [
        P("Socialtjänstnämnden", "Sub"),
        P("Internkontrollplan 2024. Uppföljning helår", "Title"),
        P("Socialtjänstnämnden antog internkontrollplanen för 2024 i december 2023. "
          "Planen bygger på förvaltningens riskanalys, där sannolikhet och konsekvens har "
          "bedömts på en skala från 1 till 4 och riskvärdet är produkten av de två "
          "bedömningarna."),
        P("I riskanalysen för 2024 bedömdes 23 risker. Åtta av dem hade ett riskvärde "
          "före åtgärd på 8 eller högre och ingår därför i internkontrollplanen."),
        P("För varje risk anges två riskvärden. Riskvärdet före åtgärd är det som "
          "riskanalysen gav med de kontroller som redan fanns. Riskvärdet efter åtgärd är "
          "förvaltningens bedömning av hur stor risken blir när den planerade åtgärden är "
          "genomförd; det bedöms på nytt i nästa års riskanalys. Kontrollerna har gjorts "
          "av enhetscheferna och förvaltningens kvalitetsstrateg."),
        P("Kontroller och åtgärder 2024", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Handläggningstiderna för förhandsbedömningar och besöken i familjehemmen "
          "kräver fortsatt uppföljning, och båda riskerna tas med i internkontrollplanen "
          "för 2025."),
    ]
    return Doc(
        name="stn2024_two_risk_values",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.8, left=1.9, right=1.8),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=8.0,
        footer="Socialtjänstnämnden – Uppföljning av internkontrollplan 2024 – sida {page} "
               "av {pages}",
        organ="Socialtjänstnämnden",
        year=2024,
        period="helår",
        title="Internkontrollplan 2024. Uppföljning helår",
        risks_inventoried=23,
        risks_critical=8,
    )
