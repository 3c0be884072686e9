"""Which language an article is in, when it is one the claim checker does not read (or reads only in part).

The checker's grammar reads English and Japanese; Spanish, Portuguese and German in part, through ``check.european``,
Korean in part, through ``check.korean`` (the Japanese grammar, whose terms Korean shares), and Chinese in part,
through ``check.chinese`` (the Japanese grammar: the releases' terms, numerals and word order) (``notice`` says so;
``unread`` still names them: it picks the articles ``check.european``, ``check.korean`` and ``check.chinese`` read).
An article in French or Italian yields few or no claims, and "no claims found" would read as "nothing to check": ``unread``
names the language instead, so the output can say why (blind batch 26, the corpus's first articles in those
languages, as written: 47 of their 486 claims right, against 213 of 272 on its English articles). A guess from the script (Hangul; Han
characters with no kana) and, for Latin script, from each language's commonest short words; ``None`` for English,
Japanese, and text too short or too mixed to tell."""

from __future__ import annotations

import re

#: the commonest words of each language the checker does not read, with English's for comparison; a word shared by
#: two of them (Spanish and Portuguese "de", "que") counts for both
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is was for on that with by from its said has have are were it as at this "
                    "which be an or".split()),
    "es": frozenset("el la los las del que y en por con un una se al según su sus es fue más para como lo "
                    "este esta ha millones".split()),
    "pt": frozenset("o os as do da dos das que e em no na nos nas um uma com por ao pelo pela segundo foi é "
                    "mais para não milhões".split()),
    "de": frozenset("der die das und den dem des ist im mit von zu auf für sich nicht ein eine einen wurde "
                    "nach bei aus auch wie milliarden".split()),
    "fr": frozenset("le la les de des et en du un une est que dans pour par au sur qui selon ont été plus "
                    "aux milliards".split()),
    "it": frozenset("il lo la gli le di del della dei delle che e in per con un una è sono secondo nel nella "
                    "miliardi".split()),
}
NAMES = {"zh": "Chinese", "ko": "Korean", "es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French",
         "it": "Italian"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def unread(text: str) -> tuple[str, str] | None:
    """``(code, name)`` of the language ``text`` is written in when the checker does not read it, else ``None``."""
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if hangul >= 20 and hangul > han and hangul * 2 > latin:
        return "ko", NAMES["ko"]
    if han >= 20 and han * 2 > latin:
        # Japanese writes its grammar in kana (の, は, した): a text of Han characters with next to none is Chinese
        return ("zh", NAMES["zh"]) if kana * 50 < han else None
    words = [w.lower() for w in _WORD.findall(text) if w.isascii() or not re.search(r"[\u3040-\u9fff\uac00-\ud7a3]", w)]
    if len(words) < 12:
        return None
    hits = {lang: sum(w in common for w in words) for lang, common in _WORDS.items()}
    best = max((lang for lang in hits if lang != "en"), key=lambda lang: hits[lang])
    if hits[best] >= max(4, 2 * hits["en"]) and hits[best] >= 0.15 * len(words):
        return best, NAMES[best]
    return None


#: languages read in part, through ``check.european`` (their figures, periods and the vocabulary of the releases)
PARTLY_READ = frozenset({"es", "pt", "de"})


#: how the readers of the five languages read in part did on articles they were not written from: blind batch 27
#: (session 33; 57 articles, 36 of them in these languages, measured on its reviewed labels at main 675d0564, the
#: readers written from batch 26 only): (right, given) of their 'contradicted' verdicts, and true claims called
#: contradicted (of the true claims). English and Japanese in the same batch: 'contradicted' right 29 times in 40.
#: Replace with the track record's figures once batch 27 is opened and its verdicts are in blind_verdicts.csv.
PARTLY_READ_RECORD = {"contradicted": (83, 120), "true_called_contradicted": (16, 243)}


def caution() -> str:
    """The sentence every read-in-part notice ends with: the readers' record on text they were not written from."""
    right, given = PARTLY_READ_RECORD["contradicted"]
    wrong, true = PARTLY_READ_RECORD["true_called_contradicted"]
    return (f"; on articles in the five languages it reads in part (Chinese, Korean, Spanish, Portuguese, German) that "
            f"it had not been written from, its 'contradicted' was right "
            f"{right} times in {given} and it called {wrong} of {true} true claims contradicted: check a contradiction "
            f"against the source before repeating it")


def notice(text: str) -> str:
    """What a reader of the checker's output should know about the article's language, or ''."""
    got = unread(text)
    if got is None:
        return ""
    if got[0] in PARTLY_READ:
        return (f"the text looks like {got[1]}: the checker reads its figures, periods and the wording of balance-of-"
                f"payments and securities-flow stories (check.european), not the rest, so some claims may not be read"
                + caution())
    if got[0] == "ko":  # read in part, through the Japanese grammar its terms share (``korean``)
        from ustflow.check.korean import NOTICE

        return NOTICE + caution()
    if got[0] == "zh":  # read in part, through the Japanese grammar (``chinese``)
        return ("the text looks like Chinese: the checker reads it through its Japanese grammar (the releases' terms, "
                "numerals and word order, check.chinese), so figures in other wording may be left unread" + caution())
    return (f"the text looks like {got[1]}: the checker reads English and Japanese (Spanish, Portuguese, German, Korean "
            f"and Chinese in part) only, so figures written in {got[1]} were not read")
