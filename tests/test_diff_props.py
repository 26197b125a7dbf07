"""Property tests: both texts always come back exactly from the diff."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_reader.core import diff as diff_module
from tui_reader.core.diff import (
    DELETE,
    EQUAL,
    INSERT,
    MOVE_FROM,
    MOVE_TO,
    REPLACE,
    diff_texts,
    new_text_from,
    old_text_from,
)
from tui_reader.core.loader import load_paths
from tui_reader.core.model import count_words
from tui_reader.core.seeds import seeds_dir

ALPHABET = list("abc xyz\n\n\t  .,;!?’'-\u00a0\u2009éÖß日本\u0301😀_07") + ["the ", "The ", ". ", "\n\n"]
TEXT = st.lists(st.sampled_from(ALPHABET), max_size=60).map("".join)

PARAGRAPHS = [p for article in load_paths([str(seeds_dir())]).articles for p in article.paragraphs]


def check(old: str, new: str):
    diff = diff_texts(old, new)
    assert old_text_from(diff) == old
    assert new_text_from(diff) == new
    # Dropping insertions (and move targets) gives the old text; dropping deletions the new one.
    assert "".join(op.old_text for op in diff.ops if op.kind not in (INSERT, MOVE_TO)) == old
    assert "".join(op.new_text for op in diff.ops if op.kind not in (DELETE, MOVE_FROM)) == new
    for op in diff.ops:
        assert op.kind in (EQUAL, DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO)
        assert old[op.old_start : op.old_end] == op.old_text
        assert new[op.new_start : op.new_end] == op.new_text
    froms = sorted(op.move_id for op in diff.ops if op.kind == MOVE_FROM)
    tos = sorted(op.move_id for op in diff.ops if op.kind == MOVE_TO)
    assert sorted(set(froms)) == sorted(set(tos))
    c = diff.counts
    assert min(c.inserted, c.deleted, c.substituted, c.moved) >= 0
    assert c.inserted + c.substituted + c.moved <= count_words(new)
    assert c.deleted + c.substituted + c.moved <= count_words(old)
    assert (c.changed == 0) or not diff.same
    return diff


@settings(max_examples=120, deadline=None)
@given(TEXT, TEXT)
def test_random_texts_round_trip(old, new):
    check(old, new)


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_a_text_against_itself_is_the_same(text):
    diff = check(text, text)
    assert diff.same and diff.counts.changed == 0


EDIT = st.tuples(
    st.sampled_from(["delete", "insert", "swap", "move", "join", "space"]),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
)


def apply_edits(paragraphs: list[str], edits) -> str:
    paras = list(paragraphs)
    for kind, x, y in edits:
        k = x % len(paras)
        words = paras[k].split(" ")
        w = y % len(words)
        if kind == "delete" and len(words) > 1:
            del words[w : w + 1 + y % 4]
        elif kind == "insert":
            words.insert(w, ALPHABET[y % len(ALPHABET)].strip() or "new")
        elif kind == "swap":
            words[w] = PARAGRAPHS[y % len(PARAGRAPHS)].split(" ")[0]
        paras[k] = " ".join(words)
        if kind == "move" and len(paras) > 1:
            paras.insert(y % len(paras), paras.pop(k))
        elif kind == "join" and k + 1 < len(paras):
            paras[k : k + 2] = [paras[k] + " " + paras[k + 1]]
        elif kind == "space":
            paras[k] = paras[k].replace(" ", "  ", 1)
    return "\n\n".join(paras)


@st.composite
def edited_seed_pairs(draw) -> tuple[str, str]:
    """A stretch of the seed articles' paragraphs and a randomly edited copy of it."""
    start = draw(st.integers(min_value=0, max_value=len(PARAGRAPHS) - 1))
    paragraphs = PARAGRAPHS[start : start + draw(st.integers(min_value=1, max_value=12))]
    return "\n\n".join(paragraphs), apply_edits(paragraphs, draw(st.lists(EDIT, max_size=12)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_seed_pairs())
def test_real_texts_with_random_edits_round_trip(pair):
    old, new = pair
    check(old, new)
    check(new, old)


def both_ways(old: str, new: str) -> None:
    """The diff with the array tokeniser is the diff with the regular expression."""
    import numpy  # noqa: F401  (the array path is taken only when numpy is loaded)

    limit = diff_module.ARRAY_MIN_CHARS
    try:
        diff_module.ARRAY_MIN_CHARS = 0
        coded = diff_texts(old, new).as_dict()
        diff_module.ARRAY_MIN_CHARS = 10**18
        plain = diff_texts(old, new).as_dict()
    finally:
        diff_module.ARRAY_MIN_CHARS = limit
    assert coded == plain


@settings(max_examples=80, deadline=None)
@given(TEXT, TEXT)
def test_array_tokens_give_the_same_diff_on_random_texts(old, new):
    both_ways(old, new)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_seed_pairs())
def test_array_tokens_give_the_same_diff_on_edited_seeds(pair):
    old, new = pair
    both_ways(old, new)
    both_ways(new, old)
