"""Report 4: the score columns headed only "S", "K" and "RV", explained by a legend line
printed under the table ("S = sannolikhet ..."). Ten risks; the table runs onto page 2 with
its header repeated. Fastighets- och gatunämnden, helår 2024.
"""
from c9 import page, record, streams, table

NAME = "fgn2024_s_k_rv_headers_legend_under_table"
ORGAN = "Fastighets- och gatunämnden"
TITLE = "Årsuppföljning av internkontrollplan 2024 – Fastighets- och gatunämnden"
META = {"organ": ORGAN, "year": 2024, "period": "helår", "title": TITLE,
        "risks_inventoried": 28, "risks_critical": 10}

COLS = [
    ("Process", "process", 25, "left"),
    ("Risk", "risk", 38, "left"),
    ("Kontrollmoment", "controls", 36, "left"),
    ("S", "probability", 8, "center"),
    ("K", "consequence", 8, "center"),
    ("RV", "risk_value", 10, "center"),
    ("Följer plan", "follows_plan", 15, "center"),
    ("Kommentar", "comment", 40, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 15
BODY = "#2b2b2b"

RISKS = [
    dict(proc="Fastighetsunderhåll",
         risk="Risk att planerat underhåll skjuts upp så att byggnadernas skick försämras och kostnaderna ökar på sikt.",
         s=3, k=4, ctrl="Uppföljning av utfört planerat underhåll mot underhållsplanen för året.",
         fp="Delvis", comment="Underhåll för 18,6 miljoner kronor av planerade 24 miljoner kronor utfördes. Takbyten på två skolor flyttades till 2025."),
    dict(proc="Fastighetsunderhåll",
         risk="Risk att lagstadgade besiktningar av hissar, ventilation och brandlarm inte görs i tid.",
         s=2, k=4, ctrl="Kontroll av besiktningsprotokoll i fastighetssystemet.",
         fp="Ja", comment="Alla besiktningar var gjorda inom föreskriven tid."),
    dict(proc="Uthyrning av lokaler",
         risk="Risk att hyresavtal med externa hyresgäster löper vidare utan indexuppräkning av hyran.",
         s=3, k=2, ctrl="Genomgång av samtliga externa hyresavtal och jämförelse med debiterad hyra.",
         fp="Ja", comment="Hyrorna i 42 avtal räknades upp enligt avtal från den 1 januari."),
    dict(proc="Investeringsprojekt",
         risk="Risk att investeringsprojekt överskrider budget utan att nämnden informeras.",
         s=3, k=3, ctrl="Projektrapporter för projekt över fem miljoner kronor granskas varje kvartal av nämndens presidium.",
         fp="Nej", comment="Ombyggnaden av Norrängens förskola överskred budgeten med 14 procent innan nämnden informerades i oktober."),
    dict(proc="Upphandling",
         risk="Risk att ÄTA-arbeten beställs utan skriftlig beställning från behörig person.",
         s=3, k=3, ctrl="Stickprov på ÄTA-arbeten i tre pågående entreprenader.",
         fp="Delvis", comment="Skriftlig beställning saknades för två av 16 granskade ÄTA-arbeten."),
    dict(proc="Gatuunderhåll",
         risk="Risk att skador på gator och gångbanor inte åtgärdas, vilket kan leda till personskador och skadeståndsanspråk.",
         s=3, k=3, ctrl="Uppföljning av felanmälningar i felanmälningssystemet och tid till åtgärd.",
         fp="Ja", comment="94 procent av anmälda skador åtgärdades inom utlovad tid."),
    dict(proc="Vinterväghållning",
         risk="Risk att entreprenörer fakturerar plogning och sandning som inte har utförts.",
         s=2, k=3, ctrl="Jämförelse av fakturerade insatser mot GPS-loggar från fordonen.",
         fp="Ja", comment="Inga avvikelser mellan fakturor och loggar."),
    dict(proc="Markupplåtelse",
         risk="Risk att tillstånd för uteserveringar och byggetableringar på allmän plats inte debiteras.",
         s=3, k=2, ctrl="Avstämning av beviljade polistillstånd mot utställda fakturor.",
         fp="Ja", comment="Samtliga tillstånd var fakturerade."),
    dict(proc="Attest och utbetalningar",
         risk="Risk att leverantörsfakturor attesteras av person utan behörighet eller med jäv.",
         s=2, k=3, ctrl="Kontroll av attesträtter i ekonomisystemet mot nämndens attestförteckning.",
         fp="Ja", comment="Två attesträtter för personer som slutat togs bort."),
    dict(proc="Arbetsmiljö",
         risk="Risk för olyckor vid arbete på hög höjd och på tak i egna fastigheter.",
         s=2, k=4, ctrl="Kontroll av att takskyddsanordningar är besiktigade och att fallskyddsutrustning finns.",
         fp="Delvis", comment="Takskydd saknades på en idrottshall; montering beställd."),
]


def cells(r):
    return [r["proc"], r["risk"], r["ctrl"], str(r["s"]), str(r["k"]), str(r["s"] * r["k"]),
            r["fp"], r["comment"]]


def html():
    return page(
        title=TITLE, left_mm=LEFT_MM, top_mm=20, font='"DejaVu Serif", serif',
        tfont='"DejaVu Sans", sans-serif', size=10, tsize=8.8, body=BODY, acc="#8a4b08",
        head_bg="#f6ead9", border="#c9a57c",
        running="Fastighets- och gatuförvaltningen · Dnr FGN 2025/9",
        before=[
            ("p", "Fastighets- och gatunämnden ska varje år följa upp den interna kontrollen och rapportera resultatet till kommunstyrelsen. Den här rapporten avser hela året 2024."),
            ("h", "Riskanalys"),
            ("p", "Förvaltningen identifierade 28 risker i riskanalysen inför 2024. Tio av dem bedömdes som kritiska (riskvärde 6 eller högre) och ingår i internkontrollplanen."),
            ("h", "Uppföljning av kontrollerna"),
        ],
        tab=table(COLS, [cells(r) for r in RISKS]),
        legend="S = sannolikhet, K = konsekvens (båda på skalan 1–4), RV = riskvärde (S × K).",
        after=[
            ("h", "Bedömning"),
            ("p", "Sex kontroller visar att planen följs, tre att den följs delvis och en att den inte följs. Förvaltningen har infört en rutin där projektledaren rapporterar till nämnden när en prognos överskrider budgeten med mer än fem procent."),
            ("p", "Anders Holm, fastighets- och gatuchef"),
        ])


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["s"] * r["k"], probability=r["s"],
                     consequence=r["k"], controls=r["ctrl"], follows_plan=r["fp"],
                     comment=r["comment"])
        out.append((rec, list(enumerate(cells(r)))))
    return out
