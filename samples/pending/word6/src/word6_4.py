"""Word report 4: Hässelby-Vällingby stadsdelsnämnd, uppföljning av internkontrollplan 2025,
tertialrapport 2. Liberation Sans 10 pt prose, headings numbered "1", "2", "2.1", the risk
table in Word's "Table Grid" with a grey header row, **Liberation Sans Narrow** 9 pt. Quirks:
**no process column: the process is a shaded row across the table before its risks**
("Ekonomi och administration", "Äldreomsorg", ...), and an **"Åtgärd vid avvikelse" column**,
left empty where the control showed no deviation."""

from holdout_model import P, Page
from word_report import COV, NARROW, C, Grid, ReportDoc, rec

ORGAN = "Hässelby-Vällingby stadsdelsnämnd"
TITLE = ("Hässelby-Vällingby stadsdelsnämnd – uppföljning av internkontrollplan 2025, "
         "tertialrapport 2")

# (process, [(risk, riskvärde, kontrollmoment, utfall, följer plan, åtgärd or None) ...])
GROUPS = [
    ("Ekonomi och administration", [
        ("Risk att leverantörsfakturor attesteras av personer som saknar behörighet enligt "
         "attestförteckningen.", 9,
         "Stickprov på 30 leverantörsfakturor mot den gällande attestförteckningen.",
         "Samtliga fakturor var attesterade av behöriga.", "Ja", None),
        ("Risk att representation inte följer stadens riktlinjer.", 9,
         "Granskning av samtliga representationsfakturor under januari–juni.",
         "Deltagarförteckning saknades i 4 av 19 fall. Inga alkoholinköp.", "Delvis",
         "Påminnelse om riktlinjerna till alla chefer. Ny kontroll i november."),
    ]),
    ("Äldreomsorg", [
        ("Risk att brukare i hemtjänsten inte får sina insatser enligt "
         "genomförandeplanen.", 12,
         "Granskning av 20 genomförandeplaner och jämförelse med utförda insatser.",
         "18 av 20 genomförandeplaner var aktuella och följdes.", "Delvis",
         "De två planerna har uppdaterats. Enhetscheferna går igenom planerna vid varje "
         "förändrad insats."),
        ("Risk att fallrisker på vård- och omsorgsboenden inte bedöms och förebyggs.", 12,
         "Kontroll i kvalitetsregistret Senior alert av att riskbedömning gjorts för "
         "nyinflyttade.",
         "Riskbedömning fanns för alla 23 nyinflyttade.", "Ja", None),
    ]),
    ("Individ- och familjeomsorg", [
        ("Risk att förhandsbedömningen av orosanmälningar inte görs inom 14 dagar.", 16,
         "Uppföljning av samtliga orosanmälningar som inkommit under perioden.",
         "Av 612 anmälningar bedömdes 571 inom 14 dagar. Förseningarna gällde främst juli.",
         "Nej",
         "Mottagningsgruppen förstärks med två socialsekreterare från och med september."),
        ("Risk att ekonomiskt bistånd betalas ut två gånger för samma månad.", 9,
         "Maskinell kontroll av dubbla utbetalningar till samma mottagare.",
         "Inga dubbla utbetalningar hittades.", "Ja", None),
    ]),
    ("Förskola", [
        ("Risk att personalen inte känner till rutinen för orosanmälan när ett barn "
         "misstänks fara illa.", 12,
         "Enkät till förskolecheferna och intervjuer med personal på två förskolor.",
         "Alla förskolor har rutinen. På en förskola hade nyanställda inte fått den "
         "genomgången.", "Delvis",
         "Rutinen ingår nu i introduktionen för nyanställda."),
    ]),
]

HEAD = ["Risk", "Riskvärde", "Kontrollmoment", "Utfall", "Följer plan",
        "Åtgärd vid avvikelse"]
WIDTHS = [3.9, 1.4, 3.4, 3.6, 1.3, 3.4]  # 17.0 cm


def hvsdn2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 2.0, 2.0)
    rows, records = [], []
    for proc, risks in GROUPS:
        rows.append((None, [C(proc, cols=len(HEAD), bold=True, fill="#DEEAF6")]
                     + [COV] * (len(HEAD) - 1)))
        for risk, rv, ctrl, utf, fp, atg in risks:
            records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                               comment=utf, follows_plan=fp, handling=atg))
            rows.append((len(records), [C(risk), C(str(rv), align="center"), C(ctrl), C(utf),
                                        C(fp), C(atg)]))
    blocks = [
        P(TITLE, "Title"),
        P("Bilaga 4 till tertialrapport 2 · Dnr HV 2025/1043", "Subtitle"),
        P("1 Sammanfattning", "H1"),
        P("Stadsdelsnämnden har följt upp internkontrollplanen för 2025 per den 31 augusti. "
          "Sju kontrollmoment har genomförts; tre visar inga avvikelser, tre visar delvis "
          "avvikelser och ett visar att planen inte följts. Där en kontroll har visat en "
          "avvikelse redovisas den åtgärd som har vidtagits eller planeras."),
        P("2 Uppföljning av internkontrollplanen", "H1"),
        P("2.1 Riskanalys", "H2"),
        P("I stadsdelsnämndens riskanalys inför 2025 identifierades 22 risker. Sju av dem har "
          "ett riskvärde på 9 eller mer och har bedömts som kritiska. De kritiska riskerna "
          "följs upp genom de kontrollmoment som redovisas nedan, ordnade efter "
          "verksamhetsområde."),
        P("2.2 Resultat per kontrollmoment", "H2"),
        Grid("Internkontroll", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000",
             header_fill="#D9D9D9", size=9.0, font=NARROW, pad=0.15, pad_v=0.04),
        P("2.3 Fortsatt arbete", "H2"),
        P("Kontrollen av förhandsbedömningar av orosanmälningar upprepas i tertialrapport 3. "
          "Riskanalysen inför 2026 görs under hösten tillsammans med verksamheternas "
          "ledningsgrupper."),
    ]
    return ReportDoc(
        name="hvsdn2025_process_rows_action_column",
        blocks=blocks, page=page, font="Liberation Sans", body_size=10.0,
        heading_color="#000000",
        footer="Hässelby-Vällingby stadsdelsförvaltning · Sida {page} ({pages})",
        footer_align="left",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=22, risks_critical=7,
        columns=[{"header": "Risk", "field": "risk"},
                 {"header": "Riskvärde", "field": "risk_value"},
                 {"header": "Kontrollmoment", "field": "controls"},
                 {"header": "Utfall", "field": "comment"},
                 {"header": "Följer plan", "field": "follows_plan"},
                 {"header": "Åtgärd vid avvikelse", "field": "handling"}],
        records=records, grids=("Internkontroll",),
    )
