"""Text clean-up: the cheap path for lines that only need stripping gives the same lines."""

from hypothesis import given
from hypothesis import strategies as st

from tui_reader.core.textnorm import only_needs_strip, tidy_line

_CHARS = st.sampled_from(list("ab ,.\t\xa0\u2009\u3000\n") + ["  "])


@given(st.lists(_CHARS, max_size=40).map("".join))
def test_lines_that_only_need_stripping_are_tidied_by_strip(text):
    if only_needs_strip(text):
        assert all(tidy_line(line) == line.strip() for line in text.split("\n"))


def test_odd_spaces_tabs_and_double_spaces_need_tidying():
    assert only_needs_strip(" plain words, one space each ")
    for text in ("a\tb", "a  b", "a\xa0b", "a\u2009b", "a\u3000b"):
        assert not only_needs_strip(text)
        assert tidy_line(text) != text.strip()
