"""Holdout2 document E: Tekniska nämnden."""

from holdout_model import Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# tn2024: a group header "Uppföljning per 2024-08-31" over Status / Kommentar (to the right),
# dark green header with white text, horizontal rules only with zebra rows, "– " list items in
# controls and comment cells

TN_ROWS = [
    {
        "unit": "Upphandling och avtalstrohet",
        "risk": "Risk att inköp av entreprenader och konsulttjänster görs utan upphandling "
        "eller utanför gällande ramavtal, vilket kan leda till upphandlingsskadeavgift.",
        "value": "12",
        "controls": [
            "Stickprov två gånger per år:",
            "– 20 leverantörsfakturor över 50 000 kronor,",
            "– samtliga direktupphandlingar över 200 000 kronor.",
        ],
        "handling": "Utbildning i lagen om offentlig upphandling för projektledare.",
        "status": "Delvis",
        "comment": [
            "Vårens stickprov är gjort. Två fakturor för konsulttjänster saknade avtal; "
            "avropen har gjorts om via ramavtalet.",
            "Höstens stickprov görs i oktober.",
        ],
    },
    {
        "unit": "Attestering och utbetalningar",
        "risk": "Risk att fakturor attesteras utan att varan eller tjänsten är levererad, "
        "eller av attestant som saknar behörighet enligt attestförteckningen.",
        "value": "9",
        "controls": "Kvartalsvis kontroll av att attestförteckningen i ekonomisystemet stämmer "
        "med nämndens beslut om attestanter.",
        "handling": "Attestförteckningen uppdateras vid varje organisationsförändring.",
        "status": "Ja",
        "comment": "Attestförteckningen stämde med besluten vid båda kontrollerna. En "
        "attestant som bytt tjänst hade kvar sin behörighet i tre veckor.",
    },
    {
        "unit": "Vinterväghållning",
        "risk": "Risk att snöröjning och halkbekämpning inte utförs inom de tider som anges i "
        "entreprenadavtalen, så att gång- och cykelvägar blir otillgängliga.",
        "value": "12",
        "controls": [
            "Uppföljning av entreprenörernas körjournaler:",
            "– utryckningstid efter snöfall,",
            "– tid till färdigplogat per prioritetsklass.",
        ],
        "handling": "Vite enligt avtalet vid upprepade förseningar.",
        "status": "Ja",
        "comment": [
            "Körjournalerna för januari–mars har granskats. Resultat:",
            "– prioritetsklass 1 klarades i tid vid alla elva snöfall,",
            "– prioritetsklass 2 försenades vid tre tillfällen.",
            "Vite har tagits ut vid ett tillfälle.",
        ],
    },
    {
        "unit": "Dricksvatten- och avloppsanläggningar",
        "risk": "Risk att dricksvattnet förorenas på grund av brister i egenkontrollen vid "
        "vattenverken eller att obehöriga tar sig in i anläggningarna.",
        "value": "16",
        "controls": "Månadsvis kontroll av provtagningsresultat och larmloggar; årlig "
        "genomgång av skalskyddet vid de fyra vattenverken.",
        "handling": "Nytt passersystem med personliga kort vid samtliga vattenverk.",
        "status": "Ja",
        "comment": "Inga provsvar överskred gränsvärdena. Genomgången av skalskyddet visade "
        "att passersystemet vid Norrvikens vattenverk saknade loggning; felet åtgärdades i juni.",
    },
    {
        "unit": "Brandskydd i kommunens fastigheter",
        "risk": "Risk att det systematiska brandskyddsarbetet i skolor och äldreboenden inte "
        "dokumenteras eller följs upp, så att brister i brandlarm och utrymningsvägar kvarstår.",
        "value": "12",
        "controls": [
            "Genomgång av brandskyddsdokumentationen i tolv fastigheter:",
            "– egenkontroller av brandlarm,",
            "– protokoll från utrymningsövningar.",
        ],
        "handling": "Fastighetsförvaltarna ansvarar för att egenkontrollerna registreras i "
        "fastighetssystemet.",
        "status": "Nej",
        "comment": "Genomgången har inte gjorts eftersom fastighetssystemet byttes ut under "
        "våren. Den görs i stället under tertial 3 och redovisas i helårsuppföljningen.",
    },
    {
        "unit": "Arbetsmiljö vid gatu- och parkarbeten",
        "risk": "Risk att medarbetare inom gatu- och parkenheten skadas vid arbete på väg "
        "därför att arbete på väg-utbildningen saknas eller att trafikanordningsplaner inte "
        "följs.",
        "value": "12",
        "controls": "Kontroll av utbildningsbevis för samtliga medarbetare och stickprov på "
        "tio arbetsplatser per säsong.",
        "handling": "Skyddsrond på varje arbetsplats innan arbetet påbörjas.",
        "status": "Delvis",
        "comment": [
            "Alla fast anställda har giltig utbildning; fyra säsongsanställda saknade den vid "
            "anställningens början. Stickproven visade att",
            "– åtta av tio arbetsplatser följde planen,",
            "– två saknade föreskriven avstängning.",
        ],
    },
]


def tn2024() -> Doc:
    grp = "Uppföljning per 2024-08-31"
    t = Table(
        "Risker", [
            Col("unit", "Verksamhet", 2.4, "process", "left"),
            Col("risk", "Risk", 3.7, "risk"),
            Col("value", "Riskvärde", 1.4, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.2, "controls", "left"),
            Col("handling", "Planerad hantering", 2.6, "handling", "left"),
            Col("status", "Status", 1.3, "follows_plan", "center", grp),
            Col("comment", "Kommentar", 3.4, "comment", "justify", grp),
        ], TN_ROWS,
        rule="0.75pt solid #375623", rules="horizontal", header_fill="#375623",
        header_color="#ffffff", zebra="#eaf1e4", size=8.5, head_size=8.5,
    )
    title = "Tekniska nämnden – uppföljning av intern kontroll, tertial 2 2024"
    blocks = [
        P(title, "Title"),
        P("Tekniska nämnden ansvarar för gator, parker, vatten och avlopp, kommunens "
          "fastigheter och vinterväghållningen. Nämnden antog internkontrollplanen för 2024 den "
          "31 januari 2024, § 9. Uppföljningen görs per tertial; denna uppföljning avser "
          "perioden 2024-01-01–2024-08-31."),
        P("Nämndens verksamhet har under året präglats av omfattande investeringar i "
          "VA-nätet och av bytet av fastighetssystem. Båda har påverkat möjligheterna att "
          "genomföra kontrollerna enligt plan. Förvaltningen har därför under våren gjort en "
          "särskild genomgång av vilka kontroller som kan behöva skjutas upp, och nämnden "
          "informerades om resultatet vid sammanträdet i maj. Ingen kontroll har strukits ur "
          "planen."),
        P("Riskanalys", "H2"),
        P("Förvaltningen har identifierat 19 risker inom nämndens ansvarsområde. Av dessa har "
          "sex bedömts som kritiska, med ett riskvärde på 9 eller mer på en skala från 1 till "
          "16. De sex kritiska riskerna redovisas i tabellen nedan. Status anger om kontrollen "
          "har genomförts enligt plan (Ja, Delvis eller Nej)."),
        P("Flera av kontrollerna har gjorts av förvaltningens controller tillsammans med "
          "enhetscheferna. Kontrollen av vinterväghållningen omfattar bara vintersäsongen och "
          "är därför redan avslutad för året."),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Kontrollen av brandskyddet har skjutits upp till tertial 3. Övriga kontroller har "
          "genomförts helt eller delvis. Förvaltningen föreslår att nämnden lägger "
          "uppföljningen till handlingarna."),
    ]
    return Doc(
        "tn2024_group_status_dash_lists", blocks, Page(left=1.5, right=1.5, top=1.8),
        font="Liberation Serif", body_size=10.5, cell_size=8.5,
        footer="Tekniska nämnden · tertial 2 2024 · {page} ({pages})",
        organ="Tekniska nämnden", year=2024, period="tertial", title=title,
        risks_inventoried=19, risks_critical=6,
        made="A4 portrait (1.5 cm side margins), Liberation Serif 8.5 pt in the table (10.5 pt "
        "prose), horizontal rules only (0.75 pt #375623, no vertical lines), header rows in "
        "bold white on dark green #375623, every second body row shaded #eaf1e4, footer "
        "\"Tekniska nämnden · tertial 2 2024 · N (M)\". Columns 2.4 / 3.7 / 1.4 / 3.2 / 2.6 / "
        "1.3 / 3.4 cm.",
        tests="**Features 1, 3, 4 in other forms.** A two-level header whose group cell "
        "\"Uppföljning per 2024-08-31\" (with a date) spans the *last* two columns, Status "
        "(follows_plan) and Kommentar; the five other header cells span both header rows. "
        "White-on-dark header over zebra rows with horizontal rules only, so the only "
        "vertical structure is the white gaps and the row shading. \"– \" list items (en dash) "
        "in controls and comment cells, next to en dashes that are text (\"januari–mars\", "
        "\"2024-01-01–2024-08-31\" in the prose). Header wordings Verksamhet (process), "
        "Planerad hantering (handling), Status (follows_plan). Period \"tertial\" from the "
        "title; counts \"19 risker\" / \"sex bedömts som kritiska\". Also \"gång- och "
        "cykelvägar\", \"gatu- och parkenheten\", \"arbete på väg-utbildningen\", "
        "\"Dricksvatten- och avloppsanläggningar\", \"VA-nätet\", \"50 000 kronor\".",
    )
