"""Properties that hold for any input: no crash, no lost text, clean output, stable ids."""

import io
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui_reader.core.decode import repair_double_encoding
from tui_reader.core.loader import load_paths

WORD = re.compile(r"\w+")

# Lines built from words, punctuation, news boilerplate and stray control characters.
pieces = st.sampled_from(
    [
        "Advertisement", "KEEP READING:", "Leave a Reply", "(AP Photo/X Y)", "Credit: AP", "told Reuters",
        "Updated May 23rd, 2022 at 06:01 IST", "date 2022-05-23", "The Washington Put up", "Source link",
        "By Jane Doe", "Image: AP", "“quoted”", "—", ".", ",", "\t", "\x1b[31m", "\x00", "\r", "\u0085",
        "café", "日本", "Belarus", "volunteers", "said", "war", "Ukraine", "12:30", "05/06/2022",
    ]
)  # fmt: skip
line = st.lists(st.one_of(pieces, st.text(min_size=1, max_size=12)), min_size=1, max_size=12).map(" ".join)
document = st.lists(st.one_of(line, st.just("")), min_size=1, max_size=25).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document)
def test_any_text_loads_without_losing_words(text):
    c = load_paths(["-"], stdin=io.BytesIO(text.encode("utf-8", "surrogatepass")))
    assert len(c.articles) + len(c.problems) == 1
    if not c.articles:
        assert c.problems[0].reason
        return
    a = c.articles[0]
    for block in a.blocks:
        assert block.text.strip()
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", block.text)
    shown = " ".join([a.title or ""] + [b.text for b in a.blocks])
    if "\x00" in text:
        return  # NUL bytes: binary, or BOM-less UTF-16 when laid out like it; either is fine
    # Doubly-encoded UTF-8 ("Â¡" for "¡") is repaired on purpose: compare with the repair.
    text = repair_double_encoding(text) or text
    clean_in = re.sub(r"[\r\x85\x0b\x0c\u2028\u2029]", "\n", text)
    clean_in = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", clean_in)
    words_in = WORD.findall(unicodedata.normalize("NFC", clean_in))
    words_out = WORD.findall(shown)
    assert sorted(words_in) == sorted(words_out)
    assert a.words >= 0 and len(a.content_hash) == 32


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_an_article_or_a_reason(data):
    c = load_paths(["-"], stdin=io.BytesIO(data))
    assert len(c.articles) + len(c.problems) == 1
