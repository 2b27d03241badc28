"""Holdout8 document B: Individ- och familjenämnden on A4 landscape, a ruled risk table with
twelve columns (Nr, Process, Risk, S, K, R, Kontrollmoment, Metod, Frekvens, Ansvarig,
Rapporteras till, Kommentar); the R cells hold the number and a level word on two lines
("12" / "Hög"); cells holding only "-" as an empty marker."""

from holdout_model import Col, Doc, P, Page, Table

IFN_ROWS = [
    {
        "nr": "1",
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att ekonomiskt bistånd betalas ut till sökande som har inkomster "
        "eller tillgångar som inte har redovisats.",
        "s": "3", "k": "4", "r": "12\nHög",
        "controls": "Kontroll av att förfrågan i SSBTEK har gjorts före varje beslut om "
        "utbetalning.",
        "method": "Stickprov, 40 akter",
        "freq": "Två gånger per år",
        "resp": "Enhetschef försörjningsstöd",
        "report": "Individutskottet",
        "comment": "Förfrågan saknades i tre av 40 akter. I ett fall har återkrav beslutats.",
    },
    {
        "nr": "2",
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att dubbla utbetalningar görs när ärendet byter handläggare.",
        "s": "2", "k": "3", "r": "6\nMedel",
        "controls": "Uppföljning av utbetalningslistan mot ärendeförteckningen.",
        "method": "Systemrapport",
        "freq": "Varje månad",
        "resp": "Controller",
        "report": "-",
        "comment": "Inga dubbla utbetalningar har hittats under perioden.",
    },
    {
        "nr": "3",
        "process": "Barn och unga",
        "risk": "Risk att förhandsbedömning av orosanmälan inte görs inom 14 dagar och att "
        "barnets behov av skydd inte utreds.",
        "s": "4", "k": "4", "r": "16\nMycket hög",
        "controls": "Genomgång av samtliga orosanmälningar och datum för beslut om att "
        "inleda eller inte inleda utredning.",
        "method": "Registeruttag ur verksamhetssystemet",
        "freq": "Varje kvartal",
        "resp": "Enhetschef barn och unga",
        "report": "Nämnden",
        "comment": "Av 312 anmälningar bedömdes 291 inom 14 dagar. Förseningarna beror på "
        "vakanser under sommaren; två socialsekreterare har rekryterats.",
    },
    {
        "nr": "4",
        "process": "Placeringar",
        "risk": "Risk att köpta platser på HVB och i familjehem upphandlas utan avtal och "
        "till för höga dygnskostnader.",
        "s": "3", "k": "3", "r": "9\nMedel",
        "controls": "Jämförelse av placeringar mot ramavtal och beslut om direktupphandling.",
        "method": "Stickprov, 15 placeringar",
        "freq": "Årligen",
        "resp": "Verksamhetschef",
        "report": "Nämnden",
        "comment": "-",
    },
    {
        "nr": "5",
        "process": "Missbruk och beroende",
        "risk": "Risk att vårdplan och samordnad individuell plan saknas för klienter i "
        "öppenvård.",
        "s": "3", "k": "4", "r": "12\nHög",
        "controls": "Granskning av journaler för klienter med pågående insatser.",
        "method": "Journalgranskning",
        "freq": "Två gånger per år",
        "resp": "Enhetschef vuxen",
        "report": "Individutskottet",
        "comment": "Vårdplan fanns i 18 av 20 journaler, SIP i elva av de 14 ärenden där "
        "region och kommun båda har insatser.",
    },
]


def ifn2024() -> Doc:
    cols = [
        Col("nr", "Nr", 0.8, None, "left"),
        Col("process", "Process", 2.3, "process", "left"),
        Col("risk", "Risk", 3.5, "risk", "left"),
        Col("s", "S", 0.7, "probability", "center"),
        Col("k", "K", 0.7, "consequence", "center"),
        Col("r", "R", 1.4, "risk_value", "center"),
        Col("controls", "Kontrollmoment", 3.3, "controls", "left"),
        Col("method", "Metod", 2.2, None, "left"),
        Col("freq", "Frekvens", 1.8, None, "left"),
        Col("resp", "Ansvarig", 2.2, None, "left"),
        Col("report", "Rapporteras till", 2.1, None, "left"),
        Col("comment", "Kommentar", 5.6, "comment", "left"),
    ]
    t = Table("Internkontrollplan", cols, IFN_ROWS, rule="0.5pt solid #404040",
              header_fill="#e2efd9", font="Liberation Sans", size=8, pad=0.1, margin_top=0.2)
    title = "Internkontrollplan 2024 – uppföljning tertial 2"
    land = Page(width=29.7, height=21.0, top=1.5, bottom=1.5, left=1.5, right=1.5)
    blocks = [
        P("Individ- och familjenämnden", "Sub"),
        P(title, "Title"),
        P("Nämnden har i sin risk- och väsentlighetsanalys bedömt 17 risker. Fem av dessa "
          "bedöms som kritiska och ingår i internkontrollplanen med kontrollmoment, metod, "
          "frekvens och ansvar. S står för sannolikhet, K för konsekvens och R för riskvärdet "
          "(S × K) med dess nivå: låg, medel, hög eller mycket hög. Ett streck betyder att "
          "uppgift saknas."),
        t,
        P("Uppföljningen avser januari–augusti 2024. Nämnden föreslås lägga rapporten till "
          "handlingarna."),
    ]
    return Doc(
        "ifn2024_landscape_twelve_columns_value_level_lines", blocks, land,
        font="Liberation Sans", body_size=10, cell_size=8,
        footer="Individ- och familjenämnden · tertialuppföljning 2 2024 · sida {page}",
        organ="Individ- och familjenämnden", year=2024, period="tertial", title=title,
        risks_inventoried=17, risks_critical=5,
    )
