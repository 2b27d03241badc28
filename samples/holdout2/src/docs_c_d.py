"""Holdout2 documents C-D: Fritidsnämnden, Vård- och omsorgsnämnden."""

from holdout_model import Col, Doc, P, Page, SmallTable, Table

# ---------------------------------------------------------------------------------------------
# fn2024: a budget table above the risk table; a long process cell spanning three risks that
# itself crosses the page break

FN_PROCESS = (
    "Föreningsbidrag – handläggning, beslut och utbetalning av aktivitetsstöd, lokalbidrag och "
    "anläggningsbidrag till ideella föreningar enligt Fritidsnämndens bidragsregler antagna "
    "2023-11-14, samt efterkontroll av redovisade deltagartillfällen, årsmötesprotokoll och "
    "verksamhetsberättelser"
)

FN_ROWS = [
    {
        "process": "Bokning och uthyrning av lokaler",
        "risk": "Risk att idrottshallar och lokaler hyrs ut utan avtal eller faktureras med fel "
        "taxa, vilket leder till intäktsbortfall och särbehandling av hyresgäster.",
        "value": "9",
        "controls": "Månatlig avstämning mellan bokningssystemet och fakturerade bokningar.",
        "handling": "Automatisk överföring av bokningar till faktureringen.",
        "follows": "Ja",
        "comment": "Avstämningen har gjorts varje månad. Fyra bokningar saknade faktura och "
        "har fakturerats i efterhand.",
    },
    {
        "process": "Badhus och simundervisning",
        "risk": "Risk att drunkningstillbud inträffar därför att badvakter saknar giltig "
        "livräddarutbildning eller att bemanningen understiger kravet i badhusets "
        "säkerhetsplan.",
        "value": "16",
        "controls": "Kontroll av utbildningsintyg för samtliga badvakter; stickprov på "
        "bemanningsscheman två gånger per termin.",
        "handling": "Obligatorisk repetitionsutbildning i hjärt- och lungräddning varje höst.",
        "follows": "Ja",
        "comment": "Samtliga 22 badvakter har giltig utbildning. Stickproven visade full "
        "bemanning vid alla kontrolltillfällen.",
    },
    {
        "_span": {"process": 3},
        "process": FN_PROCESS,
        "risk": "Risk att aktivitetsstöd betalas ut på grundval av felaktigt redovisade "
        "deltagartillfällen.",
        "value": "12",
        "controls": "Stickprov hos tio föreningar per år med kontroll av närvarolistor i "
        "e-tjänsten.",
        "handling": "Återkrav vid felaktigt redovisade sammankomster.",
        "follows": "Delvis",
        "comment": "Stickproven har gjorts hos sex av tio föreningar. I en förening kunde 38 "
        "redovisade sammankomster inte styrkas; återkrav på 11 200 kronor har beslutats. "
        "Återstående stickprov görs i november.",
    },
    {
        "risk": "Risk att bidrag beviljas föreningar som inte uppfyller grundkraven i "
        "bidragsreglerna, till exempel kraven på demokratisk uppbyggnad och på medlemmar i "
        "åldern 7–20 år.",
        "value": "9",
        "controls": "Granskning av stadgar, årsmötesprotokoll och medlemsregister vid "
        "nyregistrering av förening.",
        "handling": "Checklista för nyregistrering i bidragssystemet.",
        "follows": "Ja",
        "comment": "Fem nya föreningar har registrerats under året. Samtliga uppfyllde "
        "grundkraven.",
    },
    {
        "risk": "Risk att beslut om bidrag fattas utan stöd i delegationsordningen eller inte "
        "anmäls till nämnden.",
        "value": "9",
        "controls": "Jämförelse mellan beviljade bidrag i bidragssystemet och anmälda "
        "delegationsbeslut.",
        "handling": "Delegationsbeslut anmäls till nämnden varje månad.",
        "follows": "Ja",
        "comment": "Alla beslut hade anmälts. Delegationsordningen reviderades 2024-03-19 med "
        "nya beloppsgränser för anläggningsbidrag.",
    },
    {
        "process": "Brandskydd i fritidsanläggningar",
        "risk": "Risk att det systematiska brandskyddsarbetet (SBA) inte dokumenteras i "
        "nämndens anläggningar, så att brister i utrymningsvägar och brandlarm inte upptäcks.",
        "value": "12",
        "controls": "Kontroll av SBA-pärmar och egenkontrollprotokoll i samtliga 14 "
        "anläggningar.",
        "handling": "Utbildning i brandskydd för anläggningsvärdar.",
        "follows": "Nej",
        "comment": "Kontrollen har inte genomförts på grund av personalbrist inom "
        "fastighetsenheten. Brandskyddsutbildningen genomfördes i maj. Kontrollen förs över "
        "till internkontrollplanen för 2025.",
    },
]

FN_BUDGET = SmallTable(
    "Nettokostnad",
    ["Nettokostnad (tkr)", "Budget 2024", "Prognos 2024", "Avvikelse"],
    [5.0, 2.6, 2.6, 2.4],
    [
        ["Nämnd och förvaltning", "4 820", "4 650", "170"],
        ["Föreningsbidrag", "12 450", "12 980", "-530"],
        ["Idrottsanläggningar", "31 200", "31 740", "-540"],
        ["Badhus", "18 900", "18 310", "590"],
        ["Fritidsgårdar", "9 630", "9 630", "0"],
        ["Summa", "77 000", "77 310", "-310"],
    ],
    ["left", "right", "right", "right"],
    size=9, bold_last=True,
)


def fn2024() -> Doc:
    t = Table(
        "Internkontroll", [
            Col("process", "Process", 2.4, "process", "left"),
            Col("risk", "Risk", 3.6, "risk"),
            Col("value", "Riskvärde", 1.4, "risk_value", "center"),
            Col("controls", "Befintlig kontroll", 3.0, "controls"),
            Col("handling", "Planerad åtgärd", 2.8, "handling"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 3.4, "comment"),
        ], FN_ROWS,
        header_fill="#e7e6e6", size=9, head_size=9,
    )
    title = "Fritidsnämnden – uppföljning av internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Fritidsnämnden ansvarar för kommunens idrottsanläggningar, badhus och fritidsgårdar "
          "och för bidragen till det lokala föreningslivet. Nämnden antog internkontrollplanen "
          "för 2024 den 12 december 2023, § 104."),
        P("Ekonomiskt läge", "H2"),
        P("Nämndens prognos för helåret visar ett underskott på 310 tkr. Underskottet beror på "
          "ökade kostnader för föreningsbidrag och för drift av idrottsanläggningarna, som delvis "
          "vägs upp av lägre kostnader för badhuset."),
        FN_BUDGET,
        P("Internkontroll", "H2"),
        P("Nämnden har identifierat 15 risker i sin riskanalys, varav sex har bedömts som "
          "kritiska. De kritiska riskerna följs upp nedan. Riskvärdet är produkten av "
          "sannolikhet och konsekvens, som båda bedöms på en skala från 1 till 4. En risk med "
          "riskvärde 9 eller högre räknas som kritisk."),
        P("Tre av riskerna gäller handläggningen av föreningsbidrag, som under året har "
          "granskats av kommunens revisorer. Revisorernas rapport har behandlats av nämnden i "
          "september och nämndens svar har lämnats till revisorerna."),
        t,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Kontrollen av "
          "brandskyddsarbetet har inte kunnat genomföras och förs över till 2025."),
    ]
    return Doc(
        "fn2024_budget_spanning_process", blocks, Page(left=1.5, right=1.5),
        font="Liberation Serif", body_size=11, cell_size=9,
        footer="Fritidsnämnden – sida {page}",
        organ="Fritidsnämnden", year=2024, period=None, title=title,
        risks_inventoried=15, risks_critical=6,
        made="A4 portrait (1.5 cm side margins), Liberation Serif 9 pt in both tables (11 pt "
        "prose), every cell ruled (0.5 pt), risk-table header shaded #e7e6e6, footer "
        "\"Fritidsnämnden – sida N\". Budget table 5.0 / 2.6 / 2.6 / 2.4 cm; risk table "
        "2.4 / 3.6 / 1.4 / 3.0 / 2.8 / 1.4 / 3.4 cm.",
        tests="**Features 5, 7.** A budget table \"Nettokostnad (tkr)\" with Budget / Prognos "
        "/ Avvikelse columns, numbers with thin-space groups (\"12 450\") and negative values "
        "(\"-530\"), stands on page 1 above the risk table and must give no risks. The risk "
        "table's process cell \"Föreningsbidrag – handläggning ...\" is one cell spanning "
        "three risks (rows 3–5, `table:number-rows-spanned`), 22 lines long in a 2.4 cm "
        "column, and its text itself crosses the page break: it starts on page 1 beside risk "
        "3 and goes on under the repeated header on page 2 beside risks 4–5. The process is "
        "carried down to all three risks. No period (`period` null); counts \"15 risker, "
        "varav sex\". Also \"hjärt- och lungräddning\", \"SBA-pärmar\", \"e-tjänsten\", "
        "\"7–20 år\", 2023-11-14 inside the process cell.",
    )


# ---------------------------------------------------------------------------------------------
# von2024: portrait cover page, landscape table, single-letter S / K / R headers and other
# wordings, comment before handling, Ja/Nej only

VON_ROWS = [
    {
        "area": "Rapportering enligt lex Sarah",
        "risk": "Risk att missförhållanden eller påtagliga risker för missförhållanden i "
        "äldreomsorgen inte rapporteras, utreds och vid behov anmäls till IVO enligt lex "
        "Sarah.",
        "s": "3", "k": "4", "r": "12",
        "control": "Genomgång av inkomna rapporter, utredningstider och beslut om anmälan till "
        "IVO, två gånger per år.",
        "result": "32 rapporter har kommit in och 29 av dem utreddes inom fyra veckor. Två "
        "händelser har anmälts till IVO. Medarbetarenkäten visar att 18 procent av personalen "
        "i hemtjänsten inte känner till rapporteringsskyldigheten.",
        "action": "Information om rapporteringsskyldigheten på arbetsplatsträffar i "
        "hemtjänsten under våren 2025.",
        "ok": "Ja",
    },
    {
        "area": "Läkemedelshantering",
        "risk": "Risk att läkemedel ges till fel brukare eller i fel dos inom hälso- och "
        "sjukvården i särskilt boende, på grund av brister i signeringslistor och "
        "delegeringar.",
        "s": "3", "k": "4", "r": "12",
        "control": "Kvartalsvisa egenkontroller av signeringslistor och av giltiga "
        "delegeringar för läkemedelshantering.",
        "result": "Egenkontrollerna visade 41 avvikelser, de flesta osignerade doser. Sju "
        "medarbetare saknade giltig delegering vid kontrolltillfället.",
        "action": "Medarbetare utan giltig delegering tas ur läkemedelsrundan tills "
        "sjuksköterskan har utfärdat en ny delegering.",
        "ok": "Ja",
    },
    {
        "area": "Myndighetsutövning och delegationsbeslut",
        "risk": "Risk att biståndsbeslut fattas av handläggare utan delegation eller utan "
        "dokumenterad utredning, så att besluten inte kan överprövas.",
        "s": "2", "k": "4", "r": "8",
        "control": "Stickprov på 30 biståndsbeslut per halvår mot delegationsordningen och "
        "dokumentationskraven.",
        "result": "I 28 av 30 akter fanns en fullständig utredning. Samtliga beslut var "
        "fattade med stöd av delegation.",
        "action": "Återkoppling till berörda handläggare och genomgång vid ärendedragning.",
        "ok": "Ja",
    },
    {
        "area": "Informationssäkerhet och loggkontroll",
        "risk": "Risk att personal tar del av journaluppgifter i verksamhetssystemet utan att "
        "ha en vårdrelation till brukaren.",
        "s": "3", "k": "3", "r": "9",
        "control": "Månatlig loggkontroll av slumpvis valda brukare och av brukare med skyddad "
        "identitet.",
        "result": "Loggkontrollen har gjorts åtta av tolv månader. Ett fall av otillåten "
        "åtkomst har utretts och anmälts till IMY som en personuppgiftsincident enligt GDPR.",
        "action": "Chefen utreder varje avvikelse; utbildning i patientdatalagen för all "
        "personal med behörighet till journalen.",
        "ok": "Nej",
    },
    {
        "area": "Hygien och smittskydd",
        "risk": "Risk för smittspridning av covid-19, influensa och vinterkräksjuka i särskilda "
        "boenden när basala hygienrutiner och klädregler inte följs.",
        "s": "3", "k": "3", "r": "9",
        "control": "Observationsstudier av följsamheten till basala hygienrutiner och "
        "klädregler, två gånger per år.",
        "result": "Följsamheten var 78 procent i våras och 86 procent i höstas. Målet på 90 "
        "procent nåddes på fyra av nio boenden.",
        "action": "Hygienombud på varje boende; ny mätning i mars 2025.",
        "ok": "Nej",
    },
    {
        "area": "Avgifter inom äldreomsorgen",
        "risk": "Risk att avgifter för hemtjänst och särskilt boende beräknas på felaktiga "
        "inkomstuppgifter eller inte uppdateras vid ändrad taxa, så att brukare debiteras fel "
        "belopp.",
        "s": "3", "k": "3", "r": "9",
        "control": "Stickprov på 40 avgiftsbeslut per år mot inkomstuppgifter och gällande "
        "taxa; kontroll av e-tjänsten för inkomstförfrågan.",
        "result": "Tre av 40 avgifter var felberäknade och två brukare har fått återbetalning. "
        "Taxeändringen 2024-01-01 var korrekt inlagd i avgiftssystemet.",
        "action": "Dubbelkontroll av manuellt inlagda inkomster.",
        "ok": "Ja",
    },
]


def von2024() -> Doc:
    t = Table(
        "Uppföljning", [
            Col("area", "Kontrollområde", 2.6, "process", "left"),
            Col("risk", "Riskbeskrivning", 4.2, "risk"),
            Col("s", "S", 0.8, "probability", "center"),
            Col("k", "K", 0.8, "consequence", "center"),
            Col("r", "R", 0.8, "risk_value", "center"),
            Col("control", "Kontrollmoment", 3.6, "controls"),
            Col("result", "Uppföljning/resultat", 5.2, "comment"),
            Col("action", "Åtgärd vid avvikelse", 3.4, "handling"),
            Col("ok", "Enligt plan (Ja/Nej)", 1.7, "follows_plan", "center"),
        ], VON_ROWS,
        rule="0.5pt solid #5b7fa6", header_fill="#bdd7ee", header_align="center",
        size=8.5, head_size=8.5, font="Carlito",
    )
    title = "Uppföljning av Vård- och omsorgsnämndens internkontrollplan 2024 – helår"
    blocks = [
        P("Vård- och omsorgsnämnden", "Sub"),
        P(title, "Title"),
        P("Dnr VON 2024/118 · Tjänsteskrivelse 2025-01-21", "Small"),
        P("Sammanfattning", "H2"),
        P("Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemtjänst, särskilda boenden och "
          "kommunal hälso- och sjukvård. Internkontrollplanen för 2024 antogs av nämnden den 24 "
          "januari 2024 och omfattar de risker som bedömts vara kritiska i nämndens risk- och "
          "väsentlighetsanalys."),
        P("I analysen har 22 risker identifierats och bedömts. Sannolikheten (S) och "
          "konsekvensen (K) har bedömts på en skala från 1 till 4, och riskvärdet (R) är deras "
          "produkt. Sex av riskerna har ett riskvärde på 8 eller mer och är därmed kritiska; de "
          "följs upp i tabellen på nästa sida."),
        P("Fyra av de sex kontrollerna har genomförts enligt plan. Loggkontrollen och "
          "hygienmätningarna har inte genomförts i planerad omfattning, främst på grund av "
          "hög sjukfrånvaro under covid-19- och influensasäsongen i början av året. Båda "
          "kontrollerna finns kvar i internkontrollplanen för 2025."),
        P("Förslag till beslut", "H2"),
        P("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen för 2024 "
          "och överlämnar den till kommunstyrelsen."),
        P("Internkontrollplan 2024 – uppföljning per kontrollområde", "H2", master="Landscape"),
        t,
        P("Förkortningar: S = sannolikhet, K = konsekvens, R = riskvärde (S × K), IVO = "
          "Inspektionen för vård och omsorg, IMY = Integritetsskyddsmyndigheten.", "Small"),
    ]
    landscape = Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5)
    return Doc(
        "von2024_cover_landscape_short_headers", blocks, Page(),
        masters={"Landscape": landscape}, table_master="Landscape",
        font="Carlito", body_size=11.5, cell_size=8.5,
        footer="Vård- och omsorgsnämnden · sida {page} av {pages}",
        organ="Vård- och omsorgsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=22, risks_critical=6,
        made="Page 1 A4 portrait (cover: nämnd, title, Dnr, summary with counts, decision); "
        "pages 2– A4 landscape (1.5 cm margins), Carlito 8.5 pt in the table (11.5 pt prose), "
        "blue-grey rules (0.5 pt #5b7fa6) on every cell, header shaded #bdd7ee and centred, "
        "footer \"Vård- och omsorgsnämnden · sida N av M\" on both orientations. Columns 2.6 / "
        "4.2 / 0.8 / 0.8 / 0.8 / 3.6 / 5.2 / 3.4 / 1.7 cm.",
        tests="**Features 8, 6.** A portrait cover page, then the table on a landscape page "
        "(second master page). New wordings and order: Kontrollområde (process), "
        "Riskbeskrivning (risk), single-letter S / K / R (probability / consequence / risk "
        "value), Kontrollmoment (controls), Uppföljning/resultat (comment) *before* Åtgärd vid "
        "avvikelse (handling), and Enligt plan (Ja/Nej) (follows_plan) last; \"Ja\" / \"Nej\" "
        "only. A legend paragraph after the table explains S, K, R. Period from \"– helår\" in "
        "the title; counts \"22 risker\" / \"Sex av riskerna\". Also \"lex Sarah\", \"hälso- "
        "och sjukvården\", \"covid-19\", \"e-tjänsten\", 2024-01-01.",
    )
