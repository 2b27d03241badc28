"""scan2 document A: Gatu- och samhällsmiljönämnden, helår 2024, A4 portrait, a ruled
eight-column risk table; scanned at 200 dpi with strong JPEG compression."""

from holdout_model import Col, Doc, P, Page, Table

GSN_ROWS = [
    {"process": "Vinterväghållning",
     "risk": "Risk att entreprenören inte plogar och halkbekämpar inom de tider som avtalet "
             "anger, så att framkomligheten på gång- och cykelvägar brister.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Stickprov på 20 utryckningar i entreprenörens GPS-loggar jämförda med "
                 "utlösande snödjup och avtalade åtgärdstider.",
     "follows": "Delvis",
     "comment": "I 16 av 20 utryckningar hölls åtgärdstiden. Vid fyra tillfällen i januari "
                "var förseningen mer än två timmar. Vite har tagits ut vid ett tillfälle."},
    {"process": "Upplåtelse av offentlig plats",
     "risk": "Risk att avgifter för upplåtelse av offentlig plats inte debiteras eller "
             "debiteras med fel belopp enligt taxan.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Avstämning av 40 beviljade tillstånd mot kundfakturor i ekonomisystemet.",
     "follows": "Ja",
     "comment": "Samtliga 40 tillstånd var fakturerade med rätt belopp enligt taxan."},
    {"process": "Ramavtal för beläggning",
     "risk": "Risk att beställningar görs utanför ramavtalet för asfaltsbeläggning eller att "
             "avropade mängder inte kontrolleras mot fakturan.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Genomgång av samtliga fakturor från beläggningsentreprenören över 200 000 "
                 "kronor jämförda med avrop och mängdförteckning.",
     "follows": "Nej",
     "comment": "För sju av 18 fakturor saknades underlag för uppmätta mängder. "
                "Förvaltningen inför en ny rutin för mängdkontroll från och med mars 2025."},
    {"process": "Trafiksäkerhet",
     "risk": "Risk att tillfälliga trafikanordningsplaner vid vägarbeten inte granskas "
             "innan arbetet påbörjas, vilket kan leda till olyckor.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll av 25 vägarbetsplatser och att en godkänd trafikanordningsplan "
                 "fanns innan arbetet startade.",
     "follows": "Ja",
     "comment": "En godkänd plan fanns för alla 25 arbetsplatser. Två platser fick påpekanden "
                "om bristande skyltning vid inspektionen."},
    {"process": "Parkeringsövervakning",
     "risk": "Risk att kontrollavgifter makuleras utan dokumenterat skäl eller av personer "
             "som saknar behörighet.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Uttag av samtliga makulerade kontrollavgifter under andra halvåret och "
                 "granskning av skäl och behörighet.",
     "follows": "Ja",
     "comment": "Av 214 makuleringar hade alla ett dokumenterat skäl och var gjorda av "
                "behörig handläggare."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i felanmälningar från medborgare sparas längre än "
             "vad informationshanteringsplanen medger.",
     "s": "3", "k": "2", "value": "6",
     "controls": "Kontroll av gallringen i felanmälningssystemet för ärenden äldre än två år.",
     "follows": "Delvis",
     "comment": "Gallring hade inte gjorts sedan 2022. Cirka 3 100 ärenden gallrades i "
                "november efter kontrollen."},
    {"process": "Bidrag till enskilda vägar",
     "risk": "Risk att driftbidrag betalas ut till vägföreningar som inte uppfyller "
             "villkoren i nämndens riktlinjer.",
     "s": "2", "k": "2", "value": "4",
     "controls": "Stickprov på tio vägföreningar där ansökan, årsredovisning och "
                 "väglängd jämförs med utbetalt bidrag.",
     "follows": "Ja",
     "comment": "Alla tio föreningar uppfyllde villkoren. Bidragen var rätt beräknade."},
]


def gsn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("s", "Sannolikhet", 1.3, "probability", align="center"),
        Col("k", "Konsekvens", 1.3, "consequence", align="center"),
        Col("value", "Riskvärde", 1.2, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.2, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.2, "comment"),
    ]
    table = Table("Internkontroll", cols, GSN_ROWS, rule="0.5pt solid #000000",
                  header_fill="#e7e6e6", size=8.5, font="Liberation Sans", pad=0.1,
                  keep_rows=True, margin_top=0.15)
    blocks = [
        P("Gatu- och samhällsmiljönämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024 – helår", "Title"),
        P("Nämnden ska enligt kommunstyrelsens riktlinjer för intern kontroll följa upp sin "
          "internkontrollplan och rapportera resultatet till kommunstyrelsen i samband med "
          "årsbokslutet. Planen för 2024 antogs av nämnden den 29 november 2023."),
        P("I riskanalysen identifierades 21 risker, varav sju ingår i planen med ett "
          "kontrollmoment. Sannolikhet och konsekvens bedöms på en skala från 1 till 4."),
        table,
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Kontrollen "
          "av fakturor för beläggning och gallringen av felanmälningar ska följas upp i "
          "planen för 2025."),
    ]
    return Doc(
        name="gsn2024_scan_200dpi",
        blocks=blocks,
        page=Page(top=2.0, bottom=1.8, left=1.6, right=1.6),
        font="Liberation Sans",
        body_size=10.0,
        cell_size=8.5,
        footer="Gatu- och samhällsmiljönämnden | Internkontroll 2024 | sida {page} av {pages}",
        organ="Gatu- och samhällsmiljönämnden",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024 – helår",
        risks_inventoried=21,
        risks_critical=7,
    )
