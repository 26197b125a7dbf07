"""Lineage inference: who copied or rewrote whom.

PLACEHOLDER implementation (whole-text similarity, date order): to be replaced by the real engine.
The dataclasses below are the public interface used by the app and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tui_reader.core.model import Collection

RELATIONS = ("copy", "edit", "excerpt", "spin", "rewrite", "merge")


@dataclass(frozen=True)
class HiddenNode:
    """A source inferred to exist but absent from the collection (e.g. the wire original)."""

    id: str
    label: str
    evidence: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Edge:
    """``parent -> child``: the child was most likely copied or rewritten from the parent."""

    parent: str
    child: str
    confidence: float
    relation: str
    also_from: tuple[str, ...] = ()
    evidence: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Lineage:
    """A derivation forest over a collection's articles and hidden nodes."""

    article_ids: tuple[str, ...]
    hidden: tuple[HiddenNode, ...] = ()
    edges: tuple[Edge, ...] = ()

    def parent_edge(self, node_id: str) -> Edge | None:
        for edge in self.edges:
            if edge.child == node_id:
                return edge
        return None

    def children(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.parent == node_id]

    def roots(self) -> list[str]:
        """Nodes that are no edge's child: hidden nodes first, then articles, in input order."""
        children = {e.child for e in self.edges}
        hidden = [h.id for h in self.hidden]
        return [n for n in hidden + list(self.article_ids) if n not in children]

    def hidden_node(self, node_id: str) -> HiddenNode | None:
        for node in self.hidden:
            if node.id == node_id:
                return node
        return None


def infer_lineage(collection: Collection) -> Lineage:
    """Placeholder: attach each article to its most similar earlier article above a threshold."""
    arts = sorted(collection.articles, key=lambda a: (a.date or "", a.id))
    edges = []
    for i, child in enumerate(arts):
        best, best_score = None, 0.0
        for parent in arts[:i]:
            score = fuzz.ratio(parent.body, child.body) / 100
            if score > best_score:
                best, best_score = parent, score
        if best is not None and best_score > 0.5:
            edges.append(Edge(best.id, child.id, round(best_score, 2), "copy", evidence={"ratio": best_score}))
    return Lineage(tuple(a.id for a in collection.articles), (), tuple(edges))
