"""Holdout6 document A: Tillväxtnämnden, a narrow first column whose process cells span two
and three risk rows with their text turned 90° (reading bottom to top), risk values printed
with a word in brackets ("12 (hög)"), and a running page header with risk-table words above
the repeated table header."""

from holdout_model import Col, Doc, P, Page, Table

TVN_ROWS = [
    {
        "process": "Näringslivsservice",
        "_span": {"process": 3},
        "risk": "Risk att företagare inte får svar på ärenden inom de fem arbetsdagar "
        "som nämnden har utlovat i sin servicedeklaration.",
        "value": "9 (medel)",
        "controls": "Månatligt uttag ur ärendesystemet över handläggningstider för "
        "företagsärenden.",
        "follows": "Ja",
        "comment": "Medianen var tre arbetsdagar. 94 procent av ärendena besvarades inom "
        "fem arbetsdagar; de övriga gällde frågor som krävde yttrande från "
        "miljöförvaltningen.",
    },
    {
        "risk": "Risk att lokaliseringsförfrågningar från etablerare hanteras olika beroende "
        "på handläggare och att uppgifter om mark lämnas ut för tidigt.",
        "value": "12 (hög)",
        "controls": "Genomgång av samtliga lokaliseringsärenden mot rutinen för "
        "etableringsärenden.",
        "follows": "Delvis",
        "comment": "Av elva ärenden saknade tre en dokumenterad bedömning enligt rutinen. "
        "Rutinen har kompletterats med en checklista och ett mallbrev.",
    },
    {
        "risk": "Risk att kommunens företagsregister innehåller inaktuella kontaktuppgifter, "
        "så att utskick om upphandlingar och tillstånd inte når fram.",
        "value": "6 (medel)",
        "controls": "Stickprov på 50 poster i registret mot Bolagsverkets uppgifter.",
        "follows": "Ja",
        "comment": "Sju av 50 poster var inaktuella och har uppdaterats. Registret "
        "uppdateras nu automatiskt varje kvartal.",
    },
    {
        "process": "Arbetsmarknad och integration",
        "_span": {"process": 2},
        "risk": "Risk att ersättning till deltagare i arbetsmarknadsinsatser betalas ut "
        "utan att närvaron har rapporterats och attesterats.",
        "value": "16 (mycket hög)",
        "controls": "Avstämning av utbetalda ersättningar mot närvarorapporter varje "
        "månad, utförd av ekonom utanför enheten.",
        "follows": "Nej",
        "comment": ["Vid tre avstämningar av sex hade ersättning betalats för dagar utan "
                    "närvarorapport, sammanlagt 41 200 kronor.",
                    "Återkrav har gjorts. Från och med september krävs attest av "
                    "enhetschef innan utbetalningsunderlaget skickas till lönecentrum."],
    },
    {
        "risk": "Risk att uppgifter om deltagare delas med externa utförare utan att "
        "personuppgiftsbiträdesavtal finns.",
        "value": "12 (hög)",
        "controls": "Kontroll av att avtal finns för varje utförare som tar emot "
        "deltagaruppgifter.",
        "follows": "Ja",
        "comment": "Avtal fanns för samtliga nio utförare. Två avtal löper ut vid årsskiftet "
        "och förnyas av IT-avdelningen.",
    },
    {
        "process": "Turism och evenemang",
        "_span": {"process": 2},
        "risk": "Risk att evenemangsstöd beviljas utan att arrangören redovisar hur stödet "
        "har använts.",
        "value": "8 (medel)",
        "controls": "Uppföljning av att slutredovisning har kommit in för alla beviljade "
        "stöd över 20 000 kronor.",
        "follows": "Delvis",
        "comment": "Redovisning saknades för två av 14 stöd. Arrangörerna har fått en "
        "påminnelse med sista svarsdag 2024-10-15.",
    },
    {
        "risk": "Risk att sponsringsavtal och samarbeten med företag ingås utan beslut av "
        "behörig befattningshavare enligt delegationsordningen.",
        "value": "9 (medel)",
        "controls": "Genomgång av årets avtal mot delegationsordningen och "
        "delegationsbesluten i diariet.",
        "follows": "Ja",
        "comment": "Samtliga sex avtal var beslutade på rätt nivå och anmälda till nämnden.",
    },
]


def tvn2024() -> Doc:
    t = Table(
        "Riskerna", [
            Col("process", "Process", 1.1, "process", "center", body_rotate=True),
            Col("risk", "Risk", 3.6, "risk"),
            Col("value", "Riskvärde", 1.7, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.5, "controls"),
            Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.1, "comment"),
        ], TVN_ROWS,
        rule="0.5pt solid #000000", header_fill="#e7e6e6", size=9, body_valign="middle",
    )
    title = "Uppföljning av internkontrollplan 2024 – tertial 2"
    blocks = [
        P("Tillväxtnämnden", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Tillväxtnämnden ansvarar för näringslivsservice, arbetsmarknadsinsatser, "
          "integration samt turism och evenemang. Enligt reglementet för intern kontroll "
          "ska nämnden varje år anta en internkontrollplan och följa upp den två gånger per "
          "år. Denna rapport avser perioden januari–augusti."),
        P("Riskanalysen för 2024 omfattar 19 risker. Av dessa har sju bedömts som "
          "kritiska och kontrolleras under året. Riskvärdet är sannolikhet gånger "
          "konsekvens; ordet inom parentes anger riskens nivå enligt kommunens "
          "riskmatris."),
        P("Resultat av kontrollerna", "H2"),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Kontrollerna visar att den interna kontrollen i huvudsak fungerar. Bristen i "
          "utbetalningen av ersättning till deltagare har åtgärdats och följs upp särskilt "
          "vid helårsuppföljningen."),
    ]
    return Doc(
        "tvn2024_turned_process_cells_value_words", blocks, Page(left=1.8, right=1.8),
        font="Liberation Sans", body_size=10.5, cell_size=9,
        header="Internkontroll 2024 – risker, kontroller och uppföljning",
        footer="Tillväxtnämnden · sida {page} av {pages}",
        organ="Tillväxtnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=19, risks_critical=7,
    )
