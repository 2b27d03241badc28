"""Report 4: sub-risks in one row. One process's row holds two risks labelled "a)" and "b)"
as paragraphs of the risk cell, with the controls cell split by the same labels and one value,
answer and comment for both. A4 landscape, Liberation Serif 10.5 pt, register cells bordered,
scale 100 %; period from "årsbokslut" in the title; the counts in the heading over the table
("Kritiska risker 2024 – 8 av 17 inventerade risker"). Eight rows, nine risks."""

from producers.calc_report import Report
from producers.calc import Cell, CellStyle, Row, Sheet

F = "Liberation Serif"
LINE = "0.6pt solid #7f6000"
STYLES = {
    "organ": CellStyle(F, 11, bold=True, color="#7f6000", wrap=False, hyphenate=False),
    "title": CellStyle(F, 16, bold=True, wrap=False, hyphenate=False),
    "prose": CellStyle(F, 10.5, align="justify"),
    "heading": CellStyle(F, 12, bold=True, color="#7f6000", valign="bottom", wrap=False,
                         hyphenate=False),
    "head": CellStyle(F, 10.5, bold=True, bg="#fff2cc", valign="bottom", border=LINE),
    "headc": CellStyle(F, 10.5, bold=True, bg="#fff2cc", valign="bottom", align="center",
                       border=LINE),
    "body": CellStyle(F, 10.5, border=LINE, align="justify"),
    "num": CellStyle(F, 10.5, align="center", border=LINE),
}

HEADERS = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.9, 5.6, 1.8, 1.8, 1.6, 5.2, 1.5, 6.3]

# (process, risk paragraphs, S, K, control paragraphs, follows plan, comment)
RISKS = [
    ("Fordonsförvaltning",
     ["a) Risk att drivmedelskort används för privata tankningar.",
      "b) Risk att körjournaler inte förs för fordon med förmånsbeskattning."], 3, 3,
     ["a) Genomgång av samtliga tankningar per kort under oktober.",
      "b) Stickprov på körjournaler för fem förmånsbilar under två månader."],
     "Delvis",
     "Inga privata tankningar hittades. Körjournal saknades för ett av fem fordon under två "
     "veckor i augusti; förmånsvärdet har rapporterats till lönecentrum."),
    ("Lokalvård",
     ["Risk att städningen i skolor och förskolor inte håller avtalad kvalitet, vilket "
      "kan påverka hygien och smittspridning."], 3, 3,
     ["Kvalitetsmätning enligt INSTA 800 på tio objekt per halvår."],
     "Ja",
     "Nio av tio objekt nådde avtalad kvalitetsnivå vid båda mätningarna. Objektet som inte "
     "gjorde det har fått en ny städplan."),
    ("Måltidsverksamhet",
     ["Risk att livsmedel köps utanför avtal med högre kostnad och sämre spårbarhet som "
      "följd."], 3, 4,
     ["Avstämning av leverantörsfakturor för livsmedel mot avtalade leverantörer per "
      "kvartal."],
     "Nej",
     "Andelen inköp utanför avtal var 14 procent, mot målet högst fem procent. Orsaken är "
     "främst kompletteringsköp i närbutiker när leveranser uteblev. Ett nytt avtal för "
     "kompletteringsköp gäller från februari 2025."),
    ("Fastighetsdrift",
     ["Risk att lagstadgade besiktningar av hissar, portar och ventilation (OVK) inte "
      "genomförs i tid."], 2, 4,
     ["Kontroll av besiktningsregistret mot gällande besiktningsintervall."],
     "Ja",
     "Samtliga 186 besiktningspliktiga installationer var besiktigade inom intervallet."),
    ("IT-stöd och telefoni",
     ["Risk att mobiltelefoner och datorer som lämnas tillbaka inte raderas innan de "
      "återanvänds eller skrotas."], 2, 4,
     ["Stickprov på 25 återlämnade enheter mot raderingsintyg från leverantören."],
     "Ja",
     "Raderingsintyg fanns för alla 25 enheter."),
    ("Inköp och attest",
     ["Risk att fakturor betalas utan att varan eller tjänsten har levererats enligt "
      "beställning."], 3, 3,
     ["Stickprov på 40 fakturor: beställning och mottagningskontroll jämförs med "
      "fakturan."],
     "Ja",
     "I alla granskade fakturor fanns en beställning och en dokumenterad "
     "mottagningskontroll."),
    ("Personal och lön",
     ["Risk att timanställda får ersättning för arbetspass som inte har arbetats."], 2, 4,
     ["Jämförelse av tidrapporter mot bemanningssystemets schema för en månad per halvår."],
     "Ja",
     "Inga felaktiga utbetalningar hittades bland de 212 granskade passen."),
    ("Arbetsmiljö",
     ["Risk att kemiska produkter i lokalvården och köken används utan aktuella "
      "säkerhetsdatablad och riskbedömning."], 3, 3,
     ["Kontroll av kemikalieförteckning och säkerhetsdatablad på åtta arbetsplatser."],
     "Delvis",
     "Förteckningen var inaktuell på tre arbetsplatser. Den har uppdaterats och "
     "kemikaliehanteringen är nu en fast punkt vid varje skyddsrond."),
]

ORGAN = "Tekniska servicenämnden"
TITLE = "Internkontroll 2024 – uppföljning vid årsbokslutet"
PROSE = (
    "Tekniska servicenämnden redovisar här uppföljningen av internkontrollplanen för 2024 "
    "i samband med årsbokslutet. Kontrollerna har utförts av enheterna och sammanställts av "
    "förvaltningens controller. Där en process har flera risker med samma bedömning "
    "redovisas de på samma rad."
)
PROSE2 = (
    "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen i huvudsak är "
    "tillräcklig. Avvikelserna gäller främst inköp av livsmedel utanför avtal och "
    "dokumentationen av förmånsbilarnas körjournaler. För båda finns åtgärder beslutade, och "
    "kontrollerna av inköp och kemikaliehantering återkommer i planen för 2025."
)
HEADING = "Kritiska risker 2024 – 8 av 17 inventerade risker"


def report() -> Report:
    n = len(HEADERS)
    rows = [
        Row([Cell(ORGAN, "organ", cols=n)], kind="title", height=0.65),
        Row([Cell(TITLE, "title", cols=n)], kind="title", height=0.95),
        Row([Cell(PROSE, "prose", cols=n)], kind="note", height=1.05),
        Row([Cell(PROSE2, "prose", cols=n)], kind="note", height=1.05),
        Row([Cell(HEADING, "heading", cols=n)], kind="note", height=0.9),
        Row([Cell(h, "headc" if f in ("probability", "consequence", "risk_value",
                                          "follows_plan") else "head")
             for h, f in zip(HEADERS, FIELDS)], kind="header"),
    ]
    for proc, risk, s, k, ctrl, fp, com in RISKS:
        rows.append(Row([Cell(proc), Cell(risk), Cell(s, "num"), Cell(k, "num"),
                         Cell(s * k, "num"), Cell(ctrl), Cell(fp, "num"), Cell(com)]))
    sheet = Sheet(
        name="tsn2024_calc_sub_risks_one_row",
        sheet_name="Internkontroll 2024",
        widths=WIDTHS,
        styles=STYLES,
        rows=rows,
        header_rows=(5, 6),
        page_w=29.7,
        page_h=21.0,
        margins=(1.6, 1.5, 1.4, 1.4),
        grid=False,
        header=("Serviceförvaltningen", "", "Dnr TSN 2025/0031"),
        footer=("Årsbokslut 2024", "", "Sida {page}"),
        hf_font=(F, 8.0),
        default_font=(F, 10.5),
    )
    cols = [(i, h, f) for i, (h, f) in enumerate(zip(HEADERS, FIELDS))]
    return Report(sheet, ORGAN, 2024, "helår", TITLE, 17, 8, cols, split_labels=True)
