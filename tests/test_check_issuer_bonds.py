"""`ustflow check` on Japanese residents' trades in another country's bonds (the balance of payments by issuer,
``boj.bop.bppi6d3na*``, monthly since 2014) in the words the stories use: the issuer by its adjective or its
possessive ("French debt", "France's bonds", "Aussie debt", "U.K. bonds", "bunds") and the debt by any of its
names ("sovereign debt", "government bonds", "notes", "securities"); the issuer is not who traded. The sentences
follow batch 27's stories (Bloomberg, Reuters, FT); the expected values are the store's own (JPY 100 mn)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.helpers import by_claim, series, yen_bn
from ustflow.views.check import check_text


def _month(store, code: str, month: str) -> float:
    return float(series(f"boj.bop.bppi6d3na{code}", store)[pd.Period(month, "M")])


@pytest.mark.parametrize("code, month, date, text", [
    ("fr", "2017-02", "2017-04-10", "Investors sold {fig} of French debt in February, data from the finance ministry showed."),
    ("fr", "2017-02", "2017-04-10", "Investors sold a net {fig} of France's bonds in February."),
    ("au", "2021-09", "2021-11-09", "Japanese funds sold {fig} of Aussie debt in September."),
    ("gb", "2019-02", "2019-04-08", "Funds offloaded {fig} of U.K. bonds in February, the largest net sales in a year."),
    ("de", "2019-02", "2019-04-08", "Funds bought a net {fig} of bunds in February, ending a four-month selling streak."),
    ("nl", "2019-02", "2019-04-08", "Japanese investors bought {fig} of Dutch sovereign debt in February."),
    ("gb", "2021-01", "2021-03-12", "Japanese investors purchased {fig} of UK gilts on a net basis in January."),
    ("it", "2014-07", "2014-09-08", "Japanese investors bought {fig} of Italian securities in July."),
])
def test_an_issuers_bonds_in_the_stories_words_are_its_balance_of_payments_line(data, loaded_store, code, month,
                                                                                   date, text):
    v = _month(loaded_store, code, month)
    r = check_text(text.format(fig=yen_bn(v)), store=data, date=date)
    rec = by_claim(r, yen_bn(v))
    assert (rec["verdict"], rec["series"], rec["official_period"]) == \
        ("supported", f"boj.bop.bppi6d3na{code}", month), rec
    assert rec["official_value"] == pytest.approx(v)


def test_the_issuer_named_by_its_possessive_is_not_the_trader(data, loaded_store):
    # "Investors sold ... of France's bonds": France issued them; the traders are the BoP's, Japanese residents
    v = _month(loaded_store, "fr", "2017-02")
    r = check_text(f"Investors sold a net {yen_bn(v)} of France's bonds, the most since at least 2005.", store=data,
                   date="2017-04-10")
    rec = by_claim(r, yen_bn(v))
    assert (rec["verdict"], rec["series"]) == ("supported", "boj.bop.bppi6d3nafr"), rec
    assert "France" not in (rec.get("subject") or ""), rec


def test_a_country_adjective_before_other_words_is_no_issuer(data):
    # "British yields", "German investors": no bonds named after the adjective, no issuer line
    from ustflow.check.subjects import find_instruments

    assert not [v for _, v in find_instruments("German investors bought yen, and British yields rose.") if v[0] == "bop"]
    assert [v for _, v in find_instruments("while buying of Italian securities fell")] == [("bop", "it")]
