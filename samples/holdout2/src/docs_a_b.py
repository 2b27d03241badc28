"""Holdout2 documents A-B: Miljö- och hälsoskyddsnämnden, Gymnasienämnden."""

from holdout_model import Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# mhn2024: two-level header "Riskbedömning" over Sannolikhet / Konsekvens / Riskvärde

MHN_ROWS = [
    {
        "process": "Dricksvatten- och livsmedelskontroll",
        "risk": "Risk att planerade livsmedelskontroller inte genomförs enligt den av nämnden "
        "beslutade kontrollplanen, vilket kan leda till att Livsmedelsverket riktar kritik mot "
        "nämnden och att brister hos livsmedelsföretagare inte upptäcks.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Månadsvis uppföljning av utförda kontroller mot kontrollplanen i "
        "verksamhetssystemet.",
        "follows": "Delvis",
        "comment": "Per 2024-12-31 hade 87 procent av de planerade kontrollerna genomförts. "
        "Eftersläpningen gäller främst restauranger i riskklass 3 och beror på två vakanta "
        "inspektörstjänster under hösten.",
    },
    {
        "process": "Avgifter och fakturering",
        "risk": "Risk att timavgifter för tillsyn inte debiteras eller debiteras med fel belopp, "
        "så att avgiftsfinansieringen av verksamheten urholkas.",
        "s": "4", "k": "3", "r": "12",
        "controls": "Stickprov på 30 tillsynsärenden per halvår där registrerad "
        "handläggningstid jämförs med fakturerat belopp.",
        "follows": "Ja",
        "comment": "Två ärenden saknade fakturering; fakturorna har skickats i efterhand. "
        "Rutinen för tidsregistrering har förtydligats i e-tjänsten för ärendehandläggning.",
    },
    {
        "process": "Delegationsbeslut",
        "risk": "Risk att beslut som fattas med stöd av delegation inte anmäls till nämnden "
        "eller fattas av handläggare som saknar delegation, vilket gör besluten angripbara.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Kvartalsvis jämförelse mellan delegationsordningen och de beslut som "
        "registrerats i diariet.",
        "follows": "Ja",
        "comment": "Samtliga delegationsbeslut har anmälts till nämnden. I ett fall hade en "
        "miljöinspektör beslutat om föreläggande med vite utan delegation; beslutet har "
        "fastställts av nämnden i efterhand.",
    },
    {
        "process": "Tillsyn enligt miljöbalken",
        "risk": "Risk att klagomål på buller, lukt och nedskräpning inte registreras och "
        "besvaras inom tio arbetsdagar, så att allmänhetens förtroende för nämnden skadas.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Uttag ur ärendesystemet över inkomna klagomål och tid till första åtgärd, "
        "två gånger per år.",
        "follows": "Nej",
        "comment": "Kontrollen genomfördes endast för första halvåret. Av 64 klagomål "
        "besvarades 41 inom tio arbetsdagar. Kontrollen för andra halvåret har flyttats till "
        "februari 2025.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att personuppgifter i tillsynsärenden behandlas i strid med GDPR, till "
        "exempel genom att inspektionsbilder med identifierbara personer sparas i "
        "mobiltelefoner eller i molntjänster utan personuppgiftsbiträdesavtal.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Genomgång av mobila enheter och behörigheter i IT-stödet för "
        "ärendehandläggning; uppföljning av genomförd GDPR-utbildning.",
        "follows": "Delvis",
        "comment": "Alla inspektörer har gått GDPR-utbildningen. Vid genomgången av 18 "
        "mobiltelefoner hittades bilder från inspektioner i fem; bilderna har raderats och en "
        "instruktion för fotografering vid tillsyn har tagits fram.",
    },
    {
        "process": "Hälsoskydd och smittskydd",
        "risk": "Risk att tillsynen av hygieniska verksamheter (tatuering, fotvård, "
        "bassängbad) inte har återupptagits i full omfattning efter covid-19-pandemin, vilket "
        "kan leda till smittspridning.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Jämförelse mellan registrerade hygieniska verksamheter och genomförda "
        "tillsynsbesök under året.",
        "follows": "Ja",
        "comment": "Samtliga 42 registrerade verksamheter har fått tillsynsbesök. Vid två "
        "bassängbad visade vattenproverna förhöjda halter av bundet klor; åtgärder vidtogs "
        "inom en vecka.",
    },
]


def mhn2024() -> Doc:
    grp = "Riskbedömning"
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.5, "risk"),
            Col("s", "Sannolikhet", 1.4, "probability", "center", grp),
            Col("k", "Konsekvens", 1.4, "consequence", "center", grp),
            Col("r", "Riskvärde", 1.3, "risk_value", "center", grp),
            Col("controls", "Kontrollmoment", 3.0, "controls"),
            Col("follows", "Följer plan", 1.3, "follows_plan", "center"),
            Col("comment", "Kommentar", 3.8, "comment"),
        ], MHN_ROWS,
        header_fill="#d9e2f3", size=8, head_size=8,
    )
    title = "Helårsuppföljning av Miljö- och hälsoskyddsnämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig "
          "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Miljö- och "
          "hälsoskyddsnämnden antog internkontrollplanen för 2024 den 13 februari 2024, § 18. "
          "Planen bygger på en risk- och väsentlighetsanalys som förvaltningens ledningsgrupp "
          "tog fram under hösten 2023."),
        P("Varje risk har bedömts efter sannolikhet och konsekvens på en fyrgradig skala. "
          "Riskvärdet är produkten av de två bedömningarna och kan därmed vara mellan 1 och 16. "
          "Risker med ett riskvärde på 9 eller högre betraktas som kritiska och ska följas upp "
          "med en särskild kontroll under året."),
        P("Resultat", "H2"),
        P("I nämndens riskanalys har 17 risker bedömts. Sex av dessa har ett riskvärde på 9 "
          "eller högre och redovisas i tabellen nedan tillsammans med kontrollmoment och "
          "resultat. Övriga elva risker hanteras inom det ordinarie förbättringsarbetet och "
          "ingår inte i denna helårsuppföljning."),
        P("Tre av de sex kontrollerna har genomförts enligt plan, två delvis och en har inte "
          "kunnat slutföras. Förvaltningen bedömer att avvikelserna i huvudsak beror på "
          "vakanser bland inspektörerna under andra halvåret och på att det nya "
          "verksamhetssystemet togs i bruk först i september."),
        t,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Kontrollerna av "
          "klagomålshanteringen och av informationssäkerheten förs över till "
          "internkontrollplanen för 2025."),
    ]
    return Doc(
        "mhn2024_two_level_header", blocks, Page(left=1.5, right=1.5),
        font="Liberation Sans", body_size=10, cell_size=8,
        footer="Miljö- och hälsoskyddsnämnden · sida {page} av {pages}",
        organ="Miljö- och hälsoskyddsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=17, risks_critical=6,
        made="A4 portrait (1.5 cm side margins), Liberation Sans 8 pt in the table (10 pt "
        "prose), every cell ruled (0.5 pt), header rows shaded #d9e2f3, footer "
        "\"Miljö- och hälsoskyddsnämnden · sida N av M\". Columns 2.3 / 3.5 / 1.4 / 1.4 / 1.3 / "
        "3.0 / 1.3 / 3.8 cm.",
        tests="**Feature 1.** A two-level header: the first header row has a group cell "
        "\"Riskbedömning\" spanning Sannolikhet / Konsekvens / Riskvärde (merged cells), the "
        "other header cells span both header rows; both rows are repeated on page 2 above a "
        "row split over the page break. The sub-headers are hyphenated (\"Sannolik-\" / "
        "\"het\", \"Konse-\" / \"kvens\"). Probability, consequence and risk value from three "
        "columns. The organ has a real hyphen (\"Miljö- och hälsoskyddsnämnden\"). Period from "
        "\"Helårsuppföljning\"; counts \"17 risker\" / \"Sex av dessa\". Also \"e-tjänsten\", "
        "\"IT-stödet\", \"GDPR-utbildning\", \"covid-19-pandemin\", 2024-12-31.",
    )


# ---------------------------------------------------------------------------------------------
# gyn2024: no process column, white bold header on dark fill, zebra rows, bullet lists

GYN_ROWS = [
    {
        "risk": "Risk att elever inte får det särskilda stöd de har rätt till, eftersom "
        "åtgärdsprogram inte upprättas eller följs upp inom skollagens tidsramar.",
        "value": "12",
        "controls": "Elevhälsans kvartalsvisa genomgång av anmälningar om behov av särskilt "
        "stöd och upprättade åtgärdsprogram.",
        "handling": "Gemensam mall för åtgärdsprogram i lärplattformen; utbildning för mentorer.",
        "follows": "Delvis",
        "comment": [
            "Genomgången visade att",
            "• 14 av 96 åtgärdsprogram upprättades senare än fyra veckor efter anmälan,",
            "• sex åtgärdsprogram saknade dokumenterad uppföljning,",
            "• mallen inte användes på Tekniska gymnasiet.",
            "Rektorerna ska redovisa sina åtgärder till nämnden senast 2024-11-30.",
        ],
    },
    {
        "risk": "Risk att inköp av läromedel och digitala lärresurser görs utanför gällande "
        "ramavtal eller över beloppsgränsen för direktupphandling.",
        "value": "9",
        "controls": "Stickprov på 25 leverantörsfakturor per termin mot avtalsdatabasen.",
        "handling": "Inköpsrutinen har förtydligats; direktupphandlingar över 100 000 kronor "
        "ska dokumenteras.",
        "follows": "Ja",
        "comment": [
            "Stickprovet omfattade 50 fakturor:",
            "• 46 fakturor avsåg avrop från ramavtal,",
            "• tre avsåg dokumenterade direktupphandlingar,",
            "• en faktura för e-böcker saknade avtal.",
            "Avvikelsen har rapporterats till upphandlingsenheten.",
        ],
    },
    {
        "risk": "Risk att fakturor attesteras av samma person som har beställt varan eller "
        "tjänsten, så att jäv och felaktiga utbetalningar inte upptäcks.",
        "value": "12",
        "controls": "Månatlig kontroll i ekonomisystemet av fakturor där beställare och "
        "beslutsattestant är samma person.",
        "handling": "Spärr mot attest av egen beställning i ekonomisystemet.",
        "follows": "Ja",
        "comment": "Kontrollen har gjorts varje månad. Tre fakturor hade attesterats av "
        "beställaren; samtliga har granskats i efterhand utan anmärkning. Spärren i "
        "ekonomisystemet aktiverades 2024-05-02.",
    },
    {
        "risk": "Risk att elevers personuppgifter, bland annat uppgifter om skyddad identitet "
        "och elevhälsa, blir åtkomliga för obehöriga i lärplattformen eller i IT-stödet för "
        "frånvarorapportering.",
        "value": "16",
        "controls": "Halvårsvis behörighetsgenomgång i lärplattformen och i elevhälsans "
        "journalsystem.",
        "handling": "Rutin för att avsluta behörigheter när personal slutar; GDPR-utbildning "
        "för all personal.",
        "follows": "Delvis",
        "comment": [
            "Behörighetsgenomgången har gjorts på tre av fyra skolor. Den visade att",
            "• 23 konton för personal som slutat fortfarande var aktiva,",
            "• två vikarier hade behörighet till elevhälsans journaler.",
            "Kontona har stängts. GDPR-utbildningen har genomförts av 81 procent av "
            "personalen.",
        ],
    },
    {
        "risk": "Risk att betyg sätts eller registreras felaktigt i betygskatalogen, så att "
        "elever får felaktiga examensbevis eller inte kan söka vidare till högskolan.",
        "value": "9",
        "controls": "Kontroll av betygskatalogen mot lärarnas betygsunderlag vid terminsslut; "
        "stickprov på 40 elever.",
        "handling": "Dubbelkontroll av inmatade betyg innan katalogen låses.",
        "follows": "Nej",
        "comment": "Stickprovet kunde inte göras vid vårterminens slut eftersom "
        "betygskatalogen flyttades till det nya studieadministrativa systemet. Kontrollen görs "
        "i stället efter höstterminen och redovisas i helårsuppföljningen.",
    },
    {
        "risk": "Risk att kränkande behandling av elever inte anmäls till rektor och huvudman "
        "eller inte utreds skyndsamt enligt skollagens krav.",
        "value": "12",
        "controls": "Månatlig genomgång av anmälningar om kränkande behandling i "
        "ärendesystemet; jämförelse med elevhälsans incidentrapporter.",
        "handling": "Introduktion för nyanställd personal; anmälan via e-tjänst.",
        "follows": "Delvis",
        "comment": [
            "Under perioden kom 57 anmälningar. Genomgången visade att",
            "• 49 anmälningar utreddes inom tre veckor,",
            "• åtta utredningar saknade dokumenterade åtgärder,",
            "• två händelser anmäldes till huvudmannen först efter en månad.",
            "Rutinen gås igenom på samtliga skolor under september.",
        ],
    },
]


def gyn2024() -> Doc:
    t = Table(
        "Kritiska risker", [
            Col("risk", "Identifierad risk", 4.2, "risk"),
            Col("value", "Riskvärde", 1.5, "risk_value", "center"),
            Col("controls", "Befintliga kontroller", 3.3, "controls"),
            Col("handling", "Planerade åtgärder", 3.2, "handling"),
            Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
            Col("comment", "Kommentar", 4.3, "comment"),
        ], GYN_ROWS,
        rule="0.5pt solid #8eaadb", header_fill="#1f3864", header_color="#ffffff",
        zebra="#e9eef7", size=7.5, head_size=8,
    )
    title = "Delårsuppföljning av Gymnasienämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Gymnasienämnden följer upp internkontrollplanen två gånger per år. Denna "
          "delårsuppföljning omfattar perioden januari–augusti 2024 och redovisar de kontroller "
          "som har genomförts fram till 2024-08-31. Helårsuppföljningen behandlas av nämnden i "
          "februari 2025."),
        P("Av de 12 risker som inventerades i nämndens risk- och väsentlighetsanalys bedömdes "
          "sex som kritiska. De sex kritiska riskerna redovisas i tabellen nedan med befintliga "
          "kontroller, planerade åtgärder och resultatet av kontrollerna hittills under året. "
          "Riskvärdet är produkten av sannolikhet och konsekvens, båda bedömda på en skala "
          "från 1 till 4."),
        P("Kontrollerna har genomförts av rektorerna, elevhälsans chef och förvaltningens "
          "controller. Ekonomikontrollerna har gjorts i samarbete med kommunens "
          "ekonomiavdelning."),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Två av sex kontroller följer planen, tre följer den delvis och en har skjutits upp. "
          "Förvaltningen föreslår inga ändringar i internkontrollplanen under hösten."),
    ]
    return Doc(
        "gyn2024_no_process_dark_zebra", blocks, Page(left=1.5, right=1.5),
        font="DejaVu Sans", body_size=9.5, cell_size=7.5,
        footer="Gymnasienämnden, delårsuppföljning 2024 – {page}",
        organ="Gymnasienämnden", year=2024, period="delår", title=title,
        risks_inventoried=12, risks_critical=6,
        made="A4 portrait (1.5 cm side margins), DejaVu Sans 7.5 pt in the table (8 pt bold "
        "white header on #1f3864, 9.5 pt prose), light blue rules (0.5 pt #8eaadb), every "
        "second body row shaded #e9eef7, footer \"Gymnasienämnden, delårsuppföljning 2024 – N\". "
        "Columns 4.2 / 1.5 / 3.3 / 3.2 / 1.5 / 4.3 cm.",
        tests="**Features 2, 3, 4.** No process column: the table starts with "
        "\"Identifierad risk\" (`process` null everywhere). Header cells in bold white text on "
        "a dark fill; zebra rows. Comment cells holding a lead-in paragraph, \"• \" list items "
        "(each its own paragraph, hanging indent) and a closing paragraph. Header wordings "
        "Befintliga kontroller (controls), Planerade åtgärder (handling). Period from "
        "\"Delårsuppföljning\" in the title; counts \"Av de 12 risker ... sex som kritiska\". "
        "Also \"e-böcker\", \"IT-stödet\", \"GDPR-utbildning\", \"100 000 kronor\", dates.",
    )
