"""Chinese read through the checker's Japanese grammar.

Chinese and Japanese share the script and most of the vocabulary of these releases, and their numerals are the same
system (万亿 = 兆, 亿 = 億; "2.7717万亿日元" is "2.7717兆円"): what the Japanese grammar lacks to read a Chinese story is the
Chinese spelling of the releases' terms and the few places where Chinese orders its words otherwise. ``read`` rewrites
a Chinese text (simplified or traditional: mainland, Hong Kong and Taiwan usage) into what the Japanese grammar reads
and keeps, for every character of the reading, the characters of the original it came from, so that every claim is
quoted in the article's own words (``rewrite.Rewrite``; ``reading`` does the same for the Chinese paragraphs of a page
in another language, a Japanese post quoting a Chinese flash). It is no translator: a sentence keeps its Chinese
words, order and grammar except for these:

- the script: traditional characters of the releases' vocabulary to simplified (經常帳 = 经常账, 債 = 债), one character
  for one; a scraper's pinyin glosses after characters ("財(cái)政") are dropped, and so is the space Chinese
  typesetting puts between Han characters and digits ("日本 9 月增持 89 亿美元"); the full-width comma is the clause's comma;
- numerals and units: 万亿/萬億 = 兆 (Taiwan's 兆 too), 亿/億 = 億; a Chinese number word in a count ("连续第三个月") as its digit; 美元 =
  ドル, 日元/日圆/日圓 = 円 (Hong Kong dollars 港元 and yuan 元 stay unread: no official series is in those currencies); a
  sign written as a word, 负 (minus) = ▲; over and nearly, written before the figure, after it as Japanese writes them
  (超过/逾/超 X = X超, 近/将近/接近 X = X近く);
- the releases' terms, each as the Japanese releases write it: the current account and its items (经常项目/经常账 =
  経常収支, 货物贸易 = 貿易収支, 服务收支 = サービス収支, 第一次所得/初次收入 = 第1次所得収支, 旅游收支/旅游贸易 =
  旅行収支 (a commodity's imports, 原油进口额, stay as written), 金融账 = 金融収支, 直接投资收益 = 直接投資収益, 季节调整后 = 季節調整済み), surplus and deficit (顺差/盈余 = 黒字, 逆差 = 赤字),
  holdings (持有 = 保有, 减持规模为 = 減少額は (the size of a cut), 美债/美国国债 = 米国債, 外国主要债权人 =
  外国の主要債権者, 第N大债权国 = 第N位の保有国, TIC's holders by their Japanese names: 比利时 = ベルギー), MoF's securities flows (净买进/买超 = 買い越し, 净卖出/卖超 =
  売り越し, 外国债券 = 外国債券, 外资/外国投资者 = 海外投資家, 日本投资者 = 国内投資家, 寿险公司 = 生保), TIC's flows by kind
  as the Japanese stories name them (美国长期证券 = 米国長期証券, 企业债券 = 米国社債, 机构债 = 米国機関債, 美国股市 = 米国株,
  净出售 = 売り越し, 数据 = データ; 外国私人/外国官方机构 = 外国民間投資家/海外の公的機関, parts with no series; 银行流水, TIC's
  banking flows, no bank's trades; a total "进行一些调整后", after the release's adjustments, its estimate 見込み), interventions
  (外汇干预/干预汇市 = 為替介入; 外汇储备(余额) = 外貨準備高, no series of the store's), pension funds (养老金/养老基金 =
  年金), the mainland (大陆/内地 = 中国), and the words of periods, runs and records (上周 = 先週, 前一周 = 前週, 当月 =
  同月, 前一个月 = 前月, 前值 = 前回値 (the previous figure), 同比/按年 = 前年同月比, 按月/环比 = 前月比, 连续N个月 = 連続Nカ月, 从X起…一直低于Y = Xから…一貫してYを下回っている (a line held since), 连续N个月低于Y = Nカ月連続でYを下回った, N个月来首次 = Nカ月ぶりの, X以来最高 =
  X以来の高水準 (a level's), N年(半/多)来新低 = N年(半/余り)ぶりの低水準, 自X来 = X以来, X年年中 = X年半ば, X以来首次 = X以来初めて, 以来同期新高 = among the same month
  of each year, 历史新高/创纪录的 = 過去最高, 刷新纪录 = 過去最高を更新), a holder's place (第N大持有国/持有人 = 第N位の保有国, 位居第N/排名第N = は第N位,
  第四为X = 第4位はX, 第N大债权国仍是X = 第N位の保有国はX, 持有最多美债的国家 = 最大の保有国), sharp moves (激增, 剧减, 大砍 =
  増加, 減少),
  分别 = それぞれ (the figures after it take the periods named before it, in order: ``respective_periods``); a unit said once
  after the last of a list or a move is every figure's ("6723亿、3324亿、3318亿美元", "从9043亿降至8650亿美元", "2、3月" = 2月、3月);
- the grammar words Japanese has for them: the attributive 的 = の, the clause's comma = 、, the verb that makes a
  balance the topic (经常项目为…, 金融账录得…) = は;
- word order where Chinese differs: the amount of a change or an outflow after its verb ("减持美债113亿美元", "同比缩小
  2.07万亿日元", "净流出12,390亿日元") goes before it, as Japanese puts it ("米国債113億ドル減らした"; with no securities named, 减持's 持 is "保有"); a revision "由X修正为Y" is
  "XからYに修正" (X an earlier print); a first print "初值为X" is "速報値ではX"; a span "9月29日至10月27日" is "…から…まで"; an
  economists' forecast ("预期的逆差X", "X的预期") is "市場予想はX"; a comma splice before a clause with its own month is a
  full stop, and so is a clause after a semicolon or opening with 另外/此外 (besides); a move from one level to another "从A降至B" is "AからBに減少", a
  move's result "增加X至Y" is "X増加してYに", a record reached "创新高至X" is "過去最高のXに", a change against a month
  "较8月" is "8月比" (against the month before, "比上月", "前月比"), a move's result after a comma "增加X,达到Y" is
  "X増加してYに", a holder overtaking another "超过中国成为" is
  "中国を抜いて", the yen's rate "日元对美元汇率约为142.2比1" is the dollar's "ドル円相場142.2円"; a list of amounts
  moves with its verb ("分别减持A、B和C" = "それぞれA、BとC減らした");
  an agency's dateline opening a paragraph ("新华社华盛顿11月16日电") is bracketed as a Japanese one, so that
  its day is no period.

What the grammar then reads is what it reads in Japanese, with its rules (periods through the release calendar, a
holder carried from the sentence before, wrong numbers still caught). Measured on batch 26's 18 Chinese articles (219
claims, opened in session 33, the rules written from them): 34 right before, 182 after, with ``--date``; on batch 27's
16 (263 claims; 124 right while blind, session 33), 207 after the rules session 34 wrote from them and batch 26's
(batch 26: 185), true claims called contradicted 11 -> 0 of 188 in the two batches. Session 35's rules, from batch 28's 10 (177 claims; 89
right while blind, session 34): batch 28 117 after, batches 26-27 390 -> 393 of 482, true claims called contradicted in
the three batches 4 -> 1 of 276. Session 36's, from batch 29's 10 (148 claims; 93 right at its opening; holder lists, TIC's flows
by kind, a unit said once for a list): batch 29 110 after, batches 26-28 513 -> 536 of 659, true claims called contradicted
in the four batches 3 -> 2 of 335."""

from __future__ import annotations

import re
from collections.abc import Callable

from ustflow.check.language import unread
from ustflow.check.rewrite import Rewrite

#: traditional characters of these releases' vocabulary, to simplified (one for one, so positions stay)
_TRAD = dict(zip(
    "國債經帳賬財務買賣淨進萬億圓週當續個連資擴張額貨幣貿際從來錄為與於對減創歷紀順餘馀虧匯滙預儲備權長據數顯電華區庫發實現單總計後較統損漲轉變動場價業證劵韓臺灣歐項時間處點們會產還這邊達結兩佈値兌內別劇堅"
    "報寬斷暫節約紅線緩聞聯蕩規觸記該調負貶過關陸隨雖響頓類雙銀貸營廣東門開專體舊應劃僅標樣機氣測準滿無獲環確種稅積穩級純組給維縮績繼義舉術製複視訊設評認說談論識議費質購趨輸運釋鋼錢險離難題風驗鬆壽倉盤幾彈"
    "託衝廠擊歲溫競簽絕細網習職試詢話請講護讓貴車軍輪辦鐵閉隊雜須飛馬麼齊龍歸頭跡筆廳禮問員強縣鄉獨濟羅蘭爾愛盧紐倫傳構團極協戶園緊圍勢態導農醫藥築壓殘擬將階層屆補償遊島烏爲養拋躍訂",
    "国债经账账财务买卖净进万亿圆周当续个连资扩张额货币贸际从来录为与于对减创历纪顺余余亏汇汇预储备权长据数显电华区库发实现单总计后较统损涨转变动场价业证券韩台湾欧项时间处点们会产还这边达结两布值兑内别剧坚"
    "报宽断暂节约红线缓闻联荡规触记该调负贬过关陆随虽响顿类双银贷营广东门开专体旧应划仅标样机气测准满无获环确种税积稳级纯组给维缩绩继义举术制复视讯设评认说谈论识议费质购趋输运释钢钱险离难题风验松寿仓盘几弹"
    "托冲厂击岁温竞签绝细网习职试询话请讲护让贵车军轮办铁闭队杂须飞马么齐龙归头迹笔厅礼问员强县乡独济罗兰尔爱卢纽伦传构团极协户园紧围势态导农医药筑压残拟将阶层届补偿游岛乌为养抛跃订"))
_TRAD_RX = re.compile(f"[{''.join(_TRAD)}]")
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü\u00e0-\u01dc]+\)")
_CN_DIGITS = {"一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
              "九": "9", "十": "10"}
_CN_N = r"[一二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?"


def _cn_number(s: str) -> str:
    if s.isdigit():
        return s
    if len(s) == 1:
        return _CN_DIGITS[s]
    if s[0] == "十":
        return "1" + _CN_DIGITS[s[1]]
    tens = _CN_DIGITS[s[0]]
    return tens + (_CN_DIGITS[s[2]] if len(s) > 2 else "0")


#: a holder's noun after its place, "第二大债主", "第10大海外美债持有国"
_HOLDER = r"(?:的)?(?:「|“)?(?:海外|外国)?(?:美国国债|美债)?(?:债权国|债主|持有国|持有人|持有者)(?:」|”)?"


def _nth_holder(n: str) -> str:
    """The n-th holder as the Japanese grammar reads it: "第2位の保有国"; with two digits "第10の保有国" (its "第N位の"
    is of one digit)."""
    n = _cn_number(n)
    return f"第{n}位の保有国" if len(n) == 1 else f"第{n}の保有国"


_UNIT = {"个月": "カ月", "月": "カ月", "周": "週", "星期": "週", "年": "年", "个季度": "四半期", "季度": "四半期"}

#: the releases' terms, in simplified script, and the Japanese the grammar reads; longest first within a family
_TERMS: list[tuple[str, str | Callable[[re.Match], str] | None]] = [
    # holdings of Treasuries (TIC)
    (r"美国国债|美国公债|美国政府债券|美国债券|美债", "米国債"),
    (r"外国主要债权人|主要外国债权人", "外国の主要債権者"),
    # "持有最多美国国债的国家": the country that holds the most, the largest holder
    (r"(?:持有|持仓)(?:最多|最大)(?:的)?(?:美国国债|美国公债|美国债券|美债)?的(?:国家|国|经济体)", "最大の保有国"),
    (r"(?:最大|第一大)(?:的)?(?:「|“)?(?:海外|外国)?(?:债权国|债主|持有国|持有人|持有者)(?:」|”)?", "最大の保有国"),
    (rf"第({_CN_N}|\d+)大{_HOLDER}", lambda m: _nth_holder(m.group(1))),
    # a holder's place, "位居第二", "持仓规模保持在第3位", "排名(为)第十": Japanese "第2位" (not the place of a holder named
    # after it, "维持第10大海外美债持有国": read above); "第四为比利时": the fourth is Belgium
    (rf"(?:位居|位列|居于|居|(?:排名|排在|名列)(?:为|是)?|保持在?|维持在?)第({_CN_N}|\d+)(?![\d一二三四五六七八九十]|大{_HOLDER})(?:位|名|大)?的",
     lambda m: f"第{_cn_number(m.group(1))}位の"),
    (rf"(?:位居|位列|居于|居|(?:排名|排在|名列)(?:为|是)?|保持在?|维持在?|(?:滑落|跌|降|退|升|跃升)至)第({_CN_N}|\d+)"
     rf"(?![\d一二三四五六七八九十]|大{_HOLDER})(?:位|名|大)?", lambda m: f"は第{_cn_number(m.group(1))}位"),
    (rf"(?<![\d年])第({_CN_N}|\d+)(?:位|名)?(?:为|是)(?![\d,.])", lambda m: f"第{_cn_number(m.group(1))}位は"),
    (r"规模", "規模"),
    (r"(?:债权国|债主)", "保有国"),
    (r"持有|持仓", "保有"),
    (r"减持(?:的)?规模(?:为|是|达)?", "減少額は"),  # "6月减持规模为93亿美元": the size of the cut, a change
    (r"增持(?:的)?规模(?:为|是|达)?", "増加額は"),
    (r"减持", "減らした"),
    (r"增持", "増やした"),
    # TIC's flows, as the Japanese stories name their kinds: long-term US securities, corporate and agency bonds, US
    # stocks; a part of all foreigners (private, official: no series); TIC's banking flows are no bank's trades (below)
    (r"长期美国证券|美国长期证券", "米国長期証券"),
    (r"(?:美国)?(?:企业|公司)债(?:券)?", "米国社債"),
    (r"(?:美国)?(?:政府)?机构债(?:券)?", "米国機関債"),
    (r"美国股市(?:资产)?", "米国株"),
    (r"(?:外国|海外)私人(?:投资者|投资人|资金|资本|部门)?", "外国民間投資家"),
    (r"(?:外国|海外)官方(?:投资)?(?:机构|资金|资本|部门)?", "海外の公的機関"),
    (r"美国财政部|美国财长|美财政部", "米財務省"),
    (r"日本财务省|财务省", "財務省"),
    (r"美国", "米国"),
    # TIC's holders, as Japanese names them
    (r"韩国", "韓国"), (r"比利时", "ベルギー"), (r"卢森堡", "ルクセンブルク"), (r"开曼群岛", "ケイマン諸島"),
    (r"瑞士", "スイス"), (r"爱尔兰", "アイルランド"), (r"沙特阿拉伯|沙乌地阿拉伯|沙地阿拉伯|沙特", "サウジアラビア"), (r"巴西", "ブラジル"),
    (r"加拿大", "カナダ"), (r"新加坡", "シンガポール"), (r"印度(?!尼)", "インド"), (r"法国", "フランス"),
    (r"德国", "ドイツ"), (r"俄罗斯", "ロシア"), (r"挪威", "ノルウェー"), (r"中国大陆|大陆|中国内地|内地", "中国"),
    (r"公布|发布|公佈|发表", "発表"),
    (r"分别|各自", "それぞれ"),  # respectively: the figures after it take the holders or periods named, in order
    # the balance of payments
    (r"国际收支", "国際収支"),
    (r"经常项目收支|经常项目|经常账户|经常账|经常收支", "経常収支"),
    (r"(?:包含|包括)(?:货物|商品)(?:及|和|与)服务(?:的|在内的)?整体贸易收支", "貿易・サービス収支"),
    (r"货物及服务|商品及服务项目|商品及服务|货物和服务|货物与服务", "貿易・サービス収支"),
    (r"货物贸易收支|货物贸易|商品贸易收支|商品贸易|贸易收支", "貿易収支"),
    (r"服务贸易收支|服务贸易|服务收支", "サービス収支"),
    (r"旅游收支|旅行收支|旅游贸易收支|旅游贸易", "旅行収支"),
    # a commodity's trade ("原油进口额") is no item of the balance of payments: left as written
    (r"(?:原油|石油|天然气|液化天然气|煤炭|能源|汽车|半导体)(?:的)?(?:进口|出口)(?:额|量|总额|总值)?", lambda m: m.group(0)),
    (r"第一次所得收支|第一次所得|初次收入|初次所得", "第1次所得収支"),
    (r"第二次所得收支|第二次所得|二次收入", "第2次所得収支"),
    (r"所得收支", "所得収支"),
    (r"直接投资(?:的)?收益", "直接投資収益"),
    (r"证券投资(?:的)?收益", "証券投資収益"),
    (r"直接投资", "直接投資"),
    (r"证券投资", "証券投資"),
    (r"欧洲", "欧州"),
    (r"未经?季节性?(?:因素)?调整(?:的)?", "季節調整前の"),
    (r"经?季节性?(?:因素)?调整后(?:的)?", "季節調整済みでは"),
    (r"金融账户|金融账", "金融収支"),
    (r"顺差|盈余", "黒字"),
    (r"逆差", "赤字"),
    (r"出口(?:品)?(?:总额|额|价值|总值)", "輸出額"),
    (r"进口(?:品)?(?:总额|额|价值|总值)", "輸入額"),
    (r"贸易平衡|贸易(?=也|恢复|转为|出现|录得|顺差|逆差)", "貿易収支"),
    # MoF's securities flows
    (r"净买进|净买入|净购入|买入超|买超", "買い越し"),
    (r"净卖出|净抛售|卖出超|卖超", "売り越し"),
    (r"外国投资者|海外投资者|外国投资人|海外投资人|外国居民|外资", "海外投資家"),
    (r"日本投资者|日本投资人", "国内投資家"),
    (r"投资家", "投資家"),
    (r"净(?:采购|购买|买)", "買い越し"),
    (r"净(?:出售|销售|售|卖)", "売り越し"),
    (r"买入|买进|购入", "購入"),
    (r"卖出|出售", "売却"),
    (r"(?:外国|海外)中长期债券", "外国中長期債"),
    (r"外国债券|海外债券|外债", "外国債券"),
    (r"外国股票|海外股票", "外国株式"),
    (r"日本股票|日股", "国内株式"),
    (r"日本中长期国债", "国内中長期債"),
    (r"日本债券|日债", "国内債券"),
    (r"货币市场工具", "短期債"),
    (r"股票", "株式"),
    # (TIC's banking flows, "银行流水", "银行现金流", "银行自身对外国居民…的净负债", are no bank's trades: not read)
    (r"日本央行", "日本銀行"), (r"银行(?!流水|现金流|资金流|流动|自身|对外)", "銀行"), (r"投资信托", "投資信託"),
    (r"(?:日本)?(?:寿险公司|人寿保险公司|寿险业者|寿险)", "生保"),  # (日本寿险公司: Japan's life insurers, not 日本生命)
    (r"养老基金|退休基金|养老金", "年金"),
    # FX reserves (外貨準備: no series of the store's), interventions
    (r"外汇储备(?:余额|规模|总额)?", "外貨準備高"),
    (r"外汇市场干预|外汇干预|干预外汇市场|干预汇市|汇市干预", "為替介入"),
    # periods, runs, records
    (r"上周", "先週"),
    (r"前一周|上一周|前一星期", "前週"),
    (r"当周", "の週"),
    (r"前值", "前回値"),
    (r"(?:经)?(?:修正|修订)后(?:的)?", "改定値の"),  # "从7月经修正后的3534亿美元增至…": the revised figure of July
    (r"当月", "同月"),
    # a change against a month named, "较8月减少5亿美元", "比10月激增": Japanese "8月比"
    (r"(?:较|比|相较于?|相比于?)((?:\d{4}年)?\d{1,2}月)(?:份|底|末)?", lambda m: f"{m.group(1)}比"),
    (r"(?:较|比)(?:上月|上个月|前一个月|前月)", "前月比"),
    (r"前一个月|上个月|上月", "前月"),
    (r"去年同期|上年同期", "前年同月"),
    (r"(?:较|比)(?:去年|上年)同期|同比|按年", "前年同月比"),
    (r"按月|环比", "前月比"),
    (r"截至", ""),
    (r"月底|月末", "月末"),
    (r"(?<=\d)月份", "月"),
    (r"上半年", "上期"),
    (r"下半年", "下期"),
    (rf"连续第?({_CN_N}|\d+)(个月|月|周|星期|个季度|季度|年)", None),  # runs: read by ``_run``
    (rf"第({_CN_N}|\d+)(个月|周|个季度)", None),
    (r"历史新高|历史纪录|历史最高|纪录新高|历史高位|(?<=创)新高", "過去最高"),
    (r"刷新(?:了)?(?:历史)?纪录", "過去最高を更新"),
    # "为有记录以来的最大净卖出额": since records began, Japanese 過去最大 (a record over the whole series)
    (r"(?:自)?有(?:记录|纪录|统计)以来(?:的)?最(大|高|低|小)(?:的)?", lambda m: f"過去最{m.group(1)}の"),
    (r"创(?:下)?纪录(?:的)?(?=[\d,.]+(?:万亿|亿))", "過去最高の"),  # "增至创纪录的9.355万亿美元": a record level
    (r"历史新低|历史最低", "過去最低"),
    (r"以来(?:的)?(?:首次|第一次|首度)", "以来初めて"),  # "自2019年6月以来首次增持": the first since
    (r"以来(?:的)?同期(?:新高|最高)", "以来この時期としては最高"),  # among the same month (period) of each year
    (r"以来(?:的)?同期(?:新低|最低)", "以来この時期としては最低"),
    # "为2017年1月以来最低", "创2007年以来最高水平": a level's (Japanese 以来の低水準, 高水準); "最大额度" stays a flow's 最大
    (r"以来(?:的)?(?:新高|最高|最多)(?:水平)?", "以来の高水準"),
    (r"以来(?:的)?(?:新低|最低|最少)(?:水平)?", "以来の低水準"),
    (r"增长|增加|上升|大增|提高|激增|剧增|猛增|骤增|暴增|急增", "増加"),
    (r"减少|下降|下跌|降低|回落|下滑|大降|剧减|骤减|锐减|暴减|急减|大减|大砍", "減少"),
    (r"缩小|收窄", "縮小"),
    (r"扩大|扩张", "拡大"),
    (r"净流出", "の流出"),
    (r"净流入", "の流入"),
    # the grammar words that are Japanese's: the attributive 的 (の), the clause's comma (、; a comma between digits
    # groups thousands), the total (总额 = 総額)
    (r"(?<!目)的(?!确|话)", "の"),
    (r"(?:(?<=美元|日元|日圆)|(?<=[亿%]))(?:和|及|与)(?=(?:约|逾)?\d)", "と"),  # the last of a list of figures, "31亿美元、42亿美元和23亿美元"
    (r"(?<!\d),|,(?!\d)|，", "、"),
    (r"总额|总计", "総額"),
    (r"长期", "長期"), (r"证券", "証券"), (r"数据", "データ"),  # (after the terms that hold them: 证券投资收益)
    # currencies and numerals
    (r"万亿|萬億", "兆"),
    (r"(?<=\d)亿", "億"),
    (r"美元", "ドル"),
    (r"日元|日圆", "円"),
    (r"约合|约", "約"),
    (r"一度|日高|日低|盘中", "一時"),
]
_RX = re.compile("|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_TERMS)))
_RUN = re.compile(rf"(连续)?第?({_CN_N}|\d+)(个月|月|周|星期|个季度|季度|年)")


def _run(m: re.Match) -> str:
    n = _cn_number(m.group(2))
    unit = _UNIT[m.group(3)]
    return f"連続{n}{unit}" if m.group(1) else f"{n}{unit}目"


def _term(m: re.Match) -> list:
    i = int(m.lastgroup[1:])
    rep = _TERMS[i][1]
    if rep is None:
        return [_run(_RUN.fullmatch(m.group(0)))]
    if callable(rep):
        return [rep(re.fullmatch(_TERMS[i][0], m.group(0)))]
    return [rep]


#: a sharp move, "激增近600亿美元", "大砍796亿美元": a rise or a fall (増加, 減少) as any other
_SHARP = r"激增|剧增|猛增|骤增|暴增|急增|剧减|骤减|锐减|暴减|急减|大减|大砍"
#: (Taiwan writes 兆 for 万亿, and "1兆1476亿美元" as Japanese does)
_AMOUNT = r"[\d,.]+(?:(?:万亿|兆)(?:[\d,]+亿)?|亿|万)?(?:美元|日元|日圆)"
#: a qualifier before a figure: about, over, nearly ("约", "超过30亿美元", "逾490亿日元", "近600亿美元"); Japanese writes
#: over and nearly after the figure ("30億ドル超", "600億ドル近く": ``_QUALIFIED``)
_ABOUT = r"(?:约|逾|超过|(?<![买卖出入])超|将近|接近|(?<![最附逼])近)?"
#: word order: Chinese puts the amount of a change after its verb and the securities ("减持美债113亿美元", "小幅增持美国
#: 国债3亿美元"), Japanese before the verb ("米国債を113億ドル減らした"): the verb is moved after the amount
_TREASURIES = r"(?:美债|美国国债)"
#: (a list of amounts, "分别减持美债37亿美元、19亿美元和26亿美元", moves with its verb, the securities after it too:
#: "分别减持1,732亿美元、508亿美元美国国债")
_CHANGE_ORDER = re.compile(rf"(减持|增持)(了)?({_TREASURIES}?)((?:小幅)?)({_ABOUT}{_AMOUNT}(?:(?:、|,|，|和|及){_ABOUT}{_AMOUNT})*)"
                           rf"((?(3)|{_TREASURIES}?))")
#: a figure revised, "由净买入4869亿日元修正为净买入4853亿日元": Japanese "4869億円から4853億円に修正" (the first is an
#: earlier print); an earlier print named, "初值为9731亿日元": Japanese "速報値では"
_FLOW_WORD = r"(?:净买进|净买入|净卖出|买超|卖超)?"
_REVISED = re.compile(rf"由({_FLOW_WORD})((?:约)?{_AMOUNT})(?:上调|下调|上修|下修|修正|修订|调整)为({_FLOW_WORD})((?:约)?{_AMOUNT})")
_FIRST_PRINT = re.compile(rf"初值(?:为|是)({_FLOW_WORD})(?=(?:约)?{_AMOUNT})")
#: an economists' forecast beside the figure, "预期的逆差8,802亿日元", "给出了1.558万亿日圆的预期": Japanese "市場予想は…の
#: 赤字" (``bop_items.POLL_BEFORE``)
_FORECAST = re.compile(rf"(?:市场)?(?:预期|预测|预估)(?:的)?(顺差|逆差|盈余)?((?:约)?{_AMOUNT})")
_FORECAST_AFTER = re.compile(rf"((?:约)?{_AMOUNT})的(?:市场)?(?:预期|预测|预估)")
#: a sign written as a word before a figure, "负1,862亿日元" (minus), "正2,220亿日元" (plus): Japanese ▲ and none
_SIGNED = re.compile(r"(负|正)(?=[\d,.]+(?:万亿|亿|万)?(?:美元|日元|日圆))")
#: the same for a move: "同比缩小2.07万亿日元", "按年下跌1.0%": Japanese "2.07兆円縮小", "1.0%減少" (the amount first)
_MOVE_ORDER = re.compile(rf"({_SHARP}|增加|减少|下降|上升|增长|缩小|扩大|收窄|扩张|下跌|大降|大增|降低|提高|回落|下滑|净流出|净流入|"
                         rf"(?<=略|微)[增减])(了)?"
                         rf"({_ABOUT}(?:{_AMOUNT}|[\d.]+%))")
#: a move from one level to another, "从6月的7560亿美元降至7310亿美元", "从1.148万亿美元增至1.151万亿美元": Japanese "…から…に
#: 減少/増加"; a move's result after it, "增加89亿美元至1.19万亿美元", "降至6,826亿美元": "89億ドル増加して1.19兆ドルに"
_UP = r"激增|剧增|猛增|骤增|暴增|急增|增加|增长|上升|攀升|回升|升|增"
_DOWN = r"剧减|骤减|锐减|暴减|急减|大减|大砍|减少|下降|下跌|回落|下滑|滑落|降|减|跌"
_RECORD_TO = re.compile(rf"创(?:下)?(?:历史|纪录)?新高(?:至|到|达)((?:约)?{_AMOUNT})")  # "创新高至7,281亿美元": 過去最高の…に
_FROM_TO = re.compile(rf"从([^,，。;；从至]{{0,12}}?)((?:约)?{_AMOUNT})(?:的水平)?({_UP}|{_DOWN})(?:至|到)((?:约)?{_AMOUNT})")
_TO = re.compile(rf"({_UP}|{_DOWN})?至((?:约)?{_AMOUNT})")
#: a move's result after a comma, "增加135亿美元,达到1.1万亿美元", "增持87亿美元,至6,545亿美元", "减少了19亿美元,降至7750亿美元"
#: (the amount already before its verb): "135億ドル増加して1.1兆ドルに"
_REACHED = re.compile(rf"({_UP}|{_DOWN}|增持|减持)[,，]\s*(?:并|并且)?(?:达到|达|至|到|(?:{_UP}|{_DOWN})(?:至|到))((?:约)?{_AMOUNT})")
#: over and nearly, after the figure as Japanese writes them: "超过30亿美元" = "30億ドル超", "近600亿美元" = "600億ドル近く"
_QUALIFIED = re.compile(rf"(逾|超过|(?<![买卖出入])超|将近|接近|(?<![最附逼])近)({_AMOUNT}|[\d.]+%)")


_RESULT = {"增持": "増やして", "减持": "減らして"}


def _move(word: str | None) -> str:
    return "" if not word else "増加" if re.fullmatch(_UP, word) else "減少"


#: the dollar's price in yen, "美元兑日元为146.69", "日元对美元汇率约为142.2比1" (yen to the dollar, the same price),
#: "美元兑日元突破145", "美元兑日元汇率…徘徊在115左右": Japanese writes the
#: yen after the rate ("146.69円"); "一度" (for a moment), "日高"/"日低" (the day's high, low) are within the day (一時)
_FX = re.compile(r"(美元兑日元|美元对日元|日元兑美元|日元对美元)(?:汇率)?([^,，。]{0,14}?)(?<![\d.])(\d{2,3}(?:\.\d{1,2})?)"
                 r"(?:比1|[:：]1)?(?![\d.%亿万月日年])(左右|附近)?")
#: a comma splice: a clause that opens on its own month ("…,6月减持规模为93亿美元,7月小幅减持10亿美元") is a sentence of
#: its own, as Japanese and English would write it; so is a clause after a semicolon
_SPLICE = re.compile(r"[;；]|[,，](?=(?:\d{4}年)?\d{1,2}月(?!\d|份?[,，]|底|末|份?的)|另外|此外)")
#: the topic of a balance's sentence: Chinese marks it with the verb after the item ("金融账录得净流出", "经常项目为顺差"),
#: Japanese with は ("金融収支は", "経常収支は"): read after the terms are
_TOPIC = re.compile(r"(?<=収支)(?:录得|为|是)|(?<=の保有国)(?:仍然是|仍是|依然是|依旧是|还是|仍为|是|为)")
#: a holder overtaking another, "在6月超过中国成为美国第一大债权国": Japanese "中国を抜いて" (the one overtaken is no subject)
_OVERTAKE = re.compile(r"超过([\u4e00-\u9fff]{1,6}?)(?:而)?成为")
#: a span of days or months, "9月29日至10月27日(期间)", "7月到9月": Japanese "…から…まで"
_SPAN = re.compile(r"((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)(?:至|到|－|-|~|～)((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)(?:期间)?")
#: a conversion note, "1美元约合149日元": Japanese "1ドル=約149円"
_RATE = re.compile(r"1美元(?:约合|约|合|兑)(?:约)?(\d{2,3}(?:\.\d+)?)日元")
#: the first in N periods, "7个月来的首次增长": Japanese "7カ月ぶりの増加"
_FIRST_IN = re.compile(rf"(?<!\d)({_CN_N}|\d{{1,2}})(?:个(月|星期)|(年))(?:来|以来)(?:的)?首次")
#: a level not seen in N years, "创下16年来新低", "降至17年最低": Japanese "16年ぶりの低水準"
_YEARS_LOW = re.compile(rf"(?<!\d)({_CN_N}|\d{{1,2}})年(半|多)?(?:来|以来)?(?:的)?(?:(新低|最低|最少|低(?![于於]))|(新高|最高|最多|高(?![于於])))"
                        r"(?:水平)?")
#: since a month or a year, "自2014年9月来" (X来, as 以来), and "2009年年中" (the middle of the year): Japanese "2014年9月以来",
#: "2009年半ば"
_SINCE = re.compile(r"自?((?:\d{4}年)?\d{1,2}月|\d{4}年)(年中)?(?:以)?来(?!自)")
#: a level held beyond a line since a month, "从2022年4月起，中国的美债持仓一直低于1万亿美元": Japanese "2022年4月から、…
#: 一貫して1兆ドルを下回っている" (a run of the state from that month: ``qualifiers_ja.JA_RUN_SINCE_RX``)
_HELD = rf"(?:一直|持续|始终)(?:都)?(?:在|处于|维持在)?(低于|高于)({_ABOUT}{_AMOUNT})(?:以下|之下|以上|之上)?"
_LINE_SINCE = re.compile(rf"(?:从|自)((?:\d{{4}}年)?\d{{1,2}}月)(?:起|开始|以来)(?=[,，]?[^。,，;；从]{{0,20}}?{_HELD})")
_LINE_HELD = re.compile(rf"(?<=から)([,，]?[^。,，;；]{{0,20}}?){_HELD}")
#: (for a run of months, "连续六个月低于1万亿美元": Japanese "6カ月連続で1兆ドルを下回った", a streak beyond the line)
_LINE_RUN = re.compile(rf"连续({_CN_N}|\d+)个月(?:都|均)?(?:在|处于)?(低于|高于)({_ABOUT}{_AMOUNT})(?:以下|之下|以上|之上)?")
#: a run named with its kind, "连续第26个盈余月份": Japanese "連続26カ月黒字"
_RUN_OF = re.compile(rf"连续第?({_CN_N}|\d+)个(顺差|逆差|盈余)(月份?|周)")
_SIGN = {"顺差": "黒字", "盈余": "黒字", "逆差": "赤字"}
#: an agency's dateline opening a paragraph, "新华社华盛顿11月16日电": bracketed, as a Japanese one ("【北京12月18日】"),
#: so that its day is no period of the sentence it opens
#: the space Chinese typesetting puts between Han characters and digits ("日本 9 月增持 89 亿美元", "从 2022 年 4 月起"):
#: dropped, as the figures and dates are written without it elsewhere
_SPACED = re.compile(r"(?<=[\d%])[ \u00a0\u2009\u3000]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \u00a0\u2009\u3000]+(?=\d)")
#: holders listed in order of their holdings: "前十名依序为：日本、英国、…", "持有美国公债前5名的国家地区依序为：日本（1.2兆美元）、…"
#: (the top n: Japanese "トップ10は"), "6至10名则为卢森堡（…）、…", "排在第三至第八位的分别是英国、巴西、…" (a range of places:
#: Japanese "6～10位：", not "6～10位は", which reads the last place as the first holder's); the n-th holder listed is in place n (``holder_lists``)
_LIST_OF = r"(?:的)?(?:国家(?:和|与|及)?地区|国家|经济体|持有国)?(?:则|則)?(?:依序|依次|分别)?(?:为|是)[：:,，]?"
_TOP_LIST = re.compile(rf"前({_CN_N}|\d{{1,2}})(?:名|位){_LIST_OF}")
_RANGE_LIST = re.compile(rf"(?:排在|排名)?第?({_CN_N}|\d{{1,2}})(?:名|位)?(?:至|到|－|-|～|~)第?({_CN_N}|\d{{1,2}})(?:名|位){_LIST_OF}")
#: a currency said once for a list or a move, after its last figure ("分别减持227亿、76亿美元", "分别为6723亿、3324亿、3318亿
#: 美元", "从8月的9043亿降至8650亿美元"): the figures before it are in it too
_N_YI = r"[\d,.]+(?:(?:万亿|兆)(?:[\d,]+亿)?|亿)"
_SHARED_UNIT = re.compile(rf"(?<![\d.,])({_N_YI})(?=(?:(?:、|,|，|和|及|与){_N_YI})*(?:、|,|，|和|及|与|(?:降|增|升|减|跌|涨)?至|到)"
                          rf"{_N_YI}(美元|日元|日圆))")
#: (the same of a list of months, "同年2、3月分别减持…": each its month, "2月、3月")
_SHARED_MONTH = re.compile(r"(?<![\d.,第])(\d{1,2})(?=(?:、\d{1,2})*、\d{1,2}月)")
#: TIC's long-term total after the release's adjustments ("进行一些调整后、…总体净买入美国长期证券720亿美元", "在计入调整因素
#:后、…净总额估计为52亿美元"): the release's estimate, in no file (Japanese "見込み", not read as a trade)
_ADJUSTED = re.compile(r"((?:进行|计入)[^。;；]{0,24}?调整(?:因素)?后[^。;；]*?)(?:净买入|净卖出|净购买|净总额|买超|卖超|净流入|净流出)")
_DATELINE = re.compile(r"(?m)^(\s*)((?:新华社|中新社|中新网|人民网|央视网|共同社|路透社|彭博社)[^\d\s。,、]{0,8}?\d{1,2}月\d{1,2}日电)")


def read(text: str) -> Rewrite:
    """``text`` in the spellings the Japanese grammar reads (see the module's docstring)."""
    r = Rewrite(text)
    r.sub(_TRAD_RX, lambda m: _TRAD[m.group(0)])  # one character for one: the script of the vocabulary
    r.sub(_PINYIN, [])
    r.sub(_SPACED, [])
    r.sub(_DATELINE, [1, "【", 2, "】"])
    r.sub(_SHARED_UNIT, lambda m: [1, m.group(2)])
    r.sub(_SHARED_MONTH, [1, "月"])
    r.sub(_LINE_SINCE, [1, "から"])
    r.sub(_LINE_HELD, lambda m: [1, "一貫して", 3, "を下回っている" if m.group(2) == "低于" else "を上回っている"])
    r.sub(_LINE_RUN, lambda m: [_cn_number(m.group(1)), "カ月連続で", 3, "を下回った" if m.group(2) == "低于" else "を上回った"])
    # (减持/增持 say holdings in their 持: with no securities named, "保有" stands for them)
    r.sub(_CHANGE_ORDER, lambda m: [3 if m.group(3) else 6 if m.group(6) else "保有", 5, 1])
    r.sub(_REVISED, [1, 2, "から", 4, "に修正"])
    r.sub(_FIRST_PRINT, [1, "速報値では"])
    r.sub(_ADJUSTED, [1, "見込み"])
    r.sub(_FORECAST, lambda m: ["市場予想は", 2] + (["の", _SIGN[m.group(1)]] if m.group(1) else []))
    r.sub(_FORECAST_AFTER, ["市場予想は", 1])
    r.sub(_SIGNED, lambda m: ["▲"] if m.group(1) == "负" else [])
    r.sub(_FX, lambda m: ["ドル円相場", 2, 3, "円", "前後" if m.group(4) else ""])
    r.sub(_SPLICE, ["。"])
    r.sub(_MOVE_ORDER, lambda m: [3, _move(m.group(1)) if len(m.group(1)) < 2 else 1])
    r.sub(_FROM_TO, lambda m: [1, 2, "から", 4, "に", _move(m.group(3))])
    r.sub(_RECORD_TO, ["過去最高の", 1, "に"])
    r.sub(_REACHED, lambda m: [_RESULT.get(m.group(1)) or _move(m.group(1)) + "して", 2, "に"])
    r.sub(_TO, lambda m: [_move(m.group(1)) or 1, "して", 2, "に"])
    r.sub(_QUALIFIED, lambda m: [2, "近く" if "近" in m.group(1) else "超"])
    r.sub(_OVERTAKE, [1, "を抜いて"])
    r.sub(_SPAN, [1, "から", 2, "まで"])
    r.sub(_RATE, ["1ドル=約", 1, "円"])
    r.sub(_FIRST_IN, lambda m: [_cn_number(m.group(1)), "年" if m.group(3) else "カ月" if m.group(2) == "月" else "週",
                                "ぶりの"])
    r.sub(_YEARS_LOW, lambda m: [_cn_number(m.group(1)), "年", {"半": "半", "多": "余り"}.get(m.group(2) or "", ""),
                                 "ぶりの", "低水準" if m.group(3) else "高水準"])
    r.sub(_SINCE, lambda m: [1, "半ば" if m.group(2) else "", "以来"] if m.group(2) or "以" not in m.group(0) else None)
    r.sub(_TOP_LIST, lambda m: ["トップ", _cn_number(m.group(1)), "は"])
    r.sub(_RANGE_LIST, lambda m: [_cn_number(m.group(1)), "～", _cn_number(m.group(2)), "位："])
    r.sub(_RUN_OF, lambda m: ["連続", _cn_number(m.group(1)), "週" if m.group(3) == "周" else "カ月", _SIGN[m.group(2)]])
    r.sub(_RX, _term)
    r.sub(_TOPIC, ["は"])
    return r


_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: words Chinese writes and Japanese does not
_ZH_ONLY = re.compile(r"亿|美元|日元|日圆|显示|顺差|逆差|经常项目|快讯|据悉|报道")


def reading(text: str) -> Rewrite | None:
    """The reading of ``text`` when it is Chinese (``read``), or of its Chinese paragraphs when it is another language's
    with some in Chinese (a Japanese page quoting a Chinese wire's flash), else None."""
    if is_chinese(text):
        return read(text)
    parts = re.split(r"(\n\s*\n)", text)
    if not any(is_chinese(p) for p in parts):
        return None
    # (a short one, a headline, when it has no kana and a word Japanese does not write: 亿, 美元, 显示)
    return Rewrite.join([read(p) if is_chinese(p) or (not _KANA.search(p) and len(_HAN.findall(p)) >= 8 and
                                                      _ZH_ONLY.search(p)) else Rewrite(p) for p in parts])


def is_chinese(text: str) -> bool:
    """Whether ``text`` is Chinese (``language.unread``: Han characters with next to no kana)."""
    got = unread(text)
    return got is not None and got[0] == "zh"
