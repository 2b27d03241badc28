"""Word report 3: Äldre- och funktionsstödsnämnden, uppföljning tertial 1 2025. One quirk: a
first column "Nr" numbering the risks within each process ("1.1", "1.2", "2.1" ...), the
process printed in every row. Liberation Serif 11 pt prose, the risk table in Word's "Table
Grid" with a light grey header (#E7E6E6), Liberation Serif 8.5 pt, nine columns, ten risks
in five processes."""

from holdout_model import P, Page
from word_report import C, Grid, ReportDoc, rec

ORGAN = "Äldre- och funktionsstödsnämnden"
TITLE = "Uppföljning av internkontrollplan 2025, tertial 1 – Äldre- och funktionsstödsnämnden"

# (nr, process, risk, S, K, kontrollmoment, utfall, följer plan)
RISKS = [
    ("1.1", "Biståndshandläggning",
     "Risk att utredningar enligt socialtjänstlagen inte slutförs inom fyra månader.", 3, 3,
     "Uttag ur verksamhetssystemet av pågående utredningar äldre än fyra månader per den "
     "30 april.",
     "Fem utredningar var äldre än fyra månader. Samtliga gällde ärenden där underlag "
     "från hälso- och sjukvården dröjt.", "Delvis"),
    ("1.2", "Biståndshandläggning",
     "Risk att beslut om insatser enligt LSS fattas utan delegation.", 2, 4,
     "Granskning av 20 beslut om insatser enligt LSS mot delegeringsordningen.",
     "Samtliga beslut var fattade av behörig handläggare.", "Ja"),
    ("2.1", "Hemtjänst",
     "Risk att nyckelfri hantering i hemtjänsten ger obehöriga tillgång till brukarnas "
     "bostäder.", 2, 4,
     "Kontroll av behörigheter i låssystemet mot aktuella anställningar i två "
     "hemtjänstgrupper.",
     "Fyra behörigheter tillhörde personal som slutat. Behörigheterna har tagits bort.",
     "Nej"),
    ("2.2", "Hemtjänst",
     "Risk att insatser utförs av personal utan introduktion i basala hygienrutiner.", 3, 3,
     "Kontroll av introduktionsdokumentation för 15 nyanställda.",
     "Dokumentation fanns för 13 av 15 nyanställda.", "Delvis"),
    ("3.1", "Särskilt boende",
     "Risk att brukares privata medel hanteras utan kvittens och redovisning.", 2, 4,
     "Genomgång av kassaböcker för brukarmedel på två boenden.",
     "Kvitton och redovisning fanns för alla transaktioner.", "Ja"),
    ("3.2", "Särskilt boende",
     "Risk att avvikelser enligt lex Sarah inte utreds och rapporteras.", 2, 4,
     "Genomgång av samtliga rapporter enligt lex Sarah under perioden.",
     "Sju rapporter har inkommit och samtliga har utretts inom föreskriven tid.", "Ja"),
    ("4.1", "Daglig verksamhet",
     "Risk att habiliteringsersättning betalas ut med fel belopp.", 3, 3,
     "Avstämning av närvaro mot utbetald habiliteringsersättning för februari och mars.",
     "Två felaktiga utbetalningar om sammanlagt 1 240 kronor har rättats.", "Delvis"),
    ("4.2", "Daglig verksamhet",
     "Risk att transporter till daglig verksamhet utförs av fordon som inte besiktigats.",
     2, 4,
     "Kontroll av besiktningsstatus för verksamhetens åtta fordon.",
     "Alla fordon var besiktigade.", "Ja"),
    ("5.1", "Ekonomi",
     "Risk att avgifter för hemtjänst och boende beräknas på inaktuella inkomstuppgifter.",
     3, 3,
     "Stickprov på 25 avgiftsbeslut och jämförelse med senast inlämnade inkomstuppgifter.",
     "Inkomstuppgifterna var aktuella i 23 av 25 beslut.", "Delvis"),
    ("5.2", "Ekonomi",
     "Risk att inköp görs från leverantörer utan avtal.", 3, 3,
     "Analys av leverantörsreskontran för perioden mot avtalsdatabasen.",
     "Inköp utanför avtal uppgick till 86 000 kronor, främst förbrukningsmaterial.",
     "Delvis"),
]

HEAD = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
        "Utfall", "Följer plan"]
WIDTHS = [0.9, 2.4, 3.3, 1.45, 1.45, 1.25, 3.0, 3.0, 1.25]  # 18.0 cm


def afn2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 1.5, 1.5)
    rows, records = [], []
    for i, (nr, proc, risk, s, k, ctrl, utf, fp) in enumerate(RISKS, 1):
        rows.append((i, [C(nr), C(proc), C(risk), C(str(s), align="center"),
                         C(str(k), align="center"), C(str(s * k), align="center"),
                         C(ctrl), C(utf), C(fp)]))
        records.append(rec(process=proc, risk=risk, probability=s, consequence=k,
                           risk_value=s * k, controls=ctrl, comment=utf, follows_plan=fp,
                           extra={"Nr": nr}))
    blocks = [
        P(TITLE, "Title"),
        P("Tertialrapport januari–april 2025", "Subtitle"),
        P("1. Uppdrag och syfte", "H1"),
        P("Nämnden ska enligt kommunallagen se till att verksamheten bedrivs enligt de mål "
          "och riktlinjer som fullmäktige har bestämt, och att den interna kontrollen är "
          "tillräcklig. Denna rapport redovisar de kontroller som har genomförts under årets "
          "första tertial."),
        P("2. Riskbedömning", "H1"),
        P("I riskanalysen identifierades 27 risker, varav tio bedöms som kritiska. En risk är "
          "kritisk när produkten av sannolikhet och konsekvens, bedömda på en skala från 1 "
          "till 4, är 8 eller högre. Riskerna i tabellen är numrerade per process."),
        P("3. Genomförda kontroller", "H1"),
        Grid("Kontroller", WIDTHS, [HEAD], rows, rule="0.5pt solid #000000",
             header_fill="#E7E6E6", size=8.5, font="Liberation Serif", pad=0.12,
             pad_v=0.02),
        P("4. Analys", "H1"),
        P("Fyra kontroller visar att rutinerna fungerar och fem visar delvis brister. "
          "Kontrollen av behörigheter i låssystemet (2.1) visar att rutinen för avslut inte "
          "har följts. Samtliga brister följs upp i tertial 2."),
        P("5. Förslag till beslut", "H1"),
        P("Äldre- och funktionsstödsnämnden lägger uppföljningen av internkontrollplanen för "
          "tertial 1 2025 till handlingarna."),
    ]
    return ReportDoc(
        name="afn2025_nr_per_process",
        blocks=blocks, page=page, font="Liberation Serif", body_size=11.0,
        heading_color="#375623",
        footer="Äldre- och funktionsstödsnämnden – tertial 1 2025 – sida {page} av {pages}",
        footer_align="right",
        organ=ORGAN, year=2025, period="tertial", title=TITLE,
        risks_inventoried=27, risks_critical=10,
        columns=[{"header": h, "field": f} for h, f in zip(HEAD, (
            None, "process", "risk", "probability", "consequence", "risk_value", "controls",
            "comment", "follows_plan"))],
        records=records, grids=("Kontroller",),
    )
