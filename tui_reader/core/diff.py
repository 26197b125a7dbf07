"""Word-level diff for prose: aligned by words, anchored on sentences, with moves and swaps.

``diff_texts(old, new)`` returns a :class:`WordDiff` whose ``ops`` describe the new text in
reading order, with what the old text had inserted where it stood:

* The ops form one merged sequence of both texts. Joining ``op.old_text`` over all ops gives
  the old text exactly and joining ``op.new_text`` gives the new text exactly
  (:func:`old_text_from`, :func:`new_text_from`). So the old side of the ops is in the old
  text's order and the new side in the new text's order.
* ``equal``: the same tokens on both sides. The whitespace *inside* an equal op may differ
  (a paragraph break that became a space); its ``old_text`` and ``new_text`` are each exact.
* ``delete``: old text with nothing on the new side; it sits at the point of the new text where
  it was removed. ``insert``: the reverse.
* ``replace``: a removed run paired with the run that took its place (``old -> new``).
  ``substitution`` is true when one word was swapped for one word (a synonym in a spun copy).
* ``move_from`` / ``move_to``: a sentence or paragraph that moved. ``move_from`` sits where the
  text stood in the old order (relative to the new text) and ``move_to`` where it now stands;
  both carry the same ``move_id``. A moved run that was also edited is split into moved parts
  and plain deletions/insertions.
* Within the stretch between two equal ops, removed text comes before added text.

Offsets are character offsets into ``old`` and ``new``; a side with no text has an empty span
(``start == end``) at the point where it would sit. Whitespace between tokens belongs to an
equal neighbour whenever that keeps equal ops identical on both sides, so changes start and
end on word boundaries.

``counts`` (:class:`DiffCounts`) are words: ``inserted`` and ``deleted`` count the words of
insertions, deletions and of replacements that are not one-word swaps; ``substituted`` counts
one-word swaps (one each); ``moved`` counts the words that arrived by a move (``move_to``).

How it works: both texts are tokenised (words, numbers, punctuation; see
:mod:`tui_reader.core.tokens`) and split into sentences; a line found exactly once in each
text is kept as a single token, so unchanged paragraphs cost next to nothing. In a process
where numpy is already loaded, long texts are tokenised with array operations instead
(``code_pair``: the same tokens, as integer codes), and the clean-up and the ops are worked
out as arrays; the result is the same. Identical
sentences are aligned first (a longest common subsequence over whole sentences). Sentences
left out of that order are paired with their moved copies: identical ones, then clearly
similar ones found in another changed stretch (moved and edited). The stretches in between
are aligned word by word with rapidfuzz's bit-parallel LCS on the token lists (cut at words
unique to both sides when a stretch is long). Then small equal islands inside a changed
stretch are merged into the change, so the diff reads as edits rather than noise, and pure
insertions and deletions slide to sentence boundaries where that says the same thing.
"""

from __future__ import annotations

import gc
import sys
from bisect import bisect_left
from collections import Counter
from heapq import heappop, heappush
from itertools import compress, repeat
from operator import sub
from typing import NamedTuple

from rapidfuzz.distance import Indel

from tui_reader.core.records import record
from tui_reader.core.tokens import (
    CodedTokens,
    Tokens,
    code_pair,
    count_words,
    sentence_units,
    tokenize,
)

#: Op kinds. Offsets are character offsets into the old and new texts; an op with no text on
#: one side has an empty span there (start == end) at the position where it would sit.
EQUAL, DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO = "equal", "delete", "insert", "replace", "move_from", "move_to"
KINDS = (EQUAL, DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO)

#: A sentence shorter than this (in words) is never reported as moved: short sentences such
#: as "He said." recur by chance.
MIN_MOVE_WORDS = 5
#: Equal islands longer than this (in tokens) are never merged into the changes around them.
ISLAND_MAX_TOKENS = 8
#: Above this many token pairs a stretch is first split on words that occur once on each side.
DIRECT_LIMIT = 2_000_000
#: Above this many token pairs, a stretch with no such words is aligned in successive slices
#: of ``SLICE_TOKENS`` tokens.
HARD_LIMIT = 100_000_000
SLICE_TOKENS = 5_000
#: Share of a slice, at its end, whose alignment waits for the next slice (see _match_tokens).
SLICE_MARGIN = 0.1
#: From this many characters (both texts together), when numpy is already loaded, the texts
#: are tokenised with array operations (``code_pair``): the same tokens as integer codes, with
#: their word counts and sentences. Below it, or without numpy in the process, the regular
#: expression does it (importing numpy costs more than it saves in a short-lived process).
ARRAY_MIN_CHARS = 16_000


class DiffOp(NamedTuple):
    """One op: a kind, character spans in the old and new texts, and their text.

    A named tuple (immutable, compared and hashed by value): the diff of a long text has
    thousands of ops, and a tuple is several times cheaper to build than a dataclass.
    """

    kind: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str = ""
    new_text: str = ""
    substitution: bool = False  # a single-word swap (synonym)
    move_id: int | None = None  # pairs a move_from with its move_to

    @property
    def is_change(self) -> bool:
        return self.kind != EQUAL

    def as_dict(self) -> dict:
        record = {
            "kind": self.kind,
            "old": [self.old_start, self.old_end],
            "new": [self.new_start, self.new_end],
            "old_text": self.old_text,
            "new_text": self.new_text,
        }
        if self.substitution:
            record["substitution"] = True
        if self.move_id is not None:
            record["move_id"] = self.move_id
        return record


@record(frozen=True)
class DiffCounts:
    """Words per kind of change: a substitution counts one, a moved word counts once."""

    inserted: int = 0
    deleted: int = 0
    substituted: int = 0
    moved: int = 0

    def __init__(self, inserted: int = 0, deleted: int = 0, substituted: int = 0, moved: int = 0) -> None:
        self.__dict__.update(
            inserted=inserted,
            deleted=deleted,
            substituted=substituted,
            moved=moved,
        )

    @property
    def changed(self) -> int:
        return self.inserted + self.deleted + self.substituted + self.moved

    def as_dict(self) -> dict:
        return {
            "inserted": self.inserted,
            "deleted": self.deleted,
            "substituted": self.substituted,
            "moved": self.moved,
            "changed": self.changed,
        }


@record(frozen=True)
class WordDiff:
    old: str
    new: str
    ops: tuple[DiffOp, ...]
    counts: DiffCounts

    def __init__(self, old: str, new: str, ops: tuple[DiffOp, ...], counts: DiffCounts) -> None:
        self.__dict__.update(
            old=old,
            new=new,
            ops=ops,
            counts=counts,
        )

    @property
    def same(self) -> bool:
        return self.old == self.new

    def as_dict(self) -> dict:
        return {
            "same": self.same,
            "counts": self.counts.as_dict(),
            "ops": [op.as_dict() for op in self.ops],
        }


# -- for the front ends: rebuilding the texts, navigating changes --------------------------------


def old_text_from(diff: WordDiff) -> str:
    """The old text, rebuilt from the ops (everything but insertions)."""
    return "".join(op.old_text for op in diff.ops)


def new_text_from(diff: WordDiff) -> str:
    """The new text, rebuilt from the ops (everything but deletions)."""
    return "".join(op.new_text for op in diff.ops)


def change_positions(diff: WordDiff) -> list[int]:
    """Indices into ``diff.ops`` of the ops that are changes, for next/previous navigation."""
    return [k for k, op in enumerate(diff.ops) if op.kind != EQUAL]


def move_partner(diff: WordDiff, index: int) -> int | None:
    """For a ``move_from``/``move_to`` op, the index of the first op at the other end of the move."""
    op = diff.ops[index]
    if op.move_id is None:
        return None
    other = MOVE_TO if op.kind == MOVE_FROM else MOVE_FROM
    for k, candidate in enumerate(diff.ops):
        if candidate.kind == other and candidate.move_id == op.move_id:
            return k
    return None


# -- the engine --------------------------------------------------------------------------------


def diff_articles(old_article, new_article, include_boilerplate: bool = False) -> WordDiff:
    """Compare two articles' content (boilerplate blocks left out unless asked for)."""
    if include_boilerplate:
        return diff_texts(old_article.full_text, new_article.full_text)
    return diff_texts(old_article.body, new_article.body)


def diff_texts(old: str, new: str) -> WordDiff:
    """The word diff of two texts (see the module docstring for the shape of ``ops``)."""
    if old == new:
        ops = (DiffOp(EQUAL, 0, len(old), 0, len(new), old, new),) if old else ()
        return WordDiff(old, new, ops, DiffCounts())
    # A long diff makes tens of thousands of small objects and no reference cycles: the cyclic
    # garbage collector is paused meanwhile (in a large process each of its full passes would
    # walk every object there).
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _diff_texts(old, new)
    finally:
        if paused:
            gc.enable()


def _shared_lines(old: str, new: str) -> dict[str, int] | None:
    """The lines found exactly once in each text, each with its number of words.

    Such a line is compared whole (as one token); the rest word by word. (A line repeated in
    a text stays in words, so that an edited copy of it can still be aligned word by word with
    its original.)
    """
    if "\n" not in old or "\n" not in new:
        return None
    lines_old = Counter(map(str.strip, old.split("\n")))
    lines_new = Counter(map(str.strip, new.split("\n")))
    # ...each with its number of words, counted once for both texts.
    shared = {line: count_words(line) for line, k in lines_old.items() if k == 1 and lines_new.get(line) == 1}
    shared.pop("", None)
    return shared


def _diff_texts(old: str, new: str) -> WordDiff:
    shared = _shared_lines(old, new)
    coded = None
    if len(old) + len(new) >= ARRAY_MIN_CHARS and "numpy" in sys.modules:
        coded = code_pair(old, new, shared)
    a, b = coded or (tokenize(old, shared), tokenize(new, shared))
    if not a.tokens or not b.tokens:
        return _without_tokens(old, new, a, b)
    matches, moves = _align(a, b)
    matches = _clean_up(matches, moves, a, b)
    matches = _slide(matches, moves, a, b)
    if isinstance(a, CodedTokens):
        ops, counts = _ops_arrays(matches, moves, a, b)
    else:
        ops, counts = _ops(_pieces(matches, moves, len(a.tokens), len(b.tokens)), a, b)
    return WordDiff(old, new, tuple(ops), counts)


def _without_tokens(old: str, new: str, a: Tokens, b: Tokens) -> WordDiff:
    """One side has only whitespace (or nothing): the diff is a single op."""
    if not old:
        kind = INSERT
    elif not new:
        kind = DELETE
    else:
        kind = REPLACE
    op = DiffOp(kind, 0, len(old), 0, len(new), old, new)
    counts = DiffCounts(inserted=count_words(new), deleted=count_words(old))
    return WordDiff(old, new, (op,), counts)


# A match is (old token index, new token index, length); a move is
# (old start, old end, new start, new end, move id) in tokens.


def _align(a: Tokens, b: Tokens) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int, int, int]]]:
    ua = a.units if isinstance(a, CodedTokens) else sentence_units(a)
    ub = b.units if isinstance(b, CodedTokens) else sentence_units(b)
    ta, tb = a.tokens, b.tokens
    ka = [tuple(ta[s:e]) for s, e in ua]
    kb = [tuple(tb[s:e]) for s, e in ub]

    # Whole sentences first: equal runs are anchors, the rest are regions to align by words.
    # (The same LCS as for words, so very long texts are cut at unique sentences too.)
    items: list[tuple[bool, list[int]]] = []
    pi = pj = 0
    for i, j, n in [*_merge_adjacent(_match_tokens(ka, kb, 0, 0)), (len(ka), len(kb), 0)]:
        if pi < i or pj < j:
            items.append((False, [pi, i, pj, j]))
        if n:
            items.append((True, [i, i + n, j, j + n]))
        pi, pj = i + n, j + n

    moves, moved_old, moved_new = _sentence_moves(items, ua, ub, ka, kb, a, b)

    matches: list[tuple[int, int, int]] = []
    for is_equal, (i1, i2, j1, j2) in items:
        lo_a = ua[i1][0] if i1 < len(ua) else len(ta)
        hi_a = ua[i2 - 1][1] if i2 > i1 else lo_a
        lo_b = ub[j1][0] if j1 < len(ub) else len(tb)
        hi_b = ub[j2 - 1][1] if j2 > j1 else lo_b
        if is_equal:
            matches.append((lo_a, lo_b, hi_a - lo_a))
            continue
        if lo_a == hi_a or lo_b == hi_b:
            continue
        segs_a = _segments(lo_a, hi_a, moved_old)
        segs_b = _segments(lo_b, hi_b, moved_new)
        if len(segs_a) == 1 and len(segs_b) == 1:
            (sa, ea), (sb, eb) = segs_a[0], segs_b[0]
            matches.extend(_match_tokens(ta[sa:ea], tb[sb:eb], sa, sb))
            continue
        xa = [t for s, e in segs_a for t in ta[s:e]]
        xb = [t for s, e in segs_b for t in tb[s:e]]
        matches.extend(_map_blocks(_match_tokens(xa, xb, 0, 0), segs_a, segs_b))
    return _merge_adjacent(matches), moves


def _sentence_moves(items, ua, ub, ka, kb, a: Tokens, b: Tokens):
    """Pair the sentences that the in-order alignment left out with their moved copies.

    Identical sentences pair first. Then a sentence is paired with a similar one (most of its
    longer words shared, and similar word by word) found in *another* changed stretch: it
    moved and was edited. The words such a pair has in common are moves; the rest stays as
    deletion and insertion. Returns the moves (token ranges with a move id) and the old and
    new token ranges of the paired sentences, which the word alignment leaves out.
    """
    old_region: dict[int, int] = {}
    new_region: dict[int, int] = {}
    for r, (is_equal, (i1, i2, j1, j2)) in enumerate(items):
        if not is_equal:
            old_region.update(dict.fromkeys(range(i1, i2), r))
            new_region.update(dict.fromkeys(range(j1, j2), r))
    if not old_region or not new_region:
        return [], [], []
    pairs: list[tuple[int, int, bool]] = []
    common = {ka[u] for u in old_region} & {kb[u] for u in new_region}
    if common:
        free: dict[tuple, list[int]] = {}
        for u in old_region:
            if ka[u] in common and a.words(*ua[u]) >= MIN_MOVE_WORDS:
                free.setdefault(ka[u], []).append(u)
        for u in new_region:
            candidates = free.get(kb[u])
            if candidates:
                pairs.append((candidates.pop(0), u, True))
    # Moved-and-edited sentences leave a surplus of words where they left and where they
    # arrived; stretches with about as many words on both sides were edited in place.
    sources, targets = set(), set()
    for r, (is_equal, (i1, i2, j1, j2)) in enumerate(items):
        if is_equal:
            continue
        old_words = a.words(ua[i1][0], ua[i2 - 1][1]) if i2 > i1 else 0
        new_words = b.words(ub[j1][0], ub[j2 - 1][1]) if j2 > j1 else 0
        if old_words - new_words >= MIN_MOVE_WORDS and old_words >= 1.5 * new_words:
            sources.add(r)
        elif new_words - old_words >= MIN_MOVE_WORDS and new_words >= 1.5 * old_words:
            targets.add(r)
    if sources and targets:
        pool_old = {u: r for u, r in old_region.items() if r in sources or r in targets}
        pool_new = {u: r for u, r in new_region.items() if r in sources or r in targets}
        pairs.extend(_similar_pairs(pool_old, pool_new, sources, targets, pairs, ua, ub, ka, kb, a, b))
    if not pairs:
        return [], [], []
    pairs.sort(key=lambda p: p[1])

    # Sentences that moved together (adjacent on both sides) share one move id.
    moves = []
    move_id = 0
    previous = None
    for ou, nu, exact in pairs:
        if previous is None or previous != (ou - 1, nu - 1):
            move_id += 1
        previous = (ou, nu)
        (os_, oe), (ns, ne) = ua[ou], ub[nu]
        if exact:
            runs = [(os_, oe, ns, ne)]
        else:
            runs = [
                (os_ + i1, os_ + i2, ns + j1, ns + j2)
                for tag, i1, i2, j1, j2 in Indel.opcodes(ka[ou], kb[nu])
                if tag == "equal"
            ]
        for s1, e1, s2, e2 in runs:
            if moves and moves[-1][4] == move_id and moves[-1][1] == s1 and moves[-1][3] == s2:
                moves[-1][1], moves[-1][3] = e1, e2
            else:
                moves.append([s1, e1, s2, e2, move_id])
    moved_old = _merge_ranges(sorted(ua[ou] for ou, _, _ in pairs))
    moved_new = _merge_ranges(sorted(ub[nu] for _, nu, _ in pairs))
    return [tuple(m) for m in moves], moved_old, moved_new


#: A moved and edited sentence shares at least this part of its longer words with its original.
MIN_SHARED_WORDS = 0.6
#: ...and is at least this similar to it word by word (rapidfuzz's normalised Indel similarity).
MIN_MOVE_SIMILARITY = 0.6


def _similar_pairs(old_region, new_region, sources, targets, exact_pairs, ua, ub, ka, kb, a: Tokens, b: Tokens):
    """Pairs ``(old unit, new unit, False)`` of similar sentences in different changed stretches.

    The old sentence must come from a ``sources`` stretch and the new one sit in a ``targets``
    stretch. Only sentences with no similar partner in their own stretch qualify (an edited
    sentence that stayed in place is aligned there), and only when the best candidate is clear.
    """
    used_old = {ou for ou, _, _ in exact_pairs}
    used_new = {nu for _, nu, _ in exact_pairs}
    old_features = _features(old_region, used_old, ua, ka, a)
    new_features = _features(new_region, used_new, ub, kb, b)
    if not old_features or not new_features:
        return []
    old_postings = _postings(old_features)
    new_postings = _postings(new_features)
    pairs = []
    for u, features in new_features.items():
        region = new_region[u]
        if region not in targets:
            continue
        shared = _shared(features, old_postings)
        need = MIN_SHARED_WORDS * len(features)
        if any(k >= need and old_region[ou] == region for ou, k in shared.items()):
            continue  # edited in place
        ranked = [(k, ou) for ou, k in shared.items() if k >= need and ou not in used_old and old_region[ou] in sources]
        if not ranked:
            continue
        ranked.sort(reverse=True)
        k, ou = ranked[0]
        if len(ranked) > 1 and ranked[1][0] == k:
            continue  # ambiguous
        back = _shared(old_features[ou], new_postings)
        need_back = MIN_SHARED_WORDS * len(old_features[ou])
        if any(k2 >= need_back and new_region[nu] == old_region[ou] for nu, k2 in back.items()):
            continue  # the old sentence was edited in place
        if Indel.normalized_similarity(ka[ou], kb[u]) >= MIN_MOVE_SIMILARITY:
            used_old.add(ou)
            pairs.append((ou, u, False))
    return pairs


def _features(regions, used, units, keys, toks: Tokens) -> dict[int, set[str]]:
    """The longer words (five characters or more) of each candidate sentence (unpaired, long
    enough)."""
    out = {}
    starts, ends = toks.starts, toks.ends
    for u in regions:
        if u in used or toks.words(*units[u]) < MIN_MOVE_WORDS:
            continue
        s, e = units[u]
        features = set(compress(keys[u], [y - x >= 5 for x, y in zip(starts[s:e], ends[s:e])]))
        if len(features) >= 3:
            out[u] = features
    return out


def _postings(features: dict[int, set[str]]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = {}
    for u, words in features.items():
        for t in words:
            postings.setdefault(t, []).append(u)
    return postings


def _shared(features: set[str], postings: dict[str, list[int]]) -> Counter:
    """How many of ``features`` each unit shares (words found in more than 8 units are skipped)."""
    shared: Counter = Counter()
    for t in features:
        found = postings.get(t)
        if found and len(found) <= 8:
            shared.update(found)
    return shared


def _merge_ranges(ranges):
    out: list[tuple[int, int]] = []
    for s, e in ranges:
        if out and out[-1][1] == s:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _segments(lo: int, hi: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[lo, hi)`` minus the (sorted, disjoint) ``holes``, as a list of non-empty ranges."""
    out = []
    cur = lo
    k = bisect_left(holes, (lo, lo))
    while k < len(holes) and holes[k][0] < hi:
        s, e = holes[k]
        if cur < s:
            out.append((cur, s))
        cur = max(cur, e)
        k += 1
    if cur < hi:
        out.append((cur, hi))
    return out


def _map_blocks(blocks, segs_a, segs_b):
    """Matches found on the concatenated segments, back in token indices (split at seams)."""
    offs_a = _offsets(segs_a)
    offs_b = _offsets(segs_b)
    out = []
    for ci, cj, n in blocks:
        while n > 0:
            ka = _seg_index(offs_a, ci)
            kb = _seg_index(offs_b, cj)
            run = min(n, offs_a[ka + 1] - ci, offs_b[kb + 1] - cj)
            out.append((segs_a[ka][0] + ci - offs_a[ka], segs_b[kb][0] + cj - offs_b[kb], run))
            ci += run
            cj += run
            n -= run
    return out


def _offsets(segs):
    offs = [0]
    for s, e in segs:
        offs.append(offs[-1] + e - s)
    return offs


def _seg_index(offs, c):
    return bisect_left(offs, c + 1) - 1


def _match_tokens(x: list[str], y: list[str], base_i: int, base_j: int) -> list[tuple[int, int, int]]:
    """Matching blocks of a longest common subsequence of two token lists.

    Long lists are first cut at words that occur once on each side (taken in an order both
    sides agree on, at most one cut every ``ANCHOR_STEP`` tokens), and the pieces aligned
    separately.
    """
    if not x or not y:
        return []
    if len(x) * len(y) > DIRECT_LIMIT:
        anchors = _unique_anchors(x, y)
        if anchors:
            out = []
            pi = pj = 0
            for i, j in anchors:
                out.extend(_match_tokens(x[pi:i], y[pj:j], base_i + pi, base_j + pj))
                out.append((base_i + i, base_j + j, 1))
                pi, pj = i + 1, j + 1
            out.extend(_match_tokens(x[pi:], y[pj:], base_i + pi, base_j + pj))
            return out
        if len(x) * len(y) > HARD_LIMIT:
            # Nothing to anchor on (e.g. long runs of the same few words): align slices one
            # after another, an approximation that keeps time and memory bounded. Each slice's
            # alignment is kept up to its last SLICE_MARGIN, and the next slice starts where the
            # kept part ends, so a slice boundary cuts no match short.
            margin = max(1, int(SLICE_TOKENS * SLICE_MARGIN))
            out = []
            i0 = j0 = 0
            while i0 < len(x) and j0 < len(y):
                i1, j1 = min(len(x), i0 + SLICE_TOKENS), min(len(y), j0 + SLICE_TOKENS)
                blocks = _match_tokens(x[i0:i1], y[j0:j1], 0, 0)
                if i1 == len(x) or j1 == len(y):
                    out.extend((base_i + i0 + i, base_j + j0 + j, n) for i, j, n in blocks)
                    break
                end_i, end_j = i0, j0
                for i, j, n in blocks:
                    n = min(n, i1 - margin - (i0 + i), j1 - margin - (j0 + j))
                    if n <= 0:
                        break
                    out.append((base_i + i0 + i, base_j + j0 + j, n))
                    end_i, end_j = i0 + i + n, j0 + j + n
                i0, j0 = (end_i, end_j) if (end_i, end_j) != (i0, j0) else (i1, j1)
            return out
    # The equal runs of the alignment, as rapidfuzz's matching blocks (the last is empty).
    return [(base_i + i, base_j + j, n) for i, j, n in Indel.opcodes(x, y).as_matching_blocks() if n]


#: Minimum distance, in tokens on each side, between two cuts of a long stretch.
ANCHOR_STEP = 300


def _unique_anchors(x: list[str], y: list[str]) -> list[tuple[int, int]]:
    """Cut points ``(i, j)`` with ``x[i] == y[j]`` a token occurring once on each side."""
    cx = Counter(x)
    cy = Counter(y)
    unique = [t for t, k in cx.items() if k == 1 and cy.get(t) == 1]
    if not unique:
        return []
    pos_x = dict(zip(x, range(len(x))))
    pos_y = dict(zip(y, range(len(y))))
    ux = sorted(unique, key=pos_x.__getitem__)
    uy = sorted(unique, key=pos_y.__getitem__)
    anchors = []
    last_i = last_j = -ANCHOR_STEP
    for tag, i1, i2, _, _ in Indel.opcodes(ux, uy):
        if tag != "equal":
            continue
        for t in ux[i1:i2]:
            i, j = pos_x[t], pos_y[t]
            if i - last_i >= ANCHOR_STEP and j - last_j >= ANCHOR_STEP:
                anchors.append((i, j))
                last_i, last_j = i, j
    return anchors


def _merge_adjacent(matches):
    out: list[tuple[int, int, int]] = []
    for i, j, n in sorted(matches):
        if n <= 0:
            continue
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            pi, pj, pn = out[-1]
            out[-1] = (pi, pj, pn + n)
        else:
            out.append((i, j, n))
    return out


def _clean_up(matches, moves, a: Tokens, b: Tokens):
    """Merge small equal islands into the changes around them (readable, not minimal).

    Sizes count a word as one and punctuation as half. An island of at most
    ``ISLAND_MAX_TOKENS`` tokens goes when the changes on each side are at least its size and
    one of them at least twice its size (and two words or more): ``[-a b-] the [-c d-]`` reads
    better as one replacement, while ``[-a-]{+x+}, [-b-]{+y+}`` stays as two one-word swaps.
    A change next to a move keeps its islands.
    """
    if len(matches) < 3:
        return matches
    if not moves:
        if isinstance(a, CodedTokens):
            return _clean_up_arrays(matches, a, b)
        return _clean_up_plain(matches, a.word_prefix, b.word_prefix)
    old_moves = sorted((m[0], m[1]) for m in moves)
    new_moves = sorted((m[2], m[3]) for m in moves)
    pa, pb = a.word_prefix, b.word_prefix

    def change_size(i1, j1, i2, j2):
        if moves and (_overlaps(old_moves, i1, i2) or _overlaps(new_moves, j1, j2)):
            return 0.0
        # words + punctuation / 2 == (words + tokens) / 2 (a whole-line token holds many words)
        wa = pa[i2] - pa[i1]
        na = i2 - i1
        size_a = (wa + na) * 0.5 if na > wa else wa
        wb = pb[j2] - pb[j1]
        nb = j2 - j1
        size_b = (wb + nb) * 0.5 if nb > wb else wb
        return size_a if size_a > size_b else size_b

    limit = ISLAND_MAX_TOKENS
    for _ in range(2):
        kept: list[tuple[int, int, int]] = [matches[0]]
        merged = False
        last = len(matches) - 1
        for k in range(1, last):
            i, j, n = matches[k]
            if n <= limit:
                pi, pj, pn = kept[-1]
                ni, nj, _ = matches[k + 1]
                before = change_size(pi + pn, pj + pn, i, j)
                if before:
                    after = change_size(i + n, j + n, ni, nj)
                    words = pa[i + n] - pa[i]
                    weight = (words + n) * 0.5 if n > words else words
                    bigger, smaller = (before, after) if before > after else (after, before)
                    if bigger >= 2 and 2 * weight <= bigger and weight <= smaller:
                        merged = True
                        continue
            kept.append(matches[k])
        kept.append(matches[last])
        matches = kept
        if not merged:
            break
    return matches


def _clean_up_plain(matches, pa: list[int], pb: list[int]):
    """``_clean_up`` when nothing moved, with the change sizes worked out inline (the same
    rules; this runs once per match of a long text)."""
    limit = ISLAND_MAX_TOKENS
    for _ in range(2):
        kept: list[tuple[int, int, int]] = [matches[0]]
        merged = False
        last = len(matches) - 1
        for k in range(1, last):
            island = matches[k]
            i, j, n = island
            if n <= limit:
                pi, pj, pn = kept[-1]
                # The change before the island: from the end of the previous match to it.
                i1, j1 = pi + pn, pj + pn
                wa = pa[i] - pa[i1]
                na = i - i1
                size_a = (wa + na) * 0.5 if na > wa else wa
                wb = pb[j] - pb[j1]
                nb = j - j1
                size_b = (wb + nb) * 0.5 if nb > wb else wb
                before = size_a if size_a > size_b else size_b
                if before:
                    # The change after it, up to the next match.
                    ni, nj, _ = matches[k + 1]
                    i2, j2 = i + n, j + n
                    wa = pa[ni] - pa[i2]
                    na = ni - i2
                    size_a = (wa + na) * 0.5 if na > wa else wa
                    wb = pb[nj] - pb[j2]
                    nb = nj - j2
                    size_b = (wb + nb) * 0.5 if nb > wb else wb
                    after = size_a if size_a > size_b else size_b
                    words = pa[i2] - pa[i]
                    weight = (words + n) * 0.5 if n > words else words
                    bigger, smaller = (before, after) if before > after else (after, before)
                    if bigger >= 2 and 2 * weight <= bigger and weight <= smaller:
                        merged = True
                        continue
            kept.append(island)
        kept.append(matches[last])
        matches = kept
        if not merged:
            break
    return matches


def _clean_up_arrays(matches, a: CodedTokens, b: CodedTokens):
    """``_clean_up_plain`` with the decisions worked out as arrays.

    Each island is first judged as if the match before it stays (true unless that one was
    merged); then, in order, only the islands right after a merged one are judged again with
    the match that really comes before them.
    """
    import numpy as np

    pa, pb = a.arrays[3], b.arrays[3]
    for _ in range(2):
        count = len(matches)
        rows = np.array(matches, dtype=np.int64).reshape(-1, 3)
        i, j, n = rows[:, 0], rows[:, 1], rows[:, 2]
        end_i, end_j = i + n, j + n

        def sizes(i1, i2, j1, j2):
            # words + punctuation / 2 on each side, the larger of the two
            wa, na = pa[i2] - pa[i1], i2 - i1
            wb, nb = pb[j2] - pb[j1], j2 - j1
            size_a = np.where(na > wa, (wa + na) * 0.5, wa)
            size_b = np.where(nb > wb, (wb + nb) * 0.5, wb)
            return np.maximum(size_a, size_b)

        mid = slice(1, count - 1)
        before = sizes(end_i[:-2], i[mid], end_j[:-2], j[mid])
        after = sizes(end_i[mid], i[2:], end_j[mid], j[2:])
        words = pa[end_i[mid]] - pa[i[mid]]
        weight = np.where(n[mid] > words, (words + n[mid]) * 0.5, words)
        bigger, smaller = np.maximum(before, after), np.minimum(before, after)
        goes = (n[mid] <= ISLAND_MAX_TOKENS) & (before != 0) & (bigger >= 2) & (2 * weight <= bigger) & (weight <= smaller)
        candidates = (np.flatnonzero(goes) + 1).tolist()
        if not candidates:
            break
        merged = _settle_islands(candidates, matches, a.word_prefix, b.word_prefix)
        matches = [m for k, m in enumerate(matches) if k not in merged]
    return matches


def _settle_islands(candidates: list[int], matches, pa: list[int], pb: list[int]) -> set[int]:
    """The islands that go, given those that would go if the match before each stayed
    (``candidates``, sorted): an island right after one that goes is judged again against the
    match before that one, as ``_clean_up_plain`` does walking the matches."""
    first_guess = set(candidates)
    merged: set[int] = set()
    kept_before: dict[int, int] = {}
    last = len(matches) - 1
    heap = list(candidates)
    seen: set[int] = set()
    while heap:
        k = heappop(heap)
        if k in seen:
            continue
        seen.add(k)
        if k - 1 in merged:
            kept = kept_before[k - 1]
            if not _island_goes(matches[kept], matches[k], matches[k + 1], pa, pb):
                continue
        elif k in first_guess:
            kept = k - 1
        else:
            continue
        merged.add(k)
        kept_before[k] = kept
        if k + 1 < last:
            heappush(heap, k + 1)
    return merged


def _island_goes(previous, island, following, pa: list[int], pb: list[int]) -> bool:
    """``_clean_up_plain``'s rule for one island between the kept match before it and the next."""
    pi, pj, pn = previous
    i, j, n = island
    ni, nj, _ = following
    if n > ISLAND_MAX_TOKENS:
        return False
    before = _change_size(pi + pn, i, pj + pn, j, pa, pb)
    if not before:
        return False
    after = _change_size(i + n, ni, j + n, nj, pa, pb)
    words = pa[i + n] - pa[i]
    weight = (words + n) * 0.5 if n > words else words
    bigger, smaller = (before, after) if before > after else (after, before)
    return bigger >= 2 and 2 * weight <= bigger and weight <= smaller


def _change_size(i1: int, i2: int, j1: int, j2: int, pa: list[int], pb: list[int]):
    wa, na = pa[i2] - pa[i1], i2 - i1
    size_a = (wa + na) * 0.5 if na > wa else wa
    wb, nb = pb[j2] - pb[j1], j2 - j1
    size_b = (wb + nb) * 0.5 if nb > wb else wb
    return size_a if size_a > size_b else size_b


_SENTENCE_ENDS = frozenset(".!?…")


def _boundary_score(toks: Tokens, s: int, e: int) -> int:
    # (Array tokens: read from the arrays, rather than making lists of every offset for this.)
    starts, ends = toks.arrays[1:3] if isinstance(toks, CodedTokens) else (toks.starts, toks.ends)
    text = toks.text
    score = 0
    if s == 0 or (ends[s - 1] - starts[s - 1] == 1 and text[starts[s - 1]] in _SENTENCE_ENDS):
        score += 2
    if ends[e - 1] - starts[e - 1] == 1 and text[starts[e - 1]] in _SENTENCE_ENDS:
        score += 2
    if text[starts[s]].isalnum():
        score += 1
    return score


def _slide(matches, moves, a: Tokens, b: Tokens):
    """Slide each pure insertion or deletion to the best equivalent place.

    ``fox[-. Extra words here-].`` and ``fox.[- Extra words here.-]`` say the same; the second
    keeps whole sentences together. A run can slide while the token it leaves behind equals the
    one it takes on; positions at sentence boundaries and starting on a word win.
    """
    old_moves = sorted((m[0], m[1]) for m in moves)
    new_moves = sorted((m[2], m[3]) for m in moves)
    matches = list(matches)
    for k in range(len(matches) - 1):
        i, j, n = matches[k]
        ni, nj, nn = matches[k + 1]
        if n == 0 or nn == 0:
            continue
        s_a, e_a, s_b, e_b = i + n, ni, j + n, nj
        if (s_a == e_a) == (s_b == e_b):
            continue
        if _overlaps(old_moves, s_a, e_a) or _overlaps(new_moves, s_b, e_b):
            continue
        side, s, e = (a, s_a, e_a) if s_a < e_a else (b, s_b, e_b)
        toks = side.tokens
        left = 0
        while left < n - 1 and toks[s - 1 - left] == toks[e - 1 - left]:
            left += 1
        right = 0
        while right < nn - 1 and toks[s + right] == toks[e + right]:
            right += 1
        if not left and not right:
            continue
        best, best_score = 0, _boundary_score(side, s, e)
        for d in range(-left, right + 1):
            score = _boundary_score(side, s + d, e + d)
            if score > best_score:
                best, best_score = d, score
        if best:
            matches[k] = (i, j, n + best)
            matches[k + 1] = (ni + best, nj + best, nn - best)
    return matches


def _overlaps(ranges, lo, hi) -> bool:
    if lo >= hi or not ranges:
        return False
    k = bisect_left(ranges, (lo, lo))
    if k < len(ranges) and ranges[k][0] < hi:
        return True
    return k > 0 and ranges[k - 1][1] > lo


# A piece is (kind, old start, old end, new start, new end, move id) in tokens.


def _plain_pieces(matches, n_a: int, n_b: int):
    """``_pieces`` when nothing moved: each stretch between matches is one deletion, insertion
    or replacement."""
    pieces = []
    append = pieces.append
    pi = pj = 0
    for i, j, n in [*matches, (n_a, n_b, 0)]:
        if pi < i:
            append((REPLACE, pi, i, pj, j, None) if pj < j else (DELETE, pi, i, pj, pj, None))
        elif pj < j:
            append((INSERT, i, i, pj, j, None))
        if n:
            append((EQUAL, i, i + n, j, j + n, None))
        pi, pj = i + n, j + n
    return pieces


def _split_by_moves(moves: list, k: int, start: int, end: int, plain: str, moved: str) -> tuple[list, int]:
    """The run ``start:end`` of one text cut at the moved blocks that lie in it (``moves`` sorted,
    from index ``k`` on): plain pieces between them. Returns the pieces and the next index."""
    parts = []
    cur = start
    while k < len(moves) and moves[k][0] < end:
        s, e, mid = moves[k]
        if cur < s:
            parts.append((plain, cur, s, None))
        parts.append((moved, s, e, mid))
        cur = e
        k += 1
    if cur < end:
        parts.append((plain, cur, end, None))
    return parts, k


def _pieces(matches, moves, n_a: int, n_b: int):
    if not moves:
        return _plain_pieces(matches, n_a, n_b)
    from_moves = sorted((m[0], m[1], m[4]) for m in moves)
    to_moves = sorted((m[2], m[3], m[4]) for m in moves)
    fi = ti = 0
    pieces = []
    pi = pj = 0
    for i, j, n in [*matches, (n_a, n_b, 0)]:
        if pi < i or pj < j:
            old_parts, fi = _split_by_moves(from_moves, fi, pi, i, DELETE, MOVE_FROM)
            new_parts, ti = _split_by_moves(to_moves, ti, pj, j, INSERT, MOVE_TO)
            paired = None
            if old_parts and new_parts and old_parts[-1][0] == DELETE and new_parts[0][0] == INSERT:
                paired = (REPLACE, old_parts[-1][1], old_parts[-1][2], new_parts[0][1], new_parts[0][2], None)
                old_parts.pop()
                new_parts.pop(0)
            for kind, s, e, mid in old_parts:
                pieces.append((kind, s, e, pj, pj, mid))
            if paired:
                pieces.append(paired)
            for kind, s, e, mid in new_parts:
                pieces.append((kind, i, i, s, e, mid))
        if n:
            pieces.append((EQUAL, i, i + n, j, j + n, None))
        pi, pj = i + n, j + n
    return pieces


def _gaps_at(toks: Tokens, indices) -> list[str]:
    """``toks.gap(i)`` for each ``i`` in ``indices`` (from the tokeniser's list when it made one)."""
    if toks.gaps:
        return list(map(toks.gaps.__getitem__, indices))
    lefts = [0, *toks.ends]
    rights = [*toks.starts, len(toks.text)]
    return list(map(toks.text.__getitem__, map(slice, map(lefts.__getitem__, indices), map(rights.__getitem__, indices))))


def _ops(pieces, a: Tokens, b: Tokens) -> tuple[list[DiffOp], DiffCounts]:
    """The ops for ``pieces``, with character offsets, and the word counts.

    The whitespace at a cut between two pieces goes either to the piece before it or to the
    piece after it. Cuts separated only by one-sided pieces share a point of one text, so they
    go the same way; it is chosen so that the equal pieces around them keep identical
    whitespace on both sides.

    Columns are worked out a whole list at a time (``map`` over lists, no per-op Python code
    except at the cuts that need a decision and for replacements): a long text has thousands
    of ops.
    """
    old, new = a.text, b.text
    sa, ea, sb, eb = a.starts, a.ends, b.starts, b.ends
    len_old, len_new = len(old), len(new)
    # Indexed by token index 0..n: the cut before that token when its whitespace goes to the
    # piece before (``after``) or to the piece after it (``before``).
    after_a, before_a = [0, *sa[1:], len_old], [0, *ea[:-1], len_old]
    after_b, before_b = [0, *sb[1:], len_new], [0, *eb[:-1], len_new]

    count = len(pieces)
    last = count - 1
    kinds, i1s, i2s, j1s, j2s, mids = zip(*pieces)
    old_ends = list(map(after_a.__getitem__, i2s))
    new_ends = list(map(after_b.__getitem__, j2s))
    # ``same_gap[k]``: the whitespace at the end of piece ``k`` is the same in both texts.
    same_gap = list(map(str.__eq__, _gaps_at(a, i2s), _gaps_at(b, j2s)))
    # A group is a piece and the one-sided pieces after it (not the last piece); its cuts go
    # the same way.
    c = 0
    while c < last:
        d = c
        while d + 1 < last and (i1s[d + 1] == i2s[d + 1] or j1s[d + 1] == j2s[d + 1]):
            d += 1
        if kinds[c] == EQUAL:
            before = not same_gap[c] and (kinds[d + 1] != EQUAL or same_gap[d])
        else:
            before = kinds[d + 1] == EQUAL and same_gap[d]
        if before:
            for k in range(c, d + 1):
                old_ends[k] = before_a[i2s[k]]
                new_ends[k] = before_b[j2s[k]]
        c = d + 1
    old_ends[last], new_ends[last] = len_old, len_new
    old_starts = [0, *old_ends[:-1]]
    new_starts = [0, *new_ends[:-1]]

    pa, pb = a.word_prefix, b.word_prefix
    words_old = list(map(sub, map(pa.__getitem__, i2s), map(pa.__getitem__, i1s)))
    words_new = list(map(sub, map(pb.__getitem__, j2s), map(pb.__getitem__, j1s)))
    substitution = [False] * count
    inserted = sum(compress(words_new, map(INSERT.__eq__, kinds)))
    deleted = sum(compress(words_old, map(DELETE.__eq__, kinds)))
    moved = sum(compress(words_new, map(MOVE_TO.__eq__, kinds)))
    substituted = 0
    for k in compress(range(count), map(REPLACE.__eq__, kinds)):
        if words_old[k] == 1 and words_new[k] == 1:
            substitution[k] = True
            substituted += 1
        else:
            inserted += words_new[k]
            deleted += words_old[k]
    old_texts = map(old.__getitem__, map(slice, old_starts, old_ends))
    new_texts = map(new.__getitem__, map(slice, new_starts, new_ends))
    rows = zip(kinds, old_starts, old_ends, new_starts, new_ends, old_texts, new_texts, substitution, mids)
    ops = list(map(tuple.__new__, repeat(DiffOp, count), rows))
    return ops, DiffCounts(inserted, deleted, substituted, moved)


# -- the ops with array operations (when the texts were tokenised with them) ---------------------

_KIND_CODES = {kind: k for k, kind in enumerate(KINDS)}


def _ops_arrays(matches, moves, a: CodedTokens, b: CodedTokens) -> tuple[list[DiffOp], DiffCounts]:
    """``_ops(_pieces(matches, moves, ...), a, b)`` with the columns worked out as numpy arrays:
    the same pieces, cuts, texts and counts."""
    import numpy as np

    n_a, n_b = len(a.tokens), len(b.tokens)
    if moves:
        pieces = _pieces(matches, moves, n_a, n_b)
        kinds = np.array([_KIND_CODES[p[0]] for p in pieces], dtype=np.int64)
        i1, i2, j1, j2 = np.array([p[1:5] for p in pieces], dtype=np.int64).T
        mids = [p[5] for p in pieces]
    else:
        kinds, i1, i2, j1, j2 = _plain_piece_arrays(np, matches, n_a, n_b)
        mids = None
    count = len(kinds)
    last = count - 1
    chars_a, starts_a, ends_a, prefix_a = a.arrays
    chars_b, starts_b, ends_b, prefix_b = b.arrays
    len_old, len_new = len(a.text), len(b.text)
    # Indexed by token index 0..n: where the whitespace before that token starts and ends.
    gap_lo_a = np.concatenate([[0], ends_a])
    gap_hi_a = np.concatenate([starts_a, [len_old]])
    gap_lo_b = np.concatenate([[0], ends_b])
    gap_hi_b = np.concatenate([starts_b, [len_new]])
    # The cut at the end of each piece: after the whitespace that follows it, or before it.
    after_a, before_a = gap_hi_a[i2], gap_lo_a[i2]
    after_b, before_b = gap_hi_b[j2], gap_lo_b[j2]
    # (The cut at the very end of a text is its end either way.)
    before_a[i2 == n_a] = len_old
    before_b[j2 == n_b] = len_new
    after_a[i2 == 0] = 0
    after_b[j2 == 0] = 0
    before_a[i2 == 0] = 0
    before_b[j2 == 0] = 0
    same_gap = _same_gaps(np, a.text, b.text, chars_a, chars_b, gap_lo_a[i2], gap_hi_a[i2], gap_lo_b[j2], gap_hi_b[j2])
    # Groups: a piece and the one-sided pieces after it (never the last piece); their cuts go
    # the same way, chosen as in ``_ops``.
    is_equal = kinds == _KIND_CODES[EQUAL]
    heads = np.zeros(count, dtype=bool)
    heads[0] = True
    heads[1:] = (i1[1:] != i2[1:]) & (j1[1:] != j2[1:])
    first = np.flatnonzero(heads[:last])
    final = np.concatenate([first[1:] - 1, [last - 1]]) if len(first) else first
    before = np.where(
        is_equal[first],
        ~same_gap[first] & (~is_equal[final + 1] | same_gap[final]),
        is_equal[final + 1] & same_gap[final],
    )
    move_back = np.zeros(count, dtype=bool)
    move_back[:last] = np.repeat(before, final - first + 1)
    old_ends = np.where(move_back, before_a, after_a)
    new_ends = np.where(move_back, before_b, after_b)
    old_ends[last], new_ends[last] = len_old, len_new
    old_starts = np.concatenate([[0], old_ends[:-1]])
    new_starts = np.concatenate([[0], new_ends[:-1]])

    words_old = prefix_a[i2] - prefix_a[i1]
    words_new = prefix_b[j2] - prefix_b[j1]
    replace = kinds == _KIND_CODES[REPLACE]
    substitution = replace & (words_old == 1) & (words_new == 1)
    plain_replace = replace & ~substitution
    inserted = int(words_new[(kinds == _KIND_CODES[INSERT]) | plain_replace].sum())
    deleted = int(words_old[(kinds == _KIND_CODES[DELETE]) | plain_replace].sum())
    moved = int(words_new[kinds == _KIND_CODES[MOVE_TO]].sum())
    substituted = int(substitution.sum())

    old, new = a.text, b.text
    old_starts, old_ends = old_starts.tolist(), old_ends.tolist()
    new_starts, new_ends = new_starts.tolist(), new_ends.tolist()
    old_texts = map(old.__getitem__, map(slice, old_starts, old_ends))
    new_texts = map(new.__getitem__, map(slice, new_starts, new_ends))
    kind_names = map(KINDS.__getitem__, kinds.tolist())
    rows = zip(
        kind_names,
        old_starts,
        old_ends,
        new_starts,
        new_ends,
        old_texts,
        new_texts,
        substitution.tolist(),
        mids if mids is not None else repeat(None, count),
    )
    ops = list(map(tuple.__new__, repeat(DiffOp, count), rows))
    return ops, DiffCounts(inserted, deleted, substituted, moved)


def _plain_piece_arrays(np, matches, n_a: int, n_b: int):
    """``_plain_pieces`` as arrays: kind codes, old start and end, new start and end."""
    rows = np.array([*matches, (n_a, n_b, 0)], dtype=np.int64).reshape(-1, 3)
    i, j, n = rows[:, 0], rows[:, 1], rows[:, 2]
    pi = np.concatenate([[0], (i + n)[:-1]])
    pj = np.concatenate([[0], (j + n)[:-1]])
    has_a, has_b = pi < i, pj < j
    # Before each match, the stretch since the previous one; then the match itself.
    stretch = np.where(
        has_a & has_b,
        _KIND_CODES[REPLACE],
        np.where(has_a, _KIND_CODES[DELETE], _KIND_CODES[INSERT]),
    )
    kinds = np.stack([stretch, np.full(len(i), _KIND_CODES[EQUAL])], axis=1).ravel()
    keep = np.stack([has_a | has_b, n > 0], axis=1).ravel()
    i1 = np.stack([pi, i], axis=1).ravel()
    i2 = np.stack([i, i + n], axis=1).ravel()
    j1 = np.stack([pj, j], axis=1).ravel()
    j2 = np.stack([j, j + n], axis=1).ravel()
    return kinds[keep], i1[keep], i2[keep], j1[keep], j2[keep]


def _same_gaps(np, old: str, new: str, chars_a, chars_b, lo_a, hi_a, lo_b, hi_b):
    """For each pair of spans, whether ``old[lo_a:hi_a] == new[lo_b:hi_b]`` (whitespace: spans of
    one character are compared as arrays, longer ones as strings)."""
    size = hi_a - lo_a
    same = size == hi_b - lo_b
    one = np.flatnonzero(same & (size == 1))
    same[one] = chars_a[lo_a[one]] == chars_b[lo_b[one]]
    longer = np.flatnonzero(same & (size > 1))
    if len(longer):
        same[longer] = list(
            map(
                str.__eq__,
                map(old.__getitem__, map(slice, lo_a[longer].tolist(), hi_a[longer].tolist())),
                map(new.__getitem__, map(slice, lo_b[longer].tolist(), hi_b[longer].tolist())),
            )
        )
    return same
