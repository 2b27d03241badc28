"""Report 4: the comments in a separate table below the register. The register has no
comment column; under it a heading "Kommentarer till uppföljningen" and a second table of
two columns, Nr and Kommentar, holds a comment for six of the seven risks, joined to the
register by the number. The comment table runs onto page 2. Expected: each risk's
`comment` is the text of the comment row with its Nr (null where there is none), and its
`pages` are the pages of its register row and of its comment row."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
B = "0.6pt solid #5f497a"
STYLES = {
    "organ": CellStyle(F, 12, color="#5f497a", wrap=False, hyphenate=False),
    "title": CellStyle(F, 15, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 11.5, align="justify"),
    "h2": CellStyle(F, 11.5, bold=True, valign="bottom", wrap=False, hyphenate=False,
                    color="#5f497a"),
    "head": CellStyle(F, 11, bold=True, bg="#e4dfec", valign="top", border=B),
    "headc": CellStyle(F, 11, bold=True, bg="#e4dfec", valign="top", align="center", border=B),
    "body": CellStyle(F, 11, border=B),
    "just": CellStyle(F, 11, border=B, align="justify"),
    "num": CellStyle(F, 11, align="center", border=B),
}

HEADERS = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer plan"]
FIELDS = [None, "process", "risk", "risk_value", "controls", None, "follows_plan"]
WIDTHS = [0.9, 2.5, 4.3, 1.5, 4.4, 2.2, 1.4]

RISKS = [
    ("Ekonomiskt bistånd",
     "Risk att ekonomiskt bistånd betalas ut utan att sökandens inkomster har kontrollerats "
     "mot andra myndigheter.", 12,
     "Stickprov på 30 utbetalningar per halvår: kontroll av att SSBTEK-förfrågan är gjord före "
     "beslut.", "Enhetschef försörjningsstöd", "Delvis",
     "57 av 60 utbetalningar hade en dokumenterad förfrågan. I tre ärenden gjordes förfrågan "
     "först efter utbetalningen; inget av dem gav återkrav. Rutinen har förtydligats på "
     "arbetsplatsträffar i oktober."),
    ("LSS-boenden",
     "Risk att genomförandeplaner inte upprättas eller följs upp inom sex månader.", 9,
     "Granskning av genomförandeplaner för 40 brukare i gruppbostäder.",
     "Verksamhetschef LSS", "Nej",
     "Aktuell plan fanns för 29 av 40 brukare. Enheterna har fått en bevakningslista i "
     "verksamhetssystemet och en ny kontroll görs i mars 2024."),
    ("Placeringar",
     "Risk att placeringar på HVB görs hos utförare utan avtal och till högre kostnad.", 12,
     "Genomgång av samtliga nya placeringar under året mot ramavtalet.",
     "Avdelningschef IFO", "Ja",
     "Alla 18 nya placeringar gjordes hos avtalade utförare. Två placeringar förlängdes utöver "
     "avtalstiden efter beslut av avdelningschefen."),
    ("Lex Sarah",
     "Risk att missförhållanden inte rapporteras och utreds enligt lex Sarah.", 12,
     "Jämförelse av avvikelser i verksamhetssystemet med registrerade lex Sarah-rapporter.",
     "Kvalitetsstrateg", "Ja", None),
    ("Avgifter",
     "Risk att avgifter för boende och service enligt LSS inte debiteras eller debiteras med "
     "fel belopp.", 9,
     "Avstämning av avgiftsbeslut mot debiterade avgifter i november för samtliga boenden.",
     "Avgiftshandläggare", "Delvis",
     "Fyra brukare hade debiterats enligt 2022 års belopp. Mellanskillnaden har fakturerats och "
     "avgifterna räknas nu om automatiskt vid årsskiftet."),
    ("Bisysslor",
     "Risk att handläggare har bisysslor hos utförare som nämnden köper tjänster av.", 9,
     "Kontroll att samtliga handläggare har lämnat bisyssleredovisning för 2023.",
     "HR-partner", "Ja",
     "Redovisning fanns för alla 64 handläggare. En bisyssla bedömdes som olämplig och har "
     "avslutats."),
    ("Informationssäkerhet",
     "Risk att obehöriga tar del av journaler i verksamhetssystemet.", 12,
     "Loggkontroll av 25 slumpvis valda användare per kvartal.", "Systemförvaltare", "Ja",
     "Inga obehöriga uppslag upptäcktes. Två uppslag utan tydlig koppling till ett ärende "
     "förklarades av handläggarna."),
]

ORGAN = "Sociala omsorgsnämnden"
TITLE = "Uppföljning av internkontrollplan 2023 – helårsrapport"
PROSE = (
    "Nämnden fastställde internkontrollplanen för 2023 den 15 februari 2023. I riskanalysen "
    "bedömdes 22 risker, varav sju som kritiska. De sju kritiska riskerna ingår i planen och "
    "redovisas i tabellen nedan. Kommentarer till kontrollerna finns i tabellen Kommentarer "
    "till uppföljningen, under samma nummer."
)
ASSESSMENT = (
    "Sammantaget bedömer förvaltningen att den interna kontrollen har varit tillräcklig under "
    "2023, med undantag för uppföljningen av genomförandeplaner inom LSS, där kontrollen visar "
    "brister som behöver åtgärdas. Kontrollen av genomförandeplaner och kontrollen av "
    "utbetalningar av ekonomiskt bistånd förs därför över till internkontrollplanen för 2024."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.2),
        Row([Cell(ASSESSMENT, "prose", cols=n)], kind="note"),
        Row([], kind="blank", height=0.3),
        Row([Cell(h, "headc" if h in ("Nr", "Riskvärde", "Följer plan") else "head")
             for h in HEADERS], kind="header"),
    ]
    risk_rows = []
    for i, (proc, risk, rv, ctrl, ans, fp, _com) in enumerate(RISKS, 1):
        risk_rows.append(len(rows))
        rows.append(Row([Cell(i, "num"), Cell(proc), Cell(risk), Cell(rv, "num"), Cell(ctrl),
                         Cell(ans), Cell(fp, "num")]))
    rows.append(Row([Cell("Kommentarer till uppföljningen", "h2", cols=n)], kind="note",
                    height=1.1))
    rows.append(Row([Cell("Nr", "headc"), Cell("Kommentar", "head", cols=n - 1)], kind="header"))
    links = {}
    for i, risk in enumerate(RISKS, 1):
        com = risk[-1]
        if com is None:
            continue
        links[risk_rows[i - 1]] = [(len(rows), 1, "Kommentar", "comment")]
        rows.append(Row([Cell(i, "num"), Cell(com, "just", cols=n - 1)], kind="comment"))
    sheet = Sheet(
        name="son2023_calc_comments_table_below",
        sheet_name="Uppföljning 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        page_w=21.0,
        page_h=29.7,
        margins=(2.2, 1.5, 2.0, 1.8),
        grid=False,
        footer=("Sociala omsorgsförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(F, 9.0),
        default_font=(F, 11.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 22, 7, cols, links=links,
                  extra_columns=[("Kommentar", "comment")])
