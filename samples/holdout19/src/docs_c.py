"""Vård- och äldrenämnden, delår 2024: A4 landscape, a tabularx table of 8 columns
(Sannolikhet, Konsekvens, Riskvärde as separate numbers) in \\footnotesize inside a table
float with \\caption above it; Latin Modern Sans with its fi, fl, ff, ffi ligatures."""

from h19kit import Col, Doc

COLS = [
    Col("Process", "process", "p{2.0cm}"),
    Col("Risk", "risk", "X"),
    Col("Sannolikhet", "probability", "p{1.15cm}"),
    Col("Konsekvens", "consequence", "p{1.15cm}"),
    Col("Riskvärde", "risk_value", "p{1.0cm}"),
    Col("Kontrollmoment", "controls", "X"),
    Col("Följer plan", "follows_plan", "p{1.0cm}"),
    Col("Kommentar", "comment", ">{\\hsize=1.5\\hsize}X"),
]
# tabularx: the three X columns share their width 0.75 : 0.75 : 1.5 (hsize factors add up to 3)
COLS[1].width = ">{\\hsize=0.75\\hsize}X"
COLS[5].width = ">{\\hsize=0.75\\hsize}X"

ROWS = [
    dict(process="Hemtjänst",
         risk="Risk att beviljade insatser inte utförs eller utförs vid fel tidpunkt, eftersom "
              "planeringen i det digitala planeringssystemet inte uppdateras vid förändrade "
              "behov.",
         probability="3", consequence="4", risk_value="12",
         controls="Jämförelse av beviljad och utförd tid i planeringssystemet för 50 slumpvis "
                  "valda brukare under maj, med fokus på brukare med specifika behov.",
         follows_plan="Delvis",
         comment="Utförd tid avvek med mer än 20 procent för 9 av 50 brukare. Avvikelserna "
                 "berodde främst på inflyttning till särskilt boende och sjukhusvistelser som "
                 "inte hade registrerats; rutinen för officiell avregistrering av insatser har "
                 "förtydligats."),
    dict(process="Läkemedelshantering",
         risk="Risk att läkemedel ges till fel person eller vid fel tidpunkt i särskilt "
              "boende, vilket kan medföra allvarliga vårdskador.",
         probability="4", consequence="4", risk_value="16",
         controls="Genomgång av de digitala signeringslistorna och av avvikelserapporterna "
                  "vid fyra särskilda boenden.",
         follows_plan="Ja",
         comment="Signeringen var fullständig i 96 procent av fallen. 38 avvikelser "
                 "rapporterades, ingen med allvarlig vårdskada. Medicinskt ansvarig "
                 "sjuksköterska har följt upp samtliga inom hälso- och sjukvårdsorganisationen, "
                 "och effekten av åtgärderna följs upp i oktober."),
    dict(process="Avgiftshantering",
         risk="Risk att avgifter för hemtjänst och boende debiteras felaktigt, eftersom "
              "uppgifter om inkomster och bostadskostnader inte uppdateras i avgiftssystemet.",
         probability="3", consequence="3", risk_value="9",
         controls="Stickprov på 40 avgiftsbeslut, där inkomstuppgifterna jämförs med "
                  "Försäkringskassans och Pensionsmyndighetens underlag.",
         follows_plan="Delvis",
         comment="Fem av 40 beslut byggde på inaktuella uppgifter. Två brukare hade "
                 "debiterats för mycket och fick sammanlagt 14 300 kronor återbetalda. "
                 "Inkomstförfrågan skickas nu årligen till samtliga brukare med avgift."),
    dict(process="Bemanning och kompetens",
         risk="Risk att verksamheten inte kan bemanna med sjuksköterskor under sommaren, så "
              "att hälso- och sjukvårdsinsatser inte kan utföras enligt ordination.",
         probability="3", consequence="4", risk_value="12",
         controls="Uppföljning av bemanningsplanerna för juni–augusti och av antalet pass med "
                  "inhyrd personal.",
         follows_plan="Ja",
         comment="Samtliga pass bemannades. Inhyrd personal användes under 112 pass, vilket "
                 "är färre än föregående år. Riktade rekryteringsinsatser och flexibla "
                 "scheman bedöms ha haft effekt."),
    dict(process="Verkställighet av beslut",
         risk="Risk att beslut om särskilt boende inte verkställs inom tre månader, vilket "
              "leder till rapportering till IVO och särskild avgift.",
         probability="3", consequence="3", risk_value="9",
         controls="Månatlig genomgång av ej verkställda beslut och av tiden från beslut till "
                  "inflyttning.",
         follows_plan="Nej",
         comment="Sju beslut hade inte verkställts inom tre månader per den 31 augusti och "
                 "har rapporterats till IVO. Kön beror på att ett boende med 32 platser har "
                 "stängts för ombyggnad; inflyttningen till de nya platserna planeras till "
                 "december."),
    dict(process="Social dokumentation",
         risk="Risk att social dokumentation förs på papper utanför verksamhetssystemet, så "
              "att uppgifter inte finns tillgängliga när de behövs och inte kan gallras "
              "enligt offentlighets- och sekretesslagen.",
         probability="4", consequence="3", risk_value="12",
         controls="Granskning av 30 genomförandeplaner och loggkontroll av åtkomsten till "
                  "60 personakter.",
         follows_plan="Delvis",
         comment="Genomförandeplaner fanns för 26 av 30 brukare, men fyra var inaktuella. "
                 "Loggkontrollen visade inga otillåtna öppningar. Pappersanteckningar "
                 "förekommer fortfarande vid två enheter och ska avvecklas senast 2025-01-31."),
]

van2024 = Doc(
    name="van2024_landscape_tabularx_caption",
    style="landscape",
    font="lmsans",
    organ="Vård- och äldrenämnden",
    title="Internkontrollplan 2024. Delårsuppföljning per den 31 augusti",
    subtitle="Rapport till Vård- och äldrenämnden den 16 oktober 2024. Dnr VÄN 2024/0412",
    year=2024,
    period="delår",
    inventoried=20,
    critical=6,
    footer="Vård- och äldrenämnden – delårsuppföljning av internkontrollplan 2024",
    caption="Kontrollmoment för risker med riskvärde 9 eller högre, uppföljning per "
            "2024-08-31",
    before=[
        ("h", "Inledning"),
        ("p", "Vård- och äldrenämnden ansvarar för hemtjänst, särskilt boende och den "
              "kommunala hälso- och sjukvården för äldre. Nämnden följer upp sin "
              "internkontrollplan i delårsrapporten och i årsredovisningen; denna "
              "uppföljning avser januari–augusti 2024 och är den officiella redovisningen "
              "till kommunstyrelsen."),
        ("h", "Riskanalys"),
        ("p", "Förvaltningen har inventerat 20 risker i verksamheten. Sex av dem har ett "
              "riskvärde på 9 eller högre och följs upp i tabell 1. Riskvärdet är "
              "sannolikhet gånger konsekvens, båda bedömda på en fyrgradig skala; de övriga "
              "14 riskerna hanteras i det löpande arbetet med effektiv styrning och "
              "uppföljning."),
    ],
    after=[
        ("h", "Samlad bedömning"),
        ("p", "Förvaltningen bedömer att den interna kontrollen till största delen fungerar. "
              "Verkställigheten av beslut om särskilt boende och avgiftshanteringen kräver "
              "fortsatta åtgärder, som redovisas i årsredovisningen för 2024."),
    ],
    cols=COLS,
    rows=ROWS,
    made="pdflatex: article 10pt, Latin Modern Sans, landscape geometry, tabularx",
)
