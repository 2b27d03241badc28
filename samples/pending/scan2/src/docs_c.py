"""scan2 document C: Medborgarnämnden, helår 2025, A4 portrait, a risk table without rules
whose header row is shaded mid grey and whose body rows are zebra-shaded light grey (every
second row), scanned."""

from holdout_model import Col, Doc, P, Page, Table

MBN_ROWS = [
    {"process": "Bibliotek",
     "risk": "Risk att kontantkassan för avgifter och försäljning på biblioteken inte "
             "stäms av dagligen, så att differenser inte upptäcks.",
     "s": "2", "k": "2", "value": "4",
     "controls": "Oanmäld kassakontroll på tre bibliotek och genomgång av "
                 "dagsavstämningarna för oktober.",
     "follows": "Ja",
     "comment": "Kassorna stämde. Dagsavstämningar fanns för alla öppetdagar."},
    {"process": "Föreningsbidrag",
     "risk": "Risk att aktivitetsbidrag betalas ut på grundval av felaktigt redovisade "
             "deltagare och sammankomster.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Stickprov på 15 föreningar där närvarolistor begärs in och jämförs med "
                 "ansökan om aktivitetsbidrag.",
     "follows": "Delvis",
     "comment": "Två föreningar kunde inte visa närvarolistor för sammanlagt 140 "
                "sammankomster. Bidraget återkrävs."},
    {"process": "Lokalbokning",
     "risk": "Risk att uthyrning av idrottshallar och samlingslokaler inte faktureras när "
             "bokningen ändras eller avbokas för sent.",
     "s": "3", "k": "2", "value": "6",
     "controls": "Avstämning av bokningssystemet mot utställda fakturor för september.",
     "follows": "Ja",
     "comment": "Alla 318 bokningar var fakturerade enligt taxan."},
    {"process": "Medborgarkontor",
     "risk": "Risk att medborgare får felaktig vägledning om ansökan om försörjningsstöd "
             "och bostadsbidrag vid medborgarkontoren.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Fem anonyma testbesök (mystery shopping) med förberedda frågor.",
     "follows": "Ja",
     "comment": "Vägledningen var korrekt vid alla fem besök."},
    {"process": "Upphandling",
     "risk": "Risk att evenemangstjänster som scen, ljud och säkerhet köps utan "
             "konkurrensutsättning över direktupphandlingsgränsen.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Uttag av leverantörer med inköp över 150 000 kronor och kontroll av avtal "
                 "eller dokumenterad direktupphandling.",
     "follows": "Nej",
     "comment": "Inköp för 612 000 kronor till sommarens stadsfest gjordes utan avtal. "
                "Ramavtal upphandlas inför 2026."},
    {"process": "Bisysslor",
     "risk": "Risk att anställda har bisysslor som är förtroendeskadliga eller inte är "
             "anmälda till arbetsgivaren.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Kontroll att samtliga chefer har tagit upp bisysslor vid "
                 "medarbetarsamtalet och dokumenterat svaret.",
     "follows": "Delvis",
     "comment": "Dokumentation fanns för 84 procent av medarbetarna. Påminnelse är skickad "
                "till cheferna."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att personal vid fritidsgårdarna utsätts för hot och våld utan att "
             "händelserna anmäls och följs upp.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Intervjuer med personal på fyra fritidsgårdar jämförda med anmälningarna i "
                 "systemet för tillbud och arbetsskador.",
     "follows": "Delvis",
     "comment": "Händelser som personalen berättade om var inte alltid anmälda. Utbildning "
                "om anmälan ges i januari 2026."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i föreningsregistret lämnas ut eller används utan "
             "rättslig grund.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Genomgång av registerförteckningen och behörigheterna till "
                 "föreningsregistret.",
     "follows": "Ja",
     "comment": "Registerförteckningen var aktuell och endast sex handläggare hade "
                "behörighet."},
]


def mbn2025() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.9, "risk", align="left"),
        Col("s", "S", 0.8, "probability", align="center"),
        Col("k", "K", 0.8, "consequence", align="center"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.6, "controls", align="left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="center"),
        Col("comment", "Kommentar", 3.7, "comment", align="left"),
    ]
    table = Table("Internkontroll", cols, MBN_ROWS, rule="0.5pt solid #000000",
                  rules="none", header_fill="#a6a6a6", zebra="#e7e7e7", size=9.0,
                  font="Liberation Sans", pad=0.12, keep_rows=True, margin_top=0.2)
    blocks = [
        P("Medborgarnämnden", "Sub"),
        P("Uppföljning av intern kontroll 2025, helår", "Title"),
        P("Medborgarnämnden ansvarar för bibliotek, föreningsstöd, medborgarkontor och "
          "fritidsgårdar. Nämndens internkontrollplan för 2025 bygger på en riskanalys där 23 "
          "risker identifierades, varav åtta bedöms som kritiska och har fått ett "
          "kontrollmoment."),
        P("S står för sannolikhet och K för konsekvens, bedömda från 1 till 4. Riskvärdet är "
          "produkten av dem."),
        table,
        P("Nämnden bedömer att den interna kontrollen behöver stärkas när det gäller "
          "upphandling av evenemangstjänster och kontrollen av föreningsbidrag."),
    ]
    return Doc(
        name="mbn2025_scan_grey_header_zebra",
        blocks=blocks,
        page=Page(top=2.2, bottom=2.2, left=1.5, right=1.5),
        font="DejaVu Serif",
        body_size=10.0,
        cell_size=9.0,
        footer="Medborgarnämnden · Uppföljning av intern kontroll 2025 · {page}",
        organ="Medborgarnämnden",
        year=2025,
        period="helår",
        title="Uppföljning av intern kontroll 2025, helår",
        risks_inventoried=23,
        risks_critical=8,
    )
