"""Holdout15 document C: Arbetsmarknads- och socialnämnden, a ruled risk table with **two
risk columns side by side**: "Risk" holds a short title ("Felaktiga utbetalningar") and
"Riskbeskrivning" a longer description of the same risk; then Sannolikhet, Konsekvens,
Riskvärde (numbers, value = product), Kontrollmoment and Resultat. No Följer plan column."""

from h15kit import H15Table
from holdout_model import Col, Doc, P, Page


def row(process, title, desc, s, k, controls, result):
    return {"process": process, "risk": title, "desc": desc, "s": str(s), "k": str(k),
            "value": str(s * k), "controls": controls, "result": result}


ASN_ROWS = [
    row("Ekonomiskt bistånd", "Felaktiga utbetalningar",
        "Risk att ekonomiskt bistånd betalas ut med för högt belopp eller till personer som "
        "inte har rätt till det, eftersom inkomster och tillgångar inte kontrolleras mot "
        "andra myndigheters uppgifter.",
        4, 3,
        "Stickprov på 50 utbetalningar i maj–augusti: kontroll av att SSBTEK har använts "
        "och att beräkningen stämmer med underlagen.",
        "I 46 av 50 ärenden var kontrollen gjord och beräkningen korrekt. Fyra utbetalningar "
        "var för höga med sammanlagt 38 600 kronor; återkrav har beslutats."),
    row("Ekonomiskt bistånd", "Långa handläggningstider",
        "Risk att ansökningar om ekonomiskt bistånd inte prövas inom den tid som nämndens "
        "riktlinjer anger, så att sökande står utan medel till sin försörjning.",
        3, 3,
        "Uppföljning av handläggningstiden för nyansökningar per månad i verksamhetssystemet, "
        "med målet högst tio arbetsdagar.",
        "Medianen var åtta arbetsdagar. Under juli överskreds målet för 23 ansökningar på grund "
        "av semesterbemanningen."),
    row("Barn och unga", "Försenade utredningar",
        "Risk att utredningar om barns behov av skydd eller stöd inte avslutas inom fyra "
        "månader, utan att beslut om förlängning har fattats.",
        3, 4,
        "Genomgång av samtliga barnavårdsutredningar som avslutades under tertialet: "
        "utredningstid och beslut om förlängning.",
        "Av 212 utredningar avslutades 191 inom fyra månader. För 15 av de övriga fanns "
        "beslut om förlängning; sex saknade sådant beslut."),
    row("Barn och unga", "Bristande uppföljning av placeringar",
        "Risk att barn som är placerade i familjehem eller på hem för vård eller boende inte "
        "besöks av sin socialsekreterare så ofta som lagen kräver.",
        2, 4,
        "Kontroll av dokumenterade besök för 60 placerade barn under maj–augusti i "
        "journalsystemet.",
        "Samtliga barn hade fått minst ett besök. Två besök var inte dokumenterade i tid och "
        "har förts in i efterhand."),
    row("Arbetsmarknadsinsatser", "Felaktiga anställningsstöd",
        "Risk att lönebidrag och kommunala extratjänster betalas ut till arbetsgivare för "
        "personer som inte längre är anställda eller deltar.",
        3, 3,
        "Avstämning av utbetalda anställningsstöd mot arbetsgivarnas närvarorapporter och "
        "lönespecifikationer för 25 deltagare.",
        "Två arbetsgivare hade fått stöd för en månad efter att deltagaren slutat. Beloppen har "
        "krävts tillbaka och rutinen har ändrats."),
    row("Arbetsmarknadsinsatser", "Otillräcklig aktivitetsuppföljning",
        "Risk att deltagare i arbetsmarknadsinsatser med försörjningsstöd inte följs upp, så "
        "att insatsen inte leder till arbete eller studier.",
        3, 2,
        "Genomgång av 30 deltagares planeringar: dokumenterade uppföljningssamtal var åttonde "
        "vecka och avslutsorsak.",
        "Uppföljningssamtal fanns för 24 av 30 deltagare. Nio deltagare gick till arbete och "
        "fyra till studier under perioden."),
    row("Informationssäkerhet", "Obehörig åtkomst till journaler",
        "Risk att medarbetare öppnar personakter i verksamhetssystemet utan att ha ett ärende "
        "som kräver det, till exempel om kända personer eller släktingar.",
        2, 4,
        "Loggkontroll av 40 slumpvis utvalda medarbetare och av alla öppningar av akter med "
        "skyddade personuppgifter.",
        "En obehörig öppning upptäcktes och har hanterats som en personuppgiftsincident. "
        "Övriga loggar visade ingen avvikelse."),
]


def asn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.1, "process", "left"),
        Col("risk", "Risk", 2.3, "risk", "left"),
        Col("desc", "Riskbeskrivning", 3.6, None, "left"),
        Col("s", "Sannolikhet", 1.4, "probability", "left"),
        Col("k", "Konsekvens", 1.4, "consequence", "left"),
        Col("value", "Riskvärde", 1.3, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 2.9, "controls", "left"),
        Col("result", "Resultat", 3.0, "comment", "left"),
    ]
    t = H15Table("Uppföljning", cols, ASN_ROWS, rule="0.5pt solid #404040",
                 header_fill="#fbe4d5", font="DejaVu Sans", size=8, pad=0.1,
                 margin_top=0.15)
    title = "Uppföljning av internkontrollplan 2024 – tertial 2"
    blocks = [
        P("Arbetsmarknads- och socialnämnden", "Sub"),
        P(title, "Title"),
        P("Arbetsmarknads- och socialnämnden ansvarar för ekonomiskt bistånd, "
          "arbetsmarknadsinsatser och den sociala barn- och ungdomsvården. Uppföljningen "
          "avser perioden maj–augusti 2024."),
        P("Nämnden har bedömt 18 risker i sin riskanalys för 2024. Sju av dessa bedöms som "
          "kritiska och ingår i internkontrollplanen."),
        P("Varje risk anges i tabellen med en kort benämning i kolumnen Risk och beskrivs "
          "närmare i kolumnen Riskbeskrivning. Sannolikhet och konsekvens bedöms på en skala "
          "från 1 till 4, och riskvärdet är produkten av dem."),
        t,
        P("Nämndens bedömning", "H2"),
        P("Kontrollerna visar att den interna kontrollen i stort fungerar. Utredningstiderna "
          "inom barn och unga och uppföljningen av deltagare i arbetsmarknadsinsatser "
          "behöver förbättras och redovisas i helårsuppföljningen."),
    ]
    return Doc(
        "asn2024_risk_title_and_description", blocks, Page(left=1.5, right=1.5),
        font="DejaVu Serif", body_size=10, cell_size=8,
        footer="Arbetsmarknads- och socialnämnden · tertial 2 2024 · sida {page} av {pages}",
        organ="Arbetsmarknads- och socialnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=18, risks_critical=7,
    )
