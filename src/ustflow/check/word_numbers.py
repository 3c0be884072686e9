"""Numbers written in words ("six billion U.S. dollars", "twenty-five billion dollars", "sixteen point seven billion
dollars"): the whole of the number, or nothing (never its end: "seven billion" in "sixteen point seven billion").
``numbers`` reads the amounts they give."""

from __future__ import annotations

import re

_WORD_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
              "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
              "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_DIGIT_WORDS = {"zero": 0, "oh": 0, **{w: n for w, n in _WORD_NUMS.items() if n < 10}}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
#: "around six billion U.S. dollars", "two trillion yen", "twenty-five billion dollars", "sixteen point seven billion
#: dollars": a number written in words (the whole of it), with its scale and currency
WORD_AMOUNT_RX = re.compile(rf"\b(?P<w>(?:{_TENS})[\s-]+(?:{_ONES})|{'|'.join(sorted(_WORD_NUMS, key=len, reverse=True))})"
                             rf"(?:\s+point(?P<dec>(?:\s+(?:{'|'.join(_DIGIT_WORDS)}))+))?"
                             r"[\s-]+(?P<scale>trillion|billion|million)\s+"
                             r"(?P<cur>yen|(?:U\.S\.\s+|US\s+|American\s+)?dollars)\b", re.I)
#: a word number the match would read only the end of: "one hundred twenty billion", "two point five", "a hundred and
#: five" (left unread rather than read in part)
WORD_NUM_BEFORE = re.compile(rf"\b(?:{'|'.join(_DIGIT_WORDS)}|{'|'.join(_WORD_NUMS)}|point|thousand|(?:hundred|thousand)\s+and)[\s-]+$", re.I)


def word_value(m: re.Match) -> float:
    words = re.split(r"[\s-]+", m.group("w").lower())
    n = float(sum(_WORD_NUMS[w] for w in words))
    dec = m.group("dec")
    if dec:
        n += float("0." + "".join(str(_DIGIT_WORDS[d.lower()]) for d in dec.split()))
    return n
