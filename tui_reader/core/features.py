"""Text features for comparing versions of a story: word codes, sentences, n-grams, pair figures.

Every article body is turned into a sequence of word codes (one character per distinct
lower-cased word, shared across the collection) so that rapidfuzz's C alignment routines can
work on words rather than characters. Pair figures are computed once per unordered pair and
read in both directions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from tui_reader.core.metadata import AGENCIES as KNOWN_AGENCIES
from tui_reader.core.metadata import (
    ATTRIBUTION,
    BYLINE,
    COPYRIGHT,
    DATE_LINE,
    OUTLET_SIGN_OFF,
    SOURCE_LINK,
    agency_name,
    classify_line,
    find_citations,
    same_source,
    source_names,
    WIRE_MARK,
)
from tui_reader.core.model import Article

try:  # optional: a similarity matrix per pair instead of one search per sentence
    import numpy as _np
except ImportError:  # pragma: no cover - depends on the environment
    _np = None

#: A line saying where the text first appeared ("Originally published at X") credits X, as a
#: credit line does: the page is a copy of X's.
CREDIT_SOURCE_LINKS = True

_WORD_RE = re.compile(r"\w+(?:[’'.-]\w+)*", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")
_NUMBER_RE = re.compile(r"\d")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'"})

#: Sentence pairs below this word-sequence similarity are treated as unrelated.
SENTENCE_FLOOR = 0.4
#: Sentence pairs at or above this similarity are near-verbatim copies.
VERBATIM = 0.8

#: Names of news agencies and outlets and the phrases that point at them, for attributions
#: (lower case; a phrase without a leading space or bracket must stand as a word). The agencies
#: are the loader's list (``core.metadata.AGENCIES``), their abbreviations matched as words.
AGENCIES: dict[str, tuple[str, ...]] = {
    name: tuple(dict.fromkeys([*names, *(a.lower() for a in abbrevs), *(f"({a.lower()})" for a in abbrevs)]))
    for name, (names, abbrevs) in KNOWN_AGENCIES.items()
}
AGENCIES["AP"] += ("ap photo", "inputs from ap", "according to ap")
AGENCIES.update({
    "The Washington Post": ("washington post",),
    "The New York Times": ("new york times",),
    "BBC": ("bbc",),
    "CNN": ("cnn",),
})
#: (phrase as looked for in normalised text, name), longest phrase first.
_NEEDLES = sorted(
    {
        (n if n.startswith("(") else f" {n} ", name)
        for name, needles in AGENCIES.items()
        for n in (*needles, name.lower())
    },
    key=lambda x: (-len(x[0]), x),
)


def _char(code: int) -> str:
    # Skip the surrogate block so every code is a valid one-character string.
    cp = code + 0x100
    if cp >= 0xD800:
        cp += 0x800
    return chr(cp)


@dataclass
class Prepared:
    """One article reduced to what the comparisons need."""

    id: str
    date: str | None
    outlet: str | None
    words: list[str]
    codes: str
    sentences: list[str]
    trigrams: frozenset
    rare: frozenset
    attributions: tuple[str, ...]
    vocabulary: frozenset = field(default_factory=frozenset)
    #: Agencies the article credits in a credit line ("(with inputs from AP)", "Credit: ...").
    credited: tuple[str, ...] = ()
    #: Agencies the article names as its own publisher (copyright or "Follow X for more updates").
    published_by: tuple[str, ...] = ()
    #: Of those, the agencies whose byline the article carries too ("By Reuters | Tokyo").
    published_under_byline: tuple[str, ...] = ()
    #: The only date shown is when the article was updated: it was published earlier.
    date_is_update: bool = False
    #: The agency a dateline opening the text names ("CANBERRA (Reuters) - ..."), if any.
    dateline: str | None = None

    @property
    def length(self) -> int:
        return len(self.codes)

    @cached_property
    def weight(self) -> float:
        return sum(sentence_weight(s) for s in self.sentences)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Index of each sentence's first word in ``words``."""
        out, at = [], 0
        for s in self.sentences:
            out.append(at)
            at += len(s)
        return out

    @cached_property
    def sentence_index(self) -> dict[str, int]:
        """Each distinct sentence (as word codes) and where it first occurs."""
        out: dict[str, int] = {}
        for i, s in enumerate(self.sentences):
            out.setdefault(s, i)
        return out


#: Sentences shorter than this many words (sign-offs, generic filler) count for less.
SHORT_SENTENCE = 1
SHORT_WEIGHT = 0.3


def sentence_weight(sentence: str) -> float:
    """How much a sentence (as word codes) counts in coverage figures."""
    n = len(sentence)
    return n if n >= SHORT_SENTENCE else n * SHORT_WEIGHT


class Encoder:
    """Maps words to one-character codes, shared by every article of a collection."""

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def encode(self, words: list[str]) -> str:
        out = []
        for w in words:
            c = self._codes.get(w)
            if c is None:
                c = _char(len(self._codes))
                self._codes[w] = c
            out.append(c)
        return "".join(out)


#: Lines that syndication adds around a story: sign-offs, credits, date lines.
_FURNITURE_RE = re.compile(
    r"^\s*(?:[—–-]+\s*\w[\w .&'-]{0,40}|follow .{1,60} for more updates\.?|(?:this )?story (?:first )?appeared .{0,80}"
    r"|(?:published|posted|updated|first published)\b.{0,60}"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}[\w ,.:]{0,20}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[\w ,.:]{0,20}|\d{4}-\d{2}-\d{2}[\w ,.:+-]{0,20})\s*$",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    parts: list[str] = []
    for para in text.split("\n\n"):
        if _FURNITURE_RE.match(para.strip()) and len(para) < 120:
            continue
        for s in _SENTENCE_END_RE.split(para):
            if s.strip():
                parts.append(s)
    return parts


def _named_in(text: str) -> set[str]:
    """The agencies and outlets of AGENCIES that ``text`` names. The longest names are looked
    for first and taken out of the text, so that "Australian Associated Press" is not also read
    as "Associated Press"."""
    text = " " + re.sub(r"\s+", " ", re.sub(r"[^\w()'’ -]", " ", text.lower())) + " "
    found = set()
    for needle, name in _NEEDLES:
        if needle in text:
            found.add(name)
            text = text.replace(needle, " ")
    return found


def attributions(article: Article) -> tuple[str, ...]:
    """Agencies or outlets an article credits, from its metadata and its text (sorted)."""
    return tuple(sorted({s for s in article.sources if s} | _named_in(article.full_text)))


def shared_wording(articles: list[Article]) -> list[list[float]]:
    """For every two articles, the larger share of either one's word trigrams (body only) that
    the other has: how much wording they have in common, 0-1 (1 on the diagonal)."""
    encoder = Encoder()
    grams = [prepare(a, encoder).trigrams for a in articles]
    out = [[1.0] * len(grams) for _ in grams]
    for i, a in enumerate(grams):
        for j in range(i + 1, len(grams)):
            b = grams[j]
            common = len(a & b)
            share = max(common / len(a) if a else 0.0, common / len(b) if b else 0.0)
            out[i][j] = out[j][i] = share
    return out


def agency_mentions(article: Article) -> tuple[str, ...]:
    """The agencies that ``article``'s body names as the source of a quote or a fact ("told
    Reuters", "according to The Associated Press": ``metadata.find_citations``, datelines such
    as "(AP) —" left out, which mark the agency's own story). Agencies write this in their own
    stories as well, so it is no sign that a version is a copy, only that an agency is behind
    the story."""
    return tuple(
        sorted({c.agency for text in article.paragraphs for c in find_citations(text) if not c.raw.startswith("(")})
    )


def credit_lines(article: Article) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(agencies credited as a source, agencies named as the publisher) from the article's
    own lines, read as the loader reads them (``metadata.classify_line``): a copy says where it
    comes from (a credit or attribution line, an agency's byline), an agency's own copy carries
    its copyright or a "Follow X for more updates" sign-off. Every short line is read, body or
    not, so that articles built without the loader are read the same way."""
    return _credit_reading(article)[:2]


def _credit_reading(article: Article) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """``credit_lines`` and the publishers whose byline the page carries too ("By Reuters"
    above Reuters' sign-off): the agency's own page, where copies kept only its foot."""
    credited: set[str] = set()
    own: set[str] = set()
    # A line naming the article's own outlet is no credit: a masthead, or the agency's own
    # byline ("By The Associated Press" on the agency's page).
    itself = _named_in(article.outlet or "")
    signed: set[str] = set()
    bylined: set[str] = set()
    # Credits standing above the text ("Source: Xinhua" over the dateline), which an agency's
    # sign-off below may show to be its own page's label (see ``credit_lines``).
    above: set[str] = set()
    in_text = False
    for block in article.blocks:
        line = block.text.strip()
        if not line or (len(line) > 120 and not _NOTICE_RE.match(line)):
            in_text = in_text or bool(line)
            continue
        info = classify_line(line)
        if info is None:
            in_text = True
            continue
        if info.reason == BYLINE:
            bylined |= set(info.agencies)
        if info.reason == ATTRIBUTION or (info.reason == SOURCE_LINK and CREDIT_SOURCE_LINKS):
            # Sources no table knows, by the line's form ("(With inputs from APA)").
            credited |= {c for c in info.cites if not (article.outlet and same_source(c, article.outlet))}
        if info.reason == ATTRIBUTION or (info.reason == BYLINE and info.agencies):
            credited |= set(info.agencies) - itself
            if not in_text and info.reason == ATTRIBUTION:
                above |= set(info.agencies)
        elif info.reason in (COPYRIGHT, WIRE_MARK):
            agencies = set(info.agencies)
            if info.reason == WIRE_MARK:
                # Editors' initials alone: the agency the dateline names.
                dateline = dateline_agency(article) if not agencies else None
                agencies |= {dateline} if dateline and agency_name(dateline) else set()
                signed |= agencies
            own |= agencies
        elif info.reason == OUTLET_SIGN_OFF and info.outlet and line.lower().startswith("follow "):
            # "Follow X for more updates". (A bare outlet name at the foot of a page is the
            # page's outlet to the loader, and no agency's mark.)
            own |= _named_in(info.outlet)
    # An agency's sign-off marks its own copy even where the page names it as the source above
    # the text ("Source: Xinhua" over the dateline, "Enditem" below); a credit elsewhere is a
    # copy's, which kept the sign-off ("Source: Reuters" at the foot above "(Reporting by ...)").
    # So does the agency's copyright under its own byline ("By The Associated Press" above,
    # "Copyright 2021 The Associated Press" below).
    credited -= (signed & above if CREDIT_ABOVE_ONLY else signed) | (bylined & own if OWN_BYLINE else set())
    published = own - credited
    return tuple(sorted(credited)), tuple(sorted(published)), tuple(sorted(bylined & published))


#: A copyright notice, read whatever its length ("Copyright 2021 The Associated Press. All rights
#: reserved. This material may not be published, broadcast, rewritten or redistributed.").
_NOTICE_RE = re.compile(r"(?i)^(?:©|\(c\)|copyright\b)")
#: See ``credit_lines``: an agency's byline above its copyright is its own page, not a credit.
OWN_BYLINE = True
#: See ``credit_lines``: only a credit above the text can be an agency's own page's label.
CREDIT_ABOVE_ONLY = True


_UPDATED_RE = re.compile(
    # "Updated: ...", "Last updated ...", "Last modified: <a date>", or a short dated line that
    # ends "(updated)".
    r"^\s*(?:last )?updated\b|^\s*(?:last )?modified\b(?=[^\n]*\d)|^(?=[^\n]*\d)[^\n]{0,50}[(\[|·-]\s*updated\s*[)\]]?[.\s]*$",
    re.IGNORECASE,
)
_PUBLISHED_RE = re.compile(r"^\s*(?:first )?(?:published|posted)\b", re.IGNORECASE)


_DATELINE_RE = re.compile(
    # "CANBERRA (Reuters) - ", "SRINAGAR, Jan 21 (AFP) - " (a date may follow the place).
    r"^\s*(?:[A-Z][\w.'’-]*(?:[ ,/]+(?:[A-Z][\w.'’-]*|\d{1,2}\b)){0,4}\s*)?\((?P<who>[^()]{1,40})\)\s*(?:[-—–]{1,2}|:)\s"
)


def dateline_agency(article: Article) -> str | None:
    """The agency named in the dateline that opens the text ("CANBERRA (Reuters) - ...",
    "(AP) —"): an agency we know, or a name or initials no table knows."""
    if not article.paragraphs:
        return None
    m = _DATELINE_RE.match(article.paragraphs[0])
    if not m:
        return None
    who = m.group("who").strip()
    known = agency_name(who)
    if known:
        return known
    named = source_names(who, organisations_only=True)
    return named[0] if len(named) == 1 else None


def date_is_update(article: Article) -> bool:
    """The article shows an "Updated" date line and no publication date line (one that says
    "Published" or a date line with no label at all)."""
    updated = published = False
    for block in article.blocks:
        line = block.text
        if len(line) > 120:
            continue
        if _UPDATED_RE.match(line):
            updated = True
        elif _PUBLISHED_RE.match(line) or block.reason == DATE_LINE:
            published = True
    return updated and not published


def prepare(article: Article, encoder: Encoder) -> Prepared:
    body = article.body
    raw_sentences = _sentences(body)
    words: list[str] = []
    sentences: list[str] = []
    rare: set[str] = set()
    for sent in raw_sentences:
        toks = _WORD_RE.findall(sent)
        if not toks:
            continue
        # Typographic apostrophes are an outlet's style, not a change of wording: "don’t" is "don't".
        lowered = [t.lower().translate(_APOSTROPHES) for t in toks]
        words.extend(lowered)
        sentences.append(encoder.encode(lowered))
        for i, t in enumerate(toks):
            if _NUMBER_RE.search(t) or (i > 0 and t[:1].isupper() and len(t) > 2):
                rare.add(lowered[i])
    codes = "".join(sentences)
    trigrams = frozenset(codes[i : i + 3] for i in range(len(codes) - 2))
    credited, own, own_byline = _credit_reading(article)
    return Prepared(
        id=article.id,
        date=article.date,
        outlet=article.outlet,
        words=words,
        codes=codes,
        sentences=sentences,
        trigrams=trigrams,
        rare=frozenset(rare),
        attributions=tuple(sorted({*attributions(article), *credited})),
        vocabulary=frozenset(words),
        credited=credited,
        published_by=own,
        published_under_byline=own_byline,
        date_is_update=date_is_update(article),
        dateline=dateline_agency(article),
    )


@dataclass
class Side:
    """Figures about how much of one text (``of``) the other text explains."""

    coverage: float = 0.0  # similarity-weighted share of words in matched sentences
    verbatim: float = 0.0  # share of words in near-verbatim sentences
    trigram: float = 0.0  # share of word trigrams found in the other text
    unmatched_words: int = 0  # words in sentences with no counterpart
    matches: list = field(default_factory=list)  # per sentence: (best index or -1, similarity)


@dataclass
class Pair:
    a: str
    b: str
    ab: Side  # how much of a is explained by b
    ba: Side  # how much of b is explained by a
    rare_jaccard: float
    sequence: float  # whole-text word-sequence similarity (normalised Indel)
    substitutions: list = field(default_factory=list)  # (word in a, word in b) single swaps
    relatedness: float = 0.0

    def side(self, of: str) -> Side:
        return self.ab if of == self.a else self.ba


def _best_matches_loop(x: Prepared, y: Prepared) -> list[tuple[int, float]]:
    out: list[tuple[int, float]] = []
    exact = y.sentence_index
    for s in x.sentences:
        idx = exact.get(s)
        if idx is not None:
            out.append((idx, 1.0))
            continue
        best = process.extractOne(s, y.sentences, scorer=Indel.normalized_similarity, score_cutoff=SENTENCE_FLOOR)
        out.append((-1, 0.0) if best is None else (best[2], round(best[1], 4)))
    return out


def _best_matches(x: Prepared, y: Prepared) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """For each sentence of ``x`` its best match in ``y`` (index, similarity), and vice versa.

    With numpy available, one similarity matrix serves both directions; otherwise each sentence
    is searched on its own. Both give the same figures (first best index, 4 decimals)."""
    if not x.sentences or not y.sentences:
        return [(-1, 0.0)] * len(x.sentences), [(-1, 0.0)] * len(y.sentences)
    if _np is None:
        return _best_matches_loop(x, y), _best_matches_loop(y, x)
    m = process.cdist(
        x.sentences, y.sentences, scorer=Indel.normalized_similarity, score_cutoff=SENTENCE_FLOOR, workers=1
    )
    m = _np.round(m.astype(_np.float64), 4)
    rows = m.argmax(axis=1)
    cols = m.argmax(axis=0)
    xy = [(int(j), float(m[i, j])) if m[i, j] > 0 else (-1, 0.0) for i, j in enumerate(rows)]
    yx = [(int(i), float(m[i, j])) if m[i, j] > 0 else (-1, 0.0) for j, i in enumerate(cols)]
    return xy, yx


def _side(x: Prepared, y: Prepared, matches: list[tuple[int, float]]) -> Side:
    total = max(1e-9, x.weight)
    cov = verb = 0.0
    unmatched = 0
    for s, (idx, score) in zip(x.sentences, matches):
        if idx < 0:
            unmatched += len(s)
            continue
        w = sentence_weight(s)
        cov += w * score
        if score >= VERBATIM:
            verb += w
    tri = len(x.trigrams & y.trigrams) / len(x.trigrams) if x.trigrams else 0.0
    return Side(cov / total, verb / total, tri, unmatched, list(matches))


def _substitutions(x: Prepared, y: Prepared, ab: Side) -> list[tuple[str, str]]:
    """Single-word swaps inside aligned sentence pairs (the trace of spinning or copying errors)."""
    subs: list[tuple[str, str]] = []
    xs, ys = x.sentence_starts, y.sentence_starts
    for i, (j, score) in enumerate(ab.matches):
        if j < 0 or score >= 0.999 or score < 0.5:
            continue
        sx, sy = x.sentences[i], y.sentences[j]
        if len(sx) == len(sy):
            # Same length: words swapped in place (the common case for spinning and typos), in
            # runs of at most two differing words.
            differ = [k for k, (a, b) in enumerate(zip(sx, sy)) if a != b]
            start = 0
            while start < len(differ):
                end = start
                while end + 1 < len(differ) and differ[end + 1] == differ[end] + 1:
                    end += 1
                if end - start < 2:
                    for m in differ[start : end + 1]:
                        subs.append((x.words[xs[i] + m], y.words[ys[j] + m]))
                start = end + 1
            continue
        for op in Levenshtein.opcodes(sx, sy):
            if op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start <= 2:
                for k in range(op.src_end - op.src_start):
                    subs.append((x.words[xs[i] + op.src_start + k], y.words[ys[j] + op.dest_start + k]))
    return subs


def compare(x: Prepared, y: Prepared) -> Pair:
    xy, yx = _best_matches(x, y)
    ab = _side(x, y, xy)
    ba = _side(y, x, yx)
    union = x.rare | y.rare
    rare = len(x.rare & y.rare) / len(union) if union else 0.0
    seq = Indel.normalized_similarity(x.codes, y.codes) if x.codes and y.codes else 0.0
    pair = Pair(x.id, y.id, ab, ba, rare, seq)
    pair.relatedness = relatedness(pair)
    if pair.relatedness > 0:
        pair.substitutions = _substitutions(x, y, ab)
    return pair


def relatedness(pair: Pair) -> float:
    """0 for independent texts on the same topic, up to 1 for identical ones.

    Shared sentence skeletons (coverage of the smaller side), verbatim trigrams and shared
    rare tokens all count; topic words alone give a low figure.
    """
    cov = max(pair.ab.coverage, pair.ba.coverage)
    tri = max(pair.ab.trigram, pair.ba.trigram)
    score = max(cov, tri)
    return score
