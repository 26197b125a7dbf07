"""Text operations for wire_synth.py: sentence bookkeeping and the six derivation operations
(copy, edit, excerpt, spin, rewrite, merge) applied to a body held as paragraphs of sentences."""

from __future__ import annotations

import hashlib
import re

from wire_spin import REWRITE_TABLE, SPIN_TABLE
from wire_world import EDIT_ADDITIONS, PORTAL_MIDDLERS, PORTAL_OPENERS, SUBHEADS, TRANSITIONS

QUOTES = '"“”'
WORD_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just last me more most my new no
    nor not now of off on once one only or other our out over own said same says she should so some such
    than that the their them then there these they this those through to too two under until up very was
    we were what when where which while who whom why will with would year years you your told today
    yesterday people mr mrs ms per cent""".split()
)


# --- bookkeeping ---------------------------------------------------------------------------

def flatten(paras):
    return [s for p in paras for s in p]


def norm(text: str) -> str:
    return " ".join(text.split())


def body_string(paras) -> str:
    return norm(" ".join(flatten(paras)))


def content_hash(paras) -> str:
    return hashlib.sha256(body_string(paras).encode("utf-8")).hexdigest()[:16]


def unclosed_quote(s: str) -> bool:
    s = s.lstrip()
    return bool(s) and s[0] in QUOTES and sum(s.count(q) for q in QUOTES) % 2 == 1


def units(sents):
    """Group sentences so a quotation running over several sentences stays together."""
    out, cur = [], []
    for s in sents:
        cur.append(s)
        if not unclosed_quote(s):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def regroup(sents, rng, maxn=2, first_single=True):
    """Paragraphs of 1..maxn sentences; a sentence that opens a quotation it does not close ends
    its paragraph (the next paragraph reopens the quotation)."""
    paras, cur, target = [], [], 1 if first_single else rng.randint(1, maxn)
    for s in sents:
        cur.append(s)
        closes = s.rstrip()[-1:] in '"”' and not unclosed_quote(s)
        if len(cur) >= target or unclosed_quote(s) or (closes and rng.random() < 0.7):
            paras.append(cur)
            cur, target = [], rng.randint(1, maxn)
    if cur:
        paras.append(cur)
    return paras


def proper_words(text: str) -> set:
    """Words seen capitalised in mid-sentence (names) and never in lower case."""
    caps, lower = set(), set()
    for m in WORD_RE.finditer(text):
        w = m.group()
        before = text[max(0, m.start() - 2): m.start()]
        initial = m.start() == 0 or re.search(r"[.!?]['\"”’]?\s$|^[\"“‘(]$|[\"“‘(]$", before) is not None
        if w[0].isupper() and not initial:
            caps.add(w)
        elif w[0].islower():
            lower.add(w)
    return {w for w in caps if w.lower() not in lower}


def cap(s: str) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


COMMON: set = set()


def learn_common(texts):
    """Words the corpus writes in lower case somewhere: only these may lose a capital."""
    for t in texts:
        for m in WORD_RE.finditer(t):
            w = m.group()
            if w[0].islower():
                COMMON.add(w)


def decap(s: str, proper) -> str:
    m = WORD_RE.match(s)
    if not m:
        return s
    w = m.group()
    if w == "I" or w in proper or (len(w) > 1 and w.isupper()) or any(c.isupper() for c in w[1:]):
        return s
    if COMMON and w.lower() not in COMMON:
        return s
    if w in ("Mr", "Mrs", "Ms", "Dr", "Sir", "Senator", "President", "General", "Prime", "Premier", "Minister"):
        return s
    return s[0].lower() + s[1:]


def entities(text: str):
    """Capitalised multi-word names in mid-sentence, most frequent first (ties by first use)."""
    found = {}
    for m in re.finditer(r"(?<=[a-z,;] )((?:Mr |Mrs |Ms |Dr )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,3})", text):
        e = m.group(1)
        found.setdefault(e, [0, m.start()])
        found[e][0] += 1
    return [e for e, _ in sorted(found.items(), key=lambda kv: (-kv[1][0], kv[1][1]))]


# --- typographic touches -------------------------------------------------------------------

def smart_quotes(s: str) -> str:
    out, open_ = [], True
    for i, ch in enumerate(s):
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        elif ch == "'" and 0 < i < len(s) - 1 and s[i - 1].isalpha():
            out.append("’")
        else:
            out.append(ch)
    return "".join(out)


def straight_quotes(s: str) -> str:
    return s.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


US_SPELL = {
    "organisation": "organization", "organisations": "organizations", "centre": "center", "centres": "centers",
    "defence": "defense", "labour": "labor", "metres": "meters", "metre": "meter", "kilometres": "kilometers",
    "kilometre": "kilometer", "programme": "program", "honour": "honor", "favour": "favor",
    "neighbour": "neighbor", "neighbours": "neighbors", "recognised": "recognized", "criticised": "criticized",
    "realise": "realize", "travelled": "traveled", "cancelled": "canceled", "towards": "toward",
    "colour": "color", "behaviour": "behavior", "organised": "organized", "apologise": "apologize",
    "analyse": "analyze", "per cent": "percent", "mum": "mom", "jewellery": "jewelry", "tonnes": "tons",
}


def us_spelling(s: str) -> str:
    for uk, us in US_SPELL.items():
        s = re.sub(rf"\b{uk}\b", us, s)
    return s


def drop_honorifics(s: str) -> str:
    return re.sub(r"\b(?:Mr|Mrs|Ms)\.? (?=[A-Z])", "", s)


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def relative_days(s: str, weekday: int) -> str:
    """'today' -> 'on Monday' and the like, as a newspaper sub-editor does for a wire story."""
    wd = WEEKDAYS[weekday]
    prev, nxt = WEEKDAYS[(weekday - 1) % 7], WEEKDAYS[(weekday + 1) % 7]
    reps = [
        (r"\bthis morning\b", f"on {wd} morning"), (r"\bthis afternoon\b", f"on {wd} afternoon"),
        (r"\btonight\b", f"on {wd} night"), (r"\blast night\b", f"on {prev} night"),
        (r"\btoday\b", f"on {wd}"), (r"\byesterday\b", f"on {prev}"), (r"\btomorrow\b", f"on {nxt}"),
        (r"^Today\b", f"On {wd}"), (r"^Yesterday\b", f"On {prev}"), (r"^Tomorrow\b", f"On {nxt}"),
    ]
    for pat, rep in reps:
        s = re.sub(pat, rep, s)
    return s.replace("on on ", "on ")


# --- copy / edit / excerpt -----------------------------------------------------------------

def trim_bottom(sents, rng, keep_min=0.55):
    us = units(sents)
    if len(us) < 3:
        return sents
    keep = rng.randint(max(2, int(len(us) * keep_min + 0.999)), len(us) - 1)
    return flatten(us[:keep])


def op_copy(sents, rng, outlet):
    """Near-verbatim: often cut at the bottom, sometimes with house typography."""
    out = list(sents)
    if rng.random() < 0.55:
        out = trim_bottom(out, rng)
    r = rng.random()
    if r < 0.12:
        out = [smart_quotes(s) for s in out]
    elif r < 0.2:
        out = [straight_quotes(s) for s in out]
    elif r < 0.26 and outlet["spelling"] == "us":
        out = [s.replace("per cent", "percent") for s in out]
    return out


def op_edit(sents, rng, outlet, ctx):
    """Sub-edited copy: sentences dropped, added or moved and a few words changed."""
    out = list(sents)
    changed = False
    us = units(out)
    if len(us) >= 5 and rng.random() < 0.75:
        for _ in range(rng.randint(1, 2 if len(us) >= 7 else 1)):
            i = rng.randrange(1, len(us))
            del us[i]
        changed = True
    if len(us) >= 4 and rng.random() < 0.45:
        i = rng.randrange(1, len(us) - 1)
        us[i], us[i + 1] = us[i + 1], us[i]
        changed = True
    if rng.random() < 0.45 and len(us) >= 4:
        us = us[: rng.randint(max(3, len(us) * 2 // 3), len(us))]
    out = flatten(us)
    weekday = ctx["weekday"]
    touched = []
    for s in out:
        t = s
        if outlet["spelling"] == "us":
            t = us_spelling(drop_honorifics(t))
        if rng.random() < 0.8:
            t = relative_days(t, weekday)
        if rng.random() < 0.35:
            t = re.sub(r"\bsays\b", "said", t)
            t = re.sub(r"\bsay\b(?= [a-z])", "said", t)
        touched.append(t)
    if touched != out:
        changed = True
    out = touched
    if not changed or rng.random() < 0.5:
        ents = ctx["entities"] or ["The department"]
        add = rng.choice(EDIT_ADDITIONS).format(ent=rng.choice(ents[:3]), outlet=outlet["name"].replace("The ", ""))
        add = cap(add)
        pos = len(out) if rng.random() < 0.6 else rng.randint(2, max(2, len(out)))
        out.insert(min(pos, len(out)), add)
    return out


def op_excerpt(sents, rng):
    """A shorter contiguous (or nearly contiguous) part."""
    us = units(sents)
    n = len(us)
    if n <= 2:
        return flatten(us[:1])
    k = rng.randint(2, max(2, min(n - 1, int(n * 0.6))))
    r = rng.random()
    if r < 0.55 or n - k < 1:
        part = us[:k]
    else:
        start = rng.randint(1, n - k)
        part = us[start: start + k]
        if r > 0.85 and len(part) >= 3:
            del part[rng.randrange(1, len(part) - 1)]
            if start + k < n:
                part.append(us[start + k])
    return flatten(part)


# --- spin ----------------------------------------------------------------------------------

def quote_spans(s: str):
    spans, start = [], None
    for i, ch in enumerate(s):
        if ch in QUOTES:
            if start is None:
                start = i
            else:
                spans.append((start, i))
                start = None
    if start is not None:
        spans.append((start, len(s)))
    return spans


def spin_sentence(s, rng, proper, protect_quotes, pick):
    """Candidate replacements in one sentence: [(start, end, replacement, n_words)]."""
    toks = list(WORD_RE.finditer(s))
    spans = quote_spans(s) if protect_quotes else []
    cands = []
    i = 0
    first_word = toks[0].start() if toks else 0
    while i < len(toks):
        hit = None
        for n in (3, 2, 1):
            if i + n > len(toks):
                continue
            if any(s[toks[j].end(): toks[j + 1].start()] != " " for j in range(i, i + n - 1)):
                continue
            key = tuple(t.group().lower() for t in toks[i: i + n])
            if key in SPIN_TABLE:
                hit = (n, key)
                break
        if hit is None:
            i += 1
            continue
        n, key = hit
        w0 = toks[i].group()
        st, en = toks[i].start(), toks[i + n - 1].end()
        initial = st == first_word
        skip = any(a <= st < b for a, b in spans)
        if w0[0].isupper() and (not initial or w0 in proper):
            skip = True
        if len(w0) > 1 and w0.isupper():
            skip = True
        if not skip:
            rep = pick(SPIN_TABLE[key])
            if w0[0].isupper():
                rep = cap(rep)
            cands.append((st, en, rep, n))
        i += n
    return cands


def spin_paras(paras, rng, rate, proper, protect_quotes):
    """Replace about `rate` of the content words with spinner synonyms. Returns (paras, achieved)."""
    pick = lambda options: rng.choice(options)
    all_c = []
    n_content = 0
    for pi, p in enumerate(paras):
        for si, s in enumerate(p):
            for m in WORD_RE.finditer(s):
                w = m.group()
                if w.lower() not in STOP and w not in proper and not (w[0].isupper() and m.start() > 0):
                    n_content += 1
            for c in spin_sentence(s, rng, proper, protect_quotes, pick):
                all_c.append((pi, si, c))
    want = int(round(rate * n_content))
    rng.shuffle(all_c)
    chosen, words = [], 0
    for item in all_c:
        if words >= want:
            break
        chosen.append(item)
        words += item[2][3]
    by_sent = {}
    for pi, si, c in chosen:
        by_sent.setdefault((pi, si), []).append(c)
    out = []
    for pi, p in enumerate(paras):
        np_ = []
        for si, s in enumerate(p):
            for st, en, rep, _n in sorted(by_sent.get((pi, si), []), reverse=True):
                s = s[:st] + rep + s[en:]
            np_.append(s)
        out.append(np_)
    return out, (words / n_content if n_content else 0.0)


def spin_line(line, rng, rate, proper):
    """Spin a headline, caption or footer line."""
    (p,), _ = spin_paras([[line]], rng, rate, proper, False)
    return p[0]


# --- rewrite -------------------------------------------------------------------------------

SUBJ = r"(?:(?:Mr|Mrs|Ms|Dr) )?[A-Z][\w'.-]*(?: (?:[A-Z][\w'.-]*|of|the|for|de|bin))*"
RE_SUBJ_FIRST = re.compile(rf"^(?P<subj>{SUBJ}|(?:The|A|An) [a-z][\w' -]{{2,40}}?|He|She|They|Police) "
                           rf"(?P<verb>says|said|say) (?:that )?(?P<rest>[^\"“”]{{25,}})\.$")
RE_SUBJ_LAST = re.compile(rf"^(?P<rest>[^\"“”]{{25,}}), (?P<subj>he|she|they|police|officials|{SUBJ}) "
                          rf"(?P<verb>says|said|say)\.$")
RE_QUOTE_FIRST = re.compile(rf"^(?P<q>[\"“][^\"“”]{{10,}}?),[\"”] (?P<subj>he|she|they|{SUBJ}) "
                            rf"(?P<verb>says|said|added)\.$")
RE_QUOTE_LAST = re.compile(rf"^(?P<subj>He|She|They|{SUBJ}) (?P<verb>says|said|added),? [\"“](?P<q>[^\"“”]{{10,}})\.[\"”]$")


def subj_in_middle(subj: str, proper=frozenset()) -> str:
    if subj in ("He", "She", "They"):
        return subj.lower()
    if re.match(r"(The|A|An) [a-z]", subj):
        return subj[0].lower() + subj[1:]
    if " " not in subj:
        return decap(subj, proper)
    return subj


def turn_speech(s: str, proper, rng) -> str:
    m = RE_SUBJ_FIRST.match(s)
    if m and len(m.group("subj").split()) <= 6 and not re.search(r"\b(says|said|say)\b", m.group("rest")):
        subj, verb, rest = m.group("subj"), m.group("verb"), m.group("rest")
        if rng.random() < 0.3 and verb != "say" and subj not in ("He", "She", "They"):
            return f"According to {subj_in_middle(subj, proper)}, {decap(rest, proper)}."
        return f"{cap(rest)}, {subj_in_middle(subj, proper)} {verb}."
    m = RE_SUBJ_LAST.match(s)
    if m:
        subj, verb, rest = m.group("subj"), m.group("verb"), m.group("rest")
        return f"{cap(subj)} {verb} {decap(rest, proper)}."
    m = RE_QUOTE_FIRST.match(s)
    if m:
        q = m.group("q")
        close = "”" if q.startswith("“") else '"'
        return f"{cap(m.group('subj'))} {m.group('verb')}: {q}.{close}"
    m = RE_QUOTE_LAST.match(s)
    if m:
        q = m.group("q")
        op, close = ("“", "”") if s.count("“") else ('"', '"')
        return f"{op}{q},{close} {subj_in_middle(m.group('subj'), proper)} {m.group('verb')}."
    return s


def soft_synonyms(s: str, rng, proper, p=0.3) -> str:
    spans = quote_spans(s)
    toks = list(WORD_RE.finditer(s))
    reps = []
    i = 0
    while i < len(toks):
        done = False
        for n in (2, 1):
            if i + n > len(toks):
                continue
            if any(s[toks[j].end(): toks[j + 1].start()] != " " for j in range(i, i + n - 1)):
                continue
            key = tuple(t.group().lower() for t in toks[i: i + n])
            w0 = toks[i].group()
            if key in REWRITE_TABLE and not any(a <= toks[i].start() < b for a, b in spans) \
                    and (w0[0].islower() or (i == 0 and w0 not in proper)):
                if rng.random() < p:
                    rep = rng.choice(REWRITE_TABLE[key])
                    reps.append((toks[i].start(), toks[i + n - 1].end(), cap(rep) if w0[0].isupper() else rep))
                i += n
                done = True
                break
        if not done:
            i += 1
    for st, en, rep in sorted(reps, reverse=True):
        s = s[:st] + rep + s[en:]
    return s


def can_join(a: str, b: str) -> bool:
    return not any(q in a + b for q in QUOTES) and len(a.split()) + len(b.split()) <= 45 and a.endswith(".")


def join_two(a: str, b: str, proper, rng) -> str:
    glue = rng.choice([", and ", "; ", ", while ", ", and "])
    return a[:-1] + glue + decap(b, proper)


def split_one(s: str, proper):
    if any(q in s for q in QUOTES):
        return None
    for sep, lead in ((", and ", ""), (", but ", "But "), ("; ", ""), (", while ", "Meanwhile, ")):
        i = s.find(sep)
        if i > 0:
            left, right = s[:i], s[i + len(sep):]
            if len(left.split()) >= 7 and len(right.split()) >= 6 and right.endswith("."):
                right = lead + decap(right, proper) if lead else cap(right)
                return [left + ".", right]
    return None


def mt_artifacts(s: str, rng) -> str:
    """Traces of a round trip through machine translation."""
    if rng.random() < 0.5:
        s = re.sub(r",([\"”]) (he|she) said\.$", lambda m: "." + m.group(1) + "said.", s)
    if rng.random() < 0.4:
        s = re.sub(r"\b(he|she) said\.$", lambda m: m.group(1) + " " + rng.choice(["assured", "indicated", "stated", "pointed out", "maintained"]) + ".", s)
    if rng.random() < 0.4:
        s = re.sub(r"^It is ", "Is ", s)
    if rng.random() < 0.3:
        s = re.sub(r"\bpeople\b", "persons", s)
    if rng.random() < 0.25:
        s = re.sub(r"\bthe (Federal )?Government\b", "the government", s)
    if rng.random() < 0.2:
        s = re.sub(r"\bwhich\b", "that", s)
    if rng.random() < 0.03 and s.endswith("."):
        s = s + "."
    if rng.random() < 0.06:
        s = re.sub(r", and ", ". and ", s, count=1)
    return s


def op_rewrite(sents, rng, flavour, ctx):
    """Paraphrase: speech turned around, words changed, sentences merged, split, reordered,
    sometimes cut down to a summary. Names, numbers and quotations survive."""
    proper = ctx["proper"]
    us = [list(u) for u in units(sents)]
    # summary-style rewrites keep only part of the story
    if len(us) >= 6 and rng.random() < 0.3:
        keep = sorted(rng.sample(range(1, len(us)), k=max(2, len(us) // 2)))
        us = [us[0]] + [us[i] for i in keep]
    elif len(us) >= 5 and rng.random() < 0.6:
        for _ in range(rng.randint(1, 2)):
            del us[rng.randrange(1, len(us))]
    # sentence-level changes inside single-sentence units
    for u in us:
        if len(u) == 1:
            s = u[0]
            if rng.random() < 0.7:
                s = turn_speech(s, proper, rng)
            s = soft_synonyms(s, rng, proper, p=rng.uniform(0.25, 0.6))
            u[0] = s
    # merge neighbours / split long sentences
    for _ in range(rng.randint(1, 3)):
        idx = [i for i in range(len(us) - 1) if len(us[i]) == 1 and len(us[i + 1]) == 1 and can_join(us[i][0], us[i + 1][0])]
        if idx and rng.random() < 0.7:
            i = rng.choice(idx)
            us[i] = [join_two(us[i][0], us[i + 1][0], proper, rng)]
            del us[i + 1]
    for _ in range(rng.randint(1, 2)):
        idx = [i for i, u in enumerate(us) if len(u) == 1 and split_one(u[0], proper)]
        if idx:
            i = rng.choice(idx)
            parts = split_one(us[i][0], proper)
            us[i:i + 1] = [[parts[0]], [parts[1]]]
    # reorder: move one or two later units; sometimes a new lead
    for _ in range(rng.randint(1, 2)):
        if len(us) >= 4:
            i = rng.randrange(2, len(us))
            u = us.pop(i)
            j = max(1, min(len(us), i + rng.choice((-3, -2, -1, 1, 2))))
            us.insert(j, u)
    if len(us) >= 3 and rng.random() < 0.25:
        us[0], us[1] = us[1], us[0]
    out = flatten(us)
    agency = ctx["agency_credit"]
    if flavour == "portal":
        if rng.random() < 0.6 and not any(q in out[0][:1] for q in QUOTES):
            out[0] = rng.choice(PORTAL_OPENERS) + decap(out[0], proper)
        for _ in range(rng.randint(1, 2)):
            if len(out) > 3:
                i = rng.randrange(2, len(out))
                if out[i][:1] not in QUOTES and not out[i].startswith(("Meanwhile", "Notably", "Earlier")):
                    out[i] = rng.choice(PORTAL_MIDDLERS) + decap(out[i], proper)
        if rng.random() < 0.6:
            cands = [i for i, s in enumerate(out) if s.endswith(".") and not any(q in s for q in QUOTES)]
            if cands:
                i = rng.choice(cands)
                out[i] = out[i][:-1] + rng.choice([f", according to {agency}.", f", {agency} reported.",
                                                   f", as reported by {agency}."])
    elif flavour == "mt":
        out = [mt_artifacts(s, rng) for s in out]
    paras = regroup(out, rng, maxn=3, first_single=False)
    if flavour == "portal" and len(paras) >= 4 and rng.random() < 0.6:
        head = rng.choice(SUBHEADS).format(ent=(ctx["entities"] or ["Officials"])[0], place=ctx["place_name"])
        at = rng.randrange(2, len(paras))
        paras.insert(at, [head])
    if flavour == "portal" and rng.random() < 0.25 and len(out) >= 4:
        bullets = []
        for s in out[:3]:
            cut = re.split(r",| as | after | while ", s)[0].rstrip(".")
            if 4 <= len(cut.split()) <= 22 and not any(q in cut for q in QUOTES):
                bullets.append("- " + cut)
        if len(bullets) >= 2:
            paras.insert(0, ["Highlights"] + bullets)
    return paras


# --- merge ---------------------------------------------------------------------------------

def op_merge(sents, second_sents, rng, ctx, agency_b):
    """Base story plus a few sentences from another agency's story on the same topic."""
    proper = ctx["proper"]
    base = list(sents)
    if rng.random() < 0.5:
        base = trim_bottom(base, rng, keep_min=0.6)
    if rng.random() < 0.5:
        base = [relative_days(s, ctx["weekday"]) for s in base]
    sus = units(second_sents)
    k = rng.randint(2, min(4, max(2, len(sus) - 1))) if len(sus) > 2 else len(sus)
    start = 0 if rng.random() < 0.5 or len(sus) <= k else rng.randint(1, len(sus) - k)
    extra = flatten(sus[start: start + k])
    extra = [relative_days(s, ctx["weekday"]) if rng.random() < 0.5 else s for s in extra]
    lead = rng.choice(TRANSITIONS + [f"{agency_b} reported that ", f"According to {agency_b}, "])
    if lead and extra[0][:1] not in QUOTES:
        extra[0] = lead + decap(extra[0], ctx["proper_b"] | proper)
    if rng.random() < 0.55 or len(base) < 4:
        return base + extra
    at = rng.randint(2, len(base) - 1)
    return base[:at] + extra + base[at:]
