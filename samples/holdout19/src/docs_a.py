"""Skolnämnden, tertial 2 2024: a booktabs longtable (no vertical rules, no rules between
rows; \\toprule, \\midrule under the header, \\bottomrule at the end), over two pages with
the header repeated."""

from h19kit import Col, Doc

COLS = [
    Col("Process", "process", "p{2.2cm}"),
    Col("Risk", "risk", "p{3.5cm}"),
    Col("Riskvärde", "risk_value", "p{1.15cm}"),
    Col("Kontrollmoment", "controls", "p{3.2cm}"),
    Col("Följer plan", "follows_plan", "p{1.15cm}"),
    Col("Kommentar", "comment", "p{3.9cm}"),
]

ROWS = [
    dict(process="Elevhälsa",
         risk="Risk att elevhälsans journaler i IT-stödet inte förs enligt patientdatalagen, "
              "så att uppgifter om elevernas hälso- och sjukvård saknas eller blir åtkomliga "
              "för obehöriga.",
         risk_value="12",
         controls="Logguppföljning av behörigheter och stickprov på 30 journaler hos "
                  "skolsköterskor och skolkuratorer.",
         follows_plan="Delvis",
         comment="Loggarna visade fyra öppningar av journaler utan vårdrelation; samtliga har "
                 "utretts och en har anmälts till IMY. I 27 av 30 journaler var anteckningarna "
                 "fullständiga. Rutinen för journalföring revideras senast 2024-10-31."),
    dict(process="Skolplikt och frånvaro",
         risk="Risk att elever med hög frånvaro inte uppmärksammas i tid, så att "
              "frånvaroutredning enligt skollagen inte inleds och eleven inte får det stöd "
              "som behövs.",
         risk_value="12",
         controls="Genomgång av frånvarostatistiken i lärplattformen för samtliga elever med "
                  "mer än 15 procents frånvaro under vårterminen.",
         follows_plan="Ja",
         comment="Av 143 elever med hög frånvaro hade 139 en påbörjad utredning. För de fyra "
                 "övriga har rektor inlett utredning i augusti. Samtliga utredningar "
                 "dokumenteras nu i den nya e-tjänsten."),
    dict(process="Särskilt stöd",
         risk="Risk att beslut om åtgärdsprogram inte fattas eller inte följs upp, vilket kan "
              "leda till att elever i behov av särskilt stöd inte når kunskapskraven.",
         risk_value="9",
         controls="Stickprov på 40 åtgärdsprogram vid sex skolor: beslutsdatum, delgivning "
                  "till vårdnadshavare och uppföljning.",
         follows_plan="Delvis",
         comment="Åtgärdsprogram fanns för 38 av 40 elever, men uppföljningen var "
                 "dokumenterad för endast 29. Skolledarna har fått en checklista och "
                 "kontrollen upprepas under höstterminen."),
    dict(process="Skolskjuts",
         risk="Risk att skolskjutsarna inte utförs enligt avtal, så att elever får för långa "
              "väntetider eller blir kvar vid hållplatsen.",
         risk_value="9",
         controls="Jämförelse mellan trafikföretagens körjournaler och beställda turer under "
                  "två veckor i mars samt genomgång av avvikelserapporterna.",
         follows_plan="Ja",
         comment="Körjournalerna stämde med beställningarna. Nio avvikelser rapporterades "
                 "under perioden, samtliga om förseningar vid vinterväglag, och de har "
                 "hanterats tillsammans med entreprenören."),
    dict(process="Inköp av läromedel",
         risk="Risk att läromedel och digitala licenser köps in utanför de upphandlade "
              "ramavtalen, vilket strider mot lagen om offentlig upphandling.",
         risk_value="9",
         controls="Stickprov på 60 leverantörsfakturor från skolornas läromedelskonton under "
                  "januari–juni.",
         follows_plan="Nej",
         comment="Tolv fakturor, sammanlagt 184 600 kronor, avsåg inköp utanför avtal. "
                 "Skolorna har informerats och inköpsrutinen kompletteras med ett krav på "
                 "beställarbehörighet i e-handelssystemet."),
    dict(process="Lärarbehörighet",
         risk="Risk att lärare undervisar utan legitimation och behörighet i ämnet, så att "
              "betyg sätts felaktigt.",
         risk_value="16",
         controls="Avstämning av Skolverkets lärarlegitimationsregister mot "
                  "tjänstefördelningen för läsåret 2023/24.",
         follows_plan="Delvis",
         comment="Vid tre skolor undervisade 17 lärare utan behörighet i minst ett ämne. "
                 "Betygen har satts tillsammans med legitimerad lärare enligt skollagen, men "
                 "dokumentationen saknades i fem fall."),
    dict(process="Skolmåltider",
         risk="Risk att specialkost serveras felaktigt till elever med allergi, med risk för "
              "allvarliga allergiska reaktioner.",
         risk_value="12",
         controls="Kontroll av specialkostlistor mot läkarintyg och oanmälda besök i fyra "
                  "tillagningskök.",
         follows_plan="Ja",
         comment="Listorna stämde med intygen i samtliga kök. Kökspersonalen har genomgått "
                 "utbildning i allergikost under våren."),
    dict(process="Informationssäkerhet",
         risk="Risk att personuppgifter om elever sprids genom att lärare använder appar och "
              "molntjänster som inte har godkänts av förvaltningen.",
         risk_value="9",
         controls="Genomgång av installerade appar på 120 lärplattor och inventering av "
                  "personuppgiftsbiträdesavtal.",
         follows_plan="Delvis",
         comment="Sju appar saknade personuppgiftsbiträdesavtal och har tagits bort. En "
                 "förteckning över godkända appar publiceras på intranätet senast "
                 "2025-01-31."),
]

skn2024 = Doc(
    name="skn2024_booktabs_no_vertical_rules",
    style="booktabs",
    font="lmodern",
    organ="Skolnämnden",
    title="Internkontroll 2024. Uppföljning efter tertial 2",
    subtitle="Tjänsteskrivelse till Skolnämndens sammanträde den 24 september 2024. "
             "Dnr SKN 2024/311",
    year=2024,
    period="tertial",
    inventoried=21,
    critical=8,
    footer="Skolnämnden – uppföljning av internkontrollplan 2024, tertial 2",
    before=[
        ("h", "Bakgrund"),
        ("p", "Skolnämnden ansvarar enligt kommunallagen för att den interna kontrollen inom "
              "grundskolan, grundsärskolan och fritidshemmen är tillräcklig. Nämnden antog "
              "internkontrollplanen för 2024 i december 2023, och förvaltningen redovisar "
              "uppföljningen efter varje tertial."),
        ("h", "Riskanalys"),
        ("p", "I nämndens riskanalys för 2024 bedömdes 21 risker. Åtta av dem fick ett "
              "riskvärde på 9 eller högre och ingår i internkontrollplanen; de övriga 13 "
              "hanteras i den löpande verksamheten. Riskvärdet är produkten av sannolikhet "
              "och konsekvens, båda på en skala från 1 till 4."),
        ("h", "Resultat per kontrollmoment"),
        ("p", "Tabellen visar för varje risk vilket kontrollmoment som har genomförts under "
              "januari–augusti, om kontrollen har följt planen och vad den har visat."),
    ],
    after=[
        ("h", "Samlad bedömning"),
        ("p", "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
              "Bristerna vid inköp av läromedel och i dokumentationen av lärarbehörighet "
              "åtgärdas under hösten, och resultatet redovisas i helårsuppföljningen."),
    ],
    cols=COLS,
    rows=ROWS,
    made="pdflatex: article 10pt, lmodern, booktabs longtable",
)
