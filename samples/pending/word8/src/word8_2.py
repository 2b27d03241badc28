"""Word report 2: Fritids- och turismnämnden, delårsuppföljning per 31 augusti 2024. One
quirk: a "Kontrollmetod" column (how each control was made: Stickprov, Registeruttag,
Genomgång, Intervju) between the control and the answer. Carlito 10 pt prose, the risk table
in Word's "Plain Table 1" look (grey rules, banded rows), Carlito 8.5 pt, seven columns,
eight risks, a risk value alone (five-point scales, 1-25)."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Fritids- och turismnämnden"
TITLE = "Fritids- och turismnämnden: delårsuppföljning av internkontrollplan 2024"

# (process, risk, riskvärde, kontrollmoment, kontrollmetod, följer plan, resultat)
RISKS = [
    ("Föreningsbidrag",
     "Risk att aktivitetsbidrag betalas ut på grundval av felaktigt redovisade "
     "deltagartillfällen.", 12,
     "Kontroll av närvarolistor mot ansökningar för tio föreningar som fått "
     "aktivitetsbidrag under våren.",
     "Stickprov", "Delvis",
     "Två föreningar kunde inte visa närvarolistor för samtliga redovisade tillfällen. "
     "Bidraget för dessa har reglerats i höstens utbetalning."),
    ("Bokning och uthyrning",
     "Risk att lokaler och anläggningar hyrs ut utan att avgift faktureras.", 9,
     "Jämförelse av bokningssystemets bokningar med utställda kundfakturor för april och "
     "maj.",
     "Registeruttag", "Ja",
     "Samtliga 1 146 bokningar var fakturerade. Inga avvikelser."),
    ("Upphandling",
     "Risk att inköp av evenemangstjänster görs utan upphandling eller utanför gällande "
     "ramavtal.", 16,
     "Genomgång av leverantörsfakturor över 50 000 kronor för evenemang och marknadsföring.",
     "Genomgång", "Nej",
     "Tre inköp om sammanlagt 412 000 kronor saknade upphandling. Ärendet har anmälts till "
     "upphandlingsenheten och berörda chefer har fått utbildning."),
    ("Kontanthantering",
     "Risk att kontanta intäkter i besökscentret inte redovisas fullständigt.", 10,
     "Oanmäld kassainventering vid två tillfällen och avstämning mot kassarapporter.",
     "Inventering", "Ja",
     "Kassabehållningen stämde vid båda tillfällena."),
    ("Anläggningsskötsel",
     "Risk att lekplatser och utegym inte besiktas enligt plan, vilket kan leda till "
     "olyckor.", 9,
     "Kontroll av besiktningsprotokoll för samtliga 14 anläggningar.",
     "Genomgång", "Ja",
     "Besiktning var gjord och dokumenterad för alla anläggningar."),
    ("Personal",
     "Risk att säsongsanställda badvakter saknar giltigt livräddarintyg.", 12,
     "Kontroll av intyg för samtliga säsongsanställda vid friluftsbaden.",
     "Registeruttag", "Delvis",
     "Intyg saknades för 2 av 31 badvakter vid säsongsstart. De placerades i andra "
     "uppgifter tills intyg fanns."),
    ("Dataskydd",
     "Risk att personuppgifter om deltagare i lovaktiviteter sparas längre än "
     "informationshanteringsplanen medger.", 15,
     "Intervju med ansvariga för lovverksamheten och kontroll av sparade anmälningslistor.",
     "Intervju", "Nej",
     "Anmälningslistor från 2021 och 2022 fanns kvar på en gemensam lagringsyta. Listorna "
     "har gallrats."),
    ("Attest",
     "Risk att beslutsattestant attesterar egna utlägg och representation.", 10,
     "Stickprov på 30 verifikationer med representation eller utlägg.",
     "Stickprov", "Ja",
     "Ingen attestant hade attesterat egna utlägg."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Följer plan",
        "Resultat"]
WIDTHS = [2.4, 3.8, 1.5, 3.6, 2.1, 1.4, 3.9]  # 18.7 cm


def ftun2024():
    page = Page(21.0, 29.7, 1.6, 1.6, 1.15, 1.15)
    rows, records = [], []
    for i, (proc, risk, rv, ctrl, metod, fp, res) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(rv), align="center"), C(ctrl), C(metod),
                         C(fp), C(res)]))
        records.append(rec(process=proc, risk=risk, risk_value=rv, controls=ctrl,
                           follows_plan=fp, comment=res, extra={"Kontrollmetod": metod}))
    assert all(r[2] >= 9 for r in RISKS)
    blocks = [
        P("Östervikens kommun", "Logo"),
        P(TITLE, "Title"),
        P("Delårsuppföljning per den 31 augusti 2024", "Subtitle"),
        P("Sammanfattning", "H1"),
        P("Fyra av åtta kontroller har genomförts utan anmärkning och två visar delvis "
          "brister. Två kontroller visar brister i rutinerna för upphandling och gallring av "
          "personuppgifter, och åtgärder har påbörjats. Kontrollerna har gjorts under perioden januari till och "
          "med augusti."),
        P("Riskanalys", "H1"),
        P("Riskanalysen omfattar tjugo risker. Åtta av dessa har ett riskvärde på 9 eller "
          "högre och bedöms därför som kritiska. Sannolikhet och konsekvens bedöms var för "
          "sig på en femgradig skala, och riskvärdet är produkten av bedömningarna."),
        P("Resultat per kontrollmoment", "H1"),
        P("Kolumnen Kontrollmetod anger hur kontrollen har gjorts."),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #BFBFBF",
             header_fill=None, zebra="#F2F2F2", size=8.5, font="Carlito", pad=0.14,
             pad_v=0.02),
        P("Fortsatt arbete", "H1"),
        P("Förvaltningen återrapporterar åtgärderna inom upphandling och dataskydd till "
          "nämnden i samband med årsbokslutet. Kontrollen av föreningsbidrag upprepas under "
          "hösten."),
        P("Förslag till beslut", "H1"),
        P("Fritids- och turismnämnden godkänner delårsuppföljningen av internkontrollplanen "
          "för 2024."),
    ]
    return ReportDoc(
        name="ftun2024_kontrollmetod_column",
        blocks=blocks, page=page, font="Carlito", body_size=10.0,
        heading_color="#C55A11", logo_color="#C55A11",
        footer="Fritids- och turismnämnden | Delår 2024 | {page}", footer_align="left",
        organ=ORGAN, year=2024, period="delår", title=TITLE,
        risks_inventoried=20, risks_critical=8,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            "process", "risk", "risk_value", "controls", None, "follows_plan", "comment"))],
        records=records, grids=("Kontroller",),
    )
