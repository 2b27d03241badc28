"""Report 2: a register too wide for the page, printed over two pages WIDE: page 1 holds Nr,
Process, Risk and Riskvärde, page 2 Kontrollmoment, Följer plan and Kommentar, with the Nr
column repeated as print title (table:table-header-columns) and a manual column break before
Kontrollmoment; page order left to right. Every risk's fields stand on two pages."""

from producers.calc_workbook import Book, C, R, Report, Sheet, St

F = "DejaVu Sans"
B = "0.5pt solid #7f7f7f"
STYLES = {
    "head": St(F, 8, bold=True, bg="#d9e1f2", valign="middle", border=B, padding=0.08),
    "headc": St(F, 8, bold=True, bg="#d9e1f2", valign="middle", align="center", border=B, padding=0.08),
    "body": St(F, 8, border=B, padding=0.08),
    "num": St(F, 8, align="center", border=B, padding=0.08),
}
HEAD = ["Nr", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
FIELDS = [None, "process", "risk", "risk_value", "controls", "follows_plan", "comment"]
WIDTHS = [1.0, 3.6, 9.5, 1.9, 7.0, 1.8, 8.0]

RISKS = [
    ("Investeringsprojekt",
     "Risk att investeringsprojekt inom gata och VA startas utan beslutad projektbudget och "
     "utan att driftkonsekvenserna har beräknats.", 12,
     "Genomgång av projektdirektiv och budgetbeslut för samtliga projekt som startat under "
     "perioden.", "Delvis",
     "Nio av elva projekt hade beslutad budget. För två projekt saknades beräknade "
     "driftkonsekvenser; de redovisas till nämnden i oktober."),
    ("Entreprenadupphandling",
     "Risk att ÄTA-arbeten beställs muntligt och utan dokumenterat beslut av behörig "
     "beställare.", 12,
     "Stickprov på 20 ÄTA-beställningar i tre pågående entreprenader.", "Nej",
     "I åtta av 20 beställningar saknades skriftligt beslut. Rutinen för ÄTA-hantering skrivs "
     "om och utbildning för projektledare hålls i september."),
    ("Vinterväghållning",
     "Risk att entreprenörens fakturor för plogning och sandning inte stämmer med utförda "
     "insatser.", 9,
     "Jämförelse mellan fakturerade timmar och GPS-loggar från fordonen för januari och "
     "februari.", "Ja",
     "Fakturerade timmar stämde med loggarna; avvikelsen var mindre än en procent."),
    ("Parkeringsövervakning",
     "Risk att kontrollavgifter avskrivs utan beslut enligt delegationsordningen.", 8,
     "Uttag av samtliga avskrivna kontrollavgifter och kontroll av beslut och beslutsfattare.",
     "Ja",
     "37 avskrivningar granskades. Samtliga hade beslut av behörig tjänsteperson."),
    ("Bygglov för väg och ledningar",
     "Risk att schakttillstånd ges utan att ledningsägare och räddningstjänst har hörts.", 9,
     "Stickprov på 15 schakttillstånd under perioden januari–augusti.", "Ja",
     "Samtliga 15 ärenden hade remissvar från ledningsägare och räddningstjänst."),
    ("Informationssäkerhet",
     "Risk att behörigheter i trafikledningssystemet inte tas bort när konsulter avslutar "
     "sina uppdrag.", 9,
     "Jämförelse av aktiva konton mot gällande konsultavtal en gång per tertial.", "Delvis",
     "Fyra konton tillhörde konsulter vars avtal hade löpt ut. Kontona är spärrade och "
     "kontrollen görs nu varje månad."),
    ("Attest",
     "Risk att fakturor för arbeten i egen regi attesteras av samma person som beställt "
     "arbetet.", 8,
     "Stickprov på 30 fakturor där beställare och attestant jämförs.", "Ja",
     "Ingen faktura var beställd och attesterad av samma person."),
]

ORGAN = "Infrastrukturnämnden"
TITLE = "Delårsuppföljning av internkontrollplan 2024"


def report() -> Report:
    rows = [R([C(h, "headc" if h in ("Nr", "Riskvärde", "Följer plan") else "head") for h in HEAD],
              kind="header")]
    for i, (proc, risk, rv, ctrl, fp, com) in enumerate(RISKS, 1):
        rows.append(R([C(i, "num"), C(proc), C(risk), C(rv, "num"), C(ctrl), C(fp, "num"), C(com)]))
    sheet = Sheet(
        name="IKP 2024",
        widths=WIDTHS,
        rows=rows,
        header_rows=(0, 1),
        header_cols=1,
        col_breaks=(4,),
        margins=(1.4, 1.4, 1.2, 1.2),
        grid=False,
        order="ltr",
        header=(ORGAN, TITLE, "Per 2024-08-31"),
        footer=(["Riskanalysen omfattade 22 risker, varav 7 med ett riskvärde på 8 eller högre "
                 "(skala 1–16)."], "", "Sida {page} av {pages}"),
        hf_font=(F, 7.5),
    )
    book = Book("infra2024_calc_two_pages_wide_repeated_nr", STYLES, [sheet], (F, 8))
    return Report(book, 0, ORGAN, 2024, "delår", TITLE, 22, 7, list(zip(HEAD, FIELDS)),
                  body_size=8, page_cols={1: [0, 1, 2, 3], 2: [0, 4, 5, 6]})
