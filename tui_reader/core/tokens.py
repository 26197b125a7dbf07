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
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import itemgetter

#: One word (as ``count_words`` counts them) or one character that is neither a word character
#: nor whitespace.
TOKEN_PATTERN = r"\w+(?:[’'.-]\w+)*|[^\w\s]"

try:
    # The same tokens with possessive quantifiers (Python 3.11+): nothing after a word can
    # make it give characters back, so the matcher need not keep backtracking state.
    _SPLIT_RE = re.compile(r"(\w++(?:[’'.-]\w++)*+|[^\w\s])")
except re.error:
    _SPLIT_RE = re.compile(rf"({TOKEN_PATTERN})", re.UNICODE)
_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)


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
    #: Tokens that stand for a whole line (see ``tokenize``): index -> number of words in it.
    whole: dict[int, int] = field(default_factory=dict)
    #: ``gaps[i]`` is ``gap(i)`` for ``i`` in ``0 .. len(tokens)`` (filled by ``tokenize``, which
    #: gets them for free; empty when the tokens were built otherwise).
    gaps: list[str] = field(default_factory=list)

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
        """``word_prefix[i]``: how many words the first ``i`` tokens hold."""
        tokens = self.tokens
        if "_" in self.text:
            flags = [len(t) > 1 or t.isalnum() or t == "_" for t in tokens]
        else:
            # A token is a word when it starts with a word character (longer tokens always do),
            # and without underscores that is an alphanumeric one: no Python-level loop.
            flags = map(str.isalnum, map(itemgetter(0), tokens))
        if self.whole:
            flags = list(flags)
            for i, words in self.whole.items():
                flags[i] = words
        return list(accumulate(flags, initial=0))

    def words(self, i1: int, i2: int) -> int:
        """Number of words in tokens ``i1 .. i2-1``."""
        if i2 <= i1:
            return 0
        prefix = self.word_prefix
        return prefix[i2] - prefix[i1]


def tokenize(text: str, whole_lines: AbstractSet[str] | Mapping[str, int] | None = None) -> Tokens:
    """Split ``text`` into tokens with their offsets (see the module docstring).

    A line whose text (without surrounding whitespace) is in ``whole_lines`` becomes a single
    token: comparing two texts, the lines they share need not be taken apart word by word.
    ``whole_lines`` may map each line to its number of words (saves counting them again when
    both texts are tokenised).
    """
    if not whole_lines:
        parts = _SPLIT_RE.split(text)
        if len(parts) < 3:
            return Tokens(text, [], [], [], gaps=[text])
        bounds = list(accumulate(map(len, parts), initial=0))
        return Tokens(text, parts[1::2], bounds[1:-1:2], bounds[2::2], gaps=parts[0::2])
    tokens, starts, ends, gaps = [], [], [], []
    whole: dict[int, int] = {}
    counts = whole_lines if isinstance(whole_lines, Mapping) else None
    pending = pos = 0
    for line in text.split("\n"):
        core = line.strip()
        if core and core in whole_lines:
            lead = pos + len(line) - len(line.lstrip())
            _split_into(text, pending, lead, tokens, starts, ends, gaps)
            whole[len(tokens)] = counts[core] if counts is not None else count_words(core)
            tokens.append(core)
            starts.append(lead)
            ends.append(lead + len(core))
            pending = lead + len(core)
        pos += len(line) + 1
    _split_into(text, pending, len(text), tokens, starts, ends, gaps)
    return Tokens(text, tokens, starts, ends, whole, gaps)


def _split_into(text: str, lo: int, hi: int, tokens: list, starts: list, ends: list, gaps: list) -> None:
    """Append the tokens of ``text[lo:hi]`` (which must not cut a token), their offsets, and the
    whitespace before each of them and after the last (the gap before whatever follows)."""
    if hi <= lo:
        gaps.append("")
        return
    # [ws, token, ws, token, ..., trailing ws]: every part between tokens is whitespace.
    parts = _SPLIT_RE.split(text[lo:hi] if lo or hi < len(text) else text)
    gaps.extend(parts[0::2])
    if len(parts) < 3:
        return
    bounds = list(accumulate(map(len, parts), initial=lo))
    tokens.extend(parts[1::2])
    starts.extend(bounds[1:-1:2])
    ends.extend(bounds[2::2])


_TERMINAL = frozenset(".!?…")
_CLOSING = frozenset("\"'”’»)]")


def sentence_units(toks: Tokens) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of the sentences (and paragraph ends) of a text, in order.

    The ranges tile ``0 .. len(toks)``. A sentence ends after terminal punctuation (and any
    closing quotes or brackets) followed by whitespace, and at every line break.
    """
    tokens, starts, ends, text = toks.tokens, toks.starts, toks.ends, toks.text
    n = len(tokens)
    if n == 0:
        return []
    cuts = set()
    for mark in _TERMINAL:
        if mark not in text:
            continue
        # Every token equal to ``mark``, found by list.index (no Python-level loop over tokens).
        find = tokens.index
        i = -1
        while True:
            try:
                i = find(mark, i + 1)
            except ValueError:
                break
            k = i + 1
            while k < n and (tokens[k] in _TERMINAL or tokens[k] in _CLOSING) and starts[k] == ends[k - 1]:
                k += 1
            if k < n and starts[k] > ends[k - 1]:
                cuts.add(k)
    line_break = text.find("\n")
    while line_break != -1:
        k = bisect_left(starts, line_break)
        if 0 < k < n:
            cuts.add(k)
        line_break = text.find("\n", line_break + 1)
    bounds = [0, *sorted(cuts), n]
    return list(zip(bounds, bounds[1:]))
