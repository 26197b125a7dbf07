"""PLACEHOLDER app: lists the articles. To be replaced by the full reader."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable, Footer, Header

from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir


class ReaderApp(App):
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, paths: list[str] | None = None, use_cache: bool = True) -> None:
        super().__init__()
        self.paths = paths or [str(seeds_dir())]
        self.use_cache = use_cache

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("id", "headline", "words")
        for a in load_paths(self.paths).articles:
            table.add_row(a.id, a.label, str(a.words))
