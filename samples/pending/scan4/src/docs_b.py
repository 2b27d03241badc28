"""scan4 document B: Nämnden för samhällsskydd och beredskap, delår 2025, A4 portrait: a
ruled risk table over two pages with the **header row repeated** on page 2 and a row allowed
to split over the page break (Word's default); the columns in an **unusual order** (the
comment before the control, the action last) and the risk value printed **with its level
word** ("12 (hög)"). Scanned grey at 300 dpi with mild effects, each page with its own skew."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Tillsyn enligt LSO",
     "risk": "Risk att tillsynsbesök enligt lagen om skydd mot olyckor inte genomförs i den "
             "omfattning som tillsynsplanen anger.",
     "value": "12 (hög)",
     "comment": "Per den 31 augusti var 58 av 112 planerade tillsynsbesök genomförda. Två "
                "inspektörer har varit tjänstlediga under våren.",
     "controls": "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per tertial.",
     "follows": "Delvis",
     "action": "Inhyrd inspektör från grannkommunen under hösten."},
    {"process": "Tillstånd brandfarlig vara",
     "risk": "Risk att tillstånd för hantering av brandfarliga varor beviljas utan att "
             "föreståndarens kompetens är prövad.",
     "value": "8 (medel)",
     "comment": "Kompetensprövningen fanns dokumenterad i alla granskade ärenden.",
     "controls": "Stickprov på 15 av periodens tillståndsbeslut.",
     "follows": "Ja",
     "action": None},
    {"process": "Sotning och brandskyddskontroll",
     "risk": "Risk att brandskyddskontroller inte utförs inom de frister som nämnden har "
             "beslutat.",
     "value": "9 (hög)",
     "comment": "Entreprenören låg efter med 240 kontroller i fritidshusområdena. En plan för "
                "att komma ikapp har begärts in.",
     "controls": "Uppföljning av entreprenörens rapport över utförda kontroller mot "
                 "kontrollregistret.",
     "follows": "Nej",
     "action": "Avtalsuppföljning med entreprenören i september."},
    {"process": "Beredskap och övning",
     "risk": "Risk att den kommunala krisledningsorganisationen inte övas enligt "
             "övningsplanen och därför inte kan verka vid en samhällsstörning.",
     "value": "12 (hög)",
     "comment": "Stabsövningen i maj genomfördes med alla funktioner bemannade.",
     "controls": "Kontroll att planerade övningar genomförts och utvärderats.",
     "follows": "Ja",
     "action": None},
    {"process": "Inköp och upphandling",
     "risk": "Risk att skyddsutrustning och förbrukningsmaterial köps utanför ramavtal.",
     "value": "6 (medel)",
     "comment": "Tre inköp av andningsskydd om sammanlagt 96 000 kronor gjordes utanför "
                "avtal i brådskande läge.",
     "controls": "Granskning av inköp över 20 000 kronor i leverantörsreskontran mot "
                 "avtalskatalogen.",
     "follows": "Delvis",
     "action": "Förtydligad rutin för akuta inköp."},
    {"process": "Arbetsmiljö",
     "risk": "Risk att rökdykare tjänstgör utan godkänd årlig hälsoundersökning och "
             "arbetsprov.",
     "value": "16 (mycket hög)",
     "comment": "Samtliga 74 rökdykare hade godkänt arbetsprov och giltig "
                "hälsoundersökning.",
     "controls": "Jämförelse av tjänstgöringslistor med registret över hälsoundersökningar.",
     "follows": "Ja",
     "action": None},
    {"process": "Avgifter",
     "risk": "Risk att avgifter för onödiga larm från automatiska brandlarm inte "
             "debiteras enligt taxan.",
     "value": "6 (medel)",
     "comment": "Av 41 onödiga larm hade 37 fakturerats. Fyra fakturor har skickats i "
                "efterhand.",
     "controls": "Avstämning av insatsrapporter med fakturerade larmavgifter.",
     "follows": "Delvis",
     "action": "Larmoperatören får en checklista för faktureringsunderlag."},
    {"process": "Dataskydd",
     "risk": "Risk att insatsrapporter med känsliga personuppgifter lämnas ut utan "
             "sekretessprövning.",
     "value": "9 (hög)",
     "comment": "Sekretessprövning var dokumenterad i alla 20 utlämnanden.",
     "controls": "Genomgång av registrerade begäranden om utlämnande av insatsrapporter.",
     "follows": "Ja",
     "action": None},
    {"process": "Delegation",
     "risk": "Risk att beslut om föreläggande och förbud fattas utan stöd i "
             "delegationsordningen.",
     "value": "8 (medel)",
     "comment": "Ett beslut hade fattats av en brandinspektör utan delegation. Beslutet har "
                "fastställts av nämnden i efterhand.",
     "controls": "Stickprov på tio delegationsbeslut mot delegationsordningen.",
     "follows": "Nej",
     "action": "Utbildning i delegationsordningen för inspektörerna i oktober."},
]


def nsb2025() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.6, "risk"),
        Col("value", "Riskvärde", 1.7, "risk_value", align="left"),
        Col("comment", "Kommentar", 3.3, "comment"),
        Col("controls", "Kontrollmoment", 3.1, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("action", "Åtgärd", 2.6, "handling"),
    ]
    table = Table("Kontrollplan", cols, ROWS, rule="0.6pt solid #1f3864",
                  header_fill="#dbe5f1", size=9, head_size=9, font="Liberation Sans",
                  pad=0.12, keep_rows=False, margin_top=0.9)
    title = "Uppföljning av intern kontroll 2025 – delår januari–augusti"
    blocks = [
        P("Nämnden för samhällsskydd och beredskap", "Sub"),
        P(title, "Title"),
        P("Sammanfattning", "H2"),
        P("Nämnden ansvarar för räddningstjänst, tillsyn enligt lagen om skydd mot olyckor "
          "och lagen om brandfarliga och explosiva varor, sotning och brandskyddskontroll samt "
          "kommunens krisberedskap. Internkontrollplanen för 2025 antogs av nämnden den 12 "
          "december 2024."),
        P("Nämndens riskanalys omfattar 27 risker. Av dessa har nio bedömts som kritiska och "
          "ingår med kontrollmoment i planen. Riskvärdet är sannolikhet gånger konsekvens på "
          "en skala 1–16 och anges med nivå: låg (1–4), medel (5–8), hög (9–12) och mycket "
          "hög (15–16)."),
        P("Vid delåret följer fyra kontroller planen, tre följer den delvis och två följer "
          "den inte. Åtgärder anges för de kontroller som visar avvikelser."),
        P("Uppföljning per kontrollmoment", "H2"),
        table,
        P("Nästa uppföljning sker i samband med verksamhetsberättelsen för 2025."),
    ]
    return Doc(
        name="nsb2025_scan_two_pages_repeated_header_value_words",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=1.5, right=1.5),
        font="Liberation Sans",
        body_size=10.5,
        cell_size=9,
        footer="Nämnden för samhällsskydd och beredskap · Delår 2025 · Sida {page} av {pages}",
        organ="Nämnden för samhällsskydd och beredskap",
        year=2025,
        period="delår",
        title=title,
        risks_inventoried=27,
        risks_critical=9,
    )
