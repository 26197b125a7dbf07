"""Text clean-up shared by every format: line endings, Unicode form, control characters, spaces."""

from __future__ import annotations

import re
import unicodedata

# Line separators other than "\n": CRLF, lone CR, NEL, LINE/PARAGRAPH SEPARATOR, form feed, VT.
_NEWLINES_RE = re.compile(r"\r\n|[\r\x85\u2028\u2029\x0b\x0c]")
# C0/C1 controls except tab and newline, DEL, stray byte-order marks.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
# Unicode spaces that read as a plain space (NBSP, thin spaces, ideographic space...).
_SPACES_RE = re.compile(r"[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_RUNS_RE = re.compile(r"[ \t]+")
# What could drive a terminal or reorder what it shows: C0/C1 controls but newline and tab, DEL,
# and the bidirectional embeddings, overrides and isolates (text that reads one way and is
# stored another).
_TERMINAL_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ALL_WS_RE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Normalise decoded text: ``\\n`` line endings, NFC, no control characters but ``\\n``/``\\t``."""
    text = _NEWLINES_RE.sub("\n", text)
    text = _CONTROL_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def strip_terminal_controls(text: str) -> str:
    """``text`` without anything that could drive a terminal (see ``_TERMINAL_CONTROL_RE``)."""
    return _TERMINAL_CONTROL_RE.sub("", text)


def show_terminal_controls(text: str) -> str:
    """``text`` with anything that could drive a terminal written out as an escape
    (``\\x1b``, ``\\u202e``), for display."""
    return _TERMINAL_CONTROL_RE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def tidy_line(line: str) -> str:
    """One line of prose: odd Unicode spaces become plain spaces, runs collapse, ends trimmed."""
    return _RUNS_RE.sub(" ", _SPACES_RE.sub(" ", line)).strip()


def only_needs_strip(text: str) -> bool:
    """True when ``tidy_line`` of any line of ``text`` is just that line stripped (no tabs, no
    double spaces, no odd Unicode spaces), so a caller may use the cheaper ``str.strip``."""
    return "\t" not in text and "  " not in text and not _SPACES_RE.search(text)


def collapse_ws(text: str) -> str:
    """All whitespace (newlines included) collapsed to single spaces; for markup-derived text."""
    return _ALL_WS_RE.sub(" ", _SPACES_RE.sub(" ", text)).strip()


def fold(text: str) -> str:
    """A comparison key: lower case, typographic quotes/dashes made plain, spaces collapsed."""
    text = text.translate(_FOLD_TABLE).lower()
    return collapse_ws(text)


_FOLD_TABLE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
    }
)
