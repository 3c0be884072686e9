"""`ustflow check` on one figure said of several holders: each must hold it ("each", "both", a group of the largest
holders that "also include" those listed). The holders are the figure's own clause's ("Japan and China both fell
by more than 27 billion US dollars, while the Cayman Islands and Saudi Arabia each increased by more than 5 billion":
the second figure's are the last two), a move with no figure counts ("also both increased their ownership"), and a
figure that holds for all is reported on the first holder named. Real articles' sentences (development batches 8,
10, 15)."""

from __future__ import annotations

from tests.helpers import verdict_value_period
from ustflow.views.check import check_text

_ANBOUND = ("In September, the US debt held by Japan and China both fell by more than 27 billion US dollars, while the "
            "Cayman Islands and Saudi Arabia each increased by more than 5 billion US dollars.")


def test_each_holder_of_the_figures_own_clause(data):
    # anbound-2023-11-17: the Cayman Islands added $4.7 billion, Saudi Arabia $5.1 billion
    got = check_text(_ANBOUND, date="2023-11-17", store=data)
    assert verdict_value_period(got, "more than 5 billion US dollars") == ("contradicted", 4.7, "2023-08 to 2023-09")


def test_a_figure_every_holder_meets_is_reported_on_the_first(data):
    # anbound-2023-11-17: Japan -29.1, China -27.3
    got = check_text(_ANBOUND, date="2023-11-17", store=data)
    assert verdict_value_period(got, "more than 27 billion US dollars") == ("supported", -29.1, "2023-08 to 2023-09")


def test_a_move_said_of_both(data):
    # cnsnews-2011-07-18: Japan +5.7, the UK +11.3 in May 2011
    got = check_text("Japan and the United Kingdom, the second and third largest holders of U.S. debt, also both increased "
                     "their ownership of Treasuries in May.", date="2011-07-18", store=data)
    assert verdict_value_period(got, "increased their ownership") == ("supported", 5.7, "2011-04 to 2011-05")


def test_a_top_group_that_includes_those_listed(data):
    # xiixwealth-2022-04-19: Brazil was 11th in February 2022
    got = check_text("The top 10 holders of U.S. government securities also include Switzerland, the Cayman Islands, "
                     "Belgium, Taiwan and Brazil.", date="2022-04-19", store=data)
    assert verdict_value_period(got, "The top 10 holders") == ("contradicted", 11.0, "2022-02")
