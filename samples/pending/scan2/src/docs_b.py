"""scan2 document B: Nämnden för demokrati och medborgarservice, delår 2023, A4 portrait, a
risk table with horizontal rules only (no column lines), scanned with 1.7° / -1.9° of skew."""

from holdout_model import Col, Doc, P, Page, Table

NDM_ROWS = [
    {"process": "Kontaktcenter",
     "risk": "Risk att ärenden som kommer in via kontaktcenter inte registreras och inte "
             "lämnas vidare till rätt förvaltning inom utlovad tid.",
     "value": "9",
     "controls": "Stickprov på 50 ärenden i ärendesystemet under april, där tiden från "
                 "inkommet ärende till överlämning mäts.",
     "follows": "Delvis",
     "comment": "Medianen var en arbetsdag. Åtta ärenden låg kvar mer än fem arbetsdagar.",
     "action": "Påminnelse i systemet efter tre arbetsdagar införs i september."},
    {"process": "Allmänna handlingar",
     "risk": "Risk att begäran om att ta del av allmän handling inte handläggs skyndsamt "
             "enligt tryckfrihetsförordningen.",
     "value": "12",
     "controls": "Genomgång av samtliga registrerade begäranden under första tertialet och "
                 "tiden till beslut eller utlämnande.",
     "follows": "Ja",
     "comment": "Av 63 begäranden besvarades 61 inom två arbetsdagar. Två krävde "
                "sekretessprövning och tog längre tid.",
     "action": None},
    {"process": "Val och folkomröstning",
     "risk": "Risk att röstmottagare inte har genomgått obligatorisk utbildning innan de "
             "tjänstgör i vallokal eller förtidsröstning.",
     "value": "8",
     "controls": "Jämförelse mellan förordnade röstmottagare och deltagarlistorna från "
                 "utbildningen inför valet.",
     "follows": "Ja",
     "comment": "Samtliga 412 röstmottagare hade genomgått utbildningen.",
     "action": None},
    {"process": "Tolkförmedling",
     "risk": "Risk att tolkuppdrag faktureras med fler timmar än vad som har utförts eller "
             "med fel taxa.",
     "value": "9",
     "controls": "Avstämning av 30 fakturor från tolkförmedlingen mot bokade uppdrag och "
                 "avtalets prislista.",
     "follows": "Nej",
     "comment": "I nio fakturor debiterades restid som inte ingår i avtalet, sammanlagt "
                "48 600 kronor.",
     "action": "Kreditering begärd. Leverantören har kallats till avtalsuppföljning."},
    {"process": "Informationssäkerhet",
     "risk": "Risk att medarbetare som har slutat behåller sin behörighet till "
             "ärendesystemet och e-tjänsteplattformen.",
     "value": "8",
     "controls": "Jämförelse mellan aktiva konton och personalsystemets lista över "
                 "avslutade anställningar.",
     "follows": "Delvis",
     "comment": "Fem konton tillhörde personer som slutat, det äldsta sedan oktober 2022.",
     "action": "Kontona är avslutade. Månatlig avstämning med HR införs."},
    {"process": "Representation",
     "risk": "Risk att kostnader för representation och gåvor inte följer kommunens "
             "riktlinjer eller saknar uppgift om deltagare och syfte.",
     "value": "6",
     "controls": "Granskning av samtliga verifikationer på kontona för representation under "
                 "januari–juni.",
     "follows": "Ja",
     "comment": "Alla 22 verifikationer hade uppgift om deltagare och syfte.",
     "action": None},
]


def ndm2023() -> Doc:
    cols = [
        Col("process", "Process", 2.5, "process", align="left"),
        Col("risk", "Risk", 3.7, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.4, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.2, "comment"),
        Col("action", "Åtgärd", 2.8, "handling"),
    ]
    table = Table("Internkontroll", cols, NDM_ROWS, rule="0.75pt solid #000000",
                  rules="horizontal", header_fill=None, size=8.5, font="DejaVu Serif",
                  pad=0.12, keep_rows=True, margin_top=0.2)
    blocks = [
        P("Nämnden för demokrati och medborgarservice", "Sub"),
        P("Delårsuppföljning av internkontrollplan 2023", "Title"),
        P("Denna rapport redovisar kontrollerna i nämndens internkontrollplan för perioden "
          "januari–augusti 2023. Kontrollerna som ska genomföras under hösten redovisas i "
          "årsrapporten."),
        P("Riskanalysen omfattade 18 risker. Sex av dem har bedömts som så allvarliga att de "
          "ingår i planen med ett kontrollmoment. Riskvärdet är sannolikhet gånger konsekvens "
          "(1–4)."),
        P("Resultat", "H2"),
        table,
        P("Förvaltningen bedömer att kontrollerna visar ett behov av bättre avtalsuppföljning "
          "inom tolkförmedlingen och av rutiner för att avsluta behörigheter."),
    ]
    return Doc(
        name="ndm2023_scan_horizontal_rules_skew",
        blocks=blocks,
        page=Page(top=2.4, bottom=2.0, left=1.3, right=1.3),
        font="Carlito",
        body_size=11.0,
        cell_size=8.5,
        footer="Nämnden för demokrati och medborgarservice – sida {page}",
        organ="Nämnden för demokrati och medborgarservice",
        year=2023,
        period="delår",
        title="Delårsuppföljning av internkontrollplan 2023",
        risks_inventoried=18,
        risks_critical=6,
    )
