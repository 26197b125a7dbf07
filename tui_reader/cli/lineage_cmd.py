"""Infer who copied or rewrote whom and print the derivation forest (text tree, JSON or Graphviz)."""

from __future__ import annotations

import argparse

from tui_reader.cli import common


def configure(parser: argparse.ArgumentParser) -> None:
    common.add_paths_argument(parser)
    parser.add_argument("--format", choices=("text", "json", "dot"), default="text")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the lineage cache")


def _by_id(collection) -> list:
    """The articles in id order: the same output whatever the order the paths were given in."""
    return sorted(collection.articles, key=lambda a: a.id)


def lineage_record(collection, lineage) -> dict:
    """The JSON document: articles, hidden nodes and edges."""
    return {
        "articles": [common.article_record(a) for a in _by_id(collection)],
        "hidden": [{"id": h.id, "label": h.label, "evidence": h.evidence} for h in lineage.hidden],
        "edges": [
            {
                "parent": e.parent,
                "child": e.child,
                "confidence": e.confidence,
                "relation": e.relation,
                "also_from": list(e.also_from),
                "evidence": e.evidence,
            }
            for e in lineage.edges
        ],
    }


def _node_label(collection, lineage, node_id: str) -> str:
    hidden = lineage.hidden_node(node_id)
    if hidden is not None:
        return f"[{hidden.label}]"
    article = collection.get(node_id)
    if article is None:
        return node_id
    outlet = f" ({article.outlet})" if article.outlet else ""
    return f"{node_id}{outlet}: {article.label}"


def render_text(collection, lineage) -> str:
    """An indented tree, one node a line, with the relation and confidence of each edge (and for
    an uncertain one, its best alternative source)."""
    lines: list[str] = []
    seen: set[str] = set()

    def walk(node_id: str, lead: str, rest: str, edge) -> None:
        if node_id in seen:
            return
        seen.add(node_id)
        label = _node_label(collection, lineage, node_id)
        if edge is None:
            lines.append(label)
        else:
            also = f" +{','.join(edge.also_from)}" if edge.also_from else ""
            other = edge.alternative() if edge.uncertain else None
            alternative = f"  (or: {other[0]})" if other else ""
            lines.append(f"{lead}{edge.relation} {edge.confidence:.2f}{also}  {label}{alternative}")
        children = [c for c in lineage.children(node_id) if c.child not in seen]
        for n, child in enumerate(children):
            last = n == len(children) - 1
            walk(child.child, rest + ("└─ " if last else "├─ "), rest + ("   " if last else "│  "), child)

    for root in lineage.roots():
        walk(root, "", "", None)
    return "\n".join(lines)


def _dot_quote(text: str) -> str:
    """A DOT string: backslashes and quotes escaped, line breaks as DOT's ``\\n``, every other
    character as it is (Graphviz reads UTF-8; an escape such as ``\\u00e9`` shows literally)."""
    lines = (line.replace("\\", "\\\\").replace('"', '\\"') for line in text.splitlines())
    return '"' + "\\n".join(lines) + '"'


def render_dot(collection, lineage) -> str:
    """Graphviz source: hidden nodes dashed, merge sources as dotted edges; an uncertain edge
    dashed, with its best alternative (where that is a node) as a grey dotted edge."""
    out = ["digraph lineage {", "  rankdir=TB;", "  node [shape=box, fontsize=10];"]
    for h in lineage.hidden:
        out.append(f"  {_dot_quote(h.id)} [label={_dot_quote(h.label)}, style=dashed];")
    for a in _by_id(collection):
        label = f"{a.id}\n{a.label[:60]}"
        out.append(f"  {_dot_quote(a.id)} [label={_dot_quote(label)}];")
    nodes = {a.id for a in collection.articles} | {h.id for h in lineage.hidden}
    for e in lineage.edges:
        dashed = ", style=dashed" if e.uncertain else ""
        out.append(
            f"  {_dot_quote(e.parent)} -> {_dot_quote(e.child)} "
            f"[label={_dot_quote(f'{e.relation} {e.confidence:.2f}')}{dashed}];"
        )
        other = e.alternative() if e.uncertain else None
        if other and other[0] in nodes:
            out.append(f"  {_dot_quote(other[0])} -> {_dot_quote(e.child)} [style=dotted, color=gray, label=\"or\"];")
        for src in e.also_from:
            out.append(f"  {_dot_quote(src)} -> {_dot_quote(e.child)} [style=dotted, label=\"merge\"];")
    out.append("}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    collection = common.load_or_exit(args.paths, use_cache=not args.no_cache)
    from tui_reader.core.analysis import analyse

    try:
        analysis = analyse(collection, use_cache=not getattr(args, "no_cache", False))
    except TypeError:
        analysis = analyse(collection)
    lineage = analysis.lineage
    if args.format == "json":
        common.print_json(lineage_record(collection, lineage))
    elif args.format == "dot":
        print(common.terminal_safe(render_dot(collection, lineage)))
    else:
        print(common.terminal_safe(render_text(collection, lineage)))
    return common.EXIT_OK
