"""Holdout12 document B: Exploateringsnämnden, a risk register without process and controls
columns: Risk | Sannolikhet | Konsekvens | Riskvärde | Åtgärd | Ansvarig | Klart senast |
Status, fully ruled; the Status column holds "Klar", "Pågår" or "Ej påbörjad" (the state of
the action), Ansvarig and Klart senast have no canonical field."""

from h12kit import Caption, H12Table
from holdout_model import Col, Doc, P, Page

#: Status words -> follows_plan. First built with all three null (the README then mapped
#: neither "Klar" nor "Ej påbörjad"); the team settled the convention after first contact:
#: a completion state ("Klar") says Ja, a progress state ("Pågår", "Ej påbörjad") says
#: neither (README here, "Status words").
STATUS = {"klar": "Ja", "pågår": None, "ej påbörjad": None}


def row(risk, s, k, action, who, when, status):
    assert status.lower() in STATUS
    return {"risk": risk, "s": str(s), "k": str(k), "value": str(s * k), "action": action,
            "who": who, "when": when, "status": status}


EXN_ROWS = [
    row("Risk att markanvisningsavtal tecknas utan att kommunens riktlinjer för markanvisning "
        "följs, vilket kan strida mot likabehandlingsprincipen och reglerna om statsstöd.",
        3, 4,
        "Checklista för markanvisning införs och stäms av innan ett avtal lämnas till "
        "nämnden för beslut.",
        "Mark- och exploateringschef", "2025-03-31", "Klar"),
    row("Risk att exploateringsavtal saknar säkerhet för exploatörens åtaganden, så att "
        "kommunen får bära kostnaderna för gator och ledningar om exploatören inte fullföljer.",
        2, 4,
        "Genomgång av gällande exploateringsavtal. Mall för bankgaranti eller "
        "moderbolagsborgen tas fram.",
        "Kommunjurist", "2025-06-30", "Pågår"),
    row("Risk att projektkostnaderna i exploateringsprojekten överskrids utan att nämnden "
        "informeras i tid, eftersom prognoserna inte uppdateras.",
        3, 3,
        "Månatlig prognos per projekt i IT-stödet för projektekonomi och avvikelserapport "
        "till nämnden vid överskridanden över tio procent.",
        "Controller", "2025-04-30", "Klar"),
    row("Risk att markförvärv och försäljningar görs till priser som inte motsvarar "
        "marknadsvärdet, då värdering av oberoende part inte alltid inhämtas.",
        2, 4,
        "Krav på extern värdering vid alla affärer över två miljoner kronor skrivs in i "
        "delegationsordningen.",
        "Mark- och exploateringschef", "2025-09-30", "Ej påbörjad"),
    row("Risk att markföroreningar upptäcks sent i exploateringen och ger stora "
        "oförutsedda saneringskostnader och förseningar.",
        2, 3,
        "Miljöteknisk markundersökning görs i tidigt skede i varje nytt projekt; rutinen förs "
        "in i projektmodellen.",
        "Projektledare", "2025-10-31", "Ej påbörjad"),
    row("Risk att arrendeavtal och nyttjanderätter inte omförhandlas eller sägs upp i tid, så "
        "att avgifterna inte följer marknadens nivå.",
        3, 2,
        "Bevakning av uppsägningstider i e-tjänsten för avtalsregistret, där samtliga 58 "
        "arrendeavtal läggs in.",
        "Handläggare, markenheten", "2025-04-30", "Klar"),
    row("Risk att jäv eller otillbörlig påverkan förekommer i kontakterna med byggherrar och "
        "fastighetsägare under pågående förhandlingar.",
        2, 4,
        "Utbildning i jäv och mutor för medarbetare och förtroendevalda samt årlig "
        "jävsdeklaration för alla som förhandlar.",
        "Förvaltningschef", "2025-06-30", "Pågår"),
]


def exn2025() -> Doc:
    cols = [
        Col("risk", "Risk", 4.2, "risk", "left"),
        Col("s", "Sannolikhet", 1.5, "probability", "left"),
        Col("k", "Konsekvens", 1.5, "consequence", "left"),
        Col("value", "Riskvärde", 1.4, "risk_value", "left"),
        Col("action", "Åtgärd", 3.7, "handling", "left"),
        Col("who", "Ansvarig", 2.0, None, "left"),
        Col("when", "Klart senast", 1.8, None, "left"),
        Col("status", "Status", 1.4, "follows_plan", "left"),
    ]
    t = H12Table("Riskregister", cols, EXN_ROWS, rule="0.5pt solid #404040",
                 header_fill="#d9e1f2", font="Carlito", size=9, pad=0.1, margin_top=0.15,
                 status_map=STATUS)
    title = "Uppföljning av internkontrollplan 2025 – tertial 1"
    blocks = [
        P("Exploateringsnämnden", "Sub"),
        P(title, "Title"),
        P("Exploateringsnämnden ansvarar för kommunens markinnehav, markanvisningar och "
          "exploateringsprojekt. Nämnden fastställde riskregistret och internkontrollplanen "
          "för 2025 den 2025-01-31."),
        P("Nämnden har inventerat 16 risker. Sju av dessa bedöms som kritiska och har förts in "
          "i riskregistret nedan, var och en med en åtgärd, en ansvarig och en tidpunkt då "
          "åtgärden ska vara klar. Uppföljningen avser läget den 30 april 2025."),
        P("Riskregister", "H2"),
        t,
        Caption("Status avser åtgärden: Klar = åtgärden är genomförd. Pågår = arbetet har "
                "startat. Ej påbörjad = arbetet har inte startat; tidpunkten har ännu inte "
                "passerats.", italic=True),
        P("Sammanfattning", "H2"),
        P("Tre åtgärder är klara, två pågår och två har ännu inte påbörjats. Ingen åtgärd är "
          "försenad. Nästa uppföljning sker i samband med delårsrapporten per den 31 augusti."),
    ]
    return Doc(
        "exn2025_risk_register_status_words", blocks, Page(left=1.8, right=1.8),
        font="Carlito", body_size=11, cell_size=9,
        footer="Exploateringsnämnden | Uppföljning av internkontrollplan 2025, tertial 1 | "
               "sida {page} av {pages}",
        organ="Exploateringsnämnden", year=2025, period="tertial", title=title,
        risks_inventoried=16, risks_critical=7,
    )
