"""Holdout5 document A: Bildningsnämnden, two risk tables in one report (one per avdelning)
with different column sets and wordings and a heading between them; the second table starts
in the middle of a page. Period "Uppföljning per den 31 augusti (T2)", counts "bedömt 21
risker, varav nio bedöms som kritiska"."""

from holdout_model import Col, Doc, P, Page, Table

SKOLA_ROWS = [
    {
        "process": "Skolplacering och skolval",
        "risk": "Risk att elever placeras i strid med nämndens placeringsregler, så att "
        "vårdnadshavare överklagar och beslut upphävs.",
        "value": "9",
        "controls": "Stickprov på 25 placeringsbeslut inför höstterminen mot regler, "
        "ansökan i e-tjänsten och turordningslista.",
        "follows": "Ja",
        "comment": "Samtliga 25 beslut följde reglerna. Två beslut överklagades till "
        "Skolväsendets överklagandenämnd, som avslog överklagandena den 2024-06-30 "
        "respektive 2024-07-12.",
    },
    {
        "process": "Elevhälsa",
        "risk": "Risk att journaler inom skolans hälso- och sjukvård inte förs enligt "
        "patientdatalagen, så att uppgifter saknas när eleven byter skola.",
        "value": "12",
        "controls": "Granskning av tio journaler per skolsköterska i journalsystemet, "
        "utförd av medicinskt ledningsansvarig.",
        "follows": "Delvis",
        "comment": "Vid fyra av tolv skolor saknades signering i enstaka journalanteckningar. "
        "Skolsköterskorna har fått en genomgång av rutinen och IT-stödet har ställts om "
        "så att osignerade anteckningar visas på startsidan.",
    },
    {
        "process": "Frånvarohantering",
        "risk": "Risk att upprepad ogiltig frånvaro inte anmäls till rektor och inte "
        "utreds, så att elevens rätt till utbildning inte tillgodoses.",
        "value": "12",
        "controls": "Uttag ur frånvarosystemet över elever med mer än 15 procent frånvaro "
        "och jämförelse med påbörjade utredningar.",
        "follows": "Nej",
        "comment": "Av 61 elever med hög frånvaro hade 38 en påbörjad utredning. Rutinen "
        "för anmälan till rektor har förtydligats och följs upp igen i december.",
    },
    {
        "process": "Skolskjuts",
        "risk": "Risk att beslut om skolskjuts fattas utan att avståndet och trafikmiljön "
        "har bedömts, så att kostnaderna ökar utan att eleverna har rätt till skjuts.",
        "value": "8",
        "controls": "Kontroll av 20 beslut om skolskjuts mot kartunderlag och riktlinjer.",
        "follows": "Ja",
        "comment": "Inga avvikelser. Ett nytt kartstöd har införts under våren, och "
        "handläggningstiden har minskat från 21 till 12 dagar.",
    },
    {
        "process": "Fritidshem",
        "risk": "Risk att barngruppernas storlek i fritidshemmen överskrider riktvärdena "
        "utan att huvudmannen får kännedom om det.",
        "value": "9",
        "controls": "Halvårsvis sammanställning av inskrivna barn per grupp och personal "
        "i tjänst, rapporterad till förvaltningsledningen.",
        "follows": "Ja",
        "comment": ["Tre fritidshem hade grupper över riktvärdet i januari. Rektorerna har "
        "redovisat åtgärder och en ny avdelning öppnades vid Ekbackens skola i augusti.",
        "Sammanställningen för augusti visar att två fritidshem fortfarande ligger över "
        "riktvärdet. Rektorerna har fått i uppdrag att redovisa en plan för bemanningen "
        "till förvaltningsledningen senast den 2024-10-15, och frågan tas upp på nämndens "
        "sammanträde i november."],
    },
]

KULTUR_ROWS = [
    {
        "area": "Bibliotek",
        "risk": "Risk att media som lånas ut via e-tjänsten och de meröppna biblioteken "
        "inte återlämnas och att kraven på ersättning inte skickas.",
        "s": "3", "k": "3",
        "handling": "Månatlig avstämning av förfallna lån mot utskickade krav; påminnelse "
        "via sms efter sju dagar.",
        "resp": "Bibliotekschef",
        "result": "Andelen lån som återlämnas i tid har ökat från 88 till 93 procent sedan "
        "påminnelserna infördes. Kraven skickas varje månad.",
    },
    {
        "area": "Kulturskolan",
        "risk": "Risk att avgifter för kurser i kulturskolan debiteras fel när elever byter "
        "kurs eller slutar mitt i terminen.",
        "s": "3", "k": "2",
        "handling": "Avstämning av elevregistret mot fakturaunderlaget inför varje "
        "faktureringsomgång.",
        "resp": "Kulturskolechef",
        "result": "Elva felaktiga avgifter rättades inför vårens fakturering. Rutinen "
        "fungerar och kontrollen fortsätter under 2025.",
    },
    {
        "area": "Kulturstöd",
        "risk": "Risk att bidrag till kulturföreningar betalas ut utan att föreningen har "
        "lämnat verksamhetsberättelse och ekonomisk redovisning för föregående år.",
        "s": "2", "k": "4",
        "handling": "Kontroll av samtliga utbetalningar mot inkomna redovisningar innan "
        "bidraget attesteras.",
        "resp": "Kulturstrateg",
        "result": "Två föreningar fick bidrag innan redovisningen hade kommit in. "
        "Utbetalningarna hålls nu inne tills redovisningen har godkänts.",
    },
    {
        "area": "Allmän kulturverksamhet",
        "risk": "Risk att evenemang genomförs utan att säkerhets- och utrymningsfrågor är "
        "utredda, vilket kan leda till personskador.",
        "s": "2", "k": "4",
        "handling": "Checklista för evenemang med fler än 150 besökare, godkänd av "
        "säkerhetssamordnare senast två veckor före.",
        "resp": "Evenemangsansvarig",
        "result": "Checklistan har använts vid samtliga nio större evenemang under perioden. "
        "Vid sommarfestivalen kompletterades utrymningsplanen efter räddningstjänstens "
        "synpunkter.",
    },
]


def bin2024() -> Doc:
    skola = Table(
        "Grundskoleavdelningen", [
            Col("process", "Process", 2.4, "process", "left"),
            Col("risk", "Risk", 3.7, "risk"),
            Col("value", "Riskvärde", 1.5, "risk_value", "center"),
            Col("controls", "Kontrollmoment", 3.4, "controls"),
            Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
            Col("comment", "Kommentar", 5.6, "comment"),
        ], SKOLA_ROWS,
        rule="0.5pt solid #000000", header_fill="#dbe5f1", size=9,
    )
    kultur = Table(
        "Kultur- och biblioteksavdelningen", [
            Col("area", "Verksamhet", 2.3, "process", "left"),
            Col("risk", "Riskbeskrivning", 3.6, "risk"),
            Col("s", "Sannolikhet", 1.5, "probability", "center"),
            Col("k", "Konsekvens", 1.5, "consequence", "center"),
            Col("handling", "Planerade åtgärder", 3.2, "handling"),
            Col("resp", "Ansvarig", 1.8, None, "left"),
            Col("result", "Resultat", 4.1, "comment"),
        ], KULTUR_ROWS,
        rule="0.5pt solid #7f7f7f", header_fill="#fde9d9", size=8.5, font="Liberation Sans",
        header_valign="bottom",
    )
    title = "Internkontrollplan 2024 – uppföljning per den 31 augusti (T2)"
    blocks = [
        P("Bildningsnämnden", "Sub"),
        P(title, "Title"),
        P("Dnr BIN 2024/211 · Tjänsteskrivelse 2024-09-16", "Sub"),
        P("Sammanfattning", "H2"),
        P("Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, kulturskola, "
          "bibliotek och kommunens övriga kulturverksamhet. Internkontrollplanen för 2024 "
          "antogs av nämnden den 14 december 2023 och följs upp tre gånger per år: per den "
          "30 april, per den 31 augusti och per den 31 december. Detta är den andra "
          "uppföljningen (T2)."),
        P("Nämnden har i sin riskanalys bedömt 21 risker, varav nio bedöms som kritiska. "
          "De kritiska riskerna har kontrollmoment i planen och redovisas nedan, en tabell "
          "per avdelning. Grundskoleavdelningen redovisar riskvärdet som produkten av "
          "sannolikhet och konsekvens; kultur- och biblioteksavdelningen redovisar "
          "sannolikhet och konsekvens var för sig, i den mall som avdelningen har använt "
          "sedan 2022."),
        P("Uppföljningen har gjorts av verksamhetscontroller tillsammans med rektorer, "
          "bibliotekschef och kulturskolechef. Underlagen finns i ärendet."),
        P("Inför 2024 slogs den tidigare kulturnämndens verksamhet samman med "
          "utbildningsverksamheten i den nya bildningsnämnden. Avdelningarna har därför "
          "ännu inte en gemensam mall för internkontrollen, och redovisningen nedan följer "
          "de mallar som avdelningarna själva har arbetat med. En gemensam mall tas fram "
          "inför planen för 2025, tillsammans med en gemensam skala för sannolikhet och "
          "konsekvens och en gemensam gräns för när en risk räknas som kritisk."),
        P("Varje kontroll redovisas med den bedömning som gjordes när planen antogs. "
          "Där kontrollen har visat brister anges vilka åtgärder som har vidtagits och när "
          "de följs upp. Åtgärder som kräver beslut av nämnden lyfts i ett eget ärende."),
        P("Grundskoleavdelningen", "H2"),
        skola,
        P("Kultur- och biblioteksavdelningen", "H2"),
        P("Avdelningens kontroller har i år genomförts av avdelningens egen "
          "administratör. Ansvarig för varje åtgärd anges i tabellen."),
        kultur,
        P("Bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Frånvarohanteringen i grundskolan följer inte planen och följs upp särskilt i "
          "helårsuppföljningen."),
    ]
    return Doc(
        "bin2024_two_tables_per_department", blocks, Page(left=1.5, right=1.5),
        font="Liberation Serif", body_size=11, cell_size=9,
        footer="Bildningsnämnden – uppföljning T2 2024 – sida {page} av {pages}",
        organ="Bildningsnämnden", year=2024, period="tertial", title=title,
        risks_inventoried=21, risks_critical=9,
    )
