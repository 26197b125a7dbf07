#!/usr/bin/env python
"""Simulated syndication histories of real news stories, with ground truth: a second
independent generator, written like ``benchmarks/alt_news`` from the issue's description alone,
with real agencies' house styles and copying in waves (see ``benchmarks/RESULTS.md``).

    python benchmarks/alt_wire/wire_synth.py OUT_DIR --n 80 --seed S   write N collection folders
    python benchmarks/alt_wire/wire_synth.py --check OUT_DIR           validate every truth.json
    python benchmarks/lineage_eval.py --from OUT_DIR --family news

Each collection starts from one Lee-corpus story published as a wire story by a real news agency,
then copied, edited, excerpted, spun, rewritten and merged by invented outlets in waves over time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
import random

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import corpus  # noqa: E402
from wire_text import (  # noqa: E402
    learn_common, cap, content_hash, entities, flatten, op_copy, op_edit, op_excerpt, op_merge,
    op_rewrite, proper_words, regroup, spin_line, spin_paras, trim_bottom,
)
from wire_world import (  # noqa: E402
    AGENCIES, AGENCY_BY_REGION, AGENCY_NAMEPOOL, CAPTIONS, EXTRA_PLACES, FARM_FOOTERS, FIRST, HINTS, LAST,
    OUTLETS, PAPER_FOOTERS, PHOTO_CREDIT, PLACES, TOPIC_WORDS, TZ, TZ_NAMEPOOL,
)

RELATIONS = ("original", "copy", "edit", "excerpt", "spin", "rewrite", "merge", "unrelated")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON = [m[:3] for m in MONTHS]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- small helpers ---------------------------------------------------------------------------

def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def tzinfo(key):
    off, _abbr = TZ[key]
    return timezone(timedelta(minutes=off))


def local(dt, key):
    return dt.astimezone(tzinfo(key))


def person(rng, pool="anglo"):
    return f"{rng.choice(FIRST[pool])} {rng.choice(LAST[pool])}"


def initials(rng, n=2):
    return "/".join("".join(rng.choice("abcdefghijklmnoprstw") for _ in range(rng.choice((2, 3)))) for _ in range(n))


def ordinal(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def h12(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def fmt_date(dt_utc, tzkey, style):
    d = local(dt_utc, tzkey)
    off, abbr = TZ[tzkey]
    h, ap = h12(d)
    if style == "long":
        return f"{WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}, {h}:{d.minute:02d} {ap} {abbr}"
    if style == "dmy":
        return f"{d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d} {abbr}"
    if style == "at":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {h}:{d.minute:02d} {ap.lower()}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == "iso":
        sign = "+" if off >= 0 else "-"
        return f"{d.strftime('%Y-%m-%dT%H:%M:%S')}{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"
    if style == "guardian":
        return f"{WD[d.weekday()][:3]} {d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}.{d.minute:02d} {abbr}"
    if style == "pipe":
        return f"{MON[d.month - 1]} {d.day}, {d.year} | {d.hour:02d}:{d.minute:02d} {abbr}"
    if style == "ordinal":
        return f"{MON[d.month - 1]} {ordinal(d.day)}, {d.year} at {d.hour:02d}:{d.minute:02d} {abbr}"
    if style == "uk_dot":
        return f"{WD[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} {h}.{d.minute:02d}{ap.lower()}"
    if style == "us_slash":
        return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d} {ap} {abbr}"
    if style == "ap":
        return f"{AP_MON[d.month - 1]} {d.day}, {d.year} {h}:{d.minute:02d} {'a.m.' if ap == 'AM' else 'p.m.'} {abbr}"
    if style == "eu_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year} | {d.hour:02d}:{d.minute:02d} {abbr}"
    if style == "abc":
        return f"{WD[d.weekday()][:3]} {d.day} {MON[d.month - 1]} {d.year}, {h}:{d.minute:02d}{ap.lower()} {abbr}"
    if style == "dateonly":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "isodate":
        return d.strftime("%Y-%m-%d")
    if style == "xinhua":
        return d.strftime("%Y-%m-%d %H:%M:%S")
    raise ValueError(style)


DATE_STYLES = {
    "paper": ["long", "dmy", "at", "slash", "guardian", "uk_dot", "abc", "dateonly", "iso"],
    "broadcast": ["abc", "dmy", "long", "at"],
    "portal": ["pipe", "ordinal", "dmy", "long", "iso"],
    "aggregator": ["iso", "dmy", "us_slash", "pipe", "dateonly"],
    "farm": ["at", "dateonly", "isodate", "us_slash", "ordinal", "slash"],
    "mt": ["eu_dot", "slash", "long", "dmy"],
}


# --- places, agencies, headlines -------------------------------------------------------------

def find_place(text):
    head = " ".join(corpus.split_sentences(text)[:3])
    best = None
    for name, city, country, tz, region in PLACES:
        m = re.search(rf"\b{re.escape(name)}\b", head)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), (name, city, country, tz, region))
    if best:
        return best[1]
    lead = " ".join(corpus.split_sentences(text)[:4])
    for hint, name in HINTS:
        if re.search(rf"\b{re.escape(hint)}\b", lead):
            if name in EXTRA_PLACES:
                city, country, tz, region = EXTRA_PLACES[name]
                return (name, city, country, tz, region)
            for p in PLACES:
                if p[0] == name:
                    return p
    return PLACES[0]


def dateline(agency, place, day_local, dated):
    name, city, country, _tz, _region = place
    md = f"{MON[day_local.month - 1]} {day_local.day}"
    apmd = f"{AP_MON[day_local.month - 1]} {day_local.day}"
    if agency == "AP":
        return f"{city}{', ' + country if country else ''} (AP) — "
    if agency == "Reuters":
        return f"{city} (Reuters) - "
    if agency == "AFP":
        return f"{city}, {md} (AFP) - " if dated else f"{city} (AFP) - "
    if agency == "AAP":
        return f"{city}, {md} AAP - " if dated else ""
    if agency == "PTI":
        return f"{name}, {md} (PTI) " if dated else f"{name} (PTI) "
    if agency == "ANI":
        return f"{name} [{country or 'India'}], {md} (ANI): " if dated else f"{name} [{country or 'India'}] (ANI): "
    if agency == "dpa":
        return f"{name} (dpa) - "
    if agency == "Xinhua":
        return f"{city}, {apmd} (Xinhua) -- " if dated else f"{city} (Xinhua) -- "
    if agency == "Kyodo":
        return f"{city}, {apmd} Kyodo - " if dated else f"{city} Kyodo - "
    if agency == "UPI":
        return f"{city}, {apmd} (UPI) -- " if dated else f"{city} (UPI) -- "
    if agency == "EFE":
        return f"{name}, {md} (EFE).- " if dated else f"{name} (EFE).- "
    if agency == "Bernama":
        return f"{city}, {md} (Bernama) -- " if dated else f"{city} (Bernama) -- "
    if agency == "NZPA":
        return f"{city}, {md} NZPA - " if dated else f"{city} NZPA - "
    return ""


HEAD_CUTS = [", ", " as ", " after ", " amid ", " because ", " which ", " who ", " when ", " while ",
             " with ", " following ", " but ", " despite "]
TRAIL = {"has", "have", "is", "are", "was", "were", "said", "says", "that", "his", "her", "their", "its", "who",
         "which", "this", "these", "be", "been", "will", "would", "could", "not", "it", "he", "she", "they", "had",
         "there", "into", "about", "up", "out", "than", "some", "more", "most", "new", "many"}
SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "as", "from", "but"}


def headline_from(sentence, rng, style="sentence"):
    s = sentence.strip().rstrip(".")
    s = re.sub(r"[\"“”]", "", s)
    s = re.sub(r"^(The|A|An) ", "", s)
    s = re.sub(r"\b(Mr|Mrs|Ms) ", "", s)
    s = re.sub(r"\b(has|have) been\b ", "", s)
    s = re.sub(r"\b(says|said|told [\w]+|warned|believes|claims) that\b", r"\1", s)
    s = re.sub(r"^(?:In a [a-z ]+ development|As per reports|Reportedly|Notably|Meanwhile|Separately|Elsewhere|"
               r"In a related development|In another development|At the same time|According to [A-Za-z ]+), ", "", s)
    s = cap(s)
    words = s.split()
    for cut in HEAD_CUTS:
        i = s.find(cut)
        if i > 25:
            s = s[:i]
            words = s.split()
            break
    limit = rng.randint(8, 12)
    if len(words) > limit:
        words = words[:limit]
        while words and words[-1].lower().rstrip(",") in SMALL | TRAIL:
            words.pop()
    s = " ".join(words).rstrip(",;:")
    s = cap(s)
    if style == "title":
        s = " ".join(w if (w.lower() in SMALL and i) else cap(w) for i, w in enumerate(s.split()))
    return s


def decorate_headline(h, rng, kind, place_name, agency):
    r = rng.random()
    if kind == "farm":
        return rng.choice([h, h + ": Reports", h + " - Report", "Breaking: " + h, h + " | World News",
                           h + " – " + rng.choice(["Here's What We Know", "Details Inside", "Full Story"])])
    if kind == "portal":
        return rng.choice([h, f"{place_name}: {h}", h + ": Report", h + f" | {agency}", h])
    if kind == "aggregator" and r < 0.3:
        return h + f" - {agency}"
    if kind == "wire" and agency == "Reuters" and r < 0.2:
        return rng.choice(["UPDATE 1-", "UPDATE 2-"]) + h
    return h


def caption_for(ctx, rng, agency):
    text = ctx["text_lower"]
    topic = "generic"
    best = 0
    for t, ws in TOPIC_WORDS.items():
        n = sum(text.count(" " + w) for w in ws)
        if n > best:
            best, topic = n, t
    ent = (ctx["entities"] or [ctx["place_name"]])[rng.randrange(min(2, len(ctx["entities"]) or 1))]
    c = rng.choice(CAPTIONS[topic]).format(place=ctx["place_name"], ent=re.sub(r"^(Mr|Mrs|Ms|Dr) ", "", ent))
    pool = AGENCY_NAMEPOOL.get(agency, "anglo")
    name = person(rng, pool)
    credit = PHOTO_CREDIT.get(agency, "(Photo: {name})").format(name=name, NAME=name.upper())
    return f"{c} {credit}", name


# --- the structure of one collection ---------------------------------------------------------

class Node:
    def __init__(self, key, wave, parent, op):
        self.key, self.wave, self.parent, self.op = key, wave, parent, op
        self.children = []
        self.outlet = None
        self.paras = None
        self.headline = ""
        self.pub = None
        self.updated = None
        self.lost = False
        self.depth = 0
        self.also_from = []
        self.stem = None
        self.lost_name = None
        self.spin_rate = None


def plan_tree(m, rng, want_merge, want_lost_intermediate):
    """Derived nodes 1..m below the wire (node 0), in waves. Returns list of Node (index = key)."""
    nodes = [Node(0, 0, None, "original")]
    n1 = max(1, round(m * rng.uniform(0.3, 0.55)))
    rest = m - n1
    n2 = min(rest, round(rest * rng.uniform(0.3, 0.6)))
    rest -= n2
    n3 = rest if rest <= 1 else max(1, round(rest * rng.uniform(0.5, 0.9)))
    n4 = rest - n3
    waves = [1] * n1 + [2] * n2 + [3] * n3 + [4] * n4

    def add(wave, parent, op):
        nd = Node(len(nodes), wave, parent, op)
        nd.depth = nodes[parent].depth + 1
        nodes[parent].children.append(nd.key)
        nodes.append(nd)

    by_wave = {w: [] for w in range(5)}
    by_wave[0].append(0)
    for w in waves:
        if w == 1:
            parent = 0
            op = wchoice(rng, [("copy", 45), ("edit", 30), ("excerpt", 25)])
        elif w == 2:
            pool = by_wave[1]
            parent = rng.choice(pool) if (pool and rng.random() < 0.75) else 0
            op = wchoice(rng, [("copy", 35), ("edit", 25), ("excerpt", 20), ("rewrite", 12), ("spin", 8)])
        elif w == 3:
            r = rng.random()
            if by_wave[2] and r < 0.55:
                parent = rng.choice(by_wave[2])
            elif r < 0.85:
                parent = rng.choice(by_wave[1] + by_wave[2])
            else:
                parent = 0
            op = wchoice(rng, [("spin", 50), ("rewrite", 35), ("copy", 10), ("excerpt", 5)])
        else:
            pool = by_wave[3] if (by_wave[3] and rng.random() < 0.8) else (by_wave[2] or by_wave[3])
            parent = rng.choice(pool)
            op = wchoice(rng, [("copy", 40), ("spin", 35), ("excerpt", 15), ("rewrite", 10)])
        # an excerpt of an excerpt or a spin of a spin is fine; an excerpt of a one-line node is not
        if nodes[parent].op == "excerpt" and op == "excerpt":
            op = "copy"
        add(w, parent, op)
        by_wave[w].append(len(nodes) - 1)
    if want_merge:
        cands = [n for n in nodes[1:] if n.wave == 2] or [n for n in nodes[1:] if n.wave == 3] or nodes[1:]
        rng.choice(cands).op = "merge"
    if want_lost_intermediate and not any(nodes[k].children for k in range(1, len(nodes))):
        # give a wave-1 node a child: re-hang a later node (or turn the second node into its child)
        w1 = by_wave[1][0]
        later = [n for n in nodes[1:] if n.key != w1]
        if later:
            nd = later[0]
            nodes[nd.parent].children.remove(nd.key)
            nd.parent = w1
            nodes[w1].children.append(nd.key)
            if nd.wave == 1:
                nd.wave = 2
        for nd in nodes[1:]:
            nd.depth = nodes[nd.parent].depth + 1
        # depths of descendants
        changed = True
        while changed:
            changed = False
            for nd in nodes[1:]:
                d = nodes[nd.parent].depth + 1
                if nd.depth != d:
                    nd.depth, changed = d, True
    return nodes


OUTLET_KINDS = {
    (1, "copy"): [("paper", 45), ("broadcast", 15), ("portal", 25), ("aggregator", 15)],
    (1, "edit"): [("paper", 55), ("broadcast", 20), ("portal", 25)],
    (1, "excerpt"): [("aggregator", 45), ("broadcast", 25), ("paper", 15), ("portal", 15)],
    (1, "merge"): [("portal", 50), ("paper", 50)],
    (2, "copy"): [("aggregator", 50), ("portal", 30), ("paper", 20)],
    (2, "edit"): [("paper", 50), ("portal", 50)],
    (2, "excerpt"): [("aggregator", 70), ("portal", 30)],
    (2, "rewrite"): [("portal", 60), ("mt", 40)],
    (2, "spin"): [("farm", 100)],
    (2, "merge"): [("portal", 55), ("paper", 45)],
    "rewrite": [("portal", 40), ("mt", 30), ("farm", 30)],
    "spin": [("farm", 100)],
    "copy": [("farm", 60), ("aggregator", 40)],
    "excerpt": [("aggregator", 50), ("farm", 50)],
    "merge": [("portal", 60), ("mt", 20), ("paper", 20)],
    "edit": [("portal", 50), ("paper", 50)],
}


def pick_outlet(rng, kind, used, region):
    cands = [o for o in OUTLETS if o["kind"] == kind and o["name"] not in used]
    if not cands:
        cands = [o for o in OUTLETS if o["name"] not in used]
    # clients near the story are a little more likely
    near = {"AU": ("AEDT", "AEST", "ACDT", "AWST"), "PAC": ("NZDT", "AEDT"), "SA": ("IST", "PKT"),
            "AF": ("PKT", "IST"), "US": ("EST", "CST", "PST")}.get(region, ())
    weighted = [(o, 3 if o["tz"] in near else 1) for o in cands]
    o = wchoice(rng, weighted)
    used.add(o["name"])
    return o


# --- rendering -------------------------------------------------------------------------------

def para_text(p):
    if p and (p[0] == "Highlights" or any(s.startswith("- ") for s in p)):
        return "\n".join(p)
    return " ".join(p)


def date_lines(node, outlet_kind, tzkey, rng, dated):
    """(top lines, bottom lines) showing publication / update dates, or nothing."""
    if not dated or rng.random() > {"paper": 0.85, "broadcast": 0.85, "portal": 0.9, "aggregator": 0.7,
                                    "farm": 0.6, "mt": 0.75, "wire": 0.85}.get(outlet_kind, 0.8):
        return [], []
    style = rng.choice(DATE_STYLES.get(outlet_kind, DATE_STYLES["paper"]))
    pub = fmt_date(node.pub, tzkey, style)
    if style == "isodate" and rng.random() < 0.6:
        return [f" date {pub}"], []
    if node.updated is not None:
        up = fmt_date(node.updated, tzkey, style)
        form = rng.randrange(4)
        if form == 0:
            return [f"Published: {pub}", f"Updated: {up}"], []
        if form == 1:
            return [f"Updated {up}"], [f"Published {pub}"]
        if form == 2:
            return [f"{pub} | Last updated: {up}"], []
        return [f"Updated: {up}"], []
    prefix = rng.choice(["", "Published: ", "Posted ", "Posted on ", "First published ", "Published on "])
    if rng.random() < 0.3:
        return [], [f"{prefix or 'Published '}{pub}"]
    return [f"{prefix}{pub}"], []


def credit_line(node, nodes, ctx, rng):
    """A credit line naming the agency, the parent outlet, or both agencies of a merge."""
    a = rng.choice(AGENCIES[ctx["agency"]]["alt"])
    short = AGENCIES[ctx["agency"]]["short"]
    full = AGENCIES[ctx["agency"]]["full"]
    if node.op == "merge":
        b = AGENCIES[ctx["agency_b"]]["short"]
        return rng.choice([f"(With inputs from {short} and {b})", f"(With inputs from {b}, {short})",
                           "— With agency inputs", f"{full} and {AGENCIES[ctx['agency_b']]['full']} contributed to this report.",
                           f"(Inputs from {short}, {b})"])
    parent = nodes[node.parent] if node.parent is not None else None
    if parent is not None and parent.key != 0 and parent.outlet and rng.random() < 0.35:
        po = parent.outlet
        return rng.choice([f"This story was originally published by {po['name']}.", f"Source: {po['name']}",
                           f"(via {po['name']})", f"Read the original at {po['domain']}",
                           f"This article first appeared on {po['domain']}."])
    return rng.choice([f"(With inputs from {short})", f"({a})", f"— {a}", f"{full} contributed to this report.",
                       f"Source: {a}", f"Courtesy: {short}", f"This story was originally published by {full}.",
                       f"(Inputs from {short} News)", f"(with information from {short})", f"© {node.pub.year} {full}" if ctx["dated"] else f"© {full}",
                       f"(This story has not been edited by {node.outlet['name']} staff and is auto-generated from a syndicated feed.)"])


def related_links(ctx, rng, k):
    out = []
    for t in rng.sample(ctx["related_pool"], k):
        out.append(headline_from(corpus.split_sentences(t)[0], rng, rng.choice(["sentence", "title"])))
    return out


def render_wire(node, ctx, rng, agency, place, paras, headline, dated, byline_name):
    a = AGENCIES[agency]
    loc = local(node.pub, place[3])
    lines = [headline, ""]
    top = []
    if agency == "AP":
        top.append(rng.choice([f"By {byline_name.upper()}, Associated Press Writer", f"By {byline_name.upper()}",
                               f"By {byline_name}, Associated Press"]))
    elif agency in ("Reuters", "AAP", "UPI") and rng.random() < 0.85:
        top.append(f"By {byline_name}")
    elif agency == "AFP" and rng.random() < 0.4:
        top.append(f"by {byline_name}")
    if agency == "Xinhua":
        top.append(f"Source: Xinhua | {fmt_date(node.pub, a['tz'], 'xinhua')} | Editor: {person(rng, 'chinese')}"
                   if dated else "Source: Xinhua")
    elif dated and rng.random() < 0.85:
        style = {"AP": "ap", "Reuters": "long", "AFP": "dmy", "AAP": "abc", "PTI": "pipe"}.get(agency, "dmy")
        d = fmt_date(node.pub, a["tz"], style)
        if node.updated is not None:
            d = f"Published {d}, updated {fmt_date(node.updated, a['tz'], style)}" if rng.random() < 0.5 else \
                f"Updated {fmt_date(node.updated, a['tz'], style)}"
        top.append(d)
    lines += top + ([""] if top else [])
    dl = dateline(agency, place, loc, dated)
    body = [para_text(p) for p in paras]
    body[0] = dl + body[0]
    lines += "\n\n".join(body).split("\n")
    tail = []
    if agency == "AP":
        if rng.random() < 0.3:
            tail.append(f"Associated Press writer {person(rng)} in {rng.choice(['Sydney', 'Canberra', 'Melbourne', 'Jakarta', 'Bangkok', 'Islamabad', 'London'])} contributed to this report.")
        yr = f"Copyright {node.pub.year} " if dated else "Copyright "
        tail.append(f"{yr}The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
    elif agency == "Reuters":
        tail.append(f"(Reporting by {byline_name}; {'Additional reporting by ' + person(rng) + '; ' if rng.random() < 0.3 else ''}Editing by {person(rng)})")
    elif agency == "AFP":
        tail.append(initials(rng, 2) if (rng.random() < 0.6 or not dated) else f"© {node.pub.year} AFP")
    elif agency == "AAP":
        tail.append(f"AAP {initials(rng, 3)}")
    elif agency == "PTI":
        tail.append(f"PTI {''.join(rng.choice('ABCDGHKMNRSTVY') for _ in range(3))} {''.join(rng.choice('ABCDGHKMNRSTVY') for _ in range(3))}")
    elif agency == "ANI":
        tail.append("(ANI)")
    elif agency == "dpa":
        tail.append(f"dpa {initials(rng, 1)} {initials(rng, 1)}")
    elif agency == "Xinhua":
        tail.append("Enditem")
    elif agency == "Kyodo":
        tail.append("==Kyodo")
    elif agency == "UPI":
        tail.append(f"Copyright {str(node.pub.year) + ' ' if dated else ''}by United Press International. All Rights Reserved.")
    elif agency == "EFE":
        tail.append(f"EFE {initials(rng, 2)}")
    elif agency == "Bernama":
        tail.append("-- BERNAMA")
    elif agency == "NZPA":
        tail.append("NZPA")
    lines += [""] + tail
    return "\n".join(lines)


def byline_for(node, ctx, rng, kind):
    o = node.outlet
    pool = TZ_NAMEPOOL.get(o["tz"], "anglo")
    agency = ctx["agency"]
    a = AGENCIES[agency]
    if kind == "paper":
        return wchoice(rng, [(f"By {ctx['wire_byline']}, {a['short']}", 2), (f"{ctx['wire_byline']} | {a['full']}", 1),
                             ("By Staff Writer", 1), (f"By {person(rng, pool)}", 2), ("From wire reports", 1),
                             (a["short"], 1), (f"{o['name']} staff and wires", 1), ("", 2)])
    if kind == "broadcast":
        return wchoice(rng, [(f"{o['name']} with {a['short']}", 1), ("", 3), (f"By {person(rng, pool)}", 1)])
    if kind == "portal":
        return wchoice(rng, [(f"Reported by: {person(rng, pool)}", 2), (f"Written By {person(rng, pool)} | Edited By {person(rng, pool)}", 1),
                             ("Web Desk", 1), ("News Desk", 1), (f"{a['short']} | {o['name']}", 1), ("", 1)])
    if kind == "aggregator":
        return ""
    if kind == "farm":
        return wchoice(rng, [("admin", 2), ("By NewsDesk", 1), (f"Posted by {rng.choice(FIRST[pool])}", 1), ("", 3)])
    if kind == "mt":
        return wchoice(rng, [("", 3), ("Editorial Staff", 1), (f"By {person(rng, 'spanish')}", 1)])
    return ""


def render_outlet(node, nodes, ctx, rng, kind, dated, unrelated=False, agency_for_credit=None):
    """Dress a body as an outlet's web page or print-out."""
    o = node.outlet
    paras = node.paras
    body = [para_text(p) for p in paras]
    lines = []
    top_dates, bottom_dates = date_lines(node, kind, o["tz"], rng, dated)
    agency = agency_for_credit or ctx["agency"]
    want_credit = (not unrelated and rng.random() < {"copy": 0.55, "edit": 0.5, "excerpt": 0.45, "spin": 0.3,
                                                     "rewrite": 0.7, "merge": 0.85}.get(node.op, 0.5)) or \
                  (unrelated and rng.random() < 0.35)
    credit = credit_line(node, nodes, ctx, rng) if want_credit and not unrelated else None
    if unrelated and want_credit:
        credit = rng.choice([f"(With inputs from {agency})", f"— {agency}", f"Source: {agency}", "With agency inputs"])
    # keep or restyle the dateline the parent showed, when the copy starts as the parent does
    node.shown_dateline = ""
    parent = nodes[node.parent] if (node.parent is not None and not unrelated) else None
    if parent is not None and node.paras and parent.paras and node.paras[0][0] == parent.paras[0][0] and \
            kind in ("paper", "portal", "aggregator", "broadcast", "farm"):
        shown = ctx["wire_dateline"] if parent.key == 0 else getattr(parent, "shown_dateline", "")
        r = rng.random()
        if shown and parent.key == 0 and kind != "farm":
            if r < 0.35:
                node.shown_dateline = shown
            elif r < 0.55:
                node.shown_dateline = f"{ctx['place'][1]}{', ' + ctx['place'][2] if ctx['place'][2] else ''}: "
        elif shown and r < 0.6:
            node.shown_dateline = shown
        body[0] = node.shown_dateline + body[0]
    headline = node.headline
    byline = byline_for(node, ctx, rng, kind)
    captions = []
    if kind in ("paper", "portal", "mt", "farm") and rng.random() < {"paper": 0.3, "portal": 0.4, "mt": 0.8, "farm": 0.35}[kind]:
        for _ in range(1 if kind != "mt" else rng.randint(2, 4)):
            c, _name = caption_for(ctx, rng, agency)
            captions.append(c)
    if kind == "farm" and captions:
        captions = [spin_line(c, rng, 0.4, ctx["proper"]) for c in captions]

    def with_captions(blocks):
        if not captions:
            return blocks
        out = list(blocks)
        slots = sorted(rng.sample(range(1, len(out) + 1), min(len(captions), len(out))), reverse=True)
        for c, s in zip(captions, slots):
            out.insert(s, c)
        return out

    if kind == "paper":
        lines += [headline]
        if rng.random() < 0.25 and len(flatten(paras)) > 2:
            lines += [headline_from(flatten(paras)[1], rng)]
        lines += [""]
        lines += [x for x in [byline] if x] + top_dates
        lines += [""]
        blocks = with_captions(body)
        if credit and rng.random() < 0.25:
            blocks = [credit] + blocks
            credit = None
        lines += "\n\n".join(blocks).split("\n")
        tail = ([credit] if credit else []) + bottom_dates
        if rng.random() < 0.6:
            foot = rng.choice(PAPER_FOOTERS)
            if not dated:
                foot = foot.replace("© {year} ", "© ")
            tail.append(foot.format(year=node.pub.year, outlet=o["name"]))
        lines += [""] + tail if tail else []
    elif kind == "broadcast":
        lines += [headline, ""]
        lines += [x for x in [byline] if x] + top_dates + [""]
        lines += "\n\n".join(body).split("\n")
        tail = ([credit] if credit else []) + bottom_dates
        if rng.random() < 0.5:
            tail += ["", "Related stories:"] + related_links(ctx, rng, rng.randint(2, 3))
        lines += [""] + tail if tail else []
    elif kind == "portal":
        if top_dates and rng.random() < 0.5:
            lines += top_dates + [""]
            top_dates = []
        lines += [headline, ""]
        if rng.random() < 0.5 and len(flatten(paras)) > 1:
            lines += [headline_from(flatten(paras)[0], rng) + ".", ""]
        lines += [x for x in [byline] if x] + top_dates
        if rng.random() < 0.5:
            lines += [f"Image: {AGENCIES[agency]['short']} | Image:self" if rng.random() < 0.5 else f"Image: {AGENCIES[agency]['short']}"]
        if rng.random() < 0.6:
            lines += ["Advertisement"]
        lines += [""]
        blocks = with_captions(body)
        lines += "\n\n".join(blocks).split("\n")
        tail = [credit] if credit else []
        if rng.random() < 0.4:
            tail += ["", f"Image: {AGENCIES[agency]['short']}"]
        if rng.random() < 0.5:
            tail += ["", "Advertisement"]
        if rng.random() < 0.4:
            tail += ["", rng.choice(["Also Read:", "Read more:"])] + related_links(ctx, rng, rng.randint(1, 3))
        tail += ([""] + bottom_dates) if bottom_dates else []
        lines += [""] + tail if tail else []
    elif kind == "aggregator":
        parent = nodes[node.parent] if (node.parent is not None and not unrelated) else None
        src = parent.outlet["name"] if (parent is not None and parent.outlet) else AGENCIES[agency]["full"]
        lines += [headline]
        meta = src
        if top_dates:
            meta += " · " + re.sub(r"^(Published:? |Posted (on )?|First published |Published on )", "", top_dates[0].strip())
        elif rng.random() < 0.4:
            meta += " · " + rng.choice(["1h", "3h", "5h", "12h", "1d", "2d"])
        lines += [meta, ""]
        lines += "\n\n".join(body).split("\n")
        tail = []
        if credit:
            tail.append(credit)
        if parent is not None and rng.random() < 0.6:
            opts = [f"Read the full story at {src}", f"Read more at {src} »"]
            if parent.outlet:
                opts.append(f"Continue reading on {parent.outlet['domain']}")
            tail.append(rng.choice(opts))
        lines += [""] + tail if tail else []
    elif kind == "farm":
        lines += [headline, "", ""]
        if rng.random() < 0.6:
            short = " ".join(headline.split()[: max(4, len(headline.split()) - rng.randint(2, 4))])
            lines += [short, ""]
        if rng.random() < 0.5 and not re.search(r"Reports?$|\||–", headline):
            lines += [headline + ": Reports", ""]
        lines += [x for x in [byline] if x] + top_dates
        if byline or top_dates:
            lines += [""]
        blocks = with_captions(body)
        lines += "\n\n".join(blocks).split("\n")
        tail = [credit] if credit else []
        foot = rng.choice(FARM_FOOTERS)
        tags = ", ".join((ctx["entities"] or [ctx["place_name"]])[:3] + [ctx["place_name"]])
        foot = [f.format(outlet=o["name"], tags=tags) for f in foot]
        if foot == ["Related Posts"]:
            foot = ["Related Posts"] + related_links(ctx, rng, 3)
        tail += [""] + foot
        lines += [""] + tail
    elif kind == "mt":
        lines += [headline, ""]
        lines += [x for x in [byline] if x] + top_dates + [""]
        blocks = with_captions(body)
        lines += "\n\n".join(blocks).split("\n")
        tail = [credit] if credit else [f"(with information from {AGENCIES[agency]['short']})"]
        if rng.random() < 0.6:
            tail += ["", "KEEP READING:", ""] + [x for h in related_links(ctx, rng, 2) for x in (h, "")]
        tail += [f"Source-www.{o['domain']}"] if rng.random() < 0.5 else []
        lines += [""] + tail + ([""] + bottom_dates if bottom_dates else [])
    text = "\n".join(lines)
    text = re.sub(r"\n{4,}", "\n\n\n", text).strip() + "\n"
    return text


# --- building one collection -----------------------------------------------------------------

def build_collection(ci, base_idx, plan, texts, tindex, rng, used_related):
    base = texts[base_idx]
    sents = corpus.split_sentences(base.text)
    place = find_place(base.text)
    region = place[4]
    agency = wchoice(rng, AGENCY_BY_REGION[region])
    dated = plan["dated"]
    proper = proper_words(base.text)
    ents = [e for e in entities(base.text) if e.split()[0] not in ("The",)]

    # same-topic partners: the second agency's story (merge) and the unrelated story
    neigh = [j for _s, j in tindex.neighbours(base_idx)[:10]]
    second_idx = None
    if plan["merge"]:
        second_idx = neigh[rng.randrange(0, 3)]
    unrelated_idx = None
    if plan["unrelated"]:
        cands = [j for j in neigh[1:9] if j != second_idx]
        unrelated_idx = rng.choice(cands)
    agency_b = None
    if second_idx is not None:
        choices = [(a, w) for a, w in AGENCY_BY_REGION[region] if a != agency] or [("Reuters", 1)]
        agency_b = wchoice(rng, choices)

    # time: the wire moves at a news hour, local time, in the Lee corpus period (Dec 2001 - Jan 2002)
    day0 = datetime(2001, 12, 1) + timedelta(days=rng.randrange(0, 70))
    loc_start = datetime(day0.year, day0.month, day0.day, rng.randint(6, 21), rng.randrange(60), rng.randrange(60),
                         tzinfo=tzinfo(place[3]))
    t0 = loc_start.astimezone(timezone.utc)

    related_pool = [texts[j].text for j in rng.sample(range(len(texts)), 12)
                    if j not in (base_idx, second_idx, unrelated_idx)]
    ctx = dict(dated=dated, agency=agency, agency_b=agency_b, place=place, place_name=place[0], proper=proper,
               entities=ents, weekday=local(t0, place[3]).weekday(), text_lower=" " + base.text.lower(),
               agency_credit=AGENCIES[agency]["short"], related_pool=related_pool, wire_dateline="",
               wire_first=None, wire_byline=person(rng, AGENCY_NAMEPOOL[agency]))
    if second_idx is not None:
        ctx["proper_b"] = proper_words(texts[second_idx].text)

    # the tree
    nodes = plan_tree(plan["m"], rng, plan["merge"], plan["lost"] == "intermediate")
    wire = nodes[0]
    wire.pub = t0
    wire.paras = regroup(sents, rng, maxn=2, first_single=True)
    wire.headline = decorate_headline(headline_from(sents[0], rng, "sentence"), rng, "wire", place[0], agency)
    ctx["wire_dateline"] = dateline(agency, place, loc_start, dated)
    ctx["wire_first"] = wire.paras[0][0]

    second = None
    if second_idx is not None:
        st = corpus.split_sentences(texts[second_idx].text)
        second = Node(-1, 0, None, "original")
        second.paras = regroup(st, rng, maxn=2)
        second.pub = t0 + timedelta(minutes=rng.randint(-720, 360))
        second.headline = headline_from(st[0], rng)
        second.sents = st

    used_outlets = set()
    spin_rates = []
    for nd in nodes[1:]:
        par = nodes[nd.parent]
        psents = flatten(par.paras)
        key = (nd.wave, nd.op) if (nd.wave, nd.op) in OUTLET_KINDS else nd.op
        kind = wchoice(rng, OUTLET_KINDS[key])
        nd.outlet = pick_outlet(rng, kind, used_outlets, region)
        nd.kind = kind
        gap = {1: (8, 600), 2: (30, 2160), 3: (180, 11520), 4: (60, 8640)}[nd.wave]
        nd.pub = par.pub + timedelta(minutes=int(gap[0] * (gap[1] / gap[0]) ** rng.random()))
        if nd.op == "copy":
            out = op_copy(psents, rng, nd.outlet)
            nd.paras = par.paras if (out == psents and rng.random() < 0.5) else regroup(out, rng, maxn=rng.choice((2, 3)))
        elif nd.op == "edit":
            nd.paras = regroup(op_edit(psents, rng, nd.outlet, ctx), rng, maxn=rng.choice((2, 3)))
        elif nd.op == "excerpt":
            nd.paras = regroup(op_excerpt(psents, rng), rng, maxn=2)
        elif nd.op == "spin":
            base_paras = par.paras
            if rng.random() < 0.3:
                base_paras = regroup(trim_bottom(psents, rng), rng, maxn=3)
            rate = rng.uniform(0.2, 0.5)
            nd.paras, achieved = spin_paras(base_paras, rng, rate, proper, protect_quotes=rng.random() < 0.5)
            if achieved < 0.2:  # quotations took most of the text: the spinner goes through them too
                nd.paras, achieved = spin_paras(base_paras, rng, rate, proper, protect_quotes=False)
            spin_rates.append(achieved)
        elif nd.op == "rewrite":
            flavour = {"portal": "portal", "mt": "mt"}.get(kind, rng.choice(["plain", "portal"]))
            nd.paras = op_rewrite(psents, rng, flavour, ctx)
        elif nd.op == "merge":
            nd.pub = max(nd.pub, second.pub + timedelta(minutes=rng.randint(20, 600)))
            merged = op_merge(psents, second.sents, rng, ctx, AGENCIES[agency_b]["short"])
            nd.paras = regroup(merged, rng, maxn=rng.choice((2, 3)))
        # headline: copies often keep the parent's; spinners spin it
        if nd.op == "spin":
            nd.headline = spin_line(par.headline, rng, 0.5, proper)
        elif nd.op in ("copy", "excerpt") and rng.random() < (0.6 if kind in ("aggregator", "farm") else 0.35):
            nd.headline = par.headline
        else:
            first = flatten(nd.paras)[0]
            if first == "Highlights" or first.startswith("- "):
                first = flatten(nd.paras)[1].lstrip("- ")
            src = first if rng.random() < 0.75 else rng.choice(flatten(nd.paras)[:3]).lstrip("- ")
            nd.headline = headline_from(src, rng, "title" if nd.outlet["spelling"] == "us" and kind == "paper" else "sentence")
        nd.headline = decorate_headline(re.sub(r"^UPDATE \d-", "", nd.headline), rng, kind,
                                        place[0], AGENCIES[agency]["short"])
        if nd.op == "merge":
            nd.also_from = [second]

    # lost nodes
    if plan["lost"] == "original":
        wire.lost = True
    elif plan["lost"] == "intermediate":
        cands = [n for n in nodes[1:] if n.children]
        rng.choice(cands).lost = True

    # "Updated" stamps: some later than a child's publication
    for nd in nodes:
        kids = [nodes[k] for k in nd.children]
        if kids and rng.random() < 0.4:
            nd.updated = max(k.pub for k in kids) + timedelta(minutes=rng.randint(20, 2880))
        elif rng.random() < 0.2:
            nd.updated = nd.pub + timedelta(minutes=rng.randint(10, 600))

    # unrelated story, dressed as an outlet's article
    unrelated = None
    if unrelated_idx is not None:
        ut = texts[unrelated_idx]
        us = corpus.split_sentences(ut.text)
        unrelated = Node(-2, 0, None, "unrelated")
        unrelated.pub = t0 + timedelta(minutes=rng.randint(-4320, 7200))
        if rng.random() < 0.3:
            us = trim_bottom(us, rng)
        unrelated.paras = regroup(us, rng, maxn=rng.choice((2, 3)))
        kind = rng.choice(["paper", "portal", "broadcast", "aggregator", "wire"])
        unrelated.kind = kind
        unrelated.outlet = pick_outlet(rng, kind if kind != "wire" else "paper", used_outlets, region)
        unrelated.headline = decorate_headline(headline_from(us[0], rng), rng, kind, place[0], agency)
        unrelated.uplace = find_place(ut.text)

    # --- write out -------------------------------------------------------------------------
    present = [n for n in nodes if not n.lost]
    extras = []
    if second is not None and plan["second_present"]:
        extras.append(second)
    if unrelated is not None:
        extras.append(unrelated)
    files = present + extras
    order = list(range(len(files)))
    rng.shuffle(order)
    for pos, fi in enumerate(order):
        files[fi].stem = f"{pos:03d}_{rng.getrandbits(64):016x}"
    lost_nodes = [n for n in nodes if n.lost]
    for i, n in enumerate(lost_nodes, 1):
        n.lost_name = f"lost-{i}"

    articles = {}
    docs = {}
    for nd in nodes:
        if nd.key == 0:
            text = render_wire(nd, ctx, rng, agency, place, nd.paras, nd.headline, dated, ctx["wire_byline"])
        else:
            text = render_outlet(nd, nodes, ctx, rng, nd.kind, dated)
        entry = entry_for(nd, nodes, second if plan["second_present"] else None)
        if nd.lost:
            nd.entry = entry
        else:
            articles[nd.stem] = entry
            docs[nd.stem] = (text, nd.paras)
    if second is not None and plan["second_present"]:
        b_place = find_place(texts[second_idx].text)
        text = render_wire(second, ctx, rng, agency_b, b_place, second.paras,
                           decorate_headline(second.headline, rng, "wire", b_place[0], agency_b), dated,
                           person(rng, AGENCY_NAMEPOOL[agency_b]))
        articles[second.stem] = dict(parent=None, lost_parent=None, relation="original",
                                     content=content_hash(second.paras), also_from=[], depth=0)
        docs[second.stem] = (text, second.paras)
    if unrelated is not None:
        if unrelated.kind == "wire":
            u_agency = wchoice(rng, AGENCY_BY_REGION[unrelated.uplace[4]])
            text = render_wire(unrelated, ctx, rng, u_agency, unrelated.uplace, unrelated.paras,
                               unrelated.headline, dated, person(rng, AGENCY_NAMEPOOL[u_agency]))
        else:
            text = render_outlet(unrelated, nodes, ctx, rng, unrelated.kind, dated, unrelated=True,
                                 agency_for_credit=rng.choice(["AP", "Reuters", "AFP", agency]))
        articles[unrelated.stem] = dict(parent=None, lost_parent=None, relation="unrelated",
                                        content=content_hash(unrelated.paras), also_from=[], depth=0)
        docs[unrelated.stem] = (text, unrelated.paras)
    lost = {n.lost_name: n.entry for n in lost_nodes}
    truth = {"kind": "news", "base_text": base.id, "articles": dict(sorted(articles.items())), "lost": lost}
    # self-check: every body paragraph is written out verbatim
    for stem, (text, paras) in docs.items():
        for p in paras:
            assert para_text(p) in text, (ci, stem, para_text(p)[:80])
    stats = dict(spin_rates=spin_rates, agency=agency, agency_b=agency_b, place=place[0])
    name = f"{ci:03d}_{slug(wire.headline)}"
    return name, {s: t for s, (t, _p) in docs.items()}, truth, stats


def entry_for(nd, nodes, second_present):
    if nd.key == 0:
        return dict(parent=None, lost_parent=None, relation="original", content=content_hash(nd.paras),
                    also_from=[], depth=0)
    par = nodes[nd.parent]
    also = [s.stem for s in nd.also_from if second_present is not None and s is second_present]
    return dict(parent=None if par.lost else par.stem, lost_parent=par.lost_name if par.lost else None,
                relation=nd.op, content=content_hash(nd.paras), also_from=also, depth=nd.depth)


def slug(h):
    h = re.sub(r"^UPDATE \d-", "", h)
    return "-".join(re.findall(r"[a-z0-9]+", h.lower())[:5]) or "story"


# --- the whole set ---------------------------------------------------------------------------

SIZE_WEIGHTS = [(3, 8), (4, 11), (5, 13), (6, 14), (7, 13), (8, 12), (9, 10), (10, 10), (11, 9)]


def make_plans(n, srng):
    lost_rate = srng.uniform(0.25, 0.45)
    inter_rate = srng.uniform(0.12, 0.2)
    idx = list(range(n))
    srng.shuffle(idx)
    n_lost_o = round(lost_rate * n)
    n_lost_i = round(inter_rate * n)
    lost = {}
    for i in idx[:n_lost_o]:
        lost[i] = "original"
    for i in idx[n_lost_o:n_lost_o + n_lost_i]:
        lost[i] = "intermediate"
    srng.shuffle(idx)
    unrelated = set(idx[: round(n * srng.uniform(0.3, 0.37))])
    srng.shuffle(idx)
    merge = set(idx[: round(n * srng.uniform(0.25, 0.35))])
    srng.shuffle(idx)
    dated = set(idx[: round(n * srng.uniform(0.45, 0.55))])
    plans = []
    for i in range(n):
        size = wchoice(srng, SIZE_WEIGHTS)
        p = dict(size=size, lost=lost.get(i), unrelated=i in unrelated, merge=i in merge, dated=i in dated)
        p["second_present"] = p["merge"] and srng.random() < 0.5
        # present derived nodes
        while True:
            k = size - p["unrelated"] - p["second_present"] - (0 if p["lost"] == "original" else 1)
            if k >= 1:
                break
            if p["second_present"]:
                p["second_present"] = False
            elif p["unrelated"]:
                p["unrelated"] = False
            else:
                size += 1
        p["size"] = size
        p["m"] = k + (1 if p["lost"] == "intermediate" else 0)
        plans.append(p)
    return plans, lost_rate


def generate(out_dir: Path, n: int, seed: int):
    texts = corpus.load_texts()
    learn_common([t.text for t in texts])
    tindex = corpus.TopicIndex(texts)
    srng = random.Random(f"gen3/{seed}")
    eligible = [i for i, t in enumerate(texts)
                if len(corpus.split_sentences(t.text)) >= 5 and len(t.text.split()) >= 100]
    srng.shuffle(eligible)
    plans, lost_rate = make_plans(n, srng)
    if out_dir.exists():
        for child in out_dir.iterdir():
            if child.is_dir() and (child / "truth.json").exists():
                shutil.rmtree(child)
    out_dir.mkdir(parents=True, exist_ok=True)
    totals = Counter()
    rel = Counter()
    depths = Counter()
    spin_rates = []
    for ci in range(n):
        rng = random.Random(f"gen3/{seed}/{ci}")
        base_idx = eligible[ci % len(eligible)]
        name, docs, truth, stats = build_collection(ci, base_idx, plans[ci], texts, tindex, rng, None)
        folder = out_dir / name
        folder.mkdir()
        for stem, text in docs.items():
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        totals["collections"] += 1
        totals["articles"] += len(docs)
        for a in truth["articles"].values():
            rel[a["relation"]] += 1
            depths[a["depth"]] += 1
        for lname, a in truth["lost"].items():
            totals["lost_original" if a["relation"] == "original" else "lost_intermediate"] += 1
            depths[a["depth"]] += 0
        totals["with_also_from"] += sum(1 for a in truth["articles"].values() if a["also_from"])
        totals["dated_collections"] += plans[ci]["dated"]
        spin_rates += stats["spin_rates"]
    print(f"wrote {out_dir}: lost-original rate {lost_rate:.2f}")
    print(dict(totals))
    print("relations:", dict(rel))
    print("depths (present):", dict(sorted(depths.items())))
    if spin_rates:
        print(f"spin rate achieved: mean {sum(spin_rates) / len(spin_rates):.2f}, "
              f"min {min(spin_rates):.2f}, max {max(spin_rates):.2f}")


# --- validation ------------------------------------------------------------------------------

def check(out_dir: Path) -> int:
    errors = []
    n_coll = n_art = 0
    counts = Counter()
    max_depth = Counter()
    for folder in sorted(p for p in out_dir.iterdir() if p.is_dir()):
        tj = folder / "truth.json"
        if not tj.exists():
            errors.append(f"{folder.name}: no truth.json")
            continue
        n_coll += 1
        try:
            truth = json.loads(tj.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            errors.append(f"{folder.name}: bad json {e}")
            continue
        err = lambda m: errors.append(f"{folder.name}: {m}")  # noqa: E731
        if set(truth) != {"kind", "base_text", "articles", "lost"} or truth.get("kind") != "news":
            err(f"top-level keys {sorted(truth)}")
        arts, lost = truth.get("articles", {}), truth.get("lost", {})
        stems = {p.stem for p in folder.glob("*.txt")}
        n_art += len(stems)
        if stems != set(arts):
            err(f"files {sorted(stems ^ set(arts))} do not match truth")
        if not 3 <= len(stems) <= 11:
            err(f"{len(stems)} files")
        for s in stems:
            if not re.fullmatch(r"\d{3}_[0-9a-f]{16}", s):
                err(f"bad file name {s}")
        fields = {"parent", "lost_parent", "relation", "content", "also_from", "depth"}
        allnodes = {**arts, **lost}
        if set(arts) & set(lost):
            err("name used both as article and lost node")
        for name, a in allnodes.items():
            if set(a) != fields:
                err(f"{name}: fields {sorted(a)}")
                continue
            if a["relation"] not in RELATIONS:
                err(f"{name}: relation {a['relation']}")
            if not re.fullmatch(r"[0-9a-f]{16}", a["content"]):
                err(f"{name}: content {a['content']}")
            if a["parent"] is not None and a["parent"] not in arts:
                err(f"{name}: parent {a['parent']} not present")
            if a["lost_parent"] is not None and a["lost_parent"] not in lost:
                err(f"{name}: lost_parent {a['lost_parent']} unknown")
            root = a["relation"] in ("original", "unrelated")
            nset = (a["parent"] is not None) + (a["lost_parent"] is not None)
            if root and nset:
                err(f"{name}: root with a parent")
            if not root and nset != 1:
                err(f"{name}: derived with {nset} parents")
            if root and a["depth"] != 0:
                err(f"{name}: root depth {a['depth']}")
            par = a["parent"] or a["lost_parent"]
            if par is not None and par in allnodes and allnodes[par]["depth"] + 1 != a["depth"]:
                err(f"{name}: depth {a['depth']} vs parent {allnodes[par]['depth']}")
            for f in a["also_from"]:
                if f not in arts or arts[f]["relation"] != "original":
                    err(f"{name}: also_from {f} is not a present original")
            if a["also_from"] and a["relation"] != "merge":
                err(f"{name}: also_from on a {a['relation']}")
            counts[a["relation"] + (" (lost)" if name in lost else "")] += 1
            if name in arts:
                max_depth[a["depth"]] += 1
        # cycles
        for name in allnodes:
            seen, cur = set(), name
            while cur is not None:
                if cur in seen:
                    err(f"cycle through {name}")
                    break
                seen.add(cur)
                a = allnodes.get(cur)
                cur = (a["parent"] or a["lost_parent"]) if a else None
        # every lost node has a present descendant
        for ln, a in lost.items():
            if a["relation"] == "unrelated":
                err(f"{ln}: lost unrelated")
            found = False
            frontier = [ln]
            while frontier and not found:
                x = frontier.pop()
                for nm, b in allnodes.items():
                    if b["parent"] == x or b["lost_parent"] == x:
                        if nm in arts:
                            found = True
                            break
                        frontier.append(nm)
            if not found:
                err(f"{ln}: no present descendant")
        # one main-tree original
        mains = [nm for nm, a in allnodes.items() if a["relation"] == "original" and not any(
            nm in b["also_from"] for b in allnodes.values())]
        if len(mains) != 1:
            err(f"{len(mains)} main originals")
    for e in errors[:50]:
        print("ERROR", e)
    print(f"{out_dir}: {n_coll} collections, {n_art} articles, {len(errors)} errors")
    print("nodes by relation:", dict(sorted(counts.items())))
    print("present articles by depth:", dict(sorted(max_depth.items())))
    return 1 if errors else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", nargs="?")
    ap.add_argument("--n", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", metavar="DIR")
    args = ap.parse_args(argv)
    if args.check:
        return check(Path(args.check))
    if not args.out_dir:
        ap.error("OUT_DIR required")
    generate(Path(args.out_dir), args.n, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
