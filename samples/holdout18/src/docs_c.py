"""Holdout18 document C: Miljö- och energinämnden, an A3 landscape report: page 1 holds the
title and a table of contents with dotted leaders and page numbers ("3. Risker och kontroller
........ 2"), the prose stands in two newspaper columns, and the risk table has eight columns
across the wide page (Process | Risk | Sannolikhet | Konsekvens | Riskvärde | Kontrollmoment
| Följer plan | Kommentar)."""

from h18kit import H18Table, Toc
from holdout_model import Col, Doc, P, Page, Section


def row(process, risk, s, k, controls, follows, comment):
    return {"process": process, "risk": risk, "s": str(s), "k": str(k), "value": str(s * k),
            "controls": controls, "follows": follows, "comment": comment}


MEN_ROWS = [
    row("Tillsyn av miljöfarlig verksamhet",
        "Risk att tillsynen av anmälningspliktiga verksamheter inte genomförs enligt "
        "tillsynsplanen, eftersom handläggarnas tid i stället går till klagomål och "
        "förelägganden med kort svarstid.",
        3, 4,
        "Uppföljning i verksamhetssystemet av genomförda tillsynsbesök per "
        "verksamhetskategori, jämfört med tillsynsplanens prioriteringar.",
        "Delvis",
        "Av 188 planerade tillsynsbesök genomfördes 151. Eftersläpningen gäller främst "
        "lantbruk och fordonstvättar; de 37 besöken har lagts först i tillsynsplanen för "
        "2025 och två handläggare har tillsvidareanställts."),
    row("Strandskyddsdispenser",
        "Risk att dispenser från strandskyddet beslutas utan att särskilda skäl prövas och "
        "dokumenteras, så att länsstyrelsen upphäver besluten vid överprövning.",
        2, 4,
        "Granskning av samtliga beslut om strandskyddsdispens under året mot "
        "bestämmelserna i miljöbalken och delegationsordningen.",
        "Ja",
        "Alla 14 beslut innehöll en prövning av särskilda skäl och var fattade med stöd av "
        "delegation. Länsstyrelsen överprövade två beslut och lät båda stå kvar."),
    row("Energi- och klimatrådgivning",
        "Risk att det statliga bidraget till energi- och klimatrådgivningen redovisas "
        "felaktigt till Energimyndigheten, så att bidrag måste betalas tillbaka.",
        2, 4,
        "Avstämning av rådgivningsstatistiken och redovisade lönekostnader mot "
        "bidragsbeslutet och projektets bokföring.",
        "Ja",
        "Redovisningen stämde med bokföringen. Rådgivarna hade 642 kontakter med hushåll "
        "och 58 med företag, vilket överträffar målen i bidragsbeslutet."),
    row("Köldmedier",
        "Risk att årliga köldmedierapporter inte kommer in eller inte granskas, så att "
        "läckage av fluorerade växthusgaser från större aggregat inte upptäcks.",
        3, 3,
        "Kontroll av att rapporter har kommit in från samtliga registrerade operatörer och "
        "att rapporter med läckage har följts upp.",
        "Nej",
        "Rapport saknades från 23 av 164 operatörer och sex rapporter med läckage hade inte "
        "följts upp. Påminnelser har skickats och uppföljningen läggs in som en "
        "återkommande uppgift i ärendesystemet."),
    row("Förorenade områden",
        "Risk att ansvaret för utredning och sanering av förorenade markområden inte klarläggs "
        "innan bygglov och markanvisning, så att kommunen får bära kostnaderna.",
        4, 4,
        "Genomgång av de ärenden om markanvisning och detaljplan där objekt i "
        "länsstyrelsens databas över potentiellt förorenade områden berörs.",
        "Delvis",
        "I fem av sju ärenden var ansvarsfrågan utredd. I två ärenden hade markanvisning "
        "skett innan miljöteknisk markundersökning var klar; rutinen för samråd med "
        "exploateringsenheten skrivs om."),
    row("Årliga tillsynsavgifter",
        "Risk att årliga tillsynsavgifter inte debiteras eller debiteras med fel "
        "avgiftsklass, eftersom verksamhetsregistret inte uppdateras när verksamheter ändras "
        "eller upphör.",
        3, 3,
        "Stickprov på 40 verksamheter där avgiftsklassen i verksamhetsregistret jämförs med "
        "gällande taxa och fakturerat belopp.",
        "Ja",
        "Avgiften var rätt i 38 av 40 fall. Två verksamheter hade upphört utan att "
        "registret ändrats; fakturorna har krediterats."),
    row("Radon i bostäder",
        "Risk att radonmätningar i flerbostadshus inte genomförs eller inte redovisas, så "
        "att boende utsätts för radonhalter över referensnivån.",
        2, 4,
        "Uppföljning av förelägganden om radonmätning i flerbostadshus och av inkomna "
        "mätprotokoll under mätsäsongen.",
        "Ja",
        "Mätprotokoll kom in för alla 31 fastigheter som förelagts att mäta. I fyra "
        "fastigheter över referensnivån har åtgärder beslutats."),
    row("Dokumenthanterings- och arkivrutiner",
        "Risk att inkomna handlingar i tillsynsärenden inte registreras i tid, så att "
        "allmänheten inte får del av allmänna handlingar och att frister missas.",
        3, 3,
        "Stickprov på 50 inkomna handlingar där ankomstdatum jämförs med datum för "
        "registrering i ärende- och dokumenthanteringssystemet.",
        "Delvis",
        "44 av 50 handlingar registrerades inom två arbetsdagar. Sex e-postmeddelanden "
        "registrerades först efter en vecka; funktionsbrevlådan bevakas nu dagligen."),
]


def men2024() -> Doc:
    cols = [
        Col("process", "Process", 3.4, "process", align="left"),
        Col("risk", "Risk", 6.4, "risk"),
        Col("s", "Sannolikhet", 2.2, "probability", align="center"),
        Col("k", "Konsekvens", 2.2, "consequence", align="center"),
        Col("value", "Riskvärde", 2.0, "risk_value", align="center"),
        Col("controls", "Kontrollmoment", 6.4, "controls"),
        Col("follows", "Följer plan", 1.9, "follows_plan", align="left"),
        Col("comment", "Kommentar", 13.5, "comment"),
    ]
    table = H18Table("Risker och kontroller 2024", cols, MEN_ROWS,
                     rule="0.75pt solid #375623", header_fill="#e2efda", size=10.0,
                     font="Carlito", pad=0.12, keep_rows=True, margin_top=0.2,
                     header_align="left")
    toc = Toc([
        ("1. Inledning", 2, 1),
        ("2. Sammanfattande bedömning", 2, 1),
        ("3. Risker och kontroller", 2, 1),
        ("3.1 Så har riskerna bedömts", 2, 2),
        ("3.2 Resultat per risk", 2, 2),
        ("4. Fortsatt arbete", 3, 1),
    ], tab=22.0, size=12.0)
    blocks = [
        P("Miljö- och energinämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024 – helår", "Title"),
        P("Rapport till nämndens sammanträde den 19 februari 2025. Dnr MEN 2025/0042", "Small"),
        toc,
        P("1. Inledning", "H2", break_before=True),
        Section([
            P("Nämnden ska enligt kommunallagen se till att den interna kontrollen är "
              "tillräcklig och att verksamheten bedrivs på ett i övrigt tillfredsställande "
              "sätt. Internkontrollplanen för 2024 antogs av miljö- och energinämnden i "
              "december 2023 och bygger på förvaltningens riskanalys."),
            P("I riskanalysen bedömdes 22 risker. Åtta av dem fick ett riskvärde på 8 eller "
              "högre och togs med i internkontrollplanen; de övriga 14 hanteras inom den "
              "ordinarie verksamhetsuppföljningen och redovisas inte här."),
            P("Kontrollerna har genomförts av miljöinspektörer, energi- och klimatrådgivare "
              "och förvaltningens controller. Resultatet redovisas i avsnitt 3, där varje "
              "risk står på en rad med sin bedömning, kontrollmomentet och utfallet."),
        ], columns=2, gap=1.0),
        P("2. Sammanfattande bedömning", "H2"),
        Section([
            P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
              "Fyra av åtta kontroller visade att verksamheten följer planen, tre visade "
              "delvis brister och en visade brister som kräver åtgärder."),
            P("Den allvarligaste bristen gäller granskningen av köldmedierapporter. Även "
              "ansvarsfrågan vid förorenade områden och eftersläpningen i tillsynen av "
              "miljöfarlig verksamhet behöver följas upp under 2025."),
        ], columns=2, gap=1.0),
        P("3. Risker och kontroller", "H2"),
        P("3.1 Så har riskerna bedömts", "H2"),
        P("Sannolikhet och konsekvens bedöms på en skala 1–4. Riskvärdet är produkten av "
          "de två bedömningarna; risker med ett värde på 8 eller högre ingår i "
          "internkontrollplanen."),
        P("3.2 Resultat per risk", "H2"),
        table,
        P("4. Fortsatt arbete", "H2"),
        P("Kontrollerna av köldmedierapporter, förorenade områden och tillsynen av "
          "miljöfarlig verksamhet förs över till internkontrollplanen för 2025. "
          "Förvaltningen redovisar åtgärderna för nämnden i samband med delårsrapporten."),
    ]
    return Doc(
        name="men2024_a3_landscape_toc_eight_columns",
        blocks=blocks,
        page=Page(width=42.0, height=29.7, top=2.0, bottom=2.0, left=2.0, right=2.0),
        font="Carlito",
        body_size=12.0,
        cell_size=10.0,
        footer="Miljö- och energinämnden – Uppföljning av internkontrollplan 2024 – sida "
        "{page}",
        organ="Miljö- och energinämnden",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024 – helår",
        risks_inventoried=22,
        risks_critical=8,
    )
