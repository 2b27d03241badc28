"""Report 1: a controller's register as a filtered list. Autofilter-style header (bold, a
bottom border only), no printed grid, thin horizontal rules between risks only (no vertical
rules at all), and a frozen first column "Process" whose text is repeated on every row (never
merged), so consecutive risks of one process each print the process name."""

from producers.calc_workbook import Book, C, R, Report, Sheet, St

F = "Liberation Sans"
RULE = "0.5pt solid #a6a6a6"
STYLES = {
    "organ": St(F, 10, color="#595959", wrap=False, hyphenate=False),
    "title": St(F, 15, bold=True, wrap=False, hyphenate=False),
    "prose": St(F, 9, valign="top"),
    "head": St(F, 8.5, bold=True, valign="bottom", bottom="1.1pt solid #000000"),
    "headc": St(F, 8.5, bold=True, valign="bottom", align="center", bottom="1.1pt solid #000000"),
    "body": St(F, 8.5, bottom=RULE, padding=0.07),
    "num": St(F, 8.5, align="center", bottom=RULE, padding=0.07),
}

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [3.0, 5.2, 1.75, 1.75, 1.55, 5.0, 1.45, 6.0]

RISKS = [
    ("Föreningsbidrag",
     "Risk att aktivitetsbidrag betalas ut på felaktiga deltagarlistor, eftersom närvaron "
     "rapporteras av föreningarna själva i bidragssystemet.",
     3, 4, "Stickprov på tio föreningars närvarokort per halvår, jämförda med lokalbokningar och "
     "ledarförteckningar.", "Delvis",
     "Vårens stickprov gjordes utan anmärkning. I höstens stickprov hade två föreningar "
     "rapporterat sammankomster på tider då ingen lokal var bokad; 23 400 kronor har återkrävts."),
    ("Föreningsbidrag",
     "Risk att bidrag beviljas föreningar som inte uppfyller de grundläggande villkoren om "
     "demokratisk uppbyggnad och öppet medlemskap.",
     2, 4, "Granskning av stadgar, årsmötesprotokoll och verksamhetsberättelse för samtliga nya "
     "bidragsberättigade föreningar.", "Ja",
     "Sex nya föreningar granskades. Samtliga uppfyllde villkoren och underlagen finns i akten."),
    ("Lokalbokning och taxor",
     "Risk att timmar i idrottshallar och simhallen inte faktureras eller faktureras med fel "
     "taxa.",
     3, 3, "Avstämning mellan bokningssystemet och kundreskontran för mars och oktober.", "Nej",
     "Kontrollen kunde inte göras eftersom bokningssystemet byttes i september. Den flyttas till "
     "planen för 2026."),
    ("Lokalbokning och taxor",
     "Risk att nyckelbrickor till anläggningarna inte spärras när en bokning upphör.",
     3, 3, "Jämförelse av aktiva brickor mot gällande säsongsbokningar en gång per termin.", "Ja",
     "41 brickor som inte hörde till någon gällande bokning spärrades i januari; i augusti "
     "hittades inga."),
    ("Upphandling och inköp",
     "Risk att inköp av scenteknik och konsertarrangemang görs utan avtal och utan "
     "dokumenterad direktupphandling.",
     3, 4, "Uttag ur inköpsanalysen av leverantörer utan avtal med inköp över 50 000 kronor och "
     "kontroll av dokumentationen.", "Delvis",
     "Fem av åtta direktupphandlingar var dokumenterade enligt riktlinjen. Kulturhusets "
     "personal har fått utbildning i inköpsrutinen."),
    ("Kulturskolan",
     "Risk att avgifter för kurser och instrumenthyra inte debiteras eller att syskonrabatt "
     "ges felaktigt.",
     3, 3, "Avstämning av antagna elever mot fakturerade avgifter för vårterminen.", "Ja",
     "Avstämningen omfattade 612 elever. Tre elever saknade faktura och har debiterats i "
     "efterhand."),
    ("Bibliotek",
     "Risk att personuppgifter om låntagare sparas längre än vad informationshanterings"
     "planen tillåter.",
     3, 3, "Kontroll av att gallringen av inaktiva låntagarkonton har körts i bibliotekssystemet.",
     "Ja",
     "Gallringen kördes i juni och december. 2 318 inaktiva konton togs bort."),
    ("Attest och delegation",
     "Risk att fakturor attesteras av någon som saknar behörighet enligt attestförteckningen.",
     2, 4, "Stickprov på 40 fakturor mot gällande attestförteckning och delegationsordning.",
     "Ja",
     "Samtliga 40 fakturor var attesterade av behörig attestant."),
]

ORGAN = "Kultur- och idrottsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – helår"
PROSE = ("Nämndens riskanalys för 2025 omfattade 19 risker. Åtta av dem har ett riskvärde på 8 "
         "eller högre och ingår i internkontrollplanen; resultatet av kontrollerna redovisas "
         "nedan. Sannolikhet och konsekvens bedöms på en skala från 1 till 4.")


def report() -> Report:
    n = len(HEAD)
    rows = [
        R([C(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        R([C(TITLE, "title", cols=n)], kind="title", height=0.85),
        R([C(PROSE, "prose", cols=n)], kind="title", height=1.0),
        R([], kind="blank", height=0.3),
        R([C(h, "headc" if h in ("Sannolikhet", "Konsekvens", "Riskvärde", "Följer plan") else "head")
           for h in HEAD], kind="header"),
    ]
    for proc, risk, s, k, ctrl, fp, com in RISKS:
        rows.append(R([C(proc), C(risk), C(s, "num"), C(k, "num"), C(s * k, "num"), C(ctrl),
                       C(fp, "num"), C(com)]))
    last = len(rows) - 1
    sheet = Sheet(
        name="Riskregister",
        widths=WIDTHS,
        rows=rows,
        header_rows=(4, 5),
        page_w=29.7, page_h=21.0,
        margins=(1.3, 1.3, 1.5, 1.5),
        grid=False,
        footer=("Kultur- och idrottsförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(F, 7.5),
        autofilter=(4, last),
        freeze_cols=1, freeze_rows=5,
    )
    book = Book("kin2025_calc_autofilter_rules_between_rows", STYLES, [sheet], (F, 8.5))
    return Report(book, 0, ORGAN, 2025, "helår", TITLE, 19, 8, list(zip(HEAD, FIELDS)), body_size=8.5)
