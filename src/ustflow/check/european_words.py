"""The vocabulary ``check.european`` reads: Spanish, Portuguese and German words for the releases' measures, holders,
directions, records and runs, as (pattern, English) rules applied in order.

- ``COUNTRIES``: holders in TIC's table as the three languages name them.
- ``RULES_ES`` (Spanish), ``pt_rules()`` (Portuguese) and, in ``european_german``, ``de_rules()`` (German): the U.S. Treasury and its holders,
  interventions and yields, the balance of payments (current account, trade, goods and services, services, primary
  and secondary income, exports, imports; German compounds such as Leistungsbilanzüberschuss), MoF's flows
  (investors, bonds, stocks, net buyers), directions (cayó, cresceu, stieg), about / nearly / more than, records,
  since, for the first time in, the N-th consecutive month. TIC stories (session 34, from batch 27): a holder named
  by its adjective or after its holdings (las tenencias chinas, la deuda estadounidense en manos chinas, a carteira
  do Japão, US-Schuldpapiere in japanischer Hand), places (el tercer lugar lo ocupa, an zweiter Stelle), overtaking
  (superó a ... como, löste ... als ... ab), the lowest level since (o nível mais baixo desde, bis auf das Minimum
  des Jahres); the German perfect (hat ... reduziert, sind ... gestiegen: the participle read where the auxiliary
  stands); ``_TAIL_ES_PT``, the rules Spanish and Portuguese end with (by, from, against, Japan's balance; "para X,
  de Y": to X, from Y). Session 36 (batch 29): any place before mayor / maior (``place_largest``: o quarto, o 15.
  maior detentor), Mexico's press (la compra, bonos norteamericanos, reserves and external debt that are not
  Treasuries), Brazil's (títulos do governo dos EUA, tem US$, comparado a, reservas totais).
- The helpers the rules use: English articles (``_article``), noun-adjective order put as English has it
  (``_adjectives_first``: bonos extranjeros a largo plazo = long-term foreign bonds) and a holder's adjective
  (``nation_rx``, ``holdings_of``: chinas, chinesa, chinesischen = China's holdings).
"""

from __future__ import annotations

import re

from ustflow.check.european_numerals import digits, nth
from ustflow.check.european_periods import ENGLISH_MONTHS

COUNTRIES = [  # holders in TIC's table, as the three languages name them
    (r"Reino\s+Unido|Gran\s+Bretaña|Grã-Bretanha|Großbritannien|Vereinigte[sn]?\s+Königreich", "Britain"),
    (r"Bélgica|Belgien", "Belgium"), (r"Luxemburgo", "Luxembourg"), (r"Islas\s+Caimán|Ilhas\s+Cayman|Kaimaninseln", "Cayman Islands"),
    (r"Irlanda|Irland", "Ireland"), (r"Suiza|Suíça|Schweiz", "Switzerland"), (r"Taiwán", "Taiwan"),
    (r"Arabia\s+Saud[ií](?:ta)?|Arábia\s+Saudita|Saudi-Arabien", "Saudi Arabia"), (r"Brasil|Brasilien", "Brazil"),
    (r"Francia|França|Frankreich", "France"), (r"Canadá|Kanada", "Canada"), (r"Rusia|Rússia|Russland", "Russia"),
    (r"China\s+continental|Festlandchina|China\s+continental", "mainland China"), (r"Alemania|Alemanha|Deutschland", "Germany"),
    (r"México|Mexiko", "Mexico"),
    # TIC's groups (rows to December 2011): "Centros Bancários no Caribe", "os países exportadores de petróleo"
    (r"Centros\s+Banc[aá]rios\s+(?:no|do|del)\s+Caribe|Karibische\s+Bankenzentren", "Caribbean banking centers"),
    (r"(?:(?:os|los)\s+)?pa[ií]ses\s+exportadores\s+de\s+petr[oó]leo|Ölexporteure|ölexportierende[n]?\s+Länder[n]?",
     "oil exporters"),
    # China by its epithets in TIC stories: "das Reich der Mitte", "die Volksrepublik", "el gigante asiático"
    (r"(?:das\s+)?Reich\s+der\s+Mitte|(?:die\s+)?Volksrepublik(?:\s+China)?|(?:el|o)\s+gigante\s+asiático", "China"),
]

#: a holder named by its adjective ("las tenencias chinas", "a reserva chinesa", "in japanischer Hand"), by language
_NATIONS = {"es": {"chin": "China", "japones": "Japan", "nipon": "Japan", "británic": "Britain", "rus": "Russia", "mexican": "Mexico",
                   "extranjer": "foreign"},
            "pt": {"chines": "China", "japones": "Japan", "britânic": "Britain", "russ": "Russia", "estrangeir": "foreign"},
            "de": {"chinesisch": "China", "japanisch": "Japan", "britisch": "Britain", "russisch": "Russia",
                   "ausländisch": "foreign"}}


def nation_rx(lang: str) -> str:
    """The adjectives of ``_NATIONS[lang]`` with their endings, as one group."""
    ends = {"es": r"(?:[oa]s?|és|esa|eses|esas)", "pt": r"(?:[oa]s?|ês|esa|eses|esas)", "de": r"(?:e[nmrs]?)"}[lang]
    return "(" + "|".join(sorted(_NATIONS[lang], key=len, reverse=True)) + ")" + ends


def holdings_of(lang: str, stem: str, what: str = "") -> str:
    """'China's holdings' / 'foreign holdings' (+ ' of ' ``what``) for the adjective's stem."""
    who = next(v for k, v in _NATIONS[lang].items() if stem.lower().startswith(k.lower()))
    return (f"{who} holdings" if who == "foreign" else f"{who}'s holdings") + (f" of {what}" if what else "")


RULES_ES = [
    # "EE.UU." before a lowercase word: its last point ends no sentence ("La deuda de EE.UU. en manos extranjeras")
    (r"\bEE\.\s?UU\.(?=\s+(?-i:[a-záéíóúñ]))", "EEUU"),
    # "dejó de ser el mayor tenedor": is no longer; "ya fue el mayor": was once
    (r"\bdejó\s+(?:así\s+|entonces\s+)?de\s+ser\b", "is no longer"), (r"\bya\s+fue\b", "was once"),
    # TIC: holders of Treasuries; "las tenencias chinas": China's holdings
    (rf"\b(?:las\s+|sus\s+|la\s+|su\s+)?(?:tenencias?|participaciones)\s+(?:de\s+(?:los\s+)?)?{nation_rx('es')}\b",
     lambda m: holdings_of("es", m.group(1))),
    (r"\b(?:las\s+)?(?:tenencias|participaciones)\s+(?:de|del)\s+((?:mainland\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)",
     r"\1's holdings"),
    (r"\bsu\s+(?:nivel|cifra)\s+m[aá]s\s+(baj|alt)[oa]\b", lambda m: f"its {'lowest' if m.group(1) == 'baj' else 'highest'} level"),
    (r"\b(?:el\s+)?Departamento\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense))?", "the U.S. Treasury"),
    (r"\b(?:los\s+)?(?:bonos|t[ií]tulos|letras|valores)\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidenses?|norteamericanos?))?\b",
     "U.S. Treasuries"),
    (r"\b(?:la\s+)?deuda\s+(?:pública\s+|soberana\s+)?(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|(?-i:EU)|estadounidense|norteamericana|americana)\b",
     "U.S. debt"),
    # "bonos del gobierno estadounidense", "bonos del gobierno de EU": Treasuries; "bonos de EEUU": U.S. bonds
    (r"\b(?:los\s+)?(?:bonos|t[ií]tulos)\s+del\s+gobierno\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|(?-i:EU)|estadounidense|norteamericano)\b",
     "U.S. Treasuries"),
    (r"\b(?:los\s+)?(?:bonos|t[ií]tulos)\s+de\s+(?:EE\.?\s?UU\.?|Estados\s+Unidos|(?-i:EU))(?=\W|$)", "U.S. bonds"),
    # "la deuda estadounidense en manos chinas": China's holdings of U.S. debt
    (rf"\b(?:(?:las\s+)?tenencias\s+(?:totales\s+)?(?:de|en)\s+)?(U\.S\.\s+(?:debt|Treasuries))\s+en\s+manos\s+(?:de\s+(?:los\s+)?)?"
     rf"{nation_rx('es')}\b", lambda m: holdings_of("es", m.group(2), m.group(1))),
    # "mantuvo su posición de mayor acreedor": remained the largest holder
    (r"\b(?:mantuvo|mantiene|conservó|conserva)\s+su\s+(?:posición|puesto|lugar|condición)\s+(?:de|como)\s+(?:el\s+)?(?=mayor\b)",
     "remained el "),  # (el mayor acreedor: the largest foreign holder, below)
    (r"\b(?:sus|las)\s+(?:tenencias|participaciones|posiciones)\b|\b(?:su|la)\s+(?:cartera|participación|posición|cuota)\b", "its holdings"),
    (r"\b(?:tenencias|participaciones)\b", "holdings"),
    (r"\bcuy[oa]s\s+holdings\b", "whose holdings"),
    # "redujo un 1,2 por ciento sus participaciones en noviembre": English puts the holdings first, the percent after
    (r"\b(redujo|recortó|rebajó|disminuyó|aumentó|incrementó|elevó)\s+((?:in\s+\w+\s+)?)(?:en\s+)?(?:un\s+)?(\d+(?:\.\d+)?%)\s+"
     r"(?:its\s+holdings|sus\s+(U\.S\.\s+(?:Treasuries|debt)))(\s+in\s+\w+)?",
     lambda m: ("cut" if m.group(1).lower() in ("redujo", "recortó", "rebajó", "disminuyó") else "raised") + " its holdings"
     + (f" of {m.group(4)}" if m.group(4) else "") + f" by {m.group(3)}" + (f" {m.group(2).strip()}" if m.group(2) else "")
     + (m.group(5) or "")),
    (r"\b(?:el|la)\s+(\d{1,2}(?:st|nd|rd|th|\.)|segund[oa]|tercer[oa]?)\s+mayor\s+(?:tenedor|poseedor|acreedor|prestamista)(?:a)?(?:\s+extranjer[oa])?\b",
     lambda m: place_largest(m.group(1))),
    (r"\b(?:el|la)\s+(?:mayor|principal)\s+(?:tenedor|poseedor|acreedor|prestamista)(?:a)?(?:\s+(?:extranjer[oa]|internacional))?\b",
     "the largest foreign holder"),
    # "el tercer país con mayor tenencia de bonos del Tesoro", "El segundo tenedor de deuda estadounidense": a place
    # among the countries by what they hold, with 'mayor' after the country or with no 'mayor'
    (r"\b(?:el|la)\s+(\d{1,2}(?:st|nd|rd|th))\s+(?:país\s+con\s+(?:la\s+)?mayor\s+(?:tenencia|cantidad|participación|posición)|"
     r"tenedor|poseedor|acreedor)\b", lambda m: place_largest(m.group(1))),
    (r"\b(?:tenedor|poseedor|acreedor|prestamista)(?:es|as|a)?\b", "holder"),
    # the perfect: "ha comprado", "han aumentado" (bought, rose, as the preterite is read)
    (r"\b(?:ha|han|había|habían)\s+(?:ya\s+)?(reducido|recortado|disminuido|aumentado|incrementado|elevado)\s+(?=its\s+holdings)",
     lambda m: "cut " if m.group(1).lower() in ("reducido", "recortado", "disminuido") else "raised "),
    (r"\b(?:ha|han|había|habían)\s+(?:ya\s+)?(comprado|vendido)\b", lambda m: "bought" if m.group(1).lower() == "comprado" else "sold"),
    (r"\b(?:ha|han|había|habían)\s+(?:aumentado|crecido|subido|incrementado|avanzado)\b", "rose"),
    (r"\b(?:ha|han|había|habían)\s+(?:caído|bajado|disminuido|retrocedido|descendido)\b", "fell"),
    (r"\b(?:redujo|recortó|rebajó|disminuyó|reduce|recorta)\s+(?=its\s+holdings)", "cut "),
    (r"\b(?:aumentó|incrementó|elevó|amplió|aumenta|incrementa)\s+(?=its\s+holdings)", "raised "),
    (r"\b(?:a|al)\s+(?:finales|fines|cierre)\s+de(?:l)?\b", "at the end of"),
    # interventions and yields
    (r"\b(?:las\s+|la\s+|una\s+)?intervenci(?:ón|ones)(?:\s+cambiari[ao]s?|\s+en\s+el\s+mercado\s+(?:de\s+divisas|cambiario))?\b",
     lambda m: "interventions" if "ones" in m.group(0) else "intervention"),
    (r"\bintervino\b", "intervened"), (r"\b(?:gastó|gastaron|desembolsó|destinó)\b", "spent"),
    (r"\b(?:para\s+)?(?:apuntalar|sostener|apoyar|defender)\s+(?:al|el)\s+yen\b", "to prop up the yen"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?|JGB)\s+(?:japonés|japoneses|del\s+gobierno\s+japonés\s+)?\s*(?:JGB\s+)?(?:japonés\s+)?a\s+(\d+)\s+años\b",
     r"the \1-year JGB yield"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?|títulos?)\s+del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|estadounidense))?\s+a\s+(\d+)\s+años\b",
     r"the \1-year Treasury yield"),
    (r"\b(?:el\s+)?rendimiento\s+(?:del|de\s+los)\s+(?:bonos?\s+)?(?:de\s+referencia\s+)?(?:del\s+)?JGB(?:\s+japonés)?\s+a\s+(\d+)\s+años\b",
     r"the \1-year JGB yield"),
    (r"\b(?:el\s+)?rendimiento\s+de\s+referencia\s+del\s+JGB(?:\s+japonés)?\s+a\s+(\d+)\s+años\b", r"the benchmark \1-year JGB yield"),
    # the release and its subjects
    (r"\b(?:el\s+)?Ministerio\s+(?:japonés\s+|nipón\s+)?de\s+(?:Finanzas|Economía\s+y\s+Finanzas|Hacienda)(?:\s+(?:japonés|nipón))?", "the Finance Ministry"),
    (r"\bBanco\s+de\s+Jap[oó]n\b", "Bank of Japan"), (r"\bJap[oó]n\b", "Japan"), (r"\bEE\.?\s?UU\.?|Estados\s+Unidos\b", "U.S."),
    (r"\bTokio\b", "Tokyo"), (r"\bFinanzas\b", "the Finance Ministry"),
    # places among holders: "El tercer lugar lo ocupa Bélgica", "Rusia ocupa el duodécimo lugar", "en el segundo y
    # tercer lugar, respectivamente"; "X superó a Y como el mayor tenedor" (overtook), "seguida de Japón" (followed by)
    (r"\b(?:el|la)\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|puesto|posición)\s+lo\s+ocupa\s+((?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)",
     r"\2 ranks \1"),
    (r"\bocupa(?:ba)?\s+(?:el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(?:lugar|puesto|posición)\b", r"ranks \1"),
    (r"\b(?:en\s+)?(?:el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+y\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|puesto|posición)(?:es)?\b",
     r"in \1 and \2 places"),
    (r"\b(?:en\s+)?(?:el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(?:lugar|puesto|posición)\b", r"in \1 place"),
    (r"\bse\s+mantiene[n]?\s+(?=in\s+\d)", "remain "),
    (r"\b(?:superó|superaron|desbancó|adelantó|sobrepasó|rebasó|relevó)\s+a\s+((?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)\s+como\b",
     r"overtook \1 as"),
    (r"\bseguid[oa]s?\s+(?:de|por)\s+(?=(?-i:[A-Z]))", "followed by "),
    # two holders named together ("Japón y Gran Bretaña se mantienen en el segundo y tercer lugar")
    (r"\b((?-i:[A-Z])[\w.]{1,30})\s+[ye]\s+(?=(?-i:[A-Z])\w)", r"\1 and "), (r"\brespectivamente\b", "respectively"),
    (r"\b(?:el\s+|del\s+|los\s+|las\s+)?datos\s+preliminares\b", "preliminary data"),
    # balance of payments: noun then its complement, as English puts it
    (r"\b(?:(el|la|un|una|su)\s+)?(super[aá]vit|d[eé]ficit|excedente|saldo|balanza|cuenta)\s+(?:por\s+|de\s+|en\s+)?(?:la\s+)?cuenta\s+corriente\b",
     lambda m: _article(m.group(1)) + "current account " + {"superávit": "surplus", "superavit": "surplus", "excedente": "surplus",
                                         "déficit": "deficit", "deficit": "deficit"}.get(m.group(2).lower(), "balance")),
    (r"\b(?:el\s+|un\s+)?(super[aá]vit|excedente)\s+corriente\b", "the current account surplus"),
    (r"\b(?:el\s+|un\s+)?d[eé]ficit\s+corriente\b", "the current account deficit"),
    (r"\b(?:(el|un|su|los)\s+)?(super[aá]vit|d[eé]ficit|excedente)s?\s+comercial(?:es)?\b",
     lambda m: _article(m.group(1)) + "trade " + ("deficit" if m.group(2).lower().startswith("d") else "surplus")),
    (r"\b(?:el\s+|la\s+)?(?:super[aá]vit|excedente)\s+(?:en|de|del)\s+(?:el\s+)?(?:comercio\s+de\s+)?bienes\s+y\s+servicios\b", "the goods and services surplus"),
    (r"\b(?:el\s+|la\s+)?(?:comercio|balanza(?:\s+comercial)?(?:\s+japonesa)?)\s+de\s+bienes\s+y\s+servicios\b", "goods and services trade"),
    (r"\b(?:el\s+|la\s+)?(?:super[aá]vit|excedente)\s+(?:en|de|del)\s+(?:el\s+)?comercio\s+de\s+(?:mercanc[ií]as|bienes)\b", "the goods trade surplus"),
    (r"\b(?:el\s+|la\s+)?(?:comercio|balanza)\s+de\s+(?:mercanc[ií]as|bienes)\b", "goods trade"),
    (r"\b(?:el\s+|la\s+)?balanza\s+comercial(?:\s+japonesa)?\b", "the trade balance"),
    (r"\b(?:el\s+)?(d[eé]ficit|super[aá]vit)\s+de\s+la\s+balanza\s+de\s+servicios\b",
     lambda m: "the services " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:la\s+)?balanza\s+de\s+servicios\b", "the services balance"),
    (r"\b(?:el\s+)?(super[aá]vit|d[eé]ficit)\s+(?:por|de|en(?:\s+el)?)\s+turismo\b",
     lambda m: "the travel " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:el\s+)?(super[aá]vit|d[eé]ficit)\s+de\s+(?:los\s+)?(?:ingresos|rentas)\s+primari[oa]s\b",
     lambda m: "the primary income " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:la\s+cuenta\s+de\s+|los\s+|las\s+)?(?:ingresos|rentas?)\s+primari[oa]s\b", "primary income"),
    (r"\b(?:la\s+cuenta\s+de\s+|los\s+|las\s+)?(?:ingresos|rentas?)\s+secundari[oa]s\b", "secondary income"),
    # (MoF's primary income, 第一次所得収支, as EFE names it: "la cuenta de rentas por inversiones externas")
    (r"\b(?:la\s+cuenta\s+de\s+)?rentas\s+(?:por|de)\s+inversiones(?:\s+(?:externas|en\s+el\s+exterior))?\b", "primary income"),
    (r"\b(?:el\s+)?(super[aá]vit|d[eé]ficit)\s+(?:en|de)\s+la\s+cuenta\s+de\s+rentas\b",
     lambda m: "the primary income " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:la\s+)?cuenta\s+de\s+rentas\b", "primary income"),
    # "La cifra supone un 10,6% menos", "Se trata del segundo excedente mensual consecutivo": the figure is, it is
    (r"\b(?:la\s+cifra|el\s+dato|el\s+resultado)\s+(?:supone|representa|es)\b", "The figure is"),
    # EFE glosses the fiscal year with its span ("el año fiscal japonés, que finalizó el 31 de marzo,", "el ejercicio fiscal
    # 2018, que transcurrió entre abril de ese año y el pasado mes de marzo,", "-que comenzó en abril de 2012-"): the
    # span's dates are the fiscal year's, not the figure's period, so the gloss is left out
    (r"\b(the\s+fiscal\s+year|fiscal\s+\d{4}|per[ií]odo)\s*[,–-]\s*que\s+(?:transcurrió|se\s+prolongó|finalizó|terminó|concluyó|"
     r"acabó|comenzó|empezó|arrancó|se\s+inició|abarcó|abarca)\b(?:[^.;,–-]|,(?=\s*\d{4}))*([,–-]?)",
     lambda m: m.group(1) + ("," if m.group(2) == "," else "")),
    (r"\ben\s+todo\s+(?:el\s+)?(?=the\s+fiscal\s+year|fiscal\s+\d{4})", "In "), (r"\ben\s+(?:su\s+|el\s+)?(?=fiscal\s+\d{4}\b)", "in "),
    (r"\b(the\s+fiscal\s+year|fiscal\s+\d{4}),\s+durante\s+(?:el|la)\s+cual\b", r"\1,"),
    # "(menor que la registrada en) 2016, año en el que el superávit ascendió a ...": the year the next clause is about
    (r"\b(\d{4}),\s+año\s+en\s+(?:el\s+)?que\b", r"\1, when"),
    (r"\bse\s+trata\s+(?:de|del)\b", "It is"),
    (r"\b(?:las\s+|sus\s+)?exportaciones(?:\s+de\s+bienes)?\b", "exports"), (r"\b(?:las\s+|sus\s+)?importaciones(?:\s+de\s+bienes)?\b", "imports"),
    (r"\b(?:(?:el|un|su)\s+)?(superávit|déficit|excedente)\s+récord\b",
     lambda m: "a record " + ("deficit" if m.group(1).lower().startswith("d") else "surplus")),
    (r"\b(?:the\s+)?((?:trade|current account|goods trade|services|primary income|travel)\s+(?:surplus|deficit))\s+récord\b",
     r"a record \1"),
    (r"\b(?:(el|su|un|los)\s+)?superávit\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(?:(el|su|un|los)\s+)?déficit(?:s)?\b", lambda m: _article(m.group(1)) + "deficit"),
    (r"\b(?:(el|su|un)\s+)?saldo\s+positivo\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(?:(el|su|un)\s+)?saldo\s+negativo\b", lambda m: _article(m.group(1)) + "deficit"),
    (r"\b(?:(el|su|un)\s+)?excedente\b", lambda m: _article(m.group(1)) + "surplus"),
    (r"\b(a\s+(?:rise|decline))\s+récord\b", lambda m: "a record " + m.group(1)[2:]),
    (r"\bdel?\s+(?=(?:the\s+|a\s+)?(?:current account\s+|trade\s+|primary income\s+)?(?:surplus|deficit)\b)", "of "),
    (r"\bfrom\s+(?:el|la|los|las)\s+(?:de\s+|of\s+|del\s+)?(?=(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|same|previous)\b)", "from "),
    # MoF flows: noun, then its adjectives; English puts them first
    (r"\b(?:los\s+|las\s+)?(inversores|inversionistas|aseguradoras|bancos|banqueros|fondos\s+de\s+pensiones|bonos|acciones|"
     r"t[ií]tulos(?:\s+de\s+deuda)?|valores|deuda|renta\s+variable|renta\s+fija)"
     r"((?:\s+(?:japones[ae]s|japon[eé]s[a]?|extranjer[oa]s?|estadounidenses|norteamericanos|europeos|a\s+largo\s+plazo|a\s+corto\s+plazo|"
     r"del\s+Tesoro(?:\s+(?:de\s+)?(?:EE\.?\s?UU\.?|Estados\s+Unidos|estadounidense))?))+)",
     lambda m: _adjectives_first(m.group(1), m.group(2))),
    (r"\b(?:los\s+)?extranjeros\b", "foreigners"),
    (r"\bcomprador(?:es|as|a)?\s+net[oa]s?\b", "net buyers"), (r"\bvendedor(?:es|as|a)?\s+net[oa]s?\b", "net sellers"),
    (r"\b(?:los\s+)?(?:bancos|banqueros)\b", "banks"), (r"\b(?:las\s+)?aseguradoras\b", "insurers"),
    (r"\b(?:los\s+)?fondos\s+de\s+pensiones\b", "pension funds"),
    (r"\b(?:tras|después\s+de)\s+(?:haber\s+)?vendido\b", "after selling"),
    (r"\b(?:tras|después\s+de)\s+(?:haber\s+)?comprado\b", "after buying"),
    (r"\bvendido\b", "sold"), (r"\bcomprado\b", "bought"), (r"\bfueron\b", "were"), (r"\bfue\b", "was"),
    (r"\b(?:en\s+)?t[eé]rminos\s+netos?\b", "on a net basis"),
    (r"\b(?:una\s+|su\s+)?venta\s+neta\b", "net selling"), (r"\b(?:las\s+)?ventas\s+netas\b", "net selling"),
    (r"\b(?:las\s+)?compras\s+netas\b", "net buying"), (r"\b(?:una\s+)?cantidad\s+neta\s+de\b", "a net"),
    (r"\bnet[oa]s\b", "net"),
    (r"\b(?:las\s+)?compras\s+de\b", "purchases of"),
    # "la compra de bonos": after an article, the noun (purchases), not the verb
    (r"\b(?:la|una|su|de\s+la)\s+compra(\s+de)?\b",
     lambda m: ("of " if m.group(0).lower().startswith("de") else "") + "purchases" + (" of" if m.group(1) else "")),
    (r"\bcompr(?:aron|ó|an|a)\b|\badquiri(?:eron|ó)\b|\badquirid[oa]s?\b", "bought"), (r"\bvend(?:ieron|ió|en|e)\b", "sold"),
    (r"\bse\s+deshicieron\s+de\b|\bse\s+deshizo\s+de\b|\bsalieron\s+de\b", "sold"),
    (r"\bse\s+hicieron\s+con\b|\bse\s+hizo\s+con\b|\bacumularon\b|\bacumuló\b", "bought"),
    (r"\b(?:invirtieron|vertieron|invirtió)\b", "invested"), (r"\bretir(?:aron|ó)\b", "withdrew"),
    (r"\bsalidas\b", "outflows"), (r"\bentradas\b", "inflows"),
    # directions and levels
    (r"\b(?:cayó|cayeron|bajó|bajaron|disminuyó|disminuyeron|retrocedió|retrocedieron|descendió|descendieron|"
     r"se\s+contrajo|se\s+contrajeron|se\s+redujo|se\s+redujeron|se\s+desplomó|menguó|se\s+hundió|perdiendo)\b", "fell"),
    (r"\b(?:creció|crecieron|aumentó|aumentaron|subió|subieron|avanzó|avanzaron|se\s+disparó|se\s+dispararon|"
     r"repuntó|se\s+incrementó|se\s+incrementaron|ascendió|se\s+dilat(?:ó|aron)|se\s+amplió|escaló)\b", "rose"),
    # economists' forecasts ("que habían anticipado un superávit de 2,45 billones"): expected, as English says a poll's
    (r"\b(?:habían|había|han|ha)\s+(?:anticipado|previsto|pronosticado|esperado|estimado)\b|"
     r"\b(?:esperaban|preveían|pronosticaban|anticipaban|estimaban)\b", "had expected"),
    (r"\b(?:totalizó|totalizaron|sumó|sumaron)\b|\bascendieron\s+a\b", "totaled"),
    # a central bank's reserves ("los activos internacionales en poder del Banco de México"), a government's foreign
    # debt ("la deuda externa bruta del Gobierno Federal"): not Treasuries held
    (r"\b(?:los\s+|las\s+)?(?:activos|reservas)\s+internacionales\b", "international reserves"),
    (r"\b(?:la\s+)?deuda\s+externa(?:\s+(bruta|neta))?\b", lambda m: "the " + (f"{'gross' if m.group(1).lower() == 'bruta' else 'net'} " if m.group(1) else "") + "external debt"),
    # "bajaron en US$19.300 millones llegando a US$1.04 billones": to (the level the move ended at)
    (r"\b(?:llegando|situándose|quedando)\s+(?:a|en)\s+(?:los\s+|las\s+)?(?=(?:about\s+)?[$\d])", "to "),
    # "llegó a tener hasta 1,32 billones": held as much as (a peak), not a move to
    (r"\b(?:llegó|llegaron)\s+a\s+(?:tener|acumular|poseer)\s+hasta\s+(?:los\s+|las\s+)?(?=[$\d])", "held up to "),
    (r"\b(?:alcanzó|alcanzaron|alcanzando|llegó\s+a|llegaron\s+a)(?:\s+(?:los|las|el|la))?\b", "reached"),
    (r"\bse\s+(?:situó|situaron|sitúa|sitúan|ubicó|ubicaron|ubica|ubican)\s+en\b", "stood at"),
    (r"\bfue\s+de\b", "was"), (r"\bregistró\b|\bregistraron\b|\blogró\b|\bdejó\b|\barrojó\b|\btuvo\b|\btuvieron\b", "posted"),
    (r"\b(?:un\s+|una\s+)?(?:aumento|subida|alza|incremento|crecimiento|avance)\b", "a rise"),
    (r"\b(?:un\s+|una\s+)?(?:descenso|ca[ií]da|retroceso|disminución|contracción|bajada)\b", "a decline"),
    (r"\b(rose|fell)\s+en\s+(?=(?:about\s+)?[$\d])", r"\1 by "),
    (r"\bhasta\s+(?:los|las|el|la|un|una)?\s*(?=[$\d])", "to "), (r"\bhasta\s+(?=a\s+(?:surplus|deficit)\b)", "to "), (r"\bdesde\s+(?:los|las|el|la|un|una)?\s*(?=[$\d])", "from "),
    (r"\bde\s+(?:los|las)\s+(?=[$\d])", "from "), (r"\b(?:de|en)\s+(?=(?:about\s+)?[$\d])(?!\d+\s+(?:años|meses|semanas)\b)", "of "),
    (r"\b(?:un|una)\s+(?=[\d]+(?:\.\d+)?%)", ""),
    (r"\b(\d+(?:\.\d+)?%)\s+(from\s+a\s+year\s+earlier\s+)?(m[aá]s|menos)(\s+que|\s+de)?\b",
     lambda m: ("up " if m.group(3) != "menos" else "down ") + m.group(1) + (" " + m.group(2).strip() if m.group(2) else "")
     + (" from" if m.group(4) else "")),
    (r"\b(\d+(?:\.\d+)?%)\s+(superior|mayor|inferior|menor)(?:\s+en\s+cómputo)?(?:\s+(?=from\s+a\s+year\s+earlier\b)|"
     r"\s+(?:a(?:l|\s+l[oa]s?)?|que(?:\s+(?:el|la|lo|los|las))?)(?:\s+que\s+(?:obtuvo|registró|anotó|logró|tuvo|alcanzó|posted))?\b)?",
     lambda m: ("up " if m.group(2).lower() in ("superior", "mayor") else "down ") + m.group(1)
     + (" from" if m.group(0)[len(m.group(1)):].split()[1:2] and not m.group(0).endswith(" ") else "")
     + (" " if m.group(0).endswith(" ") else "")),
    (r"\bdel\s+(?=[\d]+(?:\.\d+)?%)", "of "),
    (r"\b(?:unos|unas|alrededor\s+de|cerca\s+de|aproximadamente|en\s+torno\s+a)\s+(?=[$\d])", "about "),
    (r"\b(?:más\s+de)\s+(?=[$\d]|\w+\s+veces)", "more than "), (r"\b(?:menos\s+de)\s+(?=[$\d])", "less than "),
    (r"\bcasi\s+(?=[$\d])", "nearly "), (r"\bpor\s+valor\s+de\b", "worth"),
    # records, runs, since
    (r"\b(?:(?:el|la|un|una|su)\s+)?(?:nivel|cifra)\s+r[eé]cord\b", "a record"), (r"\brécord\b", "record"),
    (r"\b(?:el|la)\s+nivel\s+m[aá]s\s+(alt|baj)o\b", lambda m: f"the {'highest' if m.group(1).lower() == 'alt' else 'lowest'} level"),
    # "el octavo mes de 2018", "en el tercer mes del año 2022": the month by its number
    (r"\b(?:(en)\s+)?el\s+(\d{1,2})(?:st|nd|rd|th)\s+mes\s+(?:of|de|del)\s+(?:año\s+)?(\d{4})\b",
     lambda m: ("in " if m.group(1) else "") + f"{ENGLISH_MONTHS[int(m.group(2)) - 1]} {m.group(3)}" if 1 <= int(m.group(2)) <= 12 else None),
    (r"\b(?:el|la)\s+(?:cifra\s+|nivel\s+)?m[aá]s\s+alt[oa]\b|\b(?:el|la)\s+mayor\b", "the largest"),
    (r"\bsu\s+(mayor|menor)\s+(?:recorte|caída|descenso|retroceso|reducción|venta)\b",
     lambda m: f"its {'largest' if m.group(1).lower() == 'mayor' else 'smallest'} decline"),
    (r"\bsu\s+(mayor|menor)\s+(?:aumento|alza|subida|incremento|avance|compra)\b",
     lambda m: f"its {'largest' if m.group(1).lower() == 'mayor' else 'smallest'} rise"),
    (r"\b(?:el|la)\s+(?:cifra\s+|nivel\s+)?m[aá]s\s+baj[oa]\b|\b(?:el|la)\s+menor\b", "the smallest"),
    (r"\b(the\s+(?:largest|smallest))\s+registrad[oa]\b(?!\s+hasta)", r"\1"),
    (r"\bjam[aá]s\s+registrad[oa]\b|\bregistrad[oa]\s+hasta\s+la\s+fecha\b|\bhasta\s+la\s+fecha\b|\bhasta\s+esa\s+fecha\b", "on record"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:dispone|disponen|hay|existen)\s+(?:de\s+)?(?:datos|registros)(?:\s+comparables)?,?\s+(?:en|in|a\s+partir\s+de)\s+(\d{4})",
     r"since comparable data began in \1"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:comenzaron|empezaron|iniciaron)\s+a\s+(?:recopilar|elaborar|registrar)(?:se)?\s+(?:los\s+)?(?:datos|registros|estad[ií]sticas)(?:\s+comparables)?,?\s+(?:en\s+|in\s+)?(\d{4})",
     r"since records began in \1"),
    (r"\bdesde\s+que\s+(?:se\s+)?(?:comenzaron|empezaron|iniciaron)\s+a\s+(?:recopilar|elaborar|registrar)(?:se)?\s+(?:los\s+)?(?:datos|registros|estad[ií]sticas)\b",
     "since records began"),
    (r"\bdesde\b", "since"),
    (r"\bpor\s+primera\s+vez\s+en\b", "for the first time in"), (r"\bpor\s+primera\s+vez\s+desde\b", "for the first time since"),
    (r"\b(?:su\s+|el\s+|la\s+|del\s+)?(?<!the\s)(?:1st|first)\s+(?!time\b)(?:the\s+|a\s+)?((?:[\w-]+\s+){0,3}?)(?:registrad[oa]\s+)?(?:en|in)\s+(?=\w+\s+(?:años|meses|semanas|years|months|weeks))",
     r"its first \1in "),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(mes|semana|año|trimestre)\s+consecutiv[oa]\b",
     lambda m: f"the {m.group(1)} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(\w+(?:\s+\w+)?)\s+(mensual|semanal|anual|trimestral)\s+consecutiv[oa]\b",
     lambda m: f"the {m.group(1)} straight {_EN_ADJ[m.group(3).lower()]} {m.group(2)}"),
    (r"\b(?:su\s+|el\s+|la\s+)?(\d+(?:st|nd|rd|th))\s+(\w+(?:\s+\w+)?)\s+consecutiv[oa]\b", r"the \1 straight \2"),
    (r"\b(\w+|\d+)\s+(?:los\s+)?(meses|semanas|años|trimestres)\s+consecutiv[oa]s\b",
     lambda m: f"{digits(m.group(1))} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
    (r"\b(?:tras|después\s+de)\s+(\w+)\s+(meses|semanas|años)\s+consecutiv[oa]s\s+de\b",
     lambda m: f"after {m.group(1)} straight {_EN_PERIOD[m.group(2).lower()]} of"),
    (r"\b(meses|semanas|años|trimestres)\b", lambda m: _EN_PERIOD[m.group(1).lower()]),
    (r"\bpara\s+(?:el|este)\s+mes\s+de\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b",
     r"for the month of \1"),
    (r"\bpara\s+este\s+mes\b|\ben\s+ese\s+mes\b|\bpara\s+(?:ese|dicho)\s+mes\b", "for the month"),
    # "un 10,6% menos que el superávit registrado en marzo de 2018": from March 2018 (the measure is the sentence's)
    (r"\bfrom\s+(?:the|its|a)\s+(?:(?:current account|trade|goods trade|services|primary income)\s+)?(?:surplus|deficit)\s+"
     r"(?:(?:registrad|cosechad|obtenid|alcanzad|anotad)[oa]\s+)?(?:(?:of|de|del|en|in)\s+)?(?=(?:the\s+same|January|February|March|"
     r"April|May|June|July|August|September|October|November|December|\d{4})\b)", "from "),
    (r"\bfrom\s+(?:(?:el|la|lo|los|las)\s+)?(?:(?:registrad|cosechad|obtenid|alcanzad|anotad)[oa]s?\s+)?(?:of|de|del|en|in)?\s*"
     r"(?=(?:the\s+same|a\s+year|last|the\s+previous|January|February|March|April|May|June|July|August|September|October|"
     r"November|December|\d{4})\b)", "from "),
    (r"\b(?:la|el)\s+(?:cuenta\s+|balanza\s+)?de\s+transferencias(?:\s+corrientes)?\b|\b(?:las\s+)?transferencias\s+corrientes\b",
     "secondary income"),
    (r"\ba\s+(rise|decline)\s+(?:récord|record)\b", r"a record \1"),
    (r"\b(?:son|van|suman|lleva|llevan)\s+(?:ya\s+)?(\d+)\s+consecutive\b", r"for \1 consecutive"),  # "son ya trece los meses"
    (r"\b(?:un|su|el|la)?\s*(?:máximo|record)\s+histórico\b|\b(?:un|su)\s+(?:nivel\s+)?récord\b", " a record high"),
    (r"\b(?:un|su|el|la)?\s*mínimo\s+histórico\b", " a record low"),
    (r"\b(?:un|su|sus)\s+(?:nivel\s+)?mínimos?\s+de\s+(\d+|\w+)\s+(years|months|weeks|años|meses|semanas)\b",
     lambda m: f" a {digits(m.group(1))}-{_EN_SINGULAR.get(m.group(2).lower(), m.group(2))} low"),
    (r"\b(?:un|su)\s+(?:nivel\s+)?máximo\s+de\s+(\d+|\w+)\s+(years|months|weeks|años|meses|semanas)\b",
     lambda m: f" a {digits(m.group(1))}-{_EN_SINGULAR.get(m.group(2).lower(), m.group(2))} high"),
    (r"\ben\s+(?=(?:more\s+than\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+(?:years|months|weeks|años|meses|semanas)\b)", "in "),
    (r"\bpor\s+(?=the\s+\d+(?:st|nd|rd|th)\s)", "for "), (r"\ben\s+(?=the\s+week\b)", "in "),
    (r"\bde\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "), (r"\ben\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "in "), (r"\ba\s+(?=(?:about\s+)?[$\d])(?!\d+-(?:year|month|week)\b)", "to "),
    (r"\b(?:en|por)\s+(?=interventions?\b)", "on "),
    (r"\b(?:posee|tiene|mantiene)\b", "holds"), (r"\b(?:poseía|tenía|mantenía)\b", "held"),
    (r"\bsalidas?\s+net[oa]s?\b", "net outflows"), (r"\bentradas?\s+net[oa]s?\b", "net inflows"),
    (r"\b[ye]\s+(?=(?:was|were|rose|fell|posted|reached|stood|bought|sold|totaled)\b)", "and "),  # y/e before a verb read
    # "el mayor superávit ... para el mes de noviembre": the largest of the Novembers, as English says it
    (r"\b(the\s+(?:largest|smallest|highest|lowest)\s+(?:[\w-]+\s+){0,4}?)for\s+the\s+month\s+of\s+"
     r"(January|February|March|April|May|June|July|August|September|October|November|December)\b", r"\1on record for \2"),
    (r"\b(?:los\s+)?datos\s+(?:de\s+(?:las?\s+)?bolsas?(?:\s+de\s+valores)?|bursátiles)\b", "exchange data"),
    (r"\bveces\b", "times"), (r"\bseg[uú]n\b", "according to"), (r"\binformó\b", "said"),
]

_EN_PERIOD = {"mes": "month", "semana": "week", "año": "year", "trimestre": "quarter", "meses": "months",
              "semanas": "weeks", "años": "years", "trimestres": "quarters", "mês": "month", "ano": "year",
              "anos": "years"}
_EN_SINGULAR = {"years": "year", "months": "month", "weeks": "week", "años": "year", "meses": "month", "semanas": "week",
                "anos": "year", "Jahren": "year", "Monaten": "month", "Wochen": "week"}
_EN_ADJ = {"mensual": "monthly", "semanal": "weekly", "anual": "annual", "trimestral": "quarterly",
           "mensal": "monthly"}

_ADJ = [(r"a\s+largo\s+plazo", "long-term"), (r"a\s+corto\s+plazo", "short-term"),
        (r"japones[ae]s|japon[eé]s[a]?", "Japanese"), (r"extranjer[oa]s?", "foreign"),
        (r"estadounidenses|norteamericanos|del\s+Tesoro.*", "U.S."), (r"europeos", "European")]
_NOUNS = {"inversores": "investors", "inversionistas": "investors", "aseguradoras": "insurers", "bancos": "banks",
          "banqueros": "banks", "fondos de pensiones": "pension funds", "bonos": "bonds", "acciones": "stocks",
          "títulos": "securities", "titulos": "securities", "títulos de deuda": "debt securities",
          "titulos de deuda": "debt securities", "valores": "securities", "deuda": "debt",
          "renta variable": "equities", "renta fija": "bonds"}


def place_largest(place: str) -> str:
    """'the 4th-largest foreign holder' for a place before 'mayor/maior' ('4th', '15.', 'segundo', 'terceira')."""
    n = int(place.rstrip(".stndrh")) if place[0].isdigit() else 2 if place.lower().startswith("segund") else 3
    return "the " + ({2: "second", 3: "third"}.get(n) or nth(n)) + "-largest foreign holder"


def _article(word: str | None) -> str:
    """The English article for a Spanish or Portuguese one ('' where the article had none)."""
    if not word:
        return ""
    return "a " if word.lower() in ("un", "una", "um", "uma") else "its " if word.lower() in ("su", "seu", "sua") else "the "


def _adjectives_first(noun: str, adjs: str) -> str:
    """'bonos extranjeros a largo plazo' -> 'long-term foreign bonds' (English's order: term, origin, noun)."""
    got = []
    rest = adjs
    while rest.strip():
        rest = rest.lstrip()
        for pat, eng in _ADJ:
            m = re.match(pat, rest, re.I)
            if m:
                got.append(eng if "Tesoro" not in m.group(0) else "U.S. Treasury")
                rest = rest[m.end():]
                break
        else:
            break
    term = [a for a in got if a.endswith("-term")]
    other = [a for a in got if not a.endswith("-term")]
    name = _NOUNS.get(re.sub(r"\s+", " ", noun.lower()), noun)
    if "U.S. Treasury" in other and name == "bonds":
        return " ".join(term + ["U.S. Treasuries"])
    return " ".join(term + other + [name])


def _pt_holdings() -> list:
    """Portuguese rules: the Treasury, its holders and their holdings, periods, interventions, places."""
    return [
        # "deixou (assim) de ser o segundo maior detentor": is no longer; "já foi o maior detentor": was once
        (r"\bdeixou\s+(?:assim\s+|então\s+)?de\s+ser\b", "is no longer"), (r"\bjá\s+foi\b", "was once"),
        (r"\b(?:o\s+)?Departamento\s+do\s+Tesouro(?:\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americano|norte-americano))?", "the U.S. Treasury"),
        (r"\b(?:os\s+)?(?:títulos|bônus|bonds|pap[ée]is|treasuries)\s+do\s+Tesouro(?:\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americanos?|norte-americanos?))?\b",
         "U.S. Treasuries"),
        # "títulos do governo dos EUA", "papéis do governo norte-americano": Treasuries
        (r"\b(?:os\s+)?(?:títulos|bônus|pap[ée]is)\s+do\s+governo\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americano|norte-americano)\b",
         "U.S. Treasuries"),
        (r"\b(?:a\s+)?dívida\s+(?:pública\s+)?(?:dos\s+)?(?:EUA|Estados\s+Unidos|americana|norte-americana)\b", "U.S. debt"),
        (r"\b(?:a\s+)?dívida\s+(?:governamental|do\s+governo)\s+(?:dos\s+)?(?:EUA|Estados\s+Unidos|americana|norte-americana)\b", "U.S. debt"),
        # "a carteira do Japão", "as participações da China": Japan's holdings; "a reserva chinesa": China's holdings
        (r"\b(?:a|as|sua|suas)\s+(?:participaç(?:ão|ões)|carteira|reserva|posiç(?:ão|ões))\s+(?:do|da|de)\s+((?-i:[A-ZÁÉÍÓÚ])\w+)",
         r"\1's holdings"),
        (rf"\b(?:a|as|sua|suas)\s+(?:participaç(?:ão|ões)|carteira|reserva|posiç(?:ão|ões))\s+{nation_rx('pt')}\b",
         lambda m: holdings_of("pt", m.group(1))),
        (r"\b(?:sua|a)\s+(?:participação|carteira|posição|fatia)\b|\b(?:suas|as)\s+(?:participações|posições)\b|\b(?:seus|os)\s+(?:investimentos|pap[ée]is)\b", "its holdings"),
        # "o quarto maior detentor", "o 15. maior detentor estrangeiro", "A India, 14. maior detentor": any place
        (r"\b(?:(?:o|a)\s+)?(\d{1,2}(?:st|nd|rd|th|\.)|segund[oa]|terceir[oa])\s+maior\s+(?:detentor|credor|investidor|titular)(?:a)?(?:\s+estrangeir[oa])?\b",
         lambda m: place_largest(m.group(1))),
        # "o quinto país com a maior posição em Treasuries", "o quarto país em valor investido em títulos": a place among
        # the countries by what they hold
        (r"\b(?:o|a)\s+(\d{1,2}(?:st|nd|rd|th))\s+país\s+(?:com\s+(?:a\s+)?maior\s+(?:posição|participação|carteira|quantidade)|"
         r"em\s+valor\s+(?:investido|aplicado))\b", lambda m: place_largest(m.group(1))),
        (r"\b(?:(?:o|a)\s+)?maior\s+(?:detentor|credor|investidor)(?:a)?(?:\s+estrangeir[oa])?\b", "the largest foreign holder"),
        (r"\b(?:detentor|credor)(?:es|a)?\b", "holder"),
        (r"\bMinistério\s+das\s+Finanças(?:\s+do\s+país|\s+japonês)?", "the Finance Ministry"),
        (r"\b(?:reduziu|cortou|diminuiu)\s+(?=its\s+holdings)", "cut "), (r"\b(?:aumentou|elevou|ampliou)\s+(?=its\s+holdings)", "raised "),
        (r"\bno\s+final\s+de\b|\bao\s+fim\s+de\b", "at the end of"),
        (r"\b(?:a\s+|uma\s+)?interven(?:ção|ções)(?:\s+cambia(?:l|is))?\b", lambda m: "interventions" if "ções" in m.group(0) else "intervention"),
        (r"\bgast(?:ou|aram)\b", "spent"), (r"\binterveio\b", "intervened"),
        (r"\b(?:o\s+)?rendimento\s+do\s+(?:título|bônus)\s+(?:do\s+Tesouro\s+)?(?:americano\s+|japonês\s+)?de\s+(\d+)\s+anos\b", r"the \1-year yield"),
        (r"\bBanco\s+do\s+Japão\b", "Bank of Japan"), (r"\b(?:do\s+|o\s+)?Japão\b", "Japan"), (r"\bTóquio\b", "Tokyo"),
    ]


#: a change said as a comparative ("0,98% a mais do que no mês anterior", "3% a menos": up / down a percent from) or as a
#: noun ("uma alta", "o acréscimo / incremento de US$ 10,9 bilhões", "uma queda", "uma baixa de 7,52%")
_PT_CHANGES = [
    (r"(\d+(?:\.\d+)?%)\s+a\s+(mais|menos)(\s+(?:do\s+)?que)?\b",
     lambda m: ("up " if m.group(2).lower() == "mais" else "down ") + m.group(1) + (" from" if m.group(3) else "")),
    (r"\b(?:uma\s+|sua\s+|o\s+|um\s+|seu\s+)?(?:alta|aumento|crescimento|subida|acréscimo|incremento)\b", "a rise"),
    (r"\b(?:uma\s+|sua\s+)?(?:queda|retrocesso|diminuição|redução|recuo|contração)\b|\buma\s+baixa\b", "a decline"),
]


def _pt_moves() -> list:
    """Portuguese rules: overtaking and following, moves, lows and firsts, weeks, terms."""
    return [
        # "Japão superou a China como maior detentor" (overtook), "seguida do Japão" (followed by)
        (r"\b(?:superou|superaram|ultrapassou|desbancou)\s+(?:a\s+|o\s+)?((?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)\s+como\b",
         r"overtook \1 as"),
        (r"\bseguid[oa]s?\s+(?:de|por|pel[oa])\s+(?=(?-i:[A-Z]))", "followed by "),
        # places among holders: "O primeiro lugar do ranking ainda é ocupado pela China", "passou a ocupar a quarta posição",
        # "Na segunda posição, a China aparece", "O Japão segue em segundo lugar", "caiu para o sétimo lugar"
        (r"\b(?:o|a)\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|posição|colocação)(?:\s+(?:do|no)\s+ranking)?\s+(?:ainda\s+)?é\s+ocupad[oa]\s+"
         r"(?:pel[oa]s?|por)\s+((?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)", r"\2 ranks \1"),
        (r"\b(?:passou\s+a\s+ocupar|seguiu\s+ocupando|segue\s+ocupando|ocupa(?:va|m)?)\s+(?:o|a)\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|posição|colocação)\b",
         r"ranks \1"),
        (r"\b(?:caiu|cai|fell|subiu|rose)\s+para\s+(?:o|a)\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|posição|colocação)\b",
         lambda m: ("rose" if m.group(0).lower().startswith(("subiu", "rose")) else "fell") + f" to {m.group(1)} place"),
        (r"\b(?:n[oa]|em)\s+(\d+(?:st|nd|rd|th))\s+(?:lugar|posição|colocação)\b", r"in \1 place"),
        (r"\b(?:segue|seguiu|permaneceu|permanece|continua|continuou)\s+(?=in\s+\d+(?:st|nd|rd|th)\s+place\b)", "remains "),
        (r"\bEUA\b|\bEstados\s+Unidos\b", "U.S."),
        (r"\b(?:o\s+|um\s+)?(superávit|déficit|excedente|saldo|balanço)\s+(?:(?:por|de|em|na)\s+(?:a\s+)?conta|da\s+balança)\s+corrente\b",
         lambda m: "the current account " + {"superávit": "surplus", "excedente": "surplus", "déficit": "deficit"}.get(
             m.group(1).lower(), "balance")),
        (r"\b(?:o\s+)?(?:superávit|excedente)\s+(?:comercial)\b", "the trade surplus"),
        (r"\b(?:o\s+)?déficit\s+comercial\b", "the trade deficit"),
        (r"\b(?:o\s+)?(?:balanço|comércio|balança)\s+(?:do\s+comércio\s+)?de\s+bens\s+e\s+serviços(?:\s+do\s+Japan)?\b", "goods and services trade"),
        (r"\b(?:o\s+)?(?:excedente|superávit)\s+no\s+comércio\s+de\s+(?:mercadorias|bens)\b", "the goods trade surplus"),
        (r"\b(?:o\s+)?(?:comércio|balança)\s+de\s+(?:mercadorias|bens)\b", "goods trade"),
        (r"\b(?:a\s+)?balança\s+comercial\b", "the trade balance"),
        (r"\b(?:o\s+)?setor\s+de\s+serviços\b|\b(?:a\s+)?balança\s+de\s+serviços\b", "the services balance"),
        (r"\b(?:a\s+)?renda\s+primária\b|\b(?:as\s+)?rendas\s+primárias\b", "primary income"),
        (r"\b(?:a\s+)?renda\s+secundária\b", "secondary income"),
        (r"\b(?:as\s+)?exportações\b", "exports"), (r"\b(?:as\s+)?importações\b", "imports"),
        (r"\b(?:o\s+)?superávit\b", "the surplus"), (r"\b(?:seu\s+|o\s+)?déficit\b", "the deficit"), (r"\b(?:o\s+)?excedente\b", "the surplus"),
        (r"\b(?:os\s+)?investidores\s+japoneses\b", "Japanese investors"),
        (r"\b(?:títulos|bônus|pap[ée]is)\s+estrangeiros\b", "foreign bonds"),
        (r"\b(?:os\s+)?investidores\s+estrangeiros\b|\b(?:os\s+)?estrangeiros\b", "foreign investors"),
        (r"\b(?:um\s+)?(?:volume|valor|montante)\s+líquido\s+de\b", "a net"),
        (r"\btítulos\s+estrangeiros\s+de\s+longo\s+prazo\b|\bbônus\s+estrangeiros\s+de\s+longo\s+prazo\b", "long-term foreign bonds"),
        (r"\bações\s+estrangeiras\b", "foreign stocks"), (r"\bações\s+japonesas\b", "Japanese stocks"),
        # "comparado a US$ 207,3 bilhões em fevereiro", "em comparação com": the figure compared with; a country's
        # "reservas totais / internacionais" (its central bank's reserves, not its Treasuries)
        (r"\b(?:comparad[oa]s?\s+(?:a|com)|em\s+comparação\s+(?:a|com))\b", "compared with"),
        (r"\b(?:as\s+|das\s+)?reservas\s+(?:totais|internacionais)\b", "international reserves"),
        (r"\bcompr(?:aram|ou)\b", "bought"), (r"\bforam\b", "were"), (r"\bfoi\b", "was"),
        (r"\bcomprando\b", "buying"), (r"\bvendendo\b", "selling"),
        (r"\b(?:os\s+)?bancos\b", "banks"), (r"\b(?:as\s+)?seguradoras\b", "insurers"),
        (r"\bcompradore?s\s+líquidos\b", "net buyers"), (r"\bvendedore?s\s+líquidos\b", "net sellers"), (r"\bvend(?:eram|eu)\b", "sold"),
        (r"\b(?:ca[ií]u|ca[ií]ram|recuou|recuaram|diminuiu|diminu[ií]ram|encolheu|encolheram|despencou|retraiu|recuo)\b", "fell"),
        (r"\b(?:cresceu|cresceram|aumentou|aumentaram|subiu|subiram|avançou|avançaram|disparou|ampliou|saltou)\b", "rose"),
        (r"\bficou\s+em\b", "stood at"), (r"\bregist(?:r?ou|r?aram)\b", "posted"), (r"\batingiu\b", "reached"),
        *_PT_CHANGES,
        (r"\baté\s+(?=[$\d])", "to "), (r"\bde\s+(?=[$\d])", "of "), (r"\bpara\s+(?=[$\d])", "to "), (r"\bem\s+(?=[\d]+(?:\.\d+)?%)", "by "),
        (r"\bde\s+(?=[\d]+(?:\.\d+)?%)", "of "),
        (r"\b(?:cerca\s+de|aproximadamente|uns|umas|em\s+torno\s+de)\s+(?=[$\d])", "about "),
        (r"\bmais\s+de\s+(?=[$\d])", "more than "), (r"\bquase\s+(?=[$\d])", "nearly "),
        (r"\b(?:uma\s+)?(a\s+rise|a\s+decline|alta|queda)\s+recorde\b",
         lambda m: "a record " + ("decline" if "decl" in m.group(1) or "queda" in m.group(1) else "rise")),
        (r"\brecorde\b", "record"),
        (r"\bdesde\s+(\d{4}),?\s+quando\s+(?:este|esse|o)\s+dado\s+começou\s+a\s+ser\s+(?:registrado|compilado)\b", r"since records began in \1"),
        (r"\bdesde\b", "since"), (r"\bpela\s+primeira\s+vez\s+em\b", "for the first time in"),
        # "o nível mais baixo desde 2017", "mínima desde janeiro de 2020", "a primeira queda desde novembro"
        (r"\b(?:(?:o|a|os|as|seu|sua)\s+)?(?:nível|patamar|níveis|patamares)\s+mais\s+(baix|alt)[oa]s?\b|"
         r"\b(?:(?:o|a|os|as|seu|sua)\s+)?(?:menor|maior)(?:es)?\s+(?:nível|níveis|patamar|patamares)\b",
         lambda m: "the lowest level" if m.group(1) == "baix" or re.search(r"menor", m.group(0), re.I) else "the highest level"),
        (r"\b(?:a\s+|uma\s+|sua\s+)?(mínim|máxim)[oa]\s+(?=since\b)",
         lambda m: "the lowest " if m.group(1).lower() == "mínim" else "the highest "),
        (r"\b(?:a|o|sua|seu|uma|um)?\s*1st\s+a\s+(decline|rise)\b", r" the first \1"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+consecutiv[oa]\s+de\s+(alta|queda|a\s+rise|a\s+decline)\b",
         lambda m: f"the {m.group(1)} straight {_EN_PERIOD[m.group(2).lower()]} of {'declines' if 'queda' in m.group(3) or 'decl' in m.group(3) else 'rises'}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+consecutiv[oa]\b",
         lambda m: f"the {m.group(1)} consecutive {_EN_PERIOD[m.group(2).lower()]}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(a\s+rise|a\s+decline|queda|alta)\s+(mensal|semanal|anual)\s+consecutiv[oa]\b",
         lambda m: f"the {m.group(1)} straight {_EN_ADJ[m.group(3).lower()]} {'decline' if 'decl' in m.group(2) or m.group(2) == 'queda' else 'rise'}"),
        (r"\b(?:o\s+|a\s+|sua\s+|seu\s+)?(\d+(?:st|nd|rd|th))\s+(mês|semana|ano)\s+com\b",
         lambda m: f"the {m.group(1)} {_EN_PERIOD[m.group(2).lower()]} of"),
        (r"\bconsecutiv[oa]s?\b", "consecutive"), (r"\bmeses\b", "months"), (r"\bsemanas\b", "weeks"), (r"\banos\b", "years"),
        (r"\binformou\b", "said"),
        (r"\b(?:as\s+)?(?:participações|posições)\s+(?:de|da|do)\s+((?:mainland\s+)?(?-i:[A-ZÁÉÍÓÚ])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)", r"\1's holdings"),
        (r"\b(?:uma\s+|sua\s+)?(?:máxima|máximo|recorde)\s+históric[oa]\b", "a record high"),
        (r"\b(?:uma\s+|sua\s+)?mínim[oa]\s+históric[oa]\b", "a record low"),
        (r"\bem\s+(?=(?:more\s+than\s+)?(?:\d+|[a-z]+)\s+(?:anos|meses|semanas|years|months|weeks)\b)", "in "),
        (r"\b(?:pelo|pela|por)\s+(?=the\s+\d+(?:st|nd|rd|th)\s)", "for "),
        (r"\b(?:em|de)\s+(?=U\.S\.\s+(?:Treasuries|debt)\b)", "of "),
        (r"\b(?:na\s+)?semana\s+(?:encerrada|terminada|finda)\s+(?:em|in)\b", "in the week ended"),
        (r"\b(?:na\s+)?semana\s+até\b", "in the week to"),
        (r"\b(?:em\s+)?(?:títulos|bônus|pap[ée]is|bonds)(?:\s+de\s+dívida)?(\s+estrangeiros|\s+japoneses)?\s+de\s+(curto|longo)\s+prazo\b",
         lambda m: ("in " if m.group(0).startswith("em") else "") + ("short-term " if m.group(2) == "curto" else "long-term ")
         + ("foreign " if m.group(1) and "estr" in m.group(1) else "Japanese " if m.group(1) else "") + "debt securities"),
        (r"\b(?:detém|detem|possui|mantém)\b", "holds"), (r"\b(?:tem|têm)\s+(?=(?:about\s+|more\s+than\s+|nearly\s+)?\$\d)", "holds "), (r"\b(?:detinha|possuía|mantinha|tinha)m?\b", "held"),
    ]


def pt_rules() -> list:
    """The Portuguese rules, in the order they apply (the tail shared with Spanish last)."""
    return _pt_holdings() + _pt_moves() + _TAIL_ES_PT


#: rules both Spanish and Portuguese end with: a change's size after "cut/raised/rose/fell" ("redujo sus tenencias en
#: 22.700 millones": by), the figure compared with ("frente a 1,17 billones", "ante US$ 1,167 trilhão": from), Japan's
#: balance named after it ("el superávit por cuenta corriente de Japón": Japan's current account surplus)
_TAIL_ES_PT = [
    (r"\b((?:cut|raised|rose|fell)\s+(?:its\s+holdings\s+)?(?:of\s+U\.S\.\s+(?:Treasuries|debt)\s+)?(?:in\s+\w+\s+)?)(?:of|en|em)\s+"
     r"(?=(?:about\s+)?\$?\d)", r"\1by "),
    (r"\b(?:frente\s+(?:a|to)|ante)\s+(?=(?:about\s+)?[$\d])", "from "),
    # "frente a la subida del 6,2 por ciento de las exportaciones": against a rise of 6.2% in exports
    (r"\bfrente\s+(?:a|to)\s+(?:la\s+|el\s+)?(?=a\s+(?:rise|decline)\b)", "against "),
    (r"(?<=%)\s+(?:de|en|em|nas|nos)\s+(?:las\s+|los\s+|as\s+|os\s+)?(?=(?:exports|imports)\b)", " in "),
    (r"\b(?:por|no|con)\s+(?:un\s+|um\s+)?valor\s+(?:(neto|líquido)\s+)?(?:de|of)\b",
     lambda m: "worth a net" if m.group(1) else "worth"),
    (r"\b(?:em|en|de)\s+(?=(?:foreign|Japanese)\s+(?:bonds|stocks)\b)", "of "),
    (r"\b(mais|menos)\s+(\d+(?:\.\d+)?%)\s+do\s+que(?:\s+(?:no|em|o))?\b",
     lambda m: ("up " if m.group(1).lower() == "mais" else "down ") + m.group(2) + " from"),
    (r"\bface\s+(?:a|ao|aos|à)\s+(?=(?:about\s+)?[$\d])", "from "),
    # "elevou sua posição para US$ 744,2 bilhões em fevereiro, de US$ 739,6 bilhões em janeiro": to one figure, from
    # the other
    (r",\s+of\s+(?=(?:about\s+)?\$\d)", lambda m: ", from " if re.search(
        r"\bto\s+\$[\d.,]+\s+(?:million|billion|trillion)(?:\s+(?:in|at)\s+[\w ]{1,25})?$", m.string[max(0, m.start() - 80):m.start()])
     else None),
    (r"\b(?:con|com)\s+(?=(?:about\s+|nearly\s+)?\$?\d)", "with "),
    (r"\bthe\s+((?:current account|trade|goods trade|services|primary income|secondary income)\s+(?:surplus|deficit|balance))\s+"
     r"(?:de\s+|do\s+)?Japan\b(?!')", r"Japan's \1"),
    # a multiple of its own level before, as English reads it ("2-fold", "tripled": ``multiples``): "casi el doble del
    # registrado", "el triple que el registrado en", "6,3 veces más de lo registrado", "mais que triplicando o valor", "o dobro"
    (r"\b(?:(nearly|casi|quase|cerca\s+de|more\s+than|más\s+de|mais\s+(?:do\s+)?(?:que|de))\s+)?(?:el|o|al|ao)\s+"
     r"(doble|triple|cuádruple|dobro|triplo|quádruplo)\b",
     lambda m: ({"nearly": "nearly ", "casi": "nearly ", "quase": "nearly ", "cerca": "about "}.get(m.group(1).split()[0].lower(),
                "more than ") if m.group(1) else "") +
     {"dob": "2", "tri": "3", "cuá": "4", "quá": "4"}[m.group(2)[:3].lower()] + "-fold"),
    (r"\b(\d+(?:\.\d+)?)\s+(?:times|veces|vezes)\s+(?:más|mais|mayor|maior|superior)\b", r"\1-fold"),
    (r"\b(?:(mais\s+(?:do\s+)?que|más\s+que|more\s+than)\s+)?(duplic|tripl?ic|cuadruplic|quadruplic)(?:ando|ó|ou|aron|aram|ado)\b",
     lambda m: ("more than " if m.group(1) else "") + {"duplic": "doubl", "triplic": "tripl", "tripic": "tripl",
                                                      "cuadruplic": "quadrupl", "quadruplic": "quadrupl"}[m.group(2).lower()] + "ed"),
]
RULES_ES += _TAIL_ES_PT
