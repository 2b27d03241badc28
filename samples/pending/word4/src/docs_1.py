"""Word report 1: Hjälpmedelsnämnden (a region's nämnd), delår 2025 (per 2025-08-31).
**The title stands on the second line, under a logo line** ("REGION ÅSLÄNDA ·
HJÄLPMEDELSCENTRUM"), and **the running header repeats the title** on every page. The risk
table, in Word's "Grid Table 5 Dark – Accent 3" look (grey header, every body cell filled,
white rules), has **the risk and its control in one cell**, as two paragraphs opened by the
bold labels "Risk:" and "Kontrollmoment:" (column "Risk och kontrollmoment"), and a
**"Riskägare"** column."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Hjälpmedelsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025 – Hjälpmedelsnämnden"

# process, risk, kontrollmoment, riskvärde, riskägare, följer plan, kommentar
RISKS = [
    ("Förskrivning", "Risk att hjälpmedel förskrivs av personal som saknar "
     "förskrivningsrätt för produktområdet.",
     "Stickprov på 40 förskrivningar per tertial mot registret över förskrivare och deras "
     "behörigheter.", 12, "Enhetschef kundtjänst", "Delvis",
     "Kontrollen är gjord för första tertialet. Tre förskrivningar av elrullstolar var "
     "gjorda av förskrivare utan fortbildning i produktområdet; kommunerna har informerats."),
    ("Fakturering", "Risk att hyra för hjälpmedel inte debiteras kommunerna, eftersom "
     "återlämnade hjälpmedel inte avregistreras i tid.",
     "Avstämning mellan hjälpmedelsregistret och hyresfakturorna till de sju kommunerna "
     "varje kvartal.", 9, "Ekonomichef", "Ja",
     "Avstämningen är gjord för två kvartal. Differenser på sammanlagt 26 800 kronor har "
     "rättats i nästa faktura."),
    ("Rekonditionering", "Risk att återlämnade hjälpmedel lämnas ut igen utan att ha "
     "rengjorts och kontrollerats enligt rutinen.",
     "Genomgång av rekonditioneringsprotokollen för 25 hjälpmedel som lämnats ut på nytt.",
     12, "Enhetschef teknisk service", "Ja",
     "Samtliga 25 protokoll var fullständiga och signerade."),
    ("Lager och inventarier", "Risk att lagersaldot i hjälpmedelsregistret inte "
     "stämmer med det fysiska lagret.",
     "Inventering av tio artikelgrupper med högt värde, bland annat taklyftar och "
     "elrullstolar.", 9, "Lagerchef", "Nej",
     "Inventeringen visade differenser i sex av tio artikelgrupper, sammanlagt 214 000 "
     "kronor. En fullständig inventering görs i oktober."),
    ("Upphandling", "Risk att hjälpmedel köps in utanför gällande avtal när en produkt är "
     "slut hos avtalsleverantören.",
     "Granskning av samtliga inköp från leverantörer utan avtal under januari–augusti.",
     9, "Upphandlingsansvarig", "Ja",
     "Tolv inköp gjordes utanför avtal, alla med dokumenterat skäl och godkända av "
     "lagerchefen."),
    ("Dataskydd", "Risk att personuppgifter om brukare i hjälpmedelsregistret kan läsas av "
     "fler än de som behöver dem i sitt arbete.",
     "Genomgång av behörigheterna i hjälpmedelsregistret och loggkontroll av 50 "
     "brukarakter.", 12, "Verksamhetschef", "Ja",
     "Behörigheterna har rensats; 31 konton som inte längre behövdes har tagits bort. "
     "Loggkontrollen visade inga otillåtna uppslag."),
    ("Transporter", "Risk att transportören fakturerar fler körningar än som har utförts.",
     "Jämförelse mellan fakturerade körningar och körordrar i hjälpmedelsregistret för "
     "maj och juni.", 8, "Enhetschef logistik", "Delvis",
     "Maj är kontrollerad och stämde. Körordrarna för juni saknades för en av de två "
     "turerna och kontrolleras i september."),
]

HEAD = ["Process", "Risk och kontrollmoment", "Riskvärde", "Riskägare", "Följer plan",
        "Kommentar"]
WIDTHS = [2.5, 6.2, 1.5, 2.2, 1.4, 3.4]  # 17.2 cm


def hmn2025():
    page = Page(21.0, 29.7, 1.6, 1.8, 1.9, 1.9)
    rows, records = [], []
    for i, (proc, risk, ctrl, rv, owner, fp, comment) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C([f"**Risk:** {risk}", f"**Kontrollmoment:** {ctrl}"]),
                         C(str(rv), align="center"), C(owner), C(fp, align="center"),
                         C(comment)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=comment, extra={"Riskägare": owner}))
    blocks = [
        P("REGION ÅSLÄNDA · HJÄLPMEDELSCENTRUM", "Logo"),
        P(TITLE, "Title"),
        P("Delårsrapport per 2025-08-31 · Diarienummer HMN 2025/0317", "Subtitle"),
        P("Sammanfattning", "H1"),
        P("Hjälpmedelsnämnden är en gemensam nämnd för Region Åslända och sju kommuner i "
          "länet. Nämnden ansvarar för att den interna kontrollen i hjälpmedelsverksamheten "
          "är tillräcklig. Den här rapporten redovisar hur kontrollerna i 2025 års "
          "internkontrollplan har genomförts under perioden januari–augusti."),
        P("Nämndens riskanalys för 2025 omfattar 17 risker. Av dessa har sju bedömts som "
          "kritiska, med ett riskvärde mellan 8 och 16, och ingår i internkontrollplanen. "
          "Övriga tio risker hanteras i verksamhetsplanen."),
        P("Metod", "H1"),
        P("Riskvärdet är produkten av sannolikhet och konsekvens, bedömda på en skala från 1 "
          "till 4. Varje risk har en riskägare som ansvarar för att kontrollen genomförs "
          "och rapporteras. I tabellen står risken och det kontrollmoment som ska visa om "
          "risken hanteras i samma ruta."),
        P("Resultat", "H1"),
        P("Tabell 1. Kritiska risker, kontrollmoment och resultat per 2025-08-31", "Caption"),
        Grid("Tabell 1", WIDTHS, [HEAD], rows, rule="0.5pt solid #FFFFFF",
             header_fill="#A5A5A5", header_color="#FFFFFF", zebra="#DBDBDB",
             body_fill="#EDEDED", size=9.0, font="Carlito", pad=0.15),
        P("Bedömning", "H1"),
        P("Fyra av sju kontroller följer planen och två följer den delvis. Kontrollen av "
          "lagersaldot visar brister som kräver åtgärder; nämnden får en särskild "
          "redovisning av inventeringen i oktober."),
        P("Förslag till beslut", "H1"),
        P("Hjälpmedelsnämnden godkänner delårsuppföljningen av internkontrollplanen 2025."),
    ]
    return ReportDoc(
        name="hmn2025_title_under_logo_risk_control_one_cell",
        blocks=blocks, page=page, font="Carlito", body_size=11.0, heading_color="#525252",
        logo_color="#7F7F7F",
        header="Uppföljning av internkontrollplan 2025 – Hjälpmedelsnämnden",
        footer="Sida {page} av {pages}",
        organ=ORGAN, year=2025, period="delår", title=TITLE,
        risks_inventoried=17, risks_critical=7,
        columns=[{"header": "Process", "field": "process"},
                 {"header": "Risk och kontrollmoment", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Riskägare", "field": None},
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Kommentar", "field": "comment"},
                 {"header": "Kontrollmoment", "field": "controls"}],
        records=records, grids=("Tabell 1",),
    )
