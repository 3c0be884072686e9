"""`ustflow check` on a high or low of a daily market level (USD/JPY, Treasury yields) that an earlier close beats by
less than a day's usual intraday range (issue 13, session 9): the claim is about an intraday extreme the daily closes
cannot separate, so it is unverifiable, not contradicted; beaten by more, it stays contradicted. Invented sentences;
the days are found here in the loaded store, never typed in."""

from __future__ import annotations

import pandas as pd

from tests.helpers import as_read, claim_containing as by_claim, series
from ustflow.check.history import CLOSE_CALL
from ustflow.views.check import check_text


def _days(s, d: int, room) -> tuple[list, list]:
    """Days whose close is beaten within the last three months (in direction ``d``) only by a close of the days just
    before and by less than ``room``, and days beaten by more than three times it."""
    close, far = [], []
    for t in s.index[-2500:]:
        v = s[t]
        win = s[(s.index > t - pd.DateOffset(months=3)) & (s.index < t)]
        beat = win[win * d > v * d]
        if beat.empty:
            continue
        m = (beat * d).max() - v * d
        if m < 0.9 * room(v) and (t - beat.index.min()).days < 10:
            close.append((t, v))
        elif m > 3 * room(v):
            far.append((t, v))
    assert close and far, "the test needs close calls and clear misses in the store"
    return close, far


def _day(t) -> str:
    return f"{t:%B} {t.day}, {t.year}"


def _next(t) -> str:
    return str((t + pd.Timedelta(days=1)).date())


def test_yen_high_beaten_by_a_hair_is_unverifiable(data, loaded_store):
    s = series("fred.dexjpus", loaded_store).dropna()
    close, far = _days(s, -1, lambda v: CLOSE_CALL["fx"] * v)
    for t, v in close[:2]:
        for text, part in ((f"The dollar fell to {v:.2f} yen on {_day(t)}, its lowest in three months.", "three months"),
                           (f"On {_day(t)}, the yen hit a three-month high of {v:.2f} per dollar.", "three-month high"),
                           (f"The yen strengthened to {v:.2f} per dollar on {_day(t)}, its strongest level in three "
                            f"months.", "three months")):
            rec = by_claim(check_text(text, date=_next(t), store=data), part)
            assert rec["verdict"] == "unverifiable", (text, rec["explanation"])
            assert "cannot separate an intraday extreme" in rec["explanation"]
    t, v = far[-1]
    text = f"The dollar fell to {v:.2f} yen on {_day(t)}, its lowest in three months."
    assert as_read(by_claim(check_text(text, date=_next(t), store=data), "three months")) == "contradicted"


def test_yield_high_beaten_by_a_basis_point_or_two_is_unverifiable(data, loaded_store):
    s = series("fred.dgs10", loaded_store).dropna()
    close, far = _days(s, 1, lambda v: CLOSE_CALL["yield"])
    for t, v in close[:2]:
        for text, part in ((f"The 10-year Treasury yield rose to {v:.2f}% on {_day(t)}, its highest in three months.",
                            "three months"),
                           (f"{t.year}年{t.month}月{t.day}日の米10年債利回りは{v:.2f}%と3カ月ぶりの高水準となった。", "ぶり")):
            rec = by_claim(check_text(text, date=_next(t), store=data), part)
            assert rec["verdict"] == "unverifiable", (text, rec["explanation"])
    t, v = far[-1]
    text = f"The 10-year Treasury yield rose to {v:.2f}% on {_day(t)}, its highest in three months."
    assert as_read(by_claim(check_text(text, date=_next(t), store=data), "three months")) == "contradicted"
