"""Holdout5 document B: Stadsbyggnadsnämnden, small tight type (6.5 pt, line height 90 %)
in an unruled table with justified text in narrow columns (wide word gaps), and web
addresses, e-mail addresses and file paths in cells that LibreOffice breaks at "/", "." or
"\\"."""

from holdout_model import Col, Doc, P, Page, Table

SBN_ROWS = [
    {
        "process": "Bygglovshandläggning",
        "risk": "Risk att beslut om bygglov inte fattas inom den lagstadgade tiden på tio "
        "veckor, så att avgiften ska sättas ned enligt plan- och bygglagen.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Månatligt uttag ur ärendesystemet över ärenden där tidsfristen löper ut "
        "inom två veckor; ansökningar via www.norrvik.se/bygga-bo/bygglov/ansok räknas "
        "från den dag de kom in.",
        "basis": "G:\\Stadsbyggnad\\Bygglov\\Internkontroll\\2024",
        "follows": "Ja",
        "comment": "Avgiften har satts ned i tre ärenden under året, mot elva under 2023. "
        "Handläggningstiden var i genomsnitt 5,8 veckor.",
    },
    {
        "process": "Tillsyn enligt plan- och bygglagen",
        "risk": "Risk att anmälningar om olovligt byggande inte utreds, så att ärenden "
        "preskriberas och nämndens tillsyn inte blir likvärdig.",
        "s": "3", "k": "4", "r": "12",
        "controls": "Genomgång av samtliga öppna tillsynsärenden äldre än sex månader, "
        "kvartalsvis, med stöd av www.boverket.se/sv/PBL-kunskapsbanken.",
        "basis": "K:\\SBF\\Tillsyn\\Stickprov_2024.xlsx",
        "follows": "Delvis",
        "comment": "47 ärenden var äldre än sex månader vid årets slut. En särskild "
        "tillsynsinsats görs under våren 2025. Anmälningar som kommer in till "
        "tillsyn.sbf@norrvik.se registreras numera samma dag.",
    },
    {
        "process": "Avgifter och fakturering",
        "risk": "Risk att avgifter för bygglov, strandskyddsdispens och nybyggnadskartor "
        "inte debiteras eller debiteras med fel belopp.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Stickprov på 30 beslut per halvår mot taxan och fakturan i "
        "ekonomisystemet.",
        "basis": "G:\\Ekonomi\\Attest\\SBN",
        "follows": "Ja",
        "comment": "Två avgifter var felaktiga och har rättats. Taxan för 2025 finns på "
        "www.norrvik.se/taxor/stadsbyggnad och gäller från 2025-01-01.",
    },
    {
        "process": "Registrering och arkivering",
        "risk": "Risk att handlingar som kommer in per e-post inte registreras, så att "
        "allmänna handlingar inte kan lämnas ut.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Jämförelse av inkommande post i funktionsbrevlådorna med diariet under "
        "två veckor per tertial.",
        "basis": "registrator.sbf@norrvik.se",
        "follows": "Ja",
        "comment": "Alla handlingar i stickprovet var registrerade. Handläggarna har "
        "påmints om att skicka vidare e-post som kommer till deras egna adresser till "
        "registrator.sbf@norrvik.se.",
    },
    {
        "process": "Geodata och kartor",
        "risk": "Risk att primärkartan inte uppdateras efter nybyggnad, så att "
        "nybyggnadskartor och detaljplaner tas fram på felaktigt underlag.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Kontroll av att slutbesked under året har förts in i primärkartan och "
        "i kartan på https://karta.norrvik.se/planer/gallande.",
        "basis": "\\\\fs02\\geodata$\\Primarkarta\\Ajourhallning",
        "follows": "Nej",
        "comment": "Av 64 slutbesked hade 19 inte förts in. Orsaken är en vakans på "
        "mätenheten och ett byte av IT-stöd för kartan; ajourhållningen beräknas vara "
        "ikapp den 2025-03-31.",
    },
    {
        "process": "Delegationsbeslut",
        "risk": "Risk att beslut som fattas på delegation inte anmäls till nämnden, så att "
        "besluten inte vinner laga kraft och nämnden inte har insyn.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Avstämning av delegationslistan mot beslut i ärendesystemet inför varje "
        "sammanträde.",
        "basis": "G:\\Stadsbyggnad\\Namnd\\Delegation",
        "follows": "Ja",
        "comment": "Inga avvikelser. Delegationslistan publiceras med kallelsen på "
        "www.norrvik.se/kommun-politik/namnder/sbn.",
    },
]


def sbn2024() -> Doc:
    t = Table(
        "Internkontroll", [
            Col("process", "Process", 1.7, "process", "left"),
            Col("risk", "Risk", 2.5, "risk"),
            Col("s", "Sannolikhet", 0.9, "probability", "center"),
            Col("k", "Konsekvens", 0.9, "consequence", "center"),
            Col("r", "Riskvärde", 0.9, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 2.4, "controls"),
            Col("basis", "Underlag", 1.8, None),
            Col("follows", "Följer plan", 1.0, "follows_plan", "center"),
            Col("comment", "Kommentar", 2.9, "comment"),
        ], SBN_ROWS,
        rules="none", header_fill=None, size=6.5, font="Liberation Sans", pad=0.08,
        line_height="90%",
    )
    title = "Helårsuppföljning av internkontrollplan 2024 – Stadsbyggnadsnämnden"
    blocks = [
        P(title, "Title"),
        P("Stadsbyggnadsförvaltningen · Dnr SBN 2025/9 · 2025-02-04", "Sub"),
        P("Inledning", "H2"),
        P("Stadsbyggnadsnämnden fullgör kommunens uppgifter enligt plan- och bygglagen, "
          "ansvarar för kart- och mätverksamheten och handlägger strandskyddsdispenser. "
          "Internkontrollplanen för 2024 antogs av nämnden den 2023-12-12."),
        P("Förvaltningen inventerade 18 risker inför 2024; sex av dem bedömdes som kritiska "
          "och har kontrollerats under året. Riskvärdet är sannolikhet gånger konsekvens, "
          "båda på en skala från 1 till 4, och en risk räknas som kritisk från riskvärde 8."),
        P("Underlagen till varje kontroll sparas på de platser som anges i kolumnen "
          "Underlag. Frågor om uppföljningen kan ställas till förvaltningens controller på "
          "controller.sbf@norrvik.se."),
        P("Resultat av kontrollerna", "H2"),
        t,
        P("Samlad bedömning", "H2"),
        P("Den interna kontrollen bedöms som tillräcklig. Ajourhållningen av primärkartan "
          "och tillsynsärendena följs upp i planen för 2025."),
    ]
    return Doc(
        "sbn2024_small_type_unruled_addresses", blocks, Page(left=3.0, right=3.0),
        font="Liberation Sans", body_size=10, cell_size=6.5,
        footer="Stadsbyggnadsnämnden · helårsuppföljning 2024 · {page}",
        organ="Stadsbyggnadsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=18, risks_critical=6,
    )
