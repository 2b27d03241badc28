"""Word report 3: Kultur- och föreningsnämnden, tertial 1 2025. Metadata wordings: the title
names no year and no nämnd ("Uppföljning av internkontrollplan per 30 april"); the subtitle
does ("Kultur- och föreningsnämnden, tertial 1 2025"). The counts stand in a small
key-figure table (a fact box: "Identifierade risker 22", "Varav kritiska 11", "Varav i
planen 8") and as number words in the prose ("tjugotvå risker har inventerats", "Elva av
dessa bedöms vara kritiska", "Åtta av de kritiska"). Arial-like Liberation Sans, Word's
"Table Grid" with a grey header."""

from holdout_model import Col, P, Page, Table
from tagged_writer import FactBox, WordDoc, table_grid

ROWS = [
    {"process": "Föreningsbidrag",
     "risk": "Risk att föreningar redovisar fler deltagartillfällen än de har genomfört, "
             "så att det kommunala aktivitetsstödet betalas ut med för högt belopp.",
     "value": "12",
     "controls": "Stickprov på närvarolistor i föreningarnas digitala närvaroregister för "
                 "fem föreningar per tertial.",
     "follows": "Delvis",
     "comment": "Tre av fem föreningar har granskats. En förening hade registrerat "
                "sammankomster under sportlovet då hallen var stängd; ärendet utreds."},
    {"process": "Lokalbokning",
     "risk": "Risk att bokade tider i idrottshallar och samlingslokaler inte faktureras, "
             "eftersom avbokningar och ändringar görs direkt i bokningssystemet.",
     "value": "9",
     "controls": "Avstämning mellan bokningssystemet och fakturerat belopp för februari "
                 "och mars.",
     "follows": "Ja",
     "comment": "Avstämningen visade en differens på 2 150 kronor som har fakturerats i "
                "efterhand."},
    {"process": "Kontanthantering",
     "risk": "Risk för förskingring när dagskassan i badhusets reception räknas och "
             "redovisas av en person.",
     "value": "9",
     "controls": "Dagskassan räknas av två personer och kvitteras på kassarapporten.",
     "follows": "Ja",
     "comment": "Oanmäld kontroll i mars och april utan anmärkning."},
    {"process": "Evenemang",
     "risk": "Risk att artister, scen och ljudteknik till stadens evenemang köps in "
             "utan konkurrensutsättning.",
     "value": "9",
     "controls": "Genomgång av inköp till nationaldagsfirandet och sommarscenen.",
     "follows": "Nej",
     "comment": "Kontrollen görs när inköpen till sommarens evenemang är gjorda och "
                "redovisas per 31 augusti."},
    {"process": "Offentlig konst",
     "risk": "Risk att konstverk i kommunens lokaler försvinner eller skadas utan att "
             "det upptäcks.",
     "value": "8",
     "controls": "Inventering av 60 konstverk mot konstregistret.",
     "follows": "Ja",
     "comment": "Samtliga konstverk fanns på registrerad plats. Två verk har flyttats "
                "till magasinet för konservering."},
    {"process": "Bidrag till samlingslokaler",
     "risk": "Risk att investeringsbidrag betalas ut för upprustning som inte har "
             "utförts eller som inte omfattas av beslutet.",
     "value": "8",
     "controls": "Kontroll av fakturor och besök på plats innan slututbetalning.",
     "follows": "Delvis",
     "comment": "Två av tre slututbetalningar har kontrollerats på plats. Den tredje "
                "besöks i maj."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter om privatpersoner som bokar lokaler sparas "
             "längre än vad gallringsbeslutet medger.",
     "value": "8",
     "controls": "Kontroll av att automatisk gallring i bokningssystemet är aktiverad.",
     "follows": "Ja",
     "comment": "Gallringen kördes i januari. Uppgifter äldre än två år har tagits bort."},
    {"process": "Arbetsmiljö",
     "risk": "Risk för hot och våld vid ensamarbete på biblioteken och fritidsgårdarna "
             "under kvällstid.",
     "value": "9",
     "controls": "Riskbedömning av ensamarbete och kontroll av att larmrutiner är kända "
                 "av personalen.",
     "follows": "Delvis",
     "comment": "Riskbedömningen är gjord på alla enheter. Larmrutinerna har gåtts "
                "igenom på fyra av sex enheter."},
]

COLS = [
    Col("process", "Process", 2.4, "process", "left"),
    Col("risk", "Risk", 4.1, "risk", "left"),
    Col("value", "Riskvärde", 1.6, "risk_value", "center"),
    Col("controls", "Kontrollmoment", 3.4, "controls", "left"),
    Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
    Col("comment", "Kommentar per 30 april", 3.0, "comment", "left"),
]

TITLE = "Uppföljning av internkontrollplan per 30 april"


def kfn2025():
    page = Page(21.0, 29.7, 2.5, 2.5, 2.5, 2.5)
    blocks = [
        P(TITLE, "Title"),
        P("Kultur- och föreningsnämnden, tertial 1 2025", "Subtitle"),
        FactBox([("Identifierade risker", "22"), ("Varav kritiska", "11"),
                 ("Varav i planen", "8")], widths=(4.6, 1.4), caption="Riskanalys 2025",
                size=10.0),
        P("Inledning", "H1"),
        P("Nämnden antog internkontrollplanen för 2025 vid sitt sammanträde i januari. "
          "Uppföljningen görs tre gånger per år; den här rapporten avser perioden "
          "januari–april och lämnas till nämndens sammanträde i maj."),
        P("Riskanalys", "H1"),
        P("Inför 2025 har tjugotvå risker inventerats i nämndens riskanalys. Elva av dessa "
          "bedöms vara kritiska. Åtta av de kritiska riskerna granskas genom kontroller i "
          "internkontrollplanen, och tre hanteras i verksamhetsplanen genom åtgärder som "
          "redovisas i årsrapporten."),
        P("Uppföljning per 30 april", "H1"),
        P("Tabellen visar de åtta riskerna i planen och resultatet av kontrollerna hittills "
          "i år. Fyra kontroller följer planen, tre delvis och en har flyttats till andra "
          "tertialet."),
        Table("Uppfoljning", COLS, ROWS, size=8.5, font="Liberation Sans",
              **table_grid(header_fill="#E7E6E6", keep_rows=True)),
        P("Bedömning", "H1"),
        P("Förvaltningen bedömer att den interna kontrollen hittills under året är "
          "tillräcklig. Ärendet om aktivitetsstöd redovisas för nämnden när utredningen "
          "är klar."),
    ]
    return WordDoc(
        name="kfn2025_factbox_number_words",
        blocks=blocks,
        page=page,
        font="Liberation Sans",
        body_size=10.0,
        heading_color="#1F3864",
        footer="Kultur- och föreningsnämnden – Tertial 1 2025 – Sida {page}",
        footer_align="center",
        organ="Kultur- och föreningsnämnden",
        year=2025,
        period="tertial",
        title=TITLE,
        risks_inventoried=22,
        risks_critical=11,
    )
