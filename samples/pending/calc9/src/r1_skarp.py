"""Report 1: no quirk, the control case. A stadsdelsnämnd's register as a controller keeps it
in Calc: A4 portrait, DejaVu Sans 8 pt, register cells bordered, title rows unruled above.
Period "bokslut" in the title; the counts in the prose as number words, the critical count
first ("Som kritiska bedöms nio av de tjugofyra risker ..."). Nine risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "DejaVu Sans"
LINE = "0.5pt solid #44546a"
STYLES = {
    "organ": CellStyle(F, 9.5, bold=True, color="#44546a", wrap=False, hyphenate=False),
    "title": CellStyle(F, 13, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 8.5, align="justify"),
    "head": CellStyle(F, 8, bold=True, bg="#d6dce4", valign="bottom", border=LINE),
    "headc": CellStyle(F, 8, bold=True, bg="#d6dce4", valign="bottom", align="center",
                       border=LINE),
    "body": CellStyle(F, 8, border=LINE),
    "num": CellStyle(F, 8, align="center", border=LINE),
    "answer": CellStyle(F, 8, align="center", hyphenate=False, border=LINE),
}

HEADERS = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer plan",
           "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.3, 3.6, 1.45, 3.3, 2.0, 1.35, 4.15]

# (process, risk, risk value, control, responsible, follows plan, comment)
RISKS = [
    ("Förskola",
     "Risk att barngruppernas storlek överstiger Skolverkets riktmärken utan att det "
     "uppmärksammas.", 12,
     "Jämförelse per termin av inskrivna barn per avdelning mot riktmärkena.",
     "Avdelningschef förskola", "Ja",
     "Två avdelningar låg över riktmärket under vårterminen. Båda har fått ytterligare "
     "personal från augusti."),
    ("Äldreomsorg",
     "Risk att beviljade hemtjänstinsatser inte utförs och att den enskilde inte får "
     "information om det.", 12,
     "Månadsvis jämförelse av beviljad och utförd tid i verksamhetssystemet för "
     "hemtjänsten.",
     "Enhetschef hemtjänst", "Delvis",
     "Utförd tid var i genomsnitt 89 procent av beviljad tid. Inställda besök "
     "dokumenterades i 41 av 56 fall; rutinen för information till den enskilde har "
     "förtydligats."),
    ("Äldreomsorg",
     "Risk att avvikelser enligt lex Sarah inte rapporteras och utreds.", 9,
     "Genomgång av avvikelserapporter och lex Sarah-utredningar två gånger per år.",
     "Medicinskt ansvarig sjuksköterska", "Ja",
     "Sju rapporter har utretts under året, samtliga inom tidsgränsen."),
    ("Socialtjänst",
     "Risk att förhandsbedömning av orosanmälningar om barn inte görs inom fjorton dagar.",
     16,
     "Stickprov på 30 orosanmälningar per halvår i verksamhetssystemet.",
     "Enhetschef barn och unga", "Nej",
     "Bedömningstiden överskreds i 11 av 60 ärenden, främst under sommaren. En "
     "bemanningsplan för mottagningsgruppen tas fram inför 2025."),
    ("Socialtjänst",
     "Risk att ekonomiskt bistånd betalas ut utan aktuell utredning av sökandens "
     "inkomster.", 12,
     "Kontroll av 25 slumpvis valda utbetalningar per kvartal mot underlaget i akten.",
     "Enhetschef ekonomiskt bistånd", "Ja",
     "Underlag fanns i samtliga granskade ärenden."),
    ("Park och stadsmiljö",
     "Risk att lekplatsutrustning inte besiktigas enligt gällande säkerhetsstandard.", 9,
     "Kontroll av besiktningsprotokoll för stadsdelens 38 lekplatser.",
     "Parkingenjör", "Ja",
     "Årlig huvudbesiktning är gjord på alla lekplatser. Tre anmärkningar är åtgärdade."),
    ("Ekonomi",
     "Risk att fakturor attesteras av en person som saknar attesträtt eller har jäv.", 8,
     "Stickprov på 40 leverantörsfakturor mot den gällande attestförteckningen.",
     "Controller", "Ja",
     "Inga avvikelser. Attestförteckningen uppdaterades i januari och i augusti."),
    ("Personal",
     "Risk att det systematiska arbetsmiljöarbetet inte genomförs på alla "
     "arbetsplatser.", 8,
     "Uppföljning av att skyddsronder och riskbedömningar är dokumenterade i "
     "HR-systemet.",
     "HR-specialist", "Delvis",
     "Skyddsrond saknades på fyra av 31 arbetsplatser. De genomförs under första "
     "kvartalet 2025."),
    ("Informationssäkerhet",
     "Risk att medarbetare som avslutat sin anställning har kvar behörigheter i "
     "verksamhetssystemen.", 12,
     "Avstämning två gånger per år av aktiva behörigheter mot avslutade anställningar.",
     "Systemförvaltare", "Ja",
     "Alla behörigheter för avslutade anställningar var borttagna vid båda "
     "avstämningarna."),
]

ORGAN = "Skarpnäcks stadsdelsnämnd"
TITLE = "Internkontrollplan 2024 – uppföljning i samband med bokslut"
PROSE = (
    "Stadsdelsnämnden fastställde internkontrollplanen för 2024 den 14 december 2023. Som "
    "kritiska bedöms nio av de tjugofyra risker som förvaltningen har inventerat, och det "
    "är dessa nio som har kontrollerats under året. Tabellen redovisar resultatet per "
    "kontrollmoment per den 31 december 2024."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.85),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.45),
        Row([None] * n, kind="blank", height=0.3),
        Row([Cell(h, "headc" if f in ("risk_value", "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, value, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(value, "num"), Cell(ctrl), Cell(who),
                         Cell(fp, "answer"), Cell(com)]))
    sheet = Sheet(
        name="skarp2024_calc_plain_portrait_bokslut",
        sheet_name="Uppföljning 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(4, 5),
        page_w=21.0,
        page_h=29.7,
        margins=(1.6, 1.4, 1.4, 1.4),
        grid=False,
        footer=("Skarpnäcks stadsdelsförvaltning", "", "Sida {page} av {pages}"),
        hf_font=(F, 7.0),
        default_font=(F, 8.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 24, 9, cols)
