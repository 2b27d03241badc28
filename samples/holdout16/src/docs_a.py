"""Holdout16 document A: Miljö- och klimatnämnden, a fully ruled risk table (Process | Risk |
Riskvärde | Kontrollmoment | Följer plan) where every risk row is followed by two rows that
each span all columns: "Åtgärd: ..." (the planned action) and "Kommentar: ..." (the outcome),
each opening with its bold label; risk 5 has only the Kommentar row."""

from h16kit import LAB, H16Doc, H16Table
from holdout_model import Col, P, Page


def atg(text):
    return {LAB: ("Åtgärd", "handling", text)}


def kom(text):
    return {LAB: ("Kommentar", "comment", text)}


MKN_ROWS = [
    {
        "process": "Tillsyn enligt miljöbalken",
        "risk": "Risk att den planerade tillsynen av miljöfarliga verksamheter inte genomförs, "
        "eftersom handläggarnas tid går åt till klagomålsärenden och inkommande anmälningar.",
        "value": "12",
        "controls": "Avstämning av tillsynsplanen mot ärendesystemet: andel genomförda "
        "inspektioner per verksamhetskategori vid årets slut.",
        "follows": "Delvis",
    },
    atg("Tillsynsplanen prioriteras om i maj, så att verksamheter med tillståndsplikt och "
        "anmälningsplikt i riskklass 1–2 besöks före övriga."),
    kom("Av 164 planerade inspektioner genomfördes 131. De 33 som återstår gäller främst "
        "lantbruk och mindre verkstäder och flyttas till första kvartalet 2025."),
    {
        "process": "Avgifter och debitering",
        "risk": "Risk att timavgifter för tillsyn inte debiteras eller debiteras med felaktig "
        "taxa, eftersom tidrapporteringen i ärendesystemet är ofullständig.",
        "value": "9",
        "controls": "Stickprov på 30 avslutade tillsynsärenden: rapporterad handläggningstid "
        "jämförs med fakturerat belopp enligt gällande taxa.",
        "follows": "Ja",
    },
    atg("Påminnelse om tidrapportering skickas ut varje månad; controllern följer upp "
        "ärenden utan registrerad tid."),
    kom("Debiteringen var korrekt i 29 av 30 ärenden. I ett ärende saknades två timmar, "
        "som har fakturerats i efterhand."),
    {
        "process": "Miljöövervakning",
        "risk": "Risk att provtagning av ytvatten och luftkvalitet inte utförs enligt "
        "kontrollprogrammet, så att mätserierna bryts och trendanalyser försvåras.",
        "value": "8",
        "controls": "Jämförelse mellan kontrollprogrammets provtagningsschema och "
        "laboratoriets analysprotokoll för perioden januari–december.",
        "follows": "Ja",
    },
    atg("Provtagningsschemat läggs in i gemensam kalender med ersättare utsedd för "
        "varje provtagningstillfälle."),
    kom("Samtliga 96 ytvattenprover och alla månadsmätningar av kvävedioxid togs enligt "
        "schemat. Mätstationen vid Storgatan var ur drift i nio dagar i oktober."),
    {
        "process": "Klimatinvesteringsbidrag",
        "risk": "Risk att bidrag till lokala klimatinvesteringar betalas ut utan att "
        "villkoren i beslutet är uppfyllda eller utan slutredovisning från mottagaren.",
        "value": "12",
        "controls": "Granskning av samtliga utbetalningar under året mot beviljade "
        "ansökningar, attestordning och inkomna slutredovisningar.",
        "follows": "Nej",
    },
    atg("En checklista för utbetalning införs och ingen slututbetalning görs innan "
        "slutredovisningen har godkänts av ansvarig handläggare."),
    kom("Av elva utbetalningar saknade tre en godkänd slutredovisning vid "
        "utbetalningstillfället. Redovisningarna har kommit in i efterhand, men rutinen "
        "har inte följts."),
    {
        "process": "Livsmedelskontroll",
        "risk": "Risk att kontrollfrekvensen för livsmedelsanläggningar i högre riskklasser "
        "inte uppnås, så att brister i hygien och märkning inte upptäcks i tid.",
        "value": "9",
        "controls": "Uttag ur livsmedelsregistret: planerad och genomförd kontrolltid per "
        "anläggning i riskklass 1–3.",
        "follows": "Ja",
    },
    kom("Kontrolltiden uppnåddes för 212 av 218 anläggningar. De sex anläggningar som "
        "återstod har stängt eller bytt ägare under året."),
    {
        "process": "Handläggning av anmälningsärenden",
        "risk": "Risk att anmälningar om värmepumpar och enskilda avlopp inte handläggs inom "
        "lagstadgad tid, vilket kan leda till att sökanden får överklaga eller att "
        "avgiften sätts ned.",
        "value": "8",
        "controls": "Uppföljning i ärendesystemet av handläggningstiden för samtliga "
        "anmälningsärenden som avslutats under året.",
        "follows": "Delvis",
    },
    atg("Ärendefördelningen ses över varje vecka och en mall för föreläggande tas fram "
        "för de vanligaste kompletteringarna."),
    kom("Handläggningstiden överskreds i 14 av 187 ärenden, samtliga under "
        "semesterperioden juni–augusti."),
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att personuppgifter i klagomålsärenden lämnas ut utan sekretessprövning "
        "när handlingar begärs ut från diariet.",
        "value": "8",
        "controls": "Genomgång av 20 utlämnade allmänna handlingar ur klagomålsärenden och "
        "kontroll av att sekretessprövningen är dokumenterad.",
        "follows": "Ja",
    },
    atg("Registratorerna får en kort utbildning i sekretessprövning; vägledningen i "
        "intranätets rutinbank uppdateras."),
    kom("Sekretessprövningen var dokumenterad i alla 20 ärenden. Inga uppgifter om "
        "klagande hade lämnats ut."),
]


def mkn2024() -> H16Doc:
    cols = [
        Col("process", "Process", 2.6, "process", align="left"),
        Col("risk", "Risk", 4.4, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 4.4, "controls"),
        Col("follows", "Följer plan", 1.6, "follows_plan", align="left"),
    ]
    table = H16Table("Risktabell", cols, MKN_ROWS, rule="0.5pt solid #000000",
                     header_fill="#dfe9d3", size=9.0, font="Liberation Sans",
                     pad=0.1, keep_rows=True, margin_top=0.15)
    blocks = [
        P("Miljö- och klimatnämnden", "Sub"),
        P("Uppföljning av internkontrollplan 2024, helår", "Title"),
        P("Miljö- och klimatnämnden antog internkontrollplanen för 2024 i februari. Planen "
          "bygger på den riskanalys som förvaltningen gör varje höst, där riskerna bedöms "
          "efter sannolikhet och konsekvens på en skala 1–4. Riskvärdet är produkten av de "
          "två bedömningarna."),
        P("I riskanalysen för 2024 identifierades 16 risker. Sju av dem bedömdes som "
          "kritiska och har kontrollerats under året; resultatet redovisas i tabellen "
          "nedan."),
        P("Läsanvisning", "H2"),
        P("Under varje risk står två rader över hela tabellens bredd. Raden Åtgärd anger "
          "den åtgärd som planerades för att minska risken, och raden Kommentar anger vad "
          "kontrollen visade. För livsmedelskontrollen planerades ingen särskild åtgärd, "
          "eftersom kontrollen är en del av den ordinarie kontrollplanen."),
        P("Resultat av kontrollerna", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Den interna kontrollen inom nämndens ansvarsområde bedöms i huvudsak vara "
          "tillräcklig. Bristerna i hanteringen av klimatinvesteringsbidrag och i "
          "tillsynsplanens genomförande följs upp särskilt i internkontrollplanen för 2025. "
          "Förvaltningen återrapporterar till nämnden i juni 2025."),
    ]
    return H16Doc(
        name="mkn2024_two_labelled_rows_per_risk",
        blocks=blocks,
        page=Page(top=2.0, bottom=2.0, left=2.0, right=2.0),
        font="Liberation Serif",
        body_size=10.5,
        cell_size=9.0,
        footer="Miljö- och klimatnämnden – uppföljning av internkontrollplan 2024 – sida "
        "{page} av {pages}",
        organ="Miljö- och klimatnämnden",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024, helår",
        risks_inventoried=16,
        risks_critical=7,
    )
