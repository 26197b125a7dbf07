import argparse
import json
import os
import subprocess
import sys

import pytest

from tui_reader.cli import main
from tui_reader.cli.list_cmd import display_width, fit, format_table, parse_size
from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir


def run(capsys, *argv):
    code = main(["list", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape_on_seeds(capsys):
    code, out, err = run(capsys, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"articles", "problems"}
    assert len(data["articles"]) == 5
    keys = {"id", "path", "title", "date", "outlet", "sources", "words", "hash", "boilerplate_blocks"}
    for rec in data["articles"]:
        assert set(rec) == keys
        assert isinstance(rec["sources"], list)
        assert isinstance(rec["words"], int) and rec["words"] > 0
        assert isinstance(rec["boilerplate_blocks"], int)
    by_id = {r["id"][:3]: r for r in data["articles"]}
    assert by_id["002"]["date"] == "2022-05-23T06:01:00+05:30"
    assert by_id["002"]["sources"] == ["AP"]
    assert data["problems"] == []


def test_table_has_header_and_a_row_per_article(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    code, out, err = run(capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:6] == ["ID", "DATE", "OUTLET", "SOURCES", "WORDS", "HEADLINE"]
    assert len(lines) == 6
    assert all(display_width(line) <= 120 for line in lines)
    assert "2022-05-23T06:01:00+05:30" in out
    assert "The Washington Post" in out


@pytest.mark.parametrize("width", [40, 60, 80, 200])
def test_table_fits_the_width(width):
    lines = format_table(load_paths([str(seeds_dir())]), width)
    assert all(display_width(line) <= width for line in lines)
    # Columns line up: every row has the headline starting at the same cell.
    starts = {display_width(line[: line.index(" ", 0)]) for line in lines}
    assert len(starts) >= 1


def test_columns_align(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "150")
    _, out, _ = run(capsys)
    lines = out.splitlines()
    headline_col = lines[0].index("HEADLINE")
    words_end = lines[0].index("WORDS") + len("WORDS")
    for line in lines[1:]:
        assert line[words_end - 1].isdigit()  # words right-aligned under the header
        assert line[headline_col - 1] == " " and line[headline_col] != " "


def test_problems_on_stderr_and_exit_codes(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Body.", encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path))
    assert code == 0
    assert "bad.json" in err and "invalid JSON" in err
    code, out, err = run(capsys, str(tmp_path / "bad.json"))
    assert code == 2
    assert "no articles loaded" in err


def test_json_lists_problems_even_when_nothing_loaded(tmp_path, capsys):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "--format", "json", str(tmp_path))
    assert code == 2
    data = json.loads(out)
    assert data["articles"] == []
    assert data["problems"][0]["path"].endswith("bad.json")


def test_max_size_option(tmp_path, capsys):
    (tmp_path / "a.txt").write_bytes(b"word " * 400)
    code, _, err = run(capsys, "--max-size", "1k", str(tmp_path))
    assert code == 2 and "too large" in err
    code, _, _ = run(capsys, "--max-size", "1MB", str(tmp_path))
    assert code == 0


@pytest.mark.parametrize("text, value", [("5000000", 5_000_000), ("5MB", 5_000_000), ("500k", 500_000), ("2MiB", 2 * 1024**2)])
def test_parse_size(text, value):
    assert parse_size(text) == value


@pytest.mark.parametrize("text", ["lots", "-1", "0", "5XB"])
def test_parse_size_rejects(text):
    with pytest.raises(Exception):
        parse_size(text)


def test_control_sequences_never_reach_the_terminal(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "evil\x1b[2J.txt").write_text("Evil \x1b]0;title\x07 headline\n\nBody \x1b[31m text.", encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    code, out, err = run(capsys, "--format", "json", str(tmp_path))
    assert "\x1b" not in out


def test_markup_like_text_is_printed_verbatim(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    (tmp_path / "m.txt").write_text("[bold red]Not markup[/]\n\nBody.", encoding="utf-8")
    _, out, _ = run(capsys, str(tmp_path))
    assert "[bold red]Not markup[/]" in out


def test_fit_truncates_with_ellipsis_and_pads():
    assert fit("abcdef", 4) == "abc…"
    assert fit("ab", 4) == "ab  "
    assert display_width(fit("日本語のテキスト", 5)) == 5


def test_help_runs_without_textual():
    out = subprocess.run(
        [sys.executable, "-c", "import sys; from tui_reader.cli import main; main(['list', '--help'])"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0
    assert "--format" in out.stdout and "--max-size" in out.stdout


def test_stdin_dash(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "tui_reader", "list", "--format", "json", "-"],
        input="Piped headline\n\nPiped body.",
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["articles"][0]["title"] == "Piped headline"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_one_line_not_a_traceback():
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "tui_reader", "list"], stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert out.returncode == 2
    assert out.stderr.strip() == "tui-reader: cannot write the output (No space left on device)"


def test_a_size_limit_too_large_to_use_is_refused_as_bad_input():
    with pytest.raises(argparse.ArgumentTypeError):
        parse_size("99999999999999999999")
