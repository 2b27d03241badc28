"""Holdout10 document C: Integrationsnämnden, a risk table with columns in an unusual order
and wording (Kontrollmoment first, then Risk, Verksamhetsområde, "Bedömd risk (1-16)",
"Utfall av kontroll", "Åtgärder"), a caption "Tabell 1. Kontroller 2024" above and a
"Källa: ..." line under it; the Kontrollmoment cells hold bullet lists (one paragraph per
"•" item), an Åtgärder cell a manual line break; the table runs over two pages with the
header repeated."""

from h10kit import Caption, H10Table
from holdout_model import Col, Doc, P, Page

INN_ROWS = [
    {
        "controls": ["Stickprov på 20 ärenden inom etableringsuppdraget:",
                     "• kartläggning gjord inom fyra veckor",
                     "• individuell plan upprättad",
                     "• uppföljningssamtal dokumenterat"],
        "risk": "Risk att nyanlända inom etableringsuppdraget inte får en kartläggning och en "
        "individuell plan i tid, så att vägen till arbete eller studier blir längre.",
        "area": "Etablering och samhällsintroduktion",
        "value": "12",
        "outcome": "Kartläggningen var gjord i tid i 17 av 20 ärenden och planen var upprättad "
        "i samtliga. Uppföljningssamtal saknades i fyra ärenden.",
        "actions": "Påminnelse i verksamhetssystemet när uppföljningssamtal ska hållas.\n"
        "Ansvarig: enhetschef för etableringsenheten.",
    },
    {
        "controls": ["Genomgång av närvarolistor för samtliga kursomgångar:",
                     "• minst 100 timmars undervisning erbjuden",
                     "• undervisning på modersmålet eller med tolk"],
        "risk": "Risk att nyanlända inte erbjuds samhällsorientering i den omfattning som "
        "förordningen om samhällsorientering kräver.",
        "area": "Samhällsorientering",
        "value": "9",
        "outcome": "Samtliga elva kursomgångar erbjöd minst 100 timmar. Två omgångar på dari "
        "genomfördes med tolk i stället för på modersmålet.",
        "actions": "Rekrytering av en samhälls- och hälsokommunikatör som talar dari.",
    },
    {
        "controls": ["Stickprov på 40 tolkbeställningar:",
                     "• anlitad tolk auktoriserad",
                     "• debiterat pris enligt avtalet"],
        "risk": "Risk att tolkar som anlitas saknar auktorisation eller debiterar mer än "
        "avtalat pris, vilket påverkar både rättssäkerheten och kostnaderna.",
        "area": "Upphandlade tolktjänster",
        "value": "12",
        "outcome": "36 av 40 uppdrag utfördes av auktoriserad tolk. Fyra fakturor hade för "
        "högt pris; 3 200 kronor har krediterats.",
        "actions": "Avtalsuppföljning med tolkförmedlingen. Prisavvikelser rapporteras till "
        "upphandlingsenheten.",
    },
    {
        "controls": ["Avstämning av anvisade personer mot tecknade hyreskontrakt:",
                     "• bostad ordnad inom två månader",
                     "• kontraktet registrerat i IT-stödet"],
        "risk": "Risk att kommunen inte kan ordna bostad åt nyanlända som anvisas enligt "
        "bosättningslagen inom två månader från anvisningen.",
        "area": "Mottagande och bosättning",
        "value": "16",
        "outcome": "Av 58 anvisade personer fick 49 en bostad inom två månader. Övriga bodde "
        "under väntetiden i kommunens korttidsboende.",
        "actions": "Överenskommelse med det kommunala bostadsbolaget om fler lägenheter för "
        "bosättning under 2025.",
    },
    {
        "controls": ["Kontroll av samtliga ansökningar om ersättning från Migrationsverket:",
                     "• ansökan inskickad inom sex månader",
                     "• underlaget arkiverat i akten"],
        "risk": "Risk att kommunen går miste om statlig ersättning för mottagandet eftersom "
        "ansökningar inte görs eller görs för sent.",
        "area": "Ekonomi och statsbidrag",
        "value": "9",
        "outcome": "Alla ansökningar var inskickade i tid. Underlag saknades i två akter men "
        "har kompletterats i efterhand.",
        "actions": "Ingen åtgärd utöver kompletteringen.",
    },
    {
        "controls": ["Granskning av fem beviljade integrationsbidrag:",
                     "• beslut enligt delegationsordningen",
                     "• redovisning inkommen",
                     "• verksamheten genomförd"],
        "risk": "Risk att bidrag till föreningars integrationsprojekt betalas ut utan att "
        "villkoren följs upp och utan redovisning av hur medlen har använts.",
        "area": "Föreningsbidrag",
        "value": "9",
        "outcome": "Redovisning saknades från en förening. Utbetalningen av nästa bidrag har "
        "stoppats tills redovisningen har kommit in.",
        "actions": "En e-tjänst för redovisning av bidrag införs under våren 2025.",
    },
    {
        "controls": ["Loggkontroll i verksamhetssystemet:",
                     "• 30 slumpvis valda åtkomster",
                     "• åtkomsten motiverad av ett pågående ärende"],
        "risk": "Risk att medarbetare tar del av personuppgifter i ärenden som de inte arbetar "
        "med, i strid med sekretessen och dataskyddsförordningen.",
        "area": "Informationshantering",
        "value": "12",
        "outcome": "Samtliga 30 åtkomster var motiverade av pågående ärenden.",
        "actions": "Översyn av behörigheterna i verksamhetssystemet, klar 2025-01-31.",
    },
]


def inn2024() -> Doc:
    cols = [
        Col("controls", "Kontrollmoment", 3.8, "controls", "left"),
        Col("risk", "Risk", 3.6, "risk", "left"),
        Col("area", "Verksamhetsområde", 2.3, "process", "left"),
        Col("value", "Bedömd risk (1-16)", 1.7, "risk_value", "left"),
        Col("outcome", "Utfall av kontroll", 3.3, "comment", "left"),
        Col("actions", "Åtgärder", 2.8, "handling", "left"),
    ]
    t = H10Table("Kontroller", cols, INN_ROWS, rule="0.5pt solid #385723",
                 header_fill="#e2efda", font="Liberation Serif", size=9.5, pad=0.12,
                 margin_top=0.05)
    title = "Uppföljning av internkontrollplanen – helår 2024"
    blocks = [
        P("Integrationsnämnden", "Sub"),
        P(title, "Title"),
        P("1. Inledning", "H2"),
        P("Integrationsnämnden ansvarar för kommunens mottagande av nyanlända, "
          "etableringsinsatser, samhällsorientering, tolkförmedling och bidrag till "
          "föreningars integrationsarbete. Nämnden ska enligt kommunens reglemente för intern "
          "kontroll varje år följa upp sin internkontrollplan och rapportera resultatet till "
          "kommunstyrelsen."),
        P("I riskanalysen för 2024 identifierades tolv risker. Sju av dem bedömdes som "
          "kritiska och har kontrollerats under året. Risken bedöms som produkten av "
          "sannolikhet och konsekvens, var för sig på en skala från 1 till 4, vilket ger ett "
          "värde mellan 1 och 16."),
        P("2. Genomförda kontroller", "H2"),
        P("Kontrollerna har genomförts av enhetscheferna och förvaltningens controller enligt "
          "den plan som nämnden antog i februari 2024. Tabell 1 redovisar för varje kontroll "
          "den risk som kontrollen avser, utfallet och de åtgärder som har beslutats. "
          "Stickproven har valts slumpvis ur verksamhetssystemet."),
        Caption("Tabell 1. Kontroller 2024", bold=True, keep_next=True, before=0.15, after=0.05),
        t,
        Caption("Källa: Integrationsförvaltningen, kontrollrapporter per 2024-12-31.",
                italic=True, before=0.0),
        P("3. Sammanfattande bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen fungerar tillfredsställande. "
          "Bosättningen av nyanlända är fortsatt den största risken; nämnden följer "
          "överenskommelsen med bostadsbolaget under 2025."),
    ]
    return Doc(
        "inn2024_controls_first_caption_bullets", blocks, Page(left=1.8, right=1.7),
        font="Liberation Serif", body_size=11, cell_size=9.5,
        footer="Integrationsnämnden, helårsuppföljning intern kontroll 2024, sida {page}",
        organ="Integrationsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=12, risks_critical=7,
    )
