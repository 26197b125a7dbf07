"""Tokenisation of prose for comparison: words, numbers and punctuation, whitespace kept aside.

A text is read as ``ws[0] tok[0] ws[1] tok[1] ... ws[n-1] tok[n-1] tail``: every character
belongs either to a token or to the whitespace before it (or to the trailing whitespace), so
the text is always reproduced exactly from its tokens and their offsets.

Tokens are words (letters and digits, with inner apostrophes, hyphens or dots, as counted by
:func:`tui_reader.core.model.count_words`) or single punctuation/symbol characters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from operator import or_

#: One word (as ``count_words`` counts them) or one character that is neither a word character
#: nor whitespace.
TOKEN_PATTERN = r"\w+(?:[’'.-]\w+)*|[^\w\s]"

_SPLIT_RE = re.compile(rf"({TOKEN_PATTERN})", re.UNICODE)
_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)
# Where a sentence ends: terminal punctuation (with closing quotes or brackets) before
# whitespace, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n", re.UNICODE)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of word tokens in ``text[start:end]``."""
    if end is None:
        end = len(text)
    return len(_WORD_RE.findall(text, start, end))


def is_word(token: str) -> bool:
    """True for a word or number token, False for punctuation and symbols."""
    return bool(_WORD_RE.match(token))


@dataclass(frozen=True)
class Tokens:
    """The tokens of ``text`` with their character offsets.

    ``tokens[i]`` is ``text[starts[i]:ends[i]]``; the whitespace before it is
    ``text[ends[i-1]:starts[i]]`` (``text[:starts[0]]`` for the first token).
    """

    text: str
    tokens: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.tokens)

    def gap(self, i: int) -> str:
        """The whitespace before token ``i`` (``i == len(self)``: the trailing whitespace)."""
        n = len(self.tokens)
        left = self.ends[i - 1] if i > 0 else 0
        right = self.starts[i] if i < n else len(self.text)
        return self.text[left:right]

    def span(self, i1: int, i2: int) -> tuple[int, int]:
        """Character span from the start of token ``i1`` to the end of token ``i2 - 1``."""
        if i2 <= i1:
            pos = self.starts[i1] if i1 < len(self.tokens) else len(self.text)
            return pos, pos
        return self.starts[i1], self.ends[i2 - 1]

    @cached_property
    def word_prefix(self) -> list[int]:
        """``word_prefix[i]``: how many of the first ``i`` tokens are words."""
        tokens = self.tokens
        if "_" in tokens:
            flags = [len(t) > 1 or t.isalnum() or t == "_" for t in tokens]
        else:  # the same test, without a Python-level loop: longer than one character, or alphanumeric
            flags = map(or_, map((1).__lt__, map(len, tokens)), map(str.isalnum, tokens))
        return [0, *accumulate(flags)]

    def words(self, i1: int, i2: int) -> int:
        """Number of word tokens among tokens ``i1 .. i2-1``."""
        if i2 <= i1:
            return 0
        prefix = self.word_prefix
        return prefix[i2] - prefix[i1]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with their offsets (see the module docstring)."""
    # [ws, token, ws, token, ..., trailing ws]: every part between tokens is whitespace.
    parts = _SPLIT_RE.split(text)
    if len(parts) < 3:
        return Tokens(text, [], [], [])
    bounds = list(accumulate(map(len, parts)))
    return Tokens(text, parts[1::2], bounds[0:-1:2], bounds[1::2])


def sentence_units(toks: Tokens) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the sentences (and paragraph ends) of a text, in order.

    The ranges tile ``0 .. len(toks)``. A sentence ends after terminal punctuation followed by
    whitespace, and at every line break.
    """
    n = len(toks.tokens)
    if n == 0:
        return []
    cuts = []
    starts = toks.starts
    last = 0
    for match in _SENTENCE_END_RE.finditer(toks.text):
        cut = bisect_left(starts, match.end())
        if last < cut < n:
            cuts.append(cut)
            last = cut
    bounds = [0, *cuts, n]
    return list(zip(bounds, bounds[1:]))
