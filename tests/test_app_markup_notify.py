"""Notifications quote user input (paths, errors): brackets in them must stay literal."""

from tui_reader.app.main import ReaderApp


def empty_app(tmp_path, monkeypatch) -> ReaderApp:
    """The reader on a missing path, with its settings and cache in ``tmp_path``."""
    monkeypatch.setenv("TUI_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TUI_READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(tmp_path / "cache"))
    return ReaderApp(paths=[str(tmp_path / "missing")])


async def test_notification_text_is_not_markup(tmp_path, monkeypatch):
    app = empty_app(tmp_path, monkeypatch)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.tell("No such file or folder: [bold]x[/bold] [link=http://e]y[/link]")
        await pilot.pause()
        notes = list(app._notifications)
        assert notes, "a notification was posted"
        assert not notes[-1].markup
        assert "[bold]x[/bold]" in notes[-1].message


async def test_textual_s_own_notifications_keep_their_markup(tmp_path, monkeypatch):
    # ctrl+c tells how to quit, in Textual's words and markup: "Press [b]ctrl+q[/b] ...".
    app = empty_app(tmp_path, monkeypatch)
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        quit_hints = [n for n in app._notifications if "to quit" in n.message]
        assert quit_hints and all(n.markup for n in quit_hints)
