import json

import pytest

from mixed_stories import make_mixed, to_article, write_plain
from tui_reader.cli import main
from tui_reader.cli.stories_cmd import ProgressBar


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def mixed_dir(tmp_path):
    articles, truth = make_mixed(seed=17, stories=3, copies=3)
    write_plain(tmp_path / "dump", articles)
    return tmp_path / "dump", truth


def run(capsys, *argv):
    code = main(["stories", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_each_story_with_its_articles(capsys, mixed_dir):
    folder, truth = mixed_dir
    code, out, _ = run(capsys, str(folder), "--format", "json")
    assert code == 0
    data = json.loads(out)
    stories = data["stories"]
    assert len(stories) == 3
    for story in stories:
        assert set(story) >= {"id", "title", "articles"}
        ids = [a["id"] for a in story["articles"]]
        assert len({truth[i] for i in ids}) == 1
        assert all({"id", "title", "date", "path"} <= set(a) for a in story["articles"])
    assert sorted(a["id"] for s in stories for a in s["articles"]) == sorted(truth)


def test_article_ids_match_the_lineage_command(capsys, mixed_dir):
    folder, _ = mixed_dir
    _, out, _ = run(capsys, str(folder), "--format", "json")
    story_ids = {a["id"] for s in json.loads(out)["stories"] for a in s["articles"]}
    assert main(["list", str(folder), "--format", "json"]) == 0
    listed = {a["id"] for a in json.loads(capsys.readouterr().out)["articles"]}
    assert story_ids == listed


def test_text_output_and_no_cache(capsys, mixed_dir, tmp_path):
    folder, _ = mixed_dir
    code, out, err = run(capsys, str(folder), "--no-cache")
    assert code == 0
    heads = [line for line in out.splitlines() if line.startswith("story-")]
    assert len(heads) == 3 and "4 articles" in heads[0]
    assert not (tmp_path / "cache").exists()
    assert err == ""  # stderr is not a terminal here: no progress bar


def test_seeds_default_and_missing_paths(capsys, tmp_path):
    code, out, _ = run(capsys, "--format", "json")
    assert code == 0 and sum(len(s["articles"]) for s in json.loads(out)["stories"]) == 5
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, str(tmp_path / "nowhere"))
    assert exit_info.value.code == 2 and "no articles" in capsys.readouterr().err


def test_control_characters_never_reach_the_terminal(capsys, tmp_path):
    evil = to_article("evil", ["Plain text \x1b[31mred\x1b]0;title\x07 and more words here for the body."],
                      title="Head\x1b[2Jline")
    write_plain(tmp_path / "evil", [evil])
    code, out, _ = run(capsys, str(tmp_path / "evil"))
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    _, out, _ = run(capsys, str(tmp_path / "evil"), "--format", "json")
    assert "\x1b" not in out


class FakeTerminal:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_progress_bar_draws_and_clears():
    term = FakeTerminal()
    bar = ProgressBar(term, width=10)
    bar(0, 4, "reading")
    bar(4, 4, "inferring \x1b[31mlineage")
    assert "[##########] 100%" in term.text and "\x1b" not in term.text
    bar.close()
    assert term.text.endswith("\r")


def test_stories_are_the_same_whatever_the_order_of_the_paths(capsys):
    from tui_reader.core.seeds import seeds_dir

    files = sorted(str(p) for p in seeds_dir().iterdir() if p.suffix == ".txt")
    seen = set()
    for order in (files, files[::-1]):
        assert main(["stories", "--no-cache", "--format", "json", *order]) == 0
        seen.add(capsys.readouterr().out)
    assert len(seen) == 1
