"""Story grouping: split a mixed collection into stories (articles that share a source history).

Each article is reduced to a set of 64-bit *features*: word bigrams (``"of the"``, ``"kastus
kalinouski"``...) and *anchors* (capitalised words and numbers, which survive spinning and
machine translation when the surrounding wording does not). Grouping then runs in two steps:

1. **Candidates without all pairs.** Every article picks its rarest features that at least one
   other article also has (document frequency between 2 and a cap). Articles that share such a
   rare feature become candidate pairs. Rare features are almost always inherited text (a
   phrase, a name, a figure), so a copy meets its parent, and two unrelated articles rarely meet.
2. **Exact verification.** Each candidate pair is scored by IDF-weighted containment of the
   full feature sets (the share of the smaller article's weight that the other article also
   has) and linked when the score clears a threshold. Stories are the connected components.

Everything depends only on article content, never on input order, so grouping is
deterministic. Features are plain numpy arrays, cheap to cache per article.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tui_reader.core.model import Article

#: Bump when features or grouping change meaning (part of every cache key that stores them).
GROUPING_VERSION = "1"

_TOKEN_RE = re.compile(r"\w+(?:['.-]\w+)*", re.UNICODE)
_ANCHOR_TAG = np.uint64(0xA5A5A5A5) << np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_token_hash_memo: dict[str, int] = {}


@dataclass(frozen=True)
class GroupingParams:
    """Knobs of the grouping; the defaults are tuned on synthetic mixed collections."""

    #: Rare features each article offers for candidate generation.
    rare_per_article: int = 24
    #: Features shared by more articles than this never generate candidates.
    max_df: int = 400
    #: A pair must share at least this many rare features to be verified (1 for tiny articles).
    min_shared_rare: int = 2
    #: IDF-weighted containment needed to link two articles.
    link_threshold: float = 0.22
    #: Weight multiplier for anchors (names, numbers) relative to word bigrams.
    anchor_weight: float = 1.5


@dataclass(frozen=True)
class ArticleFeatures:
    """The grouping features of one article: sorted unique 64-bit hashes; anchors are tagged."""

    content_hash: str
    features: np.ndarray = field(compare=False, hash=False)

    def to_bytes(self) -> bytes:
        return np.ascontiguousarray(self.features, dtype="<u8").tobytes()

    @classmethod
    def from_bytes(cls, content_hash: str, data: bytes) -> ArticleFeatures:
        if len(data) % 8:
            raise ValueError("feature data is not a whole number of 64-bit values")
        arr = np.frombuffer(data, dtype="<u8").astype(np.uint64)
        if arr.size > 1 and not bool(np.all(arr[1:] > arr[:-1])):
            raise ValueError("feature data is not sorted and unique")
        return cls(content_hash, arr)


def _token_hash(token: str) -> int:
    value = _token_hash_memo.get(token)
    if value is None:
        value = zlib.crc32(token.encode("utf-8"))
        if len(_token_hash_memo) < 2_000_000:
            _token_hash_memo[token] = value
    return value


def _normalise_token(token: str) -> str:
    token = token.lower()
    if token.endswith("'s"):
        token = token[:-2]
    return token


def article_features(article: Article) -> ArticleFeatures:
    """Compute the grouping features of ``article`` from its headline-free body text."""
    text = article.body.replace("\u2019", "'").replace("\u2018", "'")
    raw = _TOKEN_RE.findall(text)
    hashes = np.fromiter((_token_hash(_normalise_token(t)) for t in raw), dtype=np.uint64, count=len(raw))
    anchors = [
        _token_hash("#" + _normalise_token(t))
        for t in raw
        if (t[0].isupper() and len(t) > 1) or (any(c.isdigit() for c in t) and len(t) > 1)
    ]
    parts = []
    if hashes.size >= 2:
        parts.append((hashes[:-1] << np.uint64(32)) | hashes[1:])
    elif hashes.size == 1:
        parts.append(hashes)
    if anchors:
        parts.append(_ANCHOR_TAG | np.asarray(anchors, dtype=np.uint64))
    feats = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)
    return ArticleFeatures(article.content_hash, feats)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb


@dataclass
class GroupingStats:
    """What the grouping did, for benchmarks and diagnostics."""

    articles: int = 0
    candidate_pairs: int = 0
    verified_pairs: int = 0
    linked_pairs: int = 0


def _feature_weights(all_feats: np.ndarray, df: np.ndarray, n: int, anchor_weight: float) -> np.ndarray:
    weights = np.log1p(n / df.astype(np.float64))
    is_anchor = (all_feats >> np.uint64(32)) == (_ANCHOR_TAG >> np.uint64(32))
    weights[is_anchor] *= anchor_weight
    return weights


def group_features(
    features: Sequence[ArticleFeatures],
    params: GroupingParams | None = None,
    stats: GroupingStats | None = None,
    all_pairs: bool = False,
) -> list[list[int]]:
    """Group articles (given by their features) into stories.

    Returns lists of indices into ``features``: each list sorted, lists ordered by their first
    index. ``all_pairs=True`` verifies every pair instead of generating candidates (a baseline
    for benchmarks; quadratic).
    """
    params = params or GroupingParams()
    stats = stats if stats is not None else GroupingStats()
    n = len(features)
    stats.articles = n
    if n == 0:
        return []
    # Canonical order (content first) so that nothing depends on the input order.
    order = sorted(range(n), key=lambda i: (features[i].content_hash, i))
    feats = [features[i].features for i in order]
    lengths = np.fromiter((f.size for f in feats), dtype=np.int64, count=n)
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    flat = np.concatenate(feats) if n else np.zeros(0, dtype=np.uint64)
    uniq, inverse, df = np.unique(flat, return_inverse=True, return_counts=True)
    weights = _feature_weights(uniq, df, n, params.anchor_weight)
    # Per-article views: feature ids (into uniq), sorted because feats are sorted and unique.
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    ids_of = [inverse[offsets[i] : offsets[i + 1]] for i in range(n)]
    total_weight = np.fromiter((weights[ids].sum() for ids in ids_of), dtype=np.float64, count=n)

    if all_pairs:
        ii, jj = np.triu_indices(n, k=1)
        pairs = np.stack([ii, jj], axis=1).astype(np.int64)
        shared = np.zeros(len(pairs), dtype=np.int64)
    else:
        pairs, shared = _candidate_pairs(inverse, owner, df, n, params)
    stats.candidate_pairs = int(len(pairs))

    uf = _UnionFind(n)
    # Strongest candidates first so that most later pairs are already joined and skipped.
    if len(pairs):
        rank = np.lexsort((pairs[:, 1], pairs[:, 0], -shared))
        pairs = pairs[rank]
    verified = linked = 0
    for a, b in pairs.tolist():
        if uf.find(a) == uf.find(b):
            continue
        verified += 1
        ia, ib = ids_of[a], ids_of[b]
        common = np.intersect1d(ia, ib, assume_unique=True)
        if common.size == 0:
            continue
        score = weights[common].sum() / max(min(total_weight[a], total_weight[b]), 1e-9)
        if score >= params.link_threshold:
            uf.union(a, b)
            linked += 1
    stats.verified_pairs = verified
    stats.linked_pairs = linked

    groups: dict[int, list[int]] = {}
    for canon, original in enumerate(order):
        groups.setdefault(uf.find(canon), []).append(original)
    result = [sorted(g) for g in groups.values()]
    result.sort(key=lambda g: g[0])
    return result


def _candidate_pairs(
    inverse: np.ndarray, owner: np.ndarray, df: np.ndarray, n: int, params: GroupingParams
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles sharing at least ``min_shared_rare`` of their rarest features."""
    feat_df = df[inverse]
    usable = (feat_df >= 2) & (feat_df <= params.max_df)
    f_ids, f_owner, f_df = inverse[usable], owner[usable], feat_df[usable]
    if f_ids.size == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int64)
    # Rarest features of each article: sort by (owner, df, feature id) and keep the first k.
    order = np.lexsort((f_ids, f_df, f_owner))
    f_ids, f_owner = f_ids[order], f_owner[order]
    starts = np.searchsorted(f_owner, np.arange(n))
    rank_in_owner = np.arange(f_owner.size) - starts[f_owner]
    keep = rank_in_owner < params.rare_per_article
    sel_feat, sel_owner = f_ids[keep], f_owner[keep]
    # Posting lists of the selected features: every article that has the feature at all
    # (selected or not), so a copy is found even when the feature is not among its rarest.
    chosen = np.unique(sel_feat)
    has = np.isin(inverse, chosen)
    post_feat, post_owner = inverse[has], owner[has]
    porder = np.lexsort((post_owner, post_feat))
    post_feat, post_owner = post_feat[porder], post_owner[porder]
    p_start = np.searchsorted(post_feat, sel_feat, side="left")
    p_end = np.searchsorted(post_feat, sel_feat, side="right")
    counts = p_end - p_start
    total = int(counts.sum())
    if total == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int64)
    src = np.repeat(sel_owner, counts)
    idx = np.repeat(p_start - np.cumsum(np.concatenate(([0], counts[:-1]))), counts) + np.arange(total)
    dst = post_owner[idx]
    lo, hi = np.minimum(src, dst), np.maximum(src, dst)
    mask = lo != hi
    key = lo[mask] * n + hi[mask]
    # Each (article, selected feature) hit counts once per direction; count distinct features.
    feat_of_hit = np.repeat(sel_feat, counts)[mask]
    hit = np.unique(np.stack([key, feat_of_hit.astype(np.int64)], axis=1), axis=0)
    keys, shared = np.unique(hit[:, 0], return_counts=True)
    pairs = np.stack([keys // n, keys % n], axis=1)
    need = np.full(len(keys), params.min_shared_rare, dtype=np.int64)
    per_article = np.bincount(sel_owner, minlength=n)
    few = np.minimum(per_article[pairs[:, 0]], per_article[pairs[:, 1]]) < params.min_shared_rare * 2
    need[few] = 1  # tiny articles have few features: one shared rare feature is enough
    ok = shared >= need
    return pairs[ok], shared[ok]


def group_articles(
    articles: Sequence[Article],
    params: GroupingParams | None = None,
    features: Sequence[ArticleFeatures] | None = None,
) -> list[list[int]]:
    """Group ``articles`` into stories; returns index lists as :func:`group_features` does."""
    if features is None:
        features = [article_features(a) for a in articles]
    return group_features(features, params)
