"""Japanese dates for the period grammar (``period_grammar.Resolver`` hands each phrase whose pattern is named ja_*
here): a month ("4月", "昨年12月", "08年8月"), a day ("5月11日", "22日" alone: of the publication's month, or of
the date before it in a list of days: "11月1日(2826億円)と2日(2279億円)"), a week
("4月5日までの週", "7月12~18日"), a year's end ("2000年末", "昨年末"), the month or week before ("先月", "先週"), the
fiscal year to date ("今年度に入って"), and a span of month ends ("4月末から5月末にかけて").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ustflow.check.periods import (
    Period,
    add_months,
    japanese_fiscal_or_week,
    month_window,
    safe_date,
    week_ending,
    week_of,
)


def japanese_period(r, name: str, g: dict, label: str) -> Period | None:
    """'4月', '昨年12月', '2017年4月', '5月11日', '先月': Japanese dates, the year as in English. ``r`` is the
    ``period_grammar.Resolver`` (the publication date, and the year of a month named without one)."""
    if name == "ja_today":
        return Period("day", [(r.ref, r.ref)], label, note="the publication day", extra={"today": True}) if r.ref else None
    if name in ("ja_last_month", "ja_last_week"):
        if not r.ref:
            return None
        back = 2 if "々" in label else 1  # 先々週, 先々月: the one before that
        if name == "ja_last_week":
            return Period("week", [week_of(r.ref - timedelta(days=7 * back))], label,
                          note=f"{label}: the week before{' last' if back == 2 else ''}")
        y, mo = add_months(r.ref.year, r.ref.month, -back)
        return Period("month", [month_window(y, mo)], label, note=f"{label}: the month before{' last' if back == 2 else ''}",
                      extra={"calendar_relative": True})
    if name == "ja_week_days":  # "3月第1週(2～8日)": the MoF week holding the last day in brackets
        mo = int(g.get("jm2") or g["jm"])
        y = int(g["y"]) if g.get("y") else r.year_for(mo, int(g["jd"]))[0] if 1 <= mo <= 12 else None
        d = safe_date(y, mo, int(g["jd"])) if y else None
        return Period("week", [week_ending(d)], label) if d else None
    if name in ("ja_fiscal", "ja_last_week_of"):
        return japanese_fiscal_or_week(r, name, g, label)
    if name == "ja_fytd":
        return _fiscal_to_date(r, g, label)
    if name == "ja_month_ends":  # "4月末から5月末にかけて": the last week of the first month to the end of the last
        y = int(g["y"]) if g.get("y") else r.year_for(int(g["jm"]))[0]
        m0, m1 = int(g["jm0"]), int(g["jm"])
        if y is None or not (1 <= m0 <= 12 and 1 <= m1 <= 12):
            return None
        y0 = y - 1 if m0 > m1 else y
        return Period("days", [(month_window(y0, m0)[1] - timedelta(days=6), month_window(y, m1)[1])], label,
                      note="月末: from the first month's last week")
    if name == "ja_year_end":  # "09年末": December of that year (a two-digit year of the century before the story)
        if g.get("yrel"):  # "昨年末", "前年末": December of the year before the publication's
            if not r.ref:
                return None
            y = r.ref.year - (2 if g["yrel"] == "一昨年" else 1)
            return Period("month", [month_window(y, 12)], label, note="年末: the year's December")
        y = int(g["y"]) if g.get("y") else 2000 + int(g["y2d"])
        y -= 100 if not g.get("y") and r.ref and y > r.ref.year else 0  # "98年末": the century before the story
        return Period("month", [month_window(y, 12)], label, note="年末: the year's December")
    if name == "ja_year":
        y = int(g["y"]) if g.get("y") else 2000 + int(g.get("y0") or g.get("y0w") or g["y0t"])
        y -= 100 if (g.get("y0w") or g.get("y0t")) and r.ref and y > r.ref.year else 0  # "98年通年": the century before the story
        return Period("year", [(date(y, 1, 1), date(y, 12, 31))], label)
    if name in ("ja_mday", "ja_mday_week"):
        return _month_day(r, name, g, label)
    if name == "ja_days" and not g.get("jm"):
        g["jm"] = g["jm0"]
    mo = int(g["jm"])
    if not 1 <= mo <= 12:
        return None
    if g.get("y1"):  # "2015年12月27日から2016年1月2日まで": the end's year
        y, note = int(g["y1"]), ""
    elif g.get("y") and name == "ja_days" and int(g["jm0"]) > mo:  # "2015年12月27日から1月2日": the start's year
        y, note = int(g["y"]) + 1, ""
    elif g.get("y"):
        y, note = int(g["y"]), ""
    elif g.get("y2d"):  # "08年8月": a two-digit year, of this century unless that is after the publication
        y = 2000 + int(g["y2d"])
        y, note = (y - 100 if r.ref and y > r.ref.year else y), "a two-digit year"
    elif g.get("rel") and r.ref:
        y = r.ref.year - (1 if g["rel"] in ("昨年", "前年", "去年") else 0)
        note = f"{g['rel']}: relative to the publication date"
    else:
        y, note = r.year_for(mo, int(g.get("jd") or 1))
        if y is None:
            return None
    if name in ("ja_day", "ja_week", "ja_week_of", "ja_days", "ja_asof"):
        d = safe_date(y, mo, int(g["jd"]))
        if d is None:
            return None
        if name == "ja_asof":  # "11月20日時点で": what had been published by that day
            return Period("latest", [], label, note=f"'{label}': the latest data published by {d}", extra={"asof": d})
        if name == "ja_week":  # "4月5日までの週": the MoF week ending that day
            return Period("week", [week_ending(d)], label, note=note)
        if name == "ja_week_of":  # "5月11日の週": the MoF week holding that day; "から始まる週": only from a Sunday
            return Period("week", [week_of(d)], label, note=note) if not re.search("から|開始", label) or d.weekday() == 6 else None
        if name == "ja_days":
            d0 = safe_date(y - (int(g["jm0"]) > mo), int(g["jm0"]), int(g["jd0"]))
            if d0 is None or d0 > d:
                return None
            week = (d - d0).days == 6 and d.weekday() == 5  # MoF's week ends on a Saturday ("8月2日～8日"), not 30/4-6/5
            return Period("week" if week else "days", [week_ending(d) if week else (d0, d)], label, note=note)
        return Period("day", [(d, d)], label, note=note)
    return Period("month", [month_window(y, mo)], label, note=note)


def _fiscal_to_date(r, g: dict, label: str) -> Period | None:
    """"今年度に入って": the fiscal year (from April) to the publication date; "24年度に入って": that fiscal year, to the
    publication date if it is still running (else to its end; none if it is still to come)."""
    if not r.ref:
        return None
    fy = r.ref.year - (r.ref.month < 4)
    if g.get("fy4") or g.get("fy2"):
        named = int(g["fy4"]) if g.get("fy4") else 2000 + int(g["fy2"])
        if named > fy:
            return None
        end = min(r.ref, date(named + 1, 3, 31))
        return Period("days", [(date(named, 4, 1), end)], label, note=f"fiscal {named} (from April) to "
                      f"{'the publication date' if end == r.ref else 'its end'}")
    return Period("days", [(date(fy, 4, 1), r.ref)], label, note="the fiscal year (from April) to the publication date")


def _month_day(r, name: str, g: dict, label: str) -> Period | None:
    """"22日": that day of the publication's month, or of the month before if still to come; "27日までの1週間"
    (ja_mday_week): the week ending that day."""
    if not r.ref:
        return None
    y, mo = (r.ref.year, r.ref.month) if int(g["jd"]) <= r.ref.day else add_months(r.ref.year, r.ref.month, -1)
    d = safe_date(y, mo, int(g["jd"]))
    if d and name == "ja_mday_week":
        return Period("week", [week_ending(d)], label, note="the week ending a day of the publication's month")
    return Period("day", [(d, d)], label, note="a day of the publication's month") if d else None


#: between two days of a list: the first one's figure in brackets or after に, then と or 、 ("11月1日(2826億円)と2日")
_LIST_GAP = re.compile(r"(?:[(（][^()（）]{0,16}[)）]|には?(?:約)?[\d,.]+(?:兆[\d,.]*)?(?:億[\d,.]*)?(?:万)?(?:円|ドル))?\s*"
                       r"(?:と|、|,|・|および|及び|や)\s*(?:翌々?)?")  # or its figure after に: "21日に5兆6,202億円、24日に",
# "7月11日に3.1兆円・12日に2.3兆円", "7月11日には3兆1678億円、翌12日には"


def day_in_list(before: Period, m, text: str) -> Period | None:
    """"11月1日(2826億円)と2日(2279億円)、3日(2028億円)": a day alone after a full Japanese date of the same sentence
    (the period just before it, or a day of such a list) is a day of that date's month (of the next month when it is smaller: "30日と1日"),
    not of the publication's. None when the period before is no single day written with its month, or when more
than a list's joint (its figure in brackets, と or 、) stands between: "5月1日に介入し、利回りは7日に" is another day."""
    if before.kind == "month" and not before.role and not before.is_search and "月" in before.label and \
            "。" not in text[before.span[1]:m.start()]:
        return _day_of_month_before(before, m)
    if before.kind != "day" or not ("月" in before.label or before.extra.get("in_list")) or before.is_search or \
            not _LIST_GAP.fullmatch(text, before.span[1], m.start()):
        return None
    d0, day = before.start, int(m.group("jd"))
    # "30日と1日": the next month's; "24日に…、21日に…" (told out of order, a few days back): the same month's
    y, mo = (d0.year, d0.month) if day > d0.day or d0.day - day < 15 else add_months(d0.year, d0.month, 1)
    d = safe_date(y, mo, day)
    return Period("day", [(d, d)], m.group(0).strip(), note=f"a day of {y}-{mo:02d}, after {before.label}",
                  extra={"in_list": True}) if d else None


def _day_of_month_before(before: Period, m) -> Period | None:
    """"去年10月、…「覆面介入」を行い、21日には、一日で5兆6202億円": a day alone after a month the sentence names
    (no day of its own) is a day of that month, not of the publication's."""
    d = safe_date(before.start.year, before.start.month, int(m.group("jd")))
    return Period("day", [(d, d)], m.group(0).strip(), note=f"a day of {d:%Y-%m}, after {before.label}",
                  extra={"in_list": True}) if d else None


def japanese_since(r, g: dict, label: str) -> Period | None:
    """"2025年1月以降", "19年5月以来": from that month to the latest data, as English "since January 2025"."""
    mo = int(g["jsm"])
    if not 1 <= mo <= 12:
        return None
    y = (int(g["jsy"]) + (2000 if len(g["jsy"]) == 2 else 0)) if g.get("jsy") else r.year_for(mo)[0]
    if y is None:
        return None
    return Period("since", [(date(y, mo, 1), r.ref or date(2100, 1, 1))], label, note="to the latest data")
