"""Text builders: diff rendering, markers, literal article text, labels."""

from __future__ import annotations

from tui_reader.app.render import (
    article_body,
    article_header,
    node_label,
    relation_text,
    render_diff,
    safe,
)
from tui_reader.core.diff import DiffCounts, DiffOp, WordDiff
from tui_reader.core.lineage import LOW_CONFIDENCE, Edge, HiddenNode
from tui_reader.core.model import Article, Block


def sample_diff() -> WordDiff:
    ops = (
        DiffOp("equal", 0, 4, 0, 4, "The ", "The "),
        DiffOp("replace", 4, 9, 4, 9, "quick", "rapid", substitution=True),
        DiffOp("equal", 9, 10, 9, 10, " ", " "),
        DiffOp("delete", 10, 16, 10, 10, "brown ", ""),
        DiffOp("insert", 16, 16, 10, 14, "", "red "),
        DiffOp("move_from", 16, 20, 14, 14, "fox.", "", move_id=1),
        DiffOp("move_to", 20, 20, 14, 18, "", "fox.", move_id=1),
    )
    return WordDiff("The quick brown fox.", "The rapid red fox.", ops, DiffCounts(1, 1, 1, 1))


def test_markers_make_every_change_visible_without_colour():
    text = render_diff(sample_diff(), markers=True).text.plain
    assert "{quick→rapid}" in text
    assert "[-brown -]" in text
    assert "{+red +}" in text
    assert text.count("⇄") == 2


def test_styles_carry_the_kinds():
    rendered = render_diff(sample_diff())
    styles = {rendered.text.plain[s.start:s.end]: str(s.style) for s in rendered.text.spans}
    assert "strike" in styles["brown "] and "red" in styles["brown "]
    assert "underline" in styles["red "] and "green" in styles["red "]
    assert "yellow" in styles["rapid"]
    assert "magenta" in styles["fox."]
    assert len(rendered.changes) == 5  # swap, delete, insert, and both ends of the move


def test_current_change_is_highlighted_and_sides_split():
    rendered = render_diff(sample_diff(), current=1)
    start, end = rendered.changes[1]
    assert any("reverse" in str(s.style) and s.start <= start and s.end >= end for s in rendered.text.spans)
    assert render_diff(sample_diff(), side="old").text.plain.startswith("The quick brown")
    new = render_diff(sample_diff(), side="new").text.plain
    assert "brown" not in new and "rapid red" in new


def test_control_characters_are_shown_not_sent():
    assert safe("a\x1b[31mb\x07") == "a\\x1b[31mb\\x07"
    assert safe("tab\tand\nnewline") == "tab\tand\nnewline"
    # A right-to-left override would show "gnp.exe" as "exe.png".
    assert safe("photo \u202egnp.exe\u202c x") == "photo \\u202egnp.exe\\u202c x"


def test_boilerplate_is_dimmed_or_hidden():
    art = Article("x", "p", "T", (Block("Body text."), Block("Share this", "boilerplate", "share prompt")))
    shown = article_body(art, True)
    assert "[share prompt] Share this" in shown.plain
    assert any("dim" in str(s.style) for s in shown.spans)
    hidden = article_body(art, False).plain
    assert "Share this" not in hidden and "1 boilerplate block hidden" in hidden


def test_uncertain_edges_look_uncertain_and_lost_sources_are_labelled():
    sure = relation_text(Edge("a", "b", 0.9, "copy"))
    unsure = relation_text(Edge("a", "b", LOW_CONFIDENCE - 0.1, "spin"))
    assert sure.plain == "copy 90%" and "?" in unsure.plain
    assert any("italic" in str(s.style) or "italic" in str(unsure.style) for s in unsure.spans) or "italic" in str(unsure.style)
    assert node_label(HiddenNode("h", "AP")) == "lost source: AP"
    assert node_label(HiddenNode("h", "lost source: AFP")) == "lost source: AFP"


def test_an_uncertain_edge_names_its_best_alternative_in_the_header():
    article = Article(id="b", path="b.txt", title="Copy", blocks=(Block("Text."),))
    runner = {"runner_up": {"parent": "c", "probability": 0.31}}
    labels = {"a": "The first version", "c": "[bold]The other version[/bold]"}
    unsure = article_header(article, Edge("a", "b", LOW_CONFIDENCE - 0.1, "copy", (), runner), labels["a"], None, labels)
    assert "      or: [bold]The other version[/bold]" in unsure.plain  # literal, never markup
    sure = article_header(article, Edge("a", "b", 0.9, "copy", (), runner), labels["a"], None, labels)
    assert "or:" not in sure.plain and "The other version" not in sure.plain


def test_the_header_lists_an_article_s_copies_and_counts_the_rest():
    article = Article(id="w", path="w.txt", title="Wire", blocks=(Block("Text."),))
    labels = {f"c{k}": f"[i]Copy {k}[/i]" for k in range(6)}
    kids = [Edge("w", f"c{k}", 0.9 - k / 10, "copy" if k % 2 else "spin") for k in range(6)]
    lines = article_header(article, None, None, None, labels, children=kids).plain.splitlines()
    at = next(k for k, line in enumerate(lines) if line.startswith("  copies: "))
    assert lines[at] == "  copies: spin 90% [i]Copy 0[/i]"  # literal, never markup
    assert lines[at + 1] == "          copy 80% [i]Copy 1[/i]"
    assert lines[at + 3].endswith("Copy 3[/i]")
    assert lines[at + 4] == "          … and 2 more (see the tree)"
    assert "copies" not in article_header(article, None, None, None, labels, children=[]).plain


def test_the_evidence_names_figures_in_words_and_versions_by_headline():
    from tui_reader.app.render import evidence_text
    from tui_reader.core.lineage import Lineage

    evidence = {"closest_sibling": "b", "child_in_parent": 0.5, "carries_the_rarer_words_against": {"b": 0.8}}
    lineage = Lineage(("a", "b", "c"), (), (Edge("c", "a", 0.9, "copy", (), evidence),))
    labels = {"a": "First headline", "b": "Sibling headline", "c": "Parent headline"}
    shown = evidence_text(lineage, "a", labels).plain
    assert "closest sibling: Sibling headline (b)" in shown
    assert "child in parent: 0.500" in shown
    assert "Sibling headline (b):" in shown
    assert "_" not in shown
