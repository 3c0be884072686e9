"""lexicon.TREASURY_STORY: one reading of "a story about US Treasuries" for the pipeline (a figure with no measure of
its own, ``context_measures``) and for a country's dollar trade with no securities named (``flows``), which had two
vocabularies (the pipeline's missed 米国国債, 合衆国公債, "treasuries" in lower case and "US government debt")."""

import pytest

from ustflow.check.lexicon import TREASURY_STORY


@pytest.mark.parametrize("text", [
    "Japan's holdings of US Treasuries fell in March.",
    "foreign demand for treasuries has waned",
    "China's holdings of U.S. government debt rose to $1.1 trillion",
    "中国の米国国債保有額は前月から減少した",
    "日本の合衆国公債の保有残高",
    "米財務省証券の保有",
])
def test_a_treasury_story_in_either_language(text):
    assert TREASURY_STORY.search(text)


@pytest.mark.parametrize("text", [
    "Japanese investors bought a net ¥1.2 trillion of foreign bonds last week.",
    "日本の経常収支は12兆円の黒字だった",
])
def test_a_story_about_other_securities_is_not_one(text):
    assert not TREASURY_STORY.search(text)
