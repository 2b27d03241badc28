"""Report 3: a column "Åtgärd vid avvikelse" (the action taken after a deviation, empty where
the control found none) and a "Frekvens" column; the table runs onto a second page that
holds only its last row under the repeated header. Ungdomsnämnden, tertial 2 2025.
"""
from c6 import esc, p, page, record, streams, table

NAME = "ungd2025_last_row_alone_action_on_deviation"
ORGAN = "Ungdomsnämnden"
TITLE = "Ungdomsnämnden – uppföljning av internkontrollplan 2025, tertial 2"
META = {"organ": ORGAN, "year": 2025, "period": "tertial", "title": TITLE,
        "risks_inventoried": 26, "risks_critical": 10}

COLS = [
    ("Process", "process", 22, "left"),
    ("Risk", "risk", 36, "left"),
    ("Riskvärde", "risk_value", 13, "center"),
    ("Kontrollmoment", "controls", 32, "left"),
    ("Frekvens", None, 17, "left"),
    ("Följer plan", "follows_plan", 13, "center"),
    ("Kommentar", "comment", 30, "left"),
    ("Åtgärd vid avvikelse", "handling", 27, "left"),
]
COLUMNS = [(h, f) for h, f, _, _ in COLS]
LEFT_MM = 10
BODY = "#20222e"
INDIGO = "#3a3f8f"

RISKS = [
    dict(proc="Rekrytering",
         risk="Risk att personal på fritidsgårdarna börjar arbeta utan att ha visat utdrag ur belastningsregistret.",
         rv=12, ctrl="Kontroll av utdrag för alla nyanställda och timavlönade som började i maj–augusti.",
         freq="Tertialvis", fp="Nej",
         comment="Fyra av 31 timavlönade saknade registrerat utdrag. Alla fyra har visat utdrag i efterhand.",
         act="Ingen schemaläggs innan utdraget är registrerat i personalsystemet."),
    dict(proc="Kontanthantering",
         risk="Risk att intäkter från caféerna på fritidsgårdarna inte redovisas fullt ut.",
         rv=9, ctrl="Oanmäld kassainventering på tre fritidsgårdar.",
         freq="Tertialvis", fp="Delvis",
         comment="Kassan stämde på två gårdar. På den tredje fanns en differens på 340 kronor.",
         act="Kortbetalning införs i alla caféer under hösten."),
    dict(proc="Föreningsbidrag",
         risk="Risk att aktivitetsstöd betalas ut för deltagare som inte finns eller inte har deltagit.",
         rv=12, ctrl="Närvarokort från fem föreningar jämförs med föreningarnas medlemsregister.",
         freq="Halvårsvis", fp="Ja",
         comment="Inga avvikelser i de fem föreningarna.", act=None),
    dict(proc="Statsbidrag",
         risk="Risk att statsbidraget för sommarlovsaktiviteter inte kan redovisas och måste betalas tillbaka.",
         rv=9, ctrl="Avstämning av bokförda kostnader mot bidragets villkor.",
         freq="Årligen", fp="Ja",
         comment="Redovisningen till Socialstyrelsen lämnades i tid och utan anmärkning.", act=None),
    dict(proc="Bisysslor",
         risk="Risk att medarbetare har bisysslor som kan påverka förtroendet för nämndens verksamhet.",
         rv=9, ctrl="Kontroll i personalsystemet av att alla medarbetare har lämnat uppgift om bisyssla.",
         freq="Årligen", fp="Delvis",
         comment="86 procent av medarbetarna hade lämnat uppgift per den 31 augusti.",
         act="Cheferna följer upp återstående medarbetare före oktober."),
    dict(proc="Fordon",
         risk="Risk att nämndens minibussar används för resor som inte hör till verksamheten.",
         rv=8, ctrl="Granskning av körjournaler mot bokade aktiviteter för juni–augusti.",
         freq="Tertialvis", fp="Ja",
         comment="Alla resor kunde kopplas till bokade aktiviteter.", act=None),
    dict(proc="Dataskydd",
         risk="Risk att uppgifter om besökare under 18 år sparas längre än vad som behövs.",
         rv=9, ctrl="Kontroll av att besöksregistret har gallrats enligt dokumenthanteringsplanen.",
         freq="Årligen", fp="Nej",
         comment="Registret har inte gallrats sedan 2023.",
         act="Registret gallras i oktober. Gallringen läggs in i förvaltningens årshjul."),
    dict(proc="Inköp",
         risk="Risk att material till aktiviteter köps med betalkort utanför kommunens avtal.",
         rv=8, ctrl="Genomgång av alla kortköp över 2 000 kronor.",
         freq="Tertialvis", fp="Ja",
         comment="Samtliga 14 köp gjordes hos avtalsleverantörer.", act=None),
    dict(proc="Arbetsmiljö",
         risk="Risk att personal arbetar ensam på fritidsgårdarna kvällstid, vilket ökar risken för hot och våld.",
         rv=12, ctrl="Kontroll av bemanningsscheman: minst två vuxna på varje öppen fritidsgård.",
         freq="Tertialvis", fp="Ja",
         comment="Bemanningen var minst två vuxna vid alla öppettider.", act=None),
    dict(proc="Lokaler och tillträde",
         risk="Risk att taggar till ungdomslokalerna inte lämnas tillbaka när en anställning upphör.",
         rv=8, ctrl="Inventering av utlämnade taggar mot personallistan.",
         freq="Årligen", fp="Delvis",
         comment="Sex taggar kunde inte kopplas till någon anställd.",
         act="De sex taggarna har spärrats i låssystemet."),
]


def cells(r):
    return [r["proc"], r["risk"], str(r["rv"]), r["ctrl"], r["freq"], r["fp"],
            r["comment"], r["act"] or ""]


CSS = f"""
body {{ font-family: "DejaVu Serif", serif; font-size: 9.5pt; color: #252525; }}
h1 {{ font-family: "DejaVu Sans", sans-serif; font-size: 13pt; color: {INDIGO}; margin: 0 0 4mm 0; }}
h2 {{ font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; color: {INDIGO}; margin: 4.5mm 0 1.5mm 0; }}
p {{ margin: 0 0 2.2mm 0; line-height: 1.38; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 190mm; font-family: "DejaVu Sans", sans-serif; font-size: 7.5pt; }}
th, td {{ border: 0.2mm solid #b4b6d3; padding: 1.4mm 1.1mm; vertical-align: top; color: {BODY}; text-align: left; }}
th {{ background: {INDIGO}; color: #ffffff; font-weight: bold; border-color: {INDIGO}; }}
td p {{ line-height: 1.25; }}
"""

INTRO = [
    "Ungdomsnämnden ska enligt kommunallagen se till att den interna kontrollen är tillräcklig. Nämndens reglemente för intern kontroll anger att planen följs upp tre gånger per år, efter varje tertial.",
    "Riskanalysen inför 2025 omfattade totalt 26 risker, varav 10 bedömdes som kritiska. Riskvärdet är sannolikhet gånger konsekvens på en skala från 1 till 4, och risker med värdet 8 eller mer räknas som kritiska. De kritiska riskerna kontrolleras enligt tabellen nedan.",
    "Denna rapport avser perioden maj–augusti 2025. Kontroller som görs årligen redovisas i den rapport som följer närmast efter kontrollen. Där en kontroll har visat en avvikelse anges i den sista kolumnen vilken åtgärd förvaltningen har vidtagit.",
    "Kontrollerna har utförts av enhetscheferna på fritidsgårdarna tillsammans med förvaltningens controller. Resultaten har stämts av med respektive verksamhetschef innan de fördes in i uppföljningssystemet.",
]


def html():
    tab = table(COLS, [cells(r) for r in RISKS])
    intro = "\n".join(p(t) for t in INTRO)
    body = f"""
<h1>{esc(TITLE)}</h1>
<h2>{esc("Inledning")}</h2>
{intro}
<h2>{esc("Kontroller och resultat")}</h2>
{tab}
<h2>{esc("Bedömning")}</h2>
{p("Fem kontroller visar att rutinerna följs, tre att de följs delvis och två att de inte följs. Åtgärder har vidtagits i samtliga fall med avvikelser. Kontrollen av belastningsregister görs på nytt i tertial 3.")}
"""
    return page(title=TITLE, css=CSS, body=body, margins=(20, LEFT_MM, 17, LEFT_MM),
                head_left="Kultur- och ungdomsförvaltningen · Internkontroll",
                head_right="Tertialrapport 2 / 2025",
                foot_left="Utskriven från uppföljningssystemet 2025-09-22",
                margin_font='7pt "DejaVu Sans"', margin_colour="#70738f")


STREAMS = streams(COLS, LEFT_MM, BODY)


def expected():
    out = []
    for r in RISKS:
        rec = record(r["proc"], r["risk"], risk_value=r["rv"], controls=r["ctrl"],
                     handling=r["act"], follows_plan=r["fp"], comment=r["comment"],
                     extra={"Frekvens": r["freq"]})
        out.append((rec, list(enumerate(cells(r)))))
    return out
