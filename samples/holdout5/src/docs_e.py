"""Holdout5 document E: Idrottsnämnden, two risk tables in two house styles. The first is
ruled, with Sannolikhet / Konsekvens / Riskvärde and no Följer plan column; the second, after
a heading in the middle of a page, has no lines at all, body cells centred vertically, other
wordings (Ansvarsområde, Kontroll, Enligt plan, Resultat), an e-mail address and a web address,
and an unlabelled risk whose Resultat holds an enumeration "a)" / "b)"."""

from holdout_model import Col, Doc, P, Page, Table

ANL_ROWS = [
    {
        "process": "Bokning av idrottsanläggningar",
        "risk": "Risk att tider i sporthallar och på konstgräsplaner bokas av föreningar "
        "utan att de debiteras, eller debiteras enligt fel taxa.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Avstämning av bokningssystemet mot fakturerade timmar för fyra "
        "slumpvis valda veckor per tertial.",
        "comment": "Under perioden januari–augusti saknades debitering för 46 timmar, "
        "främst helgbokningar som gjorts direkt i e-tjänsten. Fakturorna har skickats i "
        "efterhand.",
    },
    {
        "process": "Drift och säkerhet i simhallar",
        "risk": "Risk att vattenkvaliteten i bassängerna inte kontrolleras enligt "
        "egenkontrollprogrammet, så att badgäster kan bli sjuka.",
        "s": "2", "k": "4", "r": "8",
        "controls": "Granskning av driftjournalerna för två veckor per månad och jämförelse "
        "med analyssvaren från laboratoriet.",
        "comment": "Journalerna var kompletta. Ett analyssvar i maj visade för höga halter "
        "av bundet klor; bassängen stängdes i två dagar och vattnet byttes.",
    },
    {
        "process": "Nycklar och passerkort",
        "risk": "Risk att passerkort till anläggningarna inte spärras när en förening "
        "eller en anställd inte längre ska ha tillträde.",
        "s": "3", "k": "3", "r": "9",
        "controls": "Jämförelse av aktiva passerkort i IT-stödet för passage mot listan "
        "över föreningar med tider och anställda.",
        "comment": "31 kort var aktiva utan att innehavaren hade rätt till tillträde. "
        "Korten har spärrats och spärrlistan stäms nu av varje månad.",
    },
]

FOR_ROWS = [
    {
        "area": "Föreningsbidrag",
        "risk": "Risk att aktivitetsbidrag betalas ut för deltagartillfällen som inte har "
        "ägt rum.",
        "value": "12",
        "controls": "Stickprov på närvarokort hos fem föreningar per år; föreningarna "
        "skickar underlaget till idrott@norrvik.se.",
        "follows": "Ja",
        "result": ["Kontrollen visade två avvikelser:",
                   "a) en förening hade rapporterat samma deltagare två gånger vid tolv "
                   "tillfällen;",
                   "b) en förening saknade närvarokort för en hel termin.",
                   "Bidragen har räknats om och 18 400 kronor har återkrävts."],
    },
    {
        "area": "Anläggningsbidrag",
        "risk": "Risk att bidrag till föreningsägda anläggningar beviljas utan att "
        "föreningen har visat att anläggningen hålls öppen för allmänheten.",
        "value": "8",
        "controls": "Kontroll av ansökningarna mot föreningarnas öppettider och mot "
        "bokningsuppgifterna.",
        "follows": "Ja",
        "result": "Inga avvikelser. Villkoren finns på "
        "www.norrvik.se/idrott/foreningsstod/anlaggningsbidrag.",
    },
    {
        "area": "Evenemangsstöd",
        "risk": "Risk att stöd till större idrottsevenemang beviljas utan att budget och "
        "säkerhetsplan har redovisats.",
        "value": "9",
        "controls": "Genomgång av samtliga beviljade evenemangsstöd inför utbetalning.",
        "follows": "Nej",
        "result": "Två av sju stöd betalades ut innan säkerhetsplanen hade kommit in. "
        "Rutinen har ändrats så att utbetalningen kräver en bekräftelse från "
        "säkerhetssamordnaren.",
    },
]


def idn2024() -> Doc:
    anl = Table(
        "Anläggningsavdelningen", [
            Col("process", "Process", 2.4, "process", "left"),
            Col("risk", "Risk", 3.5, "risk"),
            Col("s", "Sannolikhet", 1.4, "probability", "center"),
            Col("k", "Konsekvens", 1.4, "consequence", "center"),
            Col("r", "Riskvärde", 1.3, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.2, "controls"),
            Col("comment", "Kommentar", 4.2, "comment"),
        ], ANL_ROWS,
        rule="0.5pt solid #000000", header_fill="#d9d9d9", size=8,
    )
    foren = Table(
        "Föreningsavdelningen", [
            Col("area", "Ansvarsområde", 2.6, "process", "left"),
            Col("risk", "Risk", 3.6, "risk"),
            Col("value", "Riskvärde", 1.4, "risk_value", "center"),
            Col("controls", "Kontroll", 3.4, "controls"),
            Col("follows", "Enligt plan", 1.4, "follows_plan", "center"),
            Col("result", "Resultat", 5.0, "comment"),
        ], FOR_ROWS,
        rules="none", header_fill=None, size=8, body_valign="middle", pad=0.12,
    )
    title = "Idrottsnämnden – tertialrapport 2 2024, uppföljning av internkontroll"
    blocks = [
        P(title, "Title"),
        P("Fritids- och idrottsförvaltningen · Dnr IDN 2024/77", "Sub"),
        P("Idrottsnämnden ansvarar för kommunens idrottsanläggningar, simhallar och "
          "friluftsområden samt för stödet till idrottsföreningar. Internkontrollplanen "
          "för 2024 antogs den 2024-01-18 och följs upp i tertialrapporterna och i "
          "verksamhetsberättelsen."),
        P("Riskanalysen omfattar 15 risker; sex av dem bedöms som kritiska och har "
          "kontrollmoment i planen. Kontrollerna redovisas per avdelning, i den mall som "
          "respektive avdelning använder."),
        P("Anläggningsavdelningen", "H2"),
        anl,
        P("Föreningsavdelningen", "H2"),
        P("Föreningsavdelningen redovisar riskvärdet direkt, utan uppdelning på "
          "sannolikhet och konsekvens."),
        foren,
        P("Sammanfattande bedömning", "H2"),
        P("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Utbetalningen av "
          "evenemangsstöd följer inte planen och följs upp i verksamhetsberättelsen."),
    ]
    return Doc(
        "idn2024_two_tables_unruled_centred", blocks, Page(left=1.8, right=1.8),
        font="DejaVu Sans", body_size=9.5, cell_size=8,
        footer="Idrottsnämnden · tertialrapport 2 2024 · sida {page}",
        organ="Idrottsnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=15, risks_critical=6,
    )
