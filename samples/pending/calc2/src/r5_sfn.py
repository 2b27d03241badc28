"""Report 5: a workbook of two sheets printed into one PDF: sheet 1 a summary (nämnd,
period, "Antal risker 21", "Varav kritiska 7", results by answer) as label / value cells;
sheet 2 the risk register with abbreviated headers ("Sann.", "Kons.", "RV", "Åtg.") and an
"Ansvarig" column. Each sheet has its own page style (portrait summary, landscape register)."""

from producers.calc_workbook import Book, C, R, Report, Sheet, St

S = "Liberation Serif"
F = "Liberation Sans"
B = "0.5pt solid #5b9bd5"
STYLES = {
    "s_organ": St(S, 12, color="#1f4e79", wrap=False, hyphenate=False),
    "s_title": St(S, 16, bold=True, wrap=False, hyphenate=False),
    "s_label": St(S, 11, bold=True, bottom="0.5pt solid #bfbfbf", wrap=False, hyphenate=False),
    "s_value": St(S, 11, bottom="0.5pt solid #bfbfbf", wrap=False, hyphenate=False),
    "s_num": St(S, 11, align="end", bottom="0.5pt solid #bfbfbf", wrap=False, hyphenate=False),
    "s_note": St(S, 10, italic=True),
    "head": St(F, 8, bold=True, color="#ffffff", bg="#1f4e79", valign="bottom", border=B),
    "headc": St(F, 8, bold=True, color="#ffffff", bg="#1f4e79", valign="bottom", align="center", border=B),
    "body": St(F, 8, border=B),
    "num": St(F, 8, align="center", border=B),
}
HEAD = ["Process", "Risk", "Sann.", "Kons.", "RV", "Kontrollmoment", "Ansvarig", "Följer plan",
        "Kommentar", "Åtg."]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls", None,
          "follows_plan", "comment", "handling"]
WIDTHS = [2.6, 4.6, 1.0, 1.0, 0.9, 4.2, 2.3, 1.3, 4.3, 3.9]

RISKS = [
    ("Skolplacering",
     "Risk att beslut om skolplacering fattas utan att vårdnadshavarnas önskemål och "
     "närhetsprincipen har prövats.", 3, 4,
     "Stickprov på 20 placeringsbeslut inför höstterminen.", "Antagningshandläggare", "Ja",
     "Samtliga beslut var prövade och motiverade.", None),
    ("Elevhälsa",
     "Risk att anmälningar om kränkande behandling inte utreds skyndsamt.", 3, 4,
     "Uttag ur ärendesystemet av tid från anmälan till påbörjad utredning.", "Rektorer",
     "Delvis",
     "Elva av 64 utredningar påbörjades senare än fem skoldagar efter anmälan.",
     "Påminnelse i ärendesystemet efter tre dagar införs."),
    ("Fritidsgårdar",
     "Risk att kontanter från kiosk och caféverksamhet inte redovisas.", 2, 4,
     "Oanmäld kassakontroll på fyra fritidsgårdar.", "Fritidschef", "Ja",
     "Kassorna stämde med redovisningen.", None),
    ("Skolskjuts",
     "Risk att skolskjuts beviljas elever som inte uppfyller kriterierna i riktlinjen.", 3, 3,
     "Granskning av 30 beviljade ansökningar mot avståndskriterierna.", "Skolskjutssamordnare",
     "Ja", "29 av 30 uppfyllde kriterierna; ett beslut omprövades.", None),
    ("Upphandling",
     "Risk att läromedel och digitala licenser köps utanför avtal.", 3, 3,
     "Uttag av fakturor från leverantörer utan avtal under januari–juni.", "Controller",
     "Nej",
     "Kontrollen har inte genomförts; den flyttas till hösten.",
     "Görs i oktober tillsammans med inköpsenheten."),
    ("Dataskydd",
     "Risk att elevuppgifter delas i digitala lärplattformar utan personuppgiftsbiträdesavtal.",
     2, 4, "Inventering av använda digitala tjänster mot registret över biträdesavtal.",
     "Dataskyddssamordnare", "Delvis",
     "Sju av 38 tjänster saknade avtal. Fyra har avvecklats.",
     "Avtal tecknas eller tjänsten stängs senast 2025-12-31."),
    ("Statsbidrag",
     "Risk att statsbidrag för mindre barngrupper återkrävs på grund av felaktig redovisning.",
     2, 4, "Avstämning av redovisat antal elever mot elevregistret.", "Ekonom", "Ja",
     "Redovisningen stämde med elevregistret.", None),
]

ORGAN = "Skol- och fritidsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – delår"


def summary() -> Sheet:
    rows = [
        R([C(ORGAN, "s_organ", cols=3)], kind="title", height=0.7),
        R([C(TITLE, "s_title", cols=3)], kind="title", height=1.0),
        R([], kind="blank", height=0.5),
        R([C("Nämnd", "s_label"), C(ORGAN, "s_value", cols=2)], kind="summary"),
        R([C("Period", "s_label"), C("2025-01-01 – 2025-08-31", "s_value", cols=2)], kind="summary"),
        R([C("Antal risker", "s_label"), C("", "s_value"), C(21, "s_num")], kind="summary"),
        R([C("Varav kritiska", "s_label"), C("", "s_value"), C(7, "s_num")], kind="summary"),
        R([C("Följer plan: Ja", "s_label"), C("", "s_value"), C(4, "s_num")], kind="summary"),
        R([C("Följer plan: Delvis", "s_label"), C("", "s_value"), C(2, "s_num")], kind="summary"),
        R([C("Följer plan: Nej", "s_label"), C("", "s_value"), C(1, "s_num")], kind="summary"),
        R([], kind="blank", height=0.5),
        R([C("De kritiska riskerna (riskvärde 8 eller högre) och resultatet av kontrollerna "
             "redovisas på nästa blad, Riskregister.", "s_note", cols=3)], kind="note", height=1.1),
    ]
    return Sheet(
        name="Sammanfattning",
        widths=[5.0, 6.0, 3.0],
        rows=rows,
        margins=(2.5, 2.0, 2.5, 2.0),
        grid=False,
        footer=("Skol- och fritidsförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(S, 8),
    )


def report() -> Report:
    rows = [R([C(h, "headc" if h in ("Sann.", "Kons.", "RV", "Följer plan") else "head") for h in HEAD],
              kind="header")]
    for proc, risk, s, k, ctrl, ans, fp, com, atg in RISKS:
        assert s * k >= 8
        rows.append(R([C(proc), C(risk), C(s, "num"), C(k, "num"), C(s * k, "num"), C(ctrl), C(ans),
                       C(fp, "num"), C(com), C(atg)]))
    reg = Sheet(
        name="Riskregister",
        widths=WIDTHS,
        rows=rows,
        header_rows=(0, 1),
        page_w=29.7, page_h=21.0,
        margins=(1.5, 1.5, 1.3, 1.3),
        grid=False,
        header=(ORGAN, "Riskregister", "Delår 2025"),
        footer=("Skol- och fritidsförvaltningen", "", "Sida {page} av {pages}"),
        hf_font=(S, 8),
    )
    book = Book("sfn2025_calc_summary_sheet_and_register", STYLES, [summary(), reg], (F, 8))
    return Report(book, 1, ORGAN, 2025, "delår", TITLE, 21, 7, list(zip(HEAD, FIELDS)), body_size=8,
                  page_sheet={1: 0})
