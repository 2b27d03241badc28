"""Holdout13 document C: Utbildnings- och arbetsmarknadsnämnden, a ruled risk table whose
cells are full of typography: «» and ”” quotes, "≥ 9", "§ 12", "…", amounts with
non-breaking spaces ("1 200 000 kr"), en dashes in ranges ("2024–2025", "januari–mars"),
an e-mail address and a web address, the abbreviations "t.ex.", "bl.a.", "enl.", "ca",
"%" after a non-breaking space, and a real hyphen at a line end ("IT-" / "stödet")."""

from holdout_model import Col, Doc, P, Page, Table

NB = "\u00a0"  # non-breaking space (in amounts and before "%" / "kr")

UAN_ROWS = [
    {
        "process": "Antagning till vuxenutbildning",
        "risk": "Risk att sökande antas till kommunal vuxenutbildning utan att behörighet och "
        "prioritering enl. skollagen och förordningen om vuxenutbildning har prövats, "
        "t.ex. när en kurs har fler sökande än platser.",
        "value": "12",
        "controls": "Stickprov på 25 antagningsbeslut för kursstarterna januari–mars: "
        "behörighet, prioritering och att beslutet fattats av rätt delegat.",
        "follows": "Delvis",
        "comment": "21 av 25 beslut var korrekta. I fyra beslut saknades bedömning enl. "
        "nämndens riktlinjer «Prioritering vid antagning», bl.a. för sökande med "
        "utländska betyg.",
    },
    {
        "process": "Upphandlad utbildning",
        "risk": "Risk att upphandlade utbildningsanordnare inte levererar det som avtalen "
        "för 2024–2025 anger, t.ex. lärarledd tid, studie- och yrkesvägledning och "
        "rapportering av betyg.",
        "value": "9",
        "controls": "Avstämning av fakturor över 1" + NB + "200" + NB + "000" + NB
        + "kr mot närvaro- och resultatrapporter för perioden januari–april.",
        "follows": "Ja",
        "comment": "Fakturerat belopp för perioden var 4" + NB + "860" + NB + "000" + NB
        + "kr. Samtliga fakturor stämde mot rapporterna; avvikelsen var under 0,5" + NB
        + "%.",
    },
    {
        "process": "Anställningsstöd och extratjänster",
        "risk": "Risk att kommunen tar emot statligt stöd för anställningar som inte "
        "uppfyller villkoren, så att Arbetsförmedlingen kräver tillbaka bidrag … och "
        "kommunen får bära hela lönekostnaden.",
        "value": "8",
        "controls": "Kontroll av alla beslut om stöd för anställningar som började under "
        "vecka 2–16: beslut, lönenivå, arbetstid och handledare.",
        "follows": "Ja",
        "comment": "Villkoren var uppfyllda för 38 av 38 anställningar. Ca 35" + NB + "000"
        + NB + "kr i stöd för mars hade inte rekvirerats och har nu begärts.",
    },
    {
        "process": "Studie- och yrkesvägledning",
        "risk": "Risk att eleverna i gymnasieskolan inte får den vägledning som ”Plan "
        "för studie- och yrkesvägledning 2024–2026” utlovar, t.ex. inför val av kurser "
        "och vid byte av program.",
        "value": "8",
        "controls": "Enkät till elever i årskurs 1 och genomgång av vägledarnas "
        "dokumentation av samtal under januari–april.",
        "follows": "Nej",
        "comment": "Endast 61" + NB + "% av eleverna uppgav att de haft ett samtal med en "
        "vägledare. Två tjänster har varit vakanta sedan hösten; rekrytering pågår.",
    },
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att obehöriga kommer åt uppgifter om elever med skyddade "
        "personuppgifter via IT-stödet för elevdokumentation, t.ex. genom behörigheter som "
        "inte tas bort när personal slutar.",
        "value": "12",
        "controls": "Genomgång av behörigheterna i IT-stödet för elevdokumentation mot "
        "personalförteckningen per den 31 mars. Incidenter anmäls till "
        "uan@exempel.se inom ett dygn.",
        "follows": "Delvis",
        "comment": "17 konton tillhörde personer som slutat. De har stängts. Rutinen för "
        "att avsluta behörigheter har skrivits om och publicerats på "
        "www.exempel.se/uan i april.",
    },
    {
        "process": "Frånvaro och CSN",
        "risk": "Risk att elevers ogiltiga frånvaro inte rapporteras till CSN inom den "
        "tid som gäller, så att studiehjälp betalas ut felaktigt och återkrävs av "
        "familjerna.",
        "value": "9",
        "controls": "Jämförelse av frånvaron i IT-stödet med rapporterna till CSN för "
        "vecka 10–12; kontroll av att rapport skickats när ogiltig frånvaro ≥" + NB
        + "9" + NB + "timmar per månad.",
        "follows": "Ja",
        "comment": "Rapporteringen var korrekt för alla kontrollerade elever. Rapporterna "
        "skickades i genomsnitt 3 dagar efter månadens slut.",
    },
    {
        "process": "Delegation och attest",
        "risk": "Risk att beslut fattas av någon som saknar delegation enl. nämndens "
        "delegationsordning (beslut 2024-01-23 §" + NB + "12), eller att fakturor attesteras "
        "av fel person.",
        "value": "16",
        "controls": "Stickprov på 30 delegationsbeslut och 40 fakturor ur ekonomisystemet "
        "för januari–april: beslutsfattare, beloppsgränser och attestant.",
        "follows": "Ja",
        "comment": "Samtliga beslut var fattade av rätt delegat. En faktura på 62" + NB
        + "400" + NB + "kr var attesterad av en ersättare utan att ordinarie attestant "
        "var frånvarande; det har påtalats.",
    },
]


def uan2024() -> Doc:
    cols = [
        Col("process", "Process", 2.4, "process", "left"),
        Col("risk", "Risk", 3.9, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 3.7, "controls", "left"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.1, "comment", "left"),
    ]
    t = Table("Kontroller", cols, UAN_ROWS, rule="0.5pt solid #1f3864",
              header_fill="#1f3864", header_color="#ffffff", font="DejaVu Serif", size=8.5,
              pad=0.1, margin_top=0.2)
    title = "Uppföljning av internkontrollplan 2024, tertial 1"
    blocks = [
        P("Utbildnings- och arbetsmarknadsnämnden", "Sub"),
        P(title, "Title"),
        P("Ärendet", "H2"),
        P("Utbildnings- och arbetsmarknadsnämnden ansvarar för gymnasieskolan, den kommunala "
          "vuxenutbildningen och kommunens arbetsmarknadsinsatser. Nämnden antog "
          "internkontrollplanen för 2024 den 23 januari (§" + NB + "12). Denna uppföljning "
          "avser januari–april 2024."),
        P("Riskbedömning", "H2"),
        P("Förvaltningen har inventerat 21 risker. Sju av dessa bedöms som kritiska, med ett "
          "riskvärde på 8 eller högre, och ingår i planen med kontrollmoment. Frågor om "
          "uppföljningen besvaras av nämndens registrator, uan@exempel.se."),
        P("Resultat per kontrollmoment", "H2"),
        t,
        P("Bedömning", "H2"),
        P("Kontrollerna visar att rutinerna för upphandlad utbildning, anställningsstöd, "
          "frånvarorapportering och attest fungerar. Brister finns i antagningen, i "
          "studie- och yrkesvägledningen och i hanteringen av behörigheter; de följs upp "
          "i nästa tertialrapport."),
    ]
    return Doc(
        "uan2024_typography_in_cells", blocks,
        Page(left=2.0, right=2.0, top=2.0, bottom=2.0),
        font="DejaVu Serif", body_size=10, cell_size=8.5,
        footer="Utbildnings- och arbetsmarknadsnämnden · tertial 1 2024 · {page} ({pages})",
        organ="Utbildnings- och arbetsmarknadsnämnden", year=2024, period="tertial",
        title=title, risks_inventoried=21, risks_critical=7,
    )
