"""Holdout17 document A: Stöd- och omsorgsnämnden, a Word-style risk table whose author
removed some of its borders: lines between the rows only in the Risk and Kontrollmoment
columns (no line between those two), full boxes round the value cells (Riskvärde, Följer
plan), no lines at all in the Process column (no outer left edge, no line to Risk) and only
the outer right edge in the Kommentar column; the header row has a rule above and below it
over the whole width. The table runs over two pages, rows kept together."""

from h17kit import EdgeTable, H17Doc
from holdout_model import Col, P, Page

SON_ROWS = [
    {
        "process": "Myndighetsutövning LSS",
        "risk": "Risk att beslut om insatser enligt LSS inte verkställs inom tre månader, "
        "vilket kan leda till särskild avgift och att den enskilde står utan stöd.",
        "controls": "Uppföljning av alla ej verkställda beslut per den 30 april och den 31 "
        "augusti mot rapporteringen till Inspektionen för vård och omsorg.",
        "value": "12",
        "follows": "Delvis",
        "comment": "Elva beslut om bostad med särskild service var inte verkställda den 31 "
        "augusti. Två nya gruppbostäder öppnar under hösten.",
    },
    {
        "process": "Myndighetsutövning LSS",
        "risk": "Risk att utredningar om personlig assistans inte dokumenteras enligt "
        "gällande föreskrifter, så att besluten inte går att överpröva.",
        "controls": "Granskning av 15 slumpvis valda utredningar om personlig assistans mot "
        "förvaltningens dokumentationsrutin och checklista.",
        "value": "9",
        "follows": "Ja",
        "comment": "Samtliga granskade utredningar uppfyllde kraven. En utredning saknade "
        "signerad kommunicering, vilket har rättats.",
    },
    {
        "process": "Hemtjänst",
        "risk": "Risk att planerade besök inte utförs eller att den beviljade tiden inte "
        "följs, utan att biståndshandläggaren får kännedom om avvikelsen.",
        "controls": "Jämförelse mellan beviljad och utförd tid i planeringssystemet för "
        "samtliga hemtjänstgrupper under maj och juni.",
        "value": "12",
        "follows": "Nej",
        "comment": "Utförd tid understeg beviljad tid med mer än tio procent i tre av åtta "
        "grupper. Avvikelserna rapporterades inte till handläggarna.",
    },
    {
        "process": "Särskilt boende",
        "risk": "Risk att läkemedel hanteras felaktigt på grund av bristande delegering "
        "från legitimerad personal, vilket kan orsaka allvarliga vårdskador.",
        "controls": "Kontroll av att all personal som delar ut läkemedel har en giltig "
        "delegering, genom stickprov på fyra boenden.",
        "value": "16",
        "follows": "Delvis",
        "comment": "På två boenden saknade sammanlagt sju timanställda en giltig delegering. "
        "Rutinen för introduktion av timanställda har skärpts.",
    },
    {
        "process": "Avgifter inom äldreomsorgen",
        "risk": "Risk att avgifter för hemtjänst och boende beräknas på inaktuella "
        "inkomstuppgifter, så att omsorgstagare debiteras fel belopp.",
        "controls": "Stickprov på 30 avgiftsbeslut: inkomstuppgifterna jämförs med den "
        "senaste inkomstförfrågan till Pensionsmyndigheten.",
        "value": "8",
        "follows": "Ja",
        "comment": "Alla 30 avgiftsbeslut byggde på aktuella uppgifter. Den årliga "
        "inkomstförfrågan skickades ut i januari.",
    },
    {
        "process": "Privata utförare",
        "risk": "Risk att avtalsuppföljningen av privata utförare av hemtjänst inte "
        "genomförs, så att brister i kvaliteten inte upptäcks i tid.",
        "controls": "Kontroll av att avtalsuppföljning enligt uppföljningsplanen har "
        "genomförts och dokumenterats för samtliga fyra utförare.",
        "value": "9",
        "follows": "Delvis",
        "comment": "Uppföljning har gjorts hos tre av fyra utförare. Den fjärde "
        "uppföljningen är flyttad till oktober efter byte av verksamhetschef.",
    },
    {
        "process": "Kompetensförsörjning",
        "risk": "Risk att verksamheterna inte kan rekrytera undersköterskor med "
        "skyddad yrkestitel, vilket ökar beroendet av bemanningsföretag.",
        "controls": "Uppföljning av andelen tillsvidareanställda undersköterskor med "
        "yrkesbevis och av kostnaderna för inhyrd personal per månad.",
        "value": "12",
        "follows": "Ja",
        "comment": "Andelen med yrkesbevis var 78 procent. Kostnaden för inhyrd personal "
        "minskade jämfört med samma period föregående år.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att medarbetare läser journaler och genomförandeplaner utan att ha "
        "en vårdrelation till den enskilde, i strid med patientdatalagen.",
        "controls": "Loggkontroll av åtkomsten till 40 slumpvis valda journaler i "
        "verksamhetssystemet under april–juni.",
        "value": "12",
        "follows": "Ja",
        "comment": "Ingen otillåten åtkomst upptäcktes. Två inloggningar utan vårdrelation "
        "förklarades av jourtjänstgöring och godtogs.",
    },
]


def son2024() -> H17Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("controls", "Kontrollmoment", 3.5, "controls"),
        Col("value", "Riskvärde", 1.6, "risk_value", align="left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.9, "comment"),
    ]
    rule = "0.5pt solid #000000"
    table = EdgeTable(
        "Risktabell", cols, SON_ROWS, rule=rule, header_fill=None, size=8.5,
        font="Liberation Sans", pad=0.1, margin_top=0.15,
        # the author's borders: rows ruled in Risk and Kontrollmoment only, boxed values,
        # no lines in Process (no outer left edge), the right edge only in Kommentar
        edges={"process": "", "risk": "tb", "controls": "tb", "value": "tblr",
               "follows": "tblr", "comment": "r"},
        head_edges={"process": "tb", "risk": "tb", "controls": "tb", "value": "tblr",
                    "follows": "tblr", "comment": "tbr"},
    )
    blocks = [
        P("Stöd- och omsorgsnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024 – tertial 2", "Title"),
        P("Nämnden beslutade om internkontrollplanen för 2024 den 14 december 2023. "
          "Den här rapporten redovisar resultatet av de kontroller som har genomförts "
          "under perioden januari–augusti. Kontroller som ännu inte har slutförts "
          "redovisas med bedömningen Delvis och följs upp i helårsrapporten."),
        P("Riskanalys och urval", "H2"),
        P("Förvaltningens ledningsgrupp har tillsammans med enhetscheferna inventerat 23 "
          "risker inom myndighetsutövning, verkställighet och administration. Riskerna har "
          "värderats efter sannolikhet och konsekvens på en fyrgradig skala. Åtta av "
          "riskerna fick ett riskvärde på 8 eller högre och ingår därför i planen med "
          "ett eller flera kontrollmoment."),
        P("Kontrollerna har genomförts av kvalitetsutvecklare, medicinskt ansvarig "
          "sjuksköterska och förvaltningens controller. Resultaten har stämts av med "
          "respektive verksamhetschef innan rapporten skrevs."),
        P("Resultat", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms vara tillräcklig inom myndighetsutövningen men "
          "behöver förstärkas inom hemtjänsten, där avvikelser mellan beviljad och utförd "
          "tid inte rapporteras. Förvaltningen återkommer med en åtgärdsplan till "
          "nämndens sammanträde i oktober."),
    ]
    return H17Doc(
        name="son2024_inconsistent_cell_borders",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=2.2, right=2.3),
        font="Liberation Serif",
        body_size=11.0,
        cell_size=8.5,
        footer="Stöd- och omsorgsnämnden, tertialrapport 2 2024 – sida {page} av {pages}",
        organ="Stöd- och omsorgsnämnden",
        year=2024,
        period="tertial",
        title="Uppföljning av internkontrollplan 2024 – tertial 2",
        risks_inventoried=23,
        risks_critical=8,
    )
