"""A flow named in its own clause of cause or concession before a balance's figure ("自動車などの輸出が好調で、",
"輸出が好調だったものの、", "輸入増の影響で") is the cause's, not the figure's: the figure is the balance the sentence is
about (貿易黒字は). Real sentences from the claims corpus (development batches 13, 19); the values asserted are the store's
(BoJ ``boj.bop``, JPY 100 mn)."""

from __future__ import annotations

from tests.helpers import verdict_value_period as _got
from ustflow.views.check import check_text

# jcast-2011-02-08-ja-2010-current-account-three-year-rise (batch 19)
JCAST = ("財務省が2011年2月8日に発表した2010年の国際収支速報によると、モノやサービス、配当や利子など海外との総合的な取引状況を"
         "示す経常収支は17兆801億円の黒字となった。\n\nなお、同日に発表した10年12月の貿易黒字は、自動車などの輸出が好調で、"
         "前年同月比30.5%増の1兆1953億円だった。")
# asahi-megalodon-2008-02-13-ja-december-2007-surplus-down (batch 13)
ASAHI = ("財務省が13日発表した昨年12月の国際収支(速報値)によると、海外とのモノやサービスの取引を示す経常収支の黒字は前年同月比"
         "4.7%減の1兆6972億円となり、12カ月ぶりに減少した。\n\n 貿易黒字は、アジア向けを中心に輸出が好調だったものの、輸入増の"
         "影響で2カ月連続で減少し、同16.8%減の1兆134億円。")


def test_exports_doing_well_is_the_cause_of_the_trade_surplus(data):
    res = check_text(JCAST, date="2011-02-08", store=data)
    assert _got(res, "30.5%") == ("contradicted", 19.1, "2009-12 to 2010-12"), res
    assert _got(res, "1兆1953億円") == ("contradicted", 8946.2, "2010-12"), res


def test_a_concession_and_a_cause_of_flows_before_the_trade_surplus(data):
    res = check_text(ASAHI, date="2008-02-13", store=data)
    assert _got(res, "16.8%") == ("contradicted", -15.6, "2006-12 to 2007-12"), res
    assert _got(res, "1兆134億円") == ("contradicted", 11313.1, "2007-12"), res


def test_a_flow_with_its_own_figure_is_no_cause():
    from ustflow.check.bop_asides import _JA_CAUSE

    assert _JA_CAUSE.match("輸出が好調で、", 2) is not None
    assert _JA_CAUSE.match("輸出が1兆円で、", 2) is None  # (the clause holds the flow's own figure)
