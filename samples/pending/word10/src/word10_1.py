"""Word report 1: Bildnings- och fritidsnämnden, uppföljning av internkontrollplan 2024 in the
bokslut. An ordinary report with no quirk: Carlito 11 pt prose (Calibri), headings #C55A11
typed "1 Inledning" ... "5 Förslag till beslut", the municipality and the nämnd on two lines
above the title, the risk table in Word's "Grid Table 4 – Accent 2" look (header #ED7D31 with
white bold text, rules #F4B083, banded rows #FBE4D5), Carlito 9 pt, eight columns, eight
risks, header repeated.
Metadata: the period only in the subtitle "Bokslut 2024 · Bilaga 4 · Dnr BIF 2025/0021";
the counts in one sentence that names the critical ones first: "Som kritiska bedöms åtta av
de 26 risker som har inventerats"."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Bildnings- och fritidsnämnden"
TITLE = "Uppföljning av internkontrollplan 2024"

# (process, risk, sannolikhet, konsekvens, kontrollmoment, följer plan, kommentar)
RISKS = [
    ("Förskola",
     "Risk att barngruppernas storlek och personaltätheten inte motsvarar de riktmärken som "
     "nämnden har beslutat.", 3, 3,
     "Avstämning av inskrivna barn och schemalagd personal per avdelning i oktober mot "
     "nämndens riktmärken.",
     "Delvis",
     "Elva av 64 avdelningar låg över riktmärket för barngruppens storlek. Förskolecheferna "
     "har fått i uppdrag att se över placeringarna inför vårterminen."),
    ("Grundskola",
     "Risk att elever i behov av särskilt stöd inte får ett åtgärdsprogram eller att "
     "programmet inte följs upp.", 3, 4,
     "Granskning av 30 slumpvis valda elevakter i dokumentationssystemet.",
     "Delvis",
     "26 elevakter hade ett aktuellt åtgärdsprogram. I fyra saknades dokumenterad "
     "uppföljning; rektorerna har påmints om rutinen."),
    ("Interkommunal ersättning",
     "Risk att ersättning betalas till andra huvudmän för gymnasieelever som inte längre är "
     "folkbokförda i kommunen.", 2, 4,
     "Jämförelse av fakturerade elever med folkbokföringsuppgifterna för höstterminen.",
     "Ja",
     "Samtliga 412 fakturerade elever var folkbokförda i kommunen vid kontrolltillfället."),
    ("Fritidsgårdar",
     "Risk att personal i ungdomsverksamheten anställs utan att ha visat upp ett utdrag ur "
     "belastningsregistret.", 2, 4,
     "Kontroll av att utdrag finns registrerade för all tillsvidareanställd och timavlönad "
     "personal på fritidsgårdarna.",
     "Nej",
     "Utdrag saknades för sju av 38 timavlönade. Rutinen vid anställning av timvikarier har "
     "skärpts och verksamhetscheferna kontrollerar utdragen varje månad."),
    ("Föreningsbidrag",
     "Risk att aktivitetsstöd betalas ut på felaktiga uppgifter om antalet "
     "deltagartillfällen.", 3, 3,
     "Stickprov på tio föreningars närvarokort jämfört med ansökningarna om lokalt "
     "aktivitetsstöd.",
     "Delvis",
     "Två föreningar hade redovisat fler deltagartillfällen än närvarokorten visade. Återkrav "
     "på 14 600 kronor har beslutats."),
    ("Skolskjuts",
     "Risk att beslut om skolskjuts fattas utan stöd i riktlinjerna så att elever behandlas "
     "olika.", 2, 4,
     "Granskning av 25 beslut om skolskjuts av särskilda skäl.",
     "Ja",
     "Alla granskade beslut var fattade enligt riktlinjerna och av rätt delegat."),
    ("Inköp",
     "Risk att läromedel och digitala lärresurser köps in utan avtal och i strid med lagen om "
     "offentlig upphandling.", 3, 3,
     "Analys av leverantörsreskontran för inköp av läromedel över 100 000 kronor.",
     "Delvis",
     "Tre leverantörer saknade avtal; inköpen uppgick till 386 000 kronor. En upphandling av "
     "digitala lärresurser pågår."),
    ("Informationssäkerhet",
     "Risk att elevers personuppgifter behandlas i digitala verktyg som förvaltningen inte "
     "har godkänt.", 3, 4,
     "Inventering av appar och webbtjänster som används i undervisningen i årskurs 4–9, "
     "jämförd med förteckningen över godkända verktyg.",
     "Delvis",
     "Fem av 47 verktyg fanns inte i förteckningen. Två har avvecklats och för tre har "
     "personuppgiftsbiträdesavtal tecknats."),
]

HEAD = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Följer plan", "Kommentar"]
FIELDS = ["process", "risk", "probability", "consequence", "risk_value", "controls",
          "follows_plan", "comment"]
WIDTHS = [2.2, 3.4, 1.45, 1.45, 1.3, 3.1, 1.3, 3.0]  # 17.2 cm


def bifn2024():
    page = Page(21.0, 29.7, 2.0, 1.8, 1.9, 1.9)
    rows, records = [], []
    for i, (proc, risk, s, k, ctrl, fp, kom) in enumerate(RISKS, 1):
        rv = s * k
        rows.append((i, [C(proc), C(risk), C(str(s), align="center"), C(str(k), align="center"),
                         C(str(rv), align="center"), C(ctrl), C(fp, align="center"), C(kom)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k, risk_value=rv,
                           controls=ctrl, follows_plan=fp, comment=kom))
    assert all(r["risk_value"] >= 8 for r in records)  # every risk in the plan is critical
    answers = [r["follows_plan"] for r in records]
    assert (answers.count("Ja"), answers.count("Delvis"), answers.count("Nej")) == (2, 5, 1)
    blocks = [
        P("Lerviks kommun", "Logo"),
        P(ORGAN, "Organ"),
        P(TITLE, "Title"),
        P("Bokslut 2024 · Bilaga 4 · Dnr BIF 2025/0021", "Subtitle"),
        P("1 Inledning", "H1"),
        P("Nämnden ska enligt kommunallagen se till att den interna kontrollen är tillräcklig "
          "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Bildnings- och "
          "fritidsnämnden ansvarar för förskola, grundskola, gymnasieskola, fritidsgårdar och "
          "stödet till föreningslivet. Internkontrollplanen för 2024 antogs den 14 december "
          "2023, och denna uppföljning lämnas tillsammans med nämndens bokslut."),
        P("2 Riskanalys och urval", "H1"),
        P("Förvaltningens ledningsgrupp har bedömt sannolikheten och konsekvensen för varje "
          "risk på en fyrgradig skala. Riskvärdet är produkten av de två bedömningarna, och en "
          "risk med ett riskvärde på 8 eller mer räknas som kritisk. Som kritiska bedöms åtta "
          "av de 26 risker som har inventerats i nämndens riskanalys. För var och en av dem "
          "finns ett kontrollmoment i planen; de övriga riskerna hanteras i verksamheternas "
          "löpande uppföljning."),
        P("3 Resultat av kontrollerna", "H1"),
        P("Tabellen redovisar för varje kritisk risk hur kontrollen har gjorts, om den har "
          "följt planen och vad den har visat."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #F4B083",
             header_fill="#ED7D31", header_color="#FFFFFF", zebra="#FBE4D5", size=9.0,
             font="Carlito", pad=0.15, pad_v=0.04),
        P("4 Samlad bedömning", "H1"),
        P("Två kontroller visar att rutinerna fungerar, fem visar brister som till en del har "
          "åtgärdats under året och en visar att rutinen inte har följts. Bristerna i "
          "kontrollen av belastningsregistret vid fritidsgårdarna är allvarligast, och den "
          "kontrollen finns kvar i planen för 2025 tillsammans med kontrollen av digitala "
          "verktyg i undervisningen."),
        P("5 Förslag till beslut", "H1"),
        P("Bildnings- och fritidsnämnden godkänner uppföljningen av internkontrollplanen för "
          "2024 och överlämnar den till kommunstyrelsen."),
    ]
    return ReportDoc(
        name="bifn2024_grid_table_accent2_plain",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#C55A11", logo_color="#C55A11",
        footer="Bildnings- och fritidsnämnden · Bokslut 2024 · Sida {page} av {pages}",
        footer_align="right",
        organ=ORGAN, year=2024, period="helår", title=TITLE,
        risks_inventoried=26, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, FIELDS, strict=True)],
        records=records, grids=("Kontroller",),
    )
