"""Holdout11 document A: Hälso- och sjukvårdsnämnden, an unruled risk table (one rule under
the header, nothing else) where every risk row is followed by a light grey row whose one cell
spans all columns and opens "Kommentar:" (the comment of the risk above); one risk row ends
page 1 and its comment row opens page 2 under the repeated header."""

from h11kit import COMMENT, H11Table
from holdout_model import Col, Doc, P, Page

HSN_ROWS = [
    {
        "process": "Läkemedelshantering",
        "risk": "Risk att läkemedel delas eller administreras felaktigt i den kommunala hälso- "
        "och sjukvården, eftersom signeringslistor inte används konsekvent av "
        "omvårdnadspersonal med delegering.",
        "value": "12",
        "controls": "Stickprov på 30 signeringslistor per särskilt boende under två "
        "slumpvis valda veckor; avvikelserapporter jämförs med listorna.",
        "follows": "Delvis",
    },
    {COMMENT: "Signeringslistorna var fullständiga i 24 av 30 fall. De sex ofullständiga "
     "listorna gällde nattpersonal på två boenden; medicinskt ansvarig sjuksköterska har "
     "hållit genomgångar med berörda arbetslag."},
    {
        "process": "Delegering",
        "risk": "Risk att omvårdnadspersonal utför hälso- och sjukvårdsuppgifter utan giltig "
        "delegering, eller med en delegering som inte har förnyats efter ett år.",
        "value": "12",
        "controls": "Genomgång av delegeringsregistret mot bemanningsschemat för samtliga "
        "hemtjänstgrupper under en månad.",
        "follows": "Ja",
    },
    {COMMENT: "Alla som arbetade med delegerade uppgifter hade giltig delegering. Registret "
     "har kompletterats med en automatisk påminnelse 30 dagar före förnyelsedatum."},
    {
        "process": "Dokumentation i patientjournal",
        "risk": "Risk att legitimerad personal inte dokumenterar bedömningar och insatser i "
        "patientjournalen, vilket försvårar vårdens kontinuitet och patientsäkerheten.",
        "value": "9",
        "controls": "Journalgranskning av 40 slumpvis valda patienter med insatser från "
        "sjuksköterska, arbetsterapeut eller fysioterapeut.",
        "follows": "Delvis",
    },
    {COMMENT: "Dokumentationen var tillfredsställande i 33 av 40 journaler. Brister gällde "
     "främst uppföljning av vårdplaner för rehabilitering; en utbildningsinsats genomförs "
     "under våren."},
    {
        "process": "Fallprevention",
        "risk": "Risk att riskbedömning för fall inte görs vid inflyttning till särskilt boende, "
        "så att förebyggande åtgärder inte sätts in och fallskadorna ökar.",
        "value": "12",
        "controls": "Kontroll i kvalitetsregistret Senior alert av att riskbedömning har "
        "gjorts inom 14 dagar för samtliga nyinflyttade under året.",
        "follows": "Nej",
    },
    {COMMENT: "Riskbedömning inom 14 dagar hade gjorts för 58 av 87 nyinflyttade. "
     "Rutinen för inflyttningssamtal har ändrats så att fysioterapeuten bokas in redan "
     "före inflyttningsdagen."},
    {
        "process": "Medicintekniska produkter",
        "risk": "Risk att lyftar, sängar och andra medicintekniska produkter används utan "
        "förebyggande underhåll och besiktning enligt tillverkarens anvisningar.",
        "value": "8",
        "controls": "Avstämning av inventarieförteckningen i IT-stödet för hjälpmedel mot "
        "protokollen från besiktningsföretaget.",
        "follows": "Ja",
    },
    {COMMENT: "Samtliga 212 lyftar och 640 vårdsängar var besiktigade. Två lyftar togs ur "
     "bruk i väntan på reservdelar."},
    {
        "process": "Informationssäkerhet",
        "risk": "Risk att obehöriga tar del av journaluppgifter genom att inloggningskort "
        "lånas ut eller att sessioner lämnas öppna på gemensamma datorer.",
        "value": "9",
        "controls": "Loggkontroll av åtkomst till journalsystemet för 25 slumpvis valda "
        "patienter samt stickprov på arbetsplatser under kvällstid.",
        "follows": "Ja",
    },
    {COMMENT: "Loggkontrollen visade ingen obehörig åtkomst. Vid stickproven var en dator "
     "av elva olåst; automatisk utloggning efter tio minuter infördes 2025-01-31."},
    {
        "process": "Samverkan vid utskrivning",
        "risk": "Risk att patienter skrivs ut från slutenvården utan att kommunens insatser "
        "är planerade, så att patienten återinskrivs eller saknar hemsjukvård och "
        "trygghetslarm vid hemkomsten.",
        "value": "12",
        "controls": "Uppföljning av samtliga utskrivningar under oktober: samordnad "
        "individuell plan, inskrivning i hemsjukvården och tid för hembesök.",
        "follows": "Delvis",
    },
    {COMMENT: "Av 46 utskrivningar hade 39 en samordnad individuell plan inom tre dagar. "
     "Fem patienter återinskrevs inom 30 dagar. Frågan tas upp i den regionala "
     "samverkansgruppen för e-tjänsten för utskrivningsplanering."},
]


def hsn2024() -> Doc:
    cols = [
        Col("process", "Process", 2.6, "process", "left"),
        Col("risk", "Risk", 4.2, "risk", "left"),
        Col("value", "Riskvärde", 1.6, "risk_value", "left"),
        Col("controls", "Kontrollmoment", 4.3, "controls", "left"),
        Col("follows", "Följer plan", 1.6, "follows_plan", "left"),
    ]
    t = H11Table("Risker", cols, HSN_ROWS, rule="0.5pt solid #000000", rules="none",
                 head_rule="1pt solid #000000", header_fill=None, font="Liberation Sans",
                 size=9, pad=0.12, pad_v=0.1, margin_top=0.2, keep_rows=True,
                 comment_fill="#ededed", comment_header="Kommentar")
    title = "Uppföljning av internkontrollplan 2024 – helår"
    blocks = [
        P("Hälso- och sjukvårdsnämnden", "Sub"),
        P(title, "Title"),
        P("Bakgrund", "H2"),
        P("Hälso- och sjukvårdsnämnden ansvarar för den kommunala hälso- och sjukvården i "
          "ordinärt boende, på särskilda boenden och i daglig verksamhet. Under 2024 hade "
          "drygt 1 900 personer insatser från kommunens sjuksköterskor, arbetsterapeuter "
          "eller fysioterapeuter, och omkring 420 medarbetare hade delegering att utföra "
          "hälso- och sjukvårdsuppgifter."),
        P("Nämnden antog internkontrollplanen för 2024 i december 2023. Planen bygger på en "
          "risk- och väsentlighetsanalys där varje risk bedöms utifrån sannolikhet och "
          "konsekvens på en fyrgradig skala; riskvärdet är produkten av de två bedömningarna."),
        P("I riskanalysen identifierades 17 risker. Sju av dem fick ett riskvärde på 8 eller "
          "högre och har kontrollmoment i planen; de redovisas i tabellen nedan."),
        P("Genomförande", "H2"),
        P("Kontrollerna har genomförts av medicinskt ansvarig sjuksköterska, medicinskt "
          "ansvarig för rehabilitering och förvaltningens kvalitetsutvecklare. Stickproven "
          "har dragits ur verksamhetssystemet och ur avvikelsesystemet."),
        P("Kontrollernas resultat", "H2"),
        t,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
          "Fallpreventionen och samverkan vid utskrivning behöver förbättras; åtgärderna "
          "följs upp i internkontrollplanen för 2025."),
    ]
    return Doc(
        "hsn2024_unruled_shaded_comment_rows", blocks,
        Page(left=2.2, right=2.2, top=2.0, bottom=2.0),
        font="Liberation Sans", body_size=10.5, cell_size=9,
        footer="Hälso- och sjukvårdsnämnden | Helårsuppföljning intern kontroll 2024 | "
        "sida {page} av {pages}",
        organ="Hälso- och sjukvårdsnämnden", year=2024, period="helår", title=title,
        risks_inventoried=17, risks_critical=7,
    )
