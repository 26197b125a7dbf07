"""Lineage accuracy on synthetic histories built from real news text.

Generates collections with ``synth.py`` (news syndication, plagiarised answers, manuscript
traditions), runs the lineage engine on each and scores every article's predicted parent against
the truth, next to a plain baseline measured in the same run::

    python benchmarks/lineage_eval.py --n 30 --seed 1
    python benchmarks/lineage_eval.py --smoke
    python benchmarks/lineage_eval.py --family news --n 50 --json out.json
    python benchmarks/lineage_eval.py --train-split --records edges.jsonl   # fit half / check half
    python benchmarks/lineage_eval.py --engine mypkg.mod:func --show-wrong 20 --keep cases/
    python benchmarks/lineage_eval.py --from cases/              # score kept or hand-made collections
    python benchmarks/lineage_eval.py --mixed 5000               # stories + parents through analyse()

Each collection is loaded from its ``.txt`` files only (``truth.json`` beside them is not an
article). Printed: parent accuracy overall, per family and per true relation; children of lost
parents; unrelated articles wrongly attached; how often the relation is named right;
confidence calibration; time; and the same for the baseline, with the ratio.

Scoring rule. An article is right when its predicted parent is its true parent. When its true
parent is lost, it must hang under the one hidden node that most of that lost parent's children
were attached to (a lost parent with a single present child: any hidden node). An original or an
unrelated article is right when it has no parent, and an unrelated article must also be nobody's
parent. Where a child's body is identical to its parent's, either order is accepted (and a
version whose body is identical to the true parent stands in for it).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rapidfuzz import fuzz  # noqa: E402

import synth  # noqa: E402
from tui_reader.core.lineage import RELATIONS, Edge, HiddenNode, Lineage  # noqa: E402
from tui_reader.core.loader import load_paths  # noqa: E402

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0000001)
DEFAULT_ENGINE = "tui_reader.core.lineage:infer_lineage"


# --- scoring -----------------------------------------------------------------------------


@dataclass
class ArticleScore:
    collection: str
    family: str
    article: str
    relation: str
    right: bool
    predicted: str | None  # predicted parent id (article or hidden node), or None
    predicted_hidden: bool
    confidence: float | None
    predicted_relation: str | None
    true_parent: str | None  # article id or lost name
    depth: int = 0  # generations below the history's first version
    evidence: dict | None = field(default=None, repr=False)  # the engine's evidence for its edge
    error: str | None = None  # for a wrong article, the kind of mistake (see ``error_kind``)
    # The collection's first version (the original with most descendants): whether it is lost,
    # and whether the engine judged that right (see ``original_verdict``).
    original_lost: bool | None = None
    original_judged_right: bool | None = None


@dataclass
class _Accept:
    articles: set
    none: bool
    lost: set  # lost names whose hidden-node rule applies


def _truth_nodes(truth: dict) -> dict[str, dict]:
    nodes = dict(truth.get("lost", {}))
    nodes.update(truth["articles"])
    return nodes


def _parent_of(entry: dict) -> str | None:
    return entry.get("parent") or entry.get("lost_parent")


def _acceptable(aid: str, truth: dict, nodes: dict[str, dict], by_content: dict[str, list[str]],
                children: dict[str, list[str]]) -> _Accept:
    acc = _Accept(set(), False, set())
    articles = truth["articles"]

    def add_parent(p: str | None) -> None:
        if p is None:
            acc.none = True
            return
        if p in articles:
            acc.articles.add(p)
        else:
            acc.lost.add(p)
        content = nodes[p].get("content")
        if content is not None:
            acc.articles.update(x for x in by_content.get(content, ()) if x != aid)

    entry = nodes[aid]
    add_parent(_parent_of(entry))
    # Either order for identical bodies: a child with the same body may be predicted as parent...
    for c in children.get(aid, ()):
        if c in articles and entry.get("content") is not None and nodes[c].get("content") == entry.get("content"):
            acc.articles.add(c)
    # ... and a version identical to its parent may take the parent's place.
    cur, seen = aid, {aid}
    while True:
        p = _parent_of(nodes[cur])
        if p is None or p in seen or nodes[cur].get("content") is None \
                or nodes[p].get("content") != nodes[cur].get("content"):
            break
        seen.add(p)
        add_parent(_parent_of(nodes[p]))
        cur = p
    acc.articles.discard(aid)
    return acc


def error_kind(aid: str, predicted: str | None, hidden: bool, nodes: dict[str, dict]) -> str:
    """What a wrong article's mistake was, from its true place (``nodes``: every version,
    present or lost, as in the truth file) and its predicted parent: whether its true parent is
    present, lost or none, against where it went (no parent, a lost source, the true parent's
    other child, its parent, its own child, another version)."""
    entry = nodes[aid]
    if entry["relation"] == "unrelated":
        return "unrelated: attached"
    true = _parent_of(entry)
    if true is None:
        return "original: given a lost source" if hidden else "original: given a parent"
    side = "lost parent" if entry.get("lost_parent") else "present parent"
    if predicted is None:
        return f"{side}: none"
    if hidden:
        return f"{side}: another lost source" if entry.get("lost_parent") else f"{side}: a lost source"
    other = nodes.get(predicted, {})
    if _parent_of(other) == true:
        where = "a sibling"
    elif _parent_of(other) == aid:
        where = "its own child"
    elif predicted == _parent_of(nodes.get(true, {})):
        where = "its grandparent"
    else:
        where = "another version"
    return f"{side}: {where}"


def original_verdict(truth: dict, lineage: Lineage) -> tuple[bool, bool] | None:
    """Whether the history's first version (the original with most descendants) is lost, and
    whether the engine judged that right: a lost one when some of its present children hang
    under a hidden node, a present one when nothing above it is a hidden node. None for a
    history of one version."""
    nodes = _truth_nodes(truth)
    below: Counter = Counter()
    for nid in nodes:
        seen, p = set(), _parent_of(nodes[nid])
        while p is not None and p not in seen:
            seen.add(p)
            below[p] += 1
            p = _parent_of(nodes.get(p, {}))
    roots = [nid for nid, e in nodes.items() if _parent_of(e) is None and e.get("relation") != "unrelated"]
    if not roots or not below:
        return None
    first = max(sorted(roots), key=lambda r: below[r])
    hidden_ids = {h.id for h in lineage.hidden}
    parent = {e.child: e.parent for e in lineage.edges}
    if first in truth.get("lost", {}):
        kids = [a for a, e in truth["articles"].items() if _parent_of(e) == first]
        return True, any(parent.get(k) in hidden_ids for k in kids)
    seen, p = set(), parent.get(first)
    while p is not None and p not in seen and p not in hidden_ids:
        seen.add(p)
        p = parent.get(p)
    return False, p not in hidden_ids


def score_collection(truth: dict, lineage: Lineage, name: str = "") -> list[ArticleScore]:
    """Score every article of one collection under the rule in the module docstring."""
    articles = truth["articles"]
    nodes = _truth_nodes(truth)
    hidden_ids = {h.id for h in lineage.hidden}
    pred: dict[str, Edge] = {}
    for e in lineage.edges:
        pred.setdefault(e.child, e)
    parents_of_something = {e.parent for e in lineage.edges}
    by_content: dict[str, list[str]] = defaultdict(list)
    for aid, entry in articles.items():
        by_content[entry.get("content")].append(aid)
    children: dict[str, list[str]] = defaultdict(list)
    for nid, entry in nodes.items():
        p = _parent_of(entry)
        if p:
            children[p].append(nid)
    # The hidden node each lost parent's present children were mostly given.
    majority: dict[str, str | None] = {}
    lost_children: dict[str, list[str]] = defaultdict(list)
    for aid, entry in articles.items():
        if entry.get("lost_parent"):
            lost_children[entry["lost_parent"]].append(aid)
    for lost, kids in lost_children.items():
        votes = Counter(pred[k].parent for k in kids if k in pred and pred[k].parent in hidden_ids)
        if votes:
            top = max(votes.values())
            majority[lost] = min(h for h, c in votes.items() if c == top)
    verdict = original_verdict(truth, lineage)
    scores = []
    for aid, entry in articles.items():
        acc = _acceptable(aid, truth, nodes, by_content, children)
        edge = pred.get(aid)
        p = edge.parent if edge else None
        if p is None:
            right = acc.none
        elif p in hidden_ids:
            right = any(len(lost_children[lost]) == 1 or majority.get(lost) == p for lost in acc.lost)
        else:
            right = p in acc.articles
        if entry["relation"] == "unrelated" and aid in parents_of_something:
            right = False
        scores.append(ArticleScore(
            collection=name, family=truth.get("kind", ""), article=aid, relation=entry["relation"],
            right=bool(right), predicted=p, predicted_hidden=p in hidden_ids if p else False,
            confidence=edge.confidence if edge else None,
            predicted_relation=edge.relation if edge else None, true_parent=_parent_of(entry),
            depth=int(entry.get("depth", 0)), evidence=edge.evidence if edge else None,
            error=None if right else error_kind(aid, p, p in hidden_ids, nodes),
            original_lost=verdict[0] if verdict else None,
            original_judged_right=verdict[1] if verdict else None,
        ))
    return scores


def truth_lineage(truth: dict) -> Lineage:
    """The true history as a ``Lineage``: one hidden node per lost version (hidden nodes keep
    their own parents), so that scoring it gives 1.0."""
    nodes = _truth_nodes(truth)
    hidden = tuple(HiddenNode(name, name) for name in sorted(truth.get("lost", {})))
    edges = []
    for nid, entry in sorted(nodes.items()):
        p = _parent_of(entry)
        if p is not None:
            edges.append(Edge(p, nid, 1.0, entry["relation"] if entry["relation"] in RELATIONS else "copy"))
    return Lineage(tuple(sorted(truth["articles"])), hidden, tuple(edges))


# --- the baseline ------------------------------------------------------------------------


def max_arborescence(nodes: list, root, weights: dict[tuple, float]) -> dict:
    """Maximum spanning arborescence rooted at ``root`` (Chu-Liu/Edmonds): child -> parent.
    ``weights`` maps (parent, child) to a weight; every node must be reachable from ``root``."""
    best: dict = {}
    for (u, v), w in weights.items():
        if v == root or u == v:
            continue
        if v not in best or w > weights[(best[v], v)]:
            best[v] = u
    # Find a cycle among the chosen edges.
    cycle = None
    for start in nodes:
        seen, v = [], start
        while v in best and v not in seen:
            seen.append(v)
            v = best[v]
        if v in seen:
            cycle = seen[seen.index(v):]
            break
    if cycle is None:
        return best
    cyc = set(cycle)
    merged = ("cycle", len(nodes), tuple(sorted(map(str, cyc))))
    new_w: dict[tuple, float] = {}
    enter: dict = {}  # outside parent -> cycle node it enters by the best reduced edge
    leave: dict = {}  # outside child -> cycle node it leaves from
    for (u, v), w in weights.items():
        if u in cyc and v in cyc:
            continue
        if v in cyc:
            w2 = w - weights[(best[v], v)]
            if (u, merged) not in new_w or w2 > new_w[(u, merged)]:
                new_w[(u, merged)], enter[u] = w2, v
        elif u in cyc:
            if (merged, v) not in new_w or w > new_w[(merged, v)]:
                new_w[(merged, v)], leave[v] = w, u
        else:
            new_w[(u, v)] = max(w, new_w.get((u, v), float("-inf")))
    sub = max_arborescence([n for n in nodes if n not in cyc] + [merged], root, new_w)
    result = {}
    for v, u in sub.items():
        if v == merged:
            entered = enter[u]
            for c in cycle:
                result[c] = best[c]
            result[entered] = u
        elif u == merged:
            result[v] = leave[v]
        else:
            result[v] = u
    return result


def _shingles(text: str, k: int = 3) -> set:
    toks = text.lower().split()
    return {tuple(toks[i : i + k]) for i in range(max(0, len(toks) - k + 1))}


def baseline_lineage(collection, threshold: float = 0.55) -> Lineage:
    """Whole-text similarity (rapidfuzz ratio), word-shingle containment for direction, and a
    maximum spanning arborescence in which "no parent" is worth ``threshold``."""
    arts = list(collection.articles)
    ids = [a.id for a in arts]
    sh = [_shingles(a.body) for a in arts]
    root = "\x00root"
    weights: dict[tuple, float] = {(root, i): threshold for i in ids}
    sims = {}
    for i, a in enumerate(arts):
        for j, b in enumerate(arts):
            if j <= i:
                continue
            s = fuzz.ratio(a.body, b.body) / 100
            sims[(i, j)] = sims[(j, i)] = s
            if s < threshold:
                continue
            ci = len(sh[i] & sh[j]) / max(1, len(sh[i]))  # how much of a is in b
            cj = len(sh[i] & sh[j]) / max(1, len(sh[j]))
            # parent -> child: the child is the one more contained in the other.
            weights[(b.id, a.id)] = s + (0.01 if ci >= cj else -0.01)
            weights[(a.id, b.id)] = s + (0.01 if cj > ci else -0.01)
    tree = max_arborescence([root] + ids, root, weights)
    index = {x: k for k, x in enumerate(ids)}
    edges = []
    for child, parent in tree.items():
        if parent == root:
            continue
        s = sims[(index[parent], index[child])]
        edges.append(Edge(parent, child, round(s, 3), "copy", evidence={"ratio": s}))
    return Lineage(tuple(ids), (), tuple(sorted(edges, key=lambda e: e.child)))


# --- summaries ---------------------------------------------------------------------------


def _acc(scores: list[ArticleScore]) -> dict:
    n = len(scores)
    return {"n": n, "accuracy": (sum(s.right for s in scores) / n) if n else None}


def calibration(scores: list[ArticleScore]) -> list[dict]:
    rows = []
    for lo, hi in zip(BINS, BINS[1:]):
        sel = [s for s in scores if s.confidence is not None and lo <= s.confidence < hi]
        rows.append({
            "bin": f"{lo:.1f}-{min(hi, 1.0):.1f}", "n": len(sel),
            "mean_confidence": (sum(s.confidence for s in sel) / len(sel)) if sel else None,
            "fraction_right": (sum(s.right for s in sel) / len(sel)) if sel else None,
        })
    return rows


def calibration_error(scores: list[ArticleScore], mapping=None) -> float | None:
    """Expected calibration error over the five bins (edge-weighted |confidence - right|), after
    ``mapping`` (a function of the raw confidence) when given."""
    pts = [((mapping(s.confidence) if mapping else s.confidence), s.right)
           for s in scores if s.confidence is not None]
    if not pts:
        return None
    err = 0.0
    for lo, hi in zip(BINS, BINS[1:]):
        sel = [(c, r) for c, r in pts if lo <= c < hi]
        if sel:
            err += len(sel) / len(pts) * abs(sum(c for c, _ in sel) / len(sel) - sum(r for _, r in sel) / len(sel))
    return err


def fit_isotonic(scores: list[ArticleScore]) -> list[tuple[float, float]]:
    """Monotone map raw confidence -> probability right (pool adjacent violators), as a list of
    (upper bound of raw confidence, calibrated value) steps."""
    grouped: dict[float, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for s in scores:
        if s.confidence is not None:
            grouped[s.confidence][0] += float(s.right)
            grouped[s.confidence][1] += 1.0
    blocks: list[list[float]] = []  # [upper, sum, count]
    for c in sorted(grouped):
        blocks.append([c, grouped[c][0], grouped[c][1]])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            up, sm, n = blocks.pop()
            blocks[-1] = [up, blocks[-1][1] + sm, blocks[-1][2] + n]
    return [(round(up, 4), round(sm / n, 4)) for up, sm, n in blocks]


def apply_steps(steps: list[tuple[float, float]]):
    def mapping(c: float) -> float:
        for up, value in steps:
            if c <= up:
                return value
        return steps[-1][1] if steps else c
    return mapping


def relation_labels(scores: list[ArticleScore]) -> dict:
    """How often the engine names the true relation, over articles given their right parent
    (derived ones only), with the confusion counts true -> predicted."""
    sel = [s for s in scores if s.right and s.predicted is not None and s.relation not in ("original", "unrelated")]
    confusion: dict[str, Counter] = defaultdict(Counter)
    for s in sel:
        confusion[s.relation][s.predicted_relation or "-"] += 1
    return {
        "n": len(sel),
        "accuracy": (sum(s.predicted_relation == s.relation for s in sel) / len(sel)) if sel else None,
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
    }


def first_version_verdicts(scores: list[ArticleScore]) -> dict:
    """Over collections: how often a lost first version was found (a hidden node over its
    children) and a present one left without a hidden node above it."""
    seen: dict[str, tuple[bool, bool]] = {}
    for s in scores:
        if s.original_lost is not None:
            seen.setdefault(s.collection, (s.original_lost, bool(s.original_judged_right)))
    out = {}
    for key, lost in (("lost", True), ("present", False)):
        sel = [right for is_lost, right in seen.values() if is_lost == lost]
        out[key] = {"n": len(sel), "right": sum(sel)}
    return out


def summarise(scores: list[ArticleScore]) -> dict:
    fam: dict[str, list] = defaultdict(list)
    rel: dict[str, list] = defaultdict(list)
    for s in scores:
        fam[s.family].append(s)
        rel[s.relation].append(s)
    unrel = [s for s in scores if s.relation == "unrelated"]
    present = {(s.collection, s.article) for s in scores}
    lost_kids = [s for s in scores if s.true_parent and (s.collection, s.true_parent) not in present]
    return {
        "overall": _acc(scores),
        "per_family": {k: _acc(v) for k, v in sorted(fam.items())},
        "per_relation": {k: _acc(v) for k, v in sorted(rel.items())},
        "per_depth": {str(k): _acc([s for s in scores if s.depth == k])
                      for k in sorted({s.depth for s in scores})},
        "lost_parent_children": _acc(lost_kids),
        "unrelated_wrongly_attached": {
            "n": len(unrel), "rate": (sum(not s.right for s in unrel) / len(unrel)) if unrel else None,
        },
        "calibration": calibration(scores),
        "relation_labels": relation_labels(scores),
        "first_version": first_version_verdicts(scores),
        "errors": dict(Counter(s.error for s in scores if s.error).most_common()),
    }


def _fmt(x) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_report(name: str, summary: dict, seconds: float, n_articles: int, out=None) -> None:
    out = out or sys.stdout
    o = summary["overall"]
    print(f"== {name}: parent accuracy {_fmt(o['accuracy'])} over {o['n']} articles; "
          f"time {seconds:.2f} s ({1000 * seconds / max(1, n_articles):.1f} ms/article)", file=out)
    print("   per family:   " + ", ".join(f"{k} {_fmt(v['accuracy'])} (n={v['n']})"
                                       for k, v in summary["per_family"].items()), file=out)
    print("   per relation: " + ", ".join(f"{k} {_fmt(v['accuracy'])} (n={v['n']})"
                                       for k, v in summary["per_relation"].items()), file=out)
    print("   per depth:    " + ", ".join(f"{k} {_fmt(v['accuracy'])} (n={v['n']})"
                                       for k, v in summary["per_depth"].items()), file=out)
    lk = summary["lost_parent_children"]
    print(f"   children of lost parents: {_fmt(lk['accuracy'])} (n={lk['n']})", file=out)
    fv = summary.get("first_version")
    if fv and (fv["lost"]["n"] or fv["present"]["n"]):
        print(f"   first version lost: found {fv['lost']['right']} of {fv['lost']['n']} collections; present: "
              f"left without a lost source above it {fv['present']['right']} of {fv['present']['n']}", file=out)
    u = summary["unrelated_wrongly_attached"]
    print(f"   unrelated wrongly attached: {_fmt(u['rate'])} (n={u['n']})", file=out)
    rl = summary["relation_labels"]
    print(f"   relation named right (of right parents): {_fmt(rl['accuracy'])} (n={rl['n']}); "
          + ", ".join(f"{k}->" + "/".join(f"{p}:{c}" for p, c in sorted(v.items(), key=lambda x: -x[1]))
                      for k, v in rl["confusion"].items()), file=out)
    if summary.get("errors"):
        print("   wrong, by kind: " + ", ".join(f"{k} {v}" for k, v in summary["errors"].items()), file=out)
    print("   calibration (bin: n, mean confidence -> fraction right): " + "; ".join(
        f"{r['bin']}: {r['n']}, {_fmt(r['mean_confidence'])} -> {_fmt(r['fraction_right'])}"
        for r in summary["calibration"] if r["n"]), file=out)


def story_scores(truth: dict, groups: list[tuple[str, ...]] | tuple) -> dict:
    """B-cubed precision, recall and F1 of predicted story groups against ``truth``'s stories
    (each article: overlap of its predicted and true story over each one's size, averaged)."""
    true_of = {aid: e["story"] for aid, e in truth["articles"].items()}
    true_size = Counter(true_of.values())
    pred_of: dict[str, int] = {}
    for k, group in enumerate(groups):
        for aid in group:
            pred_of[aid] = k
    pred_size = Counter(pred_of.values())
    overlap = Counter((pred_of.get(a), t) for a, t in true_of.items())
    p = r = 0.0
    for aid, t in true_of.items():
        g = pred_of.get(aid)
        both = overlap[(g, t)] if g is not None else 1
        p += both / (pred_size[g] if g is not None else 1)
        r += both / true_size[t]
    n = max(1, len(true_of))
    p, r = p / n, r / n
    return {"precision": p, "recall": r, "f1": (2 * p * r / (p + r)) if p + r else 0.0,
            "true_stories": len(true_size), "predicted_stories": len(set(pred_of.values()))}


def evaluate_mixed(articles: int, seed: int, keep: Path | None = None) -> dict:
    """Generate one mixed folder, run the full analysis (story grouping and lineage) on it and
    score stories and parents."""
    from tui_reader.core.analysis import analyse

    with tempfile.TemporaryDirectory(prefix="lineage-mixed-") as tmp:
        out = keep or Path(tmp) / "mixed"
        t0 = time.perf_counter()
        truth = synth.make_mixed(out, articles, seed)
        gen_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        collection = load_paths([str(p) for p in sorted(out.glob("*.txt"))])
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        analysis = analyse(collection, use_cache=False)
        analyse_s = time.perf_counter() - t0
    scores = score_collection(truth, analysis.lineage, "mixed")
    result = {
        "articles": len(truth["articles"]), "note": truth["note"],
        "stories": story_scores(truth, [st.article_ids for st in analysis.stories]),
        "parents": summarise(scores), "seconds": {"generate": gen_s, "load": load_s, "analyse": analyse_s},
    }
    st, o = result["stories"], result["parents"]["overall"]
    print(f"== mixed {result['articles']} articles: stories B-cubed P {st['precision']:.3f} R {st['recall']:.3f} "
          f"F1 {st['f1']:.3f} ({st['predicted_stories']} predicted / {st['true_stories']} true); parent accuracy "
          f"{_fmt(o['accuracy'])}; generate {gen_s:.1f} s, load {load_s:.1f} s, analyse {analyse_s:.1f} s")
    return result


# --- running -----------------------------------------------------------------------------


def load_engine(spec: str):
    if spec == "baseline":
        return baseline_lineage
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func or "infer_lineage")


def generate(out: Path, families: list[str], n: int, seed: int) -> list[Path]:
    pool = synth.Pool(synth.corpus.load_texts())
    folders = []
    for fam in families:
        folders += synth.make_collections(out, fam, n, seed, pool)
    return folders


def evaluate(folders: list[Path], engines: dict[str, object]) -> dict[str, tuple[list[ArticleScore], float]]:
    results: dict[str, tuple[list, float]] = {name: ([], 0.0) for name in engines}
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        collection = load_paths([str(p) for p in sorted(folder.glob("*.txt"))])
        for name, engine in engines.items():
            t0 = time.perf_counter()
            lineage = engine(collection)
            dt = time.perf_counter() - t0
            scores, total = results[name]
            scores.extend(score_collection(truth, lineage, folder.name))
            results[name] = (scores, total + dt)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lineage accuracy on synthetic histories from real news text.")
    parser.add_argument("--n", type=int, default=20, help="collections per family (default 20)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--family", choices=synth.FAMILIES + ("all",), default="all")
    parser.add_argument("--smoke", action="store_true", help="tiny quick run (2 collections per family)")
    parser.add_argument("--engine", default=DEFAULT_ENGINE, help="module:function to evaluate, or 'baseline'")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--from", dest="source", type=Path, help="evaluate the collections already in "
                        "this folder (every subfolder with a truth.json) instead of generating")
    parser.add_argument("--json", type=Path, help="write machine-readable results here")
    parser.add_argument("--records", type=Path, help="write one JSON line per scored article (with the "
                        "engine's confidence and evidence) for fitting calibration")
    parser.add_argument("--train-split", action="store_true", help="score the even collections ('fit') "
                        "and the odd ones ('check') separately, so that calibration fitted on one half "
                        "can be checked on the other")
    parser.add_argument("--show-wrong", type=int, default=0, metavar="K",
                        help="list K wrongly placed articles of the engine (use with --keep to look at them)")
    parser.add_argument("--mixed", type=int, metavar="N", help="instead: one mixed folder of N articles "
                        "over many stories, scored for story grouping and parents through the full analysis")
    args = parser.parse_args(argv)
    if args.mixed:
        result = evaluate_mixed(args.mixed, args.seed, args.keep)
        if args.json:
            args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
        return 0
    n = 2 if args.smoke else args.n
    families = list(synth.FAMILIES) if args.family == "all" else [args.family]
    engines = {"engine": load_engine(args.engine)}
    if not args.no_baseline and args.engine != "baseline":
        engines["baseline"] = baseline_lineage
    with tempfile.TemporaryDirectory(prefix="lineage-eval-") as tmp:
        out = args.keep or Path(tmp)
        t0 = time.perf_counter()
        if args.source:
            folders = sorted(p.parent for p in args.source.glob("*/truth.json"))
            if args.family != "all":
                folders = [f for f in folders if json.loads((f / "truth.json").read_text())["kind"] == args.family]
            print(f"{len(folders)} collections from {args.source}; engine {args.engine}")
        else:
            folders = generate(out, families, n, args.seed)
            gen_s = time.perf_counter() - t0
            print(f"generated {len(folders)} collections ({', '.join(families)}; n={n}, seed={args.seed}) "
                  f"in {gen_s:.1f} s; engine {args.engine}")
        results = evaluate(folders, engines)
        if args.records:
            _write_records(args.records, folders, results["engine"][0])
    report: dict = {"seed": args.seed, "n_per_family": n, "families": families, "engine": args.engine}
    for name, (scores, secs) in results.items():
        summary = summarise(scores)
        summary["seconds"] = secs
        report[name] = summary
        print_report(name, summary, secs, len(scores))
        if args.train_split:
            order = {f.name: k for k, f in enumerate(folders)}
            halves = {}
            for half, parity in (("fit", 0), ("check", 1)):
                halves[half] = [s for s in scores if (order[s.collection] % 2) == parity]
                report[f"{name}_{half}"] = summarise(halves[half])
                print_report(f"{name} [{half} half]", report[f"{name}_{half}"], 0.0, len(halves[half]))
            steps = fit_isotonic(halves["fit"])
            raw, fitted = calibration_error(halves["check"]), calibration_error(halves["check"], apply_steps(steps))
            report[f"{name}_calibration_fit"] = {"steps": steps, "check_ece_raw": raw, "check_ece_fitted": fitted}
            print(f"   {name}: isotonic map fitted on the fit half (raw confidence <= x -> p): "
                  + ", ".join(f"{u:.3f}->{v:.2f}" for u, v in steps))
            print(f"   {name}: calibration error on the check half: raw {_fmt(raw)}, fitted {_fmt(fitted)}")
    if args.show_wrong:
        wrong = [s for s in results["engine"][0] if not s.right]
        print(f"-- {min(len(wrong), args.show_wrong)} of {len(wrong)} wrongly placed articles "
              "(collection/article: true relation, true parent -> predicted parent [relation, confidence])")
        for s in wrong[: args.show_wrong]:
            conf = "" if s.confidence is None else f", {s.confidence:.2f}"
            print(f"   {s.collection}/{s.article}: {s.relation}, {s.true_parent} -> {s.predicted}"
                  f"{' (hidden)' if s.predicted_hidden else ''} [{s.predicted_relation}{conf}]")
    if "baseline" in results and results["baseline"][0]:
        e = report["engine"]["overall"]["accuracy"] or 0.0
        b = report["baseline"]["overall"]["accuracy"] or 0.0
        ratio = e / b if b else None
        report["engine_over_baseline"] = ratio
        print(f"engine / baseline accuracy: {e:.3f} / {b:.3f} = {_fmt(ratio)}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


def _jsonable(value):
    try:
        json.dumps(value)
        return value
    except TypeError:
        return repr(value)


def _write_records(path: Path, folders: list[Path], scores: list[ArticleScore]) -> None:
    """One line per article: the score, the split half and the engine's edge evidence."""
    order = {f.name: k for k, f in enumerate(folders)}
    with path.open("w", encoding="utf-8") as fh:
        for s in scores:
            rec = asdict(s)
            rec["half"] = "fit" if order[s.collection] % 2 == 0 else "check"
            rec["evidence"] = {k: _jsonable(v) for k, v in (s.evidence or {}).items()}
            fh.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
