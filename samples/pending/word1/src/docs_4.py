"""Word report 4: a municipal housing company, Björkvikshem AB, and its styrelse. The
follow-up (delår 2025, three pages) stands in the middle of a 13-page meeting bundle: the
kallelse with its föredragningslista, the protocol of the previous meeting, the financial
report with a "Prognos helår" section and table (which must not decide the period), then the
follow-up, then other ärenden (hyresförhandling, an investment with its own budget table,
anmälningsärenden, VD-rapport). Times-like Liberation Serif, Word's "Table Grid" with a
green header, a running header on every page."""

from holdout_model import Col, P, Page, SmallTable, Table
from tagged_writer import WordDoc, table_grid

ROWS = [
    {"process": "Uthyrning",
     "risk": "Risk att lägenheter hyrs ut utanför bostadskön utan ett dokumenterat "
             "beslut om förtur eller direktuthyrning.",
     "value": "12",
     "controls": "Stickprov på 20 nya hyreskontrakt som jämförs med köregistret och "
                 "förtursbesluten.",
     "follows": "Delvis",
     "comment": "17 av 20 kontrakt hade tecknats med den som stod först i kön. Tre "
                "kontrakt var direktuthyrningar till befintliga hyresgäster där beslutet "
                "inte hade dokumenterats. Mallen för beslut om direktuthyrning har "
                "införts i juni."},
    {"process": "Hyresdebitering",
     "risk": "Risk att överenskomna hyreshöjningar inte läggs in för alla hyresobjekt, "
             "så att bolaget går miste om hyresintäkter.",
     "value": "9",
     "controls": "Avstämning av debiterad hyra mot förhandlingsprotokollet för samtliga "
                 "områden.",
     "follows": "Ja",
     "comment": "Hyreshöjningen på 4,8 procent var korrekt inlagd för alla 2 614 "
                "lägenheter och 86 lokaler."},
    {"process": "Hyresfordringar",
     "risk": "Risk att obetalda hyror inte skickas till inkasso inom den tid som "
             "kreditpolicyn anger.",
     "value": "8",
     "controls": "Månadsvis genomgång av kundreskontran och inkassobolagets "
                 "rapporter.",
     "follows": "Ja",
     "comment": "Samtliga fordringar äldre än 30 dagar hade skickats till inkasso."},
    {"process": "Upphandling av entreprenader",
     "risk": "Risk att ändrings- och tilläggsarbeten beställs muntligt och överskrider "
             "avtalat belopp utan beslut enligt attestordningen.",
     "value": "12",
     "controls": "Granskning av ändrings- och tilläggsarbeten i de tre största "
                 "pågående entreprenaderna.",
     "follows": "Nej",
     "comment": "I stambytet i Tallbacken etapp 1 hade tilläggsarbeten för 1,3 miljoner "
                "kronor beställts muntligt av platschefen. Beställningsrutinen har "
                "skärpts och alla ändringar ska nu godkännas skriftligt av "
                "projektledaren."},
    {"process": "Nyckel- och passerhantering",
     "risk": "Risk att nycklar och passerbrickor inte återlämnas eller spärras vid "
             "avflyttning.",
     "value": "8",
     "controls": "Kontroll av avflyttningsprotokoll mot passersystemet för 30 "
                 "avflyttningar.",
     "follows": "Ja",
     "comment": "Alla passerbrickor hade spärrats. Två nycklar saknades och låsen har "
                "bytts på hyresgästens bekostnad."},
    {"process": "Systematiskt brandskyddsarbete",
     "risk": "Risk att brandskyddskontroller i trapphus och källarförråd inte görs eller "
             "inte dokumenteras.",
     "value": "9",
     "controls": "Genomgång av kontrollrapporterna i fastighetssystemet för årets första "
                 "åtta månader.",
     "follows": "Delvis",
     "comment": "Kontrollerna var gjorda i 41 av 44 fastigheter. I tre fastigheter "
                "saknades dokumentation för maj och juni; kontrollerna har gjorts i "
                "efterhand."},
    {"process": "Jäv",
     "risk": "Risk att medarbetare handlägger uthyrning eller byten där en närstående "
             "är part.",
     "value": "8",
     "controls": "Jävsdeklarationer från uthyrare och genomgång av kontrakt med samma "
                 "efternamn eller adress som en anställd.",
     "follows": "Ja",
     "comment": "Inga fall av jäv upptäcktes."},
]

COLS = [
    Col("process", "Process", 2.5, "process", "left"),
    Col("risk", "Risk", 4.0, "risk", "left"),
    Col("value", "Riskvärde", 1.5, "risk_value", "center"),
    Col("controls", "Kontrollmoment", 3.7, "controls", "left"),
    Col("follows", "Följer plan", 1.4, "follows_plan", "center"),
    Col("comment", "Kommentar", 3.9, "comment", "left"),
]

TITLE = "Delårsuppföljning av internkontrollplan 2025"


def kallelse():
    return [
        P("Björkvikshem AB", "Organ"),
        P("Kallelse till styrelsemöte", "Title"),
        P("Styrelsen i Björkvikshem AB kallas till sammanträde torsdagen den 25 september "
          "2025 kl. 13.00 i bolagets sammanträdesrum, Storgatan 14."),
        P("Förhinder anmäls till styrelsens sekreterare Maria Ekström senast den 22 "
          "september. Ersättare tjänstgör enligt bolagsordningen."),
        P("Föredragningslista", "H2"),
        SmallTable("Dagordning", ["Nr", "Ärende", "Föredragande"], [1.2, 10.0, 4.8],
                   [["1", "Mötets öppnande och val av justerare", "Ordföranden"],
                    ["2", "Godkännande av dagordning", "Ordföranden"],
                    ["3", "Protokoll från sammanträdet 2025-06-12", "Sekreteraren"],
                    ["4", "Ekonomisk rapport per 31 augusti 2025", "Ekonomichef"],
                    ["5", "Uppföljning av intern kontroll 2025", "Ekonomichef"],
                    ["6", "Hyresförhandling 2026", "Vd"],
                    ["7", "Investeringsbeslut: stambyte Tallbacken etapp 2", "Fastighetschef"],
                    ["8", "Anmälningsärenden", "Sekreteraren"],
                    ["9", "Vd-rapport", "Vd"],
                    ["10", "Mötets avslutande", "Ordföranden"]],
                   ["left", "left", "left"], rule="0.5pt solid #808080", size=10.0,
                   header_fill="#E2EFD9"),
        P("Handlingar till ärendena bifogas. Ärendena 4 och 5 föredras gemensamt."),
        P("Lars Wikström, ordförande"),
    ]


def protokoll():
    return [
        P("Protokoll från styrelsemöte 2025-06-12", "H1", break_before=True),
        P("Närvarande ledamöter: Lars Wikström (ordförande), Anna Persson (vice "
          "ordförande), Erik Sandberg, Gunilla Nord, Omar Haddad. Övriga närvarande: "
          "Helena Borg (vd), Maria Ekström (sekreterare), Jonas Lind (ekonomichef)."),
        P("§ 21 Mötets öppnande", "H3"),
        P("Ordföranden öppnade mötet och hälsade alla välkomna. Gunilla Nord valdes att "
          "justera protokollet."),
        P("§ 22 Godkännande av dagordning", "H3"),
        P("Dagordningen godkändes."),
        P("§ 23 Protokoll från föregående sammanträde", "H3"),
        P("Protokollet från sammanträdet den 24 april lades till handlingarna."),
        P("§ 24 Ekonomisk rapport per 30 april", "H3"),
        P("Ekonomichefen redovisade resultatet för årets fyra första månader. Resultatet "
          "uppgick till 5,1 miljoner kronor, vilket är 0,4 miljoner kronor bättre än "
          "budget. Lägre räntekostnader än beräknat förklarar större delen av "
          "avvikelsen."),
        P("Beslut: Styrelsen lägger rapporten till handlingarna."),
        P("§ 25 Uthyrningspolicy", "H3"),
        P("Vd presenterade förslag till reviderad uthyrningspolicy. Förslaget innebär att "
          "förtur kan ges av medicinska och sociala skäl efter intyg, och att beslut om "
          "direktuthyrning ska dokumenteras i uthyrningssystemet."),
        P("Beslut: Styrelsen antar den reviderade uthyrningspolicyn att gälla från den 1 "
          "juli 2025."),
        P("§ 26 Energieffektivisering", "H3"),
        P("Fastighetschefen redovisade utfallet av installationen av frånluftsvärmepumpar "
          "i kvarteret Linden. Energianvändningen har minskat med 22 procent jämfört med "
          "samma period förra året."),
        P("Beslut: Styrelsen lägger informationen till handlingarna."),
        P("§ 27 Delegationsordning", "H3", break_before=True),
        P("Delegationsordningen har setts över efter organisationsförändringen i "
          "förvaltningen. Förslaget flyttar beslut om avskrivning av fordringar under "
          "ett prisbasbelopp från vd till ekonomichef."),
        P("Beslut: Styrelsen fastställer den reviderade delegationsordningen."),
        P("§ 28 Anmälningsärenden", "H3"),
        P("Förteckningen över delegationsbeslut för perioden april–maj anmäldes."),
        P("§ 29 Vd-rapport", "H3"),
        P("Vd informerade om uthyrningsläget, där vakansgraden är 0,6 procent, och om "
          "rekryteringen av en ny förvaltare till området Norra Björkvik."),
        P("§ 30 Mötets avslutande", "H3"),
        P("Ordföranden tackade för visat intresse och avslutade mötet."),
        P("Vid protokollet: Maria Ekström. Justeras: Lars Wikström, Gunilla Nord."),
    ]


def ekonomi():
    return [
        P("Ärende 4. Ekonomisk rapport per 31 augusti 2025", "H1", break_before=True),
        P("Resultatet för perioden januari–augusti uppgår till 11,8 miljoner kronor, "
          "att jämföra med ett budgeterat resultat på 10,9 miljoner kronor för samma "
          "period. Hyresintäkterna följer budget. Kostnaderna för drift och underhåll är "
          "lägre än beräknat eftersom en del planerat underhåll har skjutits till "
          "hösten."),
        P("Intäkter", "H2"),
        P("Hyresintäkterna för bostäder uppgår till 198,4 miljoner kronor. Vakansgraden "
          "har varit låg under hela perioden. Lokalintäkterna är något lägre än budget "
          "efter att en butikslokal i Centrumhuset har stått tom sedan mars."),
        P("Kostnader", "H2"),
        P("Kostnaderna för drift ligger i nivå med budget. Kostnaderna för planerat "
          "underhåll är 6,2 miljoner kronor lägre än budget för perioden, men "
          "beräknas komma i kapp under hösten när fasadrenoveringen i Solhöjden startar. "
          "Räntekostnaderna har minskat efter att två lån har lagts om till lägre ränta."),
        P("Prognos helår", "H2", break_before=True),
        P("Prognosen för helåret pekar på ett resultat på 14,2 miljoner kronor, vilket är "
          "1,1 miljoner kronor bättre än budget. Förbättringen beror på lägre "
          "räntekostnader. Underhållsbudgeten beräknas förbrukas i sin helhet."),
        SmallTable("Prognos", ["Resultaträkning, mnkr", "Budget 2025", "Utfall jan–aug",
                               "Prognos helår", "Avvikelse"],
                   [5.6, 2.6, 2.8, 2.6, 2.4],
                   [["Hyresintäkter", "305,2", "203,6", "305,0", "-0,2"],
                    ["Övriga intäkter", "6,8", "4,9", "7,1", "0,3"],
                    ["Drift och underhåll", "-182,4", "-115,3", "-182,4", "0,0"],
                    ["Fastighetsavgift och -skatt", "-9,6", "-6,4", "-9,6", "0,0"],
                    ["Avskrivningar", "-68,0", "-45,2", "-68,0", "0,0"],
                    ["Finansnetto", "-38,9", "-29,8", "-37,9", "1,0"],
                    ["Resultat", "13,1", "11,8", "14,2", "1,1"]],
                   ["left", "right", "right", "right", "right"], rule="0.5pt solid #808080",
                   size=10.0, bold_last=True, header_fill="#E2EFD9"),
        P("Förslag till beslut: Styrelsen lägger den ekonomiska rapporten per 31 augusti "
          "2025 till handlingarna."),
    ]


def uppfoljning():
    return [
        P("Ärende 5. Uppföljning av intern kontroll 2025", "H1", break_before=True),
        P("Björkvikshem AB", "Organ"),
        P(TITLE, "Title"),
        P("Bakgrund", "H2"),
        P("Enligt ägardirektivet från kommunfullmäktige ska bolagets styrelse varje år "
          "anta en plan för intern kontroll och följa upp den två gånger per år. "
          "Styrelsen antog internkontrollplanen för 2025 den 12 december 2024. Denna "
          "uppföljning avser perioden januari–augusti."),
        P("Riskanalys och plan", "H2"),
        P("I bolagets riskanalys för 2025 identifierades 19 risker inom uthyrning, "
          "ekonomi, fastighetsförvaltning och upphandling. Sju av dem bedömdes ha ett "
          "riskvärde på 8 eller högre och ingår därför i internkontrollplanen. "
          "Riskvärdet är produkten av sannolikhet och konsekvens på en skala från 1 "
          "till 4."),
        P("Resultat per 31 augusti", "H2"),
        P("Fyra av sju kontroller följer planen. Två följer planen delvis och en gör det "
          "inte: i stambytet i Tallbacken etapp 1 har tilläggsarbeten beställts "
          "muntligt, utan beslut enligt attestordningen."),
        Table("Internkontroll", COLS, ROWS, size=9.0, font="Liberation Serif",
              **table_grid(header_fill="#E2EFD9")),
        P("Bedömning", "H2"),
        P("Bolagets interna kontroll bedöms i huvudsak vara tillräcklig. Avvikelsen i "
          "entreprenaderna har åtgärdats genom en skärpt beställningsrutin, som följs upp "
          "i helårsuppföljningen."),
        P("Förslag till beslut: Styrelsen godkänner uppföljningen av internkontrollplanen "
          "per 31 augusti 2025."),
    ]


def efter():
    return [
        P("Ärende 6. Hyresförhandling 2026", "H1", break_before=True),
        P("Bolaget har den 2 september lämnat yrkande till Hyresgästföreningen om en "
          "höjning av bostadshyrorna med 5,2 procent från den 1 januari 2026. Yrkandet "
          "motiveras av ökade kostnader för taxor, försäkringar och underhåll."),
        P("Förhandlingarna inleds i oktober. Vd återkommer till styrelsen med ett "
          "förhandlingsresultat för beslut."),
        P("Förslag till beslut: Styrelsen lägger informationen till handlingarna."),
        P("Ärende 7. Investeringsbeslut: stambyte Tallbacken etapp 2", "H1",
          break_before=True),
        P("Stambytet i Tallbacken omfattar 212 lägenheter i sex huskroppar. Etapp 1 "
          "med 96 lägenheter blir klar i november. Etapp 2 omfattar återstående 116 "
          "lägenheter och föreslås starta i februari 2026."),
        SmallTable("Investering", ["Kalkyl etapp 2, mnkr", "Belopp"], [8.0, 3.0],
                   [["Entreprenad", "98,6"], ["Projektering och byggledning", "6,4"],
                    ["Evakueringslägenheter", "3,1"], ["Oförutsett (8 %)", "8,7"],
                    ["Summa", "116,8"]],
                   ["left", "right"], rule="0.5pt solid #808080", size=10.0, bold_last=True,
                   header_fill="#E2EFD9"),
        P("Investeringen ryms inom bolagets investeringsram för 2026–2027. Hyrorna i de "
          "renoverade lägenheterna höjs efter förhandling med Hyresgästföreningen."),
        P("Förslag till beslut: Styrelsen beslutar om investering i stambyte i Tallbacken "
          "etapp 2 till en kostnad av högst 116,8 miljoner kronor."),
        P("Ärende 8. Anmälningsärenden", "H1", break_before=True),
        P("Följande delegationsbeslut och skrivelser anmäls till styrelsen:"),
        P("Beslut om avskrivning av hyresfordringar, juni–augusti, 14 beslut."),
        P("Beslut om tecknande av ramavtal för snöröjning 2025–2028."),
        P("Skrivelse från kommunstyrelsen om ägardialog den 15 oktober."),
        P("Förslag till beslut: Styrelsen lägger anmälningsärendena till handlingarna."),
        P("Ärende 9. Vd-rapport", "H1", break_before=True),
        P("Uthyrningsläget är fortsatt starkt. Vid utgången av augusti var 14 lägenheter "
          "outhyrda, samtliga på grund av renovering. Bostadskön har 9 480 sökande."),
        P("Sjukfrånvaron bland bolagets medarbetare var 4,1 procent under perioden "
          "januari–augusti. Medarbetarenkäten genomförs i oktober."),
        P("Nyproduktionen i kvarteret Hägern, 48 lägenheter, har fått bygglov och "
          "upphandlingen av totalentreprenaden pågår."),
    ]


def bjh2025():
    page = Page(21.0, 29.7, 2.0, 2.0, 2.0, 2.0)
    blocks = kallelse() + protokoll() + ekonomi() + uppfoljning() + efter()
    return WordDoc(
        name="bjh2025_housing_company_meeting_bundle",
        blocks=blocks,
        page=page,
        font="Liberation Serif",
        body_size=11.0,
        heading_color="#385623",
        header="Björkvikshem AB · Styrelsemöte 2025-09-25",
        footer="Sida {page} av {pages}",
        organ="Björkvikshem AB",
        year=2025,
        period="delår",
        title=TITLE,
        risks_inventoried=19,
        risks_critical=7,
    )
