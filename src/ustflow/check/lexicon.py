"""Words the claim extractor recognises: holders, investor types, institutions, instruments, verbs.

Each table maps a regular expression to what the official data call it (a TIC country slug, a MoF
investor-type slug of ``ustflow.parse.mof_its.SECTORS``, a MoF instrument). Order matters where
one phrase contains another ("trust banks" before "banks", "non-life insurers" before "life").
"""

from __future__ import annotations

import re

# --- countries (TIC custodian countries): pattern -> slug of tic.holdings.<slug> ----------------
#: (a capital for its country, as reporters write "Tokyo", "Beijing", "Moscow has continued to sell off Treasuries";
#: not a place someone is in or based: "an economist in New Delhi", "a Moscow-based analyst")


def _capital(name: str) -> str:
    return rf"(?<!\bin )(?<!\bfrom )(?:{name})(?![-‑](?:based|headquartered))"


COUNTRIES: list[tuple[str, str]] = [
    # not "data from Japanese exchanges", "the Japanese economy": no holder
    (r"Japan(?:'s|’s)?|Japanese(?!\s+(?:stock\s+)?(?:exchanges?|markets?|economy|data|media|press|companies|exporters|yen)\b)|Tokyo", "japan"),
    (r"(?:Mainland )?China(?:'s|’s)?|Chinese|Beijing", "china_mainland"),
    (r"(?:the )?United Kingdom|(?:the )?U\.?K\.?(?=[\s,.;:)'’]|$)|Britain|British", "united_kingdom"),
    (r"Belgium|Belgian", "belgium"), (r"Luxembourg", "luxembourg"),
    # TIC's groupings (published to December 2011 in the store): a holder of their own, never one of their members
    (r"(?:the )?Caribbean [Bb]anking [Cc]ent(?:er|re)s?|(?:the )?Caribbean [Bb]anks?(?: [Ss]ystems?)?",
     "caribbean_banking_centers"),
    (r"(?:the )?[Oo]il[- ][Ee]xporters?|(?:the )?[Oo]il[- ][Ee]xporting (?:[Cc]ountries|[Nn]ations|[Ss]tates)", "oil_exporters"),
    (r"(?:the )?Cayman Islands|Caymans|Cayman(?![\w-])", "cayman_islands"), (r"Ireland|Irish", "ireland"),
    (r"Switzerland|Swiss", "switzerland"), (r"Canada|Canadian", "canada"),
    (r"Taiwan(?:ese)?", "taiwan"), (r"India(?:n)?|" + _capital("New Delhi"), "india"), (r"Hong Kong", "hong_kong"),
    (r"Brazil(?:ian)?|" + _capital("Brasilia|Brasília"), "brazil"), (r"France|French", "france"), (r"Saudi Arabia|S\.? Arabia|Saudi|" + _capital("Riyadh"), "saudi_arabia"),
    (r"Norway|Norwegian", "norway"), (r"Singapore(?:an)?", "singapore"),
    (r"South Korea(?:n)?|Korea(?:n)?", "korea_south"), (r"Germany|German", "germany"),
    (r"Israel(?:i)?", "israel"), (r"Mexico|Mexican", "mexico"), (r"Australia(?:n)?", "australia"),
    (r"Bermuda", "bermuda"), (r"(?:the )?Bahamas", "bahamas"), (r"Thailand|Thai", "thailand"),
    (r"Philippines|Philippine", "philippines"), (r"Kuwait(?:i)?", "kuwait"),
    # "followed by the Emirates": the country with its article (not the airline, the bank, a single emirate)
    (r"(?:the )?United Arab Emirates|(?:the )?UAE|(?<![\w-])[Tt]he Emirates(?!\s+(?:[Aa]irlines?|NBD|Group|[Ii]slamic))",
     "united_arab_emirates"),
    (r"(?:the )?Netherlands|Dutch", "netherlands"), (r"Spain|Spanish", "spain"), (r"Italy|Italian", "italy"),
    (r"Sweden|Swedish", "sweden"), (r"Poland|Polish", "poland"), (r"Vietnam(?:ese)?", "vietnam"),
    (r"Russia(?:n)?|" + _capital("Moscow"), "russia"), (r"Turkey|Turkish|" + _capital("Ankara"), "turkey"), (r"Malaysia(?:n)?", "malaysia"),
    (r"Indonesia(?:n)?", "indonesia"), (r"Chile(?:an)?", "chile"), (r"Colombia(?:n)?", "colombia"),
    (r"Peru(?:vian)?", "peru"), (r"Denmark|Danish", "denmark"), (r"Finland|Finnish", "finland"),
    (r"Egypt(?:ian)?", "egypt"), (r"Iraq(?:i)?", "iraq"), (r"Kazakhstan", "kazakhstan"),
    (r"Oman", "oman"), (r"South Africa(?:n)?", "south_africa"), (r"Qatar(?:i)?", "qatar"), (r"Bahrain(?:i)?", "bahrain"),
]

#: "the Asian nation's holdings", "the European country": a holder named earlier, by its region
REGIONS: dict[str, set[str]] = {
    "asian": {"japan", "china_mainland", "hong_kong", "taiwan", "india", "singapore", "korea_south", "thailand",
              "philippines", "vietnam", "malaysia", "indonesia", "kazakhstan"},
    "european": {"united_kingdom", "belgium", "luxembourg", "ireland", "switzerland", "france", "norway", "germany",
                 "netherlands", "spain", "italy", "sweden", "poland", "denmark", "finland"},
    "gulf": {"saudi_arabia", "kuwait", "united_arab_emirates", "oman", "iraq"},
    "latin american": {"brazil", "mexico", "chile", "colombia", "peru"},
}
REGION_REF = re.compile(r"\b[Tt]he (?P<r>Asian|European|Gulf|Latin American|South American) (?:nation|country|economy|"
                        r"giant|power|holder|creditor)(?:'s|’s)?")

# --- Japanese investor types (MoF monthly by investor, monthb2/3/4) ------------------------------
# "trust banks" in wire copy nearly always means their trust accounts, the pension-fund proxy.
SECTORS: list[tuple[str, str]] = [
    (r"non-?life insurers|non-?life insurance (?:companies|firms)|property and casualty insurers", "nonlife_insurers"),
    (r"life insurers|life insurance (?:companies|firms)|lifers|(?<!non-life )insurers|insurance (?:companies|firms)|"
     r"life companies", "life_insurers"),
    (r"trust banks|pension funds|pension fund managers|trust accounts", "trust_accounts"),
    (r"investment trusts|investment trust (?:management )?companies|asset managers|fund managers|mutual funds",
     "investment_trusts"),
    (r"securities firms|brokerages|financial instruments firms", "financial_instruments_firms"),
    # not "as recorded by US banks and custodians" (who TIC's reporters are), "Caribbean banks" (TIC's Caribbean row)
    (r"(?<!central )(?<!trust )(?<!Japan Post )(?<!US )(?<!U\.S\. )(?<!American )(?<!Caribbean )"
     r"(?:commercial |city |regional |Japanese )?banks|lenders", "banks"),
]
SECTOR_LABELS = {
    "life_insurers": "Japanese life insurers", "nonlife_insurers": "Japanese non-life insurers",
    "trust_accounts": "Japanese trust banks (trust accounts, pension proxy)",
    "investment_trusts": "Japanese investment trusts", "banks": "Japanese banks (banking accounts)",
    "financial_instruments_firms": "Japanese securities firms", "all": "Japanese investors (all sectors)",
    "deposit_taking": "Japanese deposit-taking corporations (banks and trust banks, banking accounts)",
}

# "Japanese investors", "investors in Japan", "Japanese residents", "Japan's investors"
JAPAN_INVESTORS = r"Japanese (?:investors|residents|institutions|funds|buyers|sellers|money managers|money)|" \
                  r"investors (?:in|from|based in) Japan|Japan(?:'s|’s) (?:investors|residents|institutions)|" \
                  r"Japan-based investors|domestic investors|(?:Japanese |Japan's |domestic )?(?:private|institutional) " \
                  r"(?:institutions|investors)|Japanese(?!\s+(?:stock\s+)?(?:exchanges?|markets?|economy|data|media|press|companies|exporters|yen)\b)"
FOREIGN_INVESTORS = r"foreign(?:er)? investors|overseas investors|non-?residents|foreigners|offshore investors|" \
                    r"international investors|(?:foreign|overseas) (?:investment|buying|purchases|demand|inflows?) " \
                    r"(?:in|of|into|for) (?:Japanese|Japan's|JGBs)"
FOREIGN_OFFICIAL = r"foreign (?:central banks|official (?:holders|institutions|investors|accounts|sector|holdings|purchasers|buyers))|" \
                   r"official (?:foreign |government )?(?:holders|institutions|holdings|ownership)|" \
                   r"(?:other countries(?:'|’)?|foreign) (?:central banks|government(?:s| institutions))|" \
                   r"foreign monetary (?:authorities|institutions)|monetary authorities (?:around the world|abroad|overseas)"

# --- single institutions: no official series reports one firm's holdings or trades -------------
INSTITUTIONS = (
    r"Norinchukin(?: Bank)?|Nippon Life|Dai-?ichi Life|Meiji Yasuda(?: Life)?|Sumitomo Life|Fukoku Life|"
    r"Asahi Mutual Life|Taiyo Life|T&D Holdings|Japan Post (?:Bank|Insurance|Holdings)|"
    r"Government Pension Investment Fund|GPIF|MUFG|Mitsubishi UFJ(?: Financial Group)?|"
    r"Sumitomo Mitsui(?: Financial Group| Trust)?|SMBC|Mizuho(?: Financial Group)?|Resona|Nomura|Daiwa|"
    r"Bank of Japan|BOJ|BoJ|Federal Reserve|the Fed\b|PIMCO|Pimco|BlackRock|Vanguard|Berkshire Hathaway|"
    r"Norges Bank|SAFE\b|"
    # a capitalised name ending in a word that names one firm
    r"(?:(?!(?:Japan|China|Japanese|Chinese|Foreign|Treasury|Holdings)\b)[A-Z][\w&.-]+ ){1,3}"
    r"(?:Bank|Life|Insurance|Group|Securities|Asset Management|Capital)\b"
)

# --- instruments -----------------------------------------------------------------------------
# MoF: residents' trades in foreign securities (assets) or non-residents' in Japanese ones (liabilities)
_ABROAD = r"(?:foreign|overseas|international|global|offshore|non-Japanese|European)"
_JAPAN = r"(?:Japanese|Japan(?:'s|’s)?|yen-denominated|domestic)"
_TRADE = r"(?:trades?|trading|transactions|sales|purchases|buying|selling|investments?|outflows?|inflows?|flows?)\b"
_LT = r"(?:long-term |longer-term |super-long |sovereign |government |corporate )?"
_AND_BONDS = r"(?:stocks|equities|shares) and (?:long-term )?(?:bonds|debt)(?![^.;]{0,25}\brespectively)"
MOF_INSTRUMENTS: list[tuple[str, str | None, str]] = [
    # (pattern, side, instrument); side None: the subject decides (foreigners: liabilities, residents: assets)
    # "Japanese equities and bonds", "foreign stocks and bonds": MoF's subtotal, equity and long-term debt (bonds
    # are long-term debt unless the story adds short-term; not "… and … respectively", one figure each)
    (rf"{_JAPAN} {_AND_BONDS}", "liabilities", "subtotal"),
    (rf"{_ABROAD} {_AND_BONDS}", "assets", "subtotal"),
    (_AND_BONDS, None, "subtotal"),
    (rf"(?<!short-term ){_ABROAD} (?:long-term )?(?:bonds|debt(?: securities)?|notes|fixed income)|"
     rf"long-term (?:foreign |overseas )?(?:debt|bonds)(?: securities)? (?:abroad|overseas)|"
     r"(?:long-term|longer-term) (?:foreign|overseas) (?:debt|bonds|notes|bills)|foreign long-term debt|"
     # "foreign long-term bills": the maturity the reporter names wins over the loose noun
     rf"{_ABROAD} (?:long-term|longer-term) bills|"
     # "their foreign bond trades showed net sales": the singular noun before a trade
     rf"{_ABROAD} bond(?= {_TRADE})", "assets", "lt_debt"),
    (rf"{_ABROAD} (?:stocks|equities|shares|equity)|foreign equity and (?:investment )?fund shares|"
     rf"{_ABROAD} stock(?= {_TRADE})",
     "assets", "equity"),
    (rf"{_ABROAD} (?:short-term (?:debt|bonds|securities|notes)|bills|money-market instruments)|"
     r"short-term (?:foreign|overseas) (?:debt|bonds|securities)", "assets", "st_debt"),
    (rf"{_ABROAD} (?:securities|assets)", "assets", "total"),
    (rf"{_JAPAN} (?:stocks|equities|shares)", "liabilities", "equity"),
    (rf"(?<!short-term ){_JAPAN} {_LT}(?:bonds|debt)|{_JAPAN} (?:long-term|longer-term) bills|JGBs|"
     r"Japanese government bonds", "liabilities", "lt_debt"),
    (rf"{_JAPAN} (?:treasury |short-term |government )?(?:bills|debt securities of less than a year)|"
     rf"{_JAPAN} short-term (?:debt(?: securities)?|securities|bonds|bills)|"
     rf"short-term {_JAPAN} (?:debt(?: securities)?|securities|bonds|bills|paper)|"
     r"T-bills issued by Japan", "liabilities", "st_debt"),
    # no side named
    (r"short-term (?:bonds|bills|debt(?: securities)?|securities|notes|paper|instruments)|money-market instruments|"
     r"(?<!long-term )(?<!longer-term )bills",
     None, "st_debt"),
    (r"(?:long-term|longer-term|long-dated|longer-dated|super-long) (?:bonds|debt(?: securities)?|notes|papers?|bills)|"
     r"(?<!short-term )bonds|(?<!U\.S\. )(?<!US )long-term securities|"
     # "the bond sales", "bond buying": the noun before a trade
     r"(?<!short-term )(?<!Treasury )bond(?= (?:sales|purchases|buying|selling|outflows?|inflows?|flows?)\b)", None, "lt_debt"),
    (r"stocks|equities|shares|equity markets?|stock markets?|equity|"
     r"stock(?= (?:sales|purchases|buying|selling|outflows?|inflows?|flows?)\b)", None, "equity"),
]
#: kinds of securities the official tables do not break out: MoF reports each side's long-term debt as one
#: total (JGBs of every maturity, corporate and municipal bonds together), TIC's holdings table is Treasuries only
SUBTYPES = (r"(?:super|ultra)[- ]?long(?:-term)?(?:[- ]dated)?(?: (?:Japanese )?(?:government )?(?:bonds|debt|JGBs|notes))?|(?:JGB|bond|Treasury) futures|corporate (?:bonds|debt)|"
            r"municipal bonds|covered bonds|inflation[- ](?:linked|indexed) (?:bonds|JGBs|debt)|"
            r"mortgage[- ]backed(?: securities)?|MBS|asset[- ]backed(?: securities)?|"
            r"agency (?:debt|bonds|securities|MBS)|(?:U\.?S\.?|US|American) (?:stocks|equities|assets|securities)|"
            r"long-term (?:U\.?S\.? )?securities|(?:foreign|overseas|external) (?:assets|securities)|"
            r"cross-border (?:outflows?|inflows?|flows?)|stock swaps")
US_SECURITIES = (r"(?:long-term )?(?:U\.?S\.?|US|American) (?:securities|assets|stocks|equities|corporate bonds|"
                 r"agency (?:debt|bonds)|debt|bonds)")
#: "French bonds", "German Bunds": Japanese residents' net purchases by issuer country (BoJ balance of
#: payments, sovereign long-term bonds); code = the BoP's country suffix. The issuer is named by its adjective or
#: its possessive ("France's bonds", "Aussie debt", "U.K. bonds") and the debt by any of the words the stories use
#: for it ("government debt", "sovereign bonds", "long-term bonds", "notes", "securities"): the BoP's issuer table
#: is the one official series of a country's bonds that Japanese residents trade
_ISSUER_DEBT = r" (?:(?:government|sovereign|long-term|longer-term) )?(?:bonds|debt|notes|securities)"
COUNTRY_BONDS: list[tuple[str, str, str]] = [
    (rf"(?:French|France['’]s){_ISSUER_DEBT}|OATs", "fr", "France"),
    (rf"(?:German|Germany['’]s){_ISSUER_DEBT}|(?:German )?[Bb]unds", "de", "Germany"),
    (rf"(?:Italian|Italy['’]s){_ISSUER_DEBT}|BTPs", "it", "Italy"),
    (rf"(?:British|Britain['’]s|U\.K\.|UK){_ISSUER_DEBT}|(?:(?:UK|U\.K\.|British) )?[Gg]ilts", "gb", "the UK"),
    (rf"(?:Australian|Australia['’]s|Aussie){_ISSUER_DEBT}", "au", "Australia"),
    (rf"(?:Canadian|Canada['’]s){_ISSUER_DEBT}", "ca", "Canada"),
    (rf"(?:Dutch|(?:the )?Netherlands['’]){_ISSUER_DEBT}", "nl", "the Netherlands"),
    (rf"(?:Swedish|Sweden['’]s){_ISSUER_DEBT}", "se", "Sweden"),
]
#: the same in Japanese ("フランスの債券を1483億円売り越していた"): no word breaks, so matched without \b
JA_COUNTRY_BONDS: list[tuple[str, str]] = [
    (r"フランス", "fr"), (r"ドイツ", "de"), (r"イタリア", "it"), (r"英国|イギリス", "gb"), (r"オーストラリア|豪州", "au"),
    (r"カナダ", "ca"), (r"オランダ", "nl"), (r"スウェーデン", "se")]
#: a region's debt ("exited 306.38 billion yen worth of European debt"): the balance of payments has
#: several overlapping regions (EU, Western Europe, Eastern Europe ...), so the words name no one series
REGION_BONDS = (r"(?:European|euro[- ]zone|euro[- ]area|Asian|emerging[- ]markets?|Latin American|Middle Eastern|"
                r"African) (?:government |sovereign |corporate )?(?:debt|bonds|securities)")
TREASURIES = (r"(?:U\.?S\.? |US |American )?(?:Treasur(?:y|ies)|treasuries|treasury(?= securities| bonds| notes| bills))"
              # "Treasury notes and bonds": one kind, the pair TIC's Form S names (not "bonds" after it, long-term debt)
              r"(?: (?:bonds|notes|bills)(?:(?:,| and| &| or) (?:bonds|notes|bills))+| securities| bonds| notes| bills| debt)?|"
              r"(?:U\.?S\.? |US |American )(?:government|sovereign) (?:debt|bonds|securities)|T-bonds|T-bills|T-notes")
#: a story about US Treasuries, in English or Japanese ("US Treasuries", "Treasury securities", "米国債", "合衆国公債"):
#: a figure with no measure of its own in it is a holding or a trade of Treasuries (``context_measures``), and a
#: country's dollar trade with no securities named is one in Treasuries (``flows``)
TREASURY_STORY = re.compile(rf"{TREASURIES}|米国債|米財務省証券|米国の国債|米国国債|合衆国公債|米国の公債|米政府債")

HOLDINGS_WORDS = (r"holdings?|holds?|held|holding|ownership|owns|owned|owes|owed|stockpiles?|stash|pile|portfolios?|positions?|stakes?|tally|"
                  r"stock of|biggest holder|largest holder|exposure|possessions? of")  # "Kuwait's possession of US bonds"
#: a dollar level in scale words, "$7.098 trillion", "US$784.3 billion", "$1.1tn" (the level a percent move led to, or
#: one told before it)
DOLLAR_LEVEL = r"(?:US)?\$\s?\d[\d.,]*\s*(?:trillion|tn|billion|bn)\b"
BUY_WORDS = (r"net (?:buyers?|purchases?|buying|inflows?|investment)|buyers?|purchasers?|bought|buy(?:ing|s)?|purchased|purchas(?:es|ing|e)|"
             r"snapped up|invested|poured|net acquisitions?|inflows?|scooped up|picked up|acquired|acquiring")
SELL_WORDS = (r"net (?:sellers?|sales?|selling|outflows?|disposals?|divestment|redemptions?)|sellers?|sold|sell(?:ing|s)?|"
              r"dumped|dump(?:s|ing)?|offloaded|offload(?:s|ing)?|unloaded|shed(?:ding|s)?|pulled(?: out)?|"
              r"divested|divesting|divests?|disposed of|withdrew|withdr[ae]wn?|withdrawing|drew|repatriated|liquidated|"
              r"outflows?|net outflows?|sell-off|selloff|unload(?:s|ing)?|exit(?:ed|s|ing)?|trimmed|cut back|"
              r"ditched|ditch(?:es|ing)?|jettisoned|jettison(?:s|ing)?|got rid of|cashed out|cashing out")
UP_WORDS = (r"rose|rise[sn]?|rising|increased|increases?|increasing|climbed|climb(?:s|ing)?|jumped|jump(?:s|ing)?|"
            r"gained|gains?|grew|grown|grow(?:s|ing|th)?|surged|surge[s]?|surging|soared|soaring|up|higher|added|adding|adds|boosted|"
            r"raised|expanded|increments?|advanced|rebounded|built up|upticks?|raises|raising|boosts|boosting|"
            r"lifts|lifted|lifting|hike|hiked|hikes|hiking|swelled|swollen|accumulated|accumulates|accumulating|"
            # "Imports ... leapt 22.4 percent", "exports skyrocketed"
            r"leapt|leaped|leaps?|leaping|skyrocket(?:s|ed|ing)?|soars")
DOWN_WORDS = (r"fell|fall(?:s|en|ing)?|declined|declines?|declining|decreased|decreases?|dropped|drops?|dropping|"
              r"slipped|slid|sank|cut(?:s|ting)?|reduced|reduc(?:es|ing|tion)|shrank|shrunk|lower(?:ed)?|down|"
              r"plunged|plunges?|tumbled|trimmed|trims?|pared(?: back)?|slumped|decline|retreated|contracted|dipped|"
              r"scaled back|cut back|slashed|wound down|shrunk|lowered|eased|"
              # a headline's present tense: "holdings dip for fourth month", "Japan's holdings slip"
              r"dips?|dipping|slips?|slipping|slides?|sliding|sinks?|sinking|tumbles?|tumbling|plunging|slumps?|"
              r"slumping|shrinks?|shrinking|"
              # a steep or slow fall in a word of its own: "the surplus sagged 88.9 percent", "net purchases ... nosedived
              # 94.6%", "the trade deficit dived nearly 80 percent"
              r"sagged|sags?|sagging|nosedived|nosedives?|nosediving|dived|dives|diving|"
              # "with exports easing 3.3 percent", "the surplus plummets 86.6 pct in July"
              r"eases|easing|plummet(?:s|ed|ing)?")

# words that make a sentence a forecast or plan, not a reported official figure
# (case-sensitive: "may" the verb, not "May" the month)
FORECAST = (r"\b(?:[Ww]ill|[Ww]ould|[Cc]ould|[Mm]ight|plans? to|planned|aims? to|intends? to|expects? to|expected to|"
            r"forecasts?|projected|is set to|are set to|may)\b")

#: a Japanese figure in a condition: "150円を超えれば", "1ドル=150円を超えた場合", "150円を超えると介入警戒感が強まる",
#: "170円まで円安が進めば" (the condition follows the figure); "仮に1ドル=170円" (a supposition before it)
JA_CONDITION = re.compile(r"[^。、,]{0,12}?(?:(?:超え|上回|下回|突破す|割り込|割|達す|進|なる|付け|つけ)(?:ると|れば|たら|た場合|る場合)|"
                          r"(?:[^。、,]{0,2}(?:なら|れば|たら)|場合には?)(?=[、,\s]))")
JA_CONDITION_BEFORE = re.compile(r"仮に|もし(?:も)?(?=[^。]{0,20}$)")

YIELD_WORDS = r"yields?"
FX_WORDS = (r"per (?:U\.?S\.? )?dollar|to the dollar|against the dollar|versus the dollar|vs the dollar|"
            r"USD/?JPY|USD-JPY|dollar/yen|dollar-yen|the yen|the dollar")
INTERVENTION_WORDS = (r"interven(?:e|ed|es|ing|tion|tions)|yen-buying|yen-selling|prop(?:ped|ping|s)? up the yen|"
                      r"support(?:ed|ing)? the yen|currency market|foreign exchange market|stabili[sz]e the yen|"
                      r"dollar-selling|selling the greenback|buying yen|support the currency|"
                      r"(?:defend|shore up|prop up)(?:ed|ing|s)? the (?:yen|currency)|"
                      r"(?:slow|stem|halt|arrest|curb)(?:ed|ing|s)? the (?:yen|currency)(?:'s|’s) (?:depreciation|decline|"
                      r"slide|fall|weakness)|"
                      # "in a bid to strengthen the yen", "a month-long effort to support the value of the yen": the
                      # spending's purpose names the intervention (not "a rate hike could strengthen the yen": no purpose)
                      r"(?:bid|effort|attempt|push|campaign)s?\s+to\s+(?:support|strengthen|bolster|boost|defend|prop up|"
                      r"shore up)(?:\s+the value of)?\s+(?:the\s+)?(?:yen|currency)(?![\w-])|"
                      r"support(?:ed|ing|s)? the value of the (?:yen|currency)(?![\w-])")  # (not "the yen-denominated")
#: the yen the subject of its own high or low ("the yen hit a 14-month high", "the yen's 38-year lows"), no dollar after it:
#: a high of the yen is a low of USD/JPY
YEN_BEFORE = re.compile(r"(?<![/-])\byen(?:'s|’s)?\b(?![^,;]*\b(?:dollar|greenback)s?\b)[^,;]*$", re.I)
SHARE_WORDS = (r"of (?:all |total )?(?:foreign(?:-held)?|overseas)[ -](?:holdings|held|owned|Treasuries)|"
               r"of (?:the )?foreign[ -]held|of (?:all )?Treasuries held (?:by|abroad|overseas)|"
               r"share of foreign")


def compile_alternatives(pairs: list[tuple[str, str]]) -> list[tuple[re.Pattern, str]]:
    # (?!\w), not \b, at the end: a name may end in a full stop ("the U.K. increased its holdings")
    return [(re.compile(rf"\b(?:{p})(?!\w)"), v) for p, v in pairs]


#: a possessive whose apostrophe the page lost, before what a holder owns: "Indias holding of the securities", "Chinas
#: holdings" (a name ending in s has no such form: "the Bahamas", "the Philippines")
_BARE_POSSESSIVE = r"(?:(?<![sS])s(?=\s+(?:holdings?|stake|exposure|portfolio|stockpile|stash|investments?|ownership|"\
                   r"share|purchases|sales|Treasur\w*|US|U\.S\.)\b))?"
COUNTRY_RX = [(re.compile(rf"\b(?:{p}){_BARE_POSSESSIVE}(?!\w)"), v) for p, v in COUNTRIES]
SECTOR_RX = [(re.compile(rf"\b(?:{p})\b", re.I), v) for p, v in SECTORS]


# --- Japanese (MoF's own words, and the press's) -------------------------------------------------
# CJK characters are word characters to ``re``, so these are matched without \b.
JA_BUY = r"買い越し|買越し?|取得超|純取得|買い入れ|買い増し|購入|増加|増え|流入|買われ"
JA_SELL = r"売り越し|売越し?|処分超|純処分|売り増し|売却|減少|減り|流出|手放|売られ"  # 売られた: were sold
#: what a Japanese run or first of a flow or of holdings counts: its move or its side ("3週連続の売り越し", "減少は4月以来
#: 初めて", "4カ月連続の減少から増加に転じた": ``qualifiers_ja``)
JA_RUN_WHAT = "減少|増加|売り越し|買い越し|取得超|処分超|流出|流入"
#: a balance's (a total's) rise and fall in Japanese, as a noun or a verb's stem ("黒字の減少幅は過去最大", "伸び", "悪化":
#: ``bop_move_records``)
JA_RISE = "増加|拡大|伸び|上昇|改善|上げ|増え"
JA_FALL = "減少|縮小|落ち込み|下落|悪化|低下|下げ|減り"
#: a fall named by its noun in English ("a third year of decline", "the third straight yearly decline": ``bop_records``)
EN_FALL_NOUNS = "declines?|decreases?|falls?|drops?|contractions?"
JA_SUBJECTS: list[tuple[str, str, str]] = [  # (pattern, kind, slug)
    # "サウジ中銀が保有する外国証券", "サウジアラビア通貨庁": one country's central bank, a single institution (its
    # reserves are its own books, not TIC's holdings by country); not "外国中銀" (foreign official holders, below)
    (r"(?:[ァ-ヺー]{2,}|中国|韓国|英国|台湾|香港)(?:の)?(?:中央銀行|中銀|通貨庁|通貨当局)", "institution", "institution"),
    # "各国の政府・中央銀行など公的部門", "海外の公的機関", "外国中央銀行", "外国中銀" (its short form): TIC's foreign
    # official holders, or the Fed's custody for them (a foreign word
    # before them: "公的部門" alone may be Japan's own public sector)
    (r"(?:外国|海外|各国|諸外国)(?:の)?(?:政府・中央銀行|政府・中銀|政府や中央銀行|中央銀行|中銀|通貨当局|公的(?:部門|機関|当局))"
     r"(?:など(?:の)?公的(?:部門|機関))?", "foreign_official", "foreign_official"),
    # "外国主要債権者の米国債保有高": TIC's major foreign holders together (its grand total), before 外国勢 below
    # "米国債の外国保有総額", "海外勢全体では": all foreign holders together
    # "主要債権者の米国債保有総額" (Xinhua's Japanese service): the major foreign holders' total, 外国 left out
    (r"外国(?:の)?主要債権者|海外(?:の)?主要債権者|主要債権者の米国債保有(?:総額|総計|合計)|外国主要保有者|海外投資家全体|外国勢全体|海外勢全体|外国保有者全体|海外全体|外国全体|"
     r"(?:外国|海外)(?:人|勢)?(?:の|による)?(?:米国債)?保有(?:総額|総計|合計|全体|残高|額|高|分)|"
     # "外国が保有する米国債", "外国債権者が保有する米国債残高": what foreigners hold, all of them together
     # ("他国が保有する米国債", "諸外国が保有する米国債": held by the other countries, i.e. outside the US)
     r"(?:外国|海外|他国|諸外国|各国)(?:人|勢|投資家|債権者)?(?:が|の)保有(?:する|している)(?:米国債|アメリカ国債)|(?:外国|海外)(?:の)?債権者|"
     # the major holders' table's total ("アメリカ国債を保有する主な国の保有総額", "主要米国債保有国の保有残高"), the
     # world's ("世界全体の4月の米国債保有額"), money from abroad ("外国からの米国債への投資額")
     r"(?:米国債|アメリカ国債)を保有する主(?:な|要)国(?:々)?(?:の保有(?:総額|総計|合計|残高|額|高))?|"
     r"主(?:な|要)(?:米国債|アメリカ国債)?保有国(?:全体)?の保有(?:総額|総計|合計|残高|額|高)|"
     r"世界全体の(?:\d+月(?:末)?の)?(?:米国債|アメリカ国債)?(?:の)?保有(?:総額|残高|額|高)|"
     r"(?:外国|海外)からの(?:米国債|アメリカ国債)?(?:へ|に対する)?の?投資(?:総)?額|"
     # "米国債への海外からの純流入額", "海外からの米国債への純流入": money from abroad into Treasuries, all of it (TIC's
     # net foreign purchases), not a MoF flow into Japan (海外からの資金流入 with no 米国債 named)
     r"(?:米国債|アメリカ国債)(?:への|に対する)(?:外国|海外)からの(?:純)?(?:資金)?流入|"
     r"(?:外国|海外)からの(?:米国債|アメリカ国債)(?:へ|に対する)?の(?:純)?(?:資金)?流入", "foreign_total",
     "grand_total"),
    # "米国外で保有される米国債": held outside the US, i.e. by foreigners
    (r"非居住者|海外投資家|外国人投資家|海外勢|外国勢|外国人|米国外で保有され(?:る|た|ている)", "foreign_investors",
     "foreign_investors"),
    (r"国内全体|本邦全体|日本全体|居住者|本邦投資家|国内投資家|日本の投資家|国内勢|日本勢|本邦勢|国内の(?:機関)?投資家|機関投資家", "japan", "japan"),
    (r"農林中央金庫|農林中金|日本生命|第一生命|明治安田|住友生命|ゆうちょ銀行|かんぽ生命|年金積立金管理運用独立行政法人|GPIF",
     "institution", "institution"),
    (r"生命保険会社|生命保険|生保", "sector", "life_insurers"),
    (r"損害保険会社|損保", "sector", "nonlife_insurers"),
    (r"信託勘定|信託銀行|年金基金|公的年金|年金", "sector", "trust_accounts"),
    (r"投資信託委託会社等|投資信託|投信", "sector", "investment_trusts"),
    # "銀行部門" (the banking sector), MoF's "預金取扱機関": deposit-taking corporations, banks' and trust banks'
    # banking accounts together (before 2014 MoF's investor table had no finer split)
    (r"預金取扱機関|銀行部門", "sector", "deposit_taking"),
    # not a central bank or another country's: 日本銀行 (the BoJ), 韓国銀行, 中国人民銀行, 欧州中央銀行, 世界銀行
    (r"(?<!信託)(?<!中央)(?<!人民)(?<!日本)(?<!韓国)(?<!世界)(?<!準備)(?<!連邦)(?<!イングランド)銀行(?!センター)(?:等)?(?:勘定)?", "sector",
     "banks"),
    # TIC's Caribbean grouping (a row to December 2011), never one of its members: "カリブ海沿岸諸国", "カリブの金融センター"
    (r"カリブ海?(?:沿岸)?(?:諸国|地域|の?(?:銀行|金融)センター)", "country", "caribbean_banking_centers"),
    (r"中国", "country", "china_mainland"),
    (r"英国|イギリス", "country", "united_kingdom"),  # "英国債" (gilts) is the market: subjects._JA_MARKET_AFTER
    (r"ケイマン諸島|ケイマン", "country", "cayman_islands"),
    (r"ベルギー", "country", "belgium"), (r"ルクセンブル[クグ]", "country", "luxembourg"), (r"カナダ", "country", "canada"),
    (r"台湾", "country", "taiwan"), (r"香港", "country", "hong_kong"), (r"スイス", "country", "switzerland"),
    (r"アイルランド", "country", "ireland"), (r"フランス", "country", "france"), (r"インド(?![ァ-ヺー])", "country", "india"),
    (r"ブラジル", "country", "brazil"), (r"サウジアラビア|サウジ(?![ァ-ヺー])", "country", "saudi_arabia"), (r"韓国", "country", "korea_south"),
    (r"シンガポール", "country", "singapore"), (r"ノルウェー", "country", "norway"), (r"ドイツ", "country", "germany"),
    # the rest of TIC's holders; a short katakana name only as a whole word ("タイ", not "タイミング")
    (r"ロシア", "country", "russia"), (r"メキシコ", "country", "mexico"), (r"オーストラリア|豪州", "country", "australia"),
    (r"イスラエル", "country", "israel"), (r"バミューダ", "country", "bermuda"), (r"バハマ", "country", "bahamas"),
    (r"(?<![ァ-ヺー])タイ(?![ァ-ヺー])", "country", "thailand"), (r"フィリピン", "country", "philippines"),
    (r"クウェート", "country", "kuwait"), (r"アラブ首長国連邦|UAE", "country", "united_arab_emirates"),
    (r"オランダ", "country", "netherlands"), (r"スペイン", "country", "spain"), (r"イタリア", "country", "italy"),
    (r"スウェーデン", "country", "sweden"), (r"ポーランド", "country", "poland"), (r"ベトナム", "country", "vietnam"),
    (r"トルコ", "country", "turkey"), (r"マレーシア", "country", "malaysia"), (r"インドネシア", "country", "indonesia"),
    (r"(?<![ァ-ヺー])チリ(?![ァ-ヺー])", "country", "chile"), (r"コロンビア", "country", "colombia"),
    (r"(?<![ァ-ヺー])ペルー(?![ァ-ヺー])", "country", "peru"), (r"デンマーク", "country", "denmark"),
    (r"フィンランド", "country", "finland"), (r"エジプト", "country", "egypt"),
    (r"(?<![ァ-ヺー])イラク(?![ァ-ヺー])", "country", "iraq"), (r"カザフスタン", "country", "kazakhstan"),
    (r"(?<![ァ-ヺー])オマーン(?![ァ-ヺー])", "country", "oman"), (r"南アフリカ|南ア(?![ァ-ヺー])", "country", "south_africa"),
    (r"ウルグアイ", "country", "uruguay"), (r"エルサルバドル", "country", "el_salvador"),
    (r"日本", "japan", "japan"),
]
JA_INSTRUMENTS: list[tuple[str, str | None, str]] = [
    # 対内: non-residents' trades in Japanese securities (before the bare 短期債 / 中長期債 / 株式 below)
    # "対外・対内証券投資のネット合計": both sides netted (MoF's net flows), never one side's total
    (r"対外・対内証券投資(?:の)?(?:ネット)?(?:合計)?|ネット合計", "net_flows", "total"),
    # (not in the release's name, which names both sides: "対外及び対内証券売買契約等", "対外対内証券投資売買契約")
    (r"(?<!対外)(?<!対外・)(?<!及び)(?<!および)(?<!対外と)(?:対内証券投資|対内証券)", "liabilities", "total"),
    (r"対内短期債", "liabilities", "st_debt"),
    (r"対内中長期債", "liabilities", "lt_debt"),
    (r"対外(?:中長期)?債券(?:\(中長期債\)|（中長期債）)?|外国債券|外債", "assets", "lt_debt"),
    (r"対外株式|外国株(?:式)?|海外株(?:式)?|株式・投資ファンド持分|外株", "assets", "equity"),
    (r"対外証券投資|外国証券|海外証券", "assets", "total"),
    (r"対外短期債", "assets", "st_debt"),
    # "米長期債を売却": US long-term Treasuries (the press's 米長期債 is the Treasury market's, "米長期債利回り")
    (r"米?財務省証券|米国債|米債|(?:米国|アメリカ)(?:の)?(?:国債|ソブリン債)|米(?:国)?(?:中)?長期債(?!利回り|金利|相場|市場|先物)",
     "tic", "treasuries"),  # "財務省証券": TIC's "Treasury securities"
    (r"対米証券投資|長期有価証券", "tic", "us_securities"),
    (r"対内(?:中長期)?債券|日本国債|国債", "liabilities", "lt_debt"),
    (r"対内株式|日本株|国内株", "liabilities", "equity"),
    # "日本の長期債", "国内の短期債": Japanese debt, which only non-residents' trades (対内) hold
    (r"(?:日本|国内)の?(?:中)?長期債", "liabilities", "lt_debt"),
    (r"(?:日本|国内)の?短期債", "liabilities", "st_debt"),
    # bare MoF lines (中長期債, 短期債, 株式: "対外証券投資は株式が…の流入超", "海外投資家の投資は中長期債が…"): both sides
    # have them; the subject or the sentence's 対外/対内 decides whose
    (r"中長期債", None, "lt_debt"),
    # "株式と債券", "株式・債券": MoF's subtotal, equity and long-term debt (not "株式と債券をそれぞれ", one figure each)
    # ("株式と中長期債を合わせて": MoF's own line name)
    (r"(?:株式|株)(?:と|・|及び|および)(?:中長期債(?:券)?|債券)(?!.{0,15}それぞれ)|(?:中長期債|債券)(?:と|・)株式(?!.{0,15}それぞれ)",
     None, "subtotal"),
    # "長期債が9070億円、短期債が7443億円の取得超": the press's shorter name of MoF's 中長期債 (not 超長期債, a JGB
    # maturity, nor a yield or a market: "長期債利回り", "長期債市場")
    (r"(?<![中超])長期債(?!利回り|金利|相場|市場|先物)", None, "lt_debt"),
    (r"短期債", None, "st_debt"),
    (r"株式(?!市場|相場|会社|分割|スワップ)", None, "equity"),
]


def act_direction(act: str) -> int | None:
    """+1 for buying / rises, -1 for selling / falls, None when the words name neither."""
    if re.search(r"buy|bought|purchas|inflow|gain|ris|increas|addition|winning|買|取得|増", act, re.I):
        return 1
    if re.search(r"sell|\bsold\b|sale|outflow|declin|fall|losing|drop|decreas|reduc|売|処分|減", act, re.I):
        return -1
    return None
