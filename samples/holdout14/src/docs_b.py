"""Holdout14 document B: Kretslopp- och vattennämnden, a ruled risk table written as two table
objects: page 1 under the header "Process | Risk | Riskvärde | Kontrollmoment | Följer plan |
Kommentar", page 2 (a page break before the second table) under a header worded differently,
"Process (forts.) | Risk | Riskv. | Kontrollmoment | Följer plan | Kommentar". The second
table's first row only goes on with the comment of the last risk of page 1 (its other cells
empty), as a user who splits a table by hand at the foot of the page writes it."""

from h14kit import CONT, H14Table, Part
from holdout_model import Col, Doc, P, Page


def row(process, risk, value, controls, follows, comment):
    return {"process": process, "risk": risk, "value": value, "controls": controls,
            "follows": follows, "comment": comment}


PAGE1 = [
    row("Debitering av VA-avgifter",
        "Risk att brukningsavgifter för vatten och avlopp debiteras fel eftersom "
        "mätarställningar läses av fel eller inte registreras i kundsystemet.",
        "12",
        "Stickprov på 40 fastigheter: avläst mätarställning jämförd med registrerad "
        "förbrukning och debiterad avgift enligt VA-taxan.",
        "Ja",
        "Debiteringen var korrekt för 39 av 40 fastigheter. I ett fall hade mätaren bytts "
        "utan att den nya mätarens nummer registrerats; felet är rättat."),
    row("Anläggningsavgifter",
        "Risk att anläggningsavgift inte tas ut när nya fastigheter ansluts till den allmänna "
        "VA-anläggningen eller när en fastighet bebyggs på nytt.",
        "9",
        "Avstämning av samtliga förbindelsepunkter som upprättats under perioden mot "
        "utställda fakturor för anläggningsavgift.",
        "Delvis",
        "Av 26 nya förbindelsepunkter hade 24 fakturerats. Två fakturor på sammanlagt "
        "312 000 kronor har skickats i efterhand."),
    row("Dricksvattenkvalitet",
        "Risk att provtagningsprogrammet för dricksvatten inte följs, så att försämrad "
        "vattenkvalitet i ledningsnätet upptäcks för sent.",
        "16",
        "Kontroll av att alla prover enligt provtagningsprogrammet för januari–juni har "
        "tagits och att avvikande resultat har hanterats.",
        "Ja",
        "Samtliga 214 planerade prover hade tagits. Två prover visade förhöjda halter av "
        "koliforma bakterier; åtgärder och omprov dokumenterades samma vecka."),
    row("Avfallsinsamling",
        "Risk att insamlingsentreprenören inte tömmer kärl enligt turlistan och att missade "
        "tömningar inte rapporteras, så att kunderna debiteras för tjänster som inte har "
        "utförts.",
        "12",
        "Jämförelse av entreprenörens tömningsrapporter för två veckor i maj med "
        "kundtjänstens ärenden om missade tömningar och med GPS-data från fordonen.",
        "Delvis",
        "Tömningsrapporterna stämde i huvudsak med GPS-data. 46 missade tömningar hade "
        "anmälts av kunder, men entreprenören hade rapporterat endast 31 av dem. Vitet "
        "enligt avtalet har tagits ut för de 15 missade tömningar som inte"),
]

PAGE2 = [
    {CONT: True,
     "comment": "rapporterades, och entreprenören har lämnat en skriftlig plan för hur "
                "rapporteringen ska förbättras under hösten."},
    row("Återvinningscentraler",
        "Risk att företag lämnar avfall på återvinningscentralerna utan att betala, eftersom "
        "kontrollen vid infarten inte fungerar.",
        "8",
        "Genomgång av passagesystemets loggar för juni och av antalet sålda företagskort "
        "jämfört med föregående år.",
        "Ja",
        "Passagerna med företagskort ökade med 12 procent. Inga passager utan giltigt kort "
        "registrerades under perioden."),
    row("Farligt avfall",
        "Risk att farligt avfall från hushållen hanteras eller transporteras i strid med "
        "tillståndet och avfallsförordningen.",
        "12",
        "Kontroll av transportdokument och mottagningskvitton för samtliga borttransporter av "
        "farligt avfall under januari–juni.",
        "Ja",
        "Transportdokument och kvitton fanns för alla 18 borttransporter. Mottagarnas "
        "tillstånd var giltiga."),
    row("Reinvesteringar i ledningsnätet",
        "Risk att planerade reinvesteringar i vatten- och avloppsledningar skjuts upp, så att "
        "läckor och källaröversvämningar blir fler.",
        "9",
        "Uppföljning av utfallet för reinvesteringsplanen per den 31 augusti mot budget och "
        "mot planerade ledningsmeter.",
        "Nej",
        "Endast 1,8 av planerade 4,5 kilometer ledning hade förnyats. Två entreprenader har "
        "försenats av överklagade upphandlingar."),
    row("Informationssäkerhet",
        "Risk att styrsystemen för vattenverk och pumpstationer angrips via fjärråtkomst och "
        "att driften störs.",
        "16",
        "Genomgång av vilka konton som har fjärråtkomst till styrsystemet och av att "
        "tvåfaktorsinloggning används för samtliga.",
        "Delvis",
        "Tvåfaktorsinloggning användes av alla interna konton. Två leverantörskonton saknade "
        "det och har spärrats tills vidare."),
]


def kvn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", "left"),
        Col("risk", "Risk", 3.9, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.8, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.2, "comment", "left"),
    ]
    parts = [
        Part(PAGE1),
        Part(PAGE2, headers={"process": "Process (forts.)", "value": "Riskv."},
             break_before=True),
    ]
    t = H14Table("Kontroller", cols, [], rule="0.5pt solid #000000", header_fill="#e2efda",
                 font="Carlito", size=9, pad=0.1, margin_top=0.1, parts=parts,
                 keep_rows=True)
    title = "Delårsrapport 2024: uppföljning av internkontrollplan"
    blocks = [
        P("Kretslopp- och vattennämnden", "Sub"),
        P(title, "Title"),
        P("Kretslopp- och vattennämnden ansvarar för den allmänna VA-anläggningen, "
          "insamlingen av hushållsavfall och kommunens fyra återvinningscentraler. "
          "Verksamheten finansieras med VA-taxan och avfallstaxan. Förvaltningen har 148 "
          "medarbetare, och insamlingen av hushållsavfall utförs av en entreprenör enligt ett "
          "avtal som löper till och med 2027."),
        P("Förvaltningen har inventerat 14 risker inför 2024. Åtta av dem bedömdes som "
          "kritiska och har kontrollerats under perioden januari–augusti. Uppföljningen avser "
          "läget per den 31 augusti 2024."),
        P("Så har kontrollerna gjorts", "H2"),
        P("Kontrollerna har gjorts av förvaltningens controller och verksamhetsutvecklare "
          "enligt den plan som nämnden fastställde i december 2023. Stickproven har dragits "
          "slumpmässigt ur kundsystemet, ärendesystemet och ekonomisystemet. Där en kontroll "
          "omfattar en hel period har samtliga händelser under perioden gåtts igenom. Underlagen för "
          "varje kontroll finns sparade i förvaltningens ärendesystem och kan begäras ut av "
          "nämndens ledamöter och av de förtroendevalda revisorerna."),
        P("Varje risk har bedömts med en sannolikhet och en konsekvens på en skala från 1 till "
          "4; riskvärdet är produkten av de två. Kolumnen Följer plan anger om kontrollen visar "
          "att verksamheten har följt gällande rutiner och beslut: Ja, Delvis eller Nej. "
          "Avvikelser som kräver åtgärder redovisas i kommentaren tillsammans med de åtgärder "
          "som redan har vidtagits. Kontroller som ännu inte är avslutade redovisas i "
          "helårsrapporten, liksom de uppföljande kontroller som nämnden beslutade om efter "
          "förra årets helårsrapport."),
        P("Resultat av kontrollerna", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att kontrollen av debitering och dricksvatten fungerar väl. "
          "Reinvesteringstakten i ledningsnätet och entreprenörens rapportering av missade "
          "tömningar följs upp i helårsrapporten."),
    ]
    return Doc(
        "kvn2024_reworded_header_on_page_two_continued_comment", blocks,
        Page(left=1.9, right=1.9),
        font="Carlito", body_size=11, cell_size=9,
        footer="Kretslopp- och vattennämnden | Delårsrapport 2024 | sida {page} av {pages}",
        organ="Kretslopp- och vattennämnden", year=2024, period="delår", title=title,
        risks_inventoried=14, risks_critical=8,
    )
