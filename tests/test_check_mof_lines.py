"""`ustflow check` on bare MoF lines in a Japanese story (issue 13, session 14): a bare "短期債" with no investor and
no 対外 / 対内 in its sentence is on the side of the story's flow before it, and "短期債も加えると…" after a long-term
debt figure is both lines together (all debt securities; "中長期債も加えると…" after an equity figure: MoF's
subtotal). A sentence that names its own side keeps it. Invented sentences; MoF weekly data from the loaded store
(2-8 December 2018: non-residents' long-term debt +17,174, short-term debt +19,616, equity -4,489, subtotal
+12,685; residents' foreign short-term debt +180)."""

from __future__ import annotations

import pytest

from tests.helpers import by_claim
from ustflow.views.check import check_text

DATE = "2018-12-13"
LEAD = "12月2日~12月8日の対内中長期債投資は1兆7174億円の買い越しとなった。"


@pytest.mark.parametrize("text, fig, series, value", [
    (LEAD + "同じ週は短期債も1兆9616億円買い越しており、短期債も加えると3兆6790億円の買い越しとなった。", "1兆9616億円",
     "mof.weekly.liabilities.st_debt.net", 19616.0),
    (LEAD + "同じ週は短期債も1兆9616億円買い越しており、短期債も加えると3兆6790億円の買い越しとなった。", "3兆6790億円",
     "mof.weekly.liabilities.lt_debt+st_debt.net", 36790.0),
    (LEAD + "短期債を含めると3兆6790億円の買い越しだった。", "3兆6790億円", "mof.weekly.liabilities.lt_debt+st_debt.net",
     36790.0),
    ("12月2日~12月8日の対内株式投資は4489億円の売り越しだった。中長期債も加えると1兆2685億円の買い越しとなった。",
     "1兆2685億円", "mof.weekly.liabilities.subtotal.net", 12685.0),
])
def test_a_bare_line_is_on_the_story_s_side(data, text, fig, series, value):
    rec = by_claim(check_text(text, date=DATE, store=data), fig)
    assert (rec["series"], rec["official_value"], rec["verdict"]) == (series, value, "supported")


def test_a_sentence_that_names_its_side_keeps_it(data):
    text = LEAD + "一方、対外証券投資では短期債が180億円の買い越しだった。"
    rec = by_claim(check_text(text, date=DATE, store=data), "180億円")
    assert rec["series"] == "mof.weekly.assets.st_debt.net" and rec["verdict"] == "supported"


def test_a_sum_of_two_published_lines_has_no_rounding_slack(data):
    text = LEAD + "短期債を含めると3兆6791億円の買い越しだった。"  # 17,175 + 19,616: the first print, revised since
    assert by_claim(check_text(text, date=DATE, store=data), "3兆6791億円")["verdict"] == "contradicted"
