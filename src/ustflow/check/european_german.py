"""German vocabulary for ``check.european`` (split from ``european_words``, which keeps Spanish, Portuguese and the
helpers): the U.S. Treasury and its holders, places (an ordinal's stem compounded with größte: zweitgrößte, achtgrösster;
"auf Platz 2"), Switzerland's ss for ß (``SWISS``: grösste, Grossbritannien, read before the holders' names), the German perfect (hat ... reduziert, sind ... gestiegen: the
participle read where the auxiliary stands), lows and since, runs, the balance of payments' compounds
(Leistungsbilanzüberschuss: ``_de_compound``), a figure to another, rates per dollar; ``de_rules()`` gives them in the
order they apply."""

from __future__ import annotations

import re

from ustflow.check.european_numerals import digits, nth
from ustflow.check.european_words import COUNTRIES, holdings_of, nation_rx
from ustflow.check.text import MONTH_NAMES

#: a German perfect's participle, as the English verb put where the auxiliary stands
_PERFECT_DE = {"reduziert": "cut", "verringert": "cut", "gesenkt": "cut", "abgebaut": "cut", "erhöht": "raised",
               "aufgestockt": "raised", "gekauft": "bought", "verkauft": "sold", "ausgegeben": "spent",
               "verbucht": "posted", "verzeichnet": "posted", "erzielt": "posted", "ausgewiesen": "posted", "abgestoßen": "sold"}


_DE_BALANCE = {"überschuss": "surplus", "überschüsse": "surplus", "überschuß": "surplus", "defizit": "deficit", "saldo": "balance",
               "bilanz": "balance"}


def _de_compound(m: re.Match) -> str:
    """A German compound of a balance ("Leistungsbilanzüberschuss") as the English words ("the current account surplus")."""
    head = {"leistungsbilanz": "current account", "handelsbilanz": "trade", "handels": "trade",
            "dienstleistungsbilanz": "services", "dienstleistungs": "services", "primäreinkommens": "primary income",
            "primäreinkommen": "primary income", "sekundäreinkommens": "secondary income",
            "kapitalbilanz": "financial account", "reiseverkehrs": "travel", "waren": "goods trade", "warenhandels": "goods trade",
            "außenhandels": "trade", "außenhandel": "trade", "außenhandelsbilanz": "trade", "dienstleistungshandels": "services"}[
        m.group(1).lower().rstrip("-")]
    return f"the {head} {_DE_BALANCE[m.group(2).lower()]}"


#: a figure as ``european_numerals`` writes it ("$1,171.0 billion", "about 3.5 trillion yen"), and
#: the words for "now" (or "in all") between "auf" and a figure ("auf nunmehr 1.165,1", "auf aktuell 1.087,6", "auf insgesamt")
_FIG = r"(?:about\s+|nearly\s+)?\$?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:\s+(?:yen|euros|dollars))?"
_NOW = r"(?:nunmehr|aktuell|aktuelle[nr]?|zuletzt|jetzt|nun|insgesamt)"
#: the ordinals' stems a place is compounded with ("zweitgrößte", "drittgrösste", "achtgrösster"), second to twelfth
_ORD_STEMS = "zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft"
#: Swiss German writes ss for ß ("der grösste Halter", "Grossbritannien"): the spellings the rules read, as Germany's
SWISS = [(r"(?<=[Gg]r)ö(?:ss)(?=t)", "öß"), (r"(?<=[Gg]r)oss(?=britannien)", "oß"), (r"(?<=abgest)oss(?=en)", "oß"),
          (r"(?<=bes)ass\b", "aß")]


def _genitive_holder(m: re.Match) -> str | None:
    """"die Bestände Kanadas" -> "Canada's holdings": the name as COUNTRIES reads it, or as written when it is the
    English one (Chinas, Japans); None (unchanged) for another word."""
    name = m.group(1)
    eng = next((e for pat, e in COUNTRIES if re.fullmatch(pat, name)), None) or \
        {"China": "China", "Japan": "Japan", "Taiwan": "Taiwan", "Indien": "India"}.get(name)
    return f"{eng}'s holdings" if eng else None


def _de_holdings() -> list:
    """German rules: the Treasury, its holders and their holdings, places, the perfect's participle."""
    return [
        (r"\b(?:das\s+)?(?:US-|amerikanische\s+|US-amerikanische\s+)Finanzministerium\b", "the U.S. Treasury"),
        (r"\b(?:(?:die|der|den)\s+)?(?:US-Staatsanleihen|US-Treasuries|US-Schuldtitel[n]?|US-Schuldpapiere[n]?|US-Staatspapiere(?:n)?|US-Staatsbonds|US-Bonds|US-Wertpapiere[n]?|"
         r"(?:amerikanische[n]?|US-amerikanische[n]?)\s+Staatsanleihen|Staatsanleihen\s+der\s+USA)\b", "U.S. Treasuries"),
        # "der Bestand an US-Staatsanleihen ... in chinesischen Händen", "US-Schuldpapiere in japanischer Hand": whose holdings
        (rf"\b(?:(?:das|der|den|dem)\s+(?:Volumen|Bestand|Bestände|Wert|Summe)\s+(?:von|an)\s+)?(U\.S\.\s+Treasuries)"
         rf"(?:\s+und\s+anderen\s+Schuldtiteln)?\s+in\s+{nation_rx('de')}\s+(?:Hand|Händen)\b",
         lambda m: holdings_of("de", m.group(2), m.group(1))),
        # "die Bestände amerikanischer Bonds im Besitz von Ausländern": held by foreigners (all of them, no one holder)
        (r"\bim\s+Besitz\s+von\s+Ausländern\b|\bin\s+ausländischer\s+Hand\b|\bin\s+ausländischen\s+Händen\b", "held by foreigners"),
        # places: "an zweiter Stelle", "in der dritten Position"; "X löste Y als größten Gläubiger ab" (overtook)
        (r"\b(?:an|auf|in)\s+(?:der\s+|dem\s+)?(\d+(?:st|nd|rd|th))\s+(?:Stelle|Position|Platz|Rang)\b", r"in \1 place"),
        # "auf Platz 2": the place's noun, then its number
        (r"\b(?:auf|an)\s+(?:Platz|Rang|Position)\s+(\d{1,2})\b(?!\.)", lambda m: f"in {nth(int(m.group(1)))} place"),
        (r"\b(?:überholte|überholten|überflügelte)\s+((?-i:[A-Z])\w+)\s+als\b", r"overtook \1 as"),
        # "der größte Auslandsgläubiger", "nach China der zweitgrößte Gläubiger", "achtgrösster ausländischer Gläubiger",
        # "Wichtigster ausländischer Kreditgeber": a place said as one word, an ordinal's stem before größte
        (rf"\b(?:der|die)?\s*(?:({_ORD_STEMS})?größte[rnms]?|wichtigste[rnms]?)\s+(?:ausländische[rnms]?\s+)?(?:Auslandsgläubiger|"
         r"Gläubiger|Halter|Besitzer|Auslandsinvestor|Investor|Kreditgeber|Käufer)\b",
         lambda m: " the " + (f"{nth(_ORD_STEMS.split('|').index(m.group(1).lower()) + 2)}-" if m.group(1) else "")
         + "largest foreign holder"),
        # "Die (gesamte) Auslandsverschuldung der USA (über Anleihen) belief sich ... auf insgesamt 6.079,3 Mrd. US-Dollar":
        # what the USA owes abroad in Treasuries, all foreign holders' holdings (TIC's grand total)
        (r"\b(?:die\s+)?(?:gesamte\s+)?Auslandsverschuldung\s+der\s+(?:USA|Vereinigten\s+Staaten)(?:\s+über\s+(?:Anleihen|"
         r"Staatsanleihen|U\.S\.\s+Treasuries))?", "foreign holdings of U.S. Treasuries"),
        (r"\bbel(?:ief|iefen)\s+sich\b", "amounted"),
        # "die Bestände ausländischer Investoren an US-Staatsanleihen": foreign holdings of; "die russischen Investitionen
        # in US-Wertpapiere": Russia's holdings of
        (r"\b(?:(?:die|der|den)\s+)?(?:Bestände|Bestand)\s+ausländischer\s+(?:Investoren|Anleger)\s+an\b", "foreign holdings of"),
        (rf"\b(?:(?:die|der|den)\s+)?{nation_rx('de')}\s+(?:Investitionen|Anlagen|Bestände)\s+(?:in|an)\s+(?:die\s+)?(U\.S\.\s+Treasuries)",
         lambda m: holdings_of("de", m.group(1), m.group(2))),
        # "die Bestände Japans an US-Staatsanleihen": Japan's holdings of
        (r"\b(?:(?:die|der|den)\s+)?(?:Bestände|Bestand)\s+((?-i:[A-Z])\w+?)s\s+an\b", r"\1's holdings of"),
        # "die Bestände Chinas", "Die Treasury-Bestände Kanadas": a country's name in the genitive after its holdings
        (r"\b(?:(?:die|der|den)\s+)?(?:Treasury-|US-)?(?:Bestände|Bestand)\s+((?-i:[A-Z])\w+?)s\b", _genitive_holder),
        (r"\b(?:seine[n]?|ihre[n]?|den|die)\s+(?:Bestände|Bestand|Anteil|Besitz)\b", "its holdings"),
        # a forecast in a clause with its verb last ("Prognosen der Wirtschaftswissenschaftler, die ... einen
        # Leistungsbilanzüberschuss von 2,39 Billionen Yen erwartet hatten"): what forecasters had expected
        (r"\s(?:erwartet|prognostiziert|vorhergesagt|geschätzt)\s+(?:hatten|hatte|haben|hat)\b", " forecasters had expected"),
        # a clause with its verb last ("nachdem es sie im Januar um knapp 17 Milliarden Dollar reduziert hatte"): the
        # participle and its auxiliary read as the English verb before the size
        (r"\bum\s+((?:[a-zäöü]+\s+)?\$?\d[\d.,]*(?:\s+(?:million|billion|trillion))?(?:\s+(?:yen|euros))?)\s+(reduziert|verringert|"
         r"gesenkt|abgebaut|erhöht|aufgestockt)\s+(?:hatte|hat|haben|hatten)\b",
         lambda m: f"{_PERFECT_DE[m.group(2).lower()]} by {m.group(1)}"),
        # the perfect's participle at the clause's end: "China hat seine Bestände ... um X auf Y reduziert" (cut)
        (r"\b(?:hat|haben|hatte|hatten)\b(?=(?:[^.;:!?]|\.(?=\d)|(?<=[A-Z])\.){1,160}?\s(reduziert|verringert|gesenkt|abgebaut|erhöht|aufgestockt|"
         r"gekauft|verkauft|abgestoßen|ausgegeben|verbucht|verzeichnet|erzielt|ausgewiesen)(?=\s*(?:[,.;:!?)]|$)))",
         lambda m: _PERFECT_DE[m.group(1).lower()]),
        (r"\s(?:reduziert|verringert|gesenkt|abgebaut|erhöht|aufgestockt|gekauft|verkauft|abgestoßen|ausgegeben|verbucht|verzeichnet|"
         r"erzielt|ausgewiesen)(?=\s*(?:[,.;:!?)]|$))",
         lambda m: "" if re.search(r"\b(?:cut|raised|bought|sold|spent|posted)\b(?:[^.;:!?]|\.(?=\d)|(?<=[A-Z])\.)*$", m.string[max(0, m.start() - 170):m.start()])
         else None),
        (r"\b(?:ist|sind|war|waren)\b(?=(?:[^.;:!?]|\.(?=\d)|(?<=[A-Z])\.){1,160}?\s(gestiegen|gewachsen|geklettert|gesunken|gefallen|"
         r"geschrumpft|zurückgegangen)(?=\s*(?:[,.;:!?)–-]|$)|\s+und\s))",
         lambda m: "fell" if m.group(1).lower() in ("gesunken", "gefallen", "geschrumpft", "zurückgegangen") else "rose"),
        (r"\s(?:gestiegen|gewachsen|geklettert|gesunken|gefallen|geschrumpft|zurückgegangen)(?=\s*(?:[,.;:!?)–-]|$)|\s+und\s)",
         lambda m: "" if re.search(r"\b(?:rose|fell)\b(?:[^.;:!?]|\.(?=\d)|(?<=[A-Z])\.)*$", m.string[max(0, m.start() - 170):m.start()])
         else None),
        # "von den 1.089,2 Milliarden Dollar im November auf aktuell 1.069,9 Milliarden", "(seine Staatsanleihen) im Wert
        # von 1.171,0 Milliarden im Juli 2018 um 5,9 Milliarden auf nunmehr 1.165,1": from a figure of a named month, by a
        # size, to a figure (the month is the first figure's, not the move's)
        # (not the size after a noun of change: "ein Minus von 5,2 Milliarden Dollar auf 428,2 Milliarden" is a fall of
        # 5.2 to 428.2)
        (rf"\b(?<!Minus\s)(?<!Plus\s)(?<!Anstieg\s)(?<!Rückgang\s)(?<!Zuwachs\s)(?<!Zunahme\s)(?<!Abnahme\s)"
         rf"(?:im\s+Wert\s+)?von\s+(?:den\s+)?(?={_FIG}\s+(?:(?:in|at\s+the\s+end\s+of|Ende)\s+{MONTH_NAMES}(?:\s+\d{{4}})?\s+)?"
         rf"(?:um\s+{_FIG}\s+)?(?:bis\s+)?auf\s+(?:{_NOW}\s+)?(?:rund\s+|etwa\s+)?\$?\d)", "from "),
        (rf"(?<=from\s)({_FIG}\s+(?:(?:in|at\s+the\s+end\s+of|Ende)\s+{MONTH_NAMES}(?:\s+\d{{4}})?\s+)?(?:um\s+{_FIG}\s+)?)bis\s+(?=auf\b)",
         r"\1"),
        (r"\bim\s+Wert\s+von\b", "worth"), (r"\bbetrug(?:en)?\b", "were"),
    ]


def _de_moves() -> list:
    """German rules: lows, since, runs, the balance of payments' items."""
    return [
        # "bis auf das Minimum des Jahres 2007": to the lowest level since 2007; "mit dem Stand von Ende Mai": at the end of May
        (r"\b(?:bis\s+)?auf\s+(?:das|den)\s+(?:Minimum|Tiefststand|Tief)\s+(?:des\s+Jahres|seit|von)\s+(\d{4})\b",
         r"to the lowest level since \1"),
        (r"\bmit\s+dem\s+(?:Stand|level)\s+(?:von|vom)\s+(?=at\s+the\s+end\s+of\b)", ""),
        (r"\bein(?:em|en)?\s+(Plus|Anstieg|Zuwachs|Minus|Rückgang)\s+(?:von|um)\s+(?=[\d]+(?:\.\d+)?%)",
         lambda m: "down " if m.group(1).lower() in ("minus", "rückgang") else "up "),
        (r"\b(?:reduzierte|verringerte|senkte)\s+(?=its\s+holdings)", "cut "), (r"\b(?:erhöhte|stockte|vergrößerte)\s+(?=its\s+holdings)", "raised "),
        (r"\b(?:das\s+)?(?:japanische\s+)?Finanzministerium\b", "the Finance Ministry"),
        (rf"\bEnde\s+(?={MONTH_NAMES})", "at the end of "),
        (r"\b(?:japanische[n]?\s+)?Anleger\b", "investors"), (r"\bAuslandsanleihen\b", "foreign bonds"),
        (r"\bNettokäufe\b", "net purchases"), (r"\bNettoverkäufe\b", "net sales"), (r"\bnetto\b", "net"),
        (r"\b(?:Devisen(?:markt)?-?)?Intervention(en)?\b", lambda m: "interventions" if m.group(1) else "intervention"),
        (r"\b(?:die\s+)?Rendite\s+(?:der\s+)?zehnjährige[rn]?\s+(?:japanische[rn]?\s+)?(?:Staatsanleihen|Anleihen|JGB)\b", "the 10-year JGB yield"),
        (r"\b(?:die\s+)?Rendite\s+(?:der\s+)?zehnjährige[rn]?\s+(?:US-Staatsanleihen|US-Treasuries|Treasuries)\b", "the 10-year Treasury yield"),
        (r"\b(?:die\s+)?(?:Bank\s+of\s+Japan|japanische\s+Notenbank|Bank\s+von\s+Japan)\b", "the Bank of Japan"),
        (r"\bJapans\b", "Japan's"), (r"\bTokio\b", "Tokyo"),
        (r"\blöste\s+((?-i:[A-Z])\w+)\s+(?:(?:laut|nach\s+Angaben\s+(?:von|der|des))\s+\w+\s+)?((?-i:[A-Z])\w+)\s+(?:wieder\s+|erneut\s+)?"
         r"als\s+(the\s+[\w-]+\s+foreign\s+holder)\s+ab\b", r"\1 overtook \2 as \3"),
        # the items' names in a phrase ("Im Handel mit Waren und Dienstleistungen stieg der Überschuß", "Im Warenhandel sank
        # der Überschuss", "Bezogen allein auf den Handel mit Gütern"): the English item words
        (r"\b(?:(im|in)\s+|(?:den|der|dem)\s+)?Handel\s+mit\s+(?:Waren|Gütern)\s+und\s+Dienstleistungen\b",
         lambda m: ("in " if m.group(1) else "") + "goods and services trade"),
        (r"\b(?:(im|in)\s+|(?:den|der|dem)\s+)?(?:Handel\s+mit\s+(?:Waren|Gütern)|Warenhandel)\b",
         lambda m: ("in " if m.group(1) else "") + "goods trade"),
        (r"\b(?:(im|in)\s+|(?:den|der|dem)\s+)?(?:Handel\s+mit\s+Dienstleistungen|Dienstleistungshandel)\b",
         lambda m: ("in " if m.group(1) else "") + "services trade"),
        (r"\b(?:(?:der|den|einen|ein|einem)\s+)?Bilanzüberschu(?:ss|ß)\b", "the surplus"),
        (r"\b(?:(?:der|die|das|den|dem|des|ein|einen|einem)\s+)?(Leistungsbilanz|Handelsbilanz|Außenhandelsbilanz|Außenhandels|"
         r"Außenhandel|Warenhandels|Handels|Dienstleistungsbilanz|Dienstleistungshandels|"
         r"Dienstleistungs|Primäreinkommens|Primäreinkommen|Sekundäreinkommens|Reiseverkehrs|Waren)-?"
         r"(überschuss|überschüsse|überschuß|defizit|saldo|bilanz)\b", _de_compound),
        # "der Leistungsbilanzüberschuss Japans": Japan's current account surplus
        (r"\bthe\s+((?:current account|trade|goods trade|services|primary income|secondary income)\s+(?:surplus|deficit|balance))\s+"
         r"Japan's\b", r"Japan's \1"),
        (r"\b(?:der\s+Saldo\s+der\s+|die\s+|der\s+|den\s+)?(?:japanischen\s+)?Leistungsbilanz(?:\s+Japans)?\b", "the current account balance"),
        (r"\b(?:die\s+|der\s+)?Handelsbilanz\b", "the trade balance"),
        (r"\b(?:das\s+)?Primäreinkommen\b", "primary income"),
        (r"\b(?:die\s+)?Einnahmen\s+(?:aus|von)\s+(?:Direkt)?[Ii]nvestitionen\s+im\s+Ausland\b", "primary income"),
        (r"\b(?:das\s+)?Einkommen\s+aus\s+Direktinvestitionen\s+und\s+(?:ausländischen\s+)?Wertpapieren\b", "primary income"),
        # "Japans Einkommen aus Auslandsanlagen": the income on investments abroad (primary income)
        (r"\b(?:das\s+|die\s+)?(?:Einkommen|Einnahmen|Erträge)\s+aus\s+(?:Auslandsanlagen|Auslandsinvestitionen|"
         r"Kapitalanlagen\s+im\s+Ausland)\b", "primary income"),
        (r"\bin\s+Höhe\s+von\s+(?=(?:about\s+)?[$\d])", "of "),
        (r"\b(?:die\s+|der\s+)?(?:Exporte|Ausfuhren|Export(?=\s+(?:stieg|sank|fiel|legte|ging|wuchs|schrumpfte)\b))\b", "exports"),
        (r"\b(?:die\s+|der\s+)?(?:Importe|Einfuhren|Import(?=\s+(?:stieg|sank|fiel|legte|ging|wuchs|schrumpfte)\b))\b", "imports"),
        (r"\b(?:(?:der|den|einen|ein|einem)\s+)?Überschu(?:ss|ß)\b", "the surplus"), (r"\b(?:(?:das|ein|einem|einen)\s+)?Defizit\b", "the deficit"),
        (r"\bim\s+Plus\b|\bin\s+die\s+schwarzen\s+Zahlen\b", "in surplus"), (r"\bim\s+Minus\b|\bin\s+den\s+roten\s+Zahlen\b", "in deficit"),
        (r"\bausländische[nr]?\s+(?:Investoren|Anleger)\b", "foreign investors"),
        (r"\b(?:japanische\s+)?Investoren\b", "investors"), (r"\bausländische[n]?\s+Anleihen\b", "foreign bonds"),
        (r"\bausländische[n]?\s+Aktien\b", "foreign stocks"), (r"\bjapanische[n]?\s+Aktien\b", "Japanese stocks"),
        (r"\bjapanische[n]?\s+Anleihen\b", "Japanese bonds"),
        (r"\b(?:kauften|kaufte)\b", "bought"), (r"\b(?:verkauften|verkaufte)\b", "sold"),
        (r"\b(?:stieg|stiegen|kletterte|kletterten|wuchs|wuchsen|legte|legten|erhöhte\s+sich|erhöhten\s+sich|zog|zogen|anzogen|"
         r"schnellte|schnellten|steigt|steigen|klettert|wächst|legt|erhöht\s+sich|schnellt)\b", "rose"),
        (r"\b(?:fiel|fielen|sank|sanken|schrumpfte|schrumpften|verringerte\s+sich|verringerten\s+sich|ging|gingen|brach|brachen|"
         r"sackte|sackten|sinkt|sinken|fällt|fallen|schrumpft|verringert\s+sich|bricht|sackt)\b", "fell"),
        (r"\s+(?:nach\s+oben|in\s+die\s+Höhe)(?=\s*[,.;)]|\s*$)", ""),
        # a multiple of its own level before ("stieg um den Faktor 17 zum Vorjahr", "hat sich verdreifacht"): ``multiples``
        (r"\bum\s+(?:den\s+|einen\s+)?Faktor\s+(\d+(?:[.,]\d+)?)\b", lambda m: m.group(1).replace(",", ".") + "-fold"),
        (r"\b(?:sich\s+)?(verdoppelt|verdreifacht|vervierfacht)(?:e|en)?\b",
         lambda m: {"verdoppelt": "doubled", "verdreifacht": "tripled", "vervierfacht": "quadrupled"}[m.group(1).lower()]),  # ("schnellte ... um X auf Y nach oben")
        (r"(?:(?<=yen|ros|ars|ear|ier)|(?<=%))\s+(?:zu|an|ab)(?=\s*[,.;)]|\s*$)", ""), (r"(?<=,)\s+zu(?=,)", ""),
        (r"\bzurück(?=\s*[,.;)])", ""),
        (r"\bseit\s+(?:mehr\s+als\s+)?(\w+)\s+(Jahren|Monaten|Wochen)\b",
         lambda m: f"in {'more than ' if 'mehr' in m.group(0) else ''}{m.group(1)} "
                   f"{ {'jahren': 'years', 'monaten': 'months', 'wochen': 'weeks'}[m.group(2).lower()]}"),
        (r"\b(?:auf\s+)?den\s+Rekord\s+von\b", "to a record"),
        (rf"\b(auf\s+)?(?:den|der|das|die|dem)\s+(?:bisher\s+)?(?:höchste[nr]?|größte[nr]?)\s+({MONTH_NAMES})(?:wert|\s+figure)\b",
         lambda m: ("to " if m.group(1) else "") + f"a record high for {m.group(2)}"),
        (r"\berreichte(?:n)?\b", "reached"), (r"\blag(?:en)?\s+bei\b", "was"),
        # "auf aktuell 1.087,6 Mrd. USD", "auf nunmehr 1.165,1 Milliarden": to (now) a figure
        (r"\bum\s+(?=(?:about\s+)?[$\d])", "by "), (rf"\bauf\s+(?:{_NOW}\s+)?(?:rund\s+|etwa\s+)?(?=[$\d])", "to "),
    ]


def _de_figures() -> list:
    """German rules: a figure to another, rates per dollar, with and ahead of."""
    return [
        # a rate "zum Dollar" is English's "per dollar" ("von 160 auf 154 zum Dollar": from 160 to 154, _de_holdings)
        (r"(?<=\d)\s+(?:Yen\s+)?zum\s+(Dollar|Euro)\b", lambda m: " per " + m.group(1).lower()),
        (r"\bvon\s+(?=[$\d])", "of "),
        # "Japan blieb mit 1,1 Billionen Dollar der größte Gläubiger, vor China mit 846,7 Milliarden": with, ahead of
        (r"\bmit\s+(?=(?:about\s+|nearly\s+)?\$?\d)", "with "), (r"\bvor\s+(?=(?-i:[A-Z])\w+\s+with\b)", "ahead of "), (r"\bbei\s+(?=[$\d])", "at "), (r"\b(?:rund|etwa|ungefähr|circa|ca\.)\s+(?=[$\d])", "about "),
        (r"\bknapp\s+(?=[$\d])", "nearly "), (r"\bmehr\s+als\s+(?=[$\d]|\d)", "more than "),
        (r"\b(\d+(?:\.\d+)?%)\s+weniger\s+als\b", r"down \1 from"), (r"\b(\d+(?:\.\d+)?%)\s+mehr\s+als\b", r"up \1 from"),
        (r"\b(\d+(?:\.\d+)?%)\s+niedriger\s+als\b", r"down \1 from"), (r"\b(\d+(?:\.\d+)?%)\s+höher\s+als\b", r"up \1 from"),
        (r"\bRekord(?:wert|hoch|stand|niveau)?\b", "record"),
        (r"\bseit\s+Beginn\s+der\s+(?:Datenerhebung|Aufzeichnungen|Statistik)(?:\s+(?:im\s+Jahr\s+)?(\d{4}))?",
         lambda m: "since records began" + (f" in {m.group(1)}" if m.group(1) else "")),
        (r"\b(auf\s+)?(?:(?:den|der|das|die|dem)\s+)?(?:bisher\s+)?(?:höchste[nr]?|größte[nr]?)\b",
         lambda m: ("to " if m.group(1) else "") + "the highest"),
        (r"\b(auf\s+)?(?:(?:den|der|das|die|dem)\s+)?(?:bisher\s+)?(?:niedrigste[nr]?|geringste[nr]?|kleinste[nr]?)\b",
         lambda m: ("to " if m.group(1) else "") + "the lowest"),
        (r"\bStand\b", "level"),
        # "der höchste Betrag bezogen auf die erste Hälfte eines Jahres": the highest amount for a first half (a record
        # among the same half of each year, ``qualifiers.RECORD_RX``'s framed)
        (r"(?<=\bthe highest )Betrag\b|(?<=\bthe lowest )Betrag\b", "amount"),
        # ("erste" already the ordinal "1st" here)
        (r"\bbezogen\s+auf\s+(?:die|eine)\s+(erste|zweite|1st|2nd)\s+(?:Hälfte|Jahreshälfte)(?:\s+(?:eines|des)\s+(?:Jahres|Kalenderjahres))?",
         lambda m: f"for a {'first' if m.group(1).lower() in ('erste', '1st') else 'second'} half"),
        (r"\b(?:ein(?:em|en)?\s+)?Rekordhoch\b|\b(?:ein(?:em|en)?\s+)?Allzeithoch\b", "a record high"),
        (r"\b(?:ein(?:em|en)?\s+)?Rekordtief\b", "a record low"),
        (r"\bin\s+der\s+Woche\s+(?:bis\s+(?:zum|Ende)|zum)\b", "in the week to"),
        (r"\b(?:in\s+der\s+)?Vorwoche\b", "the previous week"),
        (r"\b(?:hält|besitzt)\b", "holds"), (r"\b(?:an|von)\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "), (r"\bausgegeben\b", "spent"), (r"\bfür\s+(?=interventions?\b)", "on "), (r"\b(?:hielt|besaß)\b", "held"), (r"\bthe\s+(highest|lowest)\s+the\b", r"the \1"),
        (rf"\bin\s+einem\s+({MONTH_NAMES})\b", r"for \1"),
        (r"\b(?:Das|Dies|Es)\s+(?:war|waren)(?:\s+zwar)?\b", "That was"), (r"\b(?:Das|Dies)\s+ist\b", "That is"),
        (r"\b(bleibt|blieb)\s+(?=(?:(?:mit|with)\s+[$\d][^,;]{0,40}?\s+)?(?:the\s+)?(?:largest|second-largest|third-largest)\b)",
         lambda m: "remains " if m.group(1) == "bleibt" else "remained "),
        (r"\berstmals\s+in\b", "for the first time in"), (r"\berstmals\s+since\b", "for the first time since"),
        (r"\b(?:zum\s+ersten\s+Mal|erstmals)\b", "for the first time"),
        (r"\bseit\b", "since"),
        (r"\b(?:den|im|der)?\s*(\d+(?:st|nd|rd|th))\s+(Monat|Woche|Jahr|Quartal)\s+in\s+Folge\b",
         lambda m: f" for the {m.group(1)} straight { {'monat': 'month', 'woche': 'week', 'jahr': 'year', 'quartal': 'quarter'}[m.group(2).lower()]}"),
        (r"\b(\w+)\s+(Monate|Wochen|Jahre)\s+in\s+Folge\b",
         lambda m: f"{digits(m.group(1))} straight { {'monate': 'months', 'wochen': 'weeks', 'jahre': 'years'}[m.group(2).lower()]}"),
        (r"\bnach\s+(\w+)\s+(Monaten|Wochen|Jahren)\b",
         lambda m: f"after {m.group(1)} { {'monaten': 'months', 'wochen': 'weeks', 'jahren': 'years'}[m.group(2).lower()]}"),
        (r"\bMonaten?\b", "months"), (r"\bWochen\b", "weeks"), (r"\bJahren?\b", "years"),
    ]


def de_rules() -> list:
    """The German rules, in the order they apply."""
    return _de_holdings() + _de_moves() + _de_figures()
