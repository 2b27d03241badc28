"""several_tables, value_variants and no_risk_table."""

from common import HIGH, LOW, MID, budget_table, risk_matrix
from model import Cell, Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# several_tables: Kommunstyrelsen 2024, one risk table per förvaltning

KLF_ROWS = [
    {
        "process": "Lönehantering",
        "risk": "Risk att felaktiga löner betalas ut på grund av att avvikelser från schemat "
        "inte rapporteras i tid.",
        "value": 12,
        "controls": "Stickprov på 40 löneutbetalningar per halvår som jämförs med schema och "
        "avvikelserapportering.",
        "follows": "Ja",
        "comment": "Två felaktiga utbetalningar upptäcktes i stickprovet i oktober och har "
        "korrigerats i nästkommande löneutbetalning. Påminnelse om sista rapporteringsdag "
        "skickas nu automatiskt till cheferna.",
    },
    {
        "process": "Attest och utbetalning",
        "risk": "Risk att leverantörsfakturor attesteras av samma person som har beställt varan "
        "eller tjänsten (jäv i attestkedjan).",
        "value": 9,
        "controls": "Systemspärr i ekonomisystemet samt kvartalsvis logguttag över fakturor med "
        "samma beställare och attestant.",
        "follows": "Ja",
        "comment": "Logguttagen visar inga fall av attest av egen beställning.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att förvaltningens IT-system drabbas av intrång eller utpressningsvirus så "
        "att verksamhetskritiska e-tjänster blir otillgängliga.",
        "value": 16,
        "controls": "Återläsningstest av säkerhetskopior samt nätfiskeövning för samtliga "
        "medarbetare.",
        "follows": "Delvis",
        "comment": "Återläsningstestet för ekonomisystemet genomfördes 2024-05-14 utan "
        "anmärkning. Nätfiskeövningen har skjutits upp till 2025 i väntan på den nya "
        "e-postplattformen.",
    },
]

SBF_ROWS = [
    {
        "process": "Exploateringsavtal",
        "risk": "Risk att exploatörer inte fullgör sina åtaganden i exploateringsavtal om gator, "
        "parkmark och dagvattenanläggningar innan området tas i bruk.",
        "value": 12,
        "controls": "Genomgång av samtliga avtal med pågående åtaganden och bevakning av "
        "ställda säkerheter.",
        "follows": "Ja",
        "comment": "Sju avtal har gåtts igenom. För ett område saknades slutbesiktning av "
        "dagvattendammen; besiktningen genomfördes i november.",
    },
    {
        "process": "Bostadsanpassningsbidrag",
        "risk": "Risk att bostadsanpassningsbidrag beviljas utan intyg eller betalas ut innan "
        "åtgärden är utförd och besiktigad.",
        "value": 9,
        "controls": "Stickprov på 15 avslutade ärenden per år.",
        "follows": "Nej",
        "comment": "Stickprovet har inte genomförts på grund av vakans på tjänsten som "
        "handläggare. Kontrollen flyttas till internkontrollplanen för 2025.",
    },
    {
        "process": "Markförvaltning",
        "risk": "Risk att arrendeavgifter och avgifter för markupplåtelser inte indexregleras "
        "enligt avtal.",
        "value": 8,
        "controls": "Årlig avstämning av arrendereskontran mot avtalsregistret.",
        "follows": "Ja",
        "comment": "Avstämningen visade att 11 av 64 arrendeavtal inte hade indexreglerats "
        "sedan 2021. Retroaktiv fakturering om 46 200 kronor har skickats ut.",
    },
]

SEF_ROWS = [
    {
        "process": "Kostverksamhet",
        "risk": "Risk att specialkost serveras felaktigt till barn och elever med allergier, "
        "vilket kan leda till allvarliga allergiska reaktioner.",
        "value": 12,
        "controls": "Rutin för specialkost med dubbelkontroll vid utlämning; "
        "egenkontrollprogram.",
        "handling": "Granskas i internkontrollplanen genom oanmälda besök i tio tillagningskök.",
        "follows": "Ja",
        "comment": "Oanmälda besök har gjorts i tio kök. I ett kök saknades märkning på två "
        "portioner; rutinen har gåtts igenom på nytt med personalen.",
    },
    {
        "process": "Fordon och drivmedel",
        "risk": "Risk att drivmedelskort används för privat tankning eller för tankning av "
        "fordon som inte tillhör kommunen.",
        "value": 9,
        "controls": "Drivmedelskort kopplade till registreringsnummer; månadsvisa utdrag ur "
        "leverantörsportalen.",
        "handling": "Omhändertas i fordonsenhetens ordinarie uppföljning.",
        "follows": "Delvis",
        "comment": "Jämförelsen mellan tankade volymer och körjournaler har gjorts för första "
        "halvåret. För andra halvåret saknas körjournaler från två enheter.",
    },
]


def several_tables() -> Doc:
    t1 = Table("KLF", [
        Col("process", "Process", 2.6, "process", "left"),
        Col("risk", "Risk", 3.7, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", "center"),
        Col("controls", "Kontrollmoment", 3.2, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
        Col("comment", "Kommentar", 3.5, "comment"),
    ], KLF_ROWS, risk=True, header_fill="#d9d9d9")
    t2 = Table("SBF", [
        Col("process", "Process/rutin", 2.6, "process", "left"),
        Col("risk", "Riskbeskrivning", 3.7, "risk"),
        Col("value", "Bedömt riskvärde", 1.5, "risk_value", "center"),
        Col("controls", "Kontroll", 3.2, "controls"),
        Col("follows", "Följs planen?", 1.5, "follows_plan", "center"),
        Col("comment", "Kommentar/åtgärd", 3.5, "comment"),
    ], SBF_ROWS, risk=True, rules="horizontal", header_fill="#e2efda")
    t3 = Table("SEF", [
        Col("process", "Ansvarsområde", 2.4, "process", "left"),
        Col("risk", "Risk i verksamheten", 3.0, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", "center"),
        Col("controls", "Befintliga kontroller", 2.6, "controls"),
        Col("handling", "Hantering", 2.4, "handling"),
        Col("follows", "Följer plan", 1.3, "follows_plan", "center"),
        Col("comment", "Kommentar", 2.9, "comment"),
    ], SEF_ROWS, risk=True)
    budget = budget_table("Budget", 2024, [
        ("Kommunledningsförvaltningen", 148_300, 151_920),
        ("Samhällsbyggnadsförvaltningen", 96_450, 92_180),
        ("Serviceförvaltningen", 61_200, 62_035),
        ("Gemensamma kostnader och IT-drift", 38_700, 37_410),
    ])
    blocks = [
        P("Uppföljning av intern kontroll 2024 – Kommunstyrelsens förvaltningar", "Title"),
        P("1. Inledning", "H1"),
        P("Kommunstyrelsen ansvarar för att det finns en tillräcklig intern kontroll inom "
          "styrelsens förvaltningar. Internkontrollplanen för 2024 antogs 2024-01-31. Planen "
          "bygger på en riskanalys där 27 risker inventerades och bedömdes. Åtta av dessa "
          "bedömdes som kritiska och redovisas nedan per förvaltning: tre inom "
          "kommunledningsförvaltningen, tre inom samhällsbyggnadsförvaltningen och två inom "
          "serviceförvaltningen."),
        P("2. Metod för riskbedömning", "H1"),
        P("Varje risk har bedömts utifrån sannolikheten att den inträffar och konsekvensen om "
          "den inträffar, på en fyrgradig skala. Riskvärdet är produkten av sannolikhet och "
          "konsekvens. Risker med riskvärde 9 eller högre betraktas som kritiska."),
        risk_matrix(),
        P("Riskvärde 1–4: låg risk, hanteras i den löpande verksamheten. Riskvärde 6–8: "
          "medelhög risk, bevakas. Riskvärde 9–16: hög risk, förs in i internkontrollplanen.",
          "Small"),
        P("3. Kommunledningsförvaltningen", "H1"),
        P("Kommunledningsförvaltningen har genomfört samtliga planerade kontroller. Resultatet "
          "redovisas i tabellen."),
        t1,
        P("4. Samhällsbyggnadsförvaltningen", "H1"),
        P("Samhällsbyggnadsförvaltningen redovisar sina kontroller i förvaltningens egen mall."),
        t2,
        P("5. Ekonomiskt utfall per förvaltning", "H1"),
        P("Som bakgrund till bedömningen av den interna kontrollen redovisas förvaltningarnas "
          "ekonomiska utfall för 2024. Avvikelsen anges som budget minus utfall; ett negativt "
          "värde innebär ett underskott."),
        budget,
        P("6. Serviceförvaltningen", "H1"),
        P("Serviceförvaltningens kontroller avser kostverksamheten och fordonsenheten."),
        t3,
        P("7. Samlad bedömning", "H1"),
        P("Kommunstyrelsens samlade bedömning är att den interna kontrollen i huvudsak är "
          "tillräcklig. Kontrollen av bostadsanpassningsbidrag som inte genomförts förs över "
          "till 2025 års plan."),
    ]
    return Doc(
        name="several_tables",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.5, 2.5),
        font="Liberation Serif",
        body_size=11,
        cell_size=9,
        running_header="KOMMUNSTYRELSEN · Uppföljning intern kontroll 2024",
        footer="Sida {page} av {pages}",
        organ="Kommunstyrelsen",
        year=2024,
        period=None,  # the report does not state its period
        title="Uppföljning av intern kontroll 2024 – Kommunstyrelsens förvaltningar",
        risks_inventoried=27,
        risks_critical=8,
        made="LibreOffice (flat ODF), A4 portrait, Liberation Serif 9 pt in tables. Three risk "
        "tables in different house styles (full rules + grey header; horizontal rules + green "
        "header; full rules, seven columns), a shaded 5x5 risk matrix and a budget table "
        "(horizontal rules, right-aligned numbers, bold total).",
        tests="Several risk tables in one document with different header wording (Process vs "
        "Process/rutin vs Ansvarsområde, Riskvärde vs Bedömt riskvärde, Följer plan vs Följs "
        "planen?); seq continues in document order; a risk matrix (numbers 1-16) and a "
        "budget table must give no risks; columns = distinct (header, field) pairs.",
    )


# ---------------------------------------------------------------------------------------------
# value_variants: Omsorgsnämnden, delår 2023

VV_ROWS = [
    {
        "process": "Läkemedelshantering",
        "risk": "Risk att läkemedel administreras utan giltig delegering.",
        "value": "9",
        "controls": "Månatlig kontroll av signeringslistor mot delegeringsregistret.",
        "follows": "Ja",
        "comment": "Kontrollen har gjorts varje månad utan avvikelser sedan mars.",
    },
    {
        "process": "Fallprevention",
        "risk": "Risk att riskbedömning för fall inte görs vid inflyttning på särskilt boende.",
        "value": "3x3=9",
        "controls": "Stickprov i tio journaler per boende och kvartal.",
        "follows": "JA",
        "comment": "Riskbedömning fanns i 57 av 60 granskade journaler.",
        "_x": {"risk_value": 9, "probability": 3, "consequence": 3},
    },
    {
        "process": "Brukarmedel",
        "risk": "Risk att brukares kontanter hanteras utan kvittens och dubbelkontroll.",
        "value": "S3 K4",
        "controls": "Halvårsvis granskning av kassaböcker på samtliga boenden.",
        "follows": "Nej",
        "comment": "Granskningen har inte genomförts på grund av sjukfrånvaro; den görs i "
        "oktober.",
        "_x": {"risk_value": None, "probability": 3, "consequence": 4},
    },
    {
        "process": "Bemanning",
        "risk": "Risk att bemanningen nattetid understiger den beslutade miniminivån på "
        "demensboenden.",
        "value": Cell("12", fill=HIGH),
        "controls": "Uppföljning av schemaläggning och timanställningar i bemanningssystemet.",
        "follows": "Delvis",
        "comment": "Miniminivån har underskridits vid elva nattpass under sommaren.",
    },
    {
        "process": "Hemtjänstens tidsregistrering",
        "risk": "Risk att utförd tid i hemtjänsten registreras felaktigt och att fakturering och "
        "ersättning till utförare därmed blir fel.",
        "value": Cell("6", fill=MID),
        "controls": "Jämförelse mellan planerad och registrerad tid per brukare och månad.",
        "follows": "Ja, delvis",
        "comment": "Avstämning har gjorts för fyra av åtta månader.",
    },
]

VV_SK_ROWS = [
    {
        "process": "Avgiftshandläggning",
        "risk": "Risk att avgifter för hemtjänst och särskilt boende beräknas på inaktuella "
        "inkomstuppgifter.",
        "s": Cell("3", fill=MID),
        "k": Cell("2", fill=LOW),
        "value": "6",
        "handling": "Årlig omprövning av samtliga avgiftsbeslut.",
        "follows": "Ja",
    },
    {
        "process": "Lex Sarah",
        "risk": "Risk att missförhållanden inte rapporteras och utreds enligt lex Sarah.",
        "s": Cell("2", fill=LOW),
        "k": Cell("4", fill=HIGH),
        "value": "8",
        "handling": "Utbildning av nyanställda och sommarvikarier.",
        "follows": "Nej",
    },
    {
        "process": "Nyckelhantering",
        "risk": "Risk att nycklar och digitala lås till brukares bostäder hanteras utan "
        "spårbarhet.",
        "s": Cell("3", fill=MID),
        "k": Cell("3", fill=HIGH),
        "value": "9",
        "handling": "Loggkontroll i låssystemet varje kvartal.",
        "follows": "Delvis",
    },
]


def value_variants() -> Doc:
    t1 = Table("Granskas", [
        Col("process", "Process", 2.8, "process", "left"),
        Col("risk", "Risk", 4.0, "risk"),
        Col("value", "Riskvärde (S x K)", 1.8, "risk_value", "center", "center"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "center", "center"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ], VV_ROWS, risk=True, header_fill="#dddddd")
    t2 = Table("Annan planering", [
        Col("process", "Process", 2.8, "process", "left"),
        Col("risk", "Risk", 4.6, "risk"),
        Col("s", "Sannolikhet", 1.9, "probability", "center", "center"),
        Col("k", "Konsekvens", 1.9, "consequence", "center", "center"),
        Col("value", "Riskvärde", 1.6, "risk_value", "center", "center"),
        Col("handling", "Hantering", 2.6, "handling"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "center", "center"),
    ], VV_SK_ROWS, risk=True, header_fill="#dddddd")
    blocks = [
        P("Delårsuppföljning av internkontrollplan 2023 – Omsorgsnämnden", "Title"),
        P("Omsorgsnämndens internkontrollplan för 2023 omfattar åtta risker av de 22 som "
          "inventerades i riskanalysen. Alla åtta bedöms som kritiska. Fem risker granskas "
          "genom kontrollmoment och tre hanteras i annan planering. Uppföljningen avser "
          "perioden januari–augusti 2023."),
        P("Riskvärdet anges som sannolikhet (S) gånger konsekvens (K). Förvaltningens "
          "enheter har redovisat riskvärdet på olika sätt; uppgifterna återges som de "
          "lämnats. Färgmarkering: gul = medelhög risk, röd = hög risk."),
        P("Risker som granskas", "H1"),
        t1,
        P("Risker som hanteras i annan planering", "H1"),
        t2,
    ]
    return Doc(
        name="value_variants",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.0, 2.0),
        font="DejaVu Sans",
        body_size=10,
        cell_size=8,
        footer="Omsorgsnämnden – delårsuppföljning 2023 – sida {page}",
        organ="Omsorgsnämnden",
        year=2023,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2023 – Omsorgsnämnden",
        risks_inventoried=22,
        risks_critical=8,
        made="LibreOffice (flat ODF), A4 portrait, DejaVu Sans 8 pt in the tables, full rules, "
        "grey header; some value cells have a shaded background (yellow/red/green).",
        tests="Risk value written \"9\", \"3x3=9\" (-> value 9, S 3, K 3), \"S3 K4\" (-> S 3, K 4, "
        "no value) and numbers in shaded cells; Följer plan \"Ja\", \"JA\", \"Nej\", "
        "\"Delvis\", \"Ja, delvis\" (-> Delvis); a second table with separate Sannolikhet and "
        "Konsekvens columns (shaded) and no Kommentar column; seq continues across tables.",
    )


# ---------------------------------------------------------------------------------------------
# no_risk_table: Fritids- och folkhälsonämnden, protokoll 2024-03-19


def no_risk_table() -> Doc:
    attendance = Table("Närvaro", [
        Col("name", "Namn", 5.0, align="left"),
        Col("party", "Parti", 2.0, align="left"),
        Col("role", "Funktion", 4.0, align="left"),
        Col("here", "Närvarande §§", 3.0, align="left"),
    ], [
        {"name": "Anna Lindqvist", "party": "S", "role": "Ordförande", "here": "§§ 18–26"},
        {"name": "Per-Olof Hedman", "party": "M", "role": "Vice ordförande", "here": "§§ 18–26"},
        {"name": "Fatima Yusuf", "party": "S", "role": "Ledamot", "here": "§§ 18–26"},
        {"name": "Lars Ek", "party": "SD", "role": "Ledamot", "here": "§§ 18–22"},
        {"name": "Karin Sjöberg", "party": "C", "role": "Ledamot", "here": "§§ 18–26"},
        {"name": "Mikael Strand", "party": "V", "role": "Tjänstgörande ersättare", "here": "§§ 23–26"},
        {"name": "Ulrika Berg", "party": "L", "role": "Ledamot", "here": "§§ 18–26"},
    ], rules="horizontal", header_fill="#eeeeee", size=10)
    budget = budget_table("Budgetuppföljning", 2024, [
        ("Nämnd och förvaltningsledning", 4_850, 1_105),
        ("Idrotts- och fritidsanläggningar", 38_400, 9_870),
        ("Badhus", 21_900, 6_240),
        ("Föreningsbidrag", 12_600, 7_950),
        ("Fritidsgårdar och ungdomsverksamhet", 17_300, 4_120),
        ("Folkhälsoarbete och förebyggande insatser", 3_250, 610),
    ], first="Verksamhet (utfall januari–februari)", size=10)
    fees = Table("Taxor", [
        Col("obj", "Anläggning", 6.0, align="left"),
        Col("a", "Barn- och ungdomsföreningar (kr/tim)", 3.5, align="right", head_align="right"),
        Col("b", "Övriga föreningar (kr/tim)", 3.0, align="right", head_align="right"),
        Col("c", "Företag och privatpersoner (kr/tim)", 3.5, align="right", head_align="right"),
    ], [
        {"obj": "Sporthall, hel", "a": "120", "b": "240", "c": "480"},
        {"obj": "Sporthall, halv", "a": "70", "b": "140", "c": "280"},
        {"obj": "Gymnastiksal", "a": "60", "b": "120", "c": "240"},
        {"obj": "Konstgräsplan, 11-manna", "a": "150", "b": "300", "c": "750"},
        {"obj": "Ishall", "a": "250", "b": "500", "c": "1 100"},
        {"obj": "Simbassäng, bana", "a": "90", "b": "180", "c": "360"},
    ], rules="full", size=10)
    actions = Table("Åtgärdsplan", [
        Col("what", "Åtgärd", 8.5, align="left"),
        Col("who", "Ansvarig", 4.0, align="left"),
        Col("when", "Klart senast", 3.5, align="left"),
    ], [
        {"what": "Ny rutin för bokning och avbokning av anläggningstider", "who": "Bokningsenheten", "when": "2024-05-31"},
        {"what": "Översyn av bidragsreglerna för lokalbidrag", "who": "Föreningsutvecklare", "when": "2024-09-30"},
        {"what": "Tillgänglighetsinventering av badhuset", "who": "Fastighetssamordnare", "when": "2024-10-31"},
    ], rules="horizontal", size=10)
    B = "Body"
    blocks = [
        P("Protokoll från Fritids- och folkhälsonämndens sammanträde 2024-03-19", "Title"),
        P("Plats och tid: Kommunhuset, sammanträdesrum Ekön, kl. 13.00–15.40", "BodyLeft"),
        P("Beslutande och närvarande", "H2"),
        attendance,
        P("Övriga närvarande: Sofia Nyberg, förvaltningschef; Johan Åkesson, controller; "
          "Maria Holm, nämndsekreterare.", "BodyLeft"),
        P("Justerare: Karin Sjöberg. Justeringens plats och tid: Kommunhuset 2024-03-26.",
          "BodyLeft"),
        P("§ 18 Val av justerare", "H1"),
        P("Fritids- och folkhälsonämnden beslutar att utse Karin Sjöberg (C) att jämte "
          "ordföranden justera dagens protokoll."),
        P("§ 19 Budgetuppföljning per februari 2024", "H1"),
        P("Förvaltningen redovisar utfallet för januari och februari 2024. Prognosen för helåret "
          "är ett underskott om cirka 1,2 miljoner kronor, främst till följd av ökade "
          "energikostnader i badhuset och ishallen. Controllern föredrar ärendet."),
        budget,
        P("Beslut: Fritids- och folkhälsonämnden godkänner budgetuppföljningen och uppdrar åt "
          "förvaltningen att redovisa åtgärder för en budget i balans vid sammanträdet i maj."),
        P("§ 20 Internkontrollplan 2024", "H1"),
        P("Förvaltningen har tagit fram förslag till internkontrollplan för 2024 utifrån en "
          "riskanalys som genomförts tillsammans med enhetscheferna. Planen omfattar kontroller "
          "av föreningsbidrag, kontanthantering i badhusets kassa, behörigheter i "
          "bokningssystemet och efterlevnaden av rutinen för hot och våld på fritidsgårdarna. "
          "Planen med riskbedömningar finns i bilaga 3 och ingår inte i protokollet."),
        P("Beslut: Fritids- och folkhälsonämnden antar internkontrollplan för 2024 enligt "
          "bilaga 3. Uppföljning redovisas i samband med delårsrapporten och årsredovisningen."),
        P("§ 21 Taxor för uthyrning av idrotts- och fritidsanläggningar 2024", "H1"),
        P("Taxorna för uthyrning har inte räknats upp sedan 2021. Förvaltningen föreslår nya "
          "taxor från och med 2024-07-01 enligt tabellen nedan. Barn- och ungdomsföreningar "
          "får fortsatt reducerad taxa."),
        fees,
        P("Beslut: Fritids- och folkhälsonämnden föreslår kommunfullmäktige att anta taxorna "
          "enligt förvaltningens förslag."),
        P("§ 22 Åtgärder efter tillsyn av badhuset", "H1"),
        P("Miljöförvaltningens tillsyn av badhuset i januari ledde till tre anmärkningar. "
          "Förvaltningen har tagit fram en åtgärdsplan."),
        actions,
        P("Beslut: Fritids- och folkhälsonämnden godkänner åtgärdsplanen."),
        P("§ 23 Delegationsbeslut och meddelanden", "H1"),
        P("Förteckning över delegationsbeslut för perioden 2024-02-01–2024-02-29 och "
          "inkomna meddelanden redovisas. Beslut: Redovisningen läggs till handlingarna."),
        P("Vid protokollet: Maria Holm", "Sign"),
        P("Justeras: Anna Lindqvist, ordförande · Karin Sjöberg, justerare", "BodyLeft"),
    ]
    return Doc(
        name="no_risk_table",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.5, 2.5),
        font="Liberation Sans",
        body_size=10,
        cell_size=9,
        running_header="Fritids- och folkhälsonämnden · Protokoll 2024-03-19",
        footer="Justerandes signatur ____________    Sida {page} av {pages}",
        organ="Fritids- och folkhälsonämnden",
        year=2024,
        period=None,
        title="Protokoll från Fritids- och folkhälsonämndens sammanträde 2024-03-19",
        risks_inventoried=None,
        risks_critical=None,
        warnings=["no risk table found"],
        made="LibreOffice (flat ODF), A4 portrait, Liberation Sans: a meeting protocol with an "
        "attendance table, a budget table (Budget/Utfall/Avvikelse), a fee table and an action "
        "plan table (Åtgärd/Ansvarig/Klart senast).",
        tests="No risk table although the text speaks of the internal control plan and risk "
        "analysis: expected risks [] and the warning \"no risk table found\"; tables with "
        "numbers and an Åtgärd column must not be taken for risk tables.",
    )
