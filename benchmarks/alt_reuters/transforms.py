"""Body transformations: one function per kind of copying.

A body is a list of paragraphs; a paragraph is a list of sentences.
Every function takes (body, rng, ...) and returns a new body; inputs are never
modified.  Names, numbers and quoted passages are left alone by the word-level
rewriters (only lower-case words listed in the synonym table are swapped).
"""
import re

from synonyms import SYN

STOP_START = {
    "the", "a", "an", "it", "they", "he", "she", "this", "that", "these",
    "those", "there", "its", "their", "his", "her", "we", "some", "most",
    "many", "prices", "sales", "trade", "exports", "imports", "farmers",
    "officials", "analysts", "dealers", "traders", "sources", "banks",
    "output", "production", "demand", "total", "earlier", "under", "in",
    "on", "at", "for", "by", "but", "and", "as", "if", "while", "although",
    "last", "this", "next", "such", "one", "two", "three", "both", "all",
    "any", "no", "other", "another", "several", "each", "world", "industry",
}

ADDED_SENTENCES = [
    "Further details were not immediately available.",
    "The figures could not be independently verified.",
    "Analysts said the move had been widely expected.",
    "Officials did not respond to requests for comment.",
    "Market participants are watching the situation closely.",
    "The development is likely to be watched closely by trading partners.",
    "No timetable for a final decision was given.",
    "It was not clear how the change would affect consumers.",
    "The announcement came after weeks of speculation.",
    "Industry observers said more details could emerge in the coming days.",
    "A spokesperson declined to elaborate on the figures.",
    "The decision is expected to be reviewed later this year.",
]

HOUSE_STYLE = [
    (r"\bpct\b", "percent"), (r"\bpct\b", "per cent"), (r"\bmln\b", "million"),
    (r"\bbln\b", "billion"), (r"\bdlrs\b", "dollars"), (r"\bU\.S\.", "US"),
    (r"\bstg\b", "sterling"), (r"\bcts\b", "cents"),
]


def flat(body):
    return [s for p in body for s in p]


def regroup(sents, rng, lo=1, hi=3):
    out, i = [], 0
    while i < len(sents):
        k = rng.randint(lo, hi)
        out.append(list(sents[i:i + k]))
        i += k
    return out


def lc_first(s, lower_vocab):
    """Lower-case the first letter unless the first word looks like a name."""
    m = re.match(r"([A-Za-z]+)", s)
    if not m:
        return s
    w = m.group(1)
    if w.lower() in STOP_START or w.lower() in lower_vocab:
        return s[0].lower() + s[1:]
    return s


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


def swap_words(sent, rng, p, odd=True):
    """Replace words found in the synonym table, skipping quoted spans."""
    parts = re.findall(r"[A-Za-z]+(?:'[a-z]+)?|[^A-Za-z]+", sent)
    inq = False
    out = []
    first_word = True
    for tok in parts:
        if not tok[0].isalpha():
            if tok.count('"') % 2 == 1:
                inq = not inq
            out.append(tok)
            continue
        low = tok.lower()
        ok = (not inq and low in SYN and
              (tok == low or (first_word and tok == cap_first(low))))
        if ok and rng.random() < p:
            alts = SYN[low]
            rep = rng.choice(alts) if odd else alts[0]
            if tok != low:
                rep = cap_first(rep)
            out.append(rep)
        else:
            out.append(tok)
        first_word = False
    res = "".join(out)
    # fix "a" / "an" before a swapped word
    res = re.sub(r"\b([Aa]) ([aeiouAEIOU])", r"\1n \2", res)
    res = re.sub(r"\b([Aa])n ([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])", r"\1 \2", res)
    return res


def house_style(sent, rng, rules=None):
    rules = rules or HOUSE_STYLE
    for pat, rep in rules:
        sent = re.sub(pat, rep, sent)
    return sent


# ---------------------------------------------------------------- copy
def t_copy(body, rng):
    """Near-verbatim: identical, or trimmed from the bottom."""
    if rng.random() < 0.45 or len(flat(body)) < 5:
        return [list(p) for p in body], "verbatim"
    n = len(body)
    if n >= 3 and rng.random() < 0.7:
        keep = max(2, n - rng.randint(1, max(1, n // 3)))
        return [list(p) for p in body[:keep]], "trim-paras"
    sents = flat(body)
    keep = max(3, len(sents) - rng.randint(1, max(1, len(sents) // 3)))
    out, c = [], 0
    for p in body:
        q = []
        for s in p:
            if c < keep:
                q.append(s)
            c += 1
        if q:
            out.append(q)
    return out, "trim-sents"


# ---------------------------------------------------------------- edit
def t_edit(body, rng):
    """Light editing: drop, add and move sentences; house style tweaks."""
    sents = flat(body)
    n = len(sents)
    ops = []
    # drop 1-3 sentences (never the lead)
    ndrop = min(rng.randint(1, 3), max(0, n - 4))
    for _ in range(ndrop):
        i = rng.randrange(1, len(sents))
        del sents[i]
        ops.append("drop")
    # move one sentence
    if len(sents) > 4 and rng.random() < 0.6:
        i = rng.randrange(2, len(sents))
        s = sents.pop(i)
        sents.insert(rng.randrange(1, i), s)
        ops.append("move")
    # add 1-2 new sentences
    if rng.random() < 0.7:
        for add in rng.sample(ADDED_SENTENCES, rng.randint(1, 2)):
            sents.insert(rng.randrange(1, len(sents) + 1), add)
        ops.append("add")
    # house style substitutions
    if rng.random() < 0.6:
        rules = rng.sample(HOUSE_STYLE, rng.randint(2, 5))
        sents = [house_style(s, rng, rules) for s in sents]
        ops.append("style")
    # bottom trim sometimes
    if len(sents) > 6 and rng.random() < 0.3:
        sents = sents[:len(sents) - rng.randint(1, 2)]
        ops.append("trim")
    return regroup(sents, rng, 1, 3), "+".join(ops) or "touch"


# ---------------------------------------------------------------- excerpt
def t_excerpt(body, rng):
    """Shortened version: the lead plus a little more, mostly verbatim."""
    sents = flat(body)
    n = len(sents)
    if rng.random() < 0.6:
        k = max(2, int(n * rng.uniform(0.3, 0.6)))
        out = sents[:k]
        mode = "lead"
    else:
        lead = sents[:rng.randint(1, 2)]
        start = rng.randrange(len(lead), max(len(lead) + 1, n - 2))
        win = sents[start:start + rng.randint(2, 4)]
        out = lead + win
        mode = "lead+window"
    if len(out) > 4 and rng.random() < 0.3:
        del out[rng.randrange(1, len(out))]
    return regroup(out, rng, 1, 2), mode


# ---------------------------------------------------------------- spin
def t_spin(body, rng):
    """Article spinning: same sentence structure, many odd synonym swaps."""
    p = rng.uniform(0.55, 0.9)
    out = [[swap_words(s, rng, p, odd=True) for s in para] for para in body]
    if out == body:
        out[0][0] = out[0][0].replace(" the ", " the said ", 1)
    return out, "spin@%.2f" % p


# ---------------------------------------------------------------- rewrite
TIME_TAIL = re.compile(
    r"^(?P<b>.+?),? (?P<t>(?:last|this|next) (?:year|week|month|season)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"yesterday|today|earlier this (?:year|week|month))\.$")


def paraphrase_sentence(s, rng, lower_vocab):
    """Apply one structural paraphrase template if one fits."""
    r = rng.random()
    m = re.match(r"^(?P<b>.{25,}), (?P<w>(?:the |a |an |its |their )?[^,\"]{2,60}?) "
                 r"(?P<v>said|says|added|told reporters|told Reuters)\.$", s)
    if m and not m.group("b").startswith('"'):
        b = lc_first(m.group("b"), lower_vocab)
        w = m.group("w")
        if r < 0.5:
            return "According to %s, %s." % (w, b)
        return "%s %s that %s." % (cap_first(w), rng.choice(["said", "stated", "noted", "reported"]), b)
    m = re.match(r"^(?P<w>[A-Z][^,\"]{2,50}?) (?:said|says) (?:that )?(?P<b>.{25,})\.$", s)
    if m and len(m.group("w").split()) <= 7:
        w = lc_first(m.group("w"), lower_vocab)
        b = m.group("b")
        if r < 0.5:
            return "%s, %s said." % (cap_first(b), w)
        return "According to %s, %s." % (w, b)
    m = TIME_TAIL.match(s)
    if m and r < 0.7:
        return "%s, %s." % (cap_first(m.group("t")), lc_first(m.group("b"), lower_vocab))
    if ", but " in s and r < 0.8:
        a, b = s.split(", but ", 1)
        return "%s. %s %s" % (a, rng.choice(["However,", "But", "Still,", "Yet"]), b)
    return s


def round_trip(s, rng):
    """Artifacts of a machine-translation round trip."""
    s = re.sub(r"\bwill\b", lambda m: rng.choice(["will", "is going to", "shall"]), s)
    s = re.sub(r"\bpct\b", lambda m: rng.choice(["per cent", "percent", "%"]), s)
    s = re.sub(r"\bmln\b", "million", s)
    s = re.sub(r"\bbln\b", "billion", s)
    s = re.sub(r"\bdlrs\b", "dollars", s)
    s = re.sub(r" the (?=[a-z])", lambda m: " " if rng.random() < 0.2 else " the ", s)
    s = re.sub(r"\bbecause\b", "since", s)
    s = re.sub(r"\bis expected to\b", "should", s)
    return s.replace(" %", "%")


def t_rewrite(body, rng, lower_vocab):
    """Heavy paraphrase / summary / translation round trip."""
    sents = flat(body)
    n = len(sents)
    mode = rng.choice(["paraphrase", "summary", "translation"])
    if mode == "summary":
        # keep the lead and sentences carrying numbers or quotes
        scored = [(i, (2 if re.search(r"\d", s) else 0) + (2 if '"' in s else 0) + rng.random())
                  for i, s in enumerate(sents[1:], 1)]
        scored.sort(key=lambda x: -x[1])
        keep = sorted([0] + [i for i, _ in scored[:max(2, int(n * rng.uniform(0.3, 0.45)))]])
    else:
        keep = [0] + [i for i in range(1, n) if rng.random() < 0.8]
    chosen = [sents[i] for i in keep]
    # reorder: swap a few neighbours, move one late sentence up
    for _ in range(rng.randint(1, 3)):
        if len(chosen) > 3:
            i = rng.randrange(1, len(chosen) - 1)
            chosen[i], chosen[i + 1] = chosen[i + 1], chosen[i]
    if len(chosen) > 4 and rng.random() < 0.5:
        s = chosen.pop(rng.randrange(3, len(chosen)))
        chosen.insert(1, s)
    out = []
    for s in chosen:
        s = paraphrase_sentence(s, rng, lower_vocab)
        s = swap_words(s, rng, rng.uniform(0.35, 0.6), odd=(mode == "translation" and rng.random() < 0.3))
        if mode == "translation":
            s = round_trip(s, rng)
        else:
            s = house_style(s, rng, HOUSE_STYLE[:1] + HOUSE_STYLE[2:5])
        # split sentences at semicolons
        for part in re.split(r";\s+", s):
            part = cap_first(part.strip())
            if not re.search(r"[.!?\"']$", part):
                part += "."
            out.append(part)
    # combine two short neighbours now and then
    i = 1
    while i < len(out) - 1:
        if len(out[i].split()) < 14 and len(out[i + 1].split()) < 14 and rng.random() < 0.4:
            out[i] = out[i].rstrip(".") + ", and " + lc_first(out[i + 1], lower_vocab)
            del out[i + 1]
        i += 1
    return regroup(out, rng, 1, 3), mode


# ---------------------------------------------------------------- merge
def t_merge(body, other_body, rng, lower_vocab):
    """Child keeps the parent's text and adds material from a second story."""
    base, _ = t_copy(body, rng) if rng.random() < 0.6 else t_edit(body, rng)
    osents = flat(other_body)
    k = rng.randint(2, min(5, len(osents)))
    start = 0 if rng.random() < 0.5 else rng.randrange(0, max(1, len(osents) - k))
    extra = list(osents[start:start + k])
    if rng.random() < 0.6:
        lead = rng.choice(["In a related development, ", "Separately, ", "Meanwhile, ",
                           "Elsewhere, ", "In other news, "])
        extra[0] = lead + lc_first(extra[0], lower_vocab)
    block = regroup(extra, rng, 1, 2)
    if rng.random() < 0.6 or len(base) < 3:
        return base + block, "append"
    pos = rng.randint(2, len(base) - 1)
    return base[:pos] + block + base[pos:], "insert"
