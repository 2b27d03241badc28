"""Word report 3: Natur- och miljönämnden, tertial 2 2025. Nested numbering typed in the
risk column ("1.", "1.1", "1.2", "2." ...): a numbered row ending in a colon is a lead-in
whose sub-items follow on rows of their own with an empty process cell; an "Åtgärd" column
whose cells hold Word checkbox characters ("☒" done, "☐" not yet) each followed by text."""

from holdout_model import P, Page
from word_report import C, SimpleGrid, ReportDoc, rec

ORGAN = "Natur- och miljönämnden"
TITLE = "Uppföljning av internkontrollplan 2025, tertial 2"

# ("lead", process, number, text) or ("risk", process|None, number, text, value, controls,
#  [åtgärd paragraphs], följer plan)
ROWS = [
    ("lead", "Tillsyn enligt miljöbalken", "1.",
     "Risk att tillsynen inte genomförs enligt den beslutade tillsynsplanen inom följande "
     "områden:"),
    ("risk", None, "1.1",
     "Lantbruk med djurhållning, där besöken skjuts upp vid sjukfrånvaro bland "
     "inspektörerna.", 9,
     "Jämförelse mellan tillsynsplanen och genomförda besök i ärendehanteringssystemet.",
     ["☒ Omprioritering av besöken i maj", "☐ Extern konsult anlitas under hösten"],
     "Delvis"),
    ("risk", None, "1.2",
     "Enskilda avloppsanläggningar, där förelägganden om åtgärder inte följs upp.", 8,
     "Stickprov på 20 förelägganden från 2023 och 2024.",
     ["☒ Bevakningsdatum läggs in i varje ärende"], "Ja"),
    ("risk", "Avgifter", "2.",
     "Risk att timavgifter för tillsyn inte debiteras, eftersom handläggningstid inte "
     "registreras.", 9,
     "Avstämning av registrerad tid mot fakturerade avgifter för 30 ärenden.",
     ["☒ Påminnelse till inspektörerna om tidrapportering",
      "☐ Automatisk koppling mellan tid och faktura"], "Ja"),
    ("lead", "Livsmedelskontroll", "3.",
     "Risk att kontrollen av livsmedelsanläggningar inte blir likvärdig, vilket visar sig "
     "som:"),
    ("risk", None, "3.1",
     "Olika bedömning av samma brist hos olika inspektörer.", 8,
     "Kalibreringsövning med gemensamma fall under våren.",
     ["☒ Kalibreringsövning genomförd i april"], "Ja"),
    ("risk", None, "3.2",
     "Uppföljande kontroller som inte görs inom fyra veckor efter konstaterad brist.", 12,
     "Uttag ur ärendesystemet av alla uppföljande kontroller under perioden.",
     ["☐ Ny rutin för bevakning av uppföljande kontroller",
      "☐ Redovisning till nämnden i december"], "Nej"),
    ("risk", None, "3.3",
     "Kontrollrapporter som inte skickas till företagaren inom två veckor.", 8,
     "Stickprov på 25 kontrollrapporter.",
     ["☒ Mall för kontrollrapport uppdaterad"], "Ja"),
    ("risk", "Delegation", "4.",
     "Risk att beslut om sanktionsavgifter fattas utan giltig delegation.", 8,
     "Genomgång av samtliga beslut om miljösanktionsavgift mot delegationsordningen.",
     ["☒ Delegationsordningen reviderad i juni"], "Ja"),
    ("risk", "Dataskydd", "5.",
     "Risk att klagomål med personuppgifter om grannar lämnas ut utan sekretessprövning.",
     9,
     "Genomgång av utlämnade handlingar i tio klagomålsärenden.",
     ["☒ Utbildning i offentlighet och sekretess",
      "☐ Checklista vid utlämnande av handlingar"], "Delvis"),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Åtgärd", "Följer plan"]
WIDTHS = [2.4, 4.6, 1.6, 3.6, 3.9, 1.4]  # 17.5 cm


def nmn2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 1.75, 1.75)
    rows, records = [], []
    lead = None
    for r in ROWS:
        if r[0] == "lead":
            _, proc, num, text = r
            lead = (proc, text)
            pending = len(records) + 1  # the lead-in row counts for its first sub-risk
            rows.append((pending, [C(proc), C(f"{num} {text}"), C(None), C(None), C(None),
                                   C(None)]))
            continue
        _, proc, num, text, value, ctrl, act, fp = r
        seq = len(records) + 1
        rows.append((seq, [C(proc), C(f"{num} {text}"), C(str(value), align="center"),
                           C(ctrl), C(act), C(fp)]))
        sub = "." in num.rstrip(".")
        if not sub:
            lead = None
        records.append(rec(process=proc if proc else lead[0],
                           context=lead[1] if sub else None,
                           label=num.rstrip("."), risk=text, risk_value=value,
                           controls=ctrl, handling=" ".join(act), follows_plan=fp))
    blocks = [
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Rapport till nämndens sammanträde den 24 september 2025", "Subtitle"),
        P("1 Inledning", "H1"),
        P("Nämnden antog internkontrollplanen för 2025 i december 2024. Denna uppföljning "
          "avser perioden januari–augusti. I riskanalysen identifierades 19 risker, varav "
          "åtta bedömdes som kritiska och ingår i planen."),
        P("Två av riskerna är uppdelade i delrisker, som numreras 1.1–1.2 och 3.1–3.3 under "
          "den övergripande risken. Riskvärdet och kontrollen anges för varje delrisk."),
        P("I kolumnen Åtgärd är en ikryssad ruta en genomförd åtgärd och en tom ruta en "
          "åtgärd som ännu inte är genomförd."),
        P("2 Resultat per risk", "H1"),
        SimpleGrid("Risker", WIDTHS, HEAD, rows, rule="0.5pt solid #538135",
             header_fill="#C5E0B3", size=8.0, font="DejaVu Sans", pad=0.12),
        P("3 Bedömning", "H1"),
        P("Fem av åtta kontroller följer planen, två delvis och en inte. Bevakningen av "
          "uppföljande livsmedelskontroller är den allvarligaste bristen och redovisas "
          "särskilt för nämnden i december."),
    ]
    return ReportDoc(
        name="nmn2025_nested_numbering_checkbox_actions",
        blocks=blocks, page=page, font="DejaVu Sans", body_size=10.0,
        heading_color="#385623",
        footer="Natur- och miljönämnden – tertial 2 2025 – {page}/{pages}",
        footer_align="center",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=19, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(
            HEAD, ["process", "risk", "risk_value", "controls", "handling", "follows_plan"],
            strict=True)],
        records=records, grids=("Risker",),
    )
