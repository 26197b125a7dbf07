"""End to end in a real terminal: the installed ``tui-reader`` under tmux."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")


def installed_command() -> str:
    """``tui-reader`` from the current virtual environment, else from PATH."""
    here = os.path.join(os.path.dirname(sys.executable), "tui-reader")
    found = here if os.path.exists(here) else shutil.which("tui-reader")
    if not found:
        pytest.fail("tui-reader is not installed in this environment")
    return found


class Tmux:
    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"tui-reader-test-{uuid.uuid4().hex[:8]}"
        self.env = env

    def run(self, *args: str) -> str:
        out = subprocess.run([TMUX, "-L", self.socket, *args], capture_output=True, text=True, env=self.env, timeout=20)
        return out.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e")

    def wait_for(self, predicate, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if predicate(text):
                return text
            time.sleep(0.1)
        raise AssertionError(f"timed out; the screen was:\n{text}")

    def kill(self) -> None:
        subprocess.run([TMUX, "-L", self.socket, "kill-server"], capture_output=True, env=self.env, timeout=20)


@pytest.fixture
def tmux(tmp_path):
    env = dict(os.environ)
    env.update(
        TUI_READER_DATA_DIR=str(tmp_path / "data"),
        TUI_READER_CONFIG_DIR=str(tmp_path / "config"),
        TUI_READER_CACHE_DIR=str(tmp_path / "cache"),
        NO_COLOR="1",  # the diff then carries visible markers
        TERM="xterm-256color",
    )
    env.pop("TMUX", None)
    session = Tmux(env)
    yield session
    session.kill()


def test_open_seeds_diff_and_quit(tmux):
    headlines = [a.title for a in load_paths([str(seeds_dir())]).articles if a.title]
    command = f"{shlex.quote(installed_command())}; echo TUI-READER-EXITED-$?; sleep 30"
    tmux.run("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    tmux.wait_for(lambda s: any(h[:30] in s for h in headlines))
    tmux.wait_for(lambda s: "analysing" not in s)

    def diff_shown(screen: str) -> bool:
        return ("inserted" in screen and "deleted" in screen) or "{+" in screen or "[-" in screen

    tmux.run("send-keys", "-t", "e2e", "3")  # the reader pane
    tmux.run("send-keys", "-t", "e2e", "d")
    screen = tmux.wait_for(lambda s: diff_shown(s) or "No parent" in s or "no parent" in s)
    if not diff_shown(screen):  # the first article has no parent: compare it with another
        tmux.run("send-keys", "-t", "e2e", "c")
        tmux.wait_for(lambda s: "Compare" in s)
        tmux.run("send-keys", "-t", "e2e", "Enter")
        screen = tmux.wait_for(diff_shown)
    assert "{+" in screen or "[-" in screen or "⇄" in screen or "→" in screen
    tmux.run("send-keys", "-t", "e2e", "q")
    tmux.wait_for(lambda s: "TUI-READER-EXITED-0" in s, timeout=15)
