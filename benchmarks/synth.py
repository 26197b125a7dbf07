"""Synthetic derivation histories built from real news text, with their ground truth.

Each collection is a folder of ``.txt`` articles plus ``truth.json``::

    {"kind": "news|answers|manuscript|sparse|unsourced|bare|task",
     "articles": {"<id>": {"parent": "<id>" | null, "lost_parent": "<lost name>" | null,
                           "relation": "copy|edit|excerpt|spin|rewrite|merge|original|unrelated",
                           "also_from": ["<id or lost name>", ...], "content": "<hash>", ...}},
     "lost": {"<lost name>": {"parent": ..., "lost_parent": ..., "relation": ..., "content": ...}}}

``content`` is a hash of the node's body as generated (headline, dates and boilerplate left
out): two nodes with the same ``content`` have identical bodies.

Commands::

    python benchmarks/synth.py make --family news --n 20 --seed 1 --out DIR
    python benchmarks/synth.py make-mixed --articles 5000 --seed 1 --out DIR

Everything is driven by one seeded ``random.Random``: the same seed gives the same collections.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
import synth_words as words  # noqa: E402

FAMILIES = ("news", "answers", "manuscript", "sparse", "unsourced", "bare", "task")
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[^A-Za-z]+")


# --- history nodes -----------------------------------------------------------------------


@dataclass
class Node:
    """One version in a history. ``paras`` is the body: paragraphs as lists of sentences."""

    name: str
    paras: list[list[str]]
    relation: str = "original"
    parent: str | None = None
    title: str | None = None
    hours: float = 0.0  # publication time, hours after the history's start
    outlet: str = ""
    lost: bool = False
    also_from: list[str] = field(default_factory=list)
    source: str = ""  # id of the real text it was built from
    wire: tuple[str, str, str] | None = None  # (short, long, photo credit) for wire originals
    credit: str | None = None  # the wire this version credits, if any
    depth: int = 0
    layout: str = "news"  # news | plain | manuscript
    extra: dict = field(default_factory=dict)

    def body_text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paras if p)


def content_hash(node: Node) -> str:
    norm = " ".join(" ".join(node.body_text().split()).split(" "))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def _sentences(paras: list[list[str]]) -> list[tuple[int, int]]:
    return [(i, j) for i, p in enumerate(paras) for j in range(len(p))]


def _clone(paras: list[list[str]]) -> list[list[str]]:
    return [list(p) for p in paras if p]


# --- word-level helpers ------------------------------------------------------------------


def _match_case(src: str, repl: str) -> str:
    if src.isupper() and len(src) > 1:
        return repl.upper()
    if src[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def _in_quotes_mask(tokens: list[str]) -> list[bool]:
    inside, mask = False, []
    for tok in tokens:
        mask.append(inside)
        quotes = tok.count('"') + tok.count("“") + tok.count("”")
        if quotes % 2:
            inside = not inside
    return mask


_PHRASES = sorted((k for k in words.SYNONYMS if " " in k), key=len, reverse=True)


def swap_synonyms(rng: random.Random, sentence: str, rate: float, *, keep_quotes: bool = False,
                  first_word: bool = True) -> str:
    """Replace table words with odd synonyms, each with probability ``rate``. Capitalised words
    inside a sentence (names) and numbers are never touched."""
    for phrase in _PHRASES:
        if phrase in sentence and rng.random() < rate:
            sentence = sentence.replace(phrase, rng.choice(words.SYNONYMS[phrase]), 1)
    tokens = _TOKEN.findall(sentence)
    quoted = _in_quotes_mask(tokens) if keep_quotes else [False] * len(tokens)
    out = []
    seen_word = False
    for tok, inq in zip(tokens, quoted):
        if tok[:1].isalpha():
            is_first = not seen_word
            seen_word = True
            low = tok.lower()
            if (
                not inq
                and low in words.SYNONYMS
                and (tok[:1].islower() or (is_first and first_word))
                and rng.random() < rate
            ):
                tok = _match_case(tok, rng.choice(words.SYNONYMS[low]))
        out.append(tok)
    return "".join(out)


def _paraphrase_functions(rng: random.Random, sentence: str, rate: float) -> str:
    padded = f" {sentence} "
    for old, new in words.PARAPHRASE:
        if old in padded and rng.random() < rate:
            padded = padded.replace(old, new, 1)
    return padded.strip()


def _lower_first(s: str) -> str:
    first = s.split(" ", 1)[0]
    if first.lower() in corpus.STOPWORDS or first.lower() in words.SYNONYMS or first.lower() in (
        "there", "it", "this", "a", "an", "the",
    ):
        return s[:1].lower() + s[1:]
    return s


def reorder_clauses(sentence: str) -> str:
    """``A, B.`` -> ``B, a.`` when both clauses are long and no quote is open."""
    if '"' in sentence or "“" in sentence or sentence.count(",") != 1:
        return sentence
    end = sentence[-1] if sentence[-1] in ".!?" else ""
    core = sentence[:-1] if end else sentence
    a, _, b = core.partition(",")
    a, b = a.strip(), b.strip()
    if len(a.split()) < 4 or len(b.split()) < 4:
        return sentence
    return f"{b[:1].upper()}{b[1:]}, {_lower_first(a)}{end}"


# --- operations --------------------------------------------------------------------------


def op_copy(rng: random.Random, paras: list[list[str]]) -> list[list[str]]:
    """Verbatim; often trimmed from the bottom."""
    paras = _clone(paras)
    if len(paras) > 3 and rng.random() < 0.5:
        cut = rng.randint(1, max(1, int(len(paras) * 0.35)))
        paras = paras[: max(2, len(paras) - cut)]
    return paras


def op_edit(rng: random.Random, paras: list[list[str]]) -> list[list[str]]:
    """Light editing: a few sentences dropped, generic filler added, a sentence moved."""
    paras = _clone(paras)
    sents = _sentences(paras)
    for _ in range(rng.randint(1, 3)):
        sents = _sentences(paras)
        if len(sents) <= 3:
            break
        i, j = rng.choice(sents[1:])
        del paras[i][j]
        paras = [p for p in paras if p]
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(1, len(paras)) if len(paras) > 1 else 0
        paras[i].insert(rng.randint(0, len(paras[i])), rng.choice(words.FILLER))
    if len(paras) > 2 and rng.random() < 0.6:
        i = rng.randrange(1, len(paras))
        p = paras.pop(i)
        paras.insert(rng.randrange(1, len(paras) + 1), p)
    return paras


def op_excerpt(rng: random.Random, paras: list[list[str]]) -> list[list[str]]:
    """The first, or selected, 30-60% of the paragraphs."""
    paras = _clone(paras)
    k = max(1, round(len(paras) * rng.uniform(0.3, 0.6)))
    if rng.random() < 0.7 or len(paras) <= 2:
        return paras[:k]
    keep = sorted([0] + rng.sample(range(1, len(paras)), min(k - 1, len(paras) - 1)))
    return [paras[i] for i in keep]


def op_spin(rng: random.Random, paras: list[list[str]]) -> list[list[str]]:
    """Article spinning: most table words swapped for (odd) synonyms."""
    rate = rng.uniform(0.6, 0.95)
    return [[swap_synonyms(rng, s, rate) for s in p] for p in paras]


def op_rewrite(rng: random.Random, paras: list[list[str]], summary: bool | None = None) -> list[list[str]]:
    """Heavy paraphrase / translation round trip; names, numbers and quotes survive."""
    if summary is None:
        summary = rng.random() < 0.3
    keep_rate = rng.uniform(0.35, 0.45) if summary else rng.uniform(0.75, 0.92)
    out: list[list[str]] = []
    for pi, p in enumerate(paras):
        p = [s for k, s in enumerate(p) if (pi == 0 and k == 0) or rng.random() < keep_rate]
        if not p:
            continue
        if len(p) > 1 and rng.random() < 0.5:
            rng.shuffle(p)
        new = []
        for s in p:
            if rng.random() < 0.35:
                s = reorder_clauses(s)
            s = _paraphrase_functions(rng, s, 0.6)
            s = swap_synonyms(rng, s, rng.uniform(0.25, 0.5), keep_quotes=True)
            new.append(s)
        out.append(new)
    if not summary and rng.random() < 0.3:
        # Machine-translation scars: a sentence broken at "and", a stop turned into an ellipsis.
        for p in out:
            for k, x in enumerate(p):
                if ", and " in x and rng.random() < 0.3:
                    x = x.replace(", and ", ". And ", 1)
                if x.endswith(".") and rng.random() < 0.05:
                    x = x[:-1] + "…"
                p[k] = x
    if not summary and len(out) > 2 and rng.random() < 0.4:
        # Round trips through another language often re-cut the paragraphs.
        flat = [x for p in out for x in p]
        out, i = [], 0
        while i < len(flat):
            k = rng.randint(1, 4)
            out.append(flat[i : i + k])
            i += k
    if summary:
        # Summaries also merge short paragraphs.
        merged: list[list[str]] = []
        for p in out:
            if merged and len(merged[-1]) + len(p) <= 3 and rng.random() < 0.5:
                merged[-1].extend(p)
            else:
                merged.append(p)
        out = merged
    return out or _clone(paras[:1])


_JOINS = ("and", "while", "as", "and meanwhile", "even as")
_LEADS = ("Meanwhile,", "In addition,", "According to reports,", "At the same time,", "Notably,",
          "It was also reported that", "Separately,")


def _recast_sentence(rng: random.Random, sentence: str) -> str:
    """One sentence told again in other words: quotes, names and numbers stay; the rest is
    partly swapped, partly dropped and re-ordered around its commas."""
    tokens = _TOKEN.findall(sentence)
    quoted = _in_quotes_mask(tokens)
    out = []
    for i, (tok, inq) in enumerate(zip(tokens, quoted)):
        if not tok[:1].isalpha() or inq or (i > 0 and tok[:1].isupper()):
            out.append(tok)
            continue
        low = tok.lower()
        r = rng.random()
        if low in words.SYNONYMS and r < 0.7:
            out.append(_match_case(tok, rng.choice(words.SYNONYMS[low])))
        elif low not in corpus.STOPWORDS and r < 0.55:
            out.append("")  # dropped: a detail left out
        else:
            out.append(tok)
    text = re.sub(r"\s{2,}", " ", "".join(out)).replace(" ,", ",").replace(" .", ".").strip()
    text = _paraphrase_functions(rng, text, 0.9)
    if '"' not in text and "\u201c" not in text:
        parts = [x.strip() for x in re.split(r",\s+", text.rstrip(".")) if x.strip()]
        if len(parts) > 1:
            rng.shuffle(parts)
            text = ", ".join([_lower_first(x) if k else x[:1].upper() + x[1:] for k, x in enumerate(parts)]) + "."
    return text


def op_recast(rng: random.Random, paras: list[list[str]], secondary: list[list[str]] | None = None) -> list[list[str]]:
    """A journalist's rewrite from a wire story: about half the facts, told in other words and
    another order; quotes, names and numbers survive; sometimes a little of other reporting."""
    sents = [s for p in paras for s in p]
    rate = rng.uniform(0.3, 0.65)
    keep = [s for k, s in enumerate(sents) if k == 0 or rng.random() < rate]
    # Many quotes become reported speech.
    keep = [re.sub(r'["\u201c\u201d]', "", s) if rng.random() < 0.5 else s for s in keep]
    head, rest = keep[:1], keep[1:]
    # Quotes move up or down; facts are regrouped.
    for _ in range(len(rest) // 3):
        i, j = rng.randrange(len(rest)), rng.randrange(len(rest))
        rest[i], rest[j] = rest[j], rest[i]
    told = [_recast_sentence(rng, s) for s in head + rest]
    # Facts from neighbouring sentences are told together, and a retelling adds its own links.
    k = 1
    while k < len(told) - 1:
        if rng.random() < 0.4 and '"' not in told[k] + told[k + 1]:
            a, b = told[k].rstrip("."), told[k + 1]
            told[k : k + 2] = [f"{a}, {rng.choice(_JOINS)} {_lower_first(b)}"]
        elif rng.random() < 0.4:
            told[k] = f"{rng.choice(_LEADS)} {_lower_first(told[k])}"
        k += 1
    if secondary and rng.random() < 0.5:
        extra = [s for p in secondary for s in p][1:]
        for s in rng.sample(extra, min(len(extra), rng.randint(1, 3))):
            told.insert(rng.randint(1, len(told)), _recast_sentence(rng, s))
    out, i = [], 0
    while i < len(told):
        k = rng.randint(1, 3)
        out.append(told[i : i + k])
        i += k
    return out


def op_merge(rng: random.Random, paras: list[list[str]], secondary: list[list[str]]) -> list[list[str]]:
    """Adds 2-4 paragraphs of a second article; usually rewritten a little first."""
    paras = _clone(paras)
    take = min(len(secondary), rng.randint(2, 4))
    start = rng.randrange(0, max(1, len(secondary) - take + 1))
    extra = _clone(secondary[start : start + take])
    for p in extra:
        pos = rng.randint(1, len(paras))
        paras.insert(pos, p)
    return paras


# --- dates and rendering -----------------------------------------------------------------

_TZ = ["IST", "GMT", "AEDT", "ET", "UTC", "CET"]
#: Offsets from UTC as newsrooms use them (ET as standard time, as the loader reads it).
_TZ_MINUTES = {"IST": 330, "GMT": 0, "AEDT": 660, "ET": -300, "UTC": 0, "CET": 60}


#: Share of news histories whose wire original is not in the collection.
LOST_ROOT_SHARE = 0.5
#: Dates shown without a zone are local time (as on real pages), not UTC.
LOCAL_ZONELESS = True


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(rng: random.Random, when: _dt.datetime, updated: bool = False) -> str:
    style = rng.randrange(7)
    if updated:
        style = rng.choice([0, 1, 6])
    word = "Updated" if updated else "Published"
    # ``when`` is UTC; a time shown with a zone is that zone's local time, and so is a date or a
    # time shown without one (the newsroom's own clock; which zone follows from the moment, so
    # that the rest of the history draws the same numbers).
    if style != 0 and style != 3 and style != 4 and LOCAL_ZONELESS:
        when = when + _dt.timedelta(minutes=_TZ_MINUTES[_TZ[int(when.timestamp()) % len(_TZ)]])
    if style == 0:
        zone = rng.choice(_TZ)
        when = when + _dt.timedelta(minutes=_TZ_MINUTES[zone])
        return f"{word} {when:%B} {_ordinal(when.day)}, {when:%Y} at {when:%H:%M} {zone}"
    if style == 1:
        return f"{word} {when.day} {when:%B %Y}"
    if style == 2:
        return when.strftime("%Y-%m-%d")
    if style == 3:
        return when.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == 4:
        when = when + _dt.timedelta(minutes=_TZ_MINUTES["ET"])
        hour = when.hour % 12 or 12
        return f"{when:%B} {when.day}, {when:%Y} {hour}:{when:%M} {'AM' if when.hour < 12 else 'PM'} ET"
    if style == 5:
        return f"Posted {when:%a} {when.day} {when:%b %Y}, {when.hour % 12 or 12}:{when:%M}{'am' if when.hour < 12 else 'pm'}"
    return f"{word}: {when:%d/%m/%Y %H:%M}"


def make_headline(rng: random.Random, paras: list[list[str]]) -> str:
    first = paras[0][0] if paras and paras[0] else "Untitled"
    first = re.sub(r"^[A-Z][A-Z ,.]+(\([A-Za-z]+\))? [—-] ", "", first)
    toks = first.split()
    n = min(len(toks), rng.randint(6, 11))
    toks = toks[:n]
    while len(toks) > 3 and toks[-1].lower().strip(".,;:") in corpus.STOPWORDS:
        toks.pop()
    head = " ".join(toks).rstrip(".,;:!?\"'")
    if rng.random() < 0.3:
        head = " ".join(w[:1].upper() + w[1:] if len(w) > 3 else w for w in head.split())
    return head


def _person(rng: random.Random) -> str:
    return f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.LAST_NAMES)}"


def _caption(rng: random.Random, node: Node) -> str:
    sent = rng.choice([s for p in node.paras for s in p] or ["A scene from the day"])
    toks = sent.split()
    toks = toks[: min(len(toks), rng.randint(8, 14))]
    while len(toks) > 4 and toks[-1].lower().strip(".,;:") in corpus.STOPWORDS:
        toks.pop()
    snippet = " ".join(toks).rstrip(".,;:")
    if snippet.endswith(('"', "”")):
        snippet = snippet.rstrip('"”').rstrip(".,;:") + '"'
    wire = next((w for w in words.WIRES if w[0] == node.credit), None) or rng.choice(words.WIRES)
    credit = wire[2]
    return f"{snippet}. ({credit}/{_person(rng)})"


def render(rng: random.Random, node: Node, start: _dt.datetime, shown: str | None,
           headlines: list[str]) -> str:
    """The file text of a version: headline, date, byline, body, boilerplate, attribution."""
    if node.layout == "plain":
        return node.body_text() + "\n"
    if node.layout == "manuscript":
        return "\n\n".join("\n".join(p) for p in node.paras) + "\n"
    blocks: list[str] = []
    if node.title:
        blocks.append(node.title)
    body = [" ".join(p) for p in node.paras if p]
    if shown and body and rng.random() < 0.12:
        # Scraped pages sometimes glue the date onto the first paragraph.
        glued = shown.split(" ", 1)[-1] if shown.startswith("Published ") else shown
        body[0] = f"date {glued} {body[0]}"
        shown = None
    if shown:
        blocks.append(shown)
    if rng.random() < 0.5:
        blocks.append(rng.choice(["By ", "Reported by: ", "Written by "]) + _person(rng))
    derived = node.relation not in ("original", "unrelated")
    # Copies on commercial sites carry more clutter, but originals have some too.
    clutter = 1.0 if derived else 0.4
    out_body: list[str] = []
    for k, para in enumerate(body):
        out_body.append(para)
        if k < len(body) - 1:
            r = rng.random() / clutter
            if r < 0.08:
                out_body.append("Advertisement")
            elif r < 0.14:
                out_body.append(_caption(rng, node))
    if rng.random() < 0.3 * clutter:
        out_body.insert(min(1, len(out_body)), _caption(rng, node))
    blocks.extend(out_body)
    if node.credit and node.extra.get("credit_style") is not None:
        style = node.extra["credit_style"]
        short, long_name, _photo = next(w for w in words.WIRES if w[0] == node.credit)
        if style == 0:
            blocks.append(f"(with inputs from {short})")
        elif style == 1:
            blocks.append(f"Credit: {long_name}")
        elif style == 2:
            blocks.append(f"— {short}")
    if rng.random() < 0.35 * clutter and headlines:
        links = rng.sample(headlines, min(len(headlines), rng.randint(2, 4)))
        blocks.append("Read more:\n" + "\n".join(f"- {h}" for h in links))
    if node.outlet and rng.random() < 0.4:
        blocks.append(rng.choice([
            f"© {start.year} {node.outlet}. All rights reserved.",
            f"Copyright {start.year} {node.outlet}.",
            f"Follow {node.outlet} for more updates.",
        ]))
    return "\n\n".join(blocks) + "\n"


def _credit_in_text(rng: random.Random, paras: list[list[str]], long_name: str) -> list[list[str]]:
    """Turns one ``X said`` into ``X told <wire>`` (content change a rewrite often makes)."""
    paras = _clone(paras)
    spots = [(i, j) for i, j in _sentences(paras) if " said" in paras[i][j]]
    if spots:
        i, j = rng.choice(spots)
        paras[i][j] = paras[i][j].replace(" said", f" told {long_name}", 1)
    return paras


# --- histories ---------------------------------------------------------------------------


class Pool:
    """The real texts, their topic neighbours and a record of which are taken."""

    def __init__(self, texts):
        self.texts = list(texts)
        self.index = corpus.TopicIndex(self.texts)

    def paragraphs(self, i: int, rng: random.Random) -> list[list[str]]:
        return corpus.to_paragraphs(self.texts[i].text, rng)

    def same_topic(self, i: int, rng: random.Random, exclude: set[int], k: int = 6) -> int | None:
        cands = [(s, j) for s, j in self.index.neighbours(i) if j not in exclude][:k]
        if not cands:
            return None
        close = [j for s, j in cands if s >= 0.5 * cands[0][0]]
        return rng.choice(close)


def _pick_parent(rng: random.Random, nodes: list[Node], max_depth: int) -> Node:
    cands = [n for n in nodes if n.depth < max_depth and n.relation != "unrelated"
             and not n.extra.get("secondary")]
    # Prefer the original and early versions, as syndication does.
    weights = [3.0 if n.depth == 0 else 1.0 for n in cands]
    return rng.choices(cands, weights)[0]


def _apply(rng: random.Random, relation: str, parent: Node, secondary: list[list[str]] | None) -> list[list[str]]:
    if relation == "copy":
        return op_copy(rng, parent.paras)
    if relation == "edit":
        return op_edit(rng, parent.paras)
    if relation == "excerpt":
        return op_excerpt(rng, parent.paras)
    if relation == "spin":
        return op_spin(rng, parent.paras)
    if relation == "rewrite":
        # Half are round trips or close paraphrases, half a journalist's own retelling.
        return op_rewrite(rng, parent.paras) if rng.random() < 0.5 else op_recast(rng, parent.paras)
    if relation == "merge":
        return op_merge(rng, op_edit(rng, parent.paras) if rng.random() < 0.4 else parent.paras, secondary or [])
    raise ValueError(relation)


#: The share of derived versions that credit the wire (a credit line, or "told <wire>" in the text).
CREDIT_SHARE = 0.5
_REL_WEIGHTS = {"copy": 0.24, "edit": 0.15, "excerpt": 0.13, "spin": 0.16, "rewrite": 0.2, "merge": 0.12}


def news_history(rng: random.Random, pool: Pool, base: int, *, n_articles: int | None = None,
                 used: set[int] | None = None, unrelated: bool = True, max_depth: int = 3,
                 secondary_pool: list[int] | None = None) -> list[Node]:
    """A simulated syndication history of the real text ``pool.texts[base]``.

    ``n_articles`` is the number of versions that end up in the collection (lost ones come on
    top). ``used`` collects the texts taken, so that callers can keep stories apart."""
    used = used if used is not None else set()
    used.add(base)
    n_visible = n_articles or rng.randint(3, 11)
    n_unrel = 0
    if unrelated and n_visible >= 4 and rng.random() < 0.45:
        n_unrel = 1 if rng.random() < 0.7 else 2
    wire = rng.choice(words.WIRES)
    root_paras = pool.paragraphs(base, rng)
    if rng.random() < 0.35:
        city = rng.choice(words.CITIES)
        root_paras[0][0] = f"{city} ({wire[0]}) — {root_paras[0][0]}"
    root = Node("n0", root_paras, "original", title=make_headline(rng, root_paras), outlet=wire[1],
                source=pool.texts[base].id, wire=wire)
    nodes = [root]
    lose_root = rng.random() < LOST_ROOT_SHARE
    n_lost_mid = 1 if (n_visible >= 5 and rng.random() < 0.25) else 0
    # Derived versions: visible ones, plus the lost root and lost intermediates.
    n_derived = n_visible - n_unrel + (1 if lose_root else 0) + n_lost_mid - 1
    secondary_node: Node | None = None
    secondary_paras: list[list[str]] | None = None
    for k in range(max(1, n_derived)):
        rel = rng.choices(list(_REL_WEIGHTS), list(_REL_WEIGHTS.values()))[0]
        parent = _pick_parent(rng, nodes, max_depth)
        if rel == "merge" and secondary_paras is None:
            pick = None
            if secondary_pool is not None:
                # Mixed folders: each reserved secondary text serves one story only, so that no
                # two stories share a passage.
                pick = secondary_pool.pop(rng.randrange(len(secondary_pool))) if secondary_pool else None
            else:
                pick = pool.same_topic(base, rng, used)
            if pick is None:
                rel = "edit"
            else:
                used.add(pick)
                secondary_paras = pool.paragraphs(pick, rng)
                # The secondary source is in the collection half the time (never in mixed mode).
                in_collection = secondary_pool is None and rng.random() < 0.5
                w2 = rng.choice(words.WIRES)
                secondary_node = Node(f"s{len(nodes)}", secondary_paras, "original",
                                      title=make_headline(rng, secondary_paras), outlet=w2[1],
                                      source=pool.texts[pick].id, lost=not in_collection,
                                      hours=rng.uniform(-12, 4))
                secondary_node.extra["secondary"] = True
                if in_collection and rng.random() < 0.4:
                    # Present only through a copy of its own (a spun or trimmed version from
                    # another outlet): the secondary original itself is lost.
                    secondary_node.lost = True
                    secondary_node.extra["via_copy"] = True
        paras = _apply(rng, rel, parent, secondary_paras)
        node = Node(f"n{len(nodes)}", paras, rel, parent=parent.name, outlet=rng.choice(words.OUTLETS),
                    source=root.source, depth=parent.depth + 1, hours=parent.hours + rng.uniform(0.5, 48))
        if rel == "merge" and secondary_node is not None:
            node.also_from = [secondary_node.name]
        # Attribution to the wire, decided now so that later copies inherit any change in the text.
        # As likely whether or not the wire's own story reaches the collection: how a copy credits
        # its source does not depend on what a reader later happens to collect.
        if rng.random() < CREDIT_SHARE:
            node.credit = wire[0]
            style = rng.randrange(4)
            if style == 3:
                node.paras = _credit_in_text(rng, node.paras, wire[1])
                node.extra["credit_style"] = None
            else:
                node.extra["credit_style"] = style
        if rel in ("copy", "excerpt", "edit") and rng.random() < 0.6:
            node.title = parent.title
        elif rel == "spin":
            node.title = swap_synonyms(rng, parent.title or "", 0.6)
        else:
            node.title = make_headline(rng, node.paras)
            if rng.random() < 0.3:
                node.title += rng.choice([": Reports", " | Latest", " - report", ""])
        nodes.append(node)
        if secondary_node is not None and not secondary_node.extra.get("placed"):
            secondary_node.extra["placed"] = True
            nodes.append(secondary_node)
            if secondary_node.extra.get("via_copy"):
                rel2 = rng.choice(["spin", "copy", "edit", "excerpt"])
                copy2 = Node(f"s{len(nodes)}", _apply(rng, rel2, secondary_node, None), rel2,
                             parent=secondary_node.name, outlet=rng.choice(words.OUTLETS),
                             source=secondary_node.source, depth=1,
                             hours=secondary_node.hours + rng.uniform(0.5, 24))
                copy2.title = swap_synonyms(rng, secondary_node.title or "", 0.5 if rel2 == "spin" else 0.0)
                copy2.extra["secondary"] = True
                nodes.append(copy2)
    # Losses: the root (wire original) and possibly one intermediate version with children.
    if lose_root:
        root.lost = True
    if n_lost_mid:
        mids = [n for n in nodes if n.depth >= 1 and any(c.parent == n.name for c in nodes)]
        if mids:
            rng.choice(mids).lost = True
    # Same-topic unrelated articles.
    for _ in range(n_unrel):
        j = pool.same_topic(base, rng, used)
        if j is None:
            break
        used.add(j)
        paras = pool.paragraphs(j, rng)
        if rng.random() < 0.3:
            # Another outlet's spun or edited copy of a different story on the topic: its own
            # source is nowhere in the collection, so it stands alone.
            paras = op_spin(rng, paras) if rng.random() < 0.5 else op_edit(rng, paras)
        nodes.append(Node(f"u{len(nodes)}", paras, "unrelated", title=make_headline(rng, paras),
                          outlet=rng.choice(words.OUTLETS), source=pool.texts[j].id,
                          hours=rng.uniform(-24, 48)))
    return nodes


def answers_history(rng: random.Random, pool: Pool, base: int, used: set[int] | None = None, *,
                    source_words: tuple[int, int] = (200, 320), derived: tuple[int, int] = (2, 4),
                    independent: tuple[int, int] = (2, 4), near_share: tuple[float, float] = (0.5, 1.0),
                    revised_share: tuple[float, float] = (0.6, 1.0),
                    independent_words: tuple[int, int] = (120, 250)) -> list[Node]:
    """A short source text and 4-8 answers: derived ones and independent ones on the topic.

    The keywords shape other tasks (see ``task_history``): the source's length in words, how
    many answers derive from it and how many do not, the share of its sentences a near copy
    and a revision draw on, and the length of an independent answer."""
    used = used if used is not None else set()
    used.add(base)

    def cut(i: int, lo: int, hi: int) -> list[list[str]]:
        sents = corpus.split_sentences(pool.texts[i].text)
        out, n = [], 0
        limit = rng.randint(lo, hi)
        for s in sents:
            if n >= limit and out:
                break
            out.append(s)
            n += len(s.split())
        if len(out) > 3 and rng.random() < 0.5:
            k = rng.randint(2, len(out) - 1)
            return [out[:k], out[k:]]
        return [out]

    src = Node("n0", cut(base, *source_words), "original", source=pool.texts[base].id, layout="plain")
    nodes = [src]
    sents = [x for p in src.paras for x in p]

    def pick_sentences(lo: float, hi: float) -> list[str]:
        """One or two runs of the source's sentences covering lo..hi of them, in order."""
        k = max(2, min(len(sents), round(len(sents) * rng.uniform(lo, hi))))
        if rng.random() < 0.5 or k >= len(sents) - 1:
            start = rng.randint(0, len(sents) - k)
            return sents[start : start + k]
        first = rng.randint(1, k - 1)
        gap = rng.randint(1, len(sents) - k)
        return sents[:first] + sents[first + gap : first + gap + (k - first)]

    def paragraphs(seq: list[str]) -> list[list[str]]:
        if len(seq) > 3 and rng.random() < 0.5:
            k = rng.randint(2, len(seq) - 1)
            return [seq[:k], seq[k:]]
        return [seq]

    n_derived = rng.randint(*derived)
    kinds = rng.sample(["near", "light", "heavy"], min(3, n_derived))
    kinds += [rng.choice(["near", "light", "heavy"]) for _ in range(n_derived - len(kinds))]
    for kind in kinds:
        if kind == "near":
            # Cut and paste, with the odd word changed.
            picked = pick_sentences(*near_share)
            paras = paragraphs([swap_synonyms(rng, x, 0.03) for x in picked])
            rel = "copy" if len(picked) == len(sents) else "excerpt"
        elif kind == "light":
            picked = pick_sentences(*revised_share)
            paras = op_edit(rng, paragraphs(list(picked)))
            paras = [[_paraphrase_functions(rng, swap_synonyms(rng, x, rng.uniform(0.1, 0.25), keep_quotes=True), 0.3)
                      for x in p] for p in paras]
            rel = "edit"
        else:
            paras = op_rewrite(rng, paragraphs(pick_sentences(*revised_share)), summary=rng.random() < 0.5)
            rel = "rewrite"
        nodes.append(Node(f"n{len(nodes)}", paras, rel, parent="n0", depth=1, source=src.source, layout="plain"))
    for _ in range(rng.randint(*independent)):
        j = pool.same_topic(base, rng, used)
        if j is None:
            break
        used.add(j)
        nodes.append(Node(f"u{len(nodes)}", cut(j, *independent_words), "unrelated", source=pool.texts[j].id, layout="plain"))
    return nodes


# Scribal copying ---------------------------------------------------------------------------


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word[:i] + rng.choice("aeiountrsl") + word[i + 1 :]


def _spelling(rng: random.Random, word: str) -> str:
    low = word.lower()
    if low in words.WORD_VARIANTS:
        return _match_case(word, rng.choice(words.WORD_VARIANTS[low]))
    pairs = [(a, b) for a, b in words.SPELLING if a in low] + [(b, a) for a, b in words.SPELLING if b in low]
    if not pairs:
        return word
    a, b = rng.choice(pairs)
    return _match_case(word, low.replace(a, b, 1))


def scribal_copy(rng: random.Random, lines: list[str], n_errors: int) -> list[str]:
    """One hand copy of ``lines``: typos, dropped/doubled words, eye-skips, swaps, spelling
    variants, punctuation changes and omitted lines. Errors of the exemplar are inherited."""
    toks = [ln.split(" ") for ln in lines]
    for _ in range(n_errors):
        r = rng.random()
        li = rng.randrange(len(toks))
        line = toks[li]
        if not line:
            continue
        wi = rng.randrange(len(line))
        if r < 0.3:
            line[wi] = _typo(rng, line[wi])
        elif r < 0.45:
            if len(line) > 2:
                del line[wi]
        elif r < 0.52:
            line.insert(wi, line[wi])
        elif r < 0.62:
            # Eye-skip: the eye jumps from one word to a later occurrence of the same word.
            flat = [(a, b) for a in range(len(toks)) for b in range(len(toks[a]))]
            pos = {}
            done = False
            first = rng.randrange(len(flat))
            for k, (a, b) in enumerate(flat):
                if k < first:
                    continue
                w = toks[a][b].lower().strip(".,;:")
                if len(w) >= 2 and w in pos and 3 <= k - pos[w] <= 25 and rng.random() < 0.5:
                    start = pos[w]
                    drop = set(flat[start:k])
                    for a2 in range(len(toks)):
                        toks[a2] = [t for b2, t in enumerate(toks[a2]) if (a2, b2) not in drop]
                    done = True
                    break
                pos[w] = k
            if not done:
                line[wi] = _typo(rng, line[wi])
        elif r < 0.74:
            if wi + 1 < len(line):
                line[wi], line[wi + 1] = line[wi + 1], line[wi]
        elif r < 0.88:
            line[wi] = _spelling(rng, line[wi])
        elif r < 0.95:
            # Punctuation dropped or added.
            w = line[wi]
            line[wi] = w.rstrip(".,;:") if w[-1:] in ".,;:" else w + rng.choice([",", ".", ";"])
        else:
            if len(toks) > 4:
                del toks[li]
    return [" ".join(t) for t in toks if t]


def _wrap(text: str, rng: random.Random) -> list[str]:
    toks = text.split()
    lines, i = [], 0
    while i < len(toks):
        k = rng.randint(6, 10)
        lines.append(" ".join(toks[i : i + k]))
        i += k
    return lines


def manuscript_history(rng: random.Random, pool: Pool, base: int, copies: tuple[int, int] = (8, 15)) -> list[Node]:
    """A text copied by hand along a tree of 8-15 copies; 20-40% of intermediates lost."""
    lines = _wrap(pool.texts[base].text, rng)
    n_blocks = rng.randint(1, 3)
    size = max(3, -(-len(lines) // n_blocks))
    root = Node("n0", [lines[i : i + size] for i in range(0, len(lines), size)], "original",
                source=pool.texts[base].id, layout="manuscript")
    nodes = [root]
    total = rng.randint(*copies)
    while len(nodes) < total:
        # Copies of recent copies are more common than of the archetype.
        weights = [1.0 + 0.3 * n.depth for n in nodes]
        parent = rng.choices(nodes, weights)[0]
        flat = [ln for blk in parent.paras for ln in blk]
        sizes = [len(blk) for blk in parent.paras]
        copied = scribal_copy(rng, flat, rng.randint(3, 12))
        blocks, i = [], 0
        for s in sizes:
            blocks.append(copied[i : i + s])
            i += s
        if i < len(copied):
            blocks[-1].extend(copied[i:])
        blocks = [b for b in blocks if b]
        nodes.append(Node(f"n{len(nodes)}", blocks, "copy", parent=parent.name, depth=parent.depth + 1,
                          source=root.source, layout="manuscript"))
    inner = [n for n in nodes if any(c.parent == n.name for c in nodes)]
    n_lost = max(1, round(len(inner) * rng.uniform(0.2, 0.4)))
    for n in rng.sample(inner, min(n_lost, len(inner))):
        n.lost = True
    return nodes


# --- writing collections -----------------------------------------------------------------


def _visible_parent(node: Node, by_name: dict[str, Node]) -> tuple[str | None, str | None]:
    """(visible parent name, lost parent name): exactly one is set for a derived node."""
    if node.parent is None:
        return None, None
    parent = by_name[node.parent]
    return (None, parent.name) if parent.lost else (parent.name, None)


def assign_ids(rng: random.Random, nodes: list[Node], prefix: str = "") -> dict[str, str]:
    """Node name -> article id, in a shuffled order so that file names reveal nothing."""
    visible = [n for n in nodes if not n.lost]
    order = list(range(len(visible)))
    rng.shuffle(order)
    ids = {}
    for k, n in zip(order, visible):
        digest = hashlib.sha256(f"{prefix}{n.name}{rng.random()}".encode()).hexdigest()[:12]
        ids[n.name] = f"{prefix}{k:03d}_{digest}"
    return ids


def history_truth(nodes: list[Node], ids: dict[str, str], lost_prefix: str = "lost-") -> tuple[dict, dict]:
    by_name = {n.name: n for n in nodes}

    def ref(name: str) -> str:
        return ids.get(name) or f"{lost_prefix}{name}"

    articles, lost = {}, {}
    for n in nodes:
        vis, lp = _visible_parent(n, by_name)
        entry = {
            "parent": ids[vis] if vis else None,
            "lost_parent": f"{lost_prefix}{lp}" if lp else None,
            "relation": n.relation,
            "also_from": [ref(a) for a in n.also_from],
            "content": content_hash(n),
            "source_text": n.source,
            "depth": n.depth,
        }
        if n.credit:
            entry["credits"] = n.credit
        if n.extra.get("updated_later"):
            entry["updated_later_than_child"] = True
        if n.lost:
            lost[f"{lost_prefix}{n.name}"] = entry
        else:
            entry["published_hours"] = round(n.hours, 2)
            articles[ids[n.name]] = entry
    return articles, lost


def render_history(rng: random.Random, nodes: list[Node], ids: dict[str, str], headlines: list[str],
                   start: _dt.datetime, date_rate: float = 0.6) -> dict[str, str]:
    """id -> file text. Some versions show a date; sometimes an "Updated" date later than a
    copy's publication."""
    texts = {}
    updated_of: str | None = None
    if rng.random() < 0.25:
        cands = [n for n in nodes if not n.lost and any(c.parent == n.name and not c.lost for c in nodes)]
        if cands:
            updated_of = rng.choice(cands).name
    for n in nodes:
        if n.lost:
            continue
        shown = None
        if n.layout == "news":
            if n.name == updated_of:
                kids = [c.hours for c in nodes if c.parent == n.name]
                when = start + _dt.timedelta(hours=max(kids) + rng.uniform(1, 30))
                shown = format_date(rng, when, updated=True)
                n.extra["updated_later"] = True
            elif rng.random() < date_rate:
                shown = format_date(rng, start + _dt.timedelta(hours=n.hours))
        texts[ids[n.name]] = render(rng, n, start, shown, headlines)
    return texts


def _start_date(rng: random.Random) -> _dt.datetime:
    return _dt.datetime(2000, 1, 1) + _dt.timedelta(hours=rng.randrange(0, 24 * 365 * 24))


def sparse_history(rng: random.Random, pool: Pool, base: int) -> list[Node]:
    """A few surviving copies of a larger hand-copied tradition: of 12-20 copies, 3-11 are kept
    (the original among them or not); every other copy is lost, so most survivors' exemplars
    are missing, as when a collection holds a sample of a real tradition."""
    nodes = manuscript_history(rng, pool, base, copies=(12, 20))
    keep = set(rng.sample(range(len(nodes)), rng.randint(3, min(11, len(nodes)))))
    for k, node in enumerate(nodes):
        node.lost = k not in keep
    return nodes


def unsourced_history(rng: random.Random, pool: Pool, base: int) -> list[Node]:
    """Answers drawn from a source text that is not in the collection (only the answers and the
    independent ones on the topic are)."""
    nodes = answers_history(rng, pool, base)
    nodes[0].lost = True
    return nodes


def task_history(rng: random.Random, pool: Pool, base: int) -> list[Node]:
    """A plagiarism task at its usual size: one longer source text, 10-13 answers drawn from
    parts of it (near copies, light and heavy revisions, each of a quarter to three fifths of
    its sentences) and 6-8 independent answers on the topic."""
    return answers_history(rng, pool, base, source_words=(400, 900), derived=(10, 13), independent=(6, 8),
                           near_share=(0.25, 0.6), revised_share=(0.25, 0.6), independent_words=(150, 300))


def bare_news_history(rng: random.Random, pool: Pool, base: int) -> list[Node]:
    """A syndication history as bare texts: each version's body only, with no headline, date,
    byline, credit line or other boilerplate (as when a collection holds extracted article
    text). Credits written into the text ("told Reuters", "(AP) —") stay."""
    nodes = news_history(rng, pool, base)
    for node in nodes:
        node.layout = "plain"
    return nodes


def make_history(rng: random.Random, pool: Pool, family: str, base: int) -> list[Node]:
    if family == "news":
        return news_history(rng, pool, base)
    if family == "answers":
        return answers_history(rng, pool, base)
    if family == "manuscript":
        return manuscript_history(rng, pool, base)
    if family == "sparse":
        return sparse_history(rng, pool, base)
    if family == "unsourced":
        return unsourced_history(rng, pool, base)
    if family == "bare":
        return bare_news_history(rng, pool, base)
    if family == "task":
        return task_history(rng, pool, base)
    raise ValueError(f"unknown family {family!r}")


def write_collection(folder: Path, family: str, rng: random.Random, pool: Pool, base: int) -> dict:
    """Generate one collection into ``folder`` (created); returns its truth."""
    nodes = make_history(rng, pool, family, base)
    ids = assign_ids(rng, nodes)
    headlines = [make_headline(rng, pool.paragraphs(rng.randrange(len(pool.texts)), rng)) for _ in range(4)]
    texts = render_history(rng, nodes, ids, headlines, _start_date(rng))
    articles, lost = history_truth(nodes, ids)
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in texts.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    truth = {"kind": family, "base_text": pool.texts[base].id, "articles": articles, "lost": lost}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True), encoding="utf-8")
    return truth


def make_collections(out: Path, family: str, n: int, seed: int, pool: Pool | None = None) -> list[Path]:
    """``n`` collections of one family under ``out/<family>-<k>``; base texts drawn without
    replacement while they last."""
    pool = pool or Pool(corpus.load_texts())
    rng = random.Random(f"{seed}:{family}")
    bases = list(range(len(pool.texts)))
    rng.shuffle(bases)
    folders = []
    for k in range(n):
        folder = out / f"{family}-{k:03d}"
        write_collection(folder, family, random.Random(f"{seed}:{family}:{k}"), pool, bases[k % len(bases)])
        folders.append(folder)
    return folders


# --- mixed collections at scale ----------------------------------------------------------


def _next_story_size(rng: random.Random, remaining: int, stories_left: int, lo: int = 2, hi: int = 20) -> int:
    """A story size around the mean still needed, so that the total comes out exact and sizes
    stay within ``lo..hi`` whenever the real-text pool allows it."""
    if stories_left <= 1:
        return remaining
    mean = remaining / stories_left
    if mean > hi - 1:
        # Too few real texts for stories of at most ``hi`` versions: allow bigger ones.
        hi = int(mean * 2) - lo
    size = round(rng.uniform(max(lo, 2 * mean - hi), min(hi, 2 * mean - lo)))
    return max(lo, min(hi, size, remaining - lo * (stories_left - 1)))


def make_mixed(out: Path, articles: int, seed: int, pool: Pool | None = None) -> dict:
    """A folder of ``articles`` versions over many stories, each story its own history from its
    own real text (never reused across stories), with ``truth.json`` giving every article's
    story and parent. Merge secondaries come from a reserved set of texts that are in no story."""
    pool = pool or Pool(corpus.load_texts())
    rng = random.Random(f"{seed}:mixed:{articles}")
    order = list(range(len(pool.texts)))
    rng.shuffle(order)
    n_reserved = max(1, len(order) // 8)
    reserved, bases = order[:n_reserved], order[n_reserved:]
    n_stories = min(len(bases), max(1, articles // 5))
    out.mkdir(parents=True, exist_ok=True)
    truth_articles: dict[str, dict] = {}
    truth_lost: dict[str, dict] = {}
    stories: dict[str, dict] = {}
    headlines = [make_headline(rng, pool.paragraphs(i, rng)) for i in reserved[:20]]
    secondaries = list(reserved)  # merge sources not yet given to a story
    all_texts: dict[str, str] = {}
    for s, base in enumerate(bases[:n_stories]):
        sid = f"s{s:04d}"
        srng = random.Random(f"{seed}:mixed:{s}")
        stories_left = n_stories - s
        last = stories_left == 1
        # Room left once every later story has its minimum of two versions.
        room = articles - len(truth_articles) - 2 * (stories_left - 1)
        size = _next_story_size(srng, articles - len(truth_articles), stories_left)
        fam = srng.choices(("news", "answers", "manuscript"), [0.8, 0.1, 0.1])[0] if (size <= 15 and not last) else "news"
        if fam == "news":
            nodes = news_history(srng, pool, base, n_articles=size, unrelated=False,
                                 max_depth=3 if size <= 20 else 5, secondary_pool=secondaries)
        elif fam == "answers":
            nodes = answers_history(srng, pool, base, used=set(range(len(pool.texts))) - {base})
        else:
            nodes = manuscript_history(srng, pool, base)
        made = sum(1 for n in nodes if not n.lost)
        if made > room:
            # Never overshoot the total: drop surplus leaves.
            while made > room:
                leaves = [n for n in nodes if not n.lost and n.parent is not None
                          and not any(c.parent == n.name for c in nodes)]
                if not leaves:
                    break
                nodes.remove(leaves[-1])
                made -= 1
        ids = assign_ids(srng, nodes, prefix=f"{sid}-")
        texts = render_history(srng, nodes, ids, headlines, _start_date(srng))
        arts, lost = history_truth(nodes, ids, lost_prefix=f"{sid}-lost-")
        for aid, entry in arts.items():
            entry["story"] = sid
            truth_articles[aid] = entry
        for name, entry in lost.items():
            entry["story"] = sid
            truth_lost[name] = entry
        stories[sid] = {"family": fam, "base_text": pool.texts[base].id, "size": len(arts)}
        all_texts.update(texts)
    # Final names: a shuffled number and a hash, so that neither names nor their order give a
    # story away.
    order = list(truth_articles)
    rng.shuffle(order)
    width = max(5, len(str(len(order))))
    rename = {old: f"{k:0{width}d}_{hashlib.sha256(f'{seed}:{old}'.encode()).hexdigest()[:12]}"
              for k, old in enumerate(order)}
    truth_articles = {rename[a]: _renamed(e, rename) for a, e in truth_articles.items()}
    truth_lost = {name: _renamed(e, rename) for name, e in truth_lost.items()}
    for old, text in all_texts.items():
        (out / f"{rename[old]}.txt").write_text(text, encoding="utf-8")
    truth = {"kind": "mixed", "articles": truth_articles, "lost": truth_lost, "stories": stories,
             "note": _mixed_note(len(pool.texts), n_reserved, n_stories, articles, len(truth_articles))}
    (out / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True), encoding="utf-8")
    return truth


def _renamed(entry: dict, rename: dict[str, str]) -> dict:
    entry = dict(entry)
    if entry.get("parent"):
        entry["parent"] = rename[entry["parent"]]
    entry["also_from"] = [rename.get(a, a) for a in entry.get("also_from", [])]
    return entry


def _mixed_note(n_texts: int, n_reserved: int, n_stories: int, asked: int, made: int) -> str:
    return (f"{n_texts} real texts: {n_reserved} reserved as merge sources (one story each), "
            f"{n_stories} stories with one base text each (never reused); {made} articles for "
            f"{asked} asked, {made / max(1, n_stories):.1f} per story on average")


# --- command line ------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate synthetic derivation histories from real news text.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    mk = sub.add_parser("make", help="collections of one or every family")
    mk.add_argument("--family", choices=FAMILIES + ("all",), default="all")
    mk.add_argument("--n", type=int, default=10, help="collections per family")
    mk.add_argument("--seed", type=int, default=1)
    mk.add_argument("--out", type=Path, required=True)
    mx = sub.add_parser("make-mixed", help="one big folder of many stories")
    mx.add_argument("--articles", type=int, default=1000)
    mx.add_argument("--seed", type=int, default=1)
    mx.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if args.cmd == "make":
        fams = FAMILIES if args.family == "all" else (args.family,)
        pool = Pool(corpus.load_texts())
        for fam in fams:
            folders = make_collections(args.out, fam, args.n, args.seed, pool)
            print(f"{fam}: {len(folders)} collections under {args.out}")
    else:
        truth = make_mixed(args.out, args.articles, args.seed)
        print(truth["note"])
    print(f"done in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
