"""Report 5: a municipal company's board (styrelsen för Kommunfastigheter i Norrhamra AB)
follows up its plan: a Status column with "Genomförd" / "Delvis genomförd" / "Ej genomförd",
risk values written "3 x 4 = 12" in one cell under "Riskvärde (S x K)", the printed grid with
an empty trailing column, a title and a wrapped prose row inside the grid, and the company
and board meeting in the page header."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Serif"
STYLES = {
    "title": CellStyle(F, 12, bold=True, wrap=False, hyphenate=False, color="#7f6000"),
    "prose": CellStyle(F, 8.5, wrap=True, hyphenate=True, align="justify"),
    "head": CellStyle(F, 8, bold=True, bg="#ffe699", valign="bottom"),
    "headc": CellStyle(F, 8, bold=True, bg="#ffe699", valign="bottom", align="center"),
    "body": CellStyle(F, 8),
    "num": CellStyle(F, 8, align="center"),
    "status": CellStyle(F, 8, italic=True),
}

HEADERS = ["Nr", "Område", "Risk", "Riskvärde (S x K)", "Kontroll", "Status", "Kommentar"]
FIELDS = [None, "process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [0.7, 2.3, 3.9, 1.9, 3.5, 1.9, 4.2, 0.8]

RISKS = [
    ("1", "Hyresintäkter",
     "Risk att hyreshöjningar och tillägg i nya lokalhyresavtal inte läggs in i hyressystemet, "
     "vilket ger uteblivna intäkter.", (3, 3),
     "Avstämning av samtliga nya och omförhandlade lokalhyresavtal mot debiteringen i "
     "hyressystemet.", "Genomförd",
     "42 avtal stämdes av. Ett avtal saknade indexuppräkning och 38 200 kronor har fakturerats i "
     "efterhand."),
    ("2", "Investeringsprojekt",
     "Risk att investeringsprojekt startas utan styrelsebeslut eller överskrider beslutad budget "
     "utan att styrelsen informeras.", (3, 4),
     "Genomgång av alla projekt över 2 miljoner kronor: beslut, budget och senaste prognos.",
     "Delvis genomförd",
     "Sju av nio projekt hade beslut och aktuell prognos. Två projekt med överskridanden "
     "rapporterades till styrelsen först i november."),
    ("3", "Upphandling",
     "Risk att bolaget köper entreprenader och konsulttjänster utan upphandling enligt LOU.",
     (3, 4),
     "Leverantörsanalys av inköp över direktupphandlingsgränsen hos leverantörer utan avtal.",
     "Genomförd",
     "Tre leverantörer saknade avtal. Två upphandlingar har påbörjats; det tredje inköpet var en "
     "akut sanering efter en vattenskada."),
    ("4", "Utbetalningar",
     "Risk att leverantörers bankuppgifter ändras efter falska begäranden (bedrägeriförsök).",
     (3, 3),
     "Kontroll att varje ändring av bankuppgifter i leverantörsregistret har verifierats per "
     "telefon.", "Ej genomförd",
     "Kontrollen har inte gjorts eftersom loggen över ändringar inte kunde tas ut ur "
     "ekonomisystemet. Frågan är skickad till systemleverantören."),
    ("5", "Brandskydd",
     "Risk att det systematiska brandskyddsarbetet i bolagets lokaler inte dokumenteras och "
     "följs upp.", (3, 3),
     "Kontroll av SBA-dokumentation och brandskyddskontroller för tolv fastigheter.",
     "Delvis genomförd",
     "Dokumentationen var fullständig för nio fastigheter. För tre skolor saknades protokoll från "
     "den senaste kontrollen."),
    ("6", "Jäv och bisysslor",
     "Risk att anställda med inköpsansvar har bindningar till bolagets leverantörer.", (3, 3),
     "Genomgång av jävsdeklarationer och bisyssleförteckning för anställda med inköpsansvar.",
     "Genomförd",
     "Samtliga 18 medarbetare med inköpsansvar har lämnat jävsdeklaration. Inga otillåtna "
     "bisysslor har upptäckts."),
]

ORGAN = "Kommunfastigheter i Norrhamra AB"
TITLE = "Internkontroll 2024 – helårsuppföljning"
PROSE = (
    "Styrelsen för Kommunfastigheter i Norrhamra AB fastställde bolagets internkontrollplan för "
    "2024 den 22 februari 2024. Bolagets riskanalys omfattade 16 risker. Sex av dem har ett "
    "riskvärde på 9 eller högre och ingår i planen. Riskvärdet är sannolikhet (S) gånger "
    "konsekvens (K), båda på en skala från 1 till 4."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.8),
        Row([Cell(PROSE, "prose", cols=n)], kind="title", height=1.25),
        Row([], kind="blank"),
        Row([Cell(h, "headc" if h in ("Nr", "Riskvärde (S x K)") else "head") for h in HEADERS],
            kind="header"),
    ]
    for nr, area, risk, (s, k), ctrl, status, com in RISKS:
        rows.append(Row([Cell(nr, "num"), Cell(area), Cell(risk), Cell(f"{s} x {k} = {s * k}", "num"),
                         Cell(ctrl), Cell(status, "status"), Cell(com)]))
    rows.append(Row([], kind="blank"))
    rows.append(Row([], kind="blank"))
    sheet = Sheet(
        name="kfab2024_calc_company_status_products",
        sheet_name="IK 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(3, 4),
        margins=(1.3, 1.3, 0.9, 0.9),
        grid=True,
        header=(ORGAN, "", "Styrelsemöte 2025-02-20, ärende 7"),
        footer=("", "{page}/{pages}", ""),
        hf_font=("DejaVu Sans", 7.5),
        default_font=("DejaVu Serif", 8.0),
    )
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 16, 6, list(zip(HEADERS, FIELDS)))
