"""Report 3: cells with manual line breaks and "•" bullets inside Kontrollmoment (some as one
paragraph with line breaks, Shift+Enter, some as separate paragraphs), a Nr column of text
"01", "02" (zero-padded strings, no apostrophe printed), and a risk value that is a number
formatted with one decimal in some rows ("12,0", Swedish decimal comma) and without in
others ("9")."""

from producers.calc_workbook import Book, C, R, Report, Sheet, St

F = "Carlito"
B = "0.6pt solid #c55a11"
STYLES = {
    "organ": St(F, 10.5, bold=True, color="#c55a11", wrap=False, hyphenate=False),
    "title": St(F, 14, bold=True, wrap=False, hyphenate=False),
    "prose": St(F, 9.5, align="justify"),
    "head": St(F, 9, bold=True, bg="#fbe5d6", valign="bottom", border=B),
    "headc": St(F, 9, bold=True, bg="#fbe5d6", valign="bottom", align="center", border=B),
    "body": St(F, 9, border=B),
    "nr": St(F, 9, align="center", border=B),
    "num": St(F, 9, align="center", border=B),
    "num1": St(F, 9, align="center", border=B, numfmt="0,0"),
}
HEAD = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [0.8, 2.3, 3.6, 1.45, 4.4, 2.0, 1.25, 3.2]

RISKS = [
    ("01", "Myndighetsutövning LSS",
     "Risk att beslut om insatser enligt LSS fattas av handläggare utan delegation.", 12.0,
     ["Stickprov på 20 beslut per tertial:\n• beslutsfattare mot delegationsordningen\n"
      "• beslutet kommunicerat med den enskilde"],
     "Enhetschef myndighet", "Ja",
     "Samtliga 20 beslut var fattade med stöd av delegation och kommunicerade."),
    ("02", "Avgifter",
     "Risk att avgiften för hemtjänst beräknas på inaktuella inkomstuppgifter.", 9,
     ["Kontroll av 25 avgiftsbeslut:", "• inkomstförfrågan inom tolv månader",
      "• beräkningen mot maxtaxan"],
     "Avgiftshandläggare", "Delvis",
     "Fyra av 25 beslut byggde på inkomstuppgifter äldre än tolv månader. Nya förfrågningar "
     "har skickats."),
    ("03", "Läkemedelshantering",
     "Risk att läkemedel hanteras av personal utan giltig delegering från sjuksköterska.", 12.0,
     ["Genomgång på fyra gruppbostäder:\n• delegeringar i verksamhetssystemet\n"
      "• signeringslistor för augusti"],
     "MAS", "Delvis",
     "På en gruppbostad hade tre medarbetare gått ut delegeringar. Förnyelse gjordes i "
     "september."),
    ("04", "Privata medel",
     "Risk att brukares privata medel blandas med verksamhetens kassa.", 8,
     ["Oanmäld kassakontroll på tre boenden.", "• kvitton och kassabok jämförs",
      "• kontantbehållningen räknas"],
     "Verksamhetschef", "Ja",
     "Kassorna stämde. På ett boende saknades ett kvitto på 145 kronor, som har hittats."),
    ("05", "Lex Sarah",
     "Risk att missförhållanden inte rapporteras och utreds inom föreskriven tid.", 12.0,
     ["Uttag av samtliga rapporter för perioden:\n• tid från rapport till påbörjad utredning\n"
      "• anmälan till IVO där det krävs"],
     "Kvalitetsutvecklare", "Ja",
     "Elva rapporter; samtliga utreddes inom två veckor och en anmäldes till IVO."),
    ("06", "Bemanning",
     "Risk att timavlönade schemaläggs över arbetstidslagens gränser för dygnsvila.", 9,
     ["Uttag ur schemasystemet för vecka 10 och vecka 34."],
     "HR-konsult", "Nej",
     "Uttaget kunde inte göras i det nya schemasystemet. Kontrollen görs under tertial 3."),
    ("07", "Dataskydd",
     "Risk att journaluppgifter läses av medarbetare utan vårdrelation.", 16.0,
     ["Loggkontroll varje månad:\n• 15 slumpvis valda journaler\n"
      "• alla öppningar av skyddade personuppgifter"],
     "Dataskyddsombud", "Ja",
     "Inga obehöriga åtkomster upptäcktes under perioden januari–augusti."),
]

ORGAN = "Vård- och stödnämnden"
TITLE = "Uppföljning av intern kontroll 2023 – tertial 2"
PROSE = ("Nämnden har i sin riskanalys för 2023 bedömt 18 risker. Sju av dem bedöms som "
         "kritiska, med ett riskvärde på 8 eller högre, och följs upp i tabellen. Uppföljningen "
         "avser perioden januari–augusti 2023.")


def report() -> Report:
    n = len(HEAD)
    rows = [
        R([C(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        R([C(TITLE, "title", cols=n)], kind="title", height=0.85),
        R([C(PROSE, "prose", cols=n)], kind="title", height=1.15),
        R([C(h, "headc" if h in ("Nr", "Riskvärde", "Följer plan") else "head") for h in HEAD],
          kind="header"),
    ]
    for nr, proc, risk, rv, ctrl, ans, fp, com in RISKS:
        rows.append(R([C(nr, "nr"), C(proc), C(risk), C(rv, "num1" if isinstance(rv, float) else "num"),
                       C(ctrl), C(ans), C(fp, "num"), C(com)]))
    sheet = Sheet(
        name="Uppföljning T2",
        widths=WIDTHS,
        rows=rows,
        header_rows=(3, 4),
        margins=(1.5, 1.5, 1.0, 1.0),
        grid=False,
        footer=("", "{page} (" + "{pages})", "Vård- och stödförvaltningen"),
        hf_font=(F, 8),
    )
    book = Book("vsn2023_calc_bullets_text_nr_decimal_comma", STYLES, [sheet], (F, 9))
    return Report(book, 0, ORGAN, 2023, "tertial", TITLE, 18, 7, list(zip(HEAD, FIELDS)), body_size=9)
