"""One table of holders' places for every rule that ranks (check/holder_ranks.py), on the real TIC file."""

import pandas as pd
import pytest

from ustflow.check.holder_ranks import holder_ranks


@pytest.mark.parametrize("month, slug, place", [("2025-03", "japan", 1), ("2025-03", "united_kingdom", 2),
                                                ("2025-03", "china_mainland", 3), ("2019-05", "china_mainland", 1),
                                                ("2019-06", "japan", 1)])
def test_places_are_the_order_of_holdings(data, month, slug, place):
    # TIC Major Foreign Holders (mfhhis01.txt): Japan first, the UK overtaking China in March 2025; Japan
    # overtaking China in June 2019
    ranks = holder_ranks(data)
    assert ranks.loc[pd.Period(month, "M"), slug] == place
    row = data.holdings().loc[pd.Period(month, "M")].dropna().sort_values(ascending=False)
    assert list(row.index).index(slug) + 1 == place


def test_every_month_ranks_its_holders_from_one_and_the_table_is_read_once(data):
    ranks = holder_ranks(data)
    assert ranks is holder_ranks(data)
    firsts = ranks.min(axis=1)
    assert (firsts == 1).all()
    assert len(ranks) == len(data.holdings().dropna(how="all"))


def test_equal_holdings_share_the_better_place():
    class Two:
        def holdings(self):
            return pd.DataFrame({"a": [5.0], "b": [5.0], "c": [1.0]}, index=pd.PeriodIndex(["2020-01"], freq="M"))

    src = Two()
    assert holder_ranks(src).loc[pd.Period("2020-01", "M")].tolist() == [1.0, 1.0, 3.0]
