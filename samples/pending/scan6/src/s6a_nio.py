"""scan6 document A: Nämnden för inköp och upphandling, helår 2024, A4 portrait: the plain
ruled table of a Word report (Carlito 9.5 pt, every cell ruled, light grey header), seven
columns in the usual order with an "Ansvarig" column, all on one page, **no quirk**.
Scanned grey at 300 dpi."""

from holdout_model import Col, Doc, P, Page, Table

ROWS = [
    {"process": "Upphandling",
     "risk": "Risk att förfrågningsunderlag annonseras utan juridisk granskning, vilket kan "
             "leda till överprövning och försenade avtal.",
     "value": "12",
     "controls": "Genomgång av samtliga annonserade upphandlingar över tröskelvärdet under "
                 "året.",
     "owner": "Upphandlingschef",
     "follows": "Ja",
     "comment": "Alla 23 upphandlingar hade granskats. Två överprövningar, båda avslogs av "
                "förvaltningsrätten."},
    {"process": "Avtalstrohet",
     "risk": "Risk att förvaltningarna köper varor från leverantörer som saknar avtal med "
             "kommunen.",
     "value": "12",
     "controls": "Analys av inköpsdata för kontorsmaterial, livsmedel och IT-tillbehör per "
                 "tertial.",
     "owner": "Inköpsstrateg",
     "follows": "Delvis",
     "comment": "Avtalstroheten var 84 procent mot målet 90 procent. Köp utanför avtal har "
                "återkopplats till förvaltningarna."},
    {"process": "Direktupphandling",
     "risk": "Risk att direktupphandlingar över 100 000 kronor inte dokumenteras enligt "
             "riktlinjen.",
     "value": "9",
     "controls": "Stickprov på 20 direktupphandlingar i e-handelssystemet.",
     "owner": "Controller",
     "follows": "Nej",
     "comment": "Sex av 20 saknade dokumentation av vilka leverantörer som tillfrågats. "
                "Utbildning för beställare genomförs i mars 2025."},
    {"process": "Avtalsuppföljning",
     "risk": "Risk att leverantörernas åtaganden om arbetsrättsliga villkor inte följs upp "
             "under avtalstiden.",
     "value": "8",
     "controls": "Uppföljning av arbetsrättsliga villkor i fem avtal med hög risk.",
     "owner": "Avtalsförvaltare",
     "follows": "Ja",
     "comment": "Uppföljningen genomfördes i alla fem avtalen utan anmärkning."},
    {"process": "Jäv och bisysslor",
     "risk": "Risk att medarbetare i en utvärderingsgrupp har bisysslor eller intressen hos "
             "en anbudsgivare.",
     "value": "9",
     "controls": "Kontroll att jävsdeklaration finns för varje utvärderingsgrupp.",
     "owner": "Upphandlingschef",
     "follows": "Ja",
     "comment": "Jävsdeklarationer fanns för samtliga 23 utvärderingsgrupper."},
    {"process": "Attest",
     "risk": "Risk att leverantörsfakturor attesteras utan kontroll mot avtalat pris.",
     "value": "8",
     "controls": "Stickprov på 40 fakturor som jämförs med prisbilagan i avtalet.",
     "owner": "Ekonom",
     "follows": "Delvis",
     "comment": "Tre fakturor hade högre pris än avtalat. Mellanskillnaden, 12 400 kronor, "
                "har krediterats."},
    {"process": "Dataskydd",
     "risk": "Risk att personuppgifter i inkomna anbud sparas längre än vad som behövs.",
     "value": "6",
     "controls": "Kontroll av gallring i upphandlingssystemet för upphandlingar avslutade "
                 "2021.",
     "owner": "Systemförvaltare",
     "follows": "Ja",
     "comment": "Gallringen är genomförd enligt dokumenthanteringsplanen."},
]


def nio2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", align="left"),
        Col("risk", "Risk", 3.7, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("owner", "Ansvarig", 2.1, None, align="left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ]
    table = Table("Kontrollmoment 2024", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#d9d9d9", size=9.5, head_size=9.5, font="Carlito",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024, helår"
    blocks = [
        P("Nämnden för inköp och upphandling", "Sub"),
        P(title, "Title"),
        P("Inledning", "H2"),
        P("Enligt kommunens riktlinje för intern kontroll ska nämnden varje år följa upp "
          "sin internkontrollplan och rapportera resultatet till kommunstyrelsen. Planen för "
          "2024 fastställdes av nämnden den 23 november 2023."),
        P("I nämndens riskanalys identifierades 18 risker, varav sju bedömdes som så "
          "väsentliga att de ingår i planen med ett kontrollmoment. Riskvärdet är "
          "sannolikhet gånger konsekvens, båda på en skala från 1 till 4."),
        P("Resultat av kontrollerna", "H2"),
        P("Fyra kontroller följer planen, två följer den delvis och en följer den inte. "
          "Tabellen visar utfallet per kontrollmoment."),
        table,
        P("Förvaltningens bedömning", "H2"),
        P("Den interna kontrollen bedöms i allt väsentligt vara tillräcklig. Dokumentationen "
          "av direktupphandlingar och avtalstroheten följs upp på nytt i planen för 2025."),
    ]
    return Doc(
        name="nio2024_scan_plain_ruled_ansvarig",
        blocks=blocks,
        page=Page(top=1.8, bottom=1.6, left=1.5, right=1.5),
        font="Carlito",
        body_size=10.5,
        cell_size=9.5,
        footer="Nämnden för inköp och upphandling · Uppföljning internkontroll 2024 · Sida "
               "{page} av {pages}",
        organ="Nämnden för inköp och upphandling",
        year=2024,
        period="helår",
        title=title,
        risks_inventoried=18,
        risks_critical=7,
    )
