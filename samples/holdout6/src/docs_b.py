"""Holdout6 document B: Barn- och ungdomsnämnden, the first page's prose (the title's
explanation and the count sentences) set in two newspaper columns, the risk table on the next
page in one column; a ruled table whose process is written only in the first row of each
group, the process cells below left blank (not merged)."""

from holdout_model import Col, Doc, P, Page, Section, Table

BOU_ROWS = [
    {
        "process": "Förskoleplacering",
        "risk": "Risk att barn inte erbjuds plats inom fyra månader från ansökan, som "
        "skollagen kräver.",
        "value": "12",
        "controls": "Uppföljning varje månad av väntetider i placeringssystemet.",
        "follows": "Delvis",
        "comment": "I mars och april fick 14 barn vänta längre än fyra månader. Två nya "
        "avdelningar öppnade i maj och därefter har garantin hållits.",
    },
    {
        "process": None,
        "risk": "Risk att avgifter för förskola beräknas på fel inkomstuppgift, så att "
        "vårdnadshavare betalar för mycket eller för lite.",
        "value": "8",
        "controls": "Stickprov på 40 avgiftsbeslut mot inkomstuppgifterna i "
        "e-tjänsten.",
        "follows": "Ja",
        "comment": "Två fel hittades och har rättats. Felen berodde på att en ändrad "
        "inkomst registrerats efter fakturering.",
    },
    {
        "process": None,
        "risk": "Risk att barn lämnas ut till en person som saknar rätt att hämta barnet.",
        "value": "9",
        "controls": "Kontroll av att hämtningslistor finns och är uppdaterade vid samtliga "
        "förskolor.",
        "follows": "Ja",
        "comment": "Listorna fanns vid alla 22 förskolor. Rutinen har gåtts igenom på "
        "arbetsplatsträffar under våren.",
    },
    {
        "process": "Elevhälsa och skolnärvaro",
        "risk": "Risk att elever med hög frånvaro inte uppmärksammas och att "
        "vårdnadshavare inte kontaktas samma dag.",
        "value": "16",
        "controls": "Månatlig genomgång av frånvarostatistik per skola och av "
        "dokumenterade kontakter med hemmet.",
        "follows": "Delvis",
        "comment": ["Vid sju av nio skolor fanns dokumenterade kontakter för samtliga "
                    "elever med mer än 15 procents frånvaro.",
                    "Två skolor saknade rutin för kontakt samma dag. Rektorerna har fått i "
                    "uppdrag att införa rutinen före höstterminen."],
    },
    {
        "process": None,
        "risk": "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och "
        "inte anmäls till huvudmannen.",
        "value": "12",
        "controls": "Jämförelse av skolornas anmälningar med ärenden registrerade hos "
        "huvudmannen.",
        "follows": "Ja",
        "comment": "Alla 63 anmälningar var registrerade hos huvudmannen. Medianen från "
        "anmälan till avslutad utredning var 19 dagar.",
    },
    {
        "process": "Skolskjuts",
        "risk": "Risk att beslut om skolskjuts fattas utan stöd i nämndens riktlinjer och "
        "att kostnaderna ökar.",
        "value": "6",
        "controls": "Stickprov på 20 beslut om skolskjuts mot riktlinjerna och "
        "avståndsberäkningen i kartstödet.",
        "follows": "Ja",
        "comment": "Samtliga beslut följde riktlinjerna. Ett beslut om särskild skolskjuts "
        "hade fattats av en handläggare utan delegation och har anmälts till nämnden "
        "i efterhand.",
    },
    {
        "process": None,
        "risk": "Risk att transportören inte följer avtalade tider och att elever kommer "
        "för sent till skolan.",
        "value": "9",
        "controls": "Uppföljning av avvikelserapporter från skolorna och transportörens "
        "GPS-loggar.",
        "follows": "Nej",
        "comment": "Transportören hade 38 förseningar över tio minuter under våren, mot "
        "högst tio enligt avtalet. Vite har tagits ut och ett avtalsmöte hölls den "
        "2024-06-11.",
    },
]


def bou2024() -> Doc:
    t = Table(
        "Risker", [
            Col("process", "Process", 2.4, "process", "left"),
            Col("risk", "Risk", 3.5, "risk"),
            Col("value", "Riskvärde", 1.5, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.3, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 4.4, "comment"),
        ], BOU_ROWS,
        rule="0.75pt solid #1f3864", header_fill="#d9e2f3", size=9,
        carry_blank=("process",),
    )
    title = "Internkontrollplan 2024 – helårsuppföljning"
    blocks = [
        P("Barn- och ungdomsnämnden", "Sub"),
        P(title, "Title"),
        Section([
            P("Om rapporten", "H2"),
            P("Den här rapporten är nämndens helårsuppföljning av internkontrollplanen för "
              "2024. Uppföljningen visar hur de kontroller som nämnden beslutade om i "
              "december 2023 har genomförts och vilka brister som har upptäckts."),
            P("Internkontrollplanen bygger på en risk- och väsentlighetsanalys som "
              "förvaltningens ledningsgrupp tog fram under hösten 2023. Varje risk har "
              "bedömts efter sannolikhet och konsekvens på en skala från 1 till 4, och "
              "riskvärdet är produkten av dem."),
            P("I nämndens riskanalys har 19 risker identifierats. Sju av dessa bedöms som "
              "kritiska och har fått ett kontrollmoment i planen. Övriga risker hanteras i "
              "verksamheternas ordinarie ledning och uppföljning."),
            P("Kontrollerna har utförts av förvaltningens controller, "
              "verksamhetsutvecklare och rektorer. Resultaten redovisas på nästa sida, "
              "process för process."),
            P("Sammanfattning", "H2"),
            P("Fyra kontroller följer plan, två följer planen delvis och en gör det inte. "
              "Förseningarna i skolskjutsen är den allvarligaste bristen och följs upp "
              "särskilt under 2025."),
        ]),
        P("Kontrollernas resultat", "H2", break_before=True),
        t,
        P("Förslag till beslut: nämnden godkänner uppföljningen och överlämnar den till "
          "kommunstyrelsen."),
    ]
    return Doc(
        "bou2024_two_column_prose_blank_process_cells", blocks, Page(left=2.0, right=2.5),
        font="Liberation Serif", body_size=11, cell_size=9.5,
        footer="Barn- och ungdomsnämnden – internkontroll 2024 – sida {page}",
        organ="Barn- och ungdomsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=19, risks_critical=7,
    )
