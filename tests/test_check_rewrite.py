"""The one rewrite with origins the language readers use (``ustflow.check.rewrite``): each edge of its semantics, and
the properties any sequence of substitutions keeps (every character's origin inside the original; an identity
substitution restores the original exactly)."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from ustflow.check.rewrite import Rewrite


def test_new_words_stand_for_the_whole_match_and_copied_groups_for_themselves():
    r = Rewrite("中国6月减持美债113亿美元")
    r.sub(r"减持(美债)([\d.]+亿美元)", [1, 2, "減らした"])
    assert r.text == "中国6月美债113亿美元減らした"
    assert r.quote("113亿美元") == "113亿美元"  # a group moved keeps its own origin
    assert r.quote("減らした") == "减持美债113亿美元"  # new words: the whole match
    assert r.quote("美债113亿美元減らした") == "减持美债113亿美元"


def test_a_template_copies_its_groups_with_their_origins():
    r = Rewrite("im Dezember 2014")
    r.sub(r"im (Dezember) (\d{4})", r"in \1 \g<2>")
    assert r.text == "in Dezember 2014"
    assert r.quote("Dezember") == "Dezember"
    assert r.quote("2014") == "2014"
    assert r.quote("in") == "im Dezember 2014"
    r = Rewrite("ab")
    r.sub("a", r"\\1\n")  # re's escapes: an escaped backslash, a newline
    assert r.text == "\\1\nb"
    r.sub("b", lambda m: r"\1")  # a callable's string is text, not a template
    assert r.text == "\\1\n\\1"


def test_the_span_of_a_match_is_its_smallest_to_largest_origin_after_a_move():
    # the verb moved after the amount: a later rule over "amount verb" must cover both, wherever they stood
    r = Rewrite("X减持100亿Y")
    r.sub(r"(减持)(\d+亿)", [2, 1])
    assert r.text == "X100亿减持Y"
    r.sub(r"100亿减持", "CUT")
    assert r.quote("CUT") == "减持100亿"  # min/max: first/last would give the empty, inverted span
    assert r.span(1, 4) == (1, 7)


def test_a_replacement_equal_to_the_match_keeps_its_origins():
    r = Rewrite("6月末")
    r.sub("月末", "月末")
    assert r.origin == [(0, 1), (1, 2), (2, 3)]
    assert r.quote("月") == "月"


def test_a_group_that_took_no_part_copies_nothing():
    r = Rewrite("5年连续")
    r.sub(r"(\d+)年(连续)|(\d+)周(连续)", [1, 3, "年連続"])
    assert r.text == "5年連続"
    r.sub(r"(\d+)(周)?年", r"\1\2Y")
    assert r.text == "5Y連続"


def test_a_zero_width_match_inserts_with_an_empty_origin():
    r = Rewrite("AB")
    r.sub(r"(?=B)", "-")
    assert r.text == "A-B"
    assert r.origin[1] == (1, 1)
    assert r.quote("A-") == "A"  # the inserted word widens no quote
    assert r.quote("-B") == "B"
    assert r.quote("-") == "-"  # nothing of the original behind it: as read
    r.sub(r"$", "!")
    assert r.text == "A-B!" and r.origin[-1] == (2, 2)
    e = Rewrite("")
    e.sub(r"^", "x")
    assert e.text == "x" and e.origin == [(0, 0)]


def test_none_declines_the_match_and_an_empty_replacement_deletes_it():
    r = Rewrite("U.S. bonds. bonds")
    r.sub(r"(?<=\. )b", lambda m: None if r.text[:m.start()].endswith("U.S. ") else "B")
    assert r.text == "U.S. bonds. Bonds"
    r.sub(r"\.", "")
    assert r.text == "US bonds Bonds"
    assert r.quote("US bonds") == "U.S. bonds"


def test_a_callable_sees_the_text_its_match_indexes():
    r = Rewrite("aXbX")
    seen = []
    r.sub("X", lambda m: seen.append(r.text[m.start() - 1]) or "YY")
    assert seen == ["a", "b"] and r.text == "aYYbYY"


def test_sub_is_in_place_and_returns_the_rewrite():
    r = Rewrite("a b")
    assert r.sub(" ", "_") is r and r.text == "a_b" and r.original == "a b"


def test_quotes_are_stripped_and_found_near_their_sentence():
    r = Rewrite("x = 1. y = 1.")
    r.sub(r"\s?=\s?", " is ")
    assert r.text == "x is 1. y is 1."
    assert r.quote(" is ") == "="  # the spaces the pattern took are not quoted
    assert r.quote("1", near=8) == "1" and r.find("1", near=8) == 13
    assert r.find("1", near=8, end=10) == 13  # not in the window: after it, then anywhere
    assert r.find("x", near=8) == 0 and r.find("z") == -1
    assert r.quote("z") == "z"


def test_restore_gives_the_records_their_own_words():
    r = Rewrite("A rose 5%. B rose 5%. 'A' fell.")
    r.sub("rose", "subió")
    r.sub("A", "Alfa")
    recs = [{"text": "Alfa subió 5%.", "claim": "subió 5%"}, {"text": "B subió 5%.", "claim": "subió 5%"},
            {"text": "'Alfa' fell.", "claim": "fell", "period": "Alfa", "explanation": "said 'Alfa' fell"},
            {"text": "not there", "claim": "5%"}]
    out = r.restore(recs, ("claim", "period"), explanation=True)
    assert out is recs
    assert recs[0] == {"text": "A rose 5%.", "claim": "rose 5%"}
    assert recs[1] == {"text": "B rose 5%.", "claim": "rose 5%"}
    assert recs[2] == {"text": "'A' fell.", "claim": "fell", "period": "A", "explanation": "said 'A' fell"}
    assert recs[3] == {"text": "not there", "claim": "5%"}


def test_join_offsets_the_parts():
    a, b = Rewrite("一亿"), Rewrite("\n\nplain")
    a.sub("亿", "億")
    r = Rewrite.join([a, b])
    assert r.original == "一亿\n\nplain" and r.text == "一億\n\nplain"
    assert r.quote("億\n\npl") == "亿\n\npl"


_ALPHABET = "ab c1.2\n亿"
_PATTERNS = [r"a", r"b+", r"\d", r"(a)(b)", r"(\d)\.(\d)", r"\s", r"(?=c)", r"$", r"^", r"c|(亿)", r"a?", r"\w+",
             r"(?<=a)", r"\n\n"]
_REPLS = st.one_of(
    st.text("xyz亿 ", max_size=4),
    st.lists(st.one_of(st.integers(0, 2), st.text("xy", max_size=2)), max_size=4),
    st.sampled_from([r"\g<0>", r"[\g<0>]", "", "z", r"\n"]),
    st.sampled_from([lambda m: None, lambda m: m.group(0), lambda m: m.group(0)[::-1], lambda m: "Q" * len(m.group(0)),
                     lambda m: [0, "!"]]),
)


def _pieces_fit(pattern: str, repl) -> bool:
    """An int piece must name a group the pattern has."""
    groups = re.compile(pattern).groups
    return not isinstance(repl, list) or all(not isinstance(p, int) or p <= groups for p in repl)


@settings(max_examples=300, deadline=None)
@given(original=st.text(_ALPHABET, max_size=30),
       steps=st.lists(st.tuples(st.sampled_from(_PATTERNS), _REPLS), max_size=6))
def test_any_substitutions_map_every_span_back_inside_the_original(original, steps):
    r = Rewrite(original)
    for pattern, repl in steps:
        if isinstance(repl, str) and re.compile(pattern).groups == 0 and re.search(r"\\[1-9]", repl):
            continue
        if not _pieces_fit(pattern, repl):
            continue
        before = r.text
        r.sub(pattern, repl)
        assert len(r.origin) == len(r.text)
        assert r.text == re.sub(pattern, _as_re(repl), before)  # the text is what ``re.sub`` writes
    n = len(r.original)
    assert all(0 <= a <= b <= n for a, b in r.origin)
    for i in range(len(r.text)):
        for j in range(i + 1, min(len(r.text), i + 6) + 1):
            a, b = r.span(i, j)
            assert 0 <= a <= b <= n
            assert r.source(i, j) in r.original or r.source(i, j) == r.text[i:j]


def _as_re(repl):
    """``repl`` as ``re.sub`` takes it (the expected text)."""
    if isinstance(repl, str):
        return repl
    if isinstance(repl, list):
        return lambda m: "".join((m.group(p) or "") if isinstance(p, int) else p for p in repl)

    def fn(m):
        got = repl(m)
        if got is None:
            return m.group(0)
        return got if isinstance(got, str) else "".join((m.group(p) or "") if isinstance(p, int) else p for p in got)
    return fn


@settings(max_examples=200, deadline=None)
@given(original=st.text(_ALPHABET, max_size=30),
       steps=st.lists(st.sampled_from([(r"\w+", lambda m: m.group(0)), (r"(a)(b)", [1, 2]), (r"\d", r"\g<0>"),
                                       (r"(?=c)", ""), (r".", lambda m: None), (r"(\d)\.(\d)", r"\1.\2")]),
                      min_size=1, max_size=5))
def test_identity_substitutions_restore_the_exact_original(original, steps):
    r = Rewrite(original)
    for pattern, repl in steps:
        r.sub(pattern, repl)
    assert r.text == original
    assert r.origin == [(i, i + 1) for i in range(len(original))]
    if original.strip():
        assert r.quote(original.strip()) == original.strip()


def test_a_figure_is_not_found_inside_a_longer_number():
    # ajunews-2019 ('20억 달러' read as '20億ドル' after '1兆1120億ドル' in the same sentence): the figure, not the tail
    r = Rewrite("保有額は1兆1120億ドルで、前月より20億ドル増えた")
    assert r.find("20億ドル") == r.text.index("より") + 2
    assert r.find("1120億ドル") == r.text.index("1兆") + 2  # only inside the longer number: taken there
    assert r.quote("20億ドル") == "20億ドル"
    s = Rewrite("2,500と500")
    assert s.find("500") == 6 and s.find("2,500") == 0
