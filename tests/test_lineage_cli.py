import json
import os
import sys

import pytest
from test_lineage_cases import base_story, mutate

from tui_reader.cli import main


def write(folder, name, paras, title="A headline"):
    path = folder / f"{name}.txt"
    path.write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def make_collection(tmp_path):
    b = base_story(21, 8)
    write(tmp_path, "orig", b)
    write(tmp_path, "trimmed", b[:6])
    write(tmp_path, "edited", mutate(b, 5, 3))
    write(tmp_path, "other", base_story(22, 6), title="Another story entirely")
    return tmp_path


def test_json_has_the_documented_shape(tmp_path, capsys):
    folder = make_collection(tmp_path)
    assert main(["lineage", "--no-cache", "--format", "json", str(folder)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"articles", "hidden", "edges"}
    ids = {a["id"] for a in doc["articles"]}
    assert ids == {"orig", "trimmed", "edited", "other"}
    for a in doc["articles"]:
        assert set(a) >= {"id", "path", "title", "date", "outlet", "words"}
        assert isinstance(a["words"], int)
    hidden = {h["id"] for h in doc["hidden"]}
    for e in doc["edges"]:
        assert e["parent"] in ids | hidden and e["child"] in ids
        assert 0 <= e["confidence"] <= 1
        assert e["relation"] in ("copy", "edit", "excerpt", "spin", "rewrite", "merge")
        assert isinstance(e["evidence"], dict)
    children = {e["child"]: e["parent"] for e in doc["edges"]}
    assert children.get("trimmed") == "orig"
    assert "other" not in children and "other" not in children.values()


def test_text_tree_indents_children(tmp_path, capsys):
    folder = make_collection(tmp_path)
    assert main(["lineage", "--no-cache", str(folder)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    orig_line = next(i for i, line in enumerate(lines) if line.startswith("orig"))
    trimmed_line = next(i for i, line in enumerate(lines) if "trimmed" in line)
    trimmed = lines[trimmed_line]
    # The child hangs under its parent with a tree connector, after it.
    assert trimmed.startswith(("├─ ", "└─ ")) and "copy" in trimmed
    assert trimmed_line > orig_line
    assert not lines[orig_line].startswith(("├", "└", "│", " "))


def test_dot_output_is_a_digraph(tmp_path, capsys):
    folder = make_collection(tmp_path)
    assert main(["lineage", "--no-cache", "--format", "dot", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("digraph lineage {") and out.rstrip().endswith("}")
    assert '"orig" -> "trimmed"' in out


def test_dot_labels_keep_their_letters_and_escape_only_quotes_and_backslashes():
    from tui_reader.cli.lineage_cmd import _dot_quote

    # Graphviz reads UTF-8 and would print an escape such as \u00e9 literally.
    assert _dot_quote('Café "in" Zürich \\ 🙂') == '"Café \\"in\\" Zürich \\\\ 🙂"'
    assert _dot_quote("two\nlines") == '"two\\nlines"'  # a line break in the label


def test_control_sequences_never_reach_the_terminal(tmp_path, capsys):
    b = base_story(23, 6)
    write(tmp_path, "a", b, title="Evil \x1b[31mred\x1b[0m headline")
    write(tmp_path, "b", b[:5], title="Copy \x1b]0;pwned\x07 \u202egnp.exe\u2066")
    for fmt in ("text", "json", "dot"):
        assert main(["lineage", "--no-cache", "--format", fmt, str(tmp_path)]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out
        assert "\u202e" not in out and "\u2066" not in out


def test_an_uncertain_edge_names_its_best_alternative_in_the_text_tree():
    # Only below the low-confidence mark, and only where the evidence records an alternative.
    from tui_reader.cli.lineage_cmd import render_text
    from tui_reader.core.lineage import LOW_CONFIDENCE, Edge, Lineage
    from tui_reader.core.model import Article, Block, Collection

    arts = tuple(Article(id=k, path=f"{k}.txt", title=f"Title {k}", blocks=(Block("Text."),)) for k in "abc")
    alternative = {"runner_up": {"parent": "a lost source", "probability": 0.3}}
    lineage = Lineage(("a", "b", "c"), (), (
        Edge("a", "b", LOW_CONFIDENCE - 0.2, "copy", (), alternative),
        Edge("a", "c", LOW_CONFIDENCE + 0.2, "copy", (), alternative),
    ))
    lines = render_text(Collection(arts), lineage).splitlines()
    assert next(line for line in lines if "b: Title b" in line).endswith("  (or: a lost source)")
    assert "(or:" not in next(line for line in lines if "c: Title c" in line)


def test_dot_draws_an_uncertain_edge_dashed_with_its_alternative():
    from tui_reader.cli.lineage_cmd import render_dot
    from tui_reader.core.lineage import LOW_CONFIDENCE, Edge, Lineage
    from tui_reader.core.model import Article, Block, Collection

    arts = tuple(Article(id=k, path=f"{k}.txt", title=f"Title {k}", blocks=(Block("Text."),)) for k in "abcd")
    lineage = Lineage(("a", "b", "c", "d"), (), (
        Edge("a", "b", LOW_CONFIDENCE - 0.2, "copy", (), {"runner_up": {"parent": "c", "probability": 0.3}}),
        Edge("a", "c", LOW_CONFIDENCE + 0.2, "copy", (), {"runner_up": {"parent": "d", "probability": 0.1}}),
        Edge("a", "d", LOW_CONFIDENCE - 0.2, "copy", (), {"runner_up": {"parent": "a lost source", "probability": 0.4}}),
    ))
    out = render_dot(Collection(arts), lineage)
    assert '"a" -> "b" [label="copy 0.30", style=dashed];' in out
    assert '"c" -> "b" [style=dotted, color=gray, label="or"];' in out
    assert '"a" -> "c" [label="copy 0.70"];' in out and '"d" -> "c"' not in out  # sure: no alternative
    assert "a lost source" not in out  # not a node of the graph


def test_the_output_is_the_same_whatever_the_order_of_the_paths(capsys):
    from tui_reader.core.seeds import seeds_dir

    files = sorted(str(p) for p in seeds_dir().iterdir() if p.suffix == ".txt")
    outputs = {}
    for fmt in ("json", "dot", "text"):
        for order in (files, files[::-1]):
            assert main(["lineage", "--no-cache", "--format", fmt, *order]) == 0
            outputs.setdefault(fmt, set()).add(capsys.readouterr().out)
    assert all(len(seen) == 1 for seen in outputs.values())


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
def test_a_file_name_that_is_not_utf8_is_no_crash(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "in"
    folder.mkdir()
    b = base_story(31, 6)
    write(folder, "ok", b)
    write(folder, os.fsdecode(b"caf\xe9"), b[:5])  # a Latin-1 name on a UTF-8 system
    for command in (["lineage"], ["stories"], ["stories", "--no-cache"]):
        assert main([*command, str(folder)]) == 0
        out = capsys.readouterr().out
        assert "caf" in out and "ok" in out
