"""`ustflow check` on a yen amount told in a Japanese sentence on an intervention, or in the sentence right after one,
whose own words name nothing else it could be (``check.interventions.intervention_in_context``, session 22): "介入に使った
資金の総額は2兆8382億円", "…為替介入金額の最新データが公表された。…によれば2兆8,382億円とのこと"; and a total over "二日間"
after the days named (``check.totals``). Real articles' sentences (development batches 14, 15, 16, 19); the values
expected are MoF's (the curated interventions table the store loads)."""

from __future__ import annotations

import pytest

from tests.helpers import claim_containing
from ustflow.views.check import check_text


@pytest.mark.parametrize("text, date, figure, value", [
    # the intervention named in the amount's own sentence, not as 介入額 (ntv, batch 14)
    ("これについて、財務省は、8月30日から9月28日までの介入に使った資金の総額は2兆8382億円だったと公表しました。",
     "2022-09-30", "2兆8382億円", 2838.2),
    # the amount after the sentence naming the intervention's data (kadekul, batch 19)
    ("政府日銀による為替介入金額の最新データが公表された。財務省の当該ページによれば2兆8,382億円とのこと。", "2022-10-04",
     "2兆8,382億円", 2838.2),
    # the year's cumulative amount after the sentence on the year's interventions (universalitem, batch 16)
    ("24年は円安・ドル高の進行をけん制するために、政府・日本銀行は4、5、7月に円買い・ドル売りの為替介入に動いたようです。"
     "累計は15兆円超と、年間で過去最大となったようです。", "2025-01-15", "15兆円", 15323.5),
    # the total of the two days named in the sentence before (fujitv, batch 15)
    ("この期間に政府・日銀は、7月11日と12日の二日連続で円買いドル売りの介入を実施し、7月11日には3兆1678億円、翌12日には"
     "2兆3670億円を投じていました。 二日間の合計は5兆5348億円です。", "2024-11-08", "5兆5348億円", 5535.0),
])
def test_a_yen_amount_on_an_intervention_is_its_size(data, text, date, figure, value):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["measure"] == "intervention"
    assert rec["verdict"] == "supported"
    assert rec["official_value"] == pytest.approx(value, abs=0.5)


@pytest.mark.parametrize("text, date, figure", [
    # reserves told after an intervention: no intervention's size (universalitem, batch 16)
    ("24年は円安・ドル高の進行をけん制するために、政府・日本銀行は4、5、7月に円買い・ドル売りの為替介入に動いたようです。"
     "外貨準備高のうち外国債券などの証券は9175億ドルと23年12月末から876億ドル減ったようです。", "2025-01-15", "9175億ドル"),
])
def test_no_intervention_where_the_sentence_names_another_thing(data, text, date, figure):
    rec = claim_containing(check_text(text, date=date, store=data), figure)
    assert rec["measure"] != "intervention"
