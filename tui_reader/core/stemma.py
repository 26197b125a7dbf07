"""Stemmatic analysis of close copies: shared innovations group witnesses under common sources.

Every witness (a text as a string of word codes, see ``core.features``) is aligned word by word
with a reference witness. Each place where some witness differs from the reference is a
variant location; at each location the witnesses split by the reading they carry (a word, a
run of words, or nothing where the passage is missing). Which reading is the original is told
by the kind of change where it can be (copyists drop words and lines far more often than they
add any; a word found nowhere else is a misspelling), otherwise by head count. The witness with
the fewest changes against it is taken for the original unless it has sure changes of its own;
its readings then orient every location the kind of change leaves open (a misspelling it shares
with its own copies stays a change: it may be a copy of a lost original whose misspelling its
copies inherited). The other readings are innovations, and the set of witnesses sharing an
innovation is a clade (common descent: an error is rarely made twice the same way). A witness
lacking a short passage is given its closest relative's readings there.

Compatible clades (nested or disjoint) form a tree; where clades conflict, the one backed by
more locations wins. Each clade then needs a source: a witness of the clade that has no
innovation of its own beyond the clade's (it carries exactly the readings its descendants
inherited; a change of its own in words the clade's other members replaced or lack says
nothing either way), or else a lost witness. Pure functions on strings: no state, deterministic.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import Indel


@dataclass
class Stemma:
    """A derivation tree over witnesses ``0..n-1`` and lost sources ``0..k-1``.

    ``parent[w]`` is ``("w", i)`` (witness ``i``), ``("h", j)`` (lost source ``j``) or ``None``
    (the root). ``hidden_parent[j]`` is the parent of lost source ``j`` in the same form.
    ``own[w]`` counts the innovations witness ``w`` shares with no other witness.
    """

    parent: list[tuple[str, int] | None]
    hidden_parent: list[tuple[str, int] | None] = field(default_factory=list)
    hidden_members: list[list[int]] = field(default_factory=list)
    own: list[int] = field(default_factory=list)
    clades: int = 0


#: Longest run of words replaced in place that still counts as substituted words.
SUBSTITUTION_MAX = 2
#: Longest run of words replaced by a different run that is read as a replacement rather than
#: as an omission beside an addition.
REPLACEMENT_MAX = 12
#: A replaced run is also at most this many times as long as the words written in its place: a
#: long run lost beside a word or two of something else is an omission (a dropped line, an
#: eye-skip) next to a change, and reads like the same omission in the copy it came from.
REPLACEMENT_RATIO = 4
MIN_SUPPORT = 2
OWN_MAX = 1

#: Reading of a witness that lacks the passage a location lies in (it neither agrees nor differs).
MISSING = None
#: Reading of a witness that lacks a long passage around a location (an excerpt): it is not
#: given its relatives' readings there.
ABSENT = "\x00"
#: Longest run of words that, repeating the words beside it, is read as written twice.
DOUBLING_MAX = 2
#: Farthest a word (or two) may be written from its place and still count as moved there.
MOVE_SPAN = 2
#: Reading of a witness that moved a word or two (``MOVED`` and the words' codes).
MOVED = "~"
#: Longest missing run whose readings are filled in from the closest relative.
IMPUTE_RUN = 30


@dataclass
class Location:
    """One variant location: ``kind`` is ``"word"``, ``"gap"``, ``"run"`` or ``"move"`` (a word
    or two written a place or two away); ``readings`` one per witness; ``context`` the reference
    words around a gap."""

    kind: str
    readings: list
    context: str = ""
    #: A run that repeats the words right before or after it (a doubling, not a loss).
    doubled: bool = False
    #: Where it is: the index of the reference word it lies at (or before).
    at: int = 0


def variant_locations(texts: list[str]) -> list[Location]:
    """Readings of every witness at each variant location (one list per location).

    Locations are the reference's words, the gaps between them, and each distinct run of the
    reference missing from some witness (read as ``"-"`` by the witnesses without the run, as
    ``"+"`` by those that have all of it, ``None`` by those missing only part of it). A witness
    reads ``None`` at the words and gaps of a run it lacks. A word that a witness lacks in one
    place and has a place or two away is one move location (read as ``MOVED`` and the word by
    the witnesses that moved it, ``""`` by the rest), whose direction is told by head count.
    Only locations where some witness differs from the reference are returned, in text order.
    """
    n = len(texts)
    if n < 2:
        return []
    # The longest witness lacks the fewest passages (ties: the lower index).
    ref = max(range(n), key=lambda k: (len(texts[k]), -k))
    R = texts[ref]
    changed: dict[tuple[int, int, int], dict[int, str]] = {}
    lacks: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for w in range(n):
        if w == ref:
            continue
        T = texts[w]
        # Word-level alignment on common subsequences (a substitution is a deletion next to an
        # insertion of the same length); a single-cost substitution would pair unrelated words
        # across a passage one text lacks and the other has.
        deleted: list[list[int]] = []
        inserted: dict[int, str] = {}
        for op in Indel.editops(R, T):
            if op.tag == "delete":
                if deleted and deleted[-1][1] == op.src_pos:
                    deleted[-1][1] += 1
                else:
                    deleted.append([op.src_pos, op.src_pos + 1])
            else:
                inserted[op.src_pos] = inserted.get(op.src_pos, "") + T[op.dest_pos]
        for a, b in deleted:
            for at in (a, b):
                ins = inserted.get(at)
                if ins is not None and len(ins) == b - a <= SUBSTITUTION_MAX:
                    for k in range(b - a):
                        changed.setdefault((a + k, 1, 0), {})[w] = ins[k]
                    del inserted[at]
                    break
                if (
                    ins is not None
                    and max(len(ins), b - a) <= REPLACEMENT_MAX
                    and REPLACEMENT_RATIO * len(ins) >= b - a
                ):
                    # Words replaced by other words: one reading, whose direction is told by
                    # head count like a substituted word's.
                    changed.setdefault((a, 1, 0), {})[w] = ins
                    for k in range(a + 1, b):
                        changed.setdefault((k, 1, 0), {})[w] = ""
                    del inserted[at]
                    break
            else:
                lacks[w].append((a, b))
        if MOVE_SPAN:
            # A word written a place or two away from where the others have it: one change (a
            # move), not a loss beside an unrelated addition.
            for at, ins in list(inserted.items()):
                if len(ins) > DOUBLING_MAX:
                    continue
                for a, b in lacks[w]:
                    if R[a:b] == ins and min(abs(at - a), abs(at - b)) <= MOVE_SPAN:
                        lacks[w].remove((a, b))
                        del inserted[at]
                        changed.setdefault((min(a, at), 3, 0), {})[w] = MOVED + ins
                        break
        for at, ins in inserted.items():
            changed.setdefault((at, 0, 0), {})[w] = ins
    runs = sorted({run for w in range(n) for run in lacks[w]})
    for a, b in runs:
        changed.setdefault((a, 2, b), {})
    out = []
    for key in sorted(changed):
        i, kind, end = key
        if kind == 2:
            readings: list[str | None] = []
            for w in range(n):
                if (i, end) in lacks[w]:
                    readings.append("-")
                elif any(x < end and i < y for x, y in lacks[w]):
                    long = any(x < end and i < y and y - x > IMPUTE_RUN for x, y in lacks[w])
                    readings.append(ABSENT if long else MISSING)
                else:
                    readings.append("+")
            passage, size = R[i:end], end - i
            doubled = size <= DOUBLING_MAX and passage in (R[max(0, i - size) : i], R[end : end + size])
            out.append(Location("run", readings, doubled=doubled, at=i))
            continue
        default = R[i] if kind == 1 else ""
        readings = [default] * n
        for w, r in changed[key].items():
            readings[w] = r
        for w in range(n):
            for x, y in lacks[w]:
                if (kind in (1, 3) and x <= i < y) or (kind == 0 and x < i < y):
                    readings[w] = ABSENT if y - x > IMPUTE_RUN else MISSING
                    break
        out.append(Location(("gap", "word", "run", "move")[kind], readings, R[max(0, i - 3) : i + 3], at=i))
    return out


def _original(loc: Location, counts: Counter, frequency: Counter) -> tuple[str | None, bool]:
    """The reading a location's witnesses inherited (``None`` when it cannot be told), and
    whether that call rests on the kind of change rather than on a head count.

    A copyist drops words and lines far more often than he adds any: of a run some witnesses
    lack, and of a word some witnesses lack, the fuller text is the original; but a word doubled
    from its neighbour is an addition. A reading found nowhere else in the texts (a
    misspelling) is a change when the other is a common word. Otherwise the reading most
    witnesses carry is the original.
    """
    if loc.kind == "run":
        # The fuller text, unless the run only doubles its neighbour.
        return ("-" if loc.doubled else "+"), True
    readings = list(counts)
    if loc.kind == "gap":
        # A word also found right beside the gap was doubled or moved, not dropped by the rest.
        doubled = [r for r in readings if r and len(r) <= 2 and r in loc.context]
        added = [r for r in readings if r and r not in doubled]
        if len(added) == 1:
            return added[0], True
        if doubled and not added and "" in counts:
            return "", True
    elif len(readings) == 2:
        a, b = readings
        only_a = frequency[a] <= counts[a]
        only_b = frequency[b] <= counts[b]
        if only_a != only_b:
            return (b if only_a else a), True
    top = max(counts[r] for r in readings)
    leaders = [r for r in readings if counts[r] == top]
    return (leaders[0] if len(leaders) == 1 else None), False


def _innovations(
    locations: list[Location], n: int, frequency: Counter, root: int | None = None
) -> tuple[Counter, list[tuple[int, int]], list[int]]:
    """Clades (frozensets of witnesses) with the number of locations backing each; for each
    witness the evidence against it being the original (its innovations: how many rest on the
    kind of change, how many on a head count), and how many of the former it alone carries.
    With ``root`` given, that witness's readings are taken as the original ones where the kind of
    change leaves the direction open."""
    support: Counter = Counter()
    sure = [0] * n
    counted = [0] * n
    alone = [0] * n
    for loc in locations:
        readings = loc.readings
        counts = Counter(r for r in readings if r is not MISSING and r is not ABSENT)
        if len(counts) < 2:
            continue
        original, strong = _original(loc, counts, frequency)
        if original is not None:
            for w in range(n):
                if readings[w] != original and readings[w] is not ABSENT:
                    if strong:
                        sure[w] += 1
                        alone[w] += counts[readings[w]] == 1
                    else:
                        counted[w] += 1
        original = _oriented(loc, counts, original, strong, root)
        if original is None:
            continue  # the location says nothing about direction
        for r in counts:
            if r == original:
                continue
            support[frozenset(w for w in range(n) if readings[w] == r)] += 1
    return support, list(zip(sure, counted)), alone


#: Changes a witness may carry that no other witness shares, resting on the kind of change (an
#: omission, a misspelling), and still be taken for the original.
LOST_ALONE = 0


def _impute(locations: list[Location], similarity: list[list[float]]) -> None:
    """A witness lacking the passage of a location is given its closest relative's reading there."""
    for loc in locations:
        r = loc.readings
        known = [w for w in range(len(r)) if r[w] is not MISSING and r[w] is not ABSENT]
        if not known or len(known) == len(r):
            continue
        for w in range(len(r)):
            if r[w] is MISSING:
                near = max(known, key=lambda x: (similarity[w][x], -x))
                r[w] = r[near]


def _oriented(loc: Location, counts: Counter, original, strong: bool, root: int | None):
    """The original reading at ``loc`` with witness ``root`` (if any) presumed the original:
    ``original`` where the kind of change told it (``strong``), otherwise the root's reading.
    Words one witness alone has where every other has nothing follow the root even so: one hand
    may have added them, or replaced a word beside them, as likely as all the others lost them."""
    if root is None or (strong and not (loc.kind == "gap" and counts[original] == 1)):
        return original
    return loc.readings[root]


def _location_original(loc: Location, frequency: Counter, root: int | None):
    """The original reading at ``loc`` as ``_innovations`` orients it (``None``: unknown)."""
    counts = Counter(r for r in loc.readings if r is not MISSING and r is not ABSENT)
    if len(counts) < 2:
        return loc.readings[root] if root is not None else None
    return _oriented(loc, counts, *_original(loc, counts, frequency), root)


#: Farthest (in words) a change of a copy may lie from a word its exemplar moved and still be
#: taken to hide the move from the alignment.
MOVE_HIDDEN_SPAN = 2


def _own_within(locations: list[Location], originals: list, w: int, clade: frozenset) -> int:
    """Changes only ``w`` carries (``originals``: the original reading of each location, or
    ``None``) that tell against it being the source of ``clade``. A change says nothing either
    way where every other member of the clade
    - left out the words ``w`` changed (the change may be older than their omission);
    - carries ``w``'s word inside a longer reading (it wrote a word of its own beside it);
    - or, for a word ``w`` moved, changed words of its own within MOVE_HIDDEN_SPAN of it: the
      alignment no longer sees the move in a copy that also changed its neighbours."""
    others = [x for x in clade if x != w]

    def changed_near(x: int, at: int) -> bool:
        return any(
            abs(near.at - at) <= MOVE_HIDDEN_SPAN
            and was is not None
            and near.readings[w] == was
            and near.readings[x] not in (was, MISSING, ABSENT)
            for near, was in zip(locations, originals)
        )

    count = 0
    for loc, original in zip(locations, originals):
        r = loc.readings
        mine = r[w]
        if original is None or mine == original or mine is MISSING or mine is ABSENT:
            continue
        if sum(1 for x in r if x == mine) != 1:
            continue
        if others and loc.kind not in ("gap", "move") and all(r[x] in ("", "-") or r[x] is MISSING or r[x] is ABSENT for x in others):
            continue
        if others and mine and loc.kind == "word" and all(isinstance(r[x], str) and r[x] != original and mine in r[x] for x in others):
            continue
        if others and loc.kind == "move" and all(changed_near(x, loc.at) for x in others):
            continue
        count += 1
    return count


def _compatible(a: frozenset, b: frozenset) -> bool:
    return a <= b or b <= a or not (a & b)


def build_stemma(
    texts: list[str],
    own_max: int = OWN_MAX,
    similarity: list[list[float]] | None = None,
) -> Stemma:
    """The derivation tree of close copies ``texts`` (see the module docstring).

    ``similarity[a][b]``: word-sequence similarity of two witnesses, when already known.

    A witness is the source of its clade when it has at most ``own_max`` innovations of its own
    where the clade's other members read something else.
    """
    n = len(texts)
    if n == 0:
        return Stemma([])
    frequency: Counter = Counter()
    for t in texts:
        frequency.update(t)
    if similarity is None:
        similarity = [[Indel.normalized_similarity(a, b) if a is not b else 1.0 for b in texts] for a in texts]
    locations = variant_locations(texts)
    _impute(locations, similarity)
    support, against, alone = _innovations(locations, n, frequency)
    # The original is the witness with the fewest sure changes against it (then the fewest
    # counted ones), unless it has sure changes no other witness shares: then it is a copy of a
    # lost original like the others, and the head count stands.
    best = min(range(n), key=lambda w: (against[w], w))
    rooted = alone[best] <= LOST_ALONE
    if rooted:
        support, _, _ = _innovations(locations, n, frequency, root=best)
    own = [support.get(frozenset([w]), 0) for w in range(n)]
    originals = [_location_original(loc, frequency, best if rooted else None) for loc in locations]
    everyone = frozenset(range(n))
    accepted: list[frozenset] = []
    for clade, _count in sorted(
        ((c, k) for c, k in support.items() if 2 <= len(c) < n and k >= MIN_SUPPORT), key=lambda ck: (-ck[1], -len(ck[0]), sorted(ck[0]))
    ):
        if all(_compatible(clade, a) for a in accepted):
            accepted.append(clade)
    clades = sorted(accepted + [everyone], key=lambda c: (-len(c), sorted(c)))
    # The smallest accepted clade holding each clade / witness is its container.
    def container(members: frozenset) -> int | None:
        best = None
        for k, c in enumerate(clades):
            if members < c and (best is None or len(c) < len(clades[best])):
                best = k
        return best

    parent_clade = [container(c) for c in clades]
    witness_clade = [container(frozenset([w])) for w in range(n)]
    # Direct members of each clade, and the witness (if any) that is the clade's source.
    direct: dict[int, list[int]] = {k: [] for k in range(len(clades))}
    for w in range(n):
        direct[witness_clade[w]].append(w)
    source: dict[int, int | None] = {}
    for k in range(len(clades)):
        cands = [w for w in direct[k] if _own_within(locations, originals, w, clades[k]) <= own_max]
        members = sorted(clades[k])
        source[k] = (
            min(cands, key=lambda w: (own[w], -sum(similarity[w][x] for x in members), w)) if cands else None
        )
    hidden_of: dict[int, int] = {}
    for k in range(len(clades)):
        if source[k] is None:
            hidden_of[k] = len(hidden_of)

    def node(k: int) -> tuple[str, int]:
        return ("w", source[k]) if source[k] is not None else ("h", hidden_of[k])

    parent: list[tuple[str, int] | None] = [None] * n
    for w in range(n):
        k = witness_clade[w]
        parent[w] = None if source[k] == w and parent_clade[k] is None else (
            node(parent_clade[k]) if source[k] == w else node(k)
        )
    hidden_parent: list[tuple[str, int] | None] = [None] * len(hidden_of)
    hidden_members: list[list[int]] = [[] for _ in hidden_of]
    for k, j in hidden_of.items():
        hidden_parent[j] = node(parent_clade[k]) if parent_clade[k] is not None else None
        hidden_members[j] = sorted(clades[k])
    return Stemma(parent, hidden_parent, hidden_members, own, len(accepted))
