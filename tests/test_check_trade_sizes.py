"""A TIC holder's trade whose size comes after the trade's object or noun (session 23): "bought American government
securities to the tune of USD 3 billion", "a Treasury-buying spree of $17 billion", "disposing of $2.7 billion of U.S.
treasuries", "sold Treasury securities U.S. at 47.5 billion dollars", "with a growth of US$267.3 billion": the size of
the trade or move (the change in holdings, or TIC's net purchases), never the holder's level. Real sentences from the
claims corpus (development batches 7, 11, 15, 18); the values asserted are the store's."""

from __future__ import annotations

from tests.helpers import by_claim, verdict_value_period as _got
from ustflow.views.check import check_text


def test_to_the_tune_of_after_bought(data):
    # batch 18 (Business Fortnight, 26 March 2016): January's rise in India's holdings, not its level (119.8)
    text = ("Continuing to purchase more US government securities, India's overall holding of such instruments climbed to "
            "USD 119.8 billion in January. In January alone, India bought American government securities to the tune of "
            "USD 3 billion taking the overall holding to USD 119.8 billion, as per the latest data from the US Treasury "
            "Department.")
    res = check_text(text, date="2016-03-26", store=data)
    assert _got(res, "USD 3 billion") == ("supported", 3.0, "2015-12 to 2016-01"), res


def test_buying_spree_of(data):
    # batch 18 (Bloomberg, 21 April 2021): the headline's spree is February's rise in the UAE's holdings (16.8)
    text = ("Treasury-Buying Spree of $17 Billion Has UAE Eclipsing China\n\nThe United Arab Emirates went on its biggest "
            "Treasury-buying spree on record in February, purchasing more of the safe-haven securities than China.")
    res = check_text(text, date="2021-04-21", store=data)
    assert _got(res, "$17 Billion") == ("supported", 16.8, "2021-01 to 2021-02"), res


def test_disposing_of(data):
    # batch 15 (ETHNews, 11 October 2023): Brazil's sale, read as its holdings' change (not its level of $224.7 billion)
    text = ("Brazil, another major player, wasn't far behind, disposing of $2.7 billion of U.S. treasuries. This "
            "significant move resulted in its reserves plummeting from $227.4 billion to $224.7 billion.")
    rec = by_claim(check_text(text, date="2023-10-11", store=data), "$2.7 billion")
    assert rec["verdict"] == "contradicted" and rec["official_value"] < 0 and " to " in rec["official_period"], rec
    assert "holdings changed" in rec["explanation"], rec


def test_sold_object_at(data):
    # batch 7 (UNN, 16 June 2018): April's sale by Russia (its holdings fell 47.4), not its level (48.7)
    text = ("Russian Federation in April 2018 sold Treasury securities U.S. at 47.5 billion dollars. This is evidenced by "
            "data published by the U.S. Treasury, reports UNN.")
    res = check_text(text, date="2018-06-16", store=data)
    assert _got(res, "47.5 billion dollars") == ("contradicted", -47.4, "2018-03 to 2018-04"), res


def test_a_growth_of(data):
    # batch 11 (China.org.cn, 18 April 2009): the year's growth in China's holdings (226.0), not February's level
    text = ("The official website of the US Treasury Department released the latest statistics on April 15, showing that "
            "China's holdings of US treasury bonds hit US$744.2 billion by the end of February.\n\n"
            "According to the website, China's holdings of US T-Bonds have constantly increased since February 2008, "
            "with a growth of US$267.3 billion over the last year.")
    res = check_text(text, date="2009-04-18", store=data)
    assert _got(res, "US$267.3 billion") == ("contradicted", 226.0, "2008-02 to 2009-02"), res


def test_holdings_worth_stays_a_level(data):
    # must still read (UNN, 16 June 2018): "owns US government bonds worth about $1.2 trillion" is China's level
    text = ("first place in the list holds the China owns US government bonds worth about $ 1.2 trillion.")
    rec = by_claim(check_text(text, date="2018-06-16", store=data), "about $ 1.2 trillion")
    assert (rec["verdict"], rec["official_period"]) == ("supported", "2018-04") and rec["official_value"] > 1100, rec

