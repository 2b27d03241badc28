"""Word report 2: Skarpnäcks stadsdelsnämnd, uppföljning av internkontrollplan 2024, a bilaga
to the årsrapport. Liberation Sans 10 pt prose (Arial), headings #1F4E79 typed "1." ...,
a running page header "Skarpnäcks stadsdelsförvaltning", footer "Sida N (M)" centred. A
key-figure box; the risk table in Word's "Table Grid" (0.5 pt black on every cell) with a grey
header row (#D9D9D9), Liberation Sans 8.5 pt, seven columns with "Ansvarig", ten risks.
Quirk: **the header row is not repeated**: Word's "Repeat as header row" was left off, so
the table goes on at the top of page 2 with its body rows only (rows kept whole).
Metadata: the period only in the subtitle "Bilaga 2 till årsrapport 2024"; the counts only
in the key-figure box ("Risker i riskanalysen 31", "Kritiska risker 10", and a third figure,
"Kontroller med avvikelse 6", that is no count of risks)."""

from holdout_model import P, Page
from tagged_writer import FactBox
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Skarpnäcks stadsdelsnämnd"
TITLE = "Uppföljning av internkontrollplan 2024"

# (process, risk, riskvärde, kontrollmoment, ansvarig, följer plan, kommentar)
RISKS = [
    ("Hemtjänst",
     "Risk att utförd tid i hemtjänsten registreras felaktigt, vilket leder till fel "
     "ersättning till utförarna.", 12,
     "Jämförelse av registrerad tid i tidsregistreringssystemet med beviljad tid för 30 "
     "brukare under en vecka i oktober.",
     "Enhetschef hemtjänst", "Delvis",
     "Avvikelserna var i genomsnitt 6 procent. För fyra brukare var skillnaden större än 20 "
     "procent; utförarna har fått återkoppling."),
    ("Vård- och omsorgsboende",
     "Risk att läkemedel ges utan att administreringen signeras på boendena.", 12,
     "Granskning av signeringslistor för läkemedel på två boenden under mars och september.",
     "Medicinskt ansvarig sjuksköterska", "Delvis",
     "Signering saknades vid 3 procent av tillfällena. Rutinen har gåtts igenom med "
     "läkemedelsombuden på båda boendena."),
    ("Barn och unga",
     "Risk att förhandsbedömningen av orosanmälningar inte görs inom 14 dagar.", 16,
     "Uppföljning av tiden från inkommen anmälan till beslut om att inleda eller inte inleda "
     "utredning, för samtliga anmälningar i april och oktober.",
     "Sektionschef barn och unga", "Ja",
     "98 procent av förhandsbedömningarna gjordes inom 14 dagar, de övriga inom 16 dagar med "
     "dokumenterat skäl."),
    ("Ekonomiskt bistånd",
     "Risk att ekonomiskt bistånd betalas ut på ofullständiga uppgifter om den sökandes "
     "inkomster.", 12,
     "Stickprov på 40 utbetalningar: kontroll av att inkomstuppgifterna har stämts av mot "
     "Försäkringskassan och Skatteverket.",
     "Enhetschef försörjningsstöd", "Ja",
     "Avstämningen var gjord och dokumenterad i samtliga 40 ärenden."),
    ("Förskola",
     "Risk att rutinen för hämtning inte följs, så att barn lämnas till en person som inte "
     "är behörig att hämta.", 8,
     "Intervjuer med personal på sex förskolor om hur rutinen för hämtning tillämpas.",
     "Förskolechef", "Ja",
     "Rutinen var känd och tillämpades på samtliga förskolor."),
    ("Parkverksamhet",
     "Risk att lekutrustning i parkerna inte besiktas och att upptäckta skador inte "
     "åtgärdas i tid.", 8,
     "Genomgång av besiktningsprotokollen för 22 lekplatser och av åtgärdsloggen.",
     "Parkingenjör", "Delvis",
     "Alla lekplatser var besiktade. Åtgärder med hög prioritet var utförda i tid på tre av "
     "fem lekplatser."),
    ("Upphandling",
     "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt stadens "
     "riktlinjer.", 9,
     "Granskning av samtliga direktupphandlingar över 100 000 kronor under första halvåret.",
     "Administrativ chef", "Nej",
     "Dokumentation saknades i fem av nio direktupphandlingar. Alla beställare utbildas i "
     "direktupphandling under våren 2025."),
    ("Ekonomi",
     "Risk att fakturor attesteras av medarbetare som saknar attesträtt.", 9,
     "Jämförelse av attestanterna i ekonomisystemet med den beslutade attestförteckningen.",
     "Controller", "Ja",
     "Alla attestanter fanns i den beslutade förteckningen."),
    ("Personal",
     "Risk att bisysslor inte anmäls och prövas, vilket kan leda till jäv eller "
     "förtroendeskada.", 8,
     "Kontroll av att cheferna har frågat medarbetarna om bisysslor vid "
     "medarbetarsamtalen.",
     "HR-specialist", "Delvis",
     "Frågan hade ställts i 81 procent av samtalen. Två anmälda bisysslor har prövats och "
     "godkänts."),
    ("Informationssäkerhet",
     "Risk att sekretessbelagda uppgifter i socialtjänstens akter läses av medarbetare som "
     "inte arbetar med ärendet.", 12,
     "Logguppföljning av åtkomsten till 20 slumpvis valda personakter under tre månader.",
     "Systemförvaltare", "Delvis",
     "I två akter fanns åtkomst som inte kunde förklaras. Fallen har utretts och "
     "medarbetarna har fått en påminnelse om reglerna."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Följer plan",
        "Kommentar"]
FIELDS = ["process", "risk", "risk_value", "controls", None, "follows_plan", "comment"]
WIDTHS = [2.3, 3.8, 1.5, 3.6, 2.1, 1.3, 3.4]  # 18.0 cm


def skasdn2024():
    page = Page(21.0, 29.7, 1.8, 1.6, 1.5, 1.5)
    rows, records = [], []
    for i, (proc, risk, rv, ctrl, ansv, fp, kom) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(rv), align="center"), C(ctrl), C(ansv),
                         C(fp, align="center"), C(kom)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=kom, extra={"Ansvarig": ansv}))
    assert all(r["risk_value"] >= 8 for r in records)  # every risk in the plan is critical
    answers = [r["follows_plan"] for r in records]
    assert answers.count("Ja") == 4 and len(answers) - answers.count("Ja") == 6  # the box
    blocks = [
        P("Stockholms stad", "Logo"),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Bilaga 2 till årsrapport 2024 · Dnr SKA 2025/0034", "Subtitle"),
        P("1. Sammanfattning", "H1"),
        P("Stadsdelsnämnden har följt upp de kontrollmoment som ingår i internkontrollplanen "
          "för 2024. Fyra kontroller visar att rutinerna fungerar som avsett. Fem visar brister "
          "som delvis har åtgärdats under året, och kontrollen av direktupphandlingar visar att "
          "stadens riktlinjer inte har följts. Förvaltningen bedömer att den interna kontrollen "
          "i huvudsak är tillräcklig."),
        FactBox([("Risker i riskanalysen", "31"), ("Kritiska risker", "10"),
                 ("Kontroller med avvikelse", "6")],
                widths=(5.4, 1.4), fill="#DEEAF6", rule="0.5pt solid #9CC2E5", size=9.5,
                caption="Internkontroll 2024 i siffror"),
        P("2. Riskanalys", "H1"),
        P("Riskerna har bedömts utifrån sannolikhet och konsekvens på en skala från 1 till 4, "
          "och riskvärdet är produkten av bedömningarna. Risker med ett riskvärde på 8 eller "
          "mer har bedömts som kritiska och har fått ett kontrollmoment i planen. "
          "Riskanalysen gjordes av förvaltningens ledningsgrupp i oktober 2023 och stämdes av "
          "med stadens gemensamma riskområden."),
        P("3. Resultat av kontrollerna", "H1"),
        P("Tabellen visar för varje kritisk risk vilket kontrollmoment som har genomförts, vem "
          "som har ansvarat för kontrollen, om den har följt planen och vad den har visat."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000",
             header_fill="#D9D9D9", size=8.5, font="Liberation Sans", pad=0.19, pad_v=0.03,
             repeat_header=False),
        P("4. Fortsatt arbete", "H1"),
        P("Kontrollen av direktupphandlingar och logguppföljningen i socialtjänstens akter "
          "finns kvar i internkontrollplanen för 2025. Utbildningen i direktupphandling "
          "följs upp av administrativa avdelningen i samband med tertialrapport 1 2025."),
        P("5. Förslag till beslut", "H1"),
        P("Skarpnäcks stadsdelsnämnd godkänner uppföljningen av internkontrollplanen för 2024 "
          "och överlämnar den till kommunstyrelsen."),
    ]
    return ReportDoc(
        name="skasdn2024_header_row_not_repeated",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#1F4E79", logo_color="#1F4E79",
        header="Skarpnäcks stadsdelsförvaltning",
        footer="Sida {page} ({pages})", footer_align="center",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=31, risks_critical=10,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
