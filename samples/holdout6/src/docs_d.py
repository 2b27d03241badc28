"""Holdout6 document D: Digitaliseringsnämnden on A4 landscape, named only in the title line
of the first page and in the page footer; the first page's prose in two newspaper columns
(the counts among it), the risk table on the next page with a narrow first column whose
process cells span three and two rows with their text turned 90°; Sannolikhet, Konsekvens and
a Riskvärde printed with a word in brackets."""

from holdout_model import Col, Doc, P, Page, Section, Table

DGN_ROWS = [
    {
        "process": "Informationssäkerhet",
        "_span": {"process": 3},
        "risk": "Risk att behörigheter i verksamhetssystemen inte tas bort när en "
        "medarbetare slutar eller byter tjänst.",
        "s": "3", "k": "4", "value": "12 (hög)",
        "controls": "Jämförelse av aktiva konton i katalogtjänsten med lönesystemets "
        "avslutade anställningar varje månad.",
        "follows": "Delvis",
        "comment": "I 17 fall av 212 fanns kontot kvar mer än tio dagar efter sista "
        "anställningsdag. Ett automatiskt flöde från lönesystemet infördes i juni och "
        "därefter har inga avvikelser hittats.",
    },
    {
        "risk": "Risk att kommunens e-postsystem används för att skicka känsliga "
        "personuppgifter okrypterat.",
        "s": "3", "k": "3", "value": "9 (medel)",
        "controls": "Stickprov i loggarna för utgående e-post med filter för "
        "personnummer.",
        "follows": "Ja",
        "comment": "Inga okrypterade personnummer hittades i de 1 200 granskade "
        "meddelandena. Säker e-post används i samtliga förvaltningar.",
    },
    {
        "risk": "Risk att säkerhetskopior inte går att återläsa efter ett "
        "IT-angrepp.",
        "s": "2", "k": "4", "value": "8 (medel)",
        "controls": "Återläsningstest av två system per kvartal, dokumenterat i "
        "driftjournalen.",
        "follows": "Ja",
        "comment": "Alla åtta test lyckades. Återläsningen av ekonomisystemet tog sex "
        "timmar, inom målet på åtta timmar.",
    },
    {
        "process": "Licenser och avtal",
        "_span": {"process": 2},
        "risk": "Risk att kommunen betalar för programlicenser som inte används.",
        "s": "4", "k": "2", "value": "8 (medel)",
        "controls": "Halvårsvis avstämning av fakturerade licenser mot inloggningar de "
        "senaste 90 dagarna.",
        "follows": "Nej",
        "comment": ["Av 3 400 licenser hade 410 inte använts på 90 dagar. Kostnaden för "
                    "dem är 1,2 miljoner kronor per år.",
                    "Licenserna sägs upp vid nästa avtalsperiod. Förvaltningarna har fått "
                    "listor över sina oanvända licenser."],
    },
    {
        "risk": "Risk att molntjänster köps direkt av verksamheterna utan att "
        "säkerhetsskydd och dataskydd har bedömts.",
        "s": "3", "k": "4", "value": "12 (hög)",
        "controls": "Genomgång av leverantörsreskontran efter betalningar till kända "
        "molnleverantörer.",
        "follows": "Delvis",
        "comment": "Två tjänster hade köpts utan bedömning: ett bokningssystem för "
        "idrottshallar och ett enkätverktyg. Bedömningar har gjorts i efterhand och "
        "enkätverktyget har avvecklats.",
    },
]


def dgn2024() -> Doc:
    t = Table(
        "Kontrollresultat", [
            Col("process", "Process", 1.0, "process", "center", body_rotate=True),
            Col("risk", "Risk", 4.2, "risk"),
            Col("s", "Sannolikhet", 1.4, "probability", "center"),
            Col("k", "Konsekvens", 1.4, "consequence", "center"),
            Col("value", "Riskvärde", 1.8, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 4.4, "controls"),
            Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
            Col("comment", "Kommentar", 6.6, "comment"),
        ], DGN_ROWS,
        rule="0.5pt solid #000000", header_fill="#deeaf6", size=9, body_valign="middle",
        header_valign="bottom",
    )
    title = "Digitaliseringsnämnden – uppföljning av internkontroll, delår 2024"
    blocks = [
        P(title, "Title"),
        Section([
            P("Syfte", "H2"),
            P("Uppföljningen redovisar hur de kontroller i internkontrollplanen 2024 som "
              "skulle vara gjorda till och med augusti har genomförts, vilka brister de har "
              "visat och vilka åtgärder som har vidtagits. En fullständig uppföljning "
              "lämnas i samband med årsbokslutet."),
            P("Riskanalys", "H2"),
            P("Riskanalysen togs fram av IT-avdelningens ledningsgrupp tillsammans med "
              "informationssäkerhetssamordnaren. Varje risk har bedömts efter sannolikhet "
              "och konsekvens på en fyrgradig skala."),
            P("I nämndens riskanalys har 14 risker identifierats. Fem av dessa bedöms som "
              "kritiska och följs upp i tabellen på nästa sida. De övriga nio riskerna "
              "följs i den löpande verksamhetsuppföljningen."),
            P("Bedömning", "H2"),
            P("Två kontroller följer planen, två gör det delvis och en gör det inte. "
              "Kostnaden för oanvända licenser är den största bristen och hanteras i "
              "budgetarbetet inför 2025."),
        ], gap=0.8),
        P("Kontroller och resultat", "H2", break_before=True),
        t,
    ]
    land = Page(width=29.7, height=21.0, top=2.0, bottom=1.8, left=2.0, right=2.0)
    return Doc(
        "dgn2024_landscape_two_columns_turned_process", blocks, land,
        font="Carlito", body_size=11, cell_size=9,
        footer="Digitaliseringsnämnden · delårsuppföljning 2024 · {page}",
        organ="Digitaliseringsnämnden", year=2024, period="delår", title=title,
        risks_inventoried=14, risks_critical=5,
    )
