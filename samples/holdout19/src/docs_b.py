"""Social- och arbetsmarknadsnämnden, helår 2024: a fully ruled longtable
(|p|p|...| with \\hline between rows), a \\multirow process cell over two risks (\\cline
under its first row, so no rule in the process column between them), rows kept whole at
the page break (longtable never breaks inside a row)."""

from h19kit import Col, Doc

COLS = [
    Col("Process", "process", "p{2.0cm}"),
    Col("Risk", "risk", "p{3.0cm}"),
    Col("Riskvärde", "risk_value", "p{1.1cm}"),
    Col("Kontrollmoment", "controls", "p{2.6cm}"),
    Col("Åtgärder", "handling", "p{2.5cm}"),
    Col("Följer plan", "follows_plan", "p{1.1cm}"),
    Col("Kommentar", "comment", "p{3.2cm}"),
]

ROWS = [
    dict(process="Barn och unga",
         risk="Risk att förhandsbedömningen av en orosanmälan inte görs inom 14 dagar enligt "
              "socialtjänstlagen, så att barn som far illa inte uppmärksammas i tid.",
         risk_value="12",
         controls="Månatligt uttag ur verksamhetssystemet av alla orosanmälningar och tiden "
                  "till beslut om att inleda eller inte inleda utredning.",
         handling="Daglig mottagningsgrupp och veckovis avstämning av inkomna anmälningar med "
                  "enhetschefen.",
         follows_plan="Ja",
         comment="Av 1 214 orosanmälningar under året bedömdes 1 186 inom 14 dagar "
                 "(98 procent). Förseningarna inträffade under sommaren och har följts upp i "
                 "bemanningsplanen."),
    dict(process="Ekonomiskt bistånd", span=2,
         risk="Risk att ekonomiskt bistånd betalas ut på felaktiga grunder, eftersom "
              "sökandens inkomster och tillgångar inte kontrolleras mot andra myndigheter.",
         risk_value="12",
         controls="Stickprov på 25 akter per kvartal: kontroll i SSBTEK mot "
                  "Försäkringskassan, Skatteverket och a-kassan.",
         handling="Checklista vid nybesök och årlig utbildning för samtliga handläggare.",
         follows_plan="Delvis",
         comment="Kontrollen i SSBTEK var dokumenterad i 92 av 100 akter. I åtta akter "
                 "saknades kontroll av bankmedel; två felaktiga utbetalningar på sammanlagt "
                 "23 900 kronor har återkrävts."),
    dict(spanned=True,
         risk="Risk att försörjningsstöd betalas ut dubbelt när den sökande flyttar mellan "
              "kommuner eller byter handläggare under ett pågående ärende.",
         risk_value="9",
         controls="Maskinell kontroll av dubbla utbetalningar till samma personnummer och "
                  "jämförelse med folkbokföringen.",
         handling="Överlämning enligt rutin, med en kontaktperson i den nya kommunen.",
         follows_plan="Ja",
         comment="Inga dubbla utbetalningar hittades. Rutinen för överlämning till andra "
                 "kommuner har uppdaterats efter den nya socialtjänstlagen."),
    dict(process="Arbetsmarknadsinsatser",
         risk="Risk att deltagare i kommunala arbetsmarknadsinsatser får anställningsstöd "
              "längre än beslutet medger, så att lönekostnader belastar nämnden felaktigt.",
         risk_value="9",
         controls="Avstämning av beviljade beslut mot utbetalda lönebidrag i lönesystemet för "
                  "samtliga 64 extratjänster.",
         handling="Bevakning av beslutens slutdatum i IT-stödet.",
         follows_plan="Nej",
         comment="Kontrollen genomfördes först i december på grund av bytet av lönesystem. "
                 "Tre anställningar hade fortsatt efter beslutets slutdatum; beslut har "
                 "fattats i efterhand och bevakningen är nu automatisk."),
    dict(process="Missbruks- och beroendevård",
         risk="Risk att samordnad individuell plan (SIP) inte upprättas för klienter med "
              "samsjuklighet, vilket försvårar samverkan med regionens hälso- och sjukvård.",
         risk_value="12",
         controls="Granskning av 20 akter för klienter som samtidigt får psykiatrisk vård.",
         handling="Gemensam rutin med regionens beroendemottagning och månatliga "
                  "samverkansmöten.",
         follows_plan="Ja",
         comment="SIP fanns i 16 av 20 akter. I tre ärenden hade klienten avböjt, och i ett "
                 "ärende har planen upprättats efter granskningen."),
    dict(process="Placeringar",
         risk="Risk att placeringar i HVB och familjehem görs utanför ramavtal, med höga "
              "kostnader och bristande kvalitetsuppföljning som följd.",
         risk_value="9",
         controls="Genomgång av samtliga nya placeringar under året och jämförelse med "
                  "ramavtalsleverantörerna.",
         handling="Placeringsteamet granskar varje placering innan beslut fattas.",
         follows_plan="Ja",
         comment="Av 41 nya placeringar gjordes 38 inom ramavtal. Tre akuta placeringar "
                 "gjordes utanför avtal, och motiveringen finns dokumenterad i akterna."),
    dict(process="Dokumentation och sekretess",
         risk="Risk att personakter läses av medarbetare som inte deltar i ärendet, genom "
              "otillåten åtkomst i verksamhetssystemet.",
         risk_value="12",
         controls="Loggkontroll av 50 slumpvis valda personakter per halvår.",
         handling="Behörighetsstyrning per enhet och påminnelse om tystnadsplikten på "
                  "arbetsplatsträffar.",
         follows_plan="Delvis",
         comment="Loggkontrollen visade två otillåtna öppningar; båda har utretts och lett "
                 "till arbetsrättsliga åtgärder. Behörighetsstyrningen per enhet infördes "
                 "2024-09-01 i IT-stödet."),
]

san2024 = Doc(
    name="san2024_ruled_multirow_process",
    style="ruled",
    font="times",
    organ="Social- och arbetsmarknadsnämnden",
    title="Uppföljning av internkontrollplan 2024. Helårsrapport",
    subtitle="Beslutsunderlag till nämndens sammanträde den 20 februari 2025, "
             "Dnr SAN 2025/0087",
    year=2024,
    period="helår",
    inventoried=18,
    critical=7,
    footer="Social- och arbetsmarknadsnämnden, helårsuppföljning av intern kontroll 2024",
    before=[
        ("h", "Inledning"),
        ("p", "Social- och arbetsmarknadsnämnden ska enligt kommunallagen och kommunens "
              "reglemente för intern kontroll följa upp sin internkontrollplan och rapportera "
              "resultatet till kommunstyrelsen. Denna rapport avser hela året 2024."),
        ("h", "Riskanalys och urval"),
        ("p", "Nämnden har i riskanalysen för 2024 identifierat 18 risker inom "
              "individ- och familjeomsorgen och arbetsmarknadsenheten. Sju av dessa bedömdes "
              "som kritiska, med ett riskvärde på 9 eller högre, och har kontrollerats under "
              "året. För ekonomiskt bistånd gäller två av riskerna samma process."),
        ("h", "Kontrollernas resultat"),
        ("p", "Tabellen redovisar varje kritisk risk med kontrollmoment, vidtagna åtgärder "
              "och resultat. Sex av sju kontroller har genomförts enligt plan, helt eller "
              "delvis; kontrollen av arbetsmarknadsinsatserna försenades till december."),
    ],
    after=[
        ("h", "Nämndens bedömning"),
        ("p", "Den interna kontrollen bedöms i huvudsak vara tillräcklig. Bristerna inom "
              "ekonomiskt bistånd och arbetsmarknadsinsatser har lett till ändrade rutiner, "
              "och samma risker ingår i internkontrollplanen för 2025."),
    ],
    cols=COLS,
    rows=ROWS,
    multirow_lines=13,
    made="pdflatex: article 10pt, mathptmx (Times), fully ruled longtable, multirow",
)
