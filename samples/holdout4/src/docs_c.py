"""Holdout4 document C: Lönenämnden, a five-column portrait table in 10 pt (Risk, Riskvärde,
Kontrollmoment, Följer plan, Kommentar; no process column) with bold lead-ins ("Resultat:",
"Åtgärd:") and italic words inside the cells."""

from holdout_model import Col, Doc, P, Page, Table

LN_ROWS = [
    {
        "risk": "Risk att **felaktiga löner** betalas ut när ändringar i anställningen "
        "registreras för sent i lönesystemet, till exempel vid tjänstledighet eller "
        "ändrad sysselsättningsgrad.",
        "value": "12",
        "controls": "Månatlig kontroll av retroaktiva löneändringar över 5 000 kronor enligt "
        "__Rutin för efterregistrering__.",
        "follows": "Ja",
        "comment": [
            "**Resultat:** 64 retroaktiva ändringar över beloppsgränsen under januari–augusti, "
            "de flesta gällde tjänstledighet som registrerats efter löneutbetalningen.",
            "**Åtgärd:** Cheferna påminns varje månad via e-post fem dagar före "
            "brytdatum.",
        ],
    },
    {
        "risk": "Risk att __en och samma person__ kan registrera, attestera och betala ut "
        "ersättningar, så att oegentligheter inte upptäcks.",
        "value": "12",
        "controls": "Halvårsvis genomgång av behörigheterna i lönesystemet och jämförelse "
        "med attestförteckningen.",
        "follows": "Delvis",
        "comment": [
            "**Resultat:** Fyra lönekonsulter hade behörighet både att registrera och att "
            "attestera utbetalningar. Behörigheterna gavs under semesterperioden 2023 och "
            "togs aldrig bort.",
            "**Åtgärd:** Behörigheterna är borttagna sedan 2024-05-15. IT-avdelningen tar "
            "fram en rapport som varnar för motstridiga roller.",
        ],
    },
    {
        "risk": "Risk att utlägg och reseräkningar ersätts utan kvitto eller utan att "
        "resan har godkänts i förväg av närmaste chef.",
        "value": "9",
        "controls": "Stickprov på 50 reseräkningar och utlägg per tertial i e-tjänsten "
        "__Resa och utlägg__.",
        "follows": "Ja",
        "comment": "**Resultat:** 48 av 50 reseräkningar hade kvitto och förhandsgodkännande. "
        "I två fall saknades kvitto för parkering; beloppen har dragits på nästa lön.",
    },
    {
        "risk": "Risk att anställda som har slutat får lön efter anställningens slut "
        "eftersom avslutet inte har registrerats i tid.",
        "value": "9",
        "controls": "Kontroll varje månad av utbetalningar till personer med ett "
        "registrerat slutdatum den föregående månaden.",
        "follows": "Ja",
        "comment": "**Resultat:** Tre felaktiga utbetalningar på sammanlagt 41 300 kronor. "
        "Återkrav har skickats och två av beloppen är återbetalda. __Observera__ att "
        "kontrollen inte omfattar timavlönade.",
    },
    {
        "risk": "Risk att semesterlöneskuld och okompenserad övertid redovisas felaktigt i "
        "bokslutet, vilket ger en felaktig bild av nämndernas ekonomi.",
        "value": "8",
        "controls": "Avstämning av semesterlöneskulden per förvaltning mot lönesystemets "
        "rapport inför delårs- och årsbokslut.",
        "follows": "Ja",
        "comment": "**Resultat:** Avstämningen per 2024-08-31 visade inga differenser.",
    },
    {
        "risk": "Risk att känsliga personuppgifter i löneärenden, till exempel uppgifter om "
        "sjukdom och löneutmätning, sprids till obehöriga.",
        "value": "8",
        "controls": "Kontroll av loggar för åtkomst till personakter för tio slumpvis "
        "valda anställda per tertial.",
        "follows": "Nej",
        "comment": [
            "**Resultat:** Kontrollen har inte genomförts eftersom loggfunktionen i "
            "lönesystemet inte kunde användas efter uppgraderingen i mars.",
            "**Åtgärd:** Leverantören har åtgärdat felet, och kontrollen görs i oktober.",
        ],
    },
]


def ln2024() -> Doc:
    t = Table(
        "Uppföljning", [
            Col("risk", "Risk", 4.0, "risk"),
            Col("value", "Riskvärde", 1.8, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 4.2, "controls"),
            Col("follows", "Följer plan", 1.6, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.4, "comment"),
        ], LN_ROWS,
        rule="0.75pt solid #1f4e79", header_fill="#deeaf6", size=10, pad=0.12,
    )
    title = "Lönenämndens internkontrollplan 2024 – uppföljning tertial 2"
    blocks = [
        P("Lönenämnden", "Sub"),
        P(title, "Title"),
        P("Ärendet", "H2"),
        P("Lönenämnden är en gemensam nämnd för löneadministrationen i tre kommuner. "
          "Nämnden ansvarar för att lönerna betalas ut korrekt och i rätt tid, och för den "
          "interna kontrollen av löneprocessen. Internkontrollplanen för 2024 antogs den 8 "
          "februari 2024, § 4."),
        P("Riskanalysen resulterade i 16 risker. Av dessa har nämnden valt ut sex som "
          "kritiska. De kritiska riskerna följs upp per tertial, och uppföljningen per "
          "tertial 2 redovisas i tabellen nedan."),
        P("Uppföljning per risk", "H2"),
        t,
        P("Förslag till beslut", "H2"),
        P("Lönenämnden godkänner uppföljningen av internkontrollplanen per tertial 2 2024 "
          "och överlämnar den till kommunstyrelserna i de samverkande kommunerna."),
    ]
    return Doc(
        "ln2024_five_columns_inline_bold", blocks, Page(left=2.0, right=2.0),
        font="Carlito", body_size=11, cell_size=10,
        footer="Lönenämnden · Uppföljning tertial 2 2024 · {page}",
        organ="Lönenämnden", year=2024, period="tertial", title=title,
        risks_inventoried=16, risks_critical=6,
    )
