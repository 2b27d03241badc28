"""Holdout4 document B: Grundskolenämnden, header text turned 90° in the narrow Sannolikhet /
Konsekvens / Riskvärde columns, and one risk row taller than a page: its comment runs from
page 1 over the whole of page 2 onto page 3, under the repeated header."""

from holdout_model import Col, Doc, P, Page, Table

SCHOOLS = [
    "Ekbackeskolan F–9: I matematik fick 58 procent av eleverna i årskurs 9 betyget C eller "
    "högre, medan 61 procent nådde provbetyget C. Skillnaden ligger inom det intervall som "
    "förvaltningen har angett som godtagbart. Sambedömningen av de nationella proven gjordes "
    "tillsammans med Norrskolan.",
    "Norrskolan 7–9: Betygen i svenska låg i nivå med provbetygen. I engelska var andelen med "
    "betyget A eller B elva procentenheter högre än på proven. Rektor har gått igenom "
    "bedömningsunderlagen med de tre lärarna och funnit att underlagen var fullständiga men "
    "att två elever hade fått ett högre betyg än underlaget stöder.",
    "Tallbackaskolan F–6: Skolan sätter betyg i årskurs 6. Provbetygen och terminsbetygen i "
    "matematik stämde överens för 88 procent av eleverna. Skolan har infört gemensamma "
    "matriser för bedömning i de praktiska och estetiska ämnena.",
    "Sjöviksskolan F–9: Avvikelsen i matematik var större än godtagbart, 14 procentenheter. "
    "Förvaltningen har granskat underlagen för tjugo elever. Bedömningen byggde i flera fall "
    "på ett enda prov, och dokumentationen i lärplattformen var ofullständig. Rektor har tagit "
    "fram en handlingsplan med sambedömning i alla ämnen under läsåret 2024/25.",
    "Ängsskolan 4–9: Inga avvikelser över tio procentenheter. Lärarna i de naturorienterande "
    "ämnena har infört gemensamma bedömningsuppgifter, vilket enligt rektor har gett en mer "
    "likvärdig bedömning mellan klasserna.",
    "Kvarnbyskolan F–6: Resultaten i svenska och svenska som andraspråk följer provbetygen. "
    "Skolan hade under våren två obehöriga lärare i matematik, och betygen i årskurs 6 "
    "sattes därför av en legitimerad lärare från Ängsskolan tillsammans med klassens lärare.",
    "Strandskolan 7–9: Betygen i moderna språk avvek från proven för franska men inte för "
    "spanska och tyska. Skolan har bara en lärare i franska och saknar möjlighet till "
    "sambedömning på skolan. Förvaltningen föreslår ett nätverk för språklärare i kommunen.",
    "Backaskolan F–9: Skolan följde förvaltningens rutin för sambedömning fullt ut. "
    "Avvikelsen i matematik var fyra procentenheter och i engelska två procentenheter. "
    "Skolans arbete lyfts fram som ett gott exempel i rektorsgruppen.",
    "Lindgårdens skola F–3: Skolan sätter inga betyg. Kontrollen har i stället gällt hur "
    "kunskapsbedömningen i årskurs 3 dokumenteras inför övergången till årskurs 4. "
    "Dokumentationen fanns för samtliga elever.",
    "Hagaskolan 4–9: Betygen i idrott och hälsa var betydligt högre än i andra ämnen. "
    "Granskningen visade att bedömningen i flera fall byggde på närvaro och engagemang i "
    "stället för på kunskapskraven. Ämneslärarna har fått handledning av en förstelärare "
    "från Backaskolan.",
    "Vretaskolan F–6: Provbetygen i matematik och terminsbetygen stämde överens för 91 "
    "procent av eleverna. Skolan har bytt lärplattform under året, och en del bedömningar "
    "från hösten 2023 fanns bara på papper. Underlagen har nu skannats in.",
    "Resursskolan Kompassen: Skolan har få elever, och en jämförelse med provbetygen ger inget "
    "meningsfullt mått. Förvaltningen har i stället granskat underlagen för samtliga sju "
    "elever i årskurs 9. Underlagen var fullständiga och betygen var väl motiverade.",
]

GSN_ROWS = [
    {
        "process": "Kränkande behandling",
        "risk": "Risk att anmälningar om kränkande behandling inte utreds skyndsamt eller att "
        "åtgärder inte dokumenteras, vilket kan leda till att eleven inte får det skydd som "
        "skollagen kräver.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Genomgång av samtliga anmälningar i ärendesystemet per termin; kontroll "
        "av att utredningen har påbörjats inom fem dagar.",
        "follows": "Ja",
        "comment": "Under läsåret anmäldes 214 fall till huvudmannen. I 201 fall påbörjades "
        "utredningen inom fem dagar. Anmälningarna görs sedan hösten i en e-tjänst, vilket "
        "ger förvaltningen en samlad bild.",
    },
    {
        "process": "Betygssättning",
        "risk": "Risk att betyg inte sätts likvärdigt mellan kommunens skolor, så att "
        "elevernas möjligheter till vidare studier påverkas.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Jämförelse av terminsbetyg och provbetyg per skola och ämne i årskurs 6 "
        "och 9; granskning av bedömningsunderlag där skillnaden är större än tio "
        "procentenheter.",
        "follows": "Delvis",
        "comment": [
            "Jämförelsen har gjorts för samtliga tolv skolor. Resultatet redovisas per skola "
            "nedan.",
            *SCHOOLS,
            "Sammantaget visar kontrollen att rutinen för sambedömning följs på de flesta "
            "skolor men att små skolor och ämnen med en enda lärare behöver stöd. "
            "Kontrollen fortsätter under 2025 med fokus på moderna språk och idrott och "
            "hälsa.",
        ],
    },
    {
        "process": "Frånvaro och skolplikt",
        "risk": "Risk att elever med hög frånvaro inte uppmärksammas i tid och att "
        "frånvaron inte utreds, så att skolplikten inte fullgörs.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Månatlig lista ur frånvarosystemet över elever med mer än 15 procent "
        "frånvaro; kontroll av att utredning har inletts.",
        "follows": "Ja",
        "comment": "Utredning hade inletts för samtliga 46 elever på listan i maj. "
        "Elevhälsan har tagit fram en gemensam mall för frånvaroutredningar, som finns i "
        "IT-stödet sedan 2024-08-12.",
    },
    {
        "process": "Skolskjuts",
        "risk": "Risk att skolskjuts beviljas utan beslut eller i strid med riktlinjerna, "
        "och att kostnaderna för skolskjuts överskrider budget.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Stickprov på 25 elever med skolskjuts mot beslut i ärendesystemet.",
        "follows": "Ja",
        "comment": "Alla 25 elever hade ett giltigt beslut. Kostnaden för skolskjuts blev "
        "0,4 miljoner kronor lägre än budget.",
    },
    {
        "process": "Digitala lärverktyg",
        "risk": "Risk att personuppgifter om elever behandlas i digitala lärverktyg och "
        "appar utan personuppgiftsbiträdesavtal.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Inventering av lärverktyg som används på skolorna och jämförelse med "
        "förvaltningens register över avtal.",
        "follows": "Nej",
        "comment": "Inventeringen har påbörjats men inte slutförts. Hittills har 37 appar "
        "hittats som saknar avtal. Dataskyddsombudet deltar i arbetet, som ska vara klart "
        "2025-03-31.",
    },
]


def gsn2024() -> Doc:
    t = Table(
        "Internkontrollplan", [
            Col("process", "Process", 2.3, "process", "left"),
            Col("risk", "Risk", 3.3, "risk"),
            Col("s", "Sannolikhet", 0.8, "probability", "center", rotate=True),
            Col("k", "Konsekvens", 0.8, "consequence", "center", rotate=True),
            Col("r", "Riskvärde", 0.8, "risk_value", "center", rotate=True),
            Col("controls", "Kontrollmoment", 3.1, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.0, "comment"),
        ], GSN_ROWS,
        rule="0.5pt solid #000000", header_fill="#fff2cc", size=9,
    )
    title = "Helårsuppföljning av Grundskolenämndens internkontrollplan 2024"
    blocks = [
        P(title, "Title"),
        P("Grundskolenämnden · Dnr GSN 2024/87 · Tjänsteskrivelse 2025-01-14", "Sub"),
        P("Inledning", "H2"),
        P("Grundskolenämnden har det yttersta ansvaret för den interna kontrollen inom "
          "förskoleklass, grundskola och fritidshem. Internkontrollplanen för 2024 antogs "
          "den 13 februari 2024, § 11. Denna uppföljning redovisar resultatet av årets "
          "kontroller till nämnden och till kommunstyrelsen."),
        P("I riskanalysen bedömdes 19 risker. Fem av dem har ett riskvärde på 8 eller mer "
          "och räknas som kritiska; de ingår i planen med egna kontrollmoment och redovisas "
          "i tabellen nedan. Riskvärdet är produkten av sannolikhet och konsekvens, båda "
          "bedömda på en skala från 1 till 4."),
        P("Resultat", "H2"),
        t,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms vara tillräcklig med undantag av hanteringen av "
          "digitala lärverktyg. Kontrollen av personuppgiftsbiträdesavtal och kontrollen av "
          "betygssättningen förs över till planen för 2025."),
    ]
    return Doc(
        "gsn2024_rotated_headers_row_over_three_pages", blocks, Page(left=1.75, right=1.75),
        font="Liberation Serif", body_size=11, cell_size=9,
        footer="Grundskolenämnden | Helårsuppföljning internkontroll 2024 | Sida {page} av "
        "{pages}",
        organ="Grundskolenämnden", year=2024, period="helår", title=title,
        risks_inventoried=19, risks_critical=5,
    )
