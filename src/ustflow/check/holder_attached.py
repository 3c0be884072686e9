"""A figure written right after its holder's name is that holder's, whatever other holders the sentence names.

    China's holdings stood at $688.7bn, followed by Belgium at $468.4bn, Canada at $419.1bn, and Luxembourg at $419bn.
    Ireland ($314.8 billion) moved to the fourth line, which displaced down Luxembourg ($314 billion).

``second_look`` tries the other holders a sentence names when a figure does not fit the one read (a subject read from
the wrong end of a clause). A list of holders each followed by its own figure ("Luxembourg at $419bn", "Luxembourg
($314 billion)", "Luxembourg, $419bn", "Luxembourg: $419bn", "Luxembourg with $419bn") leaves no doubt which holder a
figure is: that it happens to fit a neighbour's level (Canada's 419.4, Ireland's 314.7) is no other reading of the
sentence, and the figure is judged on its own holder. Not a holder the sentence compares with ("Saudi Arabia was the
17th-largest holder in May, just behind Canada at $136.3 billion": the figure may be either's).
"""

from __future__ import annotations

import re

from ustflow.check.claims import Claim

#: between a holder's name and its figure: " at ", " (", ", ", ": ", " with ", " at about "
_BETWEEN = re.compile(r"(?:'s|’s)?\s*(?:\(|,|:|\bat\b|\bwith\b)\s*(?:(?:about|around|roughly|some|nearly|almost|"
                      r"approximately)\s+)?", re.I)


#: a holder named as the one compared with, not the figure's: "just behind Canada at $136.3 billion" (Saudi Arabia's)
_COMPARED = re.compile(r"\b(?:behind|ahead\s+of|after|than|above|below|beyond|trailing|overtaking|overtook|surpassing|"
                       r"surpassed|passing|passed|displacing|supplanting|replacing|behind\s+only)\s+(?:the\s+)?$", re.I)


def attached_holder(c: Claim) -> bool:
    """Whether ``c``'s figure follows its stated holder's name with nothing but a list's link between (module
    docstring), the holder not one the sentence compares with ("just behind Canada at $136.3 billion")."""
    sj, a = c.subject, c.amount
    if sj is None or a is None or c.subject_how != "stated" or not sj.span or sj.span[1] > a.span[0]:
        return False
    s = c.sentence.text
    return bool(_BETWEEN.fullmatch(s, sj.span[1], a.span[0])) and not _COMPARED.search(s, 0, sj.span[0])
