"""Word report 3: Kultur- och näringslivsnämnden, tertial 2 2025. Carlito 10.5 pt prose,
headings #2F5496 numbered "1" ..., the risk table in Word's default "Table Grid" (0.5 pt
black, bold header, no fill), Carlito 8.5 pt, controls before the values. Quirk: **one row
shaded grey because its control was cancelled**: the Följer plan cell reads "Utgår", and a
note under the table explains the grey shading."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Kultur- och näringslivsnämnden"
TITLE = "Kultur- och näringslivsnämnden: uppföljning av internkontrollplan 2025, tertial 2"
GREY = "#D9D9D9"

# (process, risk, kontrollmoment, S, K, följer plan, resultat och kommentar)
RISKS = [
    ("Föreningsbidrag",
     "Risk att verksamhetsbidrag betalas ut till föreningar som inte uppfyller villkoren i "
     "bidragsreglerna.",
     "Granskning av underlag för 15 föreningar som fått verksamhetsbidrag: medlemsförteckning, "
     "årsmöteshandlingar och aktivitetsrapporter.", 3, 3,
     "Delvis",
     "Två föreningar hade lämnat ofullständiga aktivitetsrapporter. Bidragen har reglerats "
     "mot nästa års utbetalning."),
    ("Bibliotek",
     "Risk att kontantkassor på biblioteken inte stäms av och att differenser inte "
     "upptäcks.",
     "Oanmäld kassainventering på fyra bibliotek.", 2, 3,
     "Ja",
     "Kassorna stämde på samtliga bibliotek."),
    ("Evenemang",
     "Risk att arrangörsbidrag för evenemang beviljas utan att budget och "
     "säkerhetsplan har lämnats in.",
     "Genomgång av samtliga beviljade arrangörsbidrag under januari–augusti.", 3, 3,
     "Utgår",
     "Kontrollen utgår. Nämnden upphävde bidragsformen den 12 juni 2025 och inga bidrag "
     "har beviljats under året."),
    ("Näringslivsservice",
     "Risk att företagsärenden inte besvaras inom den servicegaranti på två arbetsdagar som "
     "nämnden har beslutat.",
     "Uppföljning av svarstider i ärendesystemet för maj och juni.", 3, 2,
     "Ja",
     "94 procent av ärendena besvarades inom två arbetsdagar, vilket är över målet på 90 "
     "procent."),
    ("Upphandling",
     "Risk att konsulttjänster inom kultur och evenemang köps utan upphandling eller "
     "avrop från ramavtal.",
     "Stickprov på 20 fakturor för konsulttjänster och kontroll mot avtalsdatabasen.", 3, 3,
     "Nej",
     "Sju av 20 inköp saknade avtal. Sammanlagt gäller det 214 000 kronor. En "
     "upphandling av evenemangstjänster har påbörjats."),
    ("Konst och samlingar",
     "Risk att konstverk som lånats ut till kommunens verksamheter inte kan återfinnas.",
     "Inventering av 60 slumpvis valda konstverk i konstregistret.", 2, 3,
     "Delvis",
     "58 konstverk återfanns på angiven plats. Två verk har anmälts som försvunna."),
    ("Delegation",
     "Risk att beslut som fattats med stöd av delegation inte anmäls till nämnden.",
     "Jämförelse av beslut i ärendesystemet med nämndens delegationslistor för "
     "tertial 1 och 2.", 2, 3,
     "Ja",
     "Samtliga delegationsbeslut hade anmälts."),
    ("Bisysslor",
     "Risk att anställda har bisysslor som är förtroendeskadliga, till exempel uppdrag för "
     "föreningar som får bidrag från nämnden.",
     "Kontroll av att bisysslor tagits upp i medarbetarsamtalen och att redovisade "
     "bisysslor har prövats.", 2, 3,
     "Ja",
     "Alla chefer har tagit upp frågan. Tre redovisade bisysslor har prövats och bedömts "
     "som tillåtna."),
]

HEAD = ["Process", "Risk", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
        "Följer plan", "Resultat och kommentar"]
WIDTHS = [2.2, 3.3, 3.2, 1.45, 1.45, 1.25, 1.3, 3.35]  # 17.5 cm


def knn2025():
    page = Page(21.0, 29.7, 2.2, 2.0, 1.75, 1.75)
    rows, records = [], []
    for i, (proc, risk, ctrl, s, k, fp, kom) in enumerate(RISKS, 1):
        fill = GREY if fp == "Utgår" else None
        cells = [C(proc), C(risk), C(ctrl), C(str(s), align="center"),
                 C(str(k), align="center"), C(str(s * k), align="center"), C(fp), C(kom)]
        for c in cells:
            c.fill = fill
        rows.append((i, cells))
        records.append(rec(process=proc, risk=risk, controls=ctrl, probability=s,
                           consequence=k, risk_value=s * k,
                           follows_plan=None if fp == "Utgår" else fp, comment=kom))
    blocks = [
        P(TITLE, "Title"),
        P("Tertialrapport 2 · januari–augusti 2025 · Dnr KNN 2025/0167", "Subtitle"),
        P("1 Sammanfattning", "H1"),
        P("Fyra av de sju kontroller som genomförts visar inga avvikelser och två visar "
          "mindre brister, men kontrollen av inköp av konsulttjänster visar att "
          "avtalstroheten är låg. En kontroll har utgått under året eftersom bidragsformen "
          "den avsåg har upphävts."),
        P("2 Riskanalys och internkontrollplan", "H1"),
        P("Riskanalysen för 2025 innehåller 26 risker. Åtta av dem har bedömts som kritiska "
          "och finns med i internkontrollplanen, som nämnden antog den 22 januari 2025. "
          "Sannolikhet och konsekvens bedöms på en fyrgradig skala, och en risk är kritisk "
          "när riskvärdet är 6 eller högre."),
        P("3 Resultat per kontrollmoment", "H1"),
        P("Tabellen redovisar kontrollmoment, riskbedömning och resultat för de åtta "
          "kritiska riskerna. Kolumnen Följer plan anger om kontrollen har genomförts enligt "
          "planen och utan väsentliga avvikelser."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000", size=8.5,
             font="Carlito", pad=0.19, pad_v=0.02),
        P("Grå rad: kontrollmomentet utgår efter nämndens beslut den 12 juni 2025, § 58.",
          "Small"),
        P("4 Fortsatt arbete", "H1"),
        P("Förvaltningen fortsätter arbetet med avtalstrohet tillsammans med "
          "upphandlingsenheten och följer upp inköpen av konsulttjänster igen i "
          "årsbokslutet. Inventeringen av konstsamlingen utökas under hösten till samtliga "
          "verk som är utlånade till skolor och förskolor."),
        P("5 Förslag till beslut", "H1"),
        P("Kultur- och näringslivsnämnden godkänner uppföljningen av internkontrollplanen "
          "för tertial 2 2025."),
    ]
    return ReportDoc(
        name="knn2025_cancelled_control_grey_row",
        blocks=blocks, page=page, font="Carlito", body_size=10.5,
        heading_color="#2F5496",
        footer="Kultur- och näringslivsnämnden | Tertial 2 2025 | {page}",
        footer_align="right",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=26, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "controls", "probability", "consequence", "risk_value",
            "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
