"""Holdout13 document B: Barn- och familjenämnden, a ruled risk table on A4 landscape whose
risk assessment is given in words only: Sannolikhet ("Mindre sannolik", "Möjlig",
"Sannolik", "Mycket sannolik"), Konsekvens ("Lindrig", "Måttlig", "Allvarlig", "Mycket
allvarlig") and Risknivå ("Låg", "Medel", "Hög", "Mycket hög"); no number anywhere in a
risk row (the counts in the cells are written as words)."""

from h13kit import CONSEQUENCE_WORDS, LEVEL_WORDS, PROBABILITY_WORDS
from holdout_model import Col, Doc, P, Page, Table


def level(s: int, k: int) -> str:
    """The level word of the municipality's 4x4 matrix (product 1-3 låg, 4-6 medel, 8-9 hög,
    12-16 mycket hög); the numbers are never printed."""
    v = s * k
    return LEVEL_WORDS[0 if v <= 3 else 1 if v <= 6 else 2 if v <= 9 else 3]


def row(process, risk, s, k, controls, follows, comment):
    return {"process": process, "risk": risk, "prob": PROBABILITY_WORDS[s - 1],
            "cons": CONSEQUENCE_WORDS[k - 1], "level": level(s, k), "controls": controls,
            "follows": follows, "comment": comment}


BFN_ROWS = [
    row("Förhandsbedömning av orosanmälningar",
        "Risk att skyddsbedömning inte görs samma dag som en orosanmälan kommer in och att "
        "förhandsbedömningen inte avslutas inom fjorton dagar, så att barn som far illa inte "
        "får skydd i tid.",
        3, 4,
        "Genomgång av samtliga orosanmälningar under februari och maj: datum för "
        "skyddsbedömning och för beslut om att inleda eller inte inleda utredning.",
        "Delvis",
        "Skyddsbedömningen var dokumenterad samma dag i nästan alla ärenden. Drygt var "
        "tionde förhandsbedömning tog längre tid än fjorton dagar, främst under semesterperioden "
        "i maj när mottagningsgruppen var underbemannad."),
    row("Barnavårdsutredningar",
        "Risk att barnets egna synpunkter inte inhämtas och dokumenteras i utredningen, så "
        "att beslutet inte vilar på en bedömning av barnets bästa.",
        3, 3,
        "Stickprov på tjugo avslutade utredningar: har barnet fått komma till tals, och "
        "finns en dokumenterad bedömning av barnets bästa?",
        "Ja",
        "Barnet hade fått komma till tals i samtliga utredningar där det var möjligt med "
        "hänsyn till ålder och mognad. Bedömningen av barnets bästa var tydligt "
        "dokumenterad."),
    row("Placering i familjehem",
        "Risk att barn placeras i familjehem som inte är utredda och godkända, eller att "
        "familjehemmen inte får det stöd och den handledning som uppdraget kräver.",
        2, 4,
        "Kontroll av att varje familjehem som tagit emot ett barn under perioden har en "
        "fullständig familjehemsutredning, utdrag ur belastningsregistret och ett "
        "skriftligt avtal.",
        "Ja",
        "Samtliga familjehem var utredda och godkända före placeringen. Avtalen var "
        "undertecknade av båda parter."),
    row("Uppföljning av placerade barn",
        "Risk att socialsekreteraren inte besöker placerade barn regelbundet och inte "
        "samtalar enskilt med barnet, så att missförhållanden i placeringen inte upptäcks.",
        4, 2,
        "Genomgång av journalanteckningar för samtliga placerade barn: besök i hemmet och "
        "enskilda samtal under det senaste halvåret.",
        "Nej",
        "Ungefär en tredjedel av barnen hade inte haft något enskilt samtal med sin "
        "socialsekreterare under halvåret. Nämnden har beslutat om en särskild "
        "handlingsplan."),
    row("Familjerätt",
        "Risk att upplysningar i mål om vårdnad, boende och umgänge inte lämnas till "
        "tingsrätten inom den tid som rätten har angett.",
        2, 3,
        "Kontroll av alla upplysningar som lämnades under perioden: datum för "
        "tingsrättens begäran, angiven svarstid och datum för yttrandet.",
        "Ja",
        "Alla upplysningar lämnades i tid. I ett par mål begärde familjerätten anstånd, "
        "som tingsrätten beviljade."),
    row("Köp av platser på HVB",
        "Risk att platser på hem för vård eller boende köps utanför ramavtalen utan "
        "dokumenterat skäl, till högre kostnad och utan kvalitetskontroll av "
        "utföraren.",
        2, 2,
        "Granskning av samtliga placeringar på HVB under perioden: ramavtal, "
        "direktupphandling och motivering när avtalet inte har använts.",
        "Delvis",
        "De flesta placeringar gjordes inom ramavtalen. Vid tre akuta placeringar saknades "
        "en skriftlig motivering till valet av hem utanför avtalet; mallen har "
        "kompletterats."),
    row("Registerkontroll av personal",
        "Risk att personal och uppdragstagare som arbetar med barn anställs eller anlitas "
        "utan att utdrag ur belastningsregistret har begärts och granskats.",
        1, 4,
        "Stickprov bland nyanställda inom öppenvården och bland nya kontaktpersoner: "
        "finns ett granskat registerutdrag i personalakten?",
        "Ja",
        "Utdrag fanns och var granskade för samtliga kontrollerade personer."),
    row("Arkivering och gallring",
        "Risk att personakter som ska bevaras för forskning gallras, eller att akter som "
        "ska gallras sparas längre än vad dokumenthanteringsplanen medger.",
        3, 1,
        "Kontroll av årets gallringsunderlag mot dokumenthanteringsplanen och "
        "förteckningen över födelsedagar som ska bevaras.",
        "Ja",
        "Gallringen genomfördes enligt planen. Akter för barn födda på de utvalda dagarna "
        "hade lämnats till kommunarkivet."),
]


def bfn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.7, "process", "left"),
        Col("risk", "Risk", 4.9, "risk", "left"),
        Col("prob", "Sannolikhet", 2.0, "probability", "left"),
        Col("cons", "Konsekvens", 2.0, "consequence", "left"),
        Col("level", "Risknivå", 1.7, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 4.6, "controls", "left"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "left"),
        Col("comment", "Kommentar", 6.2, "comment", "left"),
    ]
    t = Table("Riskbedömning och kontroller", cols, BFN_ROWS, rule="0.75pt solid #5b7f3a",
              header_fill="#e2efda", font="Liberation Sans", size=9.0, pad=0.12,
              margin_top=0.2)
    title = "Delårsrapport 2024: uppföljning av internkontrollplan"
    blocks = [
        P("Barn- och familjenämnden", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Barn- och familjenämnden ansvarar för socialtjänstens arbete med barn, unga och "
          "deras familjer: mottagning av orosanmälningar, utredningar, placeringar, "
          "öppenvård och familjerätt. Uppföljningen avser perioden januari–augusti 2024 och "
          "redovisas tillsammans med nämndens delårsrapport."),
        P("I nämndens riskanalys har 17 risker inventerats. Fyra av dessa bedöms som "
          "kritiska, med risknivån hög eller mycket hög. Internkontrollplanen omfattar de "
          "kritiska riskerna och ytterligare fyra risker med lägre risknivå som nämnden har "
          "valt att följa upp."),
        P("Bedömning av risker", "H2"),
        P("Sannolikhet och konsekvens bedöms i fyra steg vardera med de ord som kommunens "
          "riktlinjer för intern kontroll anger. Risknivån läses av i kommunens riskmatris "
          "och anges som låg, medel, hög eller mycket hög. I tabellen anges bedömningarna i "
          "ord, så som de förts in i planen."),
        t,
        P("Fortsatt arbete", "H2"),
        P("Uppföljningen av placerade barn och handläggningstiden för förhandsbedömningar "
          "behöver förbättras. Förvaltningen redovisar en handlingsplan för båda områdena "
          "till nämndens sammanträde i oktober, och kontrollerna upprepas i "
          "helårsuppföljningen."),
    ]
    return Doc(
        "bfn2024_risk_level_words", blocks,
        Page(width=29.7, height=21.0, top=1.8, bottom=1.8, left=2.0, right=2.0),
        font="Liberation Sans", body_size=10.5, cell_size=9.0,
        footer="Barn- och familjenämnden – delårsrapport 2024 – sida {page} av {pages}",
        organ="Barn- och familjenämnden", year=2024, period="delår", title=title,
        risks_inventoried=17, risks_critical=4,
    )
