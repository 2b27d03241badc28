"""scan3 document B: Folkhälsonämnden, delår 2023: a portrait tjänsteskrivelse (page 1) and a
landscape appendix with the risk table (page 2 on), whose processes are group rows across the
table (no process column); the landscape page was fed into the scanner in portrait, so its
image is turned a quarter and OCR sets it upright with /Rotate."""

from holdout_model import SECTION, Col, Doc, P, Page, Table

ROWS = [
    {SECTION: "Tillstånd och tillsyn"},
    {"risk": "Risk att serveringstillstånd beviljas utan fullständig vandels- och "
             "lämplighetsprövning.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Stickprov på tio av periodens 27 beslut om serveringstillstånd: finns "
                 "yttranden från polisen och Skatteverket?",
     "owner": "Enhetschef tillstånd", "follows": "Ja",
     "comment": "Alla tio ärenden hade kompletta yttranden.", "action": None},
    {"risk": "Risk att planerade tillsynsbesök hos serveringsställen och tobakshandlare inte "
             "genomförs.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Genomförda besök januari–augusti jämförda med tillsynsplanen.",
     "owner": "Alkoholhandläggare", "follows": "Delvis",
     "comment": "61 av 88 planerade besök var genomförda den 31 augusti, främst på grund av "
                "vakanser under våren.",
     "action": "Extra tillsyn kvällstid i oktober och november."},
    {"risk": "Risk att tillsynsavgifter inte debiteras eller debiteras med fel belopp.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Avstämning av debiterade avgifter mot registret över tillstånd.",
     "owner": "Controller", "follows": "Ja",
     "comment": "Debiteringen stämde mot registret.", "action": None},
    {SECTION: "Bidrag"},
    {"risk": "Risk att bidrag till föreningarnas drogförebyggande arbete betalas ut utan att "
             "villkoren är uppfyllda.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Granskning av redovisningarna från de sju föreningar som fick bidrag 2022.",
     "owner": "Folkhälsostrateg", "follows": "Nej",
     "comment": "Tre föreningar hade inte lämnat någon redovisning.",
     "action": "Bidrag för 2024 betalas ut först när redovisningen har kommit in."},
    {"risk": "Risk att samma verksamhet får bidrag från flera nämnder (dubbelfinansiering).",
     "s": "2", "k": "3", "value": "6",
     "controls": "Samkörning av bidragsmottagarna med kultur- och fritidsnämndens register.",
     "owner": "Folkhälsostrateg", "follows": "Ja",
     "comment": "Ingen dubbelfinansiering hittades.", "action": None},
    {SECTION: "Personal och arbetsmiljö"},
    {"risk": "Risk att hot mot tillsynshandläggare inte rapporteras och att riskbedömning "
             "för tillsyn kvällstid saknas.",
     "s": "3", "k": "4", "value": "12",
     "controls": "Genomgång av tillbudsrapporter och riskbedömningar för tillsyn kvällstid.",
     "owner": "Avdelningschef", "follows": "Delvis",
     "comment": "Riskbedömning fanns, men två hotfulla händelser i maj var inte rapporterade.",
     "action": "Rapporteringsrutinen gås igenom på arbetsplatsträffen i september."},
    {"risk": "Risk att bisysslor som kan påverka förtroendet för myndighetsutövningen inte "
             "anmäls.",
     "s": "2", "k": "3", "value": "6",
     "controls": "Kontroll att alla handläggare har lämnat uppgift om bisysslor för 2023.",
     "owner": "Enhetschef tillstånd", "follows": "Ja",
     "comment": "Uppgift fanns för alla nio handläggare.", "action": None},
    {SECTION: "Informationssäkerhet"},
    {"risk": "Risk att personer som slutat har kvar behörighet till tillståndsregistret.",
     "s": "3", "k": "3", "value": "9",
     "controls": "Behörighetslistan jämförd med personalförteckningen.",
     "owner": "Systemförvaltare", "follows": "Delvis",
     "comment": "Två konton för vikarier som slutat var fortfarande aktiva.",
     "action": "Kontona är stängda. Kontrollen görs varje kvartal."},
    {"risk": "Risk att känsliga uppgifter i tillståndsärenden skickas med okrypterad e-post.",
     "s": "2", "k": "4", "value": "8",
     "controls": "Stickprov på utgående e-post från funktionsbrevlådan under en vecka.",
     "owner": "Systemförvaltare", "follows": "Ja",
     "comment": "Inga känsliga uppgifter hade skickats okrypterat.", "action": None},
]


def fhn2023() -> Doc:
    cols = [
        Col("risk", "Risk", 5.0, "risk"),
        Col("s", "Sannolikhet", 1.6, "probability", align="center"),
        Col("k", "Konsekvens", 1.6, "consequence", align="center"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 4.4, "controls"),
        Col("owner", "Ansvarig", 2.4, None, align="left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", align="center"),
        Col("comment", "Kommentar", 5.2, "comment"),
        Col("action", "Åtgärd", 3.6, "handling"),
    ]
    table = Table("Bilaga 1", cols, ROWS, rule="0.5pt solid #7f7f7f", header_fill="#fbd4b4",
                  section_fill="#eeeeee", size=8.5, head_size=8.5, font="Liberation Sans",
                  pad=0.1, keep_rows=True, margin_top=0.2, section_process=True)
    title = "Delårsuppföljning av internkontrollplan 2023"
    blocks = [
        P("Folkhälsonämnden", "Sub"),
        P(title, "Title"),
        P("Tjänsteskrivelse 2023-09-12 · Dnr FHN 2023/144", "Small"),
        P("Sammanfattning", "H2"),
        P("Folkhälsonämnden ansvarar för kommunens folkhälsoarbete, för tillstånd och tillsyn "
          "enligt alkohollagen och lagen om tobak och liknande produkter samt för bidrag till "
          "föreningarnas förebyggande arbete. Nämnden antog internkontrollplanen för 2023 i "
          "december 2022."),
        P("Nämndens riskanalys för 2023 omfattar tjugotre risker. Nio av dem bedöms som "
          "kritiska, med ett riskvärde på 6 eller högre, och har fått ett kontrollmoment i "
          "planen. Den här uppföljningen avser perioden januari–augusti 2023; kontrollerna och "
          "resultaten redovisas per process i bilaga 1."),
        P("Fem av de nio kontrollerna visar att rutinerna följs. Avvikelser finns för "
          "tillsynsbesöken, redovisningen av föreningsbidrag, rapporteringen av hot och "
          "behörigheterna till tillståndsregistret. Åtgärder pågår och följs upp i "
          "årsbokslutet."),
        P("Förslag till beslut", "H2"),
        P("Folkhälsonämnden godkänner delårsuppföljningen av internkontrollplanen 2023."),
        P("Folkhälsoförvaltningen", "Left"),
        P("Karin Sundqvist, förvaltningschef", "Left"),
        P("Bilaga 1. Uppföljning av internkontrollplan 2023, januari–augusti", "H2",
          master="Landscape"),
        table,
        P("Sannolikhet och konsekvens bedöms på en skala 1–4; riskvärdet är deras produkt.",
          "Small"),
    ]
    landscape = Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5)
    return Doc(
        name="fhn2023_scan_landscape_appendix_fed_sideways",
        blocks=blocks,
        page=Page(top=2.5, bottom=2.0, left=2.5, right=2.5),
        masters={"Landscape": landscape},
        table_master="Landscape",
        font="Liberation Serif",
        body_size=11.0,
        cell_size=8.5,
        footer="Folkhälsonämnden · Dnr FHN 2023/144 · sida {page} av {pages}",
        organ="Folkhälsonämnden",
        year=2023,
        period="delår",
        title=title,
        risks_inventoried=23,
        risks_critical=9,
    )
