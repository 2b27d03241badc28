"""Holdout15 document A: Äldreomsorgsnämnden, a ruled risk table **without a process
column** (Risk | Riskvärde | Kontrollmoment | Följer plan | Kommentar) whose processes are
named only by **section rows inside the table**: a shaded bold row spanning all five columns
("Ekonomi och upphandling", "Personal", "Informationssäkerhet", "Vård och omsorg") above its
two or three risks. The table runs over two pages under a repeated header."""

from h15kit import H15Table
from holdout_model import SECTION, Col, Doc, P, Page


def row(risk, value, controls, follows, comment):
    return {"risk": risk, "value": value, "controls": controls, "follows": follows,
            "comment": comment}


AON_ROWS = [
    {SECTION: "Ekonomi och upphandling"},
    row("Risk att avgifter för hemtjänst och särskilt boende beräknas fel eftersom "
        "inkomstuppgifterna inte uppdateras när brukarens pension eller bostadstillägg "
        "ändras.",
        "12",
        "Stickprov på 40 avgiftsbeslut: jämförelse av inkomstunderlaget med Pensionsmyndighetens "
        "uppgifter och kontroll av beräkningen av förbehållsbeloppet.",
        "Delvis",
        "I 34 av 40 beslut var avgiften rätt beräknad. Sex brukare hade fått för låg avgift "
        "efter en höjning av bostadstillägget; avgiften har rättats från och med oktober."),
    row("Risk att inköp av förbrukningsmaterial och livsmedel görs utanför avtal, så att "
        "kommunen betalar högre priser och bryter mot upphandlingsreglerna.",
        "9",
        "Analys av leverantörsreskontran för januari–oktober: andel inköp från avtalade "
        "leverantörer per enhet och genomgång av de tio största inköpen utanför avtal.",
        "Ja",
        "Avtalstroheten var 93 procent mot målet 90 procent. De största inköpen utanför avtal "
        "gällde inkontinensskydd under en leveransstörning och var godkända av inköpschefen."),
    row("Risk att ersättningen till privata utförare i hemtjänsten betalas för fler timmar "
        "än som faktiskt har utförts hos brukarna.",
        "12",
        "Avstämning av utförda timmar enligt tidsregistreringssystemet mot utförarnas fakturor "
        "för tre månader och fem utförare.",
        "Nej",
        "Två utförare hade fakturerat sammanlagt 214 timmar som saknade registrerade besök. "
        "Beloppet har krävts tillbaka och avtalsuppföljningen skärps under 2025."),
    {SECTION: "Personal"},
    row("Risk att timanställda arbetar fler timmar än arbetstidslagen och kollektivavtalet "
        "medger, framför allt under semesterperioden.",
        "9",
        "Uttag ur personalsystemet för juni–augusti: timanställda med mer än 48 timmars "
        "genomsnittlig veckoarbetstid eller för kort dygnsvila.",
        "Delvis",
        "Elva timanställda överskred gränsen för dygnsvila vid enstaka tillfällen. Schemaläggarna "
        "har fått en varningsfunktion i bemanningssystemet."),
    row("Risk att legitimerad personal saknar giltig legitimation eller delegering när de "
        "utför hälso- och sjukvårdsuppgifter.",
        "12",
        "Kontroll av legitimation i Socialstyrelsens register och av giltiga delegeringar för "
        "samtliga 62 sjuksköterskor och 118 undersköterskor med delegering.",
        "Ja",
        "Alla sjuksköterskor hade giltig legitimation. Fyra delegeringar hade löpt ut och "
        "förnyades samma vecka efter ny kunskapskontroll."),
    {SECTION: "Informationssäkerhet"},
    row("Risk att medarbetare läser journaler och social dokumentation om brukare som de "
        "inte har någon vårdrelation med.",
        "12",
        "Logguppföljning i verksamhetssystemet: slumpvis utvalda loggar för 30 medarbetare och "
        "riktade kontroller av skyddade personuppgifter.",
        "Ja",
        "Ingen obehörig åtkomst upptäcktes. Loggkontrollerna genomförs nu varje månad enligt "
        "den nya rutinen för informationssäkerhet."),
    row("Risk att behörigheter i verksamhetssystemet inte tas bort när en medarbetare slutar "
        "eller byter enhet.",
        "9",
        "Jämförelse av aktiva konton i verksamhetssystemet med personalsystemets uppgifter om "
        "avslutade anställningar per den 30 september.",
        "Delvis",
        "Nitton konton tillhörde medarbetare som hade slutat. Kontona har avslutats och "
        "avslutsrutinen kompletteras med en automatisk avisering från personalsystemet."),
    {SECTION: "Vård och omsorg"},
    row("Risk att beslut om bistånd enligt socialtjänstlagen inte verkställs inom tre "
        "månader, så att nämnden måste rapportera ej verkställda beslut.",
        "8",
        "Kvartalsvis genomgång av ej verkställda beslut om särskilt boende och av orsakerna "
        "till dröjsmålen.",
        "Ja",
        "Fem beslut om särskilt boende var inte verkställda efter tre månader. Alla har "
        "rapporterats till IVO och verkställts före årets slut."),
    row("Risk att brukare i särskilt boende inte får sina läkemedel enligt ordination på "
        "grund av brister i signeringen av given dos.",
        "12",
        "Granskning av signeringslistor och avvikelserapporter för två veckor på fyra "
        "boenden, utförd av medicinskt ansvarig sjuksköterska.",
        "Nej",
        "Av 1 860 doser saknades signering för 47. Enheterna har infört dubbelkontroll vid "
        "passets slut och en ny granskning görs i februari 2025."),
]


def aon2024() -> Doc:
    cols = [
        Col("risk", "Risk", 4.2, "risk", "left"),
        Col("value", "Riskvärde", 1.5, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 4.0, "controls", "left"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "left"),
        Col("comment", "Kommentar", 4.8, "comment", "left"),
    ]
    t = H15Table("Uppföljning", cols, AON_ROWS, rule="0.5pt solid #808080",
                 header_fill="#d9e2f3", section_fill="#ededed", font="Carlito", size=9,
                 pad=0.1, margin_top=0.15, section_process=True)
    title = "Uppföljning av internkontrollplan 2024, helår"
    blocks = [
        P("Äldreomsorgsnämnden", "Sub"),
        P(title, "Title"),
        P("Äldreomsorgsnämnden ansvarar för hemtjänst, särskilt boende, dagverksamhet och "
          "kommunal hälso- och sjukvård för personer över 65 år. Nämnden antog sin "
          "internkontrollplan för 2024 i december 2023, och förvaltningen redovisar här "
          "resultatet av årets kontroller."),
        P("Riskanalys och urval", "H2"),
        P("I nämndens riskanalys för 2024 identifierades 19 risker. Nio av dem bedömdes ha "
          "ett riskvärde på 8 eller högre och ingår i internkontrollplanen. Riskvärdet är "
          "produkten av sannolikhet och konsekvens på en skala från 1 till 4."),
        P("Kontrollerna har genomförts av förvaltningens controller, nämndsekreteraren och "
          "medicinskt ansvarig sjuksköterska mellan februari och november 2024. Varje "
          "kontroll har dokumenterats i en kontrollrapport som finns tillgänglig hos "
          "förvaltningen, och enhetscheferna har fått ta del av resultatet för sina enheter."),
        P("Resultat", "H2"),
        P("Tabellen redovisar varje risk med kontrollmoment och resultat. Riskerna är "
          "grupperade per process: processen anges i den skuggade raden ovanför riskerna i "
          "tabellen. I kolumnen Följer plan anges Ja, Delvis eller Nej."),
        t,
        P("Sammanfattande bedömning", "H2"),
        P("Kontrollerna visar att den interna kontrollen i huvudsak är tillräcklig. Brister "
          "finns i avstämningen av utförarnas fakturor och i signeringen av läkemedel; båda "
          "följs upp särskilt under 2025."),
    ]
    return Doc(
        "aon2024_section_rows_name_process", blocks, Page(left=2.5, right=2.5),
        font="Carlito", body_size=11, cell_size=9,
        footer="Äldreomsorgsnämnden – uppföljning av internkontrollplan 2024 – sida {page} "
               "av {pages}",
        organ="Äldreomsorgsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=19, risks_critical=9,
    )
