"""gs_redistilled (LibreOffice, then Ghostscript pdfwrite) and rotated_print (LibreOffice
landscape, then pages stored portrait with /Rotate 90 by pypdf)."""

from model import Col, Doc, P, Page, Table

# ---------------------------------------------------------------------------------------------
# gs_redistilled: Vård- och omsorgsnämnden, helår 2022

VON_ROWS = [
    {
        "process": "Hälso- och sjukvård i ordinärt boende",
        "_span": {"process": 2},
        "risk": "Risk att läkemedel ges av personal som saknar giltig delegering, vilket kan "
        "leda till felaktig läkemedelshantering.",
        "value": 12,
        "controls": "Månatlig jämförelse mellan signeringslistor och registret över "
        "delegeringar.",
        "follows": "Ja",
        "comment": "Kontrollen har genomförts varje månad. Andelen signeringar utan giltig "
        "delegering har minskat från 4,1 procent i januari till 0,6 procent i december. "
        "Sjuksköterskorna får numera en automatisk påminnelse 30 dagar innan en delegering "
        "löper ut.",
    },
    {
        "risk": "Risk att avvikelser i hälso- och sjukvården inte rapporteras i "
        "avvikelsesystemet och därmed inte leder till förbättringar.",
        "value": 9,
        "controls": "Kvartalsvis genomgång av avvikelser per enhet i kvalitetsrådet.",
        "follows": "Delvis",
        "comment": "Genomgången har gjorts tre av fyra kvartal. Antalet rapporterade avvikelser "
        "varierar kraftigt mellan enheterna, vilket tyder på underrapportering; en "
        "utbildningsinsats planeras till våren 2023.",
    },
    {
        "process": "Särskilt boende",
        "risk": "Risk att brukares pengar och värdesaker hanteras utan kvittens och "
        "dubbelkontroll, med risk för förskingring.",
        "value": 9,
        "controls": "Stickprov av kassaböcker och kvittenser på fyra boenden per halvår.",
        "follows": "Ja",
        "comment": "Stickproven visade inga avvikelser. Rutinen för hantering av brukarmedel "
        "uppdaterades 2022-10-01.",
    },
    {
        "process": "Myndighetsutövning",
        "risk": "Risk att beslut om bistånd enligt socialtjänstlagen inte verkställs inom tre "
        "månader, vilket ska rapporteras till IVO och kan leda till särskild avgift.",
        "value": 12,
        "controls": "Kvartalsvis rapport över ej verkställda beslut.",
        "follows": "Ja",
        "comment": "Vid årets slut fanns sju ej verkställda beslut om särskilt boende, samtliga "
        "rapporterade till IVO. Väntetiden har minskat sedan det nya boendet i Åby öppnade i "
        "september.",
    },
    {
        "process": "Smittskydd och basala hygienrutiner",
        "risk": "Risk att smittspridning av covid-19 och andra infektioner ökar på grund av "
        "brister i följsamheten till basala hygienrutiner och klädregler.",
        "value": 12,
        "controls": "Punktprevalensmätning av följsamheten två gånger per år samt "
        "hygienronder med regionens vårdhygien.",
        "follows": "Ja",
        "comment": "Följsamheten till basala hygienrutiner var 91 procent i mätningen i mars "
        "och 95 procent i oktober. Hygienombud finns nu på samtliga enheter.",
    },
    {
        "process": "IT-system och journalföring",
        "risk": "Risk att journaluppgifter i verksamhetssystemet läses av obehöriga.",
        "value": 9,
        "controls": "Loggkontroll av tio slumpvis valda journaler per månad.",
        "follows": "Nej",
        "comment": "Loggkontrollerna har inte genomförts under andra halvåret eftersom "
        "funktionen för logguttag inte fungerat efter uppgraderingen av IT-systemet i "
        "augusti. Leverantören har åtgärdat felet och kontrollerna återupptas i januari 2023.",
    },
]


def gs_source() -> Doc:
    table = Table("Risker", [
        Col("process", "Process", 2.5, "process", "left"),
        Col("risk", "Risk", 3.4, "risk"),
        Col("value", "Riskvärde", 1.4, "risk_value", "center", "center"),
        Col("controls", "Kontrollmoment", 3.0, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", "center", "center"),
        Col("comment", "Kommentar", 5.3, "comment"),
    ], VON_ROWS, risk=True, header_fill="#d9e2f3", rule_color="#4472c4")
    blocks = [
        P("Uppföljning av internkontrollplan 2022 – Vård- och omsorgsnämnden", "Title"),
        P("Bakgrund", "H1"),
        P("Vård- och omsorgsnämnden ska enligt kommunallagen se till att den interna kontrollen "
          "är tillräcklig. Nämnden antog internkontrollplanen för 2022 i februari 2022. Denna "
          "rapport är helårsuppföljningen av planen."),
        P("Riskanalys", "H1"),
        P("I riskanalysen har 19 risker inventerats. Sju risker bedöms som kritiska, varav sex "
          "följs upp i tabellen nedan och en hanteras i förvaltningens ledningssystem för "
          "kvalitet. Under året har covid-19-pandemin fortsatt att påverka verksamheten, "
          "särskilt inom hälso- och sjukvården och på de särskilda boendena."),
        P("Uppföljning", "H1"),
        table,
        P("Sammanfattande bedömning", "H1"),
        P("Fem av sex kontroller har genomförts helt eller delvis. Loggkontrollerna i "
          "journalsystemet är den allvarligaste bristen och följs upp särskilt i "
          "internkontrollplanen för 2023."),
    ]
    return Doc(
        name="gs_redistilled",
        blocks=blocks,
        page=Page(21.0, 29.7, 2.0, 2.0, 2.0, 2.0),
        font="Carlito",
        body_size=11,
        cell_size=9,
        footer="Vård- och omsorgsnämnden · Dnr VON 2023/31 · {page}",
        organ="Vård- och omsorgsnämnden",
        year=2022,
        period="helår",
        title="Uppföljning av internkontrollplan 2022 – Vård- och omsorgsnämnden",
        risks_inventoried=19,
        risks_critical=7,
        made="LibreOffice (flat ODF), A4 portrait, Carlito 9 pt in the table, blue rules and "
        "header fill; then re-distilled with `gs -sDEVICE=pdfwrite -dNOPAUSE -dBATCH -o out.pdf "
        "in.pdf` (Ghostscript 10) and its dates/ids normalised.",
        tests="Another producer (Ghostscript pdfwrite: re-encoded fonts, rewritten content "
        "streams) with the same text; a process cell spanning two rows (carried down, pages of "
        "the process cell count for the first risk only); real hyphens (\"Hälso- och "
        "sjukvård\", \"covid-19\", \"IT-system\") in narrow justified cells.",
    )


# ---------------------------------------------------------------------------------------------
# rotated_print: Samhällsbyggnadsnämnden, helår 2021 (landscape, printed to PDF)

SBN_ROWS = [
    {
        "process": "VA-verksamhet – dricksvatten",
        "risk": "Risk att dricksvattnet förorenas vid ledningsbrott eller genom sabotage mot "
        "vattenverk och reservoarer.",
        "value": 16,
        "controls": "Provtagningsprogram enligt dricksvattenföreskrifterna; skalskydd och larm "
        "på vattenverken.",
        "handling": "Omhändertas genom en ny reservvattenplan och en översyn av skalskyddet.",
        "follows": "Ja",
        "comment": "Reservvattenplanen antogs av nämnden 2021-10-27. Översynen av skalskyddet "
        "har lett till att larm och kameror installerats vid två reservoarer. Samtliga "
        "provtagningar under året uppfyllde kraven i dricksvattenföreskrifterna.",
    },
    {
        "process": "Gator, broar och gång- och cykelvägar",
        "risk": "Risk att underhållsskulden på gator, broar och gång- och cykelvägar ökar så "
        "att trafiksäkerheten försämras.",
        "value": 12,
        "controls": "Årlig okulärbesiktning av vägnätet och broinspektioner enligt "
        "Trafikverkets metodik.",
        "handling": "Omhändertas i underhållsplanen 2021–2025.",
        "follows": "Delvis",
        "comment": "Broinspektioner har genomförts för 14 av 17 broar. Beläggningsprogrammet "
        "har genomförts till 80 procent; resterande sträckor flyttas till 2022 på grund av "
        "kraftigt höjda asfaltspriser.",
    },
    {
        "process": "Avfallshantering",
        "risk": "Risk att avfallstaxan inte täcker kostnaderna för insamling och behandling, så "
        "att avfallskollektivet underfinansieras.",
        "value": 9,
        "controls": "Kvartalsvis uppföljning av avfallsverksamhetens intäkter och kostnader "
        "mot budget.",
        "handling": "Granskas inom internkontrollplanen; taxan revideras inför 2022.",
        "follows": "Ja",
        "comment": "Avfallsverksamheten redovisar ett överskott om 0,8 miljoner kronor, som "
        "förs till resultatfonden. Ny avfallstaxa antogs av kommunfullmäktige i november.",
    },
    {
        "process": "Detaljplanering",
        "risk": "Risk att detaljplaner upphävs efter överklagande på grund av formella fel i "
        "samrådsredogörelser och granskningsutlåtanden.",
        "value": 9,
        "controls": "Juridisk granskning av varje plan före antagande.",
        "handling": "Checklista för planprocessen tas fram och införs.",
        "follows": "Ja",
        "comment": "Checklistan infördes i april. Ingen av de sex detaljplaner som antogs "
        "under året har upphävts.",
    },
    {
        "process": "Upphandling och inköp",
        "risk": "Risk att direktupphandlingar görs över direktupphandlingsgränsen eller utan "
        "dokumentation.",
        "value": 12,
        "controls": "Uttag ur ekonomisystemet över leverantörer med inköp över 700 000 kronor "
        "utan avtal.",
        "handling": "Granskas inom internkontrollplanen tillsammans med upphandlingsenheten.",
        "follows": "Nej",
        "comment": "Granskningen har inte slutförts. Uttaget visar nio leverantörer med inköp "
        "över gränsen; för fyra av dem pågår upphandling. Resultatet redovisas i "
        "internkontrollplanen för 2022.",
    },
    {
        "process": "Bygglov och tillsyn",
        "risk": "Risk att ovårdade tomter och olovligt byggande inte utreds, så att ärenden "
        "preskriberas och förtroendet för tillsynen minskar.",
        "value": 8,
        "controls": "Halvårsvis genomgång av öppna tillsynsärenden äldre än sex månader.",
        "handling": "Omhändertas i ordinarie verksamhetsplanering med en prioriteringsordning "
        "för tillsynsärenden.",
        "follows": "Delvis",
        "comment": "Antalet öppna tillsynsärenden har minskat från 112 till 87. Två ärenden om "
        "olovligt byggande har preskriberats under året. En tillsynshandläggare har anställts "
        "från och med 2021-11-15.",
    },
]


def rotated_source() -> Doc:
    table = Table("Risker", [
        Col("process", "Ansvarsområde/process", 3.2, "process", "left"),
        Col("risk", "Risk", 4.2, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", "center"),
        Col("controls", "Befintliga kontroller", 3.8, "controls"),
        Col("handling", "Ställningstagande av hantering", 3.8, "handling"),
        Col("follows", "Följer plan", 1.5, "follows_plan", "center"),
        Col("comment", "Kommentar", 7.1, "comment"),
    ], SBN_ROWS, risk=True)
    blocks = [
        P("Helårsuppföljning internkontrollplan 2021 Samhällsbyggnadsnämnden", "Title"),
        P("Samhällsbyggnadsnämnden har för 2021 inventerat 23 risker i verksamheten. Sex av "
          "dessa bedöms vara kritiska och ingår i internkontrollplanen. I tabellen redovisas "
          "för varje kritisk risk om hanteringen har följt planen och vad som har gjorts under "
          "året. Uppföljningen har tagits fram av förvaltningens ledningsgrupp i januari 2022."),
        P("Riskvärdet är produkten av sannolikhet och konsekvens, bedömda på en fyrgradig "
          "skala. Risker med riskvärde 8 eller högre betraktas som kritiska. Kontrollerna har "
          "utförts av respektive avdelning och sammanställts av förvaltningens controller."),
        table,
        P("Nämnden föreslås godkänna uppföljningen och överlämna den till kommunstyrelsen."),
    ]
    return Doc(
        name="rotated_print",
        blocks=blocks,
        page=Page(29.7, 21.0, 1.8, 1.8, 1.8, 1.8),
        font="Liberation Sans",
        body_size=10,
        cell_size=10,
        running_header="Samhällsbyggnadsnämnden – internkontroll 2021",
        footer="{page}/{pages}",
        organ="Samhällsbyggnadsnämnden",
        year=2021,
        period="helår",
        title="Helårsuppföljning internkontrollplan 2021 Samhällsbyggnadsnämnden",
        risks_inventoried=23,
        risks_critical=6,
        made="LibreOffice (flat ODF), A4 landscape, Liberation Sans 10 pt, full rules; then "
        "pypdf: each page's content turned 90 degrees counter-clockwise into a portrait "
        "MediaBox (595 x 842) and /Rotate 90 set, as \"print to PDF\" does.",
        tests="A page stored portrait with /Rotate 90 that displays landscape: the table's "
        "geometry must be read in the displayed orientation; reference-like columns "
        "(Ansvarsområde/process, Ställningstagande av hantering); a table crossing a page "
        "break under a repeated header.",
    )
