"""Miljö- och byggnadsnämnden 2024: no counts in the prose, no period in the title, no
"Följer plan" column, an unruled table, and a closing paragraph after the table."""

from specmodel import Column, Layout, PageGeom, Sample

ROWS = [
    {
        "process": "Bygglovshantering",
        "process_span": 2,
        "risk": "Risk att beslut om bygglov inte fattas inom lagstadgad handläggningstid enligt "
        "plan- och bygglagen, vilket leder till avgiftsreduktion.",
        "value": 12,
        "controls": "Månadsvis uppföljning av handläggningstider i ärendehanteringssystemet.",
        "handling": "Resursförstärkning under sommaren och förbättrad kompletteringsrutin.",
        "comment": "Medianhandläggningstiden var 4,2 veckor. Sex ärenden överskred tidsfristen "
        "och avgiften reducerades med sammanlagt 31 200 kronor.",
    },
    {
        "risk": "Risk för jäv eller otillbörlig påverkan vid handläggning av bygglovsärenden.",
        "value": 9,
        "controls": "Jävsdeklaration i varje ärende och fyraögonsprincip vid beslut.",
        "handling": "Utbildning i förvaltningslagen för nya bygglovshandläggare.",
        "comment": "Utbildningen genomfördes 2024-04-18. Inga jävssituationer har rapporterats.",
    },
    {
        "process": "Miljötillsyn",
        "risk": "Risk att tillsynsplanen för enskilda avlopp inte genomförs, vilket kan leda "
        "till utsläpp och bristande likabehandling.",
        "value": 9,
        "controls": "Kvartalsvis avstämning av genomförda inspektioner mot tillsynsplanen.",
        "handling": "Prioritering av avlopp inom vattenskyddsområden.",
        "comment": "72 av planerade 110 inspektioner har genomförts. Förseningen beror på "
        "vakanser; resterande inspektioner flyttas till våren 2025.",
    },
    {
        "process": "Taxor och debitering",
        "risk": "Risk att tillsynsavgifter debiteras felaktigt eller inte alls på grund av "
        "brister i överföringen mellan ärendehanteringssystemet och ekonomisystemet.",
        "value": 12,
        "controls": "Avstämning av debiterade avgifter mot avslutade ärenden två gånger per år.",
        "handling": "Ny rutin för överföring och kontroll av fakturaunderlag.",
        "comment": "Avstämningen i juli visade 14 ej debiterade ärenden, som har fakturerats i "
        "efterhand.",
    },
]

SAMPLE = Sample(
    name="mbn2024_unruled_no_counts",
    organ="Miljö- och byggnadsnämnden",
    year=2024,
    period=None,
    title="Uppföljning av internkontrollplan 2024 – Miljö- och byggnadsnämnden",
    risks_inventoried=None,
    risks_critical=None,
    layout=Layout(
        page=PageGeom(29.7, 21.0, 2.0, 2.0, 2.0, 2.0),
        font="Liberation Serif",
        body_size=11,
        cell_size=9.5,
        title_size=16,
        heading_size=13,
        rules="none",
        cell_padding=0.15,
    ),
    prose=[
        ("h1", "Syfte"),
        (
            "p",
            "Syftet med uppföljningen är att redovisa för nämnden hur de kontroller och "
            "åtgärder som beslutats i internkontrollplanen för 2024 har genomförts och vilka "
            "slutsatser förvaltningen drar av resultatet.",
        ),
        ("h1", "Resultat"),
        (
            "p",
            "Kontrollerna har genomförts enligt plan med undantag för tillsynen av enskilda "
            "avlopp, där arbetet har försenats. Förvaltningen bedömer att den interna kontrollen "
            "är tillräcklig men att handläggningstiderna för bygglov behöver följas noggrant "
            "även under 2025.",
        ),
    ],
    prose_after=[
        ("h1", "Förslag till beslut"),
        (
            "p",
            "Förvaltningen föreslår att nämnden godkänner uppföljningen av internkontrollplanen "
            "för 2024 och lägger den till handlingarna.",
        ),
    ],
    columns=[
        Column("process", "Process", "process", 3.2),
        Column("risk", "Risk", "risk", 5.0),
        Column("value", "Riskvärde", "risk_value", 1.6, "center"),
        Column("controls", "Kontroll", "controls", 4.8),
        Column("handling", "Åtgärd", "handling", 4.6),
        Column("comment", "Kommentar", "comment", 6.5),
    ],
    rows=ROWS,
    made="A4 landscape, Liberation Serif 9.5 pt in the table (11 pt prose), no cell borders "
    "or lines, no header or footer. Columns 3.2 / 5.0 / 1.6 / 4.8 / 4.6 / 6.5 cm.",
    tests="Prose states no counts (risks_inventoried/critical null), title names no period "
    '(period null), six columns without "Följer plan" (follows_plan null), short header '
    "words (Kontroll, Åtgärd), a process spanning two unlabelled rows, and a heading plus "
    "paragraph after the table that must not become a risk.",
)
