"""Report 4: three comment-like columns side by side, Utfall, Kommentar and Åtgärd, which
must not overwrite each other: Kommentar goes to `comment`, Åtgärd to `handling` (as in
the earlier samples) and Utfall, which has no canonical field of its own when a Kommentar
column stands beside it, to `extra` under its header. Some Kommentar / Åtgärd cells are
empty. Title rows above the bordered table are unruled; the counts stand in the page
footer."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
B = "0.5pt solid #548235"
STYLES = {
    "organ": CellStyle(F, 11, wrap=False, hyphenate=False, color="#375623"),
    "title": CellStyle(F, 16, bold=True, wrap=False, hyphenate=False),
    "head": CellStyle(F, 9, bold=True, bg="#e2efda", valign="top", border=B),
    "headc": CellStyle(F, 9, bold=True, bg="#e2efda", valign="top", align="center", border=B),
    "body": CellStyle(F, 9, border=B, align="justify"),
    "left": CellStyle(F, 9, border=B),
    "num": CellStyle(F, 9, align="center", border=B),
}

HEADERS = ["Verksamhet", "Risk", "Riskvärde", "Kontrollmoment", "Utfall", "Kommentar", "Åtgärd",
           "Ansvarig", "Följer plan"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "comment", "handling", None,
          "follows_plan"]
WIDTHS = [2.3, 3.9, 1.35, 3.5, 3.9, 3.7, 3.3, 2.2, 1.45]

RISKS = [
    ("Bygglov",
     "Risk att bygglov inte beslutas inom tio veckor från komplett ansökan, vilket ger "
     "avgiftsreduktion enligt plan- och bygglagen.", 12,
     "Uttag ur ärendesystemet av handläggningstiden för samtliga beslut under året.",
     "412 beslut fattades. 23 beslut fattades efter tio veckor och avgiften sattes ned med totalt "
     "186 400 kronor.",
     "Förseningarna hänger samman med vakanser under våren. Två handläggare anställdes i augusti.",
     "Veckovis bevakning av ärenden som närmar sig tidsfristen.", "Bygglovschef", "Delvis"),
    ("Vinterväghållning",
     "Risk att entreprenörer fakturerar plogning och halkbekämpning som inte har utförts.", 9,
     "Jämförelse av fakturerade insatser mot GPS-loggar för tre entreprenörer.",
     "Fakturorna för januari och februari stämde mot loggarna, med undantag av två utryckningar "
     "som har krediterats.",
     "Kontrollen gjordes av beställarfunktionen tillsammans med ekonomienheten.", None,
     "Gatuchef", "Ja"),
    ("Fastighetsunderhåll",
     "Risk att planerat underhåll skjuts upp utan beslut, vilket ökar underhållsskulden.", 9,
     "Avstämning av underhållsplanens åtgärder för 2023 mot utförda och bokförda åtgärder.",
     "61 av 88 planerade åtgärder utfördes. 19 sköts upp efter beslut i ledningsgruppen och åtta "
     "utan dokumenterat beslut.",
     None,
     "Beslut om uppskjutet underhåll ska dokumenteras i underhållssystemet från och med 2024.",
     "Fastighetschef", "Delvis"),
    ("Upphandling",
     "Risk att ramavtal för tekniska konsulttjänster avropas utan förnyad konkurrensutsättning "
     "där avtalet kräver det.", 12,
     "Granskning av samtliga avrop över 500 000 kronor under året.",
     "Nio av elva avrop följde avtalets villkor. Två avrop gjordes direkt hos en leverantör.",
     "Avropen gällde brådskande utredningar inför detaljplanearbetet.",
     "Upphandlingsenheten utbildar projektledarna i avropsrutinerna.", "Teknisk chef", "Nej"),
    ("Entreprenader",
     "Risk att ersättning för ÄTA-arbeten betalas ut utan godkänd ändringsbeställning.", 12,
     "Stickprov på 15 fakturor med ÄTA-arbeten i tre pågående entreprenader.",
     "Samtliga 15 fakturor hade en godkänd ändringsbeställning med rätt attest.",
     "Inga avvikelser.", None, "Projektchef", "Ja"),
    ("Arbetsmiljö",
     "Risk att skyddsronder på bygg- och anläggningsarbetsplatser inte genomförs enligt "
     "arbetsmiljöplanen.", 9,
     "Genomgång av protokoll från skyddsronder för sex arbetsplatser.",
     "Protokoll fanns för fem av sex arbetsplatser. På en arbetsplats hade skyddsronden ställts "
     "in två gånger.",
     "Arbetsplatsen har sedan dess haft skyddsrond varannan vecka.",
     "Påminnelse om skyddsrond läggs in i projektplaneringen.", "Byggledare", "Delvis"),
    ("Dataskydd",
     "Risk att personuppgifter i bygglovsärenden publiceras på webben i större omfattning än "
     "nödvändigt.", 8,
     "Granskning av 40 kungörelser och publicerade beslut på kommunens webbplats.",
     "I tre kungörelser fanns personnummer utskrivna. De har tagits bort från webbplatsen.",
     "Felet uppstod vid manuell kopiering från ärendesystemet.",
     "Mallen för kungörelser har ändrats så att personnummer inte följer med.",
     "Administrativ chef", "Ja"),
]

ORGAN = "Bygg- och tekniknämnden"
TITLE = "Uppföljning av intern kontroll 2023 – helår"
COUNTS = (
    "Riskanalysen för 2023 omfattade 17 risker, varav sju med ett riskvärde på 8 eller högre "
    "(skala 1–16)."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.9),
        Row([], kind="blank", height=0.25),
        Row([Cell(h, "headc" if h in ("Riskvärde", "Följer plan") else "head") for h in HEADERS],
            kind="header"),
    ]
    for proc, risk, rv, ctrl, utf, com, atg, ans, fp in RISKS:
        rows.append(Row([Cell(proc, "left"), Cell(risk), Cell(rv, "num"), Cell(ctrl), Cell(utf),
                         Cell(com), Cell(atg), Cell(ans, "left"), Cell(fp, "num")]))
    sheet = Sheet(
        name="btn2023_calc_utfall_kommentar_atgard",
        sheet_name="Uppföljning 2023",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7,
        page_h=21.0,
        margins=(1.4, 1.4, 1.6, 1.6),
        grid=False,
        centre_h=True,
        unruled_top=3,
        footer=(COUNTS, "", "Sida {page} av {pages}"),
        hf_font=("Liberation Serif", 8.5),
        default_font=("Liberation Serif", 9.0),
    )
    return Report(sheet, ORGAN, 2023, "helår", TITLE, 17, 7, list(zip(HEADERS, FIELDS)))
