"""The three panes: article table, lineage tree and reader, each with vim keys."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static, Tree

VIM_LIST_BINDINGS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


class ArticleTable(DataTable):
    """The collection as a table; row keys are article ids."""

    BINDINGS = VIM_LIST_BINDINGS + [
        Binding("g", "go_top", "Top", show=False),
        Binding("G", "go_bottom", "Bottom", show=False),
        Binding("home", "go_top", "Top", show=False),
        Binding("end", "go_bottom", "Bottom", show=False),
    ]

    def action_go_top(self) -> None:
        if self.row_count:
            self.move_cursor(row=0)

    def action_go_bottom(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)

    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        try:
            key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        except Exception:
            return None
        return key.value


class LineageTree(Tree[str]):
    """The derivation forest; node data is the article or lost-source id."""

    BINDINGS = VIM_LIST_BINDINGS + [
        Binding("g", "go_top", "Top", show=False),
        Binding("G", "go_bottom", "Bottom", show=False),
        Binding("home", "go_top", "Top", show=False),
        Binding("end", "go_bottom", "Bottom", show=False),
    ]

    def action_go_top(self) -> None:
        self.cursor_line = 0
        self.scroll_to_line(0, animate=False)

    def action_go_bottom(self) -> None:
        if self.last_line >= 0:
            self.cursor_line = self.last_line
            self.scroll_to_line(self.last_line, animate=False)

    def select_id(self, node_id: str) -> bool:
        """Move the cursor to the node holding ``node_id`` (no event is sent for it)."""
        for line in range(self.last_line + 1):
            node = self.get_node_at_line(line)
            if node is not None and node.data == node_id:
                if self.cursor_line != line:
                    self.cursor_line = line
                self.scroll_to_line(line, animate=False)
                return True
        return False


class ReaderView(VerticalScroll, can_focus=True):
    """A scrolling view of one ``Text`` (article or diff)."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    def compose(self):
        yield Static(Text(""), id="reader-text", markup=False)

    def show(self, text: Text) -> None:
        self.query_one("#reader-text", Static).update(text)

    def line_of(self, text: Text, offset: int) -> int:
        """The wrapped line on which character ``offset`` of ``text`` sits at the current width."""
        width = max(10, self.scrollable_content_region.width)
        prefix = text[:offset]
        lines = prefix.wrap(self.app.console, width)
        return max(0, len(lines) - 1)
