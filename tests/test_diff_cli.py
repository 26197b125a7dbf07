import json
import os
import re
import subprocess
import sys

import pytest

from tui_reader.cli import diff_cmd, main
from tui_reader.core.diff import diff_articles
from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir

INSERTED = re.compile(r"\{\+(.*?)\+\}", re.S)
DELETED = re.compile(r"\[-(.*?)-\]", re.S)
OUR_SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def seeds():
    return load_paths([str(seeds_dir())])


def run(capsys, *argv):
    status = main(["diff", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def read_back(plain: str) -> tuple[str, str]:
    old = DELETED.sub(lambda m: m.group(1), INSERTED.sub("", plain))
    new = INSERTED.sub(lambda m: m.group(1), DELETED.sub("", plain))
    return old, new


def test_plain_is_the_default_off_a_terminal_and_reads_back(capsys, seeds):
    status, out, _ = run(capsys, "002", "003")
    assert status == 1
    assert "[-" in out and "{+" in out and "\x1b" not in out
    old, new = read_back(out.removesuffix("\n"))  # the command ends its output with a newline
    assert old == seeds.get("002_2504d1b6464c878b").body
    assert new == seeds.get("003_3ad928e6668b5a81").body


def test_plain_writes_a_move_as_deletion_and_insertion(capsys, tmp_path):
    paras = [f"Paragraph {k} is long enough to be a sentence of its own here." for k in range(5)]
    (tmp_path / "old.txt").write_text("\n\n".join(paras), encoding="utf-8")
    (tmp_path / "new.txt").write_text("\n\n".join(paras[1:] + paras[:1]), encoding="utf-8")
    status, out, _ = run(capsys, str(tmp_path / "old.txt"), str(tmp_path / "new.txt"), "--format", "plain")
    assert status == 1
    assert "[-Paragraph 0" in out and "{+" in out
    old, new = read_back(out.removesuffix("\n"))
    assert old == "\n\n".join(paras)
    assert new == "\n\n".join(paras[1:] + paras[:1])


def test_json_lists_ops_with_offsets_and_counts(capsys, seeds):
    status, out, _ = run(capsys, "000", "001", "--format", "json")
    assert status == 1
    record = json.loads(out)
    old, new = seeds.get("000_27134ad5ec1f1591"), seeds.get("001_8d665c38630e435f")
    diff = diff_articles(old, new)
    assert record["counts"] == diff.counts.as_dict()
    assert record["old"]["id"] == old.id and record["new"]["id"] == new.id
    assert len(record["ops"]) == len(diff.ops)
    for op in record["ops"]:
        assert old.body[op["old"][0] : op["old"][1]] == op["old_text"]
        assert new.body[op["new"][0] : op["new"][1]] == op["new_text"]
    assert any(op.get("substitution") for op in record["ops"])


def test_stat_and_exit_status(capsys):
    status, out, _ = run(capsys, "000", "001", "--stat")
    assert status == 1
    c = diff_articles(*[load_paths([str(seeds_dir())]).get(i) for i in ("000_27134ad5ec1f1591", "001_8d665c38630e435f")]).counts
    assert f"{c.substituted} substituted" in out and f"{c.inserted} inserted" in out
    assert out.count("\n") == 1
    status, out, _ = run(capsys, "000", "000_27134ad5ec1f1591", "--stat", "--format", "json")
    assert status == 0
    assert json.loads(out)["counts"]["changed"] == 0
    assert "ops" not in json.loads(out)


def test_errors_exit_2(capsys, tmp_path):
    status, out, err = run(capsys, "000", "no-such-article")
    assert status == 2 and "no-such-article" in err and out == ""
    status, _, err = run(capsys, "0", "001")  # ambiguous prefix
    assert status == 2 and "several" in err
    status, _, err = run(capsys, "000", "001", "--in", str(tmp_path / "missing"))
    assert status == 2


def test_ids_are_looked_up_in_the_given_collection(capsys, tmp_path):
    (tmp_path / "first.txt").write_text("One text about a meeting in Warsaw on Monday.", encoding="utf-8")
    (tmp_path / "second.txt").write_text("One text about a meeting in Minsk on Monday.", encoding="utf-8")
    status, out, _ = run(capsys, "first", "second", "--in", str(tmp_path), "--format", "plain")
    assert status == 1
    assert out == "One text about a meeting in [-Warsaw-]{+Minsk+} on Monday.\n"


def test_ansi_colours_and_markers(capsys):
    status, out, _ = run(capsys, "002", "003", "--format", "ansi", "--color", "always")
    assert status == 1
    assert diff_cmd.STYLES["delete"] in out and diff_cmd.STYLES["insert"] in out
    status, out, _ = run(capsys, "002", "003", "--format", "ansi", "--color", "never")
    assert "\x1b" not in out and "[-" in out and "{+" in out


def test_substitutions_and_moves_are_distinct_without_colour(capsys, tmp_path):
    paras = [f"Paragraph {k} is long enough to be a sentence of its own here." for k in range(5)]
    new = paras[1:] + paras[:1]
    new[1] = new[1].replace("long", "lengthy")
    (tmp_path / "a.txt").write_text("\n\n".join(paras), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n".join(new), encoding="utf-8")
    _, out, _ = run(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "ansi", "--color", "never")
    assert "{~long~>lengthy~}" in out
    assert "[<1-Paragraph 0" in out and "here.+1>}" in out


class FakeTerminal:
    def isatty(self):
        return True


def test_colour_choice_follows_no_color(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert diff_cmd.use_colour("auto", FakeTerminal())
    assert not diff_cmd.use_colour("auto", object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not diff_cmd.use_colour("auto", FakeTerminal())
    assert diff_cmd.use_colour("always", FakeTerminal())
    assert not diff_cmd.use_colour("never", FakeTerminal())


def test_control_sequences_in_articles_are_stripped(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("Calm words here.\x1b]0;owned\x07 More \x1b[2Jcalm text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Calm words there.\x1b[31m More \x9b2Jcalm \u202etext.", encoding="utf-8")
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    for fmt in ("plain", "ansi"):
        _, out, _ = run(capsys, a, b, "--format", fmt, "--color", "never")
        assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\u202e" not in out
    _, out, _ = run(capsys, a, b, "--format", "ansi", "--color", "always")
    assert "\x1b" not in OUR_SGR.sub("", out)
    assert "\x9b" not in out
    _, out, _ = run(capsys, a, b, "--format", "json")
    assert "\x1b" not in out and "\x07" not in out


def test_boilerplate_only_counts_when_asked(capsys, tmp_path, seeds):
    article = seeds.get("001_8d665c38630e435f")
    blocks = [b for b in article.blocks if not b.is_body]
    assert blocks, "the seed has captions to drop"
    original = open(article.path, encoding="utf-8").read()
    trimmed = original.replace(blocks[0].text + "\n", "", 1)
    assert trimmed != original
    (tmp_path / "a.txt").write_text(original, encoding="utf-8")
    (tmp_path / "b.txt").write_text(trimmed, encoding="utf-8")
    a, b = str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    assert run(capsys, a, b, "--stat")[0] == 0
    status, out, _ = run(capsys, a, b, "--stat", "--boilerplate")
    assert status == 1 and "deleted" in out


def test_whole_process_without_textual():
    code = (
        "import sys\n"
        "from tui_reader.cli import main\n"
        "status = main(['diff', '002', '003', '--stat'])\n"
        "print('numpy' if 'numpy' in sys.modules else 'no numpy')\n"
        "print('heavy' if {'textual', 'rich'} & set(sys.modules) else 'light')\n"
        "sys.exit(status)\n"
    )
    env = dict(os.environ, NO_COLOR="1")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert "substituted" in done.stdout
    assert done.stdout.strip().endswith("light")
    # Importing numpy costs a short-lived process more than the array tokeniser saves.
    assert "\nno numpy\n" in done.stdout


def test_one_side_can_come_from_stdin(capsys, monkeypatch, tmp_path):
    import io

    (tmp_path / "a.txt").write_text("One text about a meeting in Warsaw on Monday.", encoding="utf-8")
    data = "One text about a meeting in Minsk on Monday.".encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, _ = run(capsys, str(tmp_path / "a.txt"), "-", "--format", "plain")
    assert status == 1
    assert out == "One text about a meeting in [-Warsaw-]{+Minsk+} on Monday.\n"


def test_plain_marks_whitespace_changes_inside_equal_text(capsys, tmp_path):
    old = "Words kept  here and there.\n\nSecond paragraph joined. Last one."
    new = "Words kept here and there. Second paragraph joined.\n\nLast one, longer."
    (tmp_path / "a.txt").write_text(old, encoding="utf-8")
    (tmp_path / "b.txt").write_text(new, encoding="utf-8")
    _, out, _ = run(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "plain")
    bodies = tuple(a.body for a in load_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).articles)
    assert read_back(out.removesuffix("\n")) == bodies
    assert "joined.[-\n\n-]{+ +}" in out or "there.[-\n\n-]{+ +}" in out


def test_plain_output_drops_control_characters_and_still_reads_back():
    from tui_reader.cli.common import terminal_safe
    from tui_reader.core.diff import diff_texts

    # Control characters inside whitespace (vertical tab, file separator) and as a token.
    old, new = "one\x0btwo three\x1c four", "one two\x07three four"
    out = diff_cmd.render_plain(diff_texts(old, new))
    assert not any(ch in out for ch in "\x0b\x1c\x07")
    assert "[--]" not in out and "{++}" not in out
    assert re.sub(r"\{\+.*?\+\}", "", out).replace("[-", "").replace("-]", "") == terminal_safe(old)
    assert re.sub(r"\[-.*?-\]", "", out).replace("{+", "").replace("+}", "") == terminal_safe(new)


def test_a_folder_given_as_an_article_is_named_as_a_folder(capsys, tmp_path):
    (tmp_path / "misc").mkdir()
    (tmp_path / "misc" / "a.txt").write_text("Calm words here.", encoding="utf-8")
    status, _, err = run(capsys, str(tmp_path / "misc"), "000")
    assert status == 2
    assert "is a folder" in err and "--in" in err
