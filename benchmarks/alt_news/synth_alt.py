#!/usr/bin/env python
"""An independent generator of simulated news-syndication collections.

Written from the lineage issue's description of the held-out news collections alone, without
reference to ``benchmarks/synth.py`` or to the engine, as a check that figures measured on our own
generator carry over to histories made another way (see ``benchmarks/RESULTS.md``).

Each collection is the syndication history of one real Lee-corpus story (the wire original):
a random derivation tree (copy / edit / excerpt / spin / rewrite / merge), dressed by invented
outlets (headlines, bylines, datelines, dates, boilerplate, credit lines), with lost sources and
unrelated same-topic articles. Each folder holds the article .txt files and a truth.json.

    python benchmarks/alt_news/synth_alt.py OUT_DIR --n 80 --seed 1
    python benchmarks/alt_news/synth_alt.py --check OUT_DIR
    python benchmarks/lineage_eval.py --from OUT_DIR --family news
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402  (real news text only)
import synth_alt_tables as T  # noqa: E402

RELATIONS = ("original", "copy", "edit", "excerpt", "spin", "rewrite", "merge", "unrelated")

# ------------------------------------------------------------------------------------------
# word tables


def load_table(text: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" not in line:
            continue
        left, right = line.split("=", 1)
        keys = [k.strip() for k in left.split("|")]
        alts = [a.strip() for a in right.split("/")]
        for i, key in enumerate(keys):
            opts = []
            for alt in alts:
                forms = [f.strip() for f in alt.split("|")]
                if len(keys) == 1:
                    form = alt.strip()
                elif len(forms) == len(keys):
                    form = forms[i]
                else:
                    continue
                if form and form.lower() != key.lower() and form not in opts:
                    opts.append(form)
            if opts:
                table[key.lower()] = opts
    return table


SPIN = load_table(T.SPIN_TABLE)
PLAIN = load_table(T.PLAIN_TABLE)
STOP = corpus.STOPWORDS
COMMON_STARTS = set(STOP) | {
    "police", "officials", "authorities", "witnesses", "residents", "firefighters", "there", "it",
    "some", "many", "most", "several", "the", "a", "an", "this", "that", "these", "those", "he", "she",
    "they", "we", "in", "on", "at", "but", "and", "meanwhile", "earlier", "later", "however",
}

# ------------------------------------------------------------------------------------------
# small text helpers

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^A-Za-z]+")


def norm(text: str) -> str:
    return " ".join(text.split())


def content_hash(paras: list[list[str]]) -> str:
    body = "\n\n".join(" ".join(p) for p in paras)
    return hashlib.sha256(norm(body).encode("utf-8")).hexdigest()[:16]


def _vocab():
    """How often each word appears lower-case vs capitalised inside sentences of the corpus."""
    from collections import Counter
    low, cap = Counter(), Counter()
    for t in corpus.load_texts():
        for sent in corpus.split_sentences(t.text):
            for w in re.findall(r"[A-Za-z][A-Za-z'-]*", sent)[1:]:
                (cap if w[0].isupper() else low)[w.lower()] += 1
    return low, cap


_LOW, _CAP = _vocab()


def is_common(word: str) -> bool:
    lw = word.lower()
    if word == "I" or (word.isupper() and len(word) > 1) or lw in ("mr", "mrs", "ms", "dr"):
        return False
    return lw in COMMON_STARTS or _LOW[lw] > _CAP[lw]


FUNCTION_STARTS = {"the", "a", "an", "in", "on", "at", "but", "and", "this", "that", "these", "those", "there",
                   "it", "he", "she", "they", "we", "some", "many", "most", "several", "meanwhile", "earlier",
                   "later", "however", "after", "before", "as", "while", "when", "for", "from", "with", "by",
                   "of", "to", "its", "his", "her", "their", "our", "one", "two", "three", "more", "about"}


def lower_first(s: str) -> str:
    """Lower-case a sentence's first word when it is a common word (not a name)."""
    m = re.match(r"([A-Za-z][A-Za-z'-]*)( [A-Za-z][A-Za-z'-]*)?", s)
    if not m:
        return s
    first = m.group(1)
    nxt = (m.group(2) or " x").strip()
    if first.lower() in FUNCTION_STARTS and not first.isupper():
        return s[0].lower() + s[1:]
    if is_common(first) and not (nxt[0].isupper() and not is_common(nxt)):
        return s[0].lower() + s[1:]
    return s


def upper_first(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :]
        if ch.isdigit():
            return s
    return s


def n_words(paras) -> int:
    return sum(len(s.split()) for p in paras for s in p)


def flatten(paras) -> list[str]:
    return [s for p in paras for s in p]


def regroup(sents: list[str], rng: random.Random, style: str = "keep", lo: int = 1, hi: int = 3) -> list[list[str]]:
    if style == "one":
        return [[s] for s in sents]
    if style == "big":
        lo, hi = 2, 5
    out, i = [], 0
    while i < len(sents):
        k = 1 if (i == 0 and rng.random() < 0.7) else rng.randint(lo, hi)
        out.append(sents[i : i + k])
        i += k
    return out


def curl_quotes(s: str) -> str:
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"(^|\s)'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def straight_quotes(s: str) -> str:
    return s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")


def fix_articles(s: str) -> str:
    def rep(m):
        art, word = m.group(1), m.group(2)
        lw = word.lower()
        vowel = lw[0] in "aeiou" and not lw.startswith(("uni", "use", "usu", "eu", "one", "once"))
        vowel = vowel or lw.startswith(("hour", "honest", "honou"))
        new = "an" if vowel else "a"
        if art[0].isupper():
            new = new.capitalize()
        return f"{new} {word}"

    return re.sub(r"\b([Aa]n?) ([A-Za-z][A-Za-z'-]*)", rep, s)


# ------------------------------------------------------------------------------------------
# synonym substitution (spinner and paraphraser)


def substitute(sent: str, table: dict, rng: random.Random, rate: float, skip_quotes: bool,
               proper_rate: float = 0.0) -> tuple[str, int, int]:
    """Swap a share ``rate`` of the table-matched words of a sentence. Returns (text, swapped,
    content words)."""
    toks = TOKEN.findall(sent)
    n = len(toks)
    inquote = [False] * n
    q = False
    first_word = None
    for i, t in enumerate(toks):
        if not t[0].isalpha():
            cnt = t.count('"') + t.count("\u201c") + t.count("\u201d")
            inquote[i] = q
            if cnt % 2:
                q = not q
        else:
            inquote[i] = q
            if first_word is None:
                first_word = i
    content = sum(1 for t in toks if t[0].isalpha() and t.lower() not in STOP and len(t) > 2)
    cands = []  # (start, end, key)
    i = 0
    while i < n:
        t = toks[i]
        if not t[0].isalpha():
            i += 1
            continue
        hit = None
        for span in (3, 2, 1):
            idxs = [i + 2 * k for k in range(span)]
            if idxs[-1] >= n or any(not toks[j][0].isalpha() for j in idxs):
                continue
            if any(toks[j + 1] != " " for j in idxs[:-1]):
                continue
            key = " ".join(toks[j].lower() for j in idxs)
            if key in table:
                hit = (i, idxs[-1], key)
                break
        if hit:
            s, e, key = hit
            word = toks[s]
            proper = any(toks[j][0].isupper() for j in range(s, e + 1, 2)) and s != first_word
            if s == first_word and (not is_common(word) or (
                    e + 2 < n and toks[e + 1] == " " and toks[e + 2][0].isupper() and not is_common(toks[e + 2]))):
                proper = True
            if word.isupper() and len(word) > 1:
                proper = True
            ok = not (skip_quotes and inquote[s])
            if proper and rng.random() >= proper_rate:
                ok = False
            if ok:
                cands.append(hit)
            i = e + 1
        else:
            i += 1
    k = min(len(cands), int(round(rate * max(content, 1))))
    if rate >= 1:
        k = len(cands)
    chosen = rng.sample(cands, k) if k < len(cands) else cands
    for s, e, key in sorted(chosen, reverse=True):
        rep = rng.choice(table[key])
        if toks[s][0].isupper():
            rep = upper_first(rep)
        toks[s : e + 1] = [rep]
    return "".join(toks), len(chosen), content


# ------------------------------------------------------------------------------------------
# headlines

_HL_CUT = {"as", "after", "following", "because", "which", "who", "amid", "when", "while", "despite",
           "saying", "but", "where", "until", "since", "than", "although", "before"}
_HL_PREP = {"in", "at", "on", "near", "from", "over", "of", "for", "to", "into", "by"}
_HL_DROP_TAIL = {"the", "of", "in", "and", "to", "a", "an", "with", "for", "at", "on", "by", "from", "as",
                 "its", "their", "his", "her", "that", "is", "are", "be", "will", "has", "have", "more",
                 "most", "than", "some", "about", "into", "over", "such"}
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as", "from"}


def title_case(h: str) -> str:
    words = h.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL:
            out.append(w.lower() if not w.isupper() else w)
        else:
            out.append(upper_first(w))
    return " ".join(out)


def headline_from(sentence: str, rng: random.Random, max_words: int = 11) -> str:
    s = straight_quotes(sentence).strip().rstrip(".!?")
    s = re.sub(r"^(According to|As per|In keeping with|Citing) [^,]{3,50}, ", "", s)
    s = upper_first(s)
    s = re.sub(r"(?<!There )\b(has|have|had) been\b ", "", s)
    s = re.sub(r"\b(today|this morning|this afternoon|yesterday|overnight|tonight|this evening|"
               r"last night|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday)(?:'s)?\b ?", "", s)
    m = re.match(r"(After|Despite|In|Following|As|With|On|Earlier|Meanwhile|Elsewhere)\b[^,]{0,45}, ", s)
    if m and len(s[m.end():].split()) >= 6:
        s = upper_first(s[m.end():])
    s = re.sub(r"\b(Hundreds|Thousands|Dozens|Millions) of people\b", r"\1", s)
    s = re.sub(r"(?<!is )(?<!was )(?<!are )(?<!were )(?<!be )(?<!been )\bsaid\b", "says", s)
    s = re.sub(r"\s+,", ",", s)
    words = s.split()
    if words and words[0] in ("The", "A", "An") and len(words) > 3:
        words = words[1:]
        words[0] = upper_first(words[0])
    words = [w for j, w in enumerate(words) if not (j and w.lower() in ("the", "a", "an") and rng.random() < 0.85)]
    cut = None
    for j, w in enumerate(words):
        if j >= 6 and (w.lower() in _HL_CUT or words[j - 1].endswith((",", ";", ":", "-"))):
            if j <= max_words + 1:
                cut = j
                break
    if cut is None and len(words) > max_words:
        preps = [j for j in range(5, max_words + 1) if words[j].lower() in _HL_PREP | {"and", "with"}]
        cut = preps[-1] if preps else max_words
    if cut:
        words = words[:cut]
    while words and words[-1].lower().strip(",;:-") in _HL_DROP_TAIL:
        words.pop()
    h = " ".join(words).strip(" ,;:-")
    if h.count('"') % 2:
        h = h.replace('"', "")
    h = h.replace('"', "'")
    return upper_first(h) if h else "News update"


def quote_headline(sents: list[str], rng: random.Random) -> str | None:
    for s in rng.sample(sents, len(sents)):
        m = re.search(r'"([^"]{25,160})', s)
        if not m:
            continue
        q = m.group(1).strip().rstrip(",.")
        words = q.split()
        if len(words) > 10:
            words = words[: rng.randint(6, 10)]
            q = " ".join(words).rstrip(",;:") + "..."
        who = None
        for ss in sents:
            mm = re.search(r"\b(?:Mr|Ms|Mrs|Dr|Senator|Premier|Minister|Captain|Professor) ([A-Z][a-z'-]+)", ss)
            if mm:
                who = mm.group(1)
                break
        return f"'{q}'" + (f": {who}" if who else "")
    return None


# ------------------------------------------------------------------------------------------
# outlets

AGENCIES = [
    dict(name="Pacific Wire Service", code="PWS", slug="pacificwire", kind="agency", tz="AEDT",
         dates=["uk_long", "iso_dt"], pub_label=["", "Published:"], upd_label=["Updated:"],
         dateline="ap", byline=["By {n}", "{n}, PWS", "By {n}, Pacific Wire Service"], quotes="straight",
         paras="keep", copyright="Copyright {Y}Pacific Wire Service. All rights reserved.", tz_alt=["AEST"]),
    dict(name="Austral Press Agency", code="APA", slug="australpress", kind="agency", tz="AEDT",
         dates=["ap", "us_time"], pub_label=[""], upd_label=["Updated", "Last updated"],
         dateline="ap2", byline=["By {n}", "By {n} Austral Press Agency"], quotes="straight", paras="keep",
         copyright="(c) {Y}Austral Press Agency"),
    dict(name="Southern Cross Newswire", code="SCN", slug="scnewswire", kind="agency", tz="GMT",
         dates=["reuters", "iso_date"], pub_label=["", "Filed:"], upd_label=["Updated"],
         dateline="reuters", byline=["Reporting by {n}; Editing by {m}", "By {n}"], quotes="straight",
         paras="keep", copyright="© {Y}Southern Cross Newswire. All rights reserved."),
    dict(name="National Broadcasting Network", code="NBN", slug="nbn-news", kind="agency", tz="AEDT",
         dates=["guardian", "uk_long"], pub_label=["Posted", "First posted"], upd_label=["Updated"],
         dateline="plain", byline=["By {n}", "{n} reports", ""], quotes="straight", paras="keep",
         copyright="© {Y}National Broadcasting Network"),
]

OUTLETS = [
    dict(name="The Harbour Herald", slug="harbourherald", kind="paper", tz="AEDT",
         dates=["uk_long", "guardian"], pub_label=["", "Published:"], upd_label=["Updated"],
         dateline="keep", byline=["By {n}", "{n}, Staff reporter", "{n} and {m}"], quotes="curly",
         paras="keep", top=["share"], inline=["ad", "readmore"], footer=["credit", "tags"]),
    dict(name="Coastline Courier", slug="coastlinecourier", kind="paper", tz="AEST",
         dates=["dmy_slash", "uk_long"], pub_label=["Published", "Posted"], upd_label=["Updated"],
         dateline="keep", byline=["{n}", "By {n}"], quotes="straight", paras="one",
         top=[], inline=["ad", "story_continues"], footer=["credit", "newsletter"]),
    dict(name="The Daily Meridian", slug="dailymeridian", kind="paper", tz="GMT",
         dates=["guardian"], pub_label=[""], upd_label=["Last modified on"],
         dateline="keep", byline=["{n} in {city}", "{n}"], quotes="curly", paras="keep",
         top=[], inline=["caption"], footer=["credit", "comments"]),
    dict(name="Metro Chronicle", slug="metrochronicle", kind="paper", tz="ET",
         dates=["us_long", "ap"], pub_label=["Published", ""], upd_label=["Updated"],
         dateline="keep", byline=["By {n}", "By {n} | Metro Chronicle"], quotes="curly", paras="keep",
         top=["share"], inline=["ad", "related"], footer=["credit", "copyright_wire"]),
    dict(name="The Capital Observer", slug="capitalobserver", kind="paper", tz="AEDT",
         dates=["uk_long"], pub_label=["", "Published"], upd_label=["Updated"],
         dateline="own_plain", byline=["By {n}, political reporter", "By {n}"], quotes="straight",
         paras="big", top=[], inline=[], footer=["credit"]),
    dict(name="Morning Tribune", slug="morningtribune", kind="paper", tz="SGT",
         dates=["uk_long", "dmy_slash"], pub_label=["Published", "PUBLISHED:"], upd_label=["UPDATED:", "Updated"],
         dateline="colon", byline=["{n}", "By {n}"], quotes="straight", paras="keep",
         top=[], inline=["ad"], footer=["credit"]),
    dict(name="The Evening Dispatch", slug="eveningdispatch", kind="paper", tz="GMT",
         dates=["guardian", "uk_long"], pub_label=["", "Published"], upd_label=["Updated"],
         dateline="keep", byline=["By {n}", "{n}, Foreign Correspondent"], quotes="curly", paras="one",
         top=[], inline=["caption", "readmore"], footer=["credit", "comments"]),
    dict(name="Northern Star-Ledger", slug="starledger", kind="paper", tz="ET",
         dates=["ap", "us_long"], pub_label=["", "Posted"], upd_label=["Updated"],
         dateline="keep", byline=["From wire reports", "By {n}", "Staff and wire reports"], quotes="straight",
         paras="keep", top=[], inline=["ad"], footer=["credit", "copyright_wire"]),
    dict(name="Republic Today", slug="republictoday", kind="portal", tz="IST",
         dates=["republic"], pub_label=["Published"], upd_label=["Updated"],
         dateline="none", byline=["Reported by: {n}", "Written By: {n}"], quotes="straight", paras="keep",
         top=["image_self", "ad"], inline=["ad"], footer=["credit", "image_wire", "ad"], standfirst=True),
    dict(name="Infonews Global", slug="infonews", kind="portal", tz="ART",
         dates=["uk_long", "iso_date"], pub_label=[""], upd_label=["Updated"],
         dateline="none", byline=[""], quotes="curly", paras="keep",
         top=[], inline=["caption", "caption"], footer=["credit", "keepreading", "sourcelink_site"]),
    dict(name="World Pulse Network", slug="worldpulse", kind="portal", tz="IST",
         dates=["us_time", "republic"], pub_label=["", "First published:"], upd_label=["Updated:"],
         dateline="none", byline=["Edited By: {n}", "Web Desk", "{n} | World Pulse Network"], quotes="straight",
         paras="keep", top=[], inline=["image_wire_inline"], footer=["credit"]),
    dict(name="Euro Digest", slug="eurodigest", kind="portal", tz="CET",
         dates=["dot", "iso_dt"], pub_label=["", "Veröffentlicht / Published:"], upd_label=["Aktualisiert / Updated:"],
         dateline="colon", byline=["Editorial team", "{n}"], quotes="straight", paras="keep",
         top=[], inline=[], footer=["credit"]),
    dict(name="Asia Wire Today", slug="asiawiretoday", kind="portal", tz="HKT",
         dates=["iso_date", "uk_long"], pub_label=["date", "Date:"], upd_label=["Updated"],
         dateline="none", byline=["", "News Desk"], quotes="straight", paras="keep",
         top=["date_inline"], inline=["image_wire_inline"], footer=["credit"]),
    dict(name="NewsHub24", slug="newshub24", kind="farm", tz="UTC",
         dates=["posted", "iso_date"], pub_label=["Posted on", ""], upd_label=["Last updated:"],
         dateline="colon_spin", byline=["By admin", "admin", "By NewsHub24 Staff"], quotes="curly", paras="keep",
         top=["echo"], inline=[], footer=["sourcelink", "leavereply"]),
    dict(name="Trending Buzz Daily", slug="trendingbuzz", kind="farm", tz="PT",
         dates=["posted", "mdy_slash"], pub_label=["", "Posted"], upd_label=["Updated"],
         dateline="none", byline=["By {n}", "Editorial Staff"], quotes="curly", paras="one",
         top=["echo"], inline=["readmore"], footer=["supply", "leavereply", "newsletter_spin"]),
    dict(name="Daily Latest Updates", slug="dailylatestupdates", kind="farm", tz="UTC",
         dates=["posted"], pub_label=[""], upd_label=["Updated:"],
         dateline="none", byline=["", "By Newsroom"], quotes="straight", paras="keep",
         top=[], inline=[], footer=["sourcelink", "related_list"]),
    dict(name="The Update Bulletin", slug="updatebulletin", kind="farm", tz="ET",
         dates=["us_long", "posted"], pub_label=["Published", ""], upd_label=["Updated"],
         dateline="colon_spin", byline=["{n}", "By {n}"], quotes="curly", paras="keep",
         top=[], inline=["ad"], footer=["credit", "tags", "leavereply"]),
    dict(name="GlobeNews Era", slug="globenewsera", kind="farm", tz="UTC",
         dates=["iso_dt", "posted"], pub_label=["", "Posted"], upd_label=["Updated"],
         dateline="none", byline=[""], quotes="curly", paras="one",
         top=["echo"], inline=["ad"], footer=["supply", "comments"]),
    dict(name="PulseReader", slug="pulsereader", kind="aggregator", tz="UTC",
         dates=["iso_dt", "us_time"], pub_label=[""], upd_label=["Updated"],
         dateline="keep", byline=["{orig}"], quotes="keep", paras="keep",
         top=[], inline=[], footer=["credit", "continue_reading"]),
    dict(name="NewsNow Aggregated", slug="newsnow", kind="aggregator", tz="GMT",
         dates=["guardian", "iso_date"], pub_label=["", "Published"], upd_label=["Updated"],
         dateline="keep", byline=["{orig}", ""], quotes="keep", paras="keep",
         top=[], inline=[], footer=["credit", "continue_reading"]),
    dict(name="Kiwi Morning Post", slug="kiwimorningpost", kind="paper", tz="NZDT",
         dates=["uk_long", "dmy_slash"], pub_label=["", "Published"], upd_label=["Updated"],
         dateline="keep", byline=["By {n}", "{n}, Newswire"], quotes="straight", paras="keep",
         top=[], inline=["ad"], footer=["credit"]),
    dict(name="Bay City Times-Gazette", slug="baycitytimes", kind="paper", tz="PT",
         dates=["ap", "us_long"], pub_label=["", "Published"], upd_label=["Updated"],
         dateline="keep", byline=["The Associated Staff", "By {n}"], quotes="curly", paras="keep",
         top=["share"], inline=["ad", "related"], footer=["credit", "copyright_wire"]),
]

TZ = {"AEDT": 11, "AEST": 10, "NZDT": 13, "GMT": 0, "UTC": 0, "CET": 1, "ET": -5, "PT": -8, "IST": 5.5,
      "SGT": 8, "HKT": 8, "ART": -3}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(utc: datetime, style: str, tz: str) -> str:
    off = TZ[tz]
    t = utc + timedelta(hours=off)
    tzs = {"ET": "EST", "PT": "PST"}.get(tz, tz) if style not in ("us_long", "us_time") else tz
    h12 = t.hour % 12 or 12
    ampm = "am" if t.hour < 12 else "pm"
    if style == "republic":
        return f"{MONTHS[t.month - 1]} {ordinal(t.day)}, {t.year} at {t:%H:%M} {tzs}"
    if style == "ap":
        return f"{AP_MON[t.month - 1]} {t.day}, {t.year}"
    if style == "iso_date":
        return f"{t:%Y-%m-%d}"
    if style == "iso_dt":
        if off == 0:
            return f"{utc:%Y-%m-%dT%H:%M:%S}Z"
        sign = "+" if off >= 0 else "-"
        hh, mm = int(abs(off)), int(round((abs(off) % 1) * 60))
        return f"{t:%Y-%m-%dT%H:%M:%S}{sign}{hh:02d}:{mm:02d}"
    if style == "guardian":
        return f"{t:%a} {t.day} {t:%b} {t.year} {t:%H.%M} {tzs}"
    if style == "uk_long":
        return f"{t.day} {MONTHS[t.month - 1]} {t.year}, {h12}:{t:%M}{ampm} {tzs}"
    if style == "us_long":
        return f"{WEEKDAYS[t.weekday()]}, {MONTHS[t.month - 1]} {t.day}, {t.year} {h12}:{t:%M} {ampm.upper()} {tzs}"
    if style == "us_time":
        return f"{t:%b} {t.day}, {t.year}, {h12}:{t:%M} {ampm} {tzs}"
    if style == "dmy_slash":
        return f"{t:%d/%m/%Y %H:%M}"
    if style == "mdy_slash":
        return f"{t:%m/%d/%Y}"
    if style == "dot":
        return f"{t:%d.%m.%Y, %H:%M} Uhr" if tz == "CET" and utc.minute % 2 else f"{t:%d.%m.%Y %H:%M}"
    if style == "posted":
        return f"{MONTHS[t.month - 1]} {t.day}, {t.year}"
    if style == "reuters":
        return f"{t:%a} {t:%b} {t.day}, {t.year} {t:%I:%M%p} {tzs}".replace(" 0", " ")
    raise ValueError(style)


# ------------------------------------------------------------------------------------------
# the tree


@dataclass
class Node:
    idx: int
    parent: int | None
    op: str
    depth: int
    lost: bool = False
    outlet: dict | None = None
    paras: list = field(default_factory=list)
    headline: str = ""
    byline: str = ""
    reporter: str = ""
    dateline: str | None = None
    pub: datetime | None = None
    updated: datetime | None = None
    name: str = ""
    children: list = field(default_factory=list)
    merge_text: str | None = None  # Text.id of a merge's second source
    merge_node: int | None = None  # present node holding that second source
    text_id: str | None = None  # for roots: which Lee text
    credit: str | None = None  # "wire" or "parent" credit choice


class Collection:
    def __init__(self, rng: random.Random, texts, index, base_i: int, cid: str):
        self.rng = rng
        self.texts = texts
        self.index = index
        self.base_i = base_i
        self.cid = cid
        self.nodes: list[Node] = []
        self.dated = rng.random() < 0.5
        self.city = self._city(texts[base_i].text)
        self.used = {base_i}

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _city(text: str) -> str:
        best = None
        for key, city in T.PLACES:
            m = re.search(r"\b" + re.escape(key) + r"\b", text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), city)
        return best[1] if best else "SYDNEY"

    def person(self) -> str:
        return f"{self.rng.choice(T.FIRST_NAMES)} {self.rng.choice(T.LAST_NAMES)}"

    def neighbours(self, k: int, exclude: set) -> list[int]:
        out = [j for s, j in self.index.neighbours(self.base_i) if j not in exclude and len(self.texts[j].text.split()) >= 60]
        return out[:k]

    def lee_paras(self, i: int) -> list[list[str]]:
        return regroup(corpus.split_sentences(self.texts[i].text), self.rng)


# ------------------------------------------------------------------------------------------
# operations on bodies

OWN_SENTENCES = [
    "It was not immediately clear how many people had been affected.",
    "More details are expected to be released later.",
    "Further updates will follow as more information becomes available.",
    "{who} could not be reached for comment.",
    "{who} did not respond to a request for comment.",
    "Authorities have urged anyone with information to come forward.",
    "The developments have drawn wide attention across the region.",
    "Observers say the coming days will be crucial.",
    "The situation remains fluid.",
    "Local media reported similar accounts.",
    "{outlet} has contacted {who} for further comment.",
    "It is the latest in a string of similar incidents in recent months.",
    "No further details were immediately available.",
    "The matter is expected to be raised again in the coming weeks.",
]

CONNECTORS = ["Meanwhile, ", "In a related development, ", "Elsewhere, ", "Separately, ", "In other news, ",
              "In a separate development, ", "At the same time, "]
FRAMES = ["Notably, ", "Meanwhile, ", "It is pertinent to mention here that ", "Reportedly, ",
          "In addition, ", "Significantly, ", "Earlier, ", "It must be noted that ", "As per reports, ",
          "Moreover, ", "Furthermore, "]


def find_who(sents: list[str]) -> str:
    for s in sents:
        m = re.search(r"\b((?:Mr|Ms|Mrs|Dr) [A-Z][a-z'-]+)", s)
        if m:
            return m.group(1)
    for s in sents:
        m = re.search(r"(?<!^)(?<![.!?] )\b(the [A-Z][a-z]+(?: [A-Z][a-z]+){1,3})", s)
        if m:
            return m.group(1)
    return "A spokesperson"


def op_copy(par: Node, node: Node, coll: Collection) -> list[list[str]]:
    rng = coll.rng
    paras = [list(p) for p in par.paras]
    if len(paras) >= 3 and rng.random() < 0.5:
        k = rng.randint(1, max(1, len(paras) // 3))
        paras = paras[: max(2, len(paras) - k)]
    return paras


def op_edit(par: Node, node: Node, coll: Collection) -> list[list[str]]:
    rng = coll.rng
    sents = flatten(par.paras)
    actions = rng.sample(["drop", "add", "move", "words", "words"], rng.randint(2, 4))
    if "words" not in actions:
        actions.append("words")
    if "drop" in actions and len(sents) > 4:
        for _ in range(rng.randint(1, min(3, len(sents) // 4 + 1))):
            if len(sents) > 3:
                del sents[rng.randrange(1, len(sents))]
    if "add" in actions:
        for _ in range(rng.randint(1, 2)):
            if rng.random() < 0.5:
                nb = coll.neighbours(12, coll.used)
                j = rng.choice(nb) if nb else next(i for i in range(len(coll.texts)) if i not in coll.used)
                other = corpus.split_sentences(coll.texts[j].text)
                s = rng.choice(other[1:] or other)
            else:
                s = rng.choice(OWN_SENTENCES).format(who=find_who(sents), outlet=node.outlet["name"])
                s = upper_first(s)
            sents.insert(rng.randint(1, len(sents)), s)
    if "move" in actions and len(sents) > 3:
        i = rng.randrange(1, len(sents))
        s = sents.pop(i)
        sents.insert(rng.randrange(1, len(sents) + 1), s)
    if "words" in actions:
        sents = small_word_changes(sents, rng, rng.randint(2, 5))
    return regroup(sents, rng, node.outlet.get("paras", "keep"))


_SMALL_EDITS = [
    (r"\bper cent\b", lambda m, r: r.choice(["percent", "%"])),
    (r"\bkilometres\b", lambda m, r: "km"),
    (r"\bcentre\b", lambda m, r: "center"),
    (r"\borganisation(s?)\b", lambda m, r: "organization" + m.group(1)),
    (r"\bdefence\b", lambda m, r: "defense"),
    (r"\blabour\b", lambda m, r: "labor"),
    (r"\b(Mr|Mrs|Ms) (?=[A-Z])", lambda m, r: ""),
    (r"\bsays\b", lambda m, r: "said"),
    (r"\bwill not\b", lambda m, r: "won't"),
    (r"\bdo not\b", lambda m, r: "don't"),
    (r"\bIt is\b", lambda m, r: "It's"),
    (r"\btoday\b", lambda m, r: r.choice(["on the day", "earlier today"])),
    (r"\bhas been\b", lambda m, r: "was"),
    (r"\babout\b", lambda m, r: r.choice(["around", "roughly"])),
]


def small_word_changes(sents: list[str], rng: random.Random, n: int) -> list[str]:
    sents = list(sents)
    for _ in range(n):
        i = rng.randrange(len(sents))
        s = sents[i]
        if rng.random() < 0.5:
            pats = [p for p in _SMALL_EDITS if re.search(p[0], s)]
            if pats:
                pat, fn = rng.choice(pats)
                ms = list(re.finditer(pat, s))
                m = rng.choice(ms)
                s = s[: m.start()] + fn(m, rng) + s[m.end() :]
                sents[i] = s
                continue
        s2, _k, _c = substitute(s, PLAIN, rng, 0.06, skip_quotes=True)
        sents[i] = fix_articles(s2)
    return sents


def op_excerpt(par: Node, node: Node, coll: Collection) -> list[list[str]]:
    rng = coll.rng
    paras = [list(p) for p in par.paras]
    sents = flatten(paras)
    if rng.random() < 0.6 or len(paras) < 4:
        k = max(2, int(round(len(sents) * rng.uniform(0.3, 0.6))))
        k = min(k, len(sents) - 1)
        out, count = [], 0
        for p in paras:
            if count >= k:
                break
            take = p[: k - count]
            out.append(take)
            count += len(take)
        return out
    # lead paragraph plus a few (near-)contiguous later paragraphs
    start = rng.randint(1, max(1, len(paras) - 3))
    run = paras[start : start + rng.randint(1, 3)]
    if len(run) >= 3 and rng.random() < 0.5:
        del run[1]
    out = [paras[0]] + run
    if sum(len(p) for p in out) >= len(sents):
        out = out[:-1]
    return out


def op_spin(par: Node, node: Node, coll: Collection) -> list[list[str]]:
    rng = coll.rng
    rate = rng.uniform(0.2, 0.5)
    skipq = rng.random() < 0.5
    fix = rng.random() < 0.7
    out = []
    for p in par.paras:
        q = []
        for s in p:
            s2, _k, _c = substitute(straight_quotes(s), SPIN, rng, rate, skipq, proper_rate=0.04)
            q.append(fix_articles(s2) if fix else s2)
        out.append(q)
    if len(out) >= 3 and rng.random() < 0.3:
        out = out[:-1]
    return out


_SAY = r"(said|says|added|told reporters|explained)"
_NAME = r"((?:(?:Mr|Ms|Mrs|Dr|Senator|Premier|Minister|Captain|Professor) )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,4})"


def flip_speech(s: str, rng: random.Random) -> str:
    s0 = straight_quotes(s)
    m = re.match(r'^"(.+?)[,.]?" (he|she|they|' + _NAME[1:-1] + r') ' + _SAY + r"\.$", s0)
    if m and '"' not in m.group(1):
        who = m.group(2)
        who = upper_first(who)
        return f'{who} {m.group(3)}: "{m.group(1)}."'
    m = re.match(r'^"(.+?)[,.]?" ' + _SAY + r" " + _NAME + r"\.$", s0)
    if m and '"' not in m.group(1):
        return f'{m.group(3)} {m.group(2)}: "{m.group(1)}."'
    m = re.match(r"^([^\"]{20,}), " + _NAME + r" " + _SAY + r"\.$", s0)
    if m:
        body = lower_first(m.group(1))
        if rng.random() < 0.5:
            return f"{m.group(2)} {m.group(3)} {body}."
        return f"According to {m.group(2)}, {body}."
    m = re.match(r"^(?:The )?" + _NAME + r" (says|said) (?:that )?([^\"].{20,})\.$", s0)
    if m and not m.group(1).startswith(("It ", "There ", "This ")):
        who = m.group(1)
        if s0.startswith("The "):
            who = "the " + who
        elif who.lower() in COMMON_STARTS:
            who = who.lower()
        rest = upper_first(m.group(3))
        r = rng.random()
        if r < 0.4:
            return f"{rest}, {who} {m.group(2)}."
        if r < 0.8:
            return f"According to {who}, {m.group(3)}."
        return f"As per {who}, {m.group(3)}."
    return s


def split_sentence(s: str, rng: random.Random) -> list[str]:
    if '"' in s or "\u201c" in s or len(s.split()) < 16:
        return [s]
    for pat, lead in ((r", and ", ""), (r", but ", "But "), (r"; ", ""), (r", which ", "This "), (r", while ", "Meanwhile, ")):
        m = re.search(pat, s)
        if m and 6 <= len(s[: m.start()].split()) and len(s[m.end() :].split()) >= 5:
            a = s[: m.start()].rstrip(",;") + "."
            b = s[m.end() :]
            b = lead + b if lead else upper_first(b)
            return [a, upper_first(b)]
    return [s]


def merge_sentences(a: str, b: str, rng: random.Random) -> str | None:
    if any(q in a + b for q in ('"', "\u201c", "\u201d")) or len((a + b).split()) > 45:
        return None
    if re.match(r"(But|And|Meanwhile|This|However|Yet|So|Or|Also|Earlier|Later)\b", b):
        return None
    b2 = lower_first(b)
    if b2 == b and not re.match(r"[A-Z][a-z]+ [A-Z]", b):  # first word looks like a name
        pass
    joiner = rng.choice([", and ", ", while ", "; ", ", as "])
    return a.rstrip(".!?") + joiner + b2


def op_rewrite(par: Node, node: Node, coll: Collection) -> list[list[str]]:
    rng = coll.rng
    sents = [straight_quotes(s) for s in flatten(par.paras)]
    n = len(sents)
    # summarise: drop some non-lead sentences
    if n > 4 and rng.random() < 0.7:
        keep = max(3, int(round(n * rng.uniform(0.55, 0.9))))
        idx = sorted([0] + rng.sample(range(1, n), keep - 1))
        sents = [sents[i] for i in idx]
    # reorder: local swaps, sometimes a quote block moved to the end
    for i in range(1, len(sents) - 1):
        if rng.random() < 0.3:
            sents[i], sents[i + 1] = sents[i + 1], sents[i]
    if len(sents) > 2 and rng.random() < 0.25:
        sents[0], sents[1] = sents[1], sents[0]
    # sentence structure
    out = []
    for s in sents:
        if rng.random() < 0.65:
            s = flip_speech(s, rng)
        if rng.random() < 0.5:
            out.extend(split_sentence(s, rng))
        else:
            out.append(s)
    i, merged = 0, []
    while i < len(out):
        if i + 1 < len(out) and rng.random() < 0.25:
            m = merge_sentences(out[i], out[i + 1], rng)
            if m:
                merged.append(m)
                i += 2
                continue
        merged.append(out[i])
        i += 1
    # words
    rate = rng.uniform(0.25, 0.45)
    mt = rng.random() < 0.5
    res = []
    for k, s in enumerate(merged):
        s, _a, _b = substitute(s, PLAIN, rng, rate, skip_quotes=True)
        s, _a, _b = substitute(s, SPIN, rng, rate * 0.2, skip_quotes=True)
        if mt:
            s = re.sub(r"\b(Mr|Mrs|Ms) (?=[A-Z])", "", s)
            s = s.replace("per cent", rng.choice(["percent", "%", "per cent"]))
            if rng.random() < 0.15:
                s = re.sub(r"\bthe (?=[a-z])", "", s, count=1)
            if rng.random() < 0.05 and s.endswith(".") and not s.endswith(('".', "”.")):
                s = s + "."
        if k and rng.random() < 0.15 and not s.startswith('"'):
            s = rng.choice(FRAMES) + lower_first(s)
        res.append(fix_articles(s))
    if rng.random() < 0.3:
        res[0] = rng.choice(["In a latest development, ", "In a significant development, ", "As per reports, "]) + lower_first(res[0])
    return regroup(res, rng, rng.choice(["keep", "keep", "big"]), 1, 3)


def op_merge(par: Node, node: Node, coll: Collection, src_paras: list[list[str]]) -> list[list[str]]:
    rng = coll.rng
    paras = [list(p) for p in par.paras]
    if len(paras) > 3 and rng.random() < 0.3:
        paras = paras[:-1]
    ssents = flatten(src_paras)
    k = min(len(ssents), rng.randint(2, 5))
    start = 0 if rng.random() < 0.6 else rng.randint(0, max(0, len(ssents) - k))
    block = ssents[start : start + k]
    if rng.random() < 0.6:
        block[0] = rng.choice(CONNECTORS) + lower_first(block[0])
    extra = regroup(block, rng, "keep", 1, 2)
    if rng.random() < 0.6 or len(paras) < 3:
        return paras + extra
    at = rng.randint(2, len(paras) - 1)
    return paras[:at] + extra + paras[at:]


# ------------------------------------------------------------------------------------------
# rendering


def dateline_for(node: Node, coll: Collection, parent: Node | None, wire: dict) -> str | None:
    o, rng = node.outlet, coll.rng
    style = o.get("dateline", "keep")
    if style == "keep":
        if parent is not None and parent.dateline and rng.random() < 0.8:
            return parent.dateline
        style = rng.choice(["ap", "ap", "plain", "none"])
    if style in ("none",) or (style == "colon_spin" and rng.random() < 0.3):
        return None
    city = coll.city
    code = wire["code"]
    if style == "ap":
        return f"{city} ({code}) \u2014 "
    if style == "ap2":
        return f"{city} ({code}) -- "
    if style == "reuters":
        if coll.dated and node.pub:
            t = node.pub + timedelta(hours=TZ[o.get("tz", "GMT")])
            return f"{city}, {t:%b} {t.day} ({code}) - "
        return f"{city} ({code}) - "
    if style in ("plain", "own_plain"):
        return f"{city.split(',')[0]} \u2014 " if rng.random() < 0.5 else f"{city}: "
    if style in ("colon", "colon_spin"):
        return f"{city}: "
    return None


def spin_headline(h: str, rng: random.Random) -> str:
    s, _k, _c = substitute(h, SPIN, rng, 0.5, skip_quotes=False)
    return s


def make_headline(node: Node, parent: Node | None, coll: Collection) -> str:
    rng, o = coll.rng, node.outlet
    sents = flatten(node.paras)
    if parent is not None and node.op in ("copy", "excerpt", "edit", "merge") and rng.random() < 0.5:
        h = parent.headline
    elif node.op == "spin" and parent is not None and rng.random() < 0.7:
        h = spin_headline(parent.headline, rng)
    else:
        h = None
        if rng.random() < 0.2:
            h = quote_headline(sents, rng)
        if not h:
            src = sents[0] if rng.random() < 0.75 or len(sents) < 2 else rng.choice(sents[1:3])
            src = strip_frame(src)
            h = headline_from(src, rng, rng.randint(8, 12))
        if o["kind"] in ("farm", "portal") and rng.random() < 0.5:
            h = title_case(h)
        if o["kind"] in ("farm", "portal") and rng.random() < 0.35:
            h += rng.choice([": Reports", " - Report", " | Details", ": Know more", " \u2013 Latest Updates"])
    return h


def strip_frame(s: str) -> str:
    for f in FRAMES + CONNECTORS + ["In a latest development, ", "In a significant development, "]:
        if s.startswith(f):
            return upper_first(s[len(f):])
    return s


def reading_line(coll: Collection, rng: random.Random) -> str:
    j = rng.randrange(len(coll.texts))
    while j in coll.used:
        j = rng.randrange(len(coll.texts))
    return headline_from(corpus.split_sentences(coll.texts[j].text)[0], rng)


def render(node: Node, coll: Collection, wire: dict, parent: Node | None) -> str:
    rng, o = coll.rng, node.outlet
    kind = o["kind"]
    quotes = o.get("quotes", "keep")
    fixq = (lambda s: s) if quotes == "keep" else (curl_quotes if quotes == "curly" else straight_quotes)
    wire_name = wire["name"]
    credit_target = wire
    if node.credit == "parent" and parent is not None and parent.outlet is not wire:
        credit_target = parent.outlet
    year = ""
    if coll.dated and node.pub:
        year = f"{node.pub.year} "

    # ---- dates
    date_lines_top, date_lines_bottom = [], []
    if coll.dated and node.pub and node.show_date:
        tz = o.get("tz", "UTC")
        if rng.random() < 0.2 and o.get("tz_alt"):
            tz = rng.choice(o["tz_alt"])
        style = rng.choice(o["dates"])
        pub_l = rng.choice(o["pub_label"])
        upd_l = rng.choice(o["upd_label"])
        pub_s = (pub_l + " " if pub_l else "") + fmt_date(node.pub, style, tz)
        upd_s = (upd_l + " " + fmt_date(node.updated, style, tz)) if node.updated and node.show_updated else None
        r = rng.random()
        if upd_s and r < 0.25:
            date_lines_top.append(upd_s)  # only the update is shown
        elif upd_s and r < 0.55:
            date_lines_top.append(upd_s)
            date_lines_bottom.append(pub_s if pub_l else "Published " + pub_s)
        elif upd_s:
            date_lines_top.append(pub_s + (" | " if rng.random() < 0.5 else "\n") + upd_s)
        else:
            (date_lines_bottom if (kind == "portal" and rng.random() < 0.3) else date_lines_top).append(pub_s)

    # ---- header
    head: list[str] = []
    if "echo" in o.get("top", []) and parent is not None and rng.random() < 0.7:
        if parent.headline != node.headline:
            head.append(parent.headline)
        if rng.random() < 0.5:
            w = parent.headline.split()
            head.append(" ".join(w[: max(3, len(w) - rng.randint(1, 3))]))
    head.append(node.headline)
    if o.get("standfirst") and rng.random() < 0.8:
        lead = flatten(node.paras)[0]
        w = lead.split()
        sf = " ".join(w[: min(len(w), rng.randint(18, 30))]).rstrip(",;")
        head.append(sf if sf.endswith((".", "!", "?", '"', "\u201d")) else sf + "...")
    meta: list[str] = []
    byline = node.byline
    if byline:
        meta.append(byline)
    meta.extend(date_lines_top)
    if "image_self" in o.get("top", []):
        meta.append(f"Image: {wire['code']} | Image:self" if rng.random() < 0.5 else f"Image: {wire['code']}")
    if "ad" in o.get("top", []):
        meta.append("Advertisement")
    if "share" in o.get("top", []) and rng.random() < 0.6:
        meta.append(rng.choice(["Share", "Share this article", "Facebook Twitter Email"]))

    # ---- body
    paras = [[fixq(s) for s in p] for p in node.paras]
    body_lines = [" ".join(p) for p in paras]
    if node.dateline and body_lines:
        body_lines[0] = node.dateline + body_lines[0]
    if "date_inline" in o.get("top", []) and date_lines_top and rng.random() < 0.7:
        body_lines[0] = " " + date_lines_top.pop(0).replace("Date:", "date") + " " + body_lines[0]
    inline = o.get("inline", [])
    out_body = []
    for i, line in enumerate(body_lines):
        out_body.append(line)
        if i == len(body_lines) - 1 or not inline:
            continue
        if rng.random() < 0.22:
            what = rng.choice(inline)
            if what == "ad":
                out_body.append("Advertisement")
            elif what == "story_continues":
                out_body.append("Story continues below advertisement")
            elif what == "readmore":
                out_body.append(rng.choice(["READ MORE: ", "ALSO READ: ", "Read more: "]) + reading_line(coll, rng))
            elif what == "related":
                out_body.append("Related: " + reading_line(coll, rng))
            elif what == "caption":
                cap = rng.choice(["File photo.", "Representational image.", "File image.",
                                  f"A view of {coll.city.split(',')[0].title()}.", node.headline.rstrip(".") + "."])
                out_body.append(rng.choice([f"{cap} ({wire['code']} Photo/{coll.person()})",
                                            f"{cap} Credit: {wire['code']}", f"{cap} (Photo: {wire['code']})"]))
            elif what == "image_wire_inline":
                out_body.append(f"(Image: {wire['code']})")

    # ---- footer
    foot: list[str] = []
    for what in o.get("footer", []):
        if what == "credit":
            if node.credit:
                foot.append(credit_line(credit_target, wire, rng))
        elif what == "copyright_wire":
            if node.credit and rng.random() < 0.7:
                foot.append(f"Copyright {year}{wire_name}. All rights reserved.")
        elif what == "tags" and rng.random() < 0.6:
            caps = sorted({w.strip(".,'\"") for w in " ".join(flatten(node.paras)).split()
                           if w[:1].isupper() and len(w) > 4 and w.lower().strip(".,'\"") not in STOP})
            if caps:
                foot.append("Tags: " + ", ".join(rng.sample(caps, min(len(caps), rng.randint(2, 5)))))
        elif what == "comments":
            foot.append(rng.choice(["Comments are closed.", "Join the conversation", "Show comments"]))
        elif what == "newsletter":
            foot.append("Sign up for our daily newsletter to get the latest headlines.")
        elif what == "newsletter_spin":
            foot.append("Get a word instantly from our overseas correspondents on what's making headlines around the globe. Join the weekly e-newsletter right here.")
        elif what == "keepreading":
            foot.append("KEEP READING:\n\n" + "\n\n".join(reading_line(coll, rng) for _ in range(rng.randint(2, 3))))
        elif what == "sourcelink_site":
            foot.append(f"Source-www.{o['slug']}.com")
        elif what == "sourcelink":
            foot.append("Source link")
        elif what == "supply":
            foot.append(rng.choice(["Supply hyperlink", "Source link", "Supply link"]))
        elif what == "leavereply":
            foot.append("Leave a Reply\n\nYour email address will not be published.")
        elif what == "related_list":
            foot.append("Related Posts\n" + "\n".join(reading_line(coll, rng) for _ in range(rng.randint(2, 4))))
        elif what == "image_wire":
            foot.append(f"Image: {wire['code']}")
        elif what == "ad":
            foot.append("Advertisement")
        elif what == "continue_reading":
            foot.append(f"Continue reading on {credit_target['name']}" if node.credit else "Continue reading")
    if o.get("copyright"):
        foot.append(o["copyright"].format(Y=year))
    foot.extend(date_lines_bottom)

    blocks = head + ["\n".join(meta)] if meta else head
    text = "\n\n".join(b for b in blocks if b.strip())
    text += "\n\n" + "\n\n".join(out_body)
    if foot:
        text += "\n\n" + "\n\n".join(foot)
    return text.rstrip() + ("\n" if rng.random() < 0.8 else "")


def credit_line(target: dict, wire: dict, rng: random.Random) -> str:
    nm, code = target["name"], target.get("code") or target["name"]
    return rng.choice([
        f"(Inputs from {code})", f"(With inputs from {code})", f"(with information from {nm})",
        f"This story was originally published by {nm}.", f"Source: {nm}",
        f"This article first appeared on {nm}.", f"{nm} contributed to this report.",
        f"Additional reporting by {nm}", f"\u2014 {code}", f"Originally published at {nm}.",
    ])


# ------------------------------------------------------------------------------------------
# building one collection

OP_WEIGHTS = {"copy": 0.27, "edit": 0.19, "excerpt": 0.15, "spin": 0.17, "rewrite": 0.17}
OUTLET_PREF = {
    "copy": ("paper", "aggregator", "paper", "portal"),
    "edit": ("paper", "paper", "portal"),
    "excerpt": ("aggregator", "paper", "portal", "farm"),
    "spin": ("farm", "farm", "farm", "portal"),
    "rewrite": ("portal", "portal", "paper", "farm"),
    "merge": ("portal", "paper", "farm"),
}


def plan_tree(rng: random.Random, n_derived: int, want_lost_inter: int) -> list[tuple[int | None, int]]:
    """(parent, depth) per node; node 0 is the original."""
    for _ in range(200):
        nodes = [(None, 0)]
        for k in range(1, n_derived + 1):
            cands = [i for i in range(k) if nodes[i][1] <= 3]
            if k >= 2 and rng.random() < 0.42 and nodes[k - 1][1] <= 3:
                p = k - 1
            else:
                weights = [2.5 if i == 0 else 1.0 for i in cands]
                p = rng.choices(cands, weights)[0]
            nodes.append((p, nodes[p][1] + 1))
        inner = [i for i in range(1, len(nodes)) if any(pp == i for pp, _d in nodes)]
        if len(inner) >= want_lost_inter:
            return nodes
    return nodes


def build_collection(rng: random.Random, texts, index, base_i: int, cid: str):
    coll = Collection(rng, texts, index, base_i, cid)
    files = rng.randint(3, 11)
    r = rng.random()
    lost_root = r < 0.33
    lost_inter = 1 if 0.33 <= r < 0.55 else 0
    if files >= 7 and rng.random() < 0.12:
        lost_inter += 1
    unrelated = rng.random() < 0.33
    merge = files >= 4 and rng.random() < 0.25
    merge_src_present = merge and rng.random() < 0.45
    others = int(unrelated) + int(merge_src_present)
    n_derived = files - others - (0 if lost_root else 1) + lost_inter
    min_present_family = 2
    while n_derived - lost_inter + (0 if lost_root else 1) < min_present_family:
        if merge_src_present:
            merge_src_present, others = False, others - 1
        elif unrelated:
            unrelated, others = False, others - 1
        else:
            break
        n_derived = files - others - (0 if lost_root else 1) + lost_inter
    if n_derived < 2:
        lost_inter = 0
        n_derived = files - others - (0 if lost_root else 1)
    if n_derived < 1:
        lost_root = False
        n_derived = files - others - 1

    # tree shape; retry until the lost constraints can hold
    for _attempt in range(300):
        shape = plan_tree(rng, n_derived, lost_inter)
        kids = {i: [j for j, (p, _d) in enumerate(shape) if p == i] for i in range(len(shape))}
        inner = [i for i in range(1, len(shape)) if kids[i]]
        if len(inner) < lost_inter:
            continue
        lost_set = set(rng.sample(inner, lost_inter)) if lost_inter else set()
        if lost_root:
            lost_set.add(0)
        ok = all(any(c not in lost_set for c in kids[i]) for i in lost_set)
        if ok:
            break
    else:
        lost_set = {0} if lost_root else set()
        ok = True
    nodes = [Node(i, p, "original" if p is None else "", d, lost=(i in lost_set)) for i, (p, d) in enumerate(shape)]
    for n in nodes:
        if n.parent is not None:
            nodes[n.parent].children.append(n.idx)
    nodes[0].text_id = texts[base_i].id

    # operations
    merge_idx = None
    if merge:
        cands = [n.idx for n in nodes[1:] if not n.lost]
        if cands:
            merge_idx = rng.choice(cands)
    for n in nodes[1:]:
        if n.idx == merge_idx:
            n.op = "merge"
        else:
            ops = dict(OP_WEIGHTS)
            n.op = rng.choices(list(ops), list(ops.values()))[0]

    # outlets
    wire = rng.choice(AGENCIES)
    nodes[0].outlet = wire
    pool = list(OUTLETS)
    rng.shuffle(pool)
    for n in nodes[1:]:
        prefs = OUTLET_PREF[n.op]
        want = rng.choice(prefs)
        pick = next((o for o in pool if o["kind"] == want), None) or pool[0]
        pool.remove(pick)
        n.outlet = pick

    # dates (UTC): increasing down the tree
    base_time = datetime(2001, 11, 20, 0, 0) + timedelta(minutes=rng.randint(0, 75 * 24 * 60))
    nodes[0].pub = base_time
    for n in nodes[1:]:
        n.pub = nodes[n.parent].pub + timedelta(minutes=math.exp(rng.uniform(math.log(6), math.log(4000))))

    # bodies
    nodes[0].paras = coll.lee_paras(base_i)
    used = {base_i}
    extra_nodes: list[Node] = []
    merge_src_i = None
    if merge_idx is not None:
        nb = coll.neighbours(6, used)
        merge_src_i = rng.choice(nb[:4]) if nb else None
        if merge_src_i is None:
            nodes[merge_idx].op = "copy"
            merge_idx = None
        else:
            used.add(merge_src_i)
    ui = None
    if unrelated:
        nb = coll.neighbours(10, used)
        ui = rng.choice(nb) if nb else rng.choice([i for i in range(len(texts)) if i not in used])
        used.add(ui)
    # texts that appear in the collection in their own right: never borrowed from elsewhere
    coll.used = used
    for n in nodes[1:]:
        par = nodes[n.parent]
        op = n.op
        if op == "excerpt" and len(flatten(par.paras)) < 4:
            op = n.op = rng.choice(["copy", "edit", "spin"])
        if op == "copy":
            n.paras = op_copy(par, n, coll)
        elif op == "edit":
            n.paras = op_edit(par, n, coll)
        elif op == "excerpt":
            n.paras = op_excerpt(par, n, coll)
        elif op == "spin":
            n.paras = op_spin(par, n, coll)
        elif op == "rewrite":
            n.paras = op_rewrite(par, n, coll)
        elif op == "merge":
            src_node = None
            if merge_src_present:
                src_node = Node(-1, None, "original", 0)
                src_node.text_id = texts[merge_src_i].id
                src_node.paras = coll.lee_paras(merge_src_i)
                src_node.pub = n.pub - timedelta(minutes=rng.randint(30, 2 * 24 * 60))
                extra_nodes.append(src_node)
            src_paras = src_node.paras if src_node else coll.lee_paras(merge_src_i)
            n.paras = op_merge(par, n, coll, src_paras)
            n.merge_text = texts[merge_src_i].id
            n.merge_node = src_node
        if op != "copy" and o_paras(n.outlet) != "keep" and op not in ("rewrite",):
            n.paras = regroup(flatten(n.paras), rng, o_paras(n.outlet))
        elif op == "copy" and o_paras(n.outlet) != "keep" and rng.random() < 0.7:
            n.paras = regroup(flatten(n.paras), rng, o_paras(n.outlet))
        q = n.outlet.get("quotes", "keep")
        if q == "curly":
            n.paras = [[curl_quotes(s) for s in p] for p in n.paras]
        elif q == "straight":
            n.paras = [[straight_quotes(s) for s in p] for p in n.paras]

    if unrelated:
        un = Node(-1, None, "unrelated", 0)
        un.text_id = texts[ui].id
        paras = coll.lee_paras(ui)
        if len(paras) > 3 and rng.random() < 0.4:
            paras = paras[: len(paras) - 1]
        un.paras = paras
        un.pub = base_time + timedelta(minutes=rng.randint(-2 * 24 * 60, 3 * 24 * 60))
        extra_nodes.append(un)

    for e in extra_nodes:
        e.outlet = pool.pop(0) if pool and rng.random() < 0.8 else rng.choice([a for a in AGENCIES if a is not wire])
        if e.op == "unrelated" and e.outlet["kind"] == "farm" and rng.random() < 0.6:
            tmp = Node(-2, None, "", 0, paras=e.paras)
            e.paras = op_spin(tmp, e, coll)
        q = e.outlet.get("quotes", "keep")
        if q == "curly":
            e.paras = [[curl_quotes(s) for s in p] for p in e.paras]

    # credits (independent of lost status)
    for n in nodes[1:]:
        if rng.random() < 0.5:
            n.credit = "parent" if (n.depth >= 2 and rng.random() < 0.4) else "wire"

    # updated dates and which dates show
    allnodes = nodes + extra_nodes
    for n in allnodes:
        n.show_date = coll.dated and rng.random() < 0.8
        n.show_updated = rng.random() < 0.85
        n.updated = None
        if not coll.dated:
            continue
        kid_pubs = [nodes[c].pub for c in n.children] if n.idx >= 0 else []
        if kid_pubs and rng.random() < 0.4:
            n.updated = rng.choice(kid_pubs) + timedelta(minutes=rng.randint(10, 30 * 60))
        elif rng.random() < 0.15:
            n.updated = n.pub + timedelta(minutes=rng.randint(20, 2 * 24 * 60))

    # headlines, bylines, datelines (in tree order so children can inherit)
    for n in nodes:
        par = nodes[n.parent] if n.parent is not None else None
        if n.parent is None:
            n.headline = headline_from(flatten(n.paras)[0], rng, rng.randint(8, 12))
        else:
            n.headline = make_headline(n, par, coll)
        n.reporter = coll.person()
        n.byline = make_byline(n, par, coll)
        n.dateline = dateline_for(n, coll, par, wire)
    for e in extra_nodes:
        e.headline = headline_from(flatten(e.paras)[0], rng, rng.randint(8, 12))
        if e.outlet["kind"] in ("farm", "portal") and rng.random() < 0.5:
            e.headline = title_case(e.headline)
        e.reporter = coll.person()
        e.byline = make_byline(e, None, coll)
        if e.outlet["kind"] == "agency":
            e.dateline = dateline_for(e, Collection._dummy(coll, texts[[t.id for t in texts].index(e.text_id)].text), None, e.outlet)
        else:
            e.dateline = None if rng.random() < 0.6 else f"{Collection._city(texts[[t.id for t in texts].index(e.text_id)].text)}: "

    return coll, nodes, extra_nodes, wire


def _dummy(coll: Collection, text: str):
    class D:
        pass

    d = D()
    d.rng, d.dated, d.city = coll.rng, coll.dated, Collection._city(text)
    return d


Collection._dummy = staticmethod(_dummy)


def o_paras(o: dict) -> str:
    return o.get("paras", "keep")


def make_byline(n: Node, par: Node | None, coll: Collection) -> str:
    rng, o = coll.rng, n.outlet
    if par is not None and par.byline and o["kind"] in ("paper", "aggregator") and rng.random() < 0.35:
        return par.byline  # wire byline carried over
    tmpl = rng.choice(o["byline"])
    if "{orig}" in tmpl:
        return (par.byline if par is not None and par.byline else "")
    city = coll.city.split(",")[0].title()
    return tmpl.format(n=n.reporter, m=coll.person(), city=city)


# ------------------------------------------------------------------------------------------
# writing


def stem_names(rng: random.Random, nodes_out: list[Node]) -> None:
    scheme = rng.choice(["hex", "hex", "slug", "mixed"])
    seen = set()
    for n in nodes_out:
        while True:
            h = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(6, 10)))
            if scheme == "slug" or (scheme == "mixed" and rng.random() < 0.5):
                name = f"{n.outlet['slug']}-{h[:rng.randint(4, 6)]}"
            else:
                name = h
            if name not in seen:
                seen.add(name)
                n.name = name
                break


def write_collection(out: Path, k: int, rng: random.Random, texts, index, base_i: int) -> dict:
    cid = f"news{k:03d}-" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
    coll, nodes, extras, wire = build_collection(rng, texts, index, base_i, cid)
    present = [n for n in nodes if not n.lost] + extras
    stem_names(rng, present)
    lost_names = {}
    order = [n for n in nodes if n.lost]
    for i, n in enumerate(order, 1):
        n.name = f"lost-{i}"
        lost_names[n.idx] = n.name
    folder = out / cid
    folder.mkdir(parents=True, exist_ok=True)
    articles, lost, pages = {}, {}, {}
    for n in nodes:
        par = nodes[n.parent] if n.parent is not None else None
        entry = {
            "parent": par.name if par is not None and not par.lost else None,
            "lost_parent": par.name if par is not None and par.lost else None,
            "relation": n.op,
            "content": content_hash(n.paras),
            "also_from": [],
            "depth": n.depth,
        }
        if n.lost:
            lost[n.name] = entry
            continue
        if n.op == "merge" and n.merge_node is not None:
            entry["also_from"] = [n.merge_node.name]
        articles[n.name] = entry
        pages[n.name] = render(n, coll, wire, par)
    for e in extras:
        articles[e.name] = {"parent": None, "lost_parent": None, "relation": e.op,
                            "content": content_hash(e.paras), "also_from": [], "depth": 0}
        pages[e.name] = render(e, coll, e.outlet if e.outlet["kind"] == "agency" else wire, None)
    # write in a random order with one shared timestamp: neither may reveal the tree
    names = sorted(pages)
    rng.shuffle(names)
    stamp = 1_700_000_000 + rng.randint(0, 10_000_000)
    for nm in names:
        f = folder / f"{nm}.txt"
        f.write_text(pages[nm], encoding="utf-8")
        os.utime(f, (stamp, stamp))
    # the order of keys must not reveal the tree
    keys = list(articles)
    rng.shuffle(keys)
    truth = {"kind": "news", "base_text": texts[base_i].id,
             "articles": {k2: articles[k2] for k2 in keys}, "lost": lost,
             "meta": {"wire": wire["name"], "dated": coll.dated,
                      "merge_sources": {n.name: n.merge_text for n in nodes if n.op == "merge"},
                      "other_texts": {e.name: e.text_id for e in extras},
                      "outlets": {n.name: n.outlet["name"] for n in nodes + extras}}}
    (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return truth


def generate(out: Path, n: int, seed: int) -> None:
    texts = corpus.load_texts()
    index = corpus.TopicIndex(texts)
    master = random.Random(f"gen2:{seed}")
    eligible = [i for i, t in enumerate(texts)
                if len(corpus.split_sentences(t.text)) >= 5 and len(t.text.split()) >= 90]
    bases = master.sample(eligible, min(n, len(eligible)))
    while len(bases) < n:
        bases.append(master.choice(eligible))
    out.mkdir(parents=True, exist_ok=True)
    for k, b in enumerate(bases):
        rng = random.Random(f"gen2:{seed}:{k}")
        write_collection(out, k, rng, texts, index, b)


# ------------------------------------------------------------------------------------------
# self-check


def check(out: Path) -> int:
    problems, stats = [], {"collections": 0, "articles": 0}
    from collections import Counter
    rel = Counter()
    lost_orig = lost_inter = unrel = merges = merges_present = dated = 0
    depths = Counter()
    for folder in sorted(p for p in out.iterdir() if p.is_dir()):
        tf = folder / "truth.json"
        if not tf.exists():
            problems.append(f"{folder.name}: no truth.json")
            continue
        truth = json.loads(tf.read_text(encoding="utf-8"))
        stats["collections"] += 1
        arts, lost = truth["articles"], truth.get("lost", {})
        files = {p.stem for p in folder.glob("*.txt")}
        if set(arts) != files:
            problems.append(f"{folder.name}: files {sorted(files ^ set(arts))} do not match truth")
        if not 3 <= len(files) <= 11:
            problems.append(f"{folder.name}: {len(files)} files")
        if set(arts) & set(lost):
            problems.append(f"{folder.name}: names both present and lost")
        if truth.get("kind") != "news" or not truth.get("base_text"):
            problems.append(f"{folder.name}: kind/base_text")
        nodes = dict(lost)
        nodes.update(arts)
        for name, e in nodes.items():
            p, lp = e.get("parent"), e.get("lost_parent")
            if e.get("relation") not in RELATIONS:
                problems.append(f"{folder.name}/{name}: relation {e.get('relation')}")
            if not re.fullmatch(r"[0-9a-f]{16}", e.get("content", "")):
                problems.append(f"{folder.name}/{name}: content hash")
            if p is not None and p not in arts:
                problems.append(f"{folder.name}/{name}: parent {p} not present")
            if lp is not None and lp not in lost:
                problems.append(f"{folder.name}/{name}: lost_parent {lp} not lost")
            if e["relation"] in ("original", "unrelated"):
                if p or lp or e["depth"] != 0:
                    problems.append(f"{folder.name}/{name}: root with a parent or depth")
            else:
                if (p is None) == (lp is None):
                    problems.append(f"{folder.name}/{name}: needs exactly one of parent/lost_parent")
                elif (p or lp) in nodes:
                    par = nodes[p or lp]
                    if e["depth"] != par["depth"] + 1:
                        problems.append(f"{folder.name}/{name}: depth")
                    if par["relation"] == "unrelated":
                        problems.append(f"{folder.name}/{name}: child of an unrelated article")
            for a in e.get("also_from", []):
                if a not in arts or a == name:
                    problems.append(f"{folder.name}/{name}: also_from {a}")
                elif arts[a]["relation"] == "unrelated":
                    problems.append(f"{folder.name}/{name}: also_from an unrelated article")
            # cycles
            seen, cur = {name}, name
            while True:
                ce = nodes[cur]
                nxt = ce.get("parent") or ce.get("lost_parent")
                if nxt is None or nxt not in nodes:
                    break
                if nxt in seen:
                    problems.append(f"{folder.name}/{name}: cycle")
                    break
                seen.add(nxt)
                cur = nxt
            rel[e["relation"]] += 1 if name in arts else 0
            if name in arts:
                depths[e["depth"]] += 1
        for ln, e in lost.items():
            kids = [a for a, ae in arts.items() if ae.get("lost_parent") == ln]
            if not kids:
                problems.append(f"{folder.name}/{ln}: lost node without a present child")
            if e["relation"] == "original":
                lost_orig += 1
            else:
                lost_inter += 1
            if e.get("also_from"):
                problems.append(f"{folder.name}/{ln}: lost also_from")
        originals = [a for a, e in nodes.items() if e["relation"] == "original" and e["depth"] == 0]
        if not originals:
            problems.append(f"{folder.name}: no original")
        stats["articles"] += len(arts)
        unrel += sum(e["relation"] == "unrelated" for e in arts.values())
        merges += sum(e["relation"] == "merge" for e in nodes.values())
        merges_present += sum(bool(e.get("also_from")) for e in arts.values())
        dated += bool(truth.get("meta", {}).get("dated"))
    print(f"{out}: {stats['collections']} collections, {stats['articles']} articles; lost originals "
          f"{lost_orig}, lost intermediates {lost_inter}, unrelated {unrel}, merges {merges} "
          f"(second source present {merges_present}); dated collections {dated}")
    print("  present relations: " + ", ".join(f"{k} {v}" for k, v in sorted(rel.items())))
    print("  present depths: " + ", ".join(f"{k}: {v}" for k, v in sorted(depths.items())))
    for p in problems[:50]:
        print("  PROBLEM", p)
    print("  OK" if not problems else f"  {len(problems)} problems")
    return 1 if problems else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the truth files under OUT instead")
    a = ap.parse_args(argv)
    if a.check:
        return check(a.out)
    generate(a.out, a.n, a.seed)
    return check(a.out)


if __name__ == "__main__":
    raise SystemExit(main())
