"""Holdout4 document D: Förskolenämnden, a landscape table whose Riskvärde header carries a
footnote marker ("Riskvärde¹", the footnote "¹ Sannolikhet × konsekvens" under the table), with
section rows between the groups of risks and a process cell spanning two rows inside a
section."""

from holdout_model import SECTION, Col, Doc, P, Page, Table

FSKN_ROWS = [
    {SECTION: "Verksamhet och kvalitet"},
    {
        "_span": {"process": 2},
        "process": "Barngruppernas storlek och bemanning",
        "risk": "Risk att barngrupperna blir större än riktmärket och att bemanningen inte "
        "räcker till under morgon och eftermiddag, så att barnens säkerhet inte kan "
        "garanteras.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Uttag två gånger per termin ur barnregistret över gruppstorlek och "
        "schemalagd personal per förskola.",
        "handling": "Planering av bemanningen utifrån barnens vistelsetider; resurspool för "
        "korttidsfrånvaro.",
        "follows": "Delvis",
        "comment": "I oktober hade 14 av 41 avdelningar för barn 1–3 år fler än 12 barn. "
        "Bemanningen vid öppning och stängning motsvarade schemat på alla förskolor utom "
        "två, där vikarier saknades under tre veckor.",
    },
    {
        "risk": "Risk att barn lämnas över till en person som inte är behörig att hämta "
        "barnet.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Kontroll av att varje förskola har aktuella hämtlistor i appen för "
        "närvaro.",
        "handling": "Rutin för hämtning som gås igenom vid varje introduktion av ny "
        "personal.",
        "follows": "Ja",
        "comment": "Alla förskolor hade aktuella hämtlistor. Rutinen har kompletterats med "
        "vad personalen ska göra när vårdnadshavarna är oense.",
    },
    {
        "process": "Tillsyn av fristående förskolor",
        "risk": "Risk att tillsynen av fristående förskolor inte genomförs enligt "
        "tillsynsplanen, så att brister i verksamheten inte upptäcks.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per halvår.",
        "handling": "Tillsynsplan som beslutas av nämnden; extern granskare vid hög "
        "arbetsbelastning.",
        "follows": "Ja",
        "comment": "Nio av nio planerade tillsynsbesök har genomförts. Två förskolor har "
        "fått föreläggande om att åtgärda brister i det systematiska kvalitetsarbetet "
        "senast 2025-02-28.",
    },
    {SECTION: "Ekonomi"},
    {
        "process": "Barnomsorgsavgifter",
        "risk": "Risk att avgifter för förskola debiteras fel när hushållen inte "
        "uppdaterar sin inkomst, så att kommunen går miste om intäkter.",
        "s": "4", "k": "3", "r": "12",
        "controls": "Årlig inkomstkontroll mot Skatteverkets taxeringsuppgifter för samtliga "
        "hushåll med barn i förskolan.",
        "handling": "Påminnelse om inkomstuppgift i e-tjänsten varje år i januari.",
        "follows": "Ja",
        "comment": "Inkomstkontrollen för 2022 gav 312 efterdebiteringar och 95 "
        "återbetalningar. Hushållen har fått beslut med möjlighet att överklaga.",
    },
    {
        "process": "Bidrag till fristående förskolor",
        "risk": "Risk att bidrag till fristående förskolor beräknas på fel antal barn eller "
        "med fel belopp, vilket kan leda till krav på efterbetalning.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Stickprov på fem förskolors bidragsunderlag per halvår mot "
        "barnregistret.",
        "handling": "Dokumenterad beräkningsmodell som granskas av ekonomienheten.",
        "follows": "Ja",
        "comment": "Inga fel hittades i de kontrollerade underlagen. Beräkningsmodellen "
        "publiceras på kommunens webbplats.",
    },
    {SECTION: "Information och IT-säkerhet"},
    {
        "process": "Dokumentation och integritet",
        "risk": "Risk att bilder och dokumentation om barnen publiceras eller delas i appar "
        "utan vårdnadshavarnas samtycke.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Kontroll av samtyckesblanketter och av inställningarna i lärplattformen "
        "på sex förskolor.",
        "handling": "Utbildning i dataskydd för alla förskollärare; mall för samtycke i "
        "IT-stödet.",
        "follows": "Delvis",
        "comment": "På fyra av sex förskolor fanns samtycke för alla barn vars bilder hade "
        "publicerats. På två förskolor saknades samtycke för sammanlagt nio barn; bilderna "
        "har tagits bort.",
    },
    {
        "process": "Behörigheter i barnregistret",
        "risk": "Risk att medarbetare som har slutat eller bytt förskola har kvar sin "
        "behörighet i barnregistret och kan läsa uppgifter om barn och vårdnadshavare.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Jämförelse av aktiva konton i barnregistret med personalförteckningen "
        "per tertial.",
        "handling": "Behörigheter avslutas automatiskt via personalsystemet vid "
        "anställningens slut.",
        "follows": "Nej",
        "comment": "Vid kontrollen i september hade 23 tidigare medarbetare kvar aktiva "
        "konton. Den automatiska kopplingen till personalsystemet har inte fungerat sedan "
        "bytet av inloggningstjänst i maj; kontona har avslutats manuellt.",
    },
]


def fskn2024() -> Doc:
    landscape = Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5)
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.6, "process", "left"),
            Col("risk", "Risk", 4.0, "risk"),
            Col("s", "Sannolikhet", 1.6, "probability", "center"),
            Col("k", "Konsekvens", 1.6, "consequence", "center"),
            Col("r", "Riskvärde¹", 1.4, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.8, "controls"),
            Col("handling", "Planerade åtgärder", 3.6, "handling"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 6.7, "comment"),
        ], FSKN_ROWS,
        rule="0.5pt solid #7f7f7f", header_fill="#e2efd9", size=8, section_fill="#c5e0b3",
    )
    title = "Förskolenämnden – uppföljning av internkontrollplanen för helåret 2024"
    blocks = [
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Förskolenämnden följer varje år upp de kontroller som beslutats i "
          "internkontrollplanen. Nämnden har bedömt 15 risker i sin risk- och "
          "väsentlighetsanalys, och sju av riskerna bedöms som kritiska, det vill säga har "
          "ett riskvärde på 8 eller högre. Resultatet av kontrollerna för de kritiska "
          "riskerna redovisas nedan, ordnade efter område."),
        t,
        P("¹ Sannolikhet × konsekvens, båda bedömda på en skala från 1 till 4.", "Small"),
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms som tillräcklig. Bemanningen och hanteringen av "
          "samtycken följs upp även under 2025."),
    ]
    return Doc(
        "fskn2024_footnote_header_sections_landscape", blocks, landscape,
        font="DejaVu Sans", body_size=10, cell_size=8,
        footer="Förskolenämnden – internkontroll helår 2024 – sida {page}",
        organ="Förskolenämnden", year=2024, period="helår", title=title,
        risks_inventoried=15, risks_critical=7,
    )
