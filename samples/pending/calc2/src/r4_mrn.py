"""Report 4: conditional-format-like fills on the risk value (green / yellow / red
backgrounds, white or black numbers) and a legend block of coloured cells at the bottom of
the sheet ("Låg", "Medel", "Hög" with their ranges), in the table's own columns: no risk."""

from producers.calc_workbook import Book, C, R, Report, Sheet, St

F = "DejaVu Serif"
B = "0.5pt solid #404040"
STYLES = {
    "title": St(F, 13, bold=True, wrap=False, hyphenate=False),
    "sub": St(F, 9, italic=True, wrap=False, hyphenate=False),
    "prose": St(F, 8.5),
    "head": St(F, 8, bold=True, bg="#e7e6e6", valign="middle", border=B, padding=0.06),
    "headc": St(F, 8, bold=True, bg="#e7e6e6", valign="middle", align="center", border=B, padding=0.06),
    "body": St(F, 8, border=B, padding=0.06),
    "fp": St(F, 8, align="center", border=B, padding=0.06),
    "low": St(F, 8, bold=True, align="center", valign="middle", bg="#00b050", color="#ffffff", border=B),
    "mid": St(F, 8, bold=True, align="center", valign="middle", bg="#ffd966", color="#000000", border=B),
    "high": St(F, 8, bold=True, align="center", valign="middle", bg="#c00000", color="#ffffff", border=B),
    "leghead": St(F, 8, bold=True, wrap=False, hyphenate=False),
    "legtext": St(F, 8, wrap=False, hyphenate=False),
}
HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar", "Åtgärd"]
FIELDS = ["process", "risk", "risk_value", "controls", "follows_plan", "comment", "handling"]
WIDTHS = [2.8, 5.0, 1.7, 4.6, 1.5, 5.2, 4.6]

RISKS = [
    ("Tillsyn enligt miljöbalken",
     "Risk att tillsynsplanen inte följs och att prioriterade objekt inte besöks under året.", 12,
     "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per tertial.", "Delvis",
     "142 av 168 planerade besök genomfördes. Vakanser under våren förklarar avvikelsen.",
     "Besöken flyttas till första kvartalet 2023."),
    ("Tillsyn enligt miljöbalken",
     "Risk att avgifter för tillsyn inte debiteras eller debiteras med fel timtaxa.", 9,
     "Stickprov på 25 tillsynsärenden där nedlagd tid jämförs med fakturerat belopp.", "Ja",
     "Samtliga 25 ärenden var korrekt debiterade.", None),
    ("Livsmedelskontroll",
     "Risk att kontrollrapporter inte skickas till verksamhetsutövaren inom två veckor.", 6,
     "Uttag ur ärendesystemet av tiden mellan kontroll och skickad rapport.", "Ja",
     "Medeltiden var sex arbetsdagar; inget ärende översteg två veckor.", None),
    ("Räddningstjänst",
     "Risk att tillsyn enligt lagen om skydd mot olyckor inte dokumenteras enligt "
     "handläggningsrutinen.", 12,
     "Granskning av tio tillsynsprotokoll avseende brandskydd i flerbostadshus och skolor.",
     "Nej",
     "Sex av tio protokoll saknade uppgift om föreläggandets uppföljning.",
     "Mall för tillsynsprotokoll ändras och genomgång hålls med brandinspektörerna."),
    ("Räddningstjänst",
     "Risk att deltidsbrandmän inte har genomfört föreskriven övning och kompetens"
     "utveckling.", 16,
     "Kontroll av övningsregistret för samtliga 48 deltidsbrandmän.", "Delvis",
     "Fem deltidsbrandmän saknade rökdykarövning. Övningarna genomfördes i november.", None),
    ("Sotning och brandskyddskontroll",
     "Risk att entreprenören inte utför brandskyddskontroller inom föreskrivna frister.", 8,
     "Jämförelse av entreprenörens rapporterade kontroller mot fristregistret.", "Ja",
     "96 procent av kontrollerna utfördes inom frist; resterande har planerats in.", None),
    ("Upphandling",
     "Risk att skyddsutrustning köps utan avtal och utan dokumenterad direktupphandling.", 9,
     "Uttag ur leverantörsreskontran av inköp utan avtal över 30 000 kronor.", "Ja",
     "Två inköp hittades; båda var dokumenterade direktupphandlingar.", None),
    ("Arbetsmiljö",
     "Risk att skador och tillbud inte rapporteras i systemet för arbetsmiljöavvikelser.", 4,
     "Jämförelse av rapporterade tillbud mot insatsrapporter med personskada.", "Ja",
     "Alla tre personskador i insatsrapporterna var rapporterade.", None),
]

ORGAN = "Miljö- och räddningsnämnden"
TITLE = "Internkontroll 2022 – uppföljning helår"
PROSE = ("Miljö- och räddningsnämndens riskanalys för 2022 omfattade 23 risker, varav fem bedöms "
         "som kritiska (riskvärde 9–16). Internkontrollplanen omfattar de åtta risker som redovisas "
         "nedan. Riskvärdet är sannolikhet gånger konsekvens och färgmarkeras enligt förklaringen "
         "under tabellen.")

LEGEND = [("Låg", "low", "1–4", "Acceptabel risk. Ingen särskild kontroll krävs."),
          ("Medel", "mid", "5–8", "Risken följs upp i den ordinarie verksamhetsuppföljningen."),
          ("Hög", "high", "9–16", "Kritisk risk. Ingår i internkontrollplanen med kontrollmoment.")]


def band(v: int) -> str:
    return "low" if v <= 4 else "mid" if v <= 8 else "high"


def report() -> Report:
    n = len(HEAD)
    rows = [
        R([C(TITLE, "title", cols=n)], kind="title", height=0.8),
        R([C(f"{ORGAN} · beslutad 2023-02-16, § 14", "sub", cols=n)], kind="title", height=0.55),
        R([C(PROSE, "prose", cols=n)], kind="title", height=0.95),
        R([C(h, "headc" if h in ("Riskvärde", "Följer plan") else "head") for h in HEAD], kind="header"),
    ]
    for proc, risk, rv, ctrl, fp, com, atg in RISKS:
        rows.append(R([C(proc), C(risk), C(rv, band(rv)), C(ctrl), C(fp, "fp"), C(com), C(atg)]))
    rows.append(R([], kind="blank", height=0.45))
    rows.append(R([C("Förklaring riskvärde", "leghead", cols=2)], kind="legend"))
    for word, st, rng, text in LEGEND:
        rows.append(R([C(word, st), C(rng, "legtext"), C(text, "legtext", cols=5)], kind="legend", height=0.5))
    sheet = Sheet(
        name="Internkontroll 2022",
        widths=WIDTHS,
        rows=rows,
        header_rows=(3, 4),
        page_w=29.7, page_h=21.0,
        margins=(1.2, 1.2, 1.4, 1.4),
        grid=False,
        footer=("Miljö- och räddningsförvaltningen", "", "Sida {page}"),
        hf_font=("DejaVu Sans", 7),
    )
    book = Book("mrn2022_calc_coloured_values_legend", STYLES, [sheet], (F, 8))
    return Report(book, 0, ORGAN, 2022, "helår", TITLE, 23, 5, list(zip(HEAD, FIELDS)), body_size=8)
