"""Barn- och utbildningsnämnden, helår 2024: ten columns with other header wording
(Sannolikhet, Konsekvens, Ansvarig ...), prose on a portrait page and the table on landscape
pages, shaded header row."""

from specmodel import Column, Layout, PageGeom, Sample

ROWS = [
    {
        "process": "Elevhälsa och dokumentation",
        "process_span": 2,
        "risk": "Risk att elevhälsans dokumentationsskyldighet enligt patientdatalagen inte "
        "uppfylls i journalsystemet.",
        "prob": 3,
        "cons": 4,
        "value": 12,
        "controls": "Stickprov i 15 elevhälsojournaler per termin utifrån checklista för "
        "journalföring.",
        "handling": "Utbildning för skolsköterskor och kuratorer i journalföring samt översyn "
        "av rutin för loggkontroll.",
        "owner": "Verksamhetschef elevhälsa",
        "follows": "Ja",
        "comment": "Stickproven under vårterminen och hösten visade brister i 3 av 30 journaler "
        "(signering saknades). Utbildningen genomfördes 2024-09-12 och rutinen är reviderad.",
    },
    {
        "risk": "Risk att anmälningar om kränkande behandling inte utreds skyndsamt och "
        "dokumenteras.",
        "prob": 3,
        "cons": 3,
        "value": 9,
        "controls": "Månatlig genomgång av ärenden i verksamhetssystemet för anmälan om "
        "kränkande behandling.",
        "handling": "Påminnelser till rektorer vid ärenden som varit öppna mer än 30 dagar.",
        "owner": "Rektor",
        "follows": "Delvis",
        "comment": "Andelen ärenden som avslutats inom 30 dagar har ökat från 61 till 78 "
        "procent. Målet om 90 procent är ännu inte nått, särskilt inte i årskurs 7–9.",
    },
    {
        "process": "Skolskjuts",
        "risk": "Risk att skolskjutsbeslut fattas utan stöd i delegationsordningen eller att "
        "elever med rätt till skolskjuts inte får det.",
        "prob": 3,
        "cons": 3,
        "value": 9,
        "controls": "Kontroll av 20 beslut om skolskjuts mot delegationsordning och riktlinjer.",
        "handling": "Revidering av riktlinjer för skolskjuts och information till "
        "vårdnadshavare via e-tjänster.",
        "owner": "Skolskjutshandläggare",
        "follows": "Ja",
        "comment": "Samtliga kontrollerade beslut var fattade av behörig delegat. Nya "
        "riktlinjer beslutades i juni och ansökan görs nu via e-tjänsten.",
    },
    {
        "process": "IT-system och personuppgifter",
        "risk": "Risk för personuppgiftsincidenter i lärplattformen och i molnbaserade "
        "IT-system som används i undervisningen.",
        "prob": 3,
        "cons": 4,
        "value": 12,
        "controls": "Registerförteckning enligt GDPR, årlig behörighetsgenomgång och "
        "incidentrapportering till dataskyddsombudet.",
        "handling": "Genomgång av personuppgiftsbiträdesavtal för samtliga digitala läromedel.",
        "owner": "IT-strateg",
        "follows": "Nej",
        "comment": "Genomgången av personuppgiftsbiträdesavtal har inte slutförts; 23 av 41 "
        "avtal är granskade. Arbetet fortsätter 2025 och förs in i nästa internkontrollplan.",
    },
    {
        "process": "Ekonomi och inköp",
        "risk": "Risk att inköp av läromedel och förbrukningsmaterial görs utanför "
        "upphandlade avtal.",
        "prob": 4,
        "cons": 3,
        "value": 12,
        "controls": "Kvartalsvis avtalstrohetsanalys i inköpssystemet per skolenhet.",
        "handling": "Information på rektorsmöten och krav på beställning via e-handelssystemet.",
        "owner": "Controller",
        "follows": "Ja",
        "comment": "Avtalstroheten har ökat från 82 till 91 procent. Avvikelserna gällde "
        "främst direktköp i butik under höstterminens start.",
    },
]

for _r in ROWS:  # the spec's own sanity check: riskvärde = sannolikhet × konsekvens
    assert _r["value"] == _r["prob"] * _r["cons"], _r

SAMPLE = Sample(
    name="bun2024_extra_columns",
    organ="Barn- och utbildningsnämnden",
    year=2024,
    period="helår",
    title="Barn- och utbildningsnämndens uppföljning av internkontrollplan 2024 – helår",
    risks_inventoried=18,
    risks_critical=5,
    layout=Layout(
        page=PageGeom(29.7, 21.0, 1.5, 1.5, 1.5, 1.5),
        prose_page=PageGeom(21.0, 29.7, 2.5, 2.5, 2.5, 2.5),
        font="Carlito",
        body_size=11,
        cell_size=8.5,
        title_size=16,
        heading_size=13,
        rules="full",
        rule_color="#808080",
        rule_width="0.75pt",
        header_fill="#d9d9d9",
        cell_padding=0.1,
        footer="Sida {page}",
    ),
    prose=[
        ("h1", "Sammanfattning"),
        (
            "p",
            "Barn- och utbildningsnämnden antog internkontrollplanen för 2024 den 2024-02-21 "
            "(§ 14). Planen bygger på en riskanalys där förvaltningens ledningsgrupp tillsammans "
            "med rektorer och förskolechefer har bedömt sannolikhet och konsekvens för varje "
            "risk på en skala från 1 till 4. Riskvärdet är produkten av sannolikhet och "
            "konsekvens.",
        ),
        (
            "p",
            "Riskanalysen omfattar totalt 18 identifierade risker. Fem risker har ett riskvärde "
            "på 9 eller mer och klassas därmed som kritiska; de följs upp i tabellen på nästa "
            "sida. Övriga risker hanteras inom det systematiska kvalitetsarbetet.",
        ),
        ("h1", "Bedömning"),
        (
            "p",
            "Förvaltningen bedömer att den interna kontrollen under 2024 i huvudsak har varit "
            "tillräcklig. Två kontrollmoment har inte kunnat genomföras fullt ut, vilket "
            "redovisas i kommentarerna. Åtgärderna förs över till internkontrollplanen för "
            "2025.",
        ),
    ],
    columns=[
        Column("process", "Process/rutin", "process", 2.8),
        Column("risk", "Riskbeskrivning", "risk", 4.0),
        Column("prob", "Sannolikhet", "probability", 1.7, "center"),
        Column("cons", "Konsekvens", "consequence", 1.7, "center"),
        Column("value", "Riskvärde", "risk_value", 1.5, "center"),
        Column("controls", "Kontrollmoment", "controls", 3.6),
        Column("handling", "Planerade åtgärder", "handling", 3.6),
        Column("owner", "Ansvarig", None, 2.2, "left"),
        Column("follows", "Följer plan", "follows_plan", 1.4, "center"),
        Column("comment", "Kommentar", "comment", 4.2),
    ],
    rows=ROWS,
    made="Page 1 A4 portrait (prose, Carlito 11 pt), table on A4 landscape pages (Carlito "
    "8.5 pt); grey rules (0.75 pt #808080) on every cell, header row shaded #d9d9d9, footer "
    '"Sida N". Columns 2.8 / 4.0 / 1.7 / 1.7 / 1.5 / 3.6 / 3.6 / 2.2 / 1.4 / 4.2 cm.',
    tests="Ten columns with other header wording (Process/rutin, Riskbeskrivning, "
    "Sannolikhet, Konsekvens, Riskvärde, Kontrollmoment, Planerade åtgärder, Ansvarig, Följer "
    "plan, Kommentar): probability/consequence fields, an unmapped column going to extra "
    '("Ansvarig"), mixed page orientation (portrait prose, landscape table), filled header '
    "cells, one process spanning two unlabelled rows.",
)
