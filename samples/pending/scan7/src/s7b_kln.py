"""scan7 document B: Kost- och lokalvårdsnämnden, delårsbokslut per 30 april 2025, A4
portrait: the counts stand only in a small **key-figures table** ("Identifierade risker 24",
"Varav i internkontrollplanen 8") above the risk table; a ruled Word table (Carlito 9 pt)
with the one quirk, a date column **"Senast uppföljd"** between the control and the answer.
Scanned grey at 250 dpi."""

from holdout_model import Col, Doc, P, Page, SmallTable, Table

ROWS = [
    {"process": "Livsmedelssäkerhet",
     "risk": "Risk att egenkontrollprogrammet i tillagningsköken inte följs, så att "
             "temperaturavvikelser vid nedkylning och varmhållning inte upptäcks.",
     "value": "12",
     "controls": "Granskning av temperaturloggar i sex av förvaltningens tolv "
                 "tillagningskök.",
     "date": "2025-04-11",
     "follows": "Delvis",
     "comment": "Loggarna var kompletta i fyra kök. I två kök saknades mätningar vid "
                "nedkylning under helger."},
    {"process": "Specialkost",
     "risk": "Risk att elever och brukare med allergi får fel specialkost på grund av "
             "brister i märkning och beställningsrutiner.",
     "value": "16",
     "controls": "Stickprov på 30 specialkostbeställningar som följs från beställning till "
                 "servering.",
     "date": "2025-03-27",
     "follows": "Ja",
     "comment": "Alla 30 beställningar var rätt märkta och levererade till rätt enhet."},
    {"process": "Lokalvård",
     "risk": "Risk att städningen inte utförs enligt överenskommen städfrekvens i förskolor "
             "och skolor.",
     "value": "9",
     "controls": "Kvalitetsuppföljning med INSTA 800-mätning på tio enheter.",
     "date": "2025-04-22",
     "follows": "Delvis",
     "comment": "Godkänd nivå uppnåddes på sju enheter. Städfrekvensen har justerats på tre "
                "förskolor."},
    {"process": "Inköp",
     "risk": "Risk att livsmedel köps in utanför avtalat sortiment och till högre pris än "
             "avtalat.",
     "value": "9",
     "controls": "Analys av inköpsstatistik från livsmedelsgrossisten för januari–mars.",
     "date": "2025-04-15",
     "follows": "Ja",
     "comment": "Avtalstroheten var 93 procent, över målet på 90 procent."},
    {"process": "Arbetsmiljö",
     "risk": "Risk för belastningsskador hos kockar och lokalvårdare på grund av tunga lyft "
             "och ensidiga arbetsmoment.",
     "value": "12",
     "controls": "Uppföljning av att riskbedömningar och åtgärdsplaner finns för alla "
                 "arbetsplatser.",
     "date": "2025-04-03",
     "follows": "Nej",
     "comment": "Riskbedömningar saknades för fem av 22 arbetsplatser och tas fram under "
                "maj."},
    {"process": "Kemikaliehantering",
     "risk": "Risk att rengöringsmedel och andra kemikalier förvaras och hanteras utan "
             "aktuella säkerhetsdatablad.",
     "value": "8",
     "controls": "Kontroll av kemikalieförteckning och säkerhetsdatablad i "
                 "städcentralerna.",
     "date": "2025-02-28",
     "follows": "Ja",
     "comment": "Förteckningarna var uppdaterade och säkerhetsdatabladen aktuella."},
    {"process": "Attest",
     "risk": "Risk att fakturor för livsmedel attesteras utan avstämning mot följesedel och "
             "faktisk leverans.",
     "value": "8",
     "controls": "Stickprov på 40 leverantörsfakturor som jämförs med följesedlarna.",
     "date": "2025-04-24",
     "follows": "Delvis",
     "comment": "Tre fakturor saknade avstämning mot följesedel. Attestanterna har fått "
                "förnyad information."},
    {"process": "Krisberedskap",
     "risk": "Risk att måltidsförsörjningen till äldreboenden inte kan upprätthållas vid "
             "ett längre strömavbrott.",
     "value": "12",
     "controls": "Kontroll av kontinuitetsplan och beredskapslager i de fyra kök som "
                 "levererar till vård- och omsorgsboenden.",
     "date": "2025-03-14",
     "follows": "Ja",
     "comment": "Kontinuitetsplanerna är uppdaterade och reservkraft finns i alla fyra "
                "kök."},
]


def kln2025() -> Doc:
    cols = [
        Col("process", "Process", 2.2, "process", align="left"),
        Col("risk", "Risk", 4.2, "risk"),
        Col("value", "Riskvärde", 1.3, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 3.5, "controls"),
        Col("date", "Senast uppföljd", 1.8, None, align="left"),
        Col("follows", "Följer plan", 1.3, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.5, "comment"),
    ]
    table = Table("Kontrollmoment per 30 april", cols, ROWS, rule="0.5pt solid #000000",
                  header_fill="#e2efd9", size=9, head_size=9, font="Carlito",
                  pad=0.1, keep_rows=True, margin_top=0.2)
    facts = SmallTable(
        "Nyckeltal", ["Internkontroll i siffror", "Antal"], [6.5, 1.8],
        [["Identifierade risker", "24"],
         ["Varav i internkontrollplanen", "8"],
         ["Kontroller med avvikelse", "4"]],
        ["left", "right"], size=9, header_fill="#e2efd9")
    title = "Delårsbokslut per 30 april 2025 – uppföljning av internkontrollplanen"
    blocks = [
        P("Kost- och lokalvårdsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Nämnden antog internkontrollplanen för 2025 i december 2024. Denna uppföljning "
          "ingår i delårsbokslutet per 30 april och omfattar de kontroller som har genomförts "
          "under årets första fyra månader. Riskvärdet är sannolikhet gånger konsekvens, båda "
          "på en skala från 1 till 4. Nyckeltalen framgår av tabellen nedan."),
        facts,
        P("Resultat per kontrollmoment", "H2"),
        table,
        P("Bedömning", "H2"),
        P("Fyra kontroller följer planen, tre följer den delvis och en inte. Åtgärderna följs "
          "upp per 31 augusti."),
    ]
    return Doc(
        name="kln2025_scan_250dpi_fact_box_senast_uppfoljd",
        blocks=blocks,
        page=Page(top=1.6, bottom=1.5, left=1.6, right=1.6),
        font="Carlito",
        body_size=10.5,
        cell_size=9,
        footer="Kost- och lokalvårdsnämnden · Delårsbokslut per 30 april 2025 · Sida {page}",
        organ="Kost- och lokalvårdsnämnden",
        year=2025,
        period="delår",
        title=title,
        risks_inventoried=24,
        risks_critical=8,
    )
