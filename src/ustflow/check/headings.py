"""A sentence with no figure that names the investors and the securities of the figures after it (issue 13).

Blogs and newsletters on MoF's securities flows introduce each chart or table with a line of its own, then give its
figures in sentences that name neither: "居住者による中長期債売買契約の時系列推移を確認しましょう。 … 5月11日の週の
ネットは1兆4143億円の取得超となりました。", "Next, non-residents' trades in Japanese stocks. The week's net was …".
Such a heading sets the investors (居住者 / 非居住者, "Japanese investors" / "foreigners") and the securities (株式,
中長期債, 短期債, ...) of the figures that follow it, in its paragraph or the next, until another heading: a figure
naming investors or securities of its own keeps them; a heading's topic is never carried further than the next
paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from ustflow.check.claims import Claim, Mention

#: the instruments of MoF's securities flows (not TIC's Treasuries, ``tic``)
_MOF_KINDS = ("equity", "lt_debt", "st_debt", "total")


@dataclass
class Heading:
    subject: Mention | None  # None when the securities say whose (対外株式: residents')
    instrument: tuple
    text: str
    paragraph: int


def heading_of(text: str, paragraph: int, subjects: list[Mention], instruments: list) -> Heading | None:
    """The topic a figure-less sentence sets (module docstring): one MoF instrument, and one side of investors
    named, or none when the instrument says whose (対外, 対内, 外国株); else None."""
    sides = [m for m in subjects if m.kind in ("japan", "foreign_investors")]
    kinds = [(sp, ins) for sp, ins in instruments if ins[0] != "tic" and ins[0] != "net_flows" and ins[1] in _MOF_KINDS]
    if len({m.kind for m in sides}) > 1 or len({ins[1] for _, ins in kinds}) != 1:
        return None
    sp, ins = next(((sp, ins) for sp, ins in kinds if ins[0] is not None), kinds[0])  # "株式・投資ファンド持分" over "株式"
    if not sides and ins[0] is None:
        return None  # "株式の推移": whose, the line does not say (対外株式, 対内株式 do)
    return Heading(sides[0] if sides else None, ins, text[sp[0]:sp[1]], paragraph)


def take_heading(found: list[Claim], h: Heading | None, paragraph: int) -> None:
    """Give the heading's investors and securities to the sentence's figures that name neither."""
    if h is None or not 0 <= paragraph - h.paragraph <= 1:
        return
    for c in found:
        if c.kind == "amount" and c.subject is None and c.instrument is None and c.amount is not None and \
                c.amount.currency == "JPY":
            if h.subject is not None:
                c.subject, c.subject_how = h.subject, "inherited"
            c.instrument, c.instrument_text = h.instrument, h.text
