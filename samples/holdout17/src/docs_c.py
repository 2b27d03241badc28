"""Holdout17 document C: Familjenämnden, a follow-up report inside a meeting protocol. Pages
1–3 are the protocol (a running header "Sammanträdesprotokoll ... Sida N (M)", the
"Justerandes signatur" and "Utdragsbestyrkande" boxes drawn as ruled rectangles in the footer
of every protocol page, a ruled attendance table "Ledamot / Parti / Ersättare", the
paragraphs § 45–52 with their decisions); pages 4–5 are the appendix "Bilaga 2, § 48" (a
master page of its own: running header with the appendix line, no signature boxes) holding
the report and its fully ruled risk table over both pages; page 6 is the protocol's
signature page (Underskrifter, Anslag / bevis)."""

from h17kit import Boxes, Caption, EdgeTable, H17Doc
from holdout_model import Col, P, Page, SmallTable

FN_ROWS = [
    {
        "process": "Barn och unga",
        "risk": "Risk att förhandsbedömningen av en orosanmälan inte görs inom 14 dagar, så "
        "att ett barn som behöver skydd inte får det i tid.",
        "value": "16",
        "controls": "Uttag ur verksamhetssystemet av samtliga orosanmälningar under mars och "
        "september med datum för inkommen anmälan och beslut.",
        "follows": "Delvis",
        "comment": "Av 212 anmälningar bedömdes 196 inom 14 dagar. Förseningarna gällde "
        "sommarveckorna, då bemanningen på mottagningsenheten var låg.",
    },
    {
        "process": "Barn och unga",
        "risk": "Risk att utredningar enligt socialtjänstlagen inte avslutas inom fyra "
        "månader och att beslut om förlängd utredningstid saknas.",
        "value": "12",
        "controls": "Granskning av alla utredningar som pågått längre än fyra månader per "
        "den 30 juni och den 31 december.",
        "follows": "Ja",
        "comment": "Samtliga 23 utredningar som pågick längre än fyra månader hade ett "
        "motiverat beslut om förlängning.",
    },
    {
        "process": "Familjehemsvård",
        "risk": "Risk att placerade barn inte besöks av sin socialsekreterare så ofta som "
        "vårdplanen och socialtjänstförordningen kräver.",
        "value": "12",
        "controls": "Stickprov på 25 placeringar: dokumenterade besök jämförs med kraven i "
        "vårdplanen och genomförandeplanen.",
        "follows": "Nej",
        "comment": "I nio av 25 placeringar saknades minst ett besök. Två socialsekreterare "
        "har anställts till familjehemsenheten från januari 2025.",
    },
    {
        "process": "Familjehemsvård",
        "risk": "Risk att arvoden och omkostnadsersättningar till familjehem betalas ut "
        "utan gällande uppdragsavtal eller med fel belopp.",
        "value": "9",
        "controls": "Avstämning av utbetalda arvoden i december mot uppdragsavtalen och "
        "Sveriges Kommuners och Regioners rekommendationer.",
        "follows": "Ja",
        "comment": "Alla utbetalningar hade ett giltigt avtal. Ett felaktigt belopp "
        "upptäcktes och rättades vid nästa utbetalning.",
    },
    {
        "process": "Ekonomiskt bistånd",
        "risk": "Risk att ekonomiskt bistånd beviljas utan kontroll av inkomster och "
        "tillgångar, så att felaktiga utbetalningar görs.",
        "value": "12",
        "controls": "Kontroll av att SSBTEK-frågor har ställts inför varje nybeslut i 40 "
        "slumpvis valda ärenden under oktober.",
        "follows": "Delvis",
        "comment": "Frågan hade ställts i 35 av 40 ärenden. Fem nybeslut i samband med "
        "akuta ansökningar saknade kontroll och har följts upp i efterhand.",
    },
    {
        "process": "Våld i nära relationer",
        "risk": "Risk att en strukturerad riskbedömning inte görs när en våldsutsatt "
        "vuxen söker stöd, så att skyddsbehovet underskattas.",
        "value": "12",
        "controls": "Granskning av samtliga ärenden om våld i nära relationer som inleddes "
        "under andra halvåret.",
        "follows": "Ja",
        "comment": "En dokumenterad riskbedömning fanns i alla 31 ärenden. Metoden har "
        "också införts inom ekonomiskt bistånd.",
    },
    {
        "process": "Ekonomi",
        "risk": "Risk att köpta platser på hem för vård eller boende inte ryms inom "
        "budgeten, eftersom placeringar beslutas utan prisjämförelse.",
        "value": "9",
        "controls": "Uppföljning av att varje ny institutionsplacering har föregåtts av "
        "en dokumenterad jämförelse mellan minst två utförare.",
        "follows": "Delvis",
        "comment": "Jämförelse fanns för 14 av 19 nya placeringar. Övriga var akuta "
        "placeringar, där ramavtalets första utförare användes.",
    },
]

MEMBERS = [
    ["Anna Lindqvist, ordförande", "S", ""],
    ["Mikael Strand, 1:e vice ordförande", "M", ""],
    ["Elin Bergström, 2:e vice ordförande", "C", ""],
    ["Per-Olof Dahl", "S", "Maria Sundin (S)"],
    ["Fatima Hassan", "S", ""],
    ["Göran Eklund", "SD", ""],
    ["Lina Qvist", "KD", "Björn Holmgren (M)"],
    ["Tomas Wiklund", "V", ""],
    ["Ingrid Nordahl", "L", ""],
]

SIGN = Boxes([4.0, 4.0, 4.5], [["Justerandes signatur", "Justerandes signatur",
                               "Utdragsbestyrkande"]], height=1.2, size=7, margin_top=0.0)


def fn2024() -> H17Doc:
    cols = [
        Col("process", "Process", 2.3, "process", align="left"),
        Col("risk", "Risk", 3.8, "risk"),
        Col("value", "Riskvärde", 1.5, "risk_value", align="left"),
        Col("controls", "Kontrollmoment", 3.6, "controls"),
        Col("follows", "Följer plan", 1.4, "follows_plan", align="left"),
        Col("comment", "Kommentar", 3.4, "comment"),
    ]
    table = EdgeTable(
        "Risktabell", cols, FN_ROWS, rule="0.5pt solid #000000", header_fill="#e2efd9",
        size=9, font="Liberation Sans", pad=0.1, margin_top=0.15,
        edges={c.key: "tblr" for c in cols}, head_edges={c.key: "tblr" for c in cols},
    )
    members = SmallTable("Närvarande", ["Ledamot", "Parti", "Ersättare"], [6.0, 1.6, 5.0],
                         MEMBERS, ["left", "left", "left"], size=9.5,
                         header_fill="#eeeeee")
    para = "H2"
    blocks = [
        Caption("SAMMANTRÄDESPROTOKOLL", bold=True, size=15, after=0.35),
        P("Familjenämnden", "Sub"),
        P("Plats och tid: Kommunhuset, sammanträdesrum Lärkan, tisdagen den 18 februari "
          "2025 kl. 13.00–15.40", "Left"),
        P("Beslutande: ledamöter och tjänstgörande ersättare enligt närvarolistan", "Left"),
        Caption("Närvarande", bold=True, size=10, before=0.3, keep_next=True),
        members,
        P("Övriga närvarande: Karin Åberg, förvaltningschef; Johan Nyström, ekonomichef, "
          "§ 47; Sara Holm, controller, § 48–49; Lena Berg, nämndsekreterare", "Left"),
        P("Utses att justera: Mikael Strand (M)", "Left"),
        P("Justeringens plats och tid: Familjeförvaltningen, måndagen den 24 februari "
          "2025", "Left"),
        P("Paragrafer: § 45–52", "Left"),
        # page 2
        P("§ 45 Val av justerare", para, break_before=True),
        P("Beslut: Familjenämnden utser Mikael Strand (M) att tillsammans med ordföranden "
          "justera dagens protokoll."),
        P("§ 46 Godkännande av dagordning", para),
        P("Beslut: Dagordningen godkänns med tillägget att informationen om "
          "lokalförsörjningen tas upp under § 52."),
        P("§ 47 Verksamhetsberättelse och bokslut 2024 (Dnr FN 2025/009)", para),
        P("Beslut: Familjenämnden godkänner verksamhetsberättelsen för 2024 och "
          "överlämnar den till kommunstyrelsen. Nämnden begär att få föra över 1,2 "
          "miljoner kronor av investeringsbudgeten till 2025."),
        P("Ärendet: Nämnden redovisar ett underskott på 6,8 miljoner kronor mot en "
          "budgetram på 412,5 miljoner kronor. Underskottet beror främst på kostnader för "
          "placeringar av barn och unga på hem för vård eller boende."),
        P("§ 48 Uppföljning av internkontrollplan 2024 (Dnr FN 2023/214)", para),
        P("Beslut: Familjenämnden godkänner uppföljningen av internkontrollplan 2024 "
          "enligt bilaga 2 och överlämnar den till kommunstyrelsen för kännedom. "
          "Förvaltningen får i uppdrag att redovisa åtgärder för besöken hos placerade "
          "barn vid nämndens sammanträde i maj."),
        P("Ärendet: Enligt kommunens reglemente för intern kontroll ska nämnden varje år "
          "följa upp sin internkontrollplan. Controllern Sara Holm föredrar ärendet."),
        P("Beslutsunderlag: Tjänsteskrivelse 2025-01-28; Uppföljning av "
          "internkontrollplan 2024, bilaga 2."),
        # page 3
        P("§ 49 Internkontrollplan 2025 (Dnr FN 2024/301)", para, break_before=True),
        P("Beslut: Familjenämnden antar internkontrollplanen för 2025. Ärendet om "
          "besök hos placerade barn förs in som ett nytt kontrollmoment."),
        P("§ 50 Redovisning av delegationsbeslut", para),
        P("Beslut: Redovisningen av delegationsbeslut för perioden 1 december 2024 till "
          "31 januari 2025 läggs till handlingarna."),
        P("§ 51 Meddelanden", para),
        P("Beslut: Meddelandena läggs till handlingarna. Bland dem finns Inspektionen för "
          "vård och omsorgs beslut i ett tillsynsärende om ett HVB-hem i kommunen."),
        P("§ 52 Förvaltningschefen informerar", para),
        P("Beslut: Informationen noteras. Förvaltningschefen informerar om "
          "lokalförsörjningen för familjecentralen, rekryteringsläget och "
          "sjukfrånvaron under januari."),
        # pages 4-5: the appendix on a master page of its own
        P("Familjenämnden", "Sub", master="Bilaga"),
        P("Uppföljning av internkontrollplan 2024 – helår", "Title"),
        P("Familjenämnden ansvarar för socialtjänstens arbete med barn, unga och familjer, "
          "ekonomiskt bistånd och stöd till våldsutsatta. Nämnden antog "
          "internkontrollplanen för 2024 den 12 december 2023."),
        P("Riskbedömning", "H2"),
        P("Förvaltningen har tillsammans med enhetscheferna identifierat 24 risker i "
          "verksamheten. Sju av dem har bedömts som kritiska, med ett riskvärde på 9 eller "
          "högre, och har därför kontrollerats under året. Riskvärdet är sannolikhet "
          "gånger konsekvens på en fyrgradig skala."),
        P("Kontrollerna har utförts av förvaltningens controller och kvalitetsstrateg "
          "genom stickprov, registeruttag och granskning av akter. Resultatet har stämts "
          "av med enhetscheferna för barn och unga, familjehemsenheten och "
          "vuxenenheten innan rapporten skrevs."),
        P("Kontrollernas resultat", "H2"),
        table,
        P("Samlad bedömning", "H2"),
        P("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. "
          "Besöken hos placerade barn är den allvarligaste bristen och följs upp särskilt "
          "under 2025. Handläggningstiden för orosanmälningar under sommaren och "
          "prisjämförelserna vid placeringar ingår i internkontrollplanen för 2025."),
        # page 6: the protocol's signature page
        P("Underskrifter", para, master="Standard"),
        Boxes([7.0], [["Sekreterare"]], height=1.5, sides="b", size=8, margin_top=0.4),
        Caption("Lena Berg", size=9, before=0.0),
        Boxes([7.0], [["Ordförande"]], height=1.5, sides="b", size=8, margin_top=0.4),
        Caption("Anna Lindqvist", size=9, before=0.0),
        Boxes([7.0], [["Justerande"]], height=1.5, sides="b", size=8, margin_top=0.4),
        Caption("Mikael Strand", size=9, before=0.0),
        P("Anslag / bevis", para),
        P("Protokollet är justerat. Justeringen har tillkännagetts genom anslag på "
          "kommunens digitala anslagstavla.", "Left"),
        Boxes([5.0, 7.5], [["Organ", "Familjenämnden"],
                           ["Sammanträdesdatum", "2025-02-18"],
                           ["Datum då anslaget sätts upp", "2025-02-25"],
                           ["Datum då anslaget tas ned", "2025-03-19"],
                           ["Förvaringsplats för protokollet", "Familjeförvaltningen"]],
              height=0.75, size=9, margin_top=0.2),
    ]
    page = Page(top=1.5, bottom=1.5, left=2.5, right=2.5)
    head = "\u2003·\u2003".join(
        ["Sammanträdesprotokoll", "Familjenämnden", "Sammanträdesdatum 2025-02-18"])
    return H17Doc(
        name="fn2024_report_inside_meeting_protocol",
        blocks=blocks,
        page=page,
        masters={"Bilaga": Page(top=1.5, bottom=1.5, left=2.5, right=2.5)},
        table_master="Bilaga",
        font="Liberation Serif",
        body_size=11.0,
        cell_size=9.0,
        furniture={
            "Standard": (
                [Caption("VÄSTERBYGDS KOMMUN", bold=True, size=9, after=0.0),
                 Caption(f"{head}\u2003·\u2003Sida {{page}} ({{pages}})", size=8.5,
                         after=0.0)],
                [SIGN],
            ),
            "Bilaga": (
                [Caption("Familjenämnden, protokoll 2025-02-18\u2003·\u2003Bilaga 2, § 48",
                         size=8.5, after=0.0)],
                [Caption("Bilaga 2, § 48\u2003·\u2003Sida {page} ({pages})", size=8.5,
                         after=0.0)],
            ),
        },
        # the footer zone the kit's measuring leaves out (the appendix pages' one line)
        footer="Bilaga 2, § 48 · Sida {page} ({pages})",
        organ="Familjenämnden",
        year=2024,
        period="helår",
        title="Uppföljning av internkontrollplan 2024 – helår",
        risks_inventoried=24,
        risks_critical=7,
    )
