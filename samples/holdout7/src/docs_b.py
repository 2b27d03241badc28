"""Holdout7 document B: Bygg- och miljönämnden, a risk table with abbreviated header wordings
ending in a full stop ("Sannol.", "Kons.", "Riskv.", "Kontrollmom.", "Komm."); a comment cell
split by the page break whose continuation on the next page starts with a "• " list item;
Följer plan values with a footnote marker ("Ja¹", "Nej²") and the footnotes under the
table."""

from holdout_model import Col, Doc, P, Page, Table

BMN_ROWS = [
    {
        "_span": {"process": 2},
        "process": "Bygglovshandläggning",
        "risk": "Risk att beslut om bygglov inte fattas inom den lagstadgade tiden på tio "
        "veckor, vilket leder till att avgiften sätts ned.",
        "p": "3", "k": "3", "value": "9",
        "controls": "Uppföljning av handläggningstider per ärende i ärendesystemet varje "
        "månad.",
        "follows": "Ja¹",
        "comment": "Medianen var sex veckor. Tre ärenden överskred tio veckor och avgiften "
        "sattes ned med sammanlagt 38 400 kronor.",
    },
    {
        "risk": "Risk att startbesked ges utan att kontrollplan och kontrollansvarig är "
        "godkända.",
        "p": "2", "k": "4", "value": "8",
        "controls": "Stickprov på 15 startbesked mot dokumentationen i ärendet.",
        "follows": "Ja",
        "comment": "Samtliga 15 startbesked hade en godkänd kontrollplan. I ett ärende "
        "saknades intyg om kontrollansvarigs certifiering, som har begärts in.",
    },
    {
        "process": "Miljötillsyn",
        "risk": "Risk att tillsynsplanen inte följs och att verksamheter med årlig avgift "
        "inte besöks.",
        "p": "3", "k": "4", "value": "12",
        "controls": "Avstämning av genomförda tillsynsbesök mot tillsynsplanen per "
        "tertial.",
        "follows": "Nej²",
        "comment": "Av 140 planerade besök var 88 genomförda vid utgången av augusti. "
        "Vakanser på två inspektörstjänster förklarar större delen av eftersläpningen.",
    },
    {
        "process": "Livsmedelskontroll",
        "risk": "Risk att uppföljande kontroller efter allvarliga brister inte görs och att "
        "ingripanden inte dokumenteras.",
        "p": "2", "k": "4", "value": "8",
        "controls": "Genomgång av alla kontrollrapporter med brister och av beslut om "
        "föreläggande.",
        "follows": "Ja",
        "comment": "Uppföljande kontroll gjordes i alla 23 fall, i genomsnitt efter 19 "
        "dagar. Två förelägganden med vite har meddelats.",
    },
    {
        "process": "Avgifter och fakturering",
        "risk": "Risk att timavgifter för tillsyn inte debiteras eller debiteras med fel "
        "timtaxa.",
        "p": "3", "k": "3", "value": "9",
        "controls": "Jämförelse av tidrapporterad tillsyn med utställda fakturor för "
        "perioden januari–augusti.",
        "follows": "Nej²",
        "comment": ["Kontrollen omfattade 60 tillsynsärenden med timavgift. I 51 av dem "
                    "stämde fakturan med den rapporterade tiden och med nämndens taxa för "
                    "2024. Följande brister noterades vid genomgången:",
                    "• sju ärenden hade inte fakturerats alls, eftersom tiden rapporterats "
                    "på fel ärendetyp,",
                    "• två fakturor hade beräknats med 2023 års timtaxa,",
                    "• uteblivna intäkter uppskattas till 29 000 kronor."],
    },
    {
        "process": "Informationshantering",
        "risk": "Risk att allmänna handlingar i bygg- och miljöärenden inte diarieförs "
        "och inte kan lämnas ut på begäran.",
        "p": "2", "k": "3", "value": "6",
        "controls": "Stickprov på 20 inkomna e-postmeddelanden till "
        "funktionsbrevlådan.",
        "follows": "Ja¹",
        "comment": "Nitton av 20 handlingar var registrerade inom två arbetsdagar. En "
        "handling registrerades efter en vecka.",
    },
]


def bmn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.3, "process", "left"),
        Col("risk", "Risk", 3.3, "risk"),
        Col("p", "Sannol.", 1.3, "probability", "center"),
        Col("k", "Kons.", 1.2, "consequence", "center"),
        Col("value", "Riskv.", 1.2, "risk_value", "center"),
        Col("controls", "Kontrollmom.", 3.0, "controls"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
        Col("comment", "Komm.", 4.2, "comment"),
    ]
    t = Table("Risker", cols, BMN_ROWS, rule="0.5pt solid #7f7f7f", header_fill="#dbe5f1",
              font="Liberation Sans", size=9, margin_top=0.8)
    title = "Internkontroll 2024 – uppföljning tertial 2"
    blocks = [
        P("Bygg- och miljönämnden", "Sub"),
        P(title, "Title"),
        P("Nämndens internkontrollplan för 2024 antogs i januari. Planen utgår från en "
          "risk- och väsentlighetsanalys där sannolikhet (Sannol.) och konsekvens (Kons.) "
          "har bedömts på en skala från 1 till 4; riskvärdet (Riskv.) är produkten av dem."),
        P("Riskanalysen omfattar 22 risker, och sex av dem bedöms som kritiska. De kritiska "
          "riskerna har ett kontrollmoment (Kontrollmom.) i planen och redovisas i tabellen "
          "nedan med resultat och kommentar (Komm.)."),
        P("Kontrollerna har genomförts av förvaltningens controller och enhetscheferna. "
          "Uppföljningen avser perioden januari–augusti."),
        P("Sammanfattning", "H2"),
        P("Fyra av de sex kontrollerna visar att rutinerna i huvudsak följs. Två kontroller "
          "visar brister som kräver åtgärder: miljötillsynen ligger efter tillsynsplanen på "
          "grund av vakanser, och timavgifter för tillsyn har inte debiterats fullt ut. För "
          "båda områdena tar förvaltningen fram åtgärdsplaner som redovisas för nämnden i "
          "november."),
        P("Handläggningstiderna för bygglov har förbättrats jämfört med 2023, då elva "
          "ärenden överskred tidsfristen. Förvaltningen bedömer att den nya "
          "bemanningsplanen för bygglovsenheten har bidragit till förbättringen. "
          "Livsmedelskontrollen och informationshanteringen fungerar väl och föreslås få "
          "andra kontrollmoment i 2025 års plan."),
        P("Resultat per process", "H2"),
        t,
        P("¹ Kontrollen är helt genomförd och har inte gett anledning till åtgärder utöver "
          "dem som anges i kommentaren.", "Small"),
        P("² Enhetschefen redovisar en åtgärdsplan för nämnden i november 2024.", "Small"),
    ]
    return Doc(
        "bmn2024_abbreviated_headers_bullet_after_pagebreak", blocks,
        Page(left=1.5, right=1.5),
        font="Liberation Sans", body_size=10.5, cell_size=9,
        footer="Bygg- och miljönämnden – tertialuppföljning 2 – sida {page}",
        organ="Bygg- och miljönämnden", year=2024, period="tertial", title=title,
        risks_inventoried=22, risks_critical=6,
    )
