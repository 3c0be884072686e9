"""`ustflow check` on periods a story tells of an earlier time than its own (session 25, helper holddecl): a sentence in
the pluperfect ("The Kingdom's portfolio had totaled $133.1 billion in August and $131.7 billion in July") is a look
back, no context for the sentences after it ("ranked 18th ... during the month", "Compared with January, its holdings
were 5.91 percent higher": the story's October), nor is the period of a "when" clause ("from September, when they
stood at $134.3 billion"); a period in a participle's clause after a comma ("fell by $10.6 billion from the previous
month, returning to the decline since the beginning of the year") is that clause's, not the figure's. Real sentences
of development articles (batches 7, 13, 18); the values are the store's."""

from __future__ import annotations

from tests.helpers import as_read, by_claim, verdict_value_period as _got
from ustflow.views.check import check_text

_SAUDI = ("RIYADH: Saudi Arabia increased its holdings of US Treasury securities to $134.4 billion in October, maintaining "
          "its position among the world's largest foreign holders, official data showed.\n\n"
          "Holdings were up 0.07 percent from September, when they stood at $134.3 billion, according to data released by "
          "the US Treasury Department. The Kingdom's portfolio had totaled $133.1 billion in August and $131.7 billion in "
          "July.\n\n"
          "Saudi Arabia ranked 18th globally among foreign holders of US Treasuries during the month. Compared with "
          "January, its holdings were 5.91 percent higher, reflecting a gradual increase through the year.")


def test_a_pluperfect_sentence_is_no_context(data):
    # batch 18 (Arab News Pakistan, 19 December 2025; the same text in batch 7, GDN, 17 December 2025)
    res = check_text(_SAUDI, date="2025-12-19", store=data)
    assert _got(res, "$133.1 billion")[2] == "2025-08", res  # its own months, as stated
    assert _got(res, "$131.7 billion")[2] == "2025-07", res
    assert _got(res, "ranked 18th") == ("supported", 18.0, "2025-10"), res
    rec = by_claim(res, "5.91 percent")  # from January to the story's October (+5.83%), not to July
    assert (as_read(rec), round(rec["official_value"], 2), rec["official_period"]) == \
        ("contradicted", 5.83, "2025-01 to 2025-10"), rec


def test_a_participle_clause_keeps_its_period(data):
    # batch 13 (Teller Report, 18 July 2021)
    text = ("Japan continued to be the largest overseas holder of U.S. Treasury bonds in May this year, but its U.S. "
            "Treasury holdings fell by US$10.6 billion from the previous month, returning to the decline since the "
            "beginning of the year, and the total holdings fell to US$1.266 trillion.")
    res = check_text(text, date="2021-07-18", store=data)
    assert _got(res, "US$10.6 billion") == ("supported", -10.6, "2021-04 to 2021-05"), res
    assert _got(res, "US$1.266 trillion") == ("supported", 1266.2, "2021-05"), res
