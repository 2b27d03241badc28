"""scan5 document B: Spånga-Tensta stadsdelsnämnd, tertial 2 2024, A4 portrait: an ordinary
ruled Word table (Carlito 9.5 pt, header row repeated), sannolikhet, konsekvens and riskvärde
in three columns; the one quirk: **several controls numbered "1." "2." inside one
Kontrollmoment cell** (one paragraph each, in four of nine rows). Scanned grey at **200 dpi**.
"""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Ekonomiskt bistånd",
     "risk": "Risk att ekonomiskt bistånd betalas ut till personer som samtidigt har "
             "inkomster som inte har redovisats.",
     "s": "3", "k": "4", "value": "12",
     "controls": ["1. Stickprov på 20 akter där utbetalt bistånd jämförs med uppgifter från "
                  "Försäkringskassan och Skatteverket.",
                  "2. Kontroll av att kvittens finns för alla akuta utbetalningar."],
     "follows": "Delvis",
     "comment": "I två av 20 akter saknades kontroll av inkomstuppgifter. Kvittens fanns för "
                "samtliga akuta utbetalningar."},
    {"process": "Hemtjänst",
     "risk": "Risk att utförare inom valfrihetssystemet får ersättning för fler timmar än "
             "den enskilde har beviljats.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Jämförelse av utförarnas tidsrapporter med beviljade timmar för tio "
                 "brukare.",
     "follows": "Ja",
     "comment": "Rapporterad tid låg inom beviljade timmar för alla tio brukare."},
    {"process": "Förskola",
     "risk": "Risk att avgiften för förskola debiteras på en felaktig eller inaktuell "
             "inkomstuppgift.",
     "s": "3", "k": "3", "value": "9",
     "controls": ["1. Stickprov på 25 avgiftsbeslut.",
                  "2. Jämförelse av anmälda inkomster med den årliga inkomstkontrollen."],
     "follows": "Delvis",
     "comment": "Tre hushåll hade för låg inkomst registrerad. Avgifterna har justerats och "
                "mellanskillnaden fakturerats."},
    {"process": "Lokalt föreningsbidrag",
     "risk": "Risk att bidrag beviljas föreningar som inte uppfyller villkoren i stadens "
             "riktlinjer.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Granskning av ansökningar och årsredovisningar för samtliga föreningar som "
                 "fått bidrag under året.",
     "follows": "Nej",
     "comment": "Fyra av 17 föreningar saknade godkänd årsredovisning. Utbetalningen till dem "
                "har stoppats."},
    {"process": "Kontanthantering",
     "risk": "Risk att kontanter från kiosk- och caféförsäljning på fritidsgårdarna "
             "försvinner.",
     "s": "4", "k": "3", "value": "12",
     "controls": ["1. Oanmäld kassainventering två gånger per termin.",
                  "2. Avstämning av kassarapporter mot insättningar på bankkontot."],
     "follows": "Ja",
     "comment": "Kassorna stämde vid alla inventeringar."},
    {"process": "Attest",
     "risk": "Risk att chefer attesterar sina egna utlägg och kostnader för representation.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Uttag ur ekonomisystemet av alla attester där attestant och mottagare är "
                 "samma person.",
     "follows": "Ja",
     "comment": "Inga egna utlägg var attesterade av mottagaren själv."},
    {"process": "Dataskydd",
     "risk": "Risk att bilder och uppgifter om barn i förskolan publiceras utan "
             "vårdnadshavares samtycke.",
     "s": "3", "k": "4", "value": "12",
     "controls": ["1. Genomgång av samtyckesblanketter på fyra förskolor.",
                  "2. Stickprov på inlägg i lärplattformen under augusti."],
     "follows": "Delvis",
     "comment": "Samtycke saknades för två barn vars bilder publicerats. Bilderna har tagits "
                "bort."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att hot och våld mot medarbetare i socialtjänsten inte rapporteras och "
             "därför inte följs upp.",
     "s": "4", "k": "4", "value": "16",
     "controls": "Jämförelse av händelser i journalanteckningar med rapporterade tillbud "
                 "och arbetsskador.",
     "follows": "Ja",
     "comment": "Alla sju händelser var rapporterade och utredda."},
    {"process": "Inköp",
     "risk": "Risk att varor och tjänster köps från leverantörer som stadens avtal inte "
             "omfattar.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Analys av inköp per leverantör januari–augusti mot stadens "
                 "avtalskatalog.",
     "follows": "Nej",
     "comment": "Avtalstroheten var 81 procent. Största avvikelsen gäller inköp av "
                "livsmedel till fritidsverksamheten."},
]


def stsdn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 3.5, "risk"),
        Col("s", "Sannolikhet", 1.3, "probability", align="center"),
        Col("k", "Konsekvens", 1.3, "consequence", align="center"),
        Col("value", "Riskvärde", 1.2, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.7, "controls", align="left"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.1, "comment"),
    ]
    table = Table("Internkontroll", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#e2efd9", size=9.5, head_size=9.5, font="Carlito", pad=0.1,
                  keep_rows=True, margin_top=0.2)
    title = "Tertialrapport 2 2024 – uppföljning av internkontrollplan"
    blocks = [
        P("Spånga-Tensta stadsdelsnämnd", "Sub"),
        P(title, "Title"),
        P("Stadsdelsnämndens internkontrollplan för 2024 antogs den 14 december 2023. Denna "
          "uppföljning avser perioden januari–augusti och redovisas tillsammans med "
          "tertialrapport 2."),
        P("I stadsdelsnämndens riskanalys ingår 24 risker. Nio av dem har ett riskvärde på 9 "
          "eller högre (sannolikhet gånger konsekvens, skala 1–4) och har kontrollmoment i "
          "internkontrollplanen. Kontroller som består av flera delar redovisas numrerade i "
          "kolumnen Kontrollmoment."),
        P("Vid tertial 2 följer fyra kontrollmoment planen, tre följer den delvis och två "
          "följer den inte."),
        table,
        P("Kontrollerna som inte följer planen, lokalt föreningsbidrag och inköp, redovisas "
          "med åtgärder i verksamhetsberättelsen för 2024."),
    ]
    return Doc(
        name="stsdn2024_scan_200dpi_numbered_controls",
        blocks=blocks,
        page=Page(top=2.2, bottom=2.0, left=1.7, right=1.7),
        font="Carlito",
        body_size=11,
        cell_size=9.5,
        footer="Spånga-Tensta stadsdelsnämnd · Tertialrapport 2 2024 · Sida {page} av {pages}",
        organ="Spånga-Tensta stadsdelsnämnd",
        year=2024,
        period="tertial",
        title=title,
        risks_inventoried=24,
        risks_critical=9,
    )
