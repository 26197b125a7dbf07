"""Tokenisation of prose for comparison: words, numbers and punctuation, whitespace kept aside.

A text is read as ``ws[0] tok[0] ws[1] tok[1] ... ws[n-1] tok[n-1] tail``: every character
belongs either to a token or to the whitespace before it (or to the trailing whitespace), so
the text is always reproduced exactly from its tokens and their offsets.

Tokens are words (letters and digits, with inner apostrophes, hyphens or dots, as counted by
:func:`tui_reader.core.model.count_words`) or single punctuation/symbol characters.

``TOKEN_PATTERN`` is the definition. :func:`code_pair` finds the same tokens of two texts with
numpy array operations, as integer codes (no Python string per token), for long texts in a
process that has numpy loaded; tests check it against the pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from functools import cached_property
from itertools import accumulate
from operator import itemgetter

from tui_reader.core.records import FRESH, record

#: Characters that join two runs of word characters into one word ("it’s", "50-year-old", "10.5").
JOINERS = "’'.-"
#: One word (as ``count_words`` counts them) or one character that is neither a word character
#: nor whitespace.
TOKEN_PATTERN = rf"\w+(?:[{JOINERS}]\w+)*|[^\w\s]"

#: The same tokens with possessive quantifiers (Python 3.11+): nothing after a word can make it
#: give characters back, so the matcher need not keep backtracking state.
POSSESSIVE_PATTERN = r"(\w++(?:[’'.-]\w++)*+|[^\w\s])"
#: Text on which the two patterns must agree: some early 3.11 releases read a possessive group
#: wrongly ("man." as one word).
_SPLIT_PROBE = "a man. Then it’s U.S. policy, a well-known 10.5 - (x)"


def _split_pattern(candidate: str = POSSESSIVE_PATTERN) -> re.Pattern:
    """``candidate`` compiled if this Python compiles it and splits like ``TOKEN_PATTERN``;
    otherwise ``TOKEN_PATTERN`` itself."""
    plain = re.compile(rf"({TOKEN_PATTERN})", re.UNICODE)
    try:
        fast = re.compile(candidate)
    except re.error:
        return plain
    return fast if fast.split(_SPLIT_PROBE) == plain.split(_SPLIT_PROBE) else plain


_SPLIT_RE = _split_pattern()
_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of word tokens in ``text[start:end]``."""
    if end is None:
        end = len(text)
    return len(_WORD_RE.findall(text, start, end))


def is_word(token: str) -> bool:
    """True for a word or number token, False for punctuation and symbols."""
    return bool(_WORD_RE.match(token))


@record(frozen=True)
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
    whole: dict[int, int]  # (a new dict when not given)
    #: ``gaps[i]`` is ``gap(i)`` for ``i`` in ``0 .. len(tokens)`` (filled by ``tokenize``, which
    #: gets them for free; empty when the tokens were built otherwise).
    gaps: list[str]  # (a new list when not given)

    def __init__(
        self,
        text: str,
        tokens: list[str],
        starts: list[int],
        ends: list[int],
        whole: dict[int, int] = FRESH,
        gaps: list[str] = FRESH,
    ) -> None:
        self.__dict__.update(
            text=text,
            tokens=tokens,
            starts=starts,
            ends=ends,
            whole={} if whole is FRESH else whole,
            gaps=[] if gaps is FRESH else gaps,
        )

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


# -- the same tokens, found with array operations -------------------------------------------------


class CodedTokens(Tokens):
    """Tokens standing as integer codes, for comparing texts: ``tokens[i]`` is the code of the
    token ``text[starts[i]:ends[i]]`` (``token_text(i)``), and two tokens of the texts coded
    together have the same code exactly when they are the same string.

    Made by :func:`code_pair`, with the sentence ranges (``units``, as :func:`sentence_units`
    finds them) and the word counts (``word_prefix``) worked out on the way, and ``arrays``:
    the text's code points, token starts, ends and word prefix as numpy arrays. ``starts``,
    ``ends`` and ``word_prefix`` become lists when first asked for; ``gaps`` is left empty
    (``gap(i)`` cuts the whitespace from the text). (A plain subclass, not a dataclass of its
    own: importing this module stays cheap.)
    """

    def __init__(self, text: str, tokens: list[int], whole: dict[int, int], units, arrays) -> None:
        set_field = object.__setattr__
        set_field(self, "text", text)
        set_field(self, "tokens", tokens)
        set_field(self, "whole", whole)
        set_field(self, "gaps", [])
        set_field(self, "units", units)
        set_field(self, "arrays", arrays)

    @cached_property
    def starts(self) -> list[int]:  # type: ignore[override]
        return self.arrays[1].tolist()

    @cached_property
    def ends(self) -> list[int]:  # type: ignore[override]
        return self.arrays[2].tolist()

    @cached_property
    def word_prefix(self) -> list[int]:
        return self.arrays[3].tolist()

    def token_text(self, i: int) -> str:
        return self.text[int(self.arrays[1][i]) : int(self.arrays[2][i])]


#: Character classes for the array tokeniser: whitespace, word character, a joiner (see
#: ``JOINERS``), any other character (a token on its own).
_SPACE, _WORD, _JOIN, _OTHER = 0, 1, 2, 3
#: Code points below this are classified once, in a table; the others present in a text are
#: classified when they are met (and remembered in ``_HIGH_CLASSES``, up to a bound).
_TABLE_SIZE = 0x2100
_HIGH_CLASSES: dict[int, int] = {}
#: What the array tokeniser builds once: the class table and sentence marks, hash powers.
_BUILT: dict = {}


def _class_of(code: int) -> int:
    """The class of one character, by the same ``\\w`` and ``\\s`` as ``TOKEN_PATTERN``."""
    char = chr(code)
    if re.match(r"\w", char):
        return _WORD
    if re.match(r"\s", char):
        return _SPACE
    return _JOIN if char in JOINERS else _OTHER


def _tables(np):
    """The class table and the sentence marks (terminal, closing), built on first use."""
    tables = _BUILT.get("tables")
    if tables is None:
        table = np.array([_class_of(c) for c in range(_TABLE_SIZE)], dtype=np.uint8)
        terminal = np.zeros(_TABLE_SIZE, dtype=bool)
        terminal[[ord(c) for c in _TERMINAL]] = True
        closing = terminal.copy()
        closing[[ord(c) for c in _CLOSING]] = True
        tables = _BUILT["tables"] = (table, terminal, closing)
    return tables


#: An odd multiplier for the polynomial hash of a long token's characters (modulo 2**64).
_BASE = 0x9E3779B97F4A7C15
#: Keys from this value up are hashes (packed characters and whole lines stay below it).
_HASHED = 1 << 63
#: A text longer than this (in characters, both texts together) with more than a quarter of
#: it in tokens too long to pack is left to the regular expression.
_LONG_TEXT = 4096


def _powers(np, n: int):
    """``B**i`` modulo 2**64 for ``i < n`` (kept and grown across calls)."""
    have = _BUILT.get("powers")
    if have is None or len(have) < n or have[1] != _BASE:
        up = np.full(max(n, 256), _BASE, dtype=np.uint64)
        up[0] = 1
        have = _BUILT["powers"] = np.cumprod(up)
    return have


def _scan(np, text: str, whole_lines):
    """Code points, token bounds (with whole lines as one token), whole tokens, word prefix,
    sentences, the whole lines of several tokens, and how to pack keys (see ``_keys``) for
    ``text``; ``None`` for a long text with more than a quarter of its characters in tokens
    too long to pack (a script written without spaces, a run of symbols), where hashing and
    checking them would cost more than the regular expression."""
    table, terminal, closing = _tables(np)
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    n = len(cp)
    # How many characters a key can pack: 63 bits over the ranks of the characters present.
    rank = np.cumsum(np.bincount(cp) > 0)
    bits = int(rank[-1]).bit_length()
    fits = 63 // bits
    if n and int(cp.max()) >= _TABLE_SIZE:
        high = cp >= _TABLE_SIZE
        cls = table[np.where(high, 0, cp)]
        distinct, where = np.unique(cp[high], return_inverse=True)
        known = _HIGH_CLASSES
        remember = known.setdefault if len(known) < 50_000 else lambda c, k: k
        found = [known[c] if c in known else remember(c, _class_of(c)) for c in distinct.tolist()]
        cls[high] = np.array(found, dtype=np.uint8)[where.reshape(-1)]
    else:
        cls = table[cp]
    # (Few arrays as long as the text: each new one costs page faults as well as the work.)
    in_word = cls == _WORD
    # A joiner between two word characters is inside a word; any other non-space character
    # that is not a word character is a token of its own.
    joins = np.flatnonzero(cls == _JOIN)
    joins = joins[(joins > 0) & (joins < n - 1)]
    inner = joins[in_word[joins - 1] & in_word[joins + 1]]
    in_word[inner] = True
    marks = cls >= _JOIN
    marks[inner] = False
    # Runs of word characters: where ``in_word`` changes, alternately a start and an end.
    changes = np.flatnonzero(in_word[1:] != in_word[:-1]) + 1
    if n and in_word[0]:
        changes = np.concatenate([[0], changes])
    if n and in_word[-1]:
        changes = np.concatenate([changes, [n]])
    # Tokens start at a single character or a run's start, and end likewise.
    marks[changes[0::2]] = True
    starts = np.flatnonzero(marks)
    marks[changes[0::2]] = False
    marks[changes[1::2] - 1] = True
    ends = np.flatnonzero(marks) + 1
    whole_at = None
    lines = None
    if whole_lines:
        spans, counts, cores = _whole_spans(text, whole_lines)
        if spans:
            lo, hi = np.array(spans, dtype=np.int64).T
            inside = np.searchsorted(lo, starts, side="right") - 1
            keep = (inside < 0) | (starts >= hi[np.maximum(inside, 0)])
            starts, ends = starts[keep], ends[keep]
            place = np.searchsorted(starts, lo)
            starts = np.insert(starts, place, lo)
            ends = np.insert(ends, place, hi)
            # A line of several tokens is told apart by its text (``lines``); a line that is one
            # token is that token.
            several = np.bincount(inside[~keep], minlength=len(lo)) > 1
            at = place + np.arange(len(place))
            lines = (at[several], [core for core, k in zip(cores, several.tolist()) if k])
            whole_at = (at, counts)
    if n > _LONG_TEXT:
        lengths = ends - starts
        hashed = lengths > fits
        if lines is not None:
            hashed[lines[0]] = False
        if int(lengths[hashed].sum()) > n // 4:
            return None
    # Word counts: a token is a word when its first character is a word character (never a
    # joiner inside a word, which always follows one).
    flags = in_word[starts].astype(np.int64)
    whole = {}
    if whole_at is not None:
        at, counts = whole_at
        flags[at] = counts
        whole = dict(zip(at.tolist(), counts))
    prefix = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(flags, out=prefix[1:])
    units = _units(np, cp, starts, ends, terminal, closing)
    return cp, starts, ends, whole, prefix, units, lines, (rank, bits, fits)


def _whole_spans(text: str, whole_lines) -> tuple[list[tuple[int, int]], list[int], list[str]]:
    """Character spans of the lines of ``text`` kept whole (as in ``tokenize``), with their word
    counts and their text."""
    counts = whole_lines if isinstance(whole_lines, Mapping) else None
    spans, words, cores = [], [], []
    pos = 0
    for line in text.split("\n"):
        core = line.strip()
        if core and core in whole_lines:
            lead = pos + len(line) - len(line.lstrip())
            spans.append((lead, lead + len(core)))
            words.append(counts[core] if counts is not None else count_words(core))
            cores.append(core)
        pos += len(line) + 1
    return spans, words, cores


def _units(np, cp, starts, ends, terminal, closing) -> list[tuple[int, int]]:
    """``sentence_units`` from the token bounds (the same rules, as array operations)."""
    n = len(starts)
    if n == 0:
        return []
    first = cp[starts]
    single = (ends - starts == 1) & (first < len(terminal))
    index = np.where(single, first, 0)
    is_terminal = single & terminal[index]
    is_closing = single & closing[index]
    touching = np.zeros(n, dtype=bool)
    touching[1:] = starts[1:] == ends[:-1]
    # A cut before token k (0 < k < n) follows a terminal mark and any marks or closing
    # characters touching it, when whitespace comes before token k: the last terminal mark
    # before k must come at or after the last token before k that breaks such a chain.
    positions = np.arange(n, dtype=np.int32)
    last_terminal = np.maximum.accumulate(np.where(is_terminal, positions, -1))
    last_break = np.maximum.accumulate(np.where(is_closing & touching, -1, positions))
    cut = np.zeros(n + 1, dtype=bool)
    cut[1:n] = ~touching[1:] & (last_terminal[:-1] >= last_break[:-1])
    breaks = np.flatnonzero(cp == 10)
    if len(breaks):
        k = np.searchsorted(starts, breaks)
        cut[k[(k > 0) & (k < n)]] = True
    cut[0] = cut[n] = True
    bounds = np.flatnonzero(cut).tolist()
    return list(zip(bounds, bounds[1:]))


def _keys(np, chars, starts, ends, rank, bits: int, fits: int, lines):
    """One 64-bit key per token. A token of at most ``fits`` characters is its characters'
    ranks (``rank``: 1, 2, 3... over the characters present) packed ``bits`` bits apiece,
    which is exact. A whole line of several tokens (``lines``: their indices and texts) gets a
    number for its text, shifted past the first character's bits (which are never zero in a
    packed key), also exact. Any other token gets a polynomial hash of its characters from
    ``_HASHED`` up, which may collide and must be checked."""
    n = len(chars)
    # (Ranks in as few bytes as they need, and the loop below in buffers made once: arrays
    # as long as the text, or made anew at each step, cost page faults as well as work.)
    ranks = np.zeros(n + fits, dtype=np.uint8 if bits <= 8 else np.uint16 if bits <= 16 else np.uint32)
    ranks[:n] = rank[chars]
    keys = ranks[starts].astype(np.uint64)
    at = starts.copy()
    part = np.empty(len(starts), dtype=ranks.dtype)
    shifted = np.empty(len(starts), dtype=np.uint64)
    for k in range(1, fits):
        at += 1
        np.take(ranks, at, out=part)
        np.left_shift(part, bits * k, out=shifted, dtype=np.uint64)
        keys |= shifted
    lengths = ends - starts
    masks = (np.uint64(1) << (np.arange(fits + 1, dtype=np.uint64) * np.uint64(bits))) - np.uint64(1)
    keys &= masks[np.minimum(lengths, fits)]
    hashed = lengths > fits
    if lines is not None:
        at, texts = lines
        number: dict[str, int] = {}
        numbers = np.array([number.setdefault(t, len(number) + 1) for t in texts], dtype=np.uint64)
        keys[at] = numbers << np.uint64(bits)
        hashed[at] = False
    long = np.flatnonzero(hashed)
    if len(long):
        # Sum of rank * B**offset over each token's characters.
        sizes = lengths[long]
        at, heads = _runs(np, starts[long], sizes)
        offsets = np.arange(len(at)) - np.repeat(heads, sizes)
        sums = np.add.reduceat(ranks[at].astype(np.uint64) * _powers(np, int(sizes.max()))[offsets], heads)
        keys[long] = sums | np.uint64(_HASHED)
    return keys


def _runs(np, starts, sizes):
    """The positions ``starts[i] .. starts[i] + sizes[i] - 1`` for every ``i``, one run after the
    other (``sizes`` all positive), and where each run begins in that array."""
    heads = np.zeros(len(sizes), dtype=np.int64)
    np.cumsum(sizes[:-1], out=heads[1:])
    step = np.ones(int(heads[-1] + sizes[-1]), dtype=np.int64)
    step[0] = starts[0]
    step[heads[1:]] = starts[1:] - starts[:-1] - sizes[:-1] + 1
    return np.cumsum(step), heads


def code_pair(old: str, new: str, whole_lines: AbstractSet[str] | Mapping[str, int] | None = None):
    """``tokenize(old, whole_lines)`` and ``tokenize(new, whole_lines)`` as :class:`CodedTokens`
    with codes shared by the two texts, found with numpy array operations rather than one
    Python string per token.

    The tokens are those of ``tokenize`` (the regular expression stays the definition). A
    token's code comes from a 64-bit key: its characters packed into it when they fit (about
    nine for a text with up to 127 different characters), else a hash of them. Tokens with
    the same hash are compared character by character, so two different tokens never share a
    code: if a hash ever collides, the result is ``None`` and the caller tokenises as usual.
    It is ``None`` as well for long texts with more than a quarter of their characters in
    tokens too long to pack (where the regular expression is the cheaper way).
    """
    size = len(old) + len(new)
    if size > _LONG_TEXT and 16 * (old.count(" ") + new.count(" ") + old.count("\n") + new.count("\n")) < size:
        # Words average more than 16 characters between spaces (a script written without
        # them, for one): most tokens would be too long to pack (see ``_scan``).
        return None
    import numpy as np

    # Both texts at once, joined by a line break (no token crosses it, and a sentence and a
    # line always end there): half the array operations, each on one longer array.
    cut = len(old) + 1
    scanned = _scan(np, f"{old}\n{new}", whole_lines)
    if scanned is None:
        return None
    chars, starts, ends, whole, prefix, units, lines, (rank, bits, fits) = scanned
    split = int(np.searchsorted(starts, cut))
    keys = _keys(np, chars, starts, ends, rank, bits, fits, lines)
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    change = ordered[1:] != ordered[:-1]
    # The check: each hashed token against the next one with the same hash, in key order (so
    # every token with a given hash is compared, through a chain, with every other).
    same = np.flatnonzero(~change & (ordered[1:] >= np.uint64(_HASHED)))
    if len(same):
        this, other = order[same + 1], order[same]
        lengths = ends - starts
        sizes = lengths[this]
        if not np.array_equal(sizes, lengths[other]):
            return None
        # The characters of the tokens in ``this``, against those of the tokens in ``other``.
        at, _ = _runs(np, starts[this], sizes)
        shift = np.repeat(starts[other] - starts[this], sizes)
        if not np.array_equal(chars[at], chars[at + shift]):
            return None
    # Dense codes (0, 1, 2, ... in key order): small integers are cheaper to align.
    dense = np.zeros(len(keys), dtype=np.int64)
    np.cumsum(change, out=dense[1:])
    codes = np.empty_like(dense)
    codes[order] = dense
    codes = codes.tolist()
    starts_a, ends_a = starts[:split], ends[:split]
    starts_b, ends_b = starts[split:] - cut, ends[split:] - cut
    prefix_a, prefix_b = prefix[: split + 1], prefix[split:] - prefix[split]
    a = CodedTokens(
        old,
        codes[:split],
        {k: w for k, w in whole.items() if k < split},
        [u for u in units if u[1] <= split],
        (chars[: cut - 1], starts_a, ends_a, prefix_a),
    )
    b = CodedTokens(
        new,
        codes[split:],
        {k - split: w for k, w in whole.items() if k >= split},
        [(s - split, e - split) for s, e in units if s >= split],
        (chars[cut:], starts_b, ends_b, prefix_b),
    )
    return a, b
