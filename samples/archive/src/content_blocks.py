"""labelled_blocks and label_value_tables: planning-system style exports."""

from model import Doc, P, Page, RiskBlock

# ---------------------------------------------------------------------------------------------
# labelled_blocks: Miljö- och byggnadsnämnden, helår 2023

MBN_RISKS = [
    dict(
        process="Bygglovshantering",
        risk="Risk att bygglovsärenden inte handläggs inom lagstadgad tid enligt plan- och "
        "bygglagen, vilket leder till avgiftsreduktion och försämrat förtroende för "
        "myndighetsutövningen.",
        value=12,
        controls="Månatlig uppföljning av handläggningstider i ärendehanteringssystemet samt "
        "stickprov på tio avslutade ärenden per kvartal.",
        owner="Bygglovschef",
        status="Ja",
        comment="Stickproven visar att 92 procent av ärendena avgjordes inom tio veckor från "
        "komplett ansökan. I tre ärenden reducerades avgiften med sammanlagt 14 300 kronor. "
        "Bemanningen har förstärkts med en bygglovshandläggare från och med 2023-09-01.",
    ),
    dict(
        process="Tillsyn enligt miljöbalken",
        risk="Risk att den planerade tillsynen av miljöfarliga verksamheter inte genomförs, så "
        "att tillsynsskulden växer och avgiftsfinansieringen brister.",
        value=9,
        controls="Jämförelse mellan tillsynsplanen och genomförda inspektioner i "
        "verksamhetssystemet per tertial.",
        owner="Miljöchef",
        status="Delvis",
        comment="81 av 104 planerade inspektioner har genomförts. Eftersläpningen gäller främst "
        "lantbruk och enskilda avloppsanläggningar och beror på vakanser under våren. "
        "Återstående inspektioner prioriteras under första kvartalet 2024.",
    ),
    dict(
        process="Livsmedelskontroll",
        risk="Risk att kontrollavgifter inte debiteras eller debiteras med fel belopp efter "
        "genomförd offentlig kontroll.",
        value=8,
        controls="Avstämning mellan genomförda kontroller och fakturerade timavgifter två gånger "
        "per år.",
        owner="Enhetschef livsmedelskontroll",
        status="Ja",
        comment="Avstämningarna i juni och december visade full överensstämmelse sedan två "
        "felaktiga fakturor rättats.",
    ),
    dict(
        process="Informationssäkerhet och e-tjänster",
        risk="Risk att personuppgifter i ansökningar via e-tjänsterna för bygglov och "
        "strandskyddsdispens lämnas ut felaktigt eller inte gallras enligt "
        "dokumenthanteringsplanen.",
        value=12,
        controls="Kontroll av gallringsloggar och behörighetsstrukturen i e-arkivet samt "
        "genomgång av utlämnade allmänna handlingar.",
        owner="Förvaltningens informationssäkerhetssamordnare",
        status="Nej",
        comment="Gallring enligt dokumenthanteringsplanen har inte genomförts under året "
        "eftersom IT-systemets gallringsfunktion ännu inte har driftsatts. Frågan är anmäld "
        "till kommunens dataskyddsombud och en åtgärdsplan redovisas för nämnden i mars 2024.",
    ),
    dict(
        process="Delegationsbeslut",
        risk="Risk att beslut fattas utan stöd i delegationsordningen eller inte anmäls till "
        "nämnden.",
        value=9,
        controls="Stickprov på 25 delegationsbeslut per halvår som jämförs med gällande "
        "delegationsordning.",
        owner="Nämndsekreterare",
        status="Ja",
        comment="",
    ),
    dict(
        process="Strandskydd och dispenser",
        risk="Risk att strandskyddsdispenser beviljas utan att särskilda skäl redovisas, vilket "
        "kan leda till att länsstyrelsen överprövar och upphäver besluten.",
        value=8,
        controls="Granskning av samtliga beslut om strandskyddsdispens som länsstyrelsen har "
        "överprövat.",
        owner="Planarkitekt",
        status="Delvis",
        comment="Länsstyrelsen har överprövat fem av 23 beslut och upphävt två. Mallen för "
        "tjänsteskrivelser har kompletterats med en obligatorisk rubrik om särskilda skäl; "
        "utbildning för handläggarna genomförs i februari 2024.",
    ),
]


def labelled_blocks() -> Doc:
    blocks = [
        P("Uppföljning av internkontrollplan 2023 – Miljö- och byggnadsnämnden", "Title"),
        P([("b", "Enhet:"), " Miljö- och byggnadsförvaltningen"], "BodyLeft"),
        P([("b", "Period:"), " 2023-01-01 – 2023-12-31"], "BodyLeft"),
        P([("b", "Utskriven:"), " 2024-01-22 av nämndsekreterare"], "BodyLeft"),
        P("Sammanfattning", "H1"),
        P("Nämnden antog sin internkontrollplan för 2023 den 15 februari 2023. I nämndens "
          "riskanalys inventerades 16 risker, varav sex bedömdes som kritiska och fördes in i "
          "planen. Rapporten är en export ur kommunens system för planering och uppföljning; "
          "varje kontrollpunkt redovisas nedan med process, risk, riskvärde, kontrollmoment, "
          "ansvarig, status och kommentar."),
        P("Status anger om kontrollen har genomförts enligt plan (Ja), inte genomförts (Nej) "
          "eller genomförts till en del (Delvis). Riskvärdet är produkten av sannolikhet och "
          "konsekvens på en fyrgradig skala."),
    ]
    for i, r in enumerate(MBN_RISKS, 1):
        blocks.append(RiskBlock(
            heading=f"Kontrollpunkt {i} av {len(MBN_RISKS)}",
            lines=[
                ("Process", "process", r["process"]),
                ("Risk", "risk", r["risk"]),
                ("Riskvärde", "risk_value", r["value"]),
                ("Kontrollmoment", "controls", r["controls"]),
                ("Ansvarig", None, r["owner"]),
                ("Status", "follows_plan", r["status"]),
                ("Kommentar", "comment", r["comment"]),
            ],
        ))
    blocks.append(P("Nämndens samlade bedömning", "H1"))
    blocks.append(P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Bristerna i "
                    "gallringen av personuppgifter i e-tjänsterna är allvarliga och följs upp "
                    "särskilt under 2024. Kontrollpunkterna för tillsyn och strandskydd förs "
                    "över till internkontrollplanen för 2024."))
    return Doc(
        name="labelled_blocks",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.5, 2.5),
        font="Liberation Sans",
        body_size=10,
        footer="Stratsys-export · Miljö- och byggnadsnämnden · sida {page} av {pages}",
        organ="Miljö- och byggnadsnämnden",
        year=2023,
        period=None,  # the report does not state its period
        title="Uppföljning av internkontrollplan 2023 – Miljö- och byggnadsnämnden",
        risks_inventoried=16,
        risks_critical=6,
        made="LibreOffice (flat ODF), A4 portrait, Liberation Sans 10 pt. Each risk is a block "
        "of paragraphs \"Label:<tab>value\" with a 3.6 cm hanging indent (bold label), under a "
        "heading \"Kontrollpunkt N av 6\"; footer \"Stratsys-export ... sida N av M\".",
        tests="Labelled blocks instead of a table (Process / Risk / Riskvärde / Kontrollmoment "
        "/ Ansvarig / Status / Kommentar); Status -> follows_plan (Ja/Nej/Delvis); an unknown "
        "label (Ansvarig) -> extra; an empty Kommentar -> null; wrapped values under a hanging "
        "indent; a block crossing a page break.",
    )


# ---------------------------------------------------------------------------------------------
# label_value_tables: Gymnasie- och vuxenutbildningsnämnden, delår 2024

GVN_RISKS = [
    dict(
        process="Betygssättning och examination",
        risk="Risk att betyg sätts eller ändras av en person som saknar behörighet i "
        "studiedokumentationssystemet.",
        s=2, k=4, value=8,
        controls="Kvartalsvis logguttag ur studiedokumentationssystemet över betygsändringar, "
        "som jämförs med lärarlegitimationer och beslut om undantag.",
        handling="Behörighetsstrukturen ses över tillsammans med IT-avdelningen och rektorerna.",
        follows="Ja",
        comment="Logguttaget för januari–juni visar 37 betygsändringar. Samtliga har gjorts av "
        "legitimerade lärare eller av rektor efter beslut.",
    ),
    dict(
        process="Vuxenutbildning – upphandlad utbildning",
        risk="Risk att upphandlade utbildningsanordnare rapporterar fler deltagare eller fler "
        "verksamhetspoäng än som faktiskt har genomförts, vilket leder till felaktiga "
        "utbetalningar.",
        s=3, k=3, value=9,
        controls="Stickprov på 30 deltagare per anordnare där närvaro och rapporterade poäng "
        "jämförs med underlaget i elevregistret.",
        handling="Avtalsuppföljningen skärps och avstämningsmöten med anordnarna hålls varje "
        "månad.",
        follows="Delvis",
        comment="Stickprov har gjorts hos två av tre anordnare. I ett fall rapporterades 1 150 "
        "verksamhetspoäng för deltagare som hade avbrutit sina studier; återkrav har skickats. "
        "Stickprovet hos den tredje anordnaren genomförs i september.",
    ),
    dict(
        process="Inackorderingstillägg",
        risk="Risk att inackorderingstillägg betalas ut till elever som inte längre uppfyller "
        "villkoren, till exempel efter byte av skola eller folkbokföringsadress.",
        s=3, k=2, value=6,
        controls="Halvårsvis avstämning av utbetalningar mot elevregistret och folkbokföringen.",
        handling="Omhändertas i ordinarie handläggning.",
        follows="Ja",
        comment="Avstämningen per 2024-02-15 visade fyra felaktiga utbetalningar om sammanlagt "
        "9 800 kronor. Beloppen har återkrävts.",
    ),
    dict(
        process="Arbetsmiljö",
        risk="Risk att hot och våld mot personal inte rapporteras och följs upp i systemet för "
        "tillbud och arbetsskador.",
        s=3, k=4, value=12,
        controls="Genomgång av anmälda tillbud per skolenhet som jämförs med skyddsronder och "
        "medarbetarenkäten.",
        handling="Utbildning för skyddsombud och chefer i hot- och våldsprevention samt i "
        "rutinen för tillbudsrapportering.",
        follows="Nej",
        comment="Utbildningen har skjutits upp till hösten 2024 eftersom upphandlingen av "
        "utbildningsanordnare överklagades. Antalet rapporterade tillbud har ökat från 18 till "
        "27 jämfört med samma period 2023.",
    ),
    dict(
        process="Ekonomi – interkommunal ersättning",
        risk="Risk att fakturor för interkommunal ersättning (IKE) från andra huvudmän inte "
        "stäms av mot elevregistret, så att nämnden betalar för elever som inte är "
        "folkbokförda i kommunen.",
        s=2, k=3, value=6,
        controls="Månatlig avstämning av IKE-fakturor mot elevregistret och "
        "folkbokföringsuppgifter.",
        handling="Omhändertas i ordinarie verksamhet.",
        follows="Ja",
        comment="Inga avvikelser har upptäckts under perioden.",
    ),
]


def label_value_tables() -> Doc:
    blocks = [
        P("Delårsuppföljning av internkontrollplan 2024, Gymnasie- och vuxenutbildningsnämnden",
          "Title"),
        P("Bakgrund", "H1"),
        P("Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en "
          "internkontrollplan och följa upp den två gånger per år. Denna uppföljning avser "
          "perioden 2024-01-01 till 2024-08-31."),
        P("Gymnasie- och vuxenutbildningsnämnden har i sin riskanalys för 2024 identifierat "
          "tolv risker. Fem av dessa bedöms som kritiska och har förts in i "
          "internkontrollplanen. Varje risk redovisas nedan i en tabell med sannolikhet, "
          "konsekvens och riskvärde enligt kommunens riskmatris, där riskvärdet är produkten "
          "av sannolikhet och konsekvens."),
        P("Uppföljning per kontrollpunkt", "H1"),
    ]
    for i, r in enumerate(GVN_RISKS, 1):
        blocks.append(RiskBlock(
            heading=f"Internkontrollpunkt {i}",
            table=(4.0, 12.0),
            lines=[
                ("Process", "process", r["process"]),
                ("Risk", "risk", r["risk"]),
                ("Sannolikhet", "probability", r["s"]),
                ("Konsekvens", "consequence", r["k"]),
                ("Riskvärde", "risk_value", r["value"]),
                ("Kontrollmoment", "controls", r["controls"]),
                ("Planerad åtgärd", "handling", r["handling"]),
                ("Följer plan", "follows_plan", r["follows"]),
                ("Kommentar", "comment", r["comment"]),
            ],
        ))
    blocks.append(P("Förslag till beslut", "H1"))
    blocks.append(P("Gymnasie- och vuxenutbildningsnämnden godkänner delårsuppföljningen av "
                    "internkontrollplanen 2024 och uppdrar åt förvaltningen att redovisa "
                    "utbildningsinsatsen om hot och våld i helårsuppföljningen."))
    return Doc(
        name="label_value_tables",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.5, 2.5),
        font="Carlito",
        body_size=11,
        cell_size=10,
        running_header="Gymnasie- och vuxenutbildningsnämnden · Dnr GVN 2024/118",
        footer="{page} ({pages})",
        organ="Gymnasie- och vuxenutbildningsnämnden",
        year=2024,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2024, Gymnasie- och "
        "vuxenutbildningsnämnden",
        risks_inventoried=12,
        risks_critical=5,
        made="LibreOffice (flat ODF), A4 portrait, Carlito 10 pt in the tables. One ruled "
        "two-column table per risk (4.0 cm bold labels | 12.0 cm values, no header row) under "
        "a heading \"Internkontrollpunkt N\"; running header with a Dnr, footer \"N (M)\".",
        tests="Label/value tables, one per risk: labels in the left column map to fields "
        "(Sannolikhet/Konsekvens/Riskvärde as separate rows, \"Planerad åtgärd\" -> handling, "
        "\"Följer plan\" -> follows_plan); a table crossing a page break.",
    )
