"""Story grouping: split a mixed collection into stories (articles that share a source history).

Each body paragraph is reduced to a set of 64-bit *features*: word bigrams (``"kastus
kalinouski"``; bigrams of two function words such as ``"of the"`` are tagged and weigh little)
and *anchors* (names inside a sentence and numbers, which survive spinning and machine
translation when the surrounding wording does not). An article's features are the union of its
paragraphs'; a short article (a headline-only item, a brief, a picture story) is also read by its
headline and photo captions (:func:`grouping_text`). Features are weighted by rarity in the
collection (IDF).

1. **Candidates without all pairs.** Every article offers its rarest shared features plus a
   bottom-k sketch of its not-too-common features; articles that have an offered feature become
   candidate pairs if they share at least two offered features. Rare features are almost always
   inherited text (a phrase, a name, a figure), so a copy meets its parent, and unrelated
   articles rarely meet.
2. **Exact verification.** A candidate pair is linked when (a) the weight the two articles
   share is a large enough share of the smaller one (with a floor, so one-line items cannot link
   on a handful of features), and (b) the shared text runs through most paragraphs of at least
   one of the two (a block merged into two articles from a third source does not make them one
   story). Stories are the connected components.
   Short items (a headline-only item, a one-paragraph brief, an excerpt of the lead) are below
   the floor: once the passes below know what is boilerplate and topic vocabulary, such an item
   joins a story when most of what is left of it is in one article of the story and the shared
   text is more than a name or a dateline, so a lead sentence full of topic words still finds
   its story while a line that many stories carry links none of them.
   A *brief* (an article of a few sentences wholly within a longer one) links last and joins
   two stories only when it holds the lead of the other article or matches it nearly as well
   as its own best match: a brief whose lead shares topic phrases with another story on the
   subject, or that another story retells in a paragraph, stays with its own story.
3. **Boilerplate and topic words.** A first strict pass forms cores; a feature found in more
   than a few cores (sign-offs, credit lines, the names every story on a topic mentions) stops
   counting as evidence; the spread is then recounted over the stories of the previous pass.

Everything depends only on article content, never on input order, so grouping is
deterministic. Features are plain numpy arrays, cheap to cache per article.
"""

from __future__ import annotations

import re
import zlib
from itertools import islice
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tui_reader.core.metadata import HEADLINE_REPEAT, PHOTO_CAPTION
from tui_reader.core.model import Article

#: Bump when features or grouping change meaning (part of every cache key that stores them).
GROUPING_VERSION = "7"

_TOKEN_RE = re.compile(r"\w+(?:['.-]\w+)*", re.UNICODE)
_ANCHOR_TAG = np.uint64(0x7A5A5A5A) << np.uint64(32)
_FUNCTION_TAG = np.uint64(1) << np.uint64(63)
_token_hash_memo: dict[str, int] = {}

#: Function words: a bigram of two of them ("of the") is tagged and weighs little as evidence.
FUNCTION_WORDS = frozenset(
    """a about after against all also an and any are as at be been before being between both but by
    can could did do does during each for from had has have having he her here hers him his how i
    if in into is it its just me more most my no nor not now of off on once only or other our out
    over own same she should so some such than that the their them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your says said""".split()
)


@dataclass(frozen=True)
class GroupingParams:
    """Knobs of the grouping; the defaults are tuned on synthetic mixed collections."""

    #: Rare features each article offers for candidate generation.
    rare_per_article: int = 8
    #: Features of each article's bottom-k sketch offered for candidate generation.
    sketch_per_article: int = 8
    #: Features shared by more articles than this are left out of the sketch.
    max_df: int = 100
    #: A pair must share at least this many offered features to be verified (1 for tiny articles).
    min_shared_rare: int = 2
    #: IDF-weighted containment needed to link two articles.
    link_threshold: float = 0.35
    #: Threshold below ``min_articles_for_spread`` articles: with few articles the IDF weights
    #: are flat (every phrase looks rare), which lowers the scores of true copies too.
    small_link_threshold: float = 0.2
    #: Evidence floor, in rare-feature weights: a pair of tiny articles (a one-line item and
    #: its boilerplate) cannot reach the threshold on a handful of shared features.
    min_evidence_features: float = 12.0
    #: Once boilerplate and topic words no longer count (after the strict pass), an article
    #: below the floor (a headline-only item, a one-paragraph brief) joins a story when this
    #: share of its own weight is in the other article...
    short_link_threshold: float = 0.6
    #: ...and the shared text weighs at least this many rare-feature weights before any
    #: down-weighting (a sentence of a few distinctive words, not a stray name or a dateline)...
    min_short_evidence: float = 4.0
    #: ...of which at least this many are not boilerplate or topic words.
    min_short_specific: float = 1.0
    #: A paragraph counts as shared when this share of its weight is in the other article.
    paragraph_share: float = 0.2
    #: Shared paragraphs must make up this share of at least one of the two articles.
    min_coverage: float = 0.6
    #: An article with fewer features than this (about as many words) whose text is all in a
    #: longer article is a brief or an excerpt of it: it links last (see ``_link``)...
    brief_features: int = 150
    #: ...and joins two stories only when it matches the second almost as well as its best
    #: match (a copy of it, say)...
    bridge_ratio: float = 0.8
    #: ...or when it holds most of the lead of the article it is in (one of the first two
    #: paragraphs, at least this share of its weight).
    lead_share: float = 0.5
    #: Pass-1 threshold for strict cores (0 disables the boilerplate/topic down-weighting).
    core_threshold: float = 0.5
    #: Features found in more strict cores than this do not count as evidence.
    max_core_spread: int = 3
    #: Extra passes that recount a feature's spread over the previous pass's stories.
    refine_passes: int = 1
    #: Below this many articles there are too few cores to tell boilerplate from story text.
    min_articles_for_spread: int = 50
    #: Weight multiplier for anchors (names, numbers) relative to word bigrams.
    anchor_weight: float = 0.75


@dataclass(frozen=True)
class ArticleFeatures:
    """The grouping features of one article.

    ``features`` are sorted unique 64-bit hashes (word bigrams; tagged anchors; tagged
    function-word bigrams). ``para_features``/``para_index`` list the features of each body
    paragraph (unique within it), to tell text shared throughout from a block merged in.
    """

    content_hash: str
    features: np.ndarray = field(compare=False, hash=False)
    para_features: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint64), compare=False, hash=False)
    para_index: np.ndarray = field(default_factory=lambda: np.zeros(0, np.uint32), compare=False, hash=False)

    def to_bytes(self) -> bytes:
        head = np.array([self.features.size, self.para_features.size], dtype="<u4").tobytes()
        return (
            head
            + np.ascontiguousarray(self.features, dtype="<u8").tobytes()
            + np.ascontiguousarray(self.para_features, dtype="<u8").tobytes()
            + np.ascontiguousarray(self.para_index, dtype="<u4").tobytes()
        )

    @classmethod
    def from_bytes(cls, content_hash: str, data: bytes) -> ArticleFeatures:
        if len(data) < 8:
            raise ValueError("feature data too short")
        n_feat, n_para = (int(x) for x in np.frombuffer(data[:8], dtype="<u4"))
        if len(data) != 8 + 8 * n_feat + 12 * n_para:
            raise ValueError("feature data has the wrong length")
        feats = np.frombuffer(data, dtype="<u8", count=n_feat, offset=8).astype(np.uint64)
        pf = np.frombuffer(data, dtype="<u8", count=n_para, offset=8 + 8 * n_feat).astype(np.uint64)
        pi = np.frombuffer(data, dtype="<u4", count=n_para, offset=8 + 8 * (n_feat + n_para)).astype(np.uint32)
        if feats.size > 1 and not bool(np.all(feats[1:] > feats[:-1])):
            raise ValueError("feature data is not sorted and unique")
        if pf.size and not bool(np.all(np.isin(pf, feats))):
            raise ValueError("paragraph features are not article features")
        return cls(content_hash, feats, pf, pi)


def _token_hash(token: str) -> int:
    value = _token_hash_memo.get(token)
    if value is None:
        value = zlib.crc32(token.encode("utf-8")) & 0x7FFFFFFF  # bit 63 of a bigram is a tag
        if len(_token_hash_memo) < 2_000_000:
            _token_hash_memo[token] = value
    return value


def _normalise_token(token: str) -> str:
    token = token.lower()
    if token.endswith("'s"):
        token = token[:-2]
    return token


_SENTENCE_END = frozenset(".!?\"\u201c\u201d:")


def _paragraph_features(text: str, names: bool = True) -> np.ndarray:
    """Features of one paragraph; ``names=False`` reads capitals as no names (a headline in
    title case capitalises every word)."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    matches = list(_TOKEN_RE.finditer(text))
    norm = [_normalise_token(m.group()) for m in matches]
    hashes = np.fromiter((_token_hash(t) for t in norm), dtype=np.uint64, count=len(norm))
    function = np.fromiter((t in FUNCTION_WORDS for t in norm), dtype=bool, count=len(norm))
    anchors = []
    for m, low in zip(matches, norm):
        tok = m.group()
        if len(tok) < 2:
            continue
        if any(c.isdigit() for c in tok):
            anchors.append(_token_hash("#" + low))
        elif names and tok[0].isupper():
            j = m.start() - 1
            while j >= 0 and text[j].isspace():
                j -= 1
            if j >= 0 and text[j] not in _SENTENCE_END:  # a name, not a sentence opener
                anchors.append(_token_hash("#" + low))
    parts = []
    if hashes.size >= 2:
        bigrams = (hashes[:-1] << np.uint64(32)) | hashes[1:]
        bigrams[function[:-1] & function[1:]] |= _FUNCTION_TAG
        parts.append(bigrams)
    elif hashes.size == 1:
        parts.append(hashes)
    if anchors:
        parts.append(_ANCHOR_TAG | np.asarray(anchors, dtype=np.uint64))
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint64)


#: Below this many body words an article is also read by its headline and the boilerplate that
#: still tells its story (photo captions, headline repeats): a headline-only item, a brief, or
#: a picture story whose one sentence was taken for a caption has little else to group by.
SHORT_ARTICLE_WORDS = 60
_STORY_BOILERPLATE = (PHOTO_CAPTION, HEADLINE_REPEAT)


#: Words as :func:`tui_reader.core.model.count_words` counts them.
_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)


def _fewer_words(text: str, limit: int) -> bool:
    """``count_words(text) < limit``, reading no further than the ``limit``-th word."""
    return next(islice(_WORD_RE.finditer(text), limit - 1, None), None) is None


def grouping_text(article: Article) -> tuple[str, ...]:
    """The paragraphs grouping reads: the body, and for a short article its headline and
    story-telling boilerplate too."""
    paragraphs = article.paragraphs
    if not _fewer_words(article.body, SHORT_ARTICLE_WORDS):
        return paragraphs
    extra = [article.title] if article.title else []
    extra += [b.text for b in article.blocks if not b.is_body and b.reason in _STORY_BOILERPLATE]
    return paragraphs + tuple(extra)


def features_key(article: Article) -> str:
    """What an article's features depend on: its content hash, plus whatever else
    :func:`grouping_text` reads for a short article."""
    extra = grouping_text(article)[len(article.paragraphs) :]
    if not extra:
        return article.content_hash
    return f"{article.content_hash}-{zlib.crc32(chr(0).join(extra).encode('utf-8')):08x}"


def article_features(article: Article) -> ArticleFeatures:
    """Compute the grouping features of ``article`` from :func:`grouping_text`."""
    texts = grouping_text(article)
    headline = len(article.paragraphs) if len(texts) > len(article.paragraphs) and article.title else -1
    per_para = [_paragraph_features(p, names=k != headline) for k, p in enumerate(texts)]
    if per_para:
        pf = np.concatenate(per_para)
        pi = np.repeat(np.arange(len(per_para), dtype=np.uint32), [a.size for a in per_para])
    else:
        pf, pi = np.zeros(0, np.uint64), np.zeros(0, np.uint32)
    return ArticleFeatures(article.content_hash, np.unique(pf), pf, pi)


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
    verified_pairs: int = 0  # over every pass
    linked_pairs: int = 0


def _feature_weights(all_feats: np.ndarray, df: np.ndarray, n: int, anchor_weight: float) -> np.ndarray:
    weights = np.log1p(n / df.astype(np.float64))
    is_anchor = (all_feats >> np.uint64(32)) == (_ANCHOR_TAG >> np.uint64(32))  # never tagged
    weights[is_anchor] *= anchor_weight
    weights[(all_feats & _FUNCTION_TAG) != 0] *= 0.1
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
    para_ids_of = [np.searchsorted(uniq, features[i].para_features) for i in order]
    para_idx_of = [features[i].para_index.astype(np.int64) for i in order]

    if all_pairs:
        ii, jj = np.triu_indices(n, k=1)
        pairs = np.stack([ii, jj], axis=1).astype(np.int64)
        shared = np.zeros(len(pairs), dtype=np.int64)
    else:
        pairs, shared = _candidate_pairs(inverse, owner, df, n, params)
    stats.candidate_pairs = int(len(pairs))

    floor = params.min_evidence_features * float(np.log1p(n / 2.0))
    # Strongest candidates first so that most later pairs are already joined and skipped.
    if len(pairs):
        rank = np.lexsort((pairs[:, 1], pairs[:, 0], -shared))
        pairs = pairs[rank]
    pair_list = pairs.tolist()
    evidence = _Evidence(ids_of, para_ids_of, para_idx_of, weights, floor, params)
    uf = None
    if params.core_threshold and n >= params.min_articles_for_spread:
        # Pass 1: strict cores. A feature found in many cores is boilerplate (sign-offs, credit
        # lines) or topic vocabulary (places and people in the news), not inherited text: it
        # stops counting as evidence in the next pass. Later passes count the spread over the
        # previous pass's stories instead, which gives back the text a whole story shares (its
        # lead sentence is in every core of the story, but in one story).
        # Cores only trust features of at most ``max_df`` articles: a template line shared by
        # thousands (a link list, a newsletter promo) must not glue the cores together.
        evidence.set_weights(np.where(df > params.max_df, 0.0, weights))
        uf = _link(pair_list, evidence, params.core_threshold, n, stats)
        for _ in range(1 + params.refine_passes):
            labels = np.fromiter((uf.find(i) for i in range(n)), dtype=np.int64, count=n)
            # Only groups of two or more count: lone articles are fragments still to place.
            grouped = (np.bincount(labels, minlength=n) >= 2)[labels][owner]
            keys = np.unique(inverse[grouped].astype(np.int64) * np.int64(n) + labels[owner][grouped])
            spread = np.bincount(keys // np.int64(n), minlength=uniq.size)
            evidence.set_weights(np.where(spread > params.max_core_spread, 0.0, weights), short_items=True)
            uf = _link(pair_list, evidence, params.link_threshold, n, stats)
    else:
        small = n < params.min_articles_for_spread
        threshold = params.small_link_threshold if small else params.link_threshold
        uf = _link(pair_list, evidence, threshold, n, stats)

    # Identical texts are one story even when too short to clear the evidence floor.
    for canon in range(1, n):
        if features[order[canon]].content_hash == features[order[canon - 1]].content_hash:
            uf.union(canon - 1, canon)
    groups: dict[int, list[int]] = {}
    for canon, original in enumerate(order):
        groups.setdefault(uf.find(canon), []).append(original)
    result = [sorted(g) for g in groups.values()]
    result.sort(key=lambda g: g[0])
    return result


class _Evidence:
    """Per-article views over the collection's feature ids, for exact pair verification."""

    def __init__(self, ids_of, para_ids_of, para_idx_of, weights, floor: float, params: GroupingParams):
        self.ids_of = ids_of
        self.para_ids_of = para_ids_of
        self.para_idx_of = para_idx_of
        self.floor = floor
        unit = floor / params.min_evidence_features  # the weight of the rarest shared feature
        self.short_evidence = unit * params.min_short_evidence
        self.short_specific = unit * params.min_short_specific
        self.params = params
        self.idf = weights
        self.set_weights(weights)

    def set_weights(self, weights: np.ndarray, short_items: bool = False) -> None:
        """Weights of the features; ``short_items`` once weights say what is boilerplate."""
        self.weights = weights
        self.short_items = short_items
        self.total = np.fromiter((weights[ids].sum() for ids in self.ids_of), dtype=np.float64, count=len(self.ids_of))

    def score(self, a: int, b: int) -> tuple[float, np.ndarray]:
        """(containment score, shared feature ids); short articles pass :meth:`short_score` too."""
        common = np.intersect1d(self.ids_of[a], self.ids_of[b], assume_unique=True)
        if common.size == 0:
            return 0.0, common
        shared = float(self.weights[common].sum())
        smaller = min(self.total[a], self.total[b])
        score = shared / max(smaller, self.floor)
        if smaller < self.floor and self.short_items and shared >= self.short_specific:
            # A short item judged on its own text: most of what is left of it once boilerplate
            # and topic words drop out is in the other article, and what the two share is more
            # than a name or two (a headline or lead sentence, not a dateline).
            if shared / smaller >= self.params.short_link_threshold:
                if float(self.idf[common].sum()) >= self.short_evidence:
                    score = max(score, shared / smaller)
        return score, common

    def coverage(self, a: int, common: np.ndarray) -> tuple[float, bool]:
        """Share of ``a``'s paragraph weight in paragraphs that largely consist of ``common``,
        and whether most of its lead (one of its first two paragraphs that weigh anything) is
        in ``common``."""
        ids, idx = self.para_ids_of[a], self.para_idx_of[a]
        if ids.size == 0:
            return 1.0, True
        w = self.weights[ids]
        total = np.bincount(idx, weights=w)
        shared = np.bincount(idx, weights=w * np.isin(ids, common))
        whole = total.sum()
        if whole <= 0:
            return 1.0, True
        weighty = total > 0
        lead = bool((shared[weighty][:2] >= self.params.lead_share * total[weighty][:2]).any())
        return float(total[shared >= self.params.paragraph_share * total].sum() / whole), lead

    def link(self, a: int, b: int, threshold: float) -> tuple[int, float, bool] | None:
        """None when ``a`` and ``b`` do not link; else ``(brief, score, lead)``: ``brief`` is the
        article of the two that is a brief wholly within the other (or -1), and ``lead`` tells
        whether the other's lead is in it."""
        score, common = self.score(a, b)
        if score < threshold:
            return None
        # Text shared throughout one of the two articles, not only in a block merged into
        # both from a common secondary source.
        need = self.params.min_coverage
        cov_a, lead_a = self.coverage(a, common)
        cov_b, lead_b = self.coverage(b, common)
        if cov_a >= need and cov_b >= need:
            return -1, score, True
        if cov_a >= need:
            return (a if self.is_brief(a) else -1), score, lead_b
        if cov_b >= need:
            return (b if self.is_brief(b) else -1), score, lead_a
        return None

    def is_brief(self, a: int) -> bool:
        return self.ids_of[a].size < self.params.brief_features


def _link(pairs, evidence: _Evidence, threshold: float, n: int, stats) -> _UnionFind:
    """Union-find over the candidate pairs that verify at ``threshold``.

    A brief wholly within a longer article (an excerpt, a one-paragraph item) links last, and
    joins two stories (groups of two or more articles) only when it holds the other article's
    lead or matches it nearly as well as its own best match: a brief whose lead shares topic
    phrases with another story on the same subject (the launch and the landing of one
    shuttle), or that a later story retells in a paragraph, stays with its own."""
    uf = _UnionFind(n)
    verified = linked = 0
    held: list[tuple[float, int, int, bool]] = []
    partners: dict[int, list[int]] = {}  # brief -> articles it is held against
    top = np.zeros(n)  # each article's best link score

    def known(x: int, ry: int) -> bool:
        # A brief already held against the group of y needs no second look at it.
        return any(uf.find(p) == ry for p in partners.get(x, ()))

    for a, b in pairs:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or known(a, rb) or known(b, ra):
            continue
        verified += 1
        found = evidence.link(a, b, threshold)
        if found is None:
            continue
        brief, score, lead = found
        top[a] = max(top[a], score)
        top[b] = max(top[b], score)
        if brief < 0:
            uf.union(a, b)
            linked += 1
        else:
            other = b if brief == a else a
            held.append((-score, brief, other, lead))
            partners.setdefault(brief, []).append(other)
    if held:
        # Strongest first; a lone article may always join (a brief finds its story, an article
        # finds the story a brief of it is in).
        size = np.zeros(n, dtype=np.int64)
        for i in range(n):
            size[uf.find(i)] += 1
        held.sort()
        for neg, brief, other, lead in held:
            rb, ro = uf.find(brief), uf.find(other)
            if rb == ro:
                continue
            stories = size[rb] >= 2 and size[ro] >= 2
            if stories and not lead and -neg < evidence.params.bridge_ratio * top[brief]:
                continue
            uf.union(rb, ro)
            root = uf.find(rb)
            size[root] = size[rb] + size[ro]
            linked += 1
    stats.verified_pairs += verified
    stats.linked_pairs = linked
    return uf


def _candidate_pairs(
    inverse: np.ndarray, owner: np.ndarray, df: np.ndarray, n: int, params: GroupingParams
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles sharing at least ``min_shared_rare`` of their rarest features."""
    feat_df = df[inverse]
    shared_any = feat_df >= 2
    f_ids, f_owner, f_df = inverse[shared_any], owner[shared_any], feat_df[shared_any]
    if f_ids.size == 0:
        return np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.int64)
    # Each article offers its rarest shared features (inherited phrases, names, figures) plus a
    # bottom-k sketch (the features with the smallest mixed hash, among those not too common):
    # similar articles share sketch features, which links a group of near-duplicates to the
    # rest of its story.
    nf = np.int64(inverse.max() + 1)
    order = np.lexsort((f_ids, f_df, f_owner))
    o_ids, o_owner = f_ids[order], f_owner[order]
    starts = np.searchsorted(o_owner, np.arange(n))
    rank = np.arange(o_owner.size) - starts[o_owner]
    keep = rank < params.rare_per_article
    rare_feat, rare_owner = o_ids[keep], o_owner[keep]
    common = f_df <= params.max_df
    f_ids, f_owner = f_ids[common], f_owner[common]
    mixed = (f_ids.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(11)
    order = np.lexsort((f_ids, mixed, f_owner))
    o_ids, o_owner = f_ids[order], f_owner[order]
    starts = np.searchsorted(o_owner, np.arange(n))
    rank = np.arange(o_owner.size) - starts[o_owner]
    keep = rank < params.sketch_per_article
    sel = np.unique(
        np.concatenate([rare_owner, o_owner[keep]]) * nf
        + np.concatenate([rare_feat, o_ids[keep]])
    )
    sel_owner, sel_feat = sel // nf, sel % nf
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
    hit = np.unique(key * nf + feat_of_hit)
    keys, shared = np.unique(hit // nf, return_counts=True)
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
