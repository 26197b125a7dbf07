"""Bytes to clean text: encoding detection (BOMs, UTF-8, BOM-less UTF-16, legacy 8-bit) and clean-up.

The detection is a small heuristic rather than a general-purpose detector: news files are nearly
always UTF-8, UTF-16 (from Windows tools) or a Western legacy code page, and for those the checks
below are exact or close to it. Binary data is refused with a one-line reason.
"""

from __future__ import annotations

import codecs
import re

from tui_reader.core.records import record
from tui_reader.core.textnorm import clean_text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How much of a file the statistical checks look at (they are cheap, but files can be large).
_SAMPLE = 64 * 1024
#: Above this share of control/garbage characters a file is not text (a few stray escapes are fine).
_MAX_GARBAGE = 0.25


class NotText(ValueError):
    """The bytes are not text we can read (binary, or undecodable); ``str()`` is the reason."""


@record(frozen=True)
class Decoded:
    text: str
    encoding: str

    def __init__(self, text: str, encoding: str) -> None:
        self.__dict__.update(text=text, encoding=encoding)


def _lenient_cp1252(error: UnicodeError):
    # The five bytes cp1252 leaves undefined map to the C1 controls latin-1 gives them (and
    # back, when encoding); the control-character clean-up drops any left in the end.
    if isinstance(error, UnicodeDecodeError):
        return error.object[error.start : error.end].decode("latin-1"), error.end
    if isinstance(error, UnicodeEncodeError):
        chunk = error.object[error.start : error.end]
        if all(ch in "\x81\x8d\x8f\x90\x9d" for ch in chunk):
            return chunk.encode("latin-1"), error.end
    raise error


codecs.register_error("tui_reader.cp1252", _lenient_cp1252)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit at one parity only, as ASCII-range text gives."""
    sample = data[: _SAMPLE - (_SAMPLE % 2)]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # Latin text has a NUL in nearly every pair; other scripts still have one for each space,
    # digit and punctuation mark (a fifth of the characters or more).
    need = max(2, pairs * 0.2)
    if odd_nuls >= need and even_nuls <= odd_nuls * 0.05:
        return "utf-16-le"
    if even_nuls >= need and odd_nuls <= even_nuls * 0.05:
        return "utf-16-be"
    return None


_GARBAGE_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


def _garbage_share(text: str) -> float:
    """Share of control, replacement, private-use and surrogate characters in the first 64 KB."""
    sample = text[:_SAMPLE]
    if not sample:
        return 0.0
    return len(_GARBAGE_RE.findall(sample)) / len(sample)


_WORD_RE = re.compile(r"[^\W\d_]+")


def _non_ascii_word_share(text: str) -> float:
    """Share of words made only of non-ASCII letters (high in Cyrillic read as cp1252)."""
    words = _WORD_RE.findall(text[:_SAMPLE])
    if not words:
        return 0.0
    return sum(1 for w in words if len(w) > 1 and not any(c.isascii() for c in w)) / len(words)


def _legacy(data: bytes) -> Decoded:
    text = data.decode("cp1252", errors="tui_reader.cp1252")
    if _non_ascii_word_share(text) > 0.3:
        # Whole words of accented Latin letters are not Western prose; Cyrillic in cp1251 is
        # by far the commonest other 8-bit news encoding.
        try:
            cyrillic = data.decode("cp1251")
        except UnicodeDecodeError:
            cyrillic = None
        if cyrillic is not None:
            letters = [c for c in cyrillic[:_SAMPLE] if c.isalpha() and not c.isascii()]
            if letters and sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters) > 0.9:
                return Decoded(cyrillic, "cp1251")
    return Decoded(text, "cp1252")


def _check_text(decoded: Decoded) -> Decoded:
    if _garbage_share(decoded.text) > _MAX_GARBAGE:
        raise NotText("binary file (mostly non-text bytes)")
    return decoded


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text without cleaning it; raise :class:`NotText` for binary data.

    Order: byte-order mark; BOM-less UTF-16 (NUL bytes at one parity); NUL bytes otherwise mean
    binary; strict UTF-8; the ``declared`` encoding (e.g. an HTML ``<meta charset>``) when it
    works; cp1252 (or cp1251 when the text is clearly Cyrillic).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(Decoded(data[len(bom) :].decode(encoding.replace("-sig", "")), encoding))
            except UnicodeDecodeError as exc:
                raise NotText(f"not valid {encoding.upper()} despite its byte-order mark ({exc.reason})") from None
    if b"\x00" in data[:_SAMPLE] or b"\x00" in data[-_SAMPLE:]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise NotText("binary file (contains NUL bytes)")
        try:
            return _check_text(Decoded(data.decode(encoding), encoding))
        except UnicodeDecodeError:
            raise NotText("binary file (contains NUL bytes)") from None
    try:
        return _check_text(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = None
        if codec and codec not in ("utf-8", "utf-16", "utf-32"):
            try:
                return _check_text(Decoded(data.decode(codec), codec))
            except UnicodeDecodeError:
                pass
    return _check_text(_legacy(data))


#: UTF-8 read as cp1252 and saved again: "’" became "â€™", "é" became "Ã©". Compiled when
#: first needed (most texts never get past the quick check below).
_MOJIBAKE = "â€[\x80-\xbf\u0152-\u2122]|Ã[\x80-\xbf\u0152-\u2122]|Â[\xa0-\xbf]"


def repair_double_encoding(text: str) -> str | None:
    """The text before a UTF-8 -> cp1252 -> UTF-8 round trip garbled it, or None if not garbled.

    Only whole-text repairs are made, and only when the result is valid UTF-8 with fewer
    garbled sequences: text that merely quotes an "Ã©" is left alone.
    """
    if "â" not in text and "Ã" not in text and "Â" not in text:
        return None  # every garbled sequence starts with one of these (a quick check first)
    found = len(re.findall(_MOJIBAKE, text))
    if found < 2:
        return None
    try:
        repaired = text.encode("cp1252", errors="tui_reader.cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return repaired if len(re.findall(_MOJIBAKE, repaired)) < found else None


def decode_clean(data: bytes, declared: str | None = None) -> Decoded:
    """:func:`decode_bytes`, a repair of doubly-encoded UTF-8, then :func:`clean_text`."""
    decoded = decode_bytes(data, declared)
    if decoded.encoding.startswith("utf-8"):
        repaired = repair_double_encoding(decoded.text)
        if repaired is not None:
            decoded = Decoded(repaired, decoded.encoding + "+repaired")
    return Decoded(clean_text(decoded.text), decoded.encoding)
