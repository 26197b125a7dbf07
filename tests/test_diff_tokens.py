from hypothesis import given, settings
from hypothesis import strategies as st

from tui_reader.core.loader import load_paths
from tui_reader.core.model import count_words as model_count_words
from tui_reader.core.seeds import seeds_dir
from tui_reader.core.tokens import count_words, is_word, sentence_units, tokenize

TEXT = st.text(
    alphabet=st.sampled_from(list("ab cd\n\t.,;’'-\u00a0éÖ日本\u0301😀_1 2")),
    max_size=80,
)


def rebuild(toks) -> str:
    return "".join(toks.gap(i) + toks.tokens[i] for i in range(len(toks))) + toks.gap(len(toks))


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_tokens_and_gaps_rebuild_the_text(text):
    toks = tokenize(text)
    assert rebuild(toks) == text
    for tok, start, end in zip(toks.tokens, toks.starts, toks.ends):
        assert text[start:end] == tok
        assert not tok.isspace()
    for i in range(len(toks) + 1):
        assert toks.gap(i).strip() == ""


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_sentence_units_tile_the_tokens(text):
    toks = tokenize(text)
    units = sentence_units(toks)
    if not toks.tokens:
        assert units == []
        return
    assert units[0][0] == 0 and units[-1][1] == len(toks)
    for (s1, e1), (s2, e2) in zip(units, units[1:]):
        assert s1 < e1 == s2 < e2


def test_word_counts_agree_with_the_model_on_the_seeds():
    for article in load_paths([str(seeds_dir())]).articles:
        toks = tokenize(article.body)
        assert toks.words(0, len(toks)) == model_count_words(article.body) == count_words(article.body)


def test_words_numbers_and_punctuation():
    toks = tokenize("It’s 50-year-old Vadim's, “elder sibling.” 10.5%")
    assert toks.tokens == ["It’s", "50-year-old", "Vadim's", ",", "“", "elder", "sibling", ".", "”", "10.5", "%"]
    assert [is_word(t) for t in toks.tokens] == [True, True, True, False, False, True, True, False, False, True, False]


def test_sentences_end_at_terminal_punctuation_and_line_breaks():
    text = "One two three. Four five? Six\nSeven “eight.” Nine"
    toks = tokenize(text)
    units = [" ".join(toks.tokens[s:e]) for s, e in sentence_units(toks)]
    assert units == ["One two three .", "Four five ?", "Six", "Seven “ eight . ”", "Nine"]
