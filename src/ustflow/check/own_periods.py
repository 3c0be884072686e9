"""A figure whose period the checker carried from an earlier sentence, that fits the period of its own sentence (session 29).

"China owned bonds valued at $1.252 trillion in February. China is followed by Japan with securities to the tune of
$1.137 trillion" (PTI, 18 May 2016), "Russia's largest investment in US Treasures came to $138.4 billion, which was
posted in March" (Interfax, 17 Sep 2009), "In March, India held U.S. securities to the tune of $70.2 billion" (PTI, 18
Jul 2014), "Some $12.5 billion of Turkey's portfolio of U.S. treasuries consisted of long-term bonds" (Daily Sabah, 15
Aug 2018): the rules gave the figure the period of a sentence before it (or none, the latest published, where the
sentence names one in a clause the grammar did not tie to the figure: "which was posted in March"), where it does not
fit, while the reading its own sentence allows (a period the sentence names, or the latest published when it names
none) fits it to its digits. The carried period is the checker's inference, the sentence's own the article's words: a precise
figure (half its last digit 0.5% of it or less) that fits the sentence's own reading is judged on it, not set aside as
unverifiable by ``second_look``. A figure whose period its own sentence states ("昨年6月時点の保有高を…1兆1500億ドル"),
or a round one ("$1.1 trillion"), keeps the second look's doubt, and so does a starting level ("bringing its total to
$1.111 trillion from $1.113TN"), whose month is the one before its pair's, not a period read from nothing, and a
sentence opening on a time named before it ("At that time, Japan held ...", ``that_time``): its own words date it.

Evidence (development, batches 1-21, session 29, dev-only evaluation): 4 true levels of batches 9, 15 and 18 that
were set aside are now supported (1 more without --date); no verdict broken, true claims called contradicted 55 -> 55.
"""

from __future__ import annotations

from ustflow.check.claims import Claim
from ustflow.check.results import SUPPORTED, Judgement
from ustflow.check.that_time import opens_on_earlier_time

#: ``second_look.readings``' names of the readings a sentence gives its own figure
OWN = ("another period the sentence names", "the latest period published (no period of its own in the sentence)")

#: how precise the figure must be (half its last digit over its value) for a fit to tell one month from another
PRECISION = 0.005


def own_period(c: Claim, j: Judgement, k: Judgement, what: str) -> Judgement | None:
    """``k`` (the figure judged at its own sentence's period), saying why, when the rules carried ``c``'s period from an
    earlier sentence, or read none (the latest published) where the sentence names one, and ``k`` supports it (module
    docstring); None otherwise."""
    if k.verdict != SUPPORTED or not what.startswith(OWN) or c.amount is None or not c.amount.value or \
            c.amount.precision > PRECISION * abs(c.amount.value):
        return None
    if c.role == "from" or (c.period_how != "context" and not (c.period_how == "none" and what.startswith(OWN[0]))):
        return None  # (a starting level, whose month its pair sets; a period the figure's own words set; a sentence
    #                  naming none)
    if opens_on_earlier_time(c.sentence.text):
        return None  # "At that time, Japan held $X": the sentence's own words point back to the month before
    k.explanation = f"read at {what}: {k.explanation} (as first read: {j.explanation})"
    k.flags = [*k.flags, "own_period"]
    return k
