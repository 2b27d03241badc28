"""Holdout4 document E: Trafiknämnden, horizontal rules only, header text turned 90° in the
Sannolikhet / Konsekvens / Riskvärde columns, sub-risks numbered "2.1" / "2.2" / "2.3" in a Nr
column under a process cell spanning three rows, section rows (one of them the first row under
the repeated header on page 2), bold lead-ins in the comments and an empty comment cell."""

from holdout_model import SECTION, Col, Doc, P, Page, Table

TFN_ROWS = [
    {SECTION: "Myndighetsutövning och tillstånd"},
    {
        "nr": "1",
        "process": "Parkeringstillstånd för rörelsehindrade",
        "risk": "Risk att parkeringstillstånd beviljas utan läkarintyg eller att tillstånd "
        "förlängs utan ny prövning, så att tillstånd används av personer som inte har "
        "rätt till dem.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Stickprov på 20 beviljade tillstånd per halvår mot ansökan, läkarintyg "
        "och beslut i e-tjänsten.",
        "follows": "Ja",
        "comment": "**Resultat:** Alla 40 granskade tillstånd hade läkarintyg och ett "
        "motiverat beslut. Handläggningstiden var i genomsnitt nio dagar.",
    },
    {
        "_span": {"process": 3},
        "nr": "2.1",
        "process": "Tillstånd för användning av offentlig plats",
        "risk": "Risk att markupplåtelser för uteserveringar och byggetableringar "
        "debiteras fel eller inte alls.",
        "s": "4", "k": "2", "r": "8",
        "controls": "Avstämning av polisens tillståndsbeslut mot kommunens fakturering per "
        "kvartal.",
        "follows": "Delvis",
        "comment": "**Resultat:** Sex av 148 upplåtelser hade inte fakturerats. "
        "**Åtgärd:** Fakturorna har skickats och rutinen kompletterats med en "
        "kontrollista.",
    },
    {
        "nr": "2.2",
        "risk": "Risk att trafikanordningsplaner för arbete på väg godkänns utan att "
        "entreprenören har behörig personal på plats.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Platsbesök vid tio arbeten på väg per tertial och kontroll av "
        "utbildningsbevis.",
        "follows": "Ja",
        "comment": "**Resultat:** Vid två av trettio besök saknades personal med giltigt "
        "utbildningsbevis; arbetena stoppades tills behörig personal fanns på plats.",
    },
    {
        "nr": "2.3",
        "risk": "Risk att tillfälliga trafikföreskrifter inte kungörs i tid i "
        "Rikets trafikföreskrifter.",
        "s": "2", "k": "3", "r": "6",
        "controls": "Jämförelse av beslutade och kungjorda föreskrifter varje månad.",
        "follows": "Ja",
        "comment": None,
    },
    {
        "nr": "3",
        "process": "Parkeringsövervakning",
        "risk": "Risk att kontrollavgifter för felparkering makuleras utan giltigt skäl, eller "
        "att inbetalda avgifter inte stäms av mot de avgifter som har utfärdats.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Genomgång av samtliga makulerade kontrollavgifter per månad och "
        "avstämning mot redovisningen från parkeringsbolaget.",
        "follows": "Ja",
        "comment": "**Resultat:** 212 avgifter har makulerats, de flesta efter en begäran om "
        "omprövning där föraren hade ett giltigt parkeringstillstånd. Två makuleringar "
        "saknade motivering och har utretts av enhetschefen.",
    },
    {SECTION: "Drift och underhåll"},
    {
        "nr": "4",
        "process": "Vinterväghållning",
        "risk": "Risk att entreprenörerna inte plogar och halkbekämpar gång- och cykelvägar "
        "inom avtalad tid, vilket kan leda till fallolyckor och skadeståndskrav.",
        "s": "3", "k": "4", "r": "12",
        "controls": "GPS-loggar från fordonen jämförs med utlarmningstider vid minst fem "
        "snötillfällen per säsong.",
        "follows": "Ja",
        "comment": "**Resultat:** Vid sju snötillfällen var 94 procent av gång- och "
        "cykelvägarna åtgärdade inom avtalad tid. Vite har tagits ut vid ett tillfälle.",
    },
    {
        "nr": "5",
        "process": "Trafiksignaler och belysning",
        "risk": "Risk att fel på trafiksignaler och gatubelysning inte åtgärdas inom "
        "avtalad tid, så att trafiksäkerheten försämras.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Uttag ur felanmälningssystemet över ärenden som har varit öppna längre "
        "än avtalad åtgärdstid.",
        "follows": "Nej",
        "comment": "**Resultat:** 61 ärenden överskred åtgärdstiden, främst i "
        "ytterområdena. __Orsak:__ brist på reservdelar under våren. Frågan tas upp i "
        "avtalsuppföljningen med entreprenören.",
    },
]


def tfn2024() -> Doc:
    t = Table(
        "Internkontroll", [
            Col("nr", "Nr", 0.8, None, "left"),
            Col("process", "Process", 2.2, "process", "left"),
            Col("risk", "Risk", 3.4, "risk"),
            Col("s", "Sannolikhet", 0.7, "probability", "center", rotate=True),
            Col("k", "Konsekvens", 0.7, "consequence", "center", rotate=True),
            Col("r", "Riskvärde", 0.7, "risk_value", "center", rotate=True),
            Col("controls", "Kontrollmoment", 3.2, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 4.9, "comment"),
        ], TFN_ROWS,
        rule="0.75pt solid #404040", rules="horizontal", header_fill="#d9d9d9", size=8,
        section_fill="#ededed", header_valign="bottom", margin_top=0.6,
    )
    title = "Trafiknämnden – uppföljning av internkontrollplan 2024 (helår)"
    blocks = [
        P(title, "Title"),
        P("Dnr TRN 2025/14 · Handläggare: controller, stadsbyggnadsförvaltningen", "Sub"),
        P("Bakgrund", "H2"),
        P("Trafiknämnden ansvarar för gator, vägar, torg, parkering och trafiksäkerhet i "
          "kommunen samt för tillstånd och föreskrifter enligt trafikförordningen. "
          "Nämndens internkontrollplan för 2024 antogs den 25 januari 2024, § 9, efter en "
          "risk- och väsentlighetsanalys som förvaltningen gjorde tillsammans med "
          "nämndens presidium hösten 2023."),
        P("Kontrollerna har genomförts av handläggare och controller på "
          "stadsbyggnadsförvaltningen. Där kontrollen gäller entreprenörernas arbete har "
          "uppgifterna hämtats från entreprenörernas egna system och stämts av mot kommunens "
          "avtal, beställningar och fakturor. Resultaten har gåtts igenom med nämndens "
          "presidium den 14 januari 2025."),
        P("Under 2024 har nämnden också fått två rapporter från kommunens revisorer som "
          "berör internkontrollen: en granskning av upphandlingen av driftentreprenaden för "
          "gator och parker och en granskning av handläggningen av parkeringstillstånd. "
          "Revisorernas rekommendationer om dokumentation av beslut och om uppföljning av "
          "entreprenörernas egenkontroller har beaktats i planen för 2025. Kontrollmomenten "
          "för vinterväghållningen har dessutom ändrats så att de följer den nya "
          "driftentreprenaden, som gäller från den 1 oktober 2024."),
        P("Förvaltningen har i år också gått igenom hur avvikelser som upptäcks vid "
          "kontrollerna rapporteras vidare. Avvikelser som rör entreprenörerna tas upp på "
          "de månatliga byggmötena och dokumenteras i protokollen därifrån."),
        P("I analysen togs 13 risker fram. Sex av dem klassades som kritiska och har fått "
          "egna kontrollmoment; en sjunde risk med lägre riskvärde, kungörelsen av "
          "tillfälliga trafikföreskrifter, ingår i planen på nämndens begäran. Riskvärdet "
          "är produkten av sannolikhet och konsekvens, båda bedömda från 1 till 4."),
        P("Resultatet av kontrollerna redovisas per område i tabellen nedan. Kontroller "
          "som hör till samma process har numrerats med underpunkter."),
        P("Kontroller och resultat", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Den interna kontrollen bedöms vara god inom myndighetsutövningen. Inom drift och "
          "underhåll behöver uppföljningen av entreprenörernas åtgärdstider förbättras, och "
          "kontrollen förs därför över till planen för 2025."),
    ]
    return Doc(
        "tfn2024_rotated_headers_sections_horizontal_rules", blocks, Page(left=1.5, right=1.5),
        font="Liberation Sans", body_size=10, cell_size=8,
        footer="Trafiknämnden · Internkontroll 2024 · sida {page} ({pages})",
        organ="Trafiknämnden", year=2024, period="helår", title=title,
        risks_inventoried=13, risks_critical=6,
    )
