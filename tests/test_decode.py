import codecs

import pytest

from tui_reader.core.decode import NotText, decode_bytes, decode_clean
from tui_reader.core.textnorm import clean_text, fold, tidy_line

SAMPLE = "“Smart quotes” – and dashes — café, naïve…\nSecond line."


def test_utf8_plain():
    d = decode_clean(SAMPLE.encode("utf-8"))
    assert d.text == SAMPLE
    assert d.encoding == "utf-8"


def test_utf8_with_bom_drops_the_bom():
    d = decode_clean(codecs.BOM_UTF8 + SAMPLE.encode("utf-8"))
    assert d.text == SAMPLE
    assert not d.text.startswith("\ufeff")
    assert d.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(codec, bom):
    d = decode_clean(bom + SAMPLE.encode(codec))
    assert d.text == SAMPLE
    assert d.encoding == codec


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    d = decode_clean(SAMPLE.encode(codec))
    assert d.text == SAMPLE
    assert d.encoding == codec


def test_utf32_with_bom():
    d = decode_clean(codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"))
    assert d.text == SAMPLE


def test_cp1252_smart_quotes_come_out_right():
    raw = "He said \u201cyes\u201d \u2013 it\u2019s done\u2026 caf\u00e9".encode("cp1252")
    d = decode_clean(raw)
    assert d.text == "He said “yes” – it’s done… café"
    assert d.encoding == "cp1252"
    assert "â€" not in d.text  # no mojibake


def test_cp1252_undefined_bytes_do_not_break_decoding():
    d = decode_clean(b"Caf\xe9 \x81 ok and more words here")
    assert d.text.startswith("Café")
    assert "\x81" not in d.text


def test_cyrillic_cp1251_is_recognised():
    text = "Беларусы вступают в войну, чтобы освободить Украину от Путина, а себя от Лукашенко."
    d = decode_clean(text.encode("cp1251"))
    assert d.text == text
    assert d.encoding == "cp1251"


def test_declared_charset_is_used_when_not_utf8():
    text = "Zażółć gęślą jaźń, powiedział rzecznik."
    d = decode_clean(text.encode("iso-8859-2"), declared="iso-8859-2")
    assert d.text == text


def test_declared_charset_ignored_when_bytes_are_utf8():
    d = decode_clean("café".encode("utf-8"), declared="iso-8859-1")
    assert d.text == "café"


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"a\r\nb\r\nc", "a\nb\nc"),
        (b"a\rb\rc", "a\nb\nc"),
        ("a\u0085b".encode("utf-8"), "a\nb"),
        ("a\u2028b\u2029c".encode("utf-8"), "a\nb\nc"),
        (b"a\r\n\r\nb", "a\n\nb"),
    ],
)
def test_line_endings_normalised(raw, expected):
    assert decode_clean(raw).text == expected


def test_nfc_normalisation():
    decomposed = "cafe\u0301"
    assert decode_clean(decomposed.encode("utf-8")).text == "café"


def test_control_characters_removed_but_tab_and_newline_kept():
    prose = "Some ordinary words of an article that goes on for a while. " * 3
    raw = prose + "a\x1b[31mred\x07\tb\nc\x7f"
    text = decode_clean(raw.encode("utf-8")).text
    assert "\x1b" not in text and "\x07" not in text and "\x7f" not in text
    assert "\t" in text and "\n" in text
    assert text == prose + "a[31mred\tb\nc"


def test_nul_bytes_mean_binary():
    with pytest.raises(NotText, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)


def test_mostly_control_bytes_mean_binary():
    with pytest.raises(NotText, match="binary"):
        decode_bytes(bytes(range(1, 32)) * 50)


def test_invalid_utf16_after_bom_is_rejected():
    with pytest.raises(NotText):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8\x00\xd8")  # lone surrogates


def test_clean_text_and_helpers():
    assert clean_text("x\r\ny\x0cz") == "x\ny\nz"
    assert tidy_line("  a\u00a0\u00a0b\t c ") == "a b c"
    assert fold("It’s “Big” – ok") == "it's \"big\" - ok"


def test_a_stray_nul_does_not_make_utf16():
    with pytest.raises(NotText, match="NUL"):
        decode_bytes(b"\nAdvertisement \x00")


def test_bomless_utf16_cyrillic():
    text = "Беларусы вступают в войну, 2022 год. Украина и Польша."
    assert decode_clean(text.encode("utf-16-le")).text == text


def test_doubly_encoded_utf8_is_repaired():
    original = "It’s “done” — café and naïve."
    # Read as cp1252 (undefined bytes kept as latin-1 controls, as browsers do) and saved again.
    garbled = original.encode("utf-8").decode("cp1252", errors="tui_reader.cp1252").encode("utf-8")
    d = decode_clean(garbled)
    assert d.text == original
    assert d.encoding == "utf-8+repaired"


def test_text_quoting_one_garbled_sequence_is_left_alone():
    text = "Mojibake looks like Ã© when a café is misread."
    assert decode_clean(text.encode("utf-8")).text == text
