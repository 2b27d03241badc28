"""Word report 5: Omsorgs- och socialnämnden, Delårsrapport 2 2024. The internal-control
follow-up is chapter 5 of a longer delårsrapport: a cover with the document title
"Delårsrapport 2 2024 Omsorgs- och socialnämnden", chapters 1-4 on the year so far, economy
(budget, prognosis and investment tables, "tre ekonomiska risker") and personnel
(sjukfrånvaro and staffing tables), each chapter on a new page; chapter 5 "Intern kontroll"
with the counts, the risk table and a summary of the results."""

from holdout_model import P, Page, SmallTable
from tagged_writer import Toc
from word_report import C, Bullets, Cover, SimpleGrid, ReportDoc, rec

ORGAN = "Omsorgs- och socialnämnden"
TITLE = "Delårsrapport 2 2024 Omsorgs- och socialnämnden"

# process, risk, riskvärde, kontrollmoment, frekvens, följer plan, kommentar
RISKS = [
    ("Ekonomiskt bistånd", "Risk att bistånd betalas ut på felaktiga grunder, eftersom "
     "inkomster och tillgångar inte kontrolleras mot andra myndigheter.", 12,
     "Stickprov på 30 akter: kontroll av att SSBTEK-sökning är gjord före beslut.",
     "Tertialvis", "Delvis", "SSBTEK-sökning saknades i fyra av 30 akter. Handläggarna "
     "har fått utbildning och en checklista har införts."),
    ("Placeringar av barn och unga", "Risk att placeringar görs hos utförare utan "
     "ramavtal, till högre kostnad.", 9,
     "Genomgång av alla nya placeringar under perioden mot avtalskatalogen.",
     "Tertialvis", "Ja", "Samtliga 17 nya placeringar gjordes inom ramavtal."),
    ("LSS-insatser", "Risk att beslut om personlig assistans inte omprövas inom två år.", 8,
     "Uttag ur verksamhetssystemet av beslut äldre än två år.",
     "Halvår", "Ja", "Alla beslut var omprövade i tid."),
    ("Hemtjänst", "Risk att utförd tid inte stämmer med beviljad tid, så att brukare får "
     "för lite hjälp eller debiteras fel.", 9,
     "Jämförelse mellan beviljade och utförda timmar för 50 brukare.",
     "Tertialvis", "Delvis", "Utförd tid var lägre än beviljad för nio brukare; "
     "orsakerna utreds av enhetscheferna."),
    ("Läkemedelshantering", "Risk att läkemedel ges utan signering i den digitala "
     "signeringslistan.", 12,
     "Månatlig rapport om osignerade doser på särskilda boenden.",
     "Månadsvis", "Ja", "Andelen osignerade doser minskade från 2,1 till 0,8 procent."),
    ("Lex Sarah", "Risk att missförhållanden inte rapporteras och utreds enligt "
     "socialtjänstlagen.", 8,
     "Genomgång av avvikelsesystemet och jämförelse med rapporter enligt lex Sarah.",
     "Halvår", "Ja", "Sju rapporter har utretts; två har anmälts till IVO."),
    ("Dataskydd", "Risk att uppgifter om brukare skickas med okrypterad e-post.", 9,
     "Stickprov i tre funktionsbrevlådor under två veckor.",
     "Halvår", "Nej", "Kontrollen har inte genomförts, eftersom verktyget för "
     "stickprov inte har levererats. Den görs i oktober."),
    ("Attest", "Risk att fakturor från bemanningsföretag attesteras utan kontroll av "
     "utförda timmar.", 9,
     "Stickprov på 20 fakturor mot tidrapporter.",
     "Tertialvis", "Ja", "Inga avvikelser."),
    ("Bisysslor", "Risk att anställda har bisysslor hos utförare som nämnden köper "
     "tjänster av.", 8,
     "Bisysslor tas upp i medarbetarsamtalen och redovisas till HR.",
     "Helår", "Ja", "Elva bisysslor har anmälts; ingen bedömdes som förtroendeskadlig."),
]

HEAD = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Frekvens", "Följer plan",
        "Kommentar"]
WIDTHS = [2.4, 4.0, 1.5, 3.4, 1.7, 1.4, 3.4]  # 17.8 cm

LONG = ("Förvaltningen arbetar vidare med de åtgärder som nämnden beslutade om i "
        "verksamhetsplanen. Arbetet följs upp vid varje nämndsammanträde och redovisas "
        "samlat i årsredovisningen. ")


def osn2024():
    page = Page(21.0, 29.7, 2.2, 2.0, 1.6, 1.6)
    rows, records = [], []
    for i, (proc, risk, value, ctrl, freq, fp, com) in enumerate(RISKS, 1):
        rows.append((i, [C(proc), C(risk), C(str(value), align="center"), C(ctrl), C(freq),
                         C(fp), C(com)]))
        r = rec(process=proc, risk=risk, risk_value=value, controls=ctrl, follows_plan=fp,
                comment=com)
        r["extra"] = {"Frekvens": freq}
        records.append(r)
    blocks = [
        Cover([("Delårsrapport 2 2024\n" + ORGAN, 28, True),
               ("Perioden januari–augusti 2024", 13, False),
               ("Beslutad av nämnden 2024-09-26, § 87", 11, False)],
              fill="#833C0B", logo="ÅSKEDALS KOMMUN", logo_color="#833C0B",
              width=17.8, height=23.0),
        Toc([(1, "1 Sammanfattning", 3), (1, "2 Verksamhetens utveckling", 4),
             (2, "2.4 Mål och måluppfyllelse", 5), (1, "3 Ekonomi", 6),
             (1, "4 Personal", 7), (1, "5 Intern kontroll", 8),
             (2, "5.2 Uppföljning per 31 augusti", 8),
             (1, "Bilaga 1 Nyckeltal per verksamhetsområde", 9)]),
        # 1
        P("1 Sammanfattning", "H1", break_before=True),
        P("Omsorgs- och socialnämnden redovisar i denna delårsrapport verksamhetens "
          "utveckling, ekonomi, personal och intern kontroll för perioden januari–augusti "
          "2024. Nämnden prognostiserar ett underskott på 14,6 miljoner kronor för helåret, "
          "främst på grund av ökade kostnader för placeringar av barn och unga och för "
          "ekonomiskt bistånd."),
        Bullets([
            "Antalet hushåll med ekonomiskt bistånd har ökat med 9 procent jämfört med "
            "samma period 2023.",
            "Sjukfrånvaron har minskat till 8,4 procent, från 9,1 procent förra året.",
            "Väntetiden till särskilt boende är i genomsnitt 47 dagar.",
            "Den interna kontrollen bedöms i huvudsak vara tillräcklig; se kapitel 5.",
        ]),
        P("Nämnden har under perioden fattat beslut om en ny organisation för "
          "myndighetsutövningen inom individ- och familjeomsorgen, som gäller från den "
          "1 januari 2025. " + LONG),
        P("Omställningen till mer förebyggande arbete fortsätter. Under våren har tre "
          "familjecentraler öppnat, och antalet barn som placeras i familjehem har "
          "minskat. Kostnaderna för de placeringar som görs har samtidigt ökat. " + LONG),
        # 2
        P("2 Verksamhetens utveckling", "H1", break_before=True),
        P("2.1 Individ- och familjeomsorg", "H2"),
        P("Antalet aktualiseringar som rör barn och unga har ökat med 12 procent. "
          "Utredningstiden har i genomsnitt varit 118 dagar, vilket överstiger lagens "
          "krav på fyra månader i 22 procent av utredningarna. Förvaltningen har anställt "
          "två socialsekreterare med tidsbegränsade anställningar för att minska "
          "väntetiderna. " + LONG),
        P("Ekonomiskt bistånd har utbetalats till i genomsnitt 642 hushåll per månad. "
          "Andelen långvarigt biståndsmottagande är 41 procent. Samarbetet med "
          "arbetsmarknadsenheten har utvecklats och 58 personer har gått vidare till "
          "arbete eller studier. " + LONG),
        P("2.2 Äldreomsorg", "H2"),
        P("Efterfrågan på hemtjänst har ökat, särskilt under sommaren. Antalet beviljade "
          "timmar per månad har i genomsnitt varit 21 400. Kontinuiteten, mätt som antal "
          "olika personal som besöker en brukare under 14 dagar, är 13. Målet är högst "
          "tio. " + LONG),
        P("Väntetiden till särskilt boende har minskat sedan ett nytt boende med 40 "
          "platser öppnade i maj. Beläggningen på korttidsboendet har varit 96 procent. "
          + LONG),
        P("2.3 Funktionsstöd", "H2"),
        P("Två nya gruppbostäder enligt LSS har planerats, och en av dem öppnar i början "
          "av 2025. Den dagliga verksamheten har utökats med en ny verksamhet inom "
          "återbruk. " + LONG),
        SmallTable("Volymer", ["Volym", "Jan–aug 2023", "Jan–aug 2024"], [8.0, 3.0, 3.0],
                   [["Hushåll med ekonomiskt bistånd, snitt per månad", "589", "642"],
                    ["Barn och unga placerade, antal", "74", "69"],
                    ["Beviljade hemtjänsttimmar, snitt per månad", "20 150", "21 400"],
                    ["Personer med insats enligt LSS", "318", "331"]],
                   ["left", "right", "right"], rule="0.5pt solid #BFBFBF", size=9.5,
                   header_fill="#FBE4D5"),
        P("2.4 Mål och måluppfyllelse", "H2", break_before=True),
        P("Nämnden har fyra mål för 2024, som bryter ned kommunfullmäktiges mål. "
          "Bedömningen görs i tre nivåer: uppfyllt, delvis uppfyllt och inte uppfyllt. "
          "Prognosen för helåret redovisas nedan."),
        SmallTable("Mal", ["Nämndmål", "Indikator", "Utfall jan–aug", "Prognos helår"],
                   [5.6, 5.2, 2.6, 3.0],
                   [["Fler invånare blir självförsörjande", "Andel som avslutat "
                     "ekonomiskt bistånd till arbete eller studier", "34 %", "Delvis uppfyllt"],
                    ["Barn och unga får rätt stöd i tid", "Andel utredningar klara inom "
                     "fyra månader", "78 %", "Inte uppfyllt"],
                    ["Äldre känner trygghet i hemtjänsten", "Andel nöjda brukare i "
                     "brukarundersökningen", "88 %", "Uppfyllt"],
                    ["Personer med funktionsnedsättning har en meningsfull vardag",
                     "Andel med daglig verksamhet som har ett individuellt mål", "91 %",
                     "Uppfyllt"]],
                   ["left", "left", "right", "left"], rule="0.5pt solid #BFBFBF", size=9.5,
                   header_fill="#FBE4D5"),
        P("Målet om utredningstider bedöms inte bli uppfyllt. Förvaltningen har tagit fram "
          "en handlingsplan med veckovis uppföljning av utredningar som riskerar att "
          "överskrida fyra månader. " + LONG),
        # 3
        P("3 Ekonomi", "H1", break_before=True),
        P("3.1 Resultat och prognos", "H2"),
        P("Nämndens nettokostnader för perioden uppgår till 912,3 miljoner kronor, vilket "
          "är 11,2 miljoner kronor mer än periodiserad budget. Prognosen för helåret är "
          "ett underskott på 14,6 miljoner kronor."),
        SmallTable("Budget", ["Verksamhet, mnkr", "Budget 2024", "Utfall jan–aug",
                              "Prognos helår", "Avvikelse"], [5.6, 2.8, 2.8, 2.8, 2.4],
                   [["Nämnd och administration", "38,2", "24,9", "37,8", "0,4"],
                    ["Individ- och familjeomsorg", "412,5", "287,1", "428,9", "-16,4"],
                    ["Äldreomsorg", "658,0", "436,4", "660,1", "-2,1"],
                    ["Funktionsstöd", "261,3", "169,8", "258,8", "2,5"],
                    ["Hälso- och sjukvård", "24,0", "14,9", "23,0", "1,0"],
                    ["Summa", "1 394,0", "933,1", "1 408,6", "-14,6"]],
                   ["left", "right", "right", "right", "right"],
                   rule="0.5pt solid #BFBFBF", size=9.5, bold_last=True,
                   header_fill="#FBE4D5"),
        P("Underskottet inom individ- och familjeomsorgen beror på köpta placeringar av "
          "barn och unga (-11,8 miljoner kronor) och ekonomiskt bistånd (-4,6 miljoner "
          "kronor). Äldreomsorgens underskott beror på ökade volymer i hemtjänsten. "
          + LONG),
        P("3.2 Ekonomiska risker", "H2"),
        P("Förvaltningen har identifierat tre ekonomiska risker för resten av året, som "
          "inte ingår i prognosen:"),
        Bullets([
            "fler placeringar av ungdomar på institution efter sommaren,",
            "ökade kostnader för bemanningsföretag inom hälso- och sjukvården,",
            "lägre statsbidrag för äldreomsorgen än vad som har budgeterats.",
        ]),
        P("Riskerna bedöms sammanlagt kunna försämra resultatet med upp till fem "
          "miljoner kronor. " + LONG),
        P("3.3 Investeringar", "H2"),
        SmallTable("Investeringar", ["Investering, tkr", "Budget 2024", "Utfall jan–aug",
                                     "Prognos helår"], [7.0, 3.0, 3.0, 3.0],
                   [["Inventarier särskilt boende", "3 500", "2 870", "3 400"],
                    ["Trygghetslarm, digitala", "1 200", "410", "1 200"],
                    ["Välfärdsteknik", "2 000", "640", "1 500"],
                    ["Summa", "6 700", "3 920", "6 100"]],
                   ["left", "right", "right", "right"], rule="0.5pt solid #BFBFBF",
                   size=9.5, bold_last=True, header_fill="#FBE4D5"),
        P("Investeringen i välfärdsteknik blir lägre än budget eftersom upphandlingen av "
          "nattkameror har försenats. " + LONG),
        # 4
        P("4 Personal", "H1", break_before=True),
        P("4.1 Bemanning", "H2"),
        P("Nämnden har 2 184 tillsvidareanställda medarbetare, varav 86 procent är "
          "kvinnor. Personalomsättningen har varit 7,9 procent. Rekryteringsläget är "
          "fortsatt svårt för sjuksköterskor och socialsekreterare med erfarenhet. "
          + LONG),
        SmallTable("Bemanning", ["Personal", "31 aug 2023", "31 aug 2024"],
                   [8.0, 3.0, 3.0],
                   [["Tillsvidareanställda", "2 141", "2 184"],
                    ["Visstidsanställda, månadsavlönade", "212", "198"],
                    ["Årsarbetare", "2 036", "2 071"],
                    ["Andel heltidsanställda, %", "78", "81"]],
                   ["left", "right", "right"], rule="0.5pt solid #BFBFBF", size=9.5,
                   header_fill="#FBE4D5"),
        P("4.2 Sjukfrånvaro", "H2"),
        P("Sjukfrånvaron har minskat jämfört med samma period förra året. Korttidsfrånvaron "
          "är fortfarande hög inom äldreomsorgen. Förvaltningen har infört tidiga "
          "rehabiliteringssamtal från den tredje sjukskrivningsperioden inom sex månader. "
          + LONG),
        SmallTable("Sjukfranvaro", ["Sjukfrånvaro, % av arbetad tid", "Jan–aug 2023",
                                    "Jan–aug 2024"], [8.0, 3.0, 3.0],
                   [["Kvinnor", "9,6", "8,9"],
                    ["Män", "6,4", "5,6"],
                    ["Totalt", "9,1", "8,4"],
                    ["varav längre än 60 dagar", "4,2", "3,9"]],
                   ["left", "right", "right"], rule="0.5pt solid #BFBFBF", size=9.5,
                   header_fill="#FBE4D5"),
        P("4.3 Arbetsmiljö", "H2"),
        P("Antalet anmälda tillbud och arbetsskador har ökat, främst när det gäller hot och "
          "våld i boendestödet och på särskilda boenden. Skyddsombuden har deltagit i "
          "riskbedömningarna. " + LONG),
        P("4.4 Kompetensförsörjning", "H2"),
        P("Förvaltningen har tagit fram en plan för kompetensförsörjning till 2027. Planen "
          "omfattar bland annat betald utbildning till undersköterska för 40 vårdbiträden, "
          "introduktionsprogram för nya socialsekreterare och ett traineeprogram för "
          "sjuksköterskor. " + LONG),
        P("Heltidsresan fortsätter. Andelen medarbetare som arbetar heltid har ökat till "
          "81 procent. Målet är 85 procent vid utgången av 2025. " + LONG),
        # 5
        P("5 Intern kontroll", "H1", break_before=True),
        P("5.1 Nämndens internkontrollplan", "H2"),
        P("Nämnden antog internkontrollplanen för 2024 den 14 december 2023. I nämndens "
          "riskanalys för 2024 finns 26 risker, varav nio bedöms som kritiska med ett "
          "riskvärde på 8 eller högre. De kritiska riskerna ingår i planen med ett eller "
          "flera kontrollmoment. Riskvärdet är produkten av sannolikhet och konsekvens, "
          "båda bedömda på en skala från 1 till 4."),
        P("5.2 Uppföljning per 31 augusti", "H2"),
        P("Tabell 5. Kritiska risker och resultat av kontrollerna per 31 augusti 2024.",
          "Caption"),
        SimpleGrid("Internkontroll", WIDTHS, HEAD, rows, rule="0.5pt solid #F4B083",
             header_fill="#ED7D31", header_color="#FFFFFF", zebra="#FBE4D5", size=8.5,
             font="Carlito", pad=0.15),
        P("5.3 Samlad bedömning", "H2"),
        P("Sex av nio kontroller följer planen, två gör det delvis och en har inte "
          "genomförts. Nämnden bedömer att den interna kontrollen i huvudsak är "
          "tillräcklig. Kontrollen av e-post genomförs i oktober och redovisas i "
          "årsrapporten."),
        P("Bilaga 1 Nyckeltal per verksamhetsområde", "H1", break_before=True),
        P("Nyckeltalen avser perioden januari–augusti och jämförs med samma period 2023."),
        SmallTable("Nyckeltal", ["Nyckeltal", "Jan–aug 2023", "Jan–aug 2024", "Förändring"],
                   [7.6, 3.0, 3.0, 2.6],
                   [["Kostnad per hushåll med ekonomiskt bistånd, kr/mån", "10 840",
                     "11 260", "+3,9 %"],
                    ["Kostnad per placeringsdygn, HVB, kr", "7 920", "8 450", "+6,7 %"],
                    ["Kostnad per hemtjänsttimme, kr", "612", "629", "+2,8 %"],
                    ["Kostnad per plats i särskilt boende, tkr/år", "968", "994", "+2,7 %"],
                    ["Antal larm per brukare med trygghetslarm", "11,2", "12,6",
                     "+12,5 %"],
                    ["Andel utförda hembesök inom avtalad tid, %", "93", "95", "+2 enheter"]],
                   ["left", "right", "right", "right"], rule="0.5pt solid #BFBFBF",
                   size=9.5, header_fill="#FBE4D5"),
        P("Nyckeltalen hämtas från verksamhetssystemen och ekonomisystemet. Kostnaderna är "
          "inte justerade för prisförändringar."),
    ]
    return ReportDoc(
        name="osn2024_delarsrapport_chapter5_internal_control",
        blocks=blocks, page=page, font="Carlito", body_size=11.0,
        heading_color="#833C0B",
        header="ÅSKEDALS KOMMUN · Delårsrapport 2 2024",
        footer="Omsorgs- och socialnämnden · Sida {page} av {pages}",
        organ=ORGAN, year=2024, period="delår", title=TITLE,
        risks_inventoried=26, risks_critical=9,
        columns=[{"header": h, "field": f} for h, f in zip(
            HEAD, ["process", "risk", "risk_value", "controls", None, "follows_plan",
                   "comment"], strict=True)],
        records=records, grids=("Internkontroll",),
    )
