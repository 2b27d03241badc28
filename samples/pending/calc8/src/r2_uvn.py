"""Report 2: the follow-up answers chosen from a drop-down list with qualified yeses: "Ja, med
avvikelse" (the plan was followed; the control found a deviation that was dealt with) and
"Ja, delvis" (followed in part), beside plain "Ja" and "Nej". A4 landscape, Liberation Sans
9 pt, Calc's printed grid; the sheet is wider than the page and set to fit the page width, so
it prints at about 90 %. The counts stand in a small key-figures block under the title; the
period is "T2" in the title. Nine risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Sans"
STYLES = {
    "organ": CellStyle(F, 10, bold=True, color="#974706", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 9.5),
    "keyh": CellStyle(F, 9, bold=True, color="#974706", valign="middle", wrap=False,
                      hyphenate=False),
    "keyl": CellStyle(F, 9, bg="#fde9d9", valign="middle", wrap=False, hyphenate=False),
    "keyn": CellStyle(F, 10, bold=True, bg="#fde9d9", valign="middle", align="center"),
    "head": CellStyle(F, 9, bold=True, bg="#fcd5b4", valign="bottom"),
    "headc": CellStyle(F, 9, bold=True, bg="#fcd5b4", valign="bottom", align="center"),
    "body": CellStyle(F, 9),
    "num": CellStyle(F, 9, align="center"),
    "answer": CellStyle(F, 9, align="center", hyphenate=False),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollansvarig", "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment"]
WIDTHS = [2.9, 5.1, 1.9, 1.9, 1.7, 5.1, 2.8, 2.2, 7.6]

# (process, risk, S, K, control, responsible, follows plan as chosen in the list, comment)
RISKS = [
    ("Förskola",
     "Risk att barn hämtas av personer som saknar vårdnadshavarens medgivande.", 2, 4,
     "Stickprov på hämtlistor och medgivanden på sex förskolor.",
     "Förskolechef", "Ja",
     "Aktuella medgivanden fanns för samtliga barn på de granskade förskolorna."),
    ("Förskola",
     "Risk att placering i förskola inte erbjuds inom fyra månader enligt skollagen.", 3, 3,
     "Månadsvis uppföljning av kötid från ansökan till erbjuden placering.",
     "Placeringsansvarig", "Ja, med avvikelse",
     "Nitton barn fick erbjudande efter mer än fyra månader i mars, när två avdelningar var "
     "stängda för ombyggnad. Från maj har alla fått erbjudande i tid."),
    ("Grundskola",
     "Risk att elever i behov av särskilt stöd inte får ett åtgärdsprogram efter "
     "utredning.", 3, 4,
     "Genomgång av elevhälsans ärendelogg mot upprättade åtgärdsprogram, två skolor per "
     "tertial.",
     "Rektor", "Ja, delvis",
     "Åtgärdsprogram saknades för fem av 38 elever med utredning. Tre av dem har nu fått "
     "program; två utredningar är inte avslutade."),
    ("Grundskola",
     "Risk att frånvaro inte rapporteras till vårdnadshavare samma dag.", 3, 3,
     "Kontroll av frånvarorapporteringen i lärplattformen för två veckor per tertial.",
     "Biträdande rektor", "Ja",
     "Frånvaron rapporterades samma dag i 98 procent av fallen."),
    ("Elevhälsa",
     "Risk att journalföring i elevhälsans medicinska insats inte följer patientdatalagen.",
     2, 4,
     "Granskning av 20 journaler per skolsköterska och läsår.",
     "Verksamhetschef elevhälsa", "Ja, med avvikelse",
     "I två journaler saknades signering. Skolsköterskorna har påmints om "
     "signeringsrutinen och signeringen följs upp varje månad."),
    ("Skolskjuts",
     "Risk att skolskjutsbeslut fattas utan att riktlinjerna för avstånd och trafikmiljö "
     "följs.", 2, 3,
     "Stickprov på 15 beslut om skolskjuts inför höstterminen.",
     "Skolskjutssamordnare", "Ja",
     "Besluten följde riktlinjerna. Avståndsberäkningen är dokumenterad i alla ärenden."),
    ("Kost och måltider",
     "Risk att specialkost serveras fel till barn och elever med allergier.", 2, 4,
     "Kontroll av specialkostrutinen i tre kök, oanmäld, en gång per tertial.",
     "Kostchef", "Nej",
     "Vid ett tillfälle i april serverades en elev med nötallergi fel rätt. Händelsen "
     "avvikelserapporterades och rutinen för märkning av specialkost har skärpts."),
    ("Ekonomi",
     "Risk att interkommunal ersättning för elever från andra kommuner inte faktureras.",
     3, 3,
     "Avstämning av elevregistret mot fakturerad interkommunal ersättning per termin.",
     "Ekonom", "Ja, delvis",
     "Fakturering saknades för sju elever under vårterminen, sammanlagt 412 000 kronor. "
     "Beloppen faktureras i september."),
    ("Informationssäkerhet",
     "Risk att elevers personuppgifter behandlas i digitala verktyg som saknar "
     "personuppgiftsbiträdesavtal.", 3, 4,
     "Jämförelse av verktyg i skolornas lärplattform mot förteckningen över "
     "biträdesavtal.",
     "Dataskyddssamordnare", "Ja",
     "Alla 27 verktyg i lärplattformen har giltiga personuppgiftsbiträdesavtal."),
]

ORGAN = "Uppväxtnämnden"
TITLE = "Uppföljning av internkontrollplan T2 2025"
PROSE = (
    "Nämnden beslutade om internkontrollplanen 2025-01-29, § 9. Tabellen visar resultatet av "
    "kontrollerna efter årets andra tertial. Kontroller som görs under hösten redovisas i "
    "uppföljningen vid årets slut."
)


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.6),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.95),
        Row([Cell("Nyckeltal", "keyh", cols=2), None, None, None, None, None, None, None],
            kind="note", height=0.6),
        Row([Cell("Identifierade risker", "keyl", cols=2), Cell(24, "keyn"), None, None, None,
             None, None, None], kind="note", height=0.6),
        Row([Cell("Varav i planen", "keyl", cols=2), Cell(9, "keyn"), None, None, None, None,
             None, None], kind="note", height=0.6),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=0.95),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, who, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(who), Cell(fp, "answer"),
                         Cell(com)]))
    sheet = Sheet(
        name="uvn2025_calc_qualified_yes_answers_fit_width",
        sheet_name="Uppföljning T2",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(6, 7),
        page_w=29.7,
        page_h=21.0,
        margins=(1.3, 1.3, 1.3, 1.3),
        grid=True,
        fit_width=True,
        header=("Uppväxtförvaltningen", "", "Dnr UVN 2025/0087"),
        footer=("", "Sida {page} av {pages}", ""),
        hf_font=(F, 7.5),
        default_font=(F, 9.0),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2025, "tertial", TITLE, 24, 9, cols, measure_scale=True)
