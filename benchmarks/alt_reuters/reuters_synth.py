"""Simulated syndication histories with ground truth from other real text: a third
independent generator, written from the issue's description alone like ``benchmarks/alt_news``
and ``benchmarks/alt_wire``, but on Reuters-21578 newswire stories rather than the Lee corpus
(see ``reuters_text.py`` and ``benchmarks/RESULTS.md``). No fit of the lineage model uses it.

    python benchmarks/alt_reuters/reuters_synth.py OUT --n 80 --seed 1   # write OUT/<collection>/...
    python benchmarks/alt_reuters/reuters_synth.py --check OUT          # validate the truth files
    python benchmarks/lineage_eval.py --from OUT --family news

Each collection folder holds one <article-id>.txt per page plus truth.json.
"""
import argparse
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import reuters_text as corpus  # noqa: E402
import pages  # noqa: E402
import transforms as T  # noqa: E402

RELATIONS = {"original", "copy", "edit", "excerpt", "spin", "rewrite", "merge", "unrelated"}
STOPWORDS = set("""a an the and or of in on at to for by with from as is was were be been
has have had it its this that these those said says will would could should may might
not no but also than then there their they he she his her we our you your which who
whom what when where while after before about over under into up down out more most
mln dlrs pct bln cts year years last first new one two three four five six seven eight
nine ten week month per other some such only all any each both said told reuter""".split())


# ------------------------------------------------------------------ helpers
def content_hash(body):
    text = " ".join(" ".join(" ".join(p) for p in body).split())
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def words_of(story):
    txt = story["headline"] + " " + " ".join(s for p in story["paragraphs"] for s in p)
    return [w for w in re.findall(r"[a-z]+", txt.lower()) if w not in STOPWORDS and len(w) > 2]


class Library:
    """Corpus plus a cosine-similarity table for choosing topic partners."""

    def __init__(self):
        self.stories = corpus.load_corpus()
        docs = [Counter(words_of(s)) for s in self.stories]
        df = Counter()
        for d in docs:
            df.update(d.keys())
        n = len(docs)
        self.vecs = []
        for d in docs:
            v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in d.items() if df[w] >= 2}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            self.vecs.append({w: x / norm for w, x in v.items()})
        low = Counter()
        for s in self.stories:
            for p in s["paragraphs"]:
                for sent in p:
                    low.update(re.findall(r"\b[a-z]+\b", sent))
        self.lower_vocab = {w for w, c in low.items() if c >= 3}
        self._sim_cache = {}

    def sim(self, i, j):
        a, b = self.vecs[i], self.vecs[j]
        if len(a) > len(b):
            a, b = b, a
        return sum(x * b.get(w, 0.0) for w, x in a.items())

    def neighbours(self, i):
        if i not in self._sim_cache:
            sims = sorted(((self.sim(i, j), j) for j in range(len(self.stories)) if j != i),
                          reverse=True)
            self._sim_cache[i] = sims
        return self._sim_cache[i]

    def partner(self, i, rng, exclude):
        """A different story on a related topic (not a near-duplicate)."""
        cands = [j for s, j in self.neighbours(i) if 0.08 <= s < 0.55 and j not in exclude]
        if not cands:
            cands = [j for s, j in self.neighbours(i) if j not in exclude]
        return rng.choice(cands[:8])


# ------------------------------------------------------------------ tree
class Node:
    def __init__(self, key, parent, relation, depth):
        self.key = key
        self.parent = parent          # Node or None
        self.relation = relation
        self.depth = depth
        self.children = []
        self.present = True
        self.body = None
        self.headline = None
        self.time = None
        self.updated = None
        self.outlet = None
        self.story = None             # sid of the story a root/unrelated comes from
        self.also_from = []
        self.mode = ""


REL_WEIGHTS = [("copy", 30), ("edit", 22), ("excerpt", 15), ("spin", 12), ("rewrite", 16)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for item, w in pairs:
        r -= w
        if r <= 0:
            return item
    return pairs[-1][0]


def build_tree(rng, n_derived, lost_root, lost_mid):
    """Grow a derivation tree below one root; returns (root, nodes)."""
    root = Node("n0", None, "original", 0)
    nodes = [root]

    def add(parent, rel):
        nd = Node("n%d" % len(nodes), parent, rel, parent.depth + 1)
        parent.children.append(nd)
        nodes.append(nd)
        return nd

    remaining = n_derived
    mid = None
    if lost_mid:
        # root -> lost intermediate -> at least one present child
        mid = add(root, wchoice(rng, [("copy", 3), ("edit", 3), ("rewrite", 1)]))
        add(mid, wchoice(rng, REL_WEIGHTS))
        remaining -= 2
    if lost_root:
        # the wire story is normally picked up by several outlets directly
        for _ in range(min(2, remaining)):
            add(root, wchoice(rng, [("copy", 5), ("edit", 3), ("excerpt", 2)]))
            remaining -= 1
    for _ in range(max(0, remaining)):
        cands = []
        for nd in nodes:
            if nd.depth >= 4:
                continue
            w = 3.0 / (1 + nd.depth)
            if nd is root:
                w *= 1.6
            if nd.relation in ("spin", "excerpt"):
                w *= 0.35
            if nd.relation == "rewrite":
                w *= 0.6
            cands.append((nd, w))
        par = wchoice(rng, cands)
        add(par, wchoice(rng, REL_WEIGHTS))
    if lost_root:
        root.present = False
    if mid is not None:
        mid.present = False
    return root, nodes


# ------------------------------------------------------------------ pages
def outlet_profile(rng, name, slug, is_agency=False):
    return {
        "name": name, "slug": slug, "agency_site": is_agency,
        "head_case": rng.choice(["asis", "asis", "sentence", "title", "upper"]) if not is_agency else "asis",
        "date_style": rng.randrange(11),
        "tz": rng.choice(pages.TZS),
        "date_mode": wchoice(rng, [("none", 22), ("pub", 38), ("pubupd", 25), ("inline", 15)]),
        "byline": wchoice(rng, [("none", 25), ("person", 35), ("staff", 20), ("agency", 20)]),
        "dateline": wchoice(rng, [("keep", 45), ("strip", 25), ("short", 20), ("colon", 10)]),
        "para": wchoice(rng, [("orig", 50), ("sent", 30), ("wall", 20)]),
        "top_junk": rng.random() < 0.45,
        "share": rng.random() < 0.55,
        "related": rng.random() < 0.5,
        "bottom": rng.random() < 0.55,
        "ad_mid": rng.random() < 0.2,
        "credit": rng.random() < 0.75,
        "credit_via_parent": rng.random() < 0.35,
    }


def headline_variant(head, rel, rng, lower_vocab, agency):
    h = head
    if rel in ("spin",):
        h = T.swap_words(h, rng, 0.8, odd=True)
        h = T.cap_first(h)
    elif rel == "rewrite":
        h = T.swap_words(h, rng, 0.6, odd=False)
        h = T.round_trip(h, rng) if rng.random() < 0.3 else h
        if rng.random() < 0.4:
            h = h + rng.choice([": what we know", " - report", ", officials say", ", sources say"])
    elif rel == "merge":
        if rng.random() < 0.5:
            h = h + rng.choice(["; other developments", " amid wider market moves", " and more"])
    elif rel in ("copy", "edit", "excerpt"):
        r = rng.random()
        if r < 0.15:
            h = "UPDATE 1-" + h if agency == "reuters" else h
        elif r < 0.3:
            h = h + rng.choice([" - report", " | Business", " - Markets", " (Update)"])
        elif r < 0.45:
            h = T.house_style(h, rng)
    return h


def case_headline(h, mode):
    if mode == "upper":
        return h.upper()
    if mode == "sentence":
        ws = h.split()
        return " ".join([ws[0]] + [w if (w.isupper() or re.search(r"[A-Z].*[A-Z]|\d", w)) else w.lower()
                                   for w in ws[1:]])
    if mode == "title":
        return " ".join(w[:1].upper() + w[1:] for w in h.split())
    return h


def render(node, ctx, rng):
    """Turn a node into the text of a saved web page."""
    o = node.outlet
    agency = ctx["agency"]
    lines = []
    if o["top_junk"]:
        lines += rng.sample(pages.TOP_JUNK, rng.randint(1, 3))
        lines.append(rng.choice(pages.BREADCRUMBS))
    lines.append(case_headline(node.headline, o["head_case"]))
    if rng.random() < 0.15:
        first = T.flat(node.body)[0]
        lines.append(" ".join(first.split()[:14]).rstrip(",;") + "...")
    # byline
    by = o["byline"]
    if o["agency_site"]:
        by = rng.choice(["person", "none", "agency"])
    if by == "person":
        lines.append(rng.choice(["By %s", "By %s | %s", "%s, %s"]).replace("%s", pages.person(rng), 1)
                     .replace("%s", o["name"], 1))
    elif by == "staff":
        lines.append(rng.choice(["By %s Staff" % o["name"], "Staff Reporter", "By Our Correspondent",
                                 "%s Desk" % o["name"], "By Web Desk"]))
    elif by == "agency":
        lines.append(rng.choice(["By %s" % pages.AGENCIES[agency][0], "%s" % pages.AGENCIES[agency][2],
                                 "By %s | %s" % (pages.AGENCIES[agency][2], ctx["city"].title())]))
    # date lines
    dm = o["date_mode"]
    st, tz = o["date_style"], o["tz"]
    if dm in ("pub", "pubupd"):
        lab = rng.choice(["Published ", "Published: ", "Posted ", "", "First published on ", "Posted: "])
        lines.append(lab + pages.fmt_date(node.time, tz, st))
        if node.updated is not None:
            lab = rng.choice(["Updated ", "Updated: ", "Last Updated: ", "Updated on ", "Modified "])
            lines.append(lab + pages.fmt_date(node.updated, tz, st))
    elif dm == "inline":
        s = pages.fmt_date(node.time, tz, st)
        if node.updated is not None:
            s += " | Updated " + pages.fmt_date(node.updated, tz, st)
        lines.append(s)
    elif node.updated is not None and rng.random() < 0.5:
        lines.append("Updated " + pages.fmt_date(node.updated, tz, st))
    lines.append("")
    # body
    body = node.body
    if o["para"] == "sent":
        paras = [[s] for s in T.flat(body)]
    elif o["para"] == "wall":
        paras = []
        for i in range(0, len(body), 2):
            paras.append([s for p in body[i:i + 2] for s in p])
    else:
        paras = [list(p) for p in body]
    texts = [" ".join(p) for p in paras]
    dl = ctx["dateline"]
    mode = "keep" if o["agency_site"] else o["dateline"]
    if mode == "keep":
        texts[0] = dl + texts[0]
    elif mode == "short":
        texts[0] = "%s (%s) - " % (ctx["city"], pages.AGENCIES[agency][2]) + texts[0]
    elif mode == "colon":
        texts[0] = ctx["city"].title() + ": " + texts[0]
    if o["ad_mid"] and len(texts) > 3:
        texts.insert(rng.randint(2, len(texts) - 1), rng.choice(["Advertisement", "ADVERTISEMENT",
                                                                  "Story continues below advertisement",
                                                                  "READ MORE: " + ctx["related"][0]]))
    lines += [t + "\n" for t in texts]
    # credits and house marks
    if o["agency_site"]:
        lines += pages.house_mark(agency, node.time, rng, ctx["city"], ctx["names"])
    elif o["credit"]:
        via = None
        par = node.parent
        if par is not None and par.present and par.outlet and not par.outlet["agency_site"] \
                and o["credit_via_parent"]:
            via = par.outlet["name"]
        lines.append(pages.republish_credit(agency, via, o["name"], node.time, rng, ctx["names"]))
        if rng.random() < 0.2 and agency == "reuters" and not lines[-1].startswith("(Reporting"):
            lines.append("(Reporting by %s; Editing by %s)" % ctx["names"])
    if o["share"]:
        lines += ["", rng.choice(pages.SHARE)]
    if o["related"]:
        lines += ["", rng.choice(["Related:", "Related Stories", "More from %s" % o["name"], "You may also like"])]
        lines += ["- " + h for h in rng.sample(ctx["related"], min(3, len(ctx["related"])))]
    if o["bottom"]:
        lines += [""] + rng.sample(pages.BOTTOM_JUNK, rng.randint(1, 3))
        if rng.random() < 0.5:
            lines.append("© %d %s. All rights reserved." % (node.time.year, o["name"]))
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text


# ------------------------------------------------------------------ collection
def make_collection(lib, idx, seed, main_sid):
    rng = random.Random("%s/%d" % (seed, idx))
    lv = lib.lower_vocab
    n_present = wchoice(rng, [(3, 10), (4, 14), (5, 15), (6, 14), (7, 12), (8, 10), (9, 9), (10, 8), (11, 8)])
    lost_root = rng.random() < 0.42
    lost_mid = rng.random() < 0.15
    has_unrel = rng.random() < 0.33
    has_merge = rng.random() < 0.33
    merge_src_present = has_merge and rng.random() < 0.25
    extra = int(has_unrel) + int(merge_src_present)
    n_derived = n_present - extra - (0 if lost_root else 1)
    min_needed = (2 if lost_root else 1) + (1 if lost_mid else 0) + (1 if has_merge else 0)
    while n_derived < min_needed:
        if merge_src_present:
            merge_src_present = False
        elif has_unrel:
            has_unrel = False
        elif lost_mid:
            lost_mid = False
        elif has_merge:
            has_merge = False
        else:
            lost_root = False
        extra = int(has_unrel) + int(merge_src_present)
        n_derived = n_present - extra - (0 if lost_root else 1)
        min_needed = (2 if lost_root else 1) + (1 if lost_mid else 0) + (1 if has_merge else 0)
    if lost_mid:
        n_derived += 1  # the lost intermediate does not count as present
    root, nodes = build_tree(rng, n_derived, lost_root, lost_mid)

    agency = wchoice(rng, pages.AGENCY_WEIGHTS)
    main = lib.stories[main_sid]
    used = {main_sid}
    unrel_sid = lib.partner(main_sid, rng, used) if has_unrel else None
    if unrel_sid is not None:
        used.add(unrel_sid)
    merge_sid = lib.partner(main_sid, rng, used) if has_merge else None
    if merge_sid is not None:
        used.add(merge_sid)

    # choose the merge node: a present non-root node
    if has_merge:
        cands = [nd for nd in nodes if nd is not root and nd.present]
        mnode = rng.choice(cands)
        mnode.relation = "merge"

    # bodies, top-down
    root.body = [list(p) for p in main["paragraphs"]]
    root.headline = main["headline"]
    root.story = main_sid
    start = dt.datetime(2015, 1, 1) + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 9))
    root.time = start
    order = sorted(nodes, key=lambda n: n.depth)
    for nd in order:
        if nd is root:
            continue
        par = nd.parent
        rel = nd.relation
        if rel == "copy":
            nd.body, nd.mode = T.t_copy(par.body, rng)
        elif rel == "edit":
            nd.body, nd.mode = T.t_edit(par.body, rng)
        elif rel == "excerpt":
            nd.body, nd.mode = T.t_excerpt(par.body, rng)
        elif rel == "spin":
            nd.body, nd.mode = T.t_spin(par.body, rng)
        elif rel == "rewrite":
            nd.body, nd.mode = T.t_rewrite(par.body, rng, lv)
        elif rel == "merge":
            nd.body, nd.mode = T.t_merge(par.body, lib.stories[merge_sid]["paragraphs"], rng, lv)
        nd.headline = headline_variant(par.headline, rel, rng, lv, agency)
        # publication delay: wire pickups within hours, later copies within days
        mins = rng.choice([rng.randint(5, 240), rng.randint(60, 60 * 30), rng.randint(60 * 24, 60 * 24 * 4)])
        nd.time = par.time + dt.timedelta(minutes=mins)

    extra_nodes = []
    if has_unrel:
        u = Node("u", None, "unrelated", 0)
        st = lib.stories[unrel_sid]
        u.body = [list(p) for p in st["paragraphs"]]
        u.headline = st["headline"]
        u.time = start + dt.timedelta(minutes=rng.randint(-60 * 48, 60 * 72))
        if rng.random() < 0.4:
            u.body, _ = T.t_copy(u.body, rng)
        extra_nodes.append(u)
    if merge_src_present:
        m = Node("m", None, "original", 0)
        st = lib.stories[merge_sid]
        m.body = [list(p) for p in st["paragraphs"]]
        m.headline = st["headline"]
        m.time = mnode.time - dt.timedelta(minutes=rng.randint(30, 60 * 24))
        extra_nodes.append(m)

    # "Updated" stamps: the original may be updated after copies were published
    present = [nd for nd in nodes if nd.present] + extra_nodes
    latest_child = max([nd.time for nd in nodes if nd is not root] or [root.time])
    for nd in present:
        r = rng.random()
        if nd is root and r < 0.4:
            nd.updated = latest_child + dt.timedelta(minutes=rng.randint(10, 60 * 20))
        elif r < 0.15:
            nd.updated = nd.time + dt.timedelta(minutes=rng.randint(20, 60 * 30))

    # outlets and ids
    outlets = rng.sample(pages.OUTLETS, len(present))
    ids, used_ids = {}, set()
    for nd, (oname, oslug) in zip(present, outlets):
        nd.agency = agency if nd is root else wchoice(rng, pages.AGENCY_WEIGHTS)
        if nd is root or (nd.key == "u" and rng.random() < 0.5) or nd.key == "m":
            # originals (and some unrelated stories) sit on an agency's own site
            ag = nd.agency
            nd.outlet = outlet_profile(rng, pages.AGENCIES[ag][0], pages.AGENCIES[ag][1], True)
        else:
            nd.outlet = outlet_profile(rng, oname, oslug)
        while True:
            aid = "%s-%s" % (nd.outlet["slug"], "%06x" % rng.getrandbits(24))
            if aid not in used_ids:
                break
        used_ids.add(aid)
        ids[nd.key] = aid
    lost_keys = {}
    for nd in order:
        if not nd.present:
            lost_keys[nd.key] = "lost-%d" % (len(lost_keys) + 1)

    # related-headline pool: neighbours of the main story (realistic noise)
    neigh = [j for s, j in lib.neighbours(main_sid)[:25] if j not in used]
    related = [lib.stories[j]["headline"] for j in rng.sample(neigh, min(6, len(neigh)))] or [main["headline"]]
    city = pages.city_for(" ".join(T.flat(main["paragraphs"])), rng)
    ctx = {"agency": agency, "city": city, "related": related,
           "names": (pages.person(rng), pages.person(rng)),
           "dateline": pages.dateline(agency, city, root.time, rng)}

    files = {}
    for nd in present:
        c = ctx
        if nd.key in ("u", "m"):
            ag2 = nd.agency
            st = lib.stories[unrel_sid if nd.key == "u" else merge_sid]
            city2 = pages.city_for(" ".join(T.flat(st["paragraphs"])), rng)
            c = {"agency": ag2, "city": city2, "related": related,
                 "names": (pages.person(rng), pages.person(rng)),
                 "dateline": pages.dateline(ag2, city2, nd.time, rng)}
        files[ids[nd.key]] = render(nd, c, rng)

    # truth
    def ref(nd):
        return ids.get(nd.key) if nd.present else lost_keys[nd.key]

    arts, lost = {}, {}
    for nd in nodes:
        ent = {"parent": None, "lost_parent": None, "relation": nd.relation,
               "content": content_hash(nd.body), "also_from": [], "depth": nd.depth}
        if nd.relation == "merge" and merge_src_present:
            ent["also_from"] = [ids["m"]]
        if nd.parent is not None:
            if nd.present:
                if nd.parent.present:
                    ent["parent"] = ids[nd.parent.key]
                else:
                    ent["lost_parent"] = lost_keys[nd.parent.key]
            else:
                ent["parent"] = ref(nd.parent)
        if nd.present:
            arts[ids[nd.key]] = ent
        else:
            lost[lost_keys[nd.key]] = ent
    for nd in extra_nodes:
        arts[ids[nd.key]] = {"parent": None, "lost_parent": None, "relation": nd.relation,
                             "content": content_hash(nd.body), "also_from": [], "depth": 0}
    # present articles listed in a shuffled order so that order reveals nothing
    keys = sorted(arts)
    truth = {"kind": "news", "articles": {k: arts[k] for k in keys}, "lost": lost}
    return files, truth


def generate(out, n, seed):
    lib = Library()
    master = random.Random("master/%s" % seed)
    order = list(range(len(lib.stories)))
    master.shuffle(order)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        sid = order[i % len(order)]
        files, truth = make_collection(lib, i, seed, sid)
        name = "news-%03d-%s" % (i, hashlib.sha1(("%s/%d" % (seed, i)).encode()).hexdigest()[:6])
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            os.remove(os.path.join(d, f))
        for aid, text in files.items():
            with open(os.path.join(d, aid + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
        with open(os.path.join(d, "truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, indent=1, ensure_ascii=False)
    print("wrote %d collections to %s" % (n, out))


# ------------------------------------------------------------------ check
def check(out):
    problems = []
    stats = Counter()
    for name in sorted(os.listdir(out)):
        d = os.path.join(out, name)
        tp = os.path.join(d, "truth.json")
        if not os.path.isdir(d) or not os.path.exists(tp):
            continue
        stats["collections"] += 1
        t = json.load(open(tp, encoding="utf-8"))
        arts, lost = t.get("articles", {}), t.get("lost", {})
        files = {f[:-4] for f in os.listdir(d) if f.endswith(".txt")}

        def bad(msg):
            problems.append("%s: %s" % (name, msg))
        if t.get("kind") != "news":
            bad("kind is not news")
        if files != set(arts):
            bad("ids do not match files: %s" % sorted(files ^ set(arts)))
        if not 3 <= len(arts) <= 11:
            bad("%d articles" % len(arts))
        allk = dict(arts)
        for k, v in lost.items():
            if k in allk:
                bad("lost key clashes with article id %s" % k)
            allk[k] = v
        for k, v in allk.items():
            if v.get("relation") not in RELATIONS:
                bad("%s bad relation %r" % (k, v.get("relation")))
            p, lp = v.get("parent"), v.get("lost_parent")
            if p is not None and lp is not None:
                bad("%s has both parent and lost_parent" % k)
            if k in arts:
                if p is not None and p not in arts:
                    bad("%s parent %s not a present article" % (k, p))
                if lp is not None and lp not in lost:
                    bad("%s lost_parent %s not a lost node" % (k, lp))
            else:
                if lp is not None:
                    bad("lost %s has lost_parent set" % k)
                if p is not None and p not in allk:
                    bad("lost %s parent %s unknown" % (k, p))
            if (p is None and lp is None) != (v["relation"] in ("original", "unrelated")):
                bad("%s relation %s vs parent %s/%s" % (k, v["relation"], p, lp))
            for a in v.get("also_from", []):
                if a not in arts:
                    bad("%s also_from %s missing" % (k, a))
        # cycles and depth
        for k in allk:
            seen, cur, steps = set(), k, 0
            while cur is not None:
                if cur in seen:
                    bad("cycle through %s" % k)
                    break
                seen.add(cur)
                v = allk[cur]
                cur = v.get("parent") or v.get("lost_parent")
                steps += 1
            if cur is None and allk[k].get("depth") != steps - 1:
                bad("%s depth %s but chain length %d" % (k, allk[k].get("depth"), steps - 1))
        # every lost node has a present descendant
        for lk in lost:
            ok = False
            for k in arts:
                cur = k
                while cur is not None:
                    v = allk[cur]
                    cur = v.get("parent") or v.get("lost_parent")
                    if cur == lk:
                        ok = True
                        break
                if ok:
                    break
            if not ok:
                bad("lost node %s has no present descendant" % lk)
        stats["articles"] += len(arts)
        stats["lost_nodes"] += len(lost)
        roots = [v for v in lost.values() if v["parent"] is None]
        stats["lost_original"] += bool(roots)
        stats["lost_intermediate"] += any(v["parent"] is not None for v in lost.values())
        stats["with_unrelated"] += any(v["relation"] == "unrelated" for v in arts.values())
        stats["with_merge"] += any(v["relation"] == "merge" for v in allk.values())
        stats["max_depth_ge3"] += max(v["depth"] for v in allk.values()) >= 3
        for v in arts.values():
            stats["rel_" + v["relation"]] += 1
    for p in problems:
        print("PROBLEM", p)
    print(json.dumps(dict(sorted(stats.items())), indent=1))
    print("OK" if not problems else "%d problems" % len(problems))
    return not problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--check", metavar="OUT")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check(a.check) else 1)
    if not a.out:
        ap.error("OUT is required")
    generate(a.out, a.n, a.seed)


if __name__ == "__main__":
    main()
