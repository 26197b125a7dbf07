"""The three panes: article table, lineage tree and reader, each with vim keys."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import DataTable, Tree
from textual.widgets.data_table import ColumnKey

VIM_LIST_BINDINGS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


#: ``g``/``G`` (and home/end) for the two list panes, which implement go_top / go_bottom.
TOP_BOTTOM_BINDINGS = [
    Binding("g", "go_top", "Top", show=False),
    Binding("G", "go_bottom", "Bottom", show=False),
    Binding("home", "go_top", "Top", show=False),
    Binding("end", "go_bottom", "Bottom", show=False),
]


class ArticleTable(DataTable):
    """The collection as a table; row keys are article ids."""

    BINDINGS = VIM_LIST_BINDINGS + TOP_BOTTOM_BINDINGS

    #: Narrowest the headline column gets, however narrow the pane.
    HEADLINE_MIN = 16
    #: ... and widest.
    HEADLINE_MAX = 60

    def on_resize(self) -> None:
        self.fit_headline()

    def fit_headline(self) -> None:
        """Give the headline what the pane leaves beside the columns before it (the columns
        after it show where there is room)."""
        headline = self.columns.get(ColumnKey("headline"))
        if headline is None or not self.size.width:
            return
        keys = list(self.columns)
        at = keys.index(ColumnKey("headline"))
        used = sum(self.columns[k].width + 2 * self.cell_padding for k in keys[:at])
        room = self.scrollable_content_region.width - used - 2 * self.cell_padding
        width = max(self.HEADLINE_MIN, min(self.HEADLINE_MAX, room))
        after = keys[at + 1 :]
        if after and 0 < room - width < self.columns[after[0]].width + 2 * self.cell_padding:
            width = room  # what is left would show a stub of the next column: the headline takes it
        if width != headline.width:
            headline.width = width
            self._require_update_dimensions = True
            self.refresh()

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

    BINDINGS = VIM_LIST_BINDINGS + TOP_BOTTOM_BINDINGS

    def action_go_top(self) -> None:
        self.cursor_line = 0
        self.scroll_to_line(0, animate=False)

    def action_go_bottom(self) -> None:
        if self.last_line >= 0:
            self.cursor_line = self.last_line
            self.scroll_to_line(self.last_line, animate=False)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.by_id: dict[str, object] = {}

    def select_id(self, node_id: str) -> bool:
        """Move the cursor to the node holding ``node_id``."""
        node = self.by_id.get(node_id)
        if node is not None and node.line >= 0:
            if self.cursor_line != node.line:
                self.cursor_line = node.line
            self.scroll_to_line(node.line, animate=False)
            return True
        for line in range(self.last_line + 1):
            node = self.get_node_at_line(line)
            if node is not None and node.data == node_id:
                if self.cursor_line != line:
                    self.cursor_line = line
                self.scroll_to_line(line, animate=False)
                return True
        return False


class ReaderView(ScrollView, can_focus=True):
    """A scrolling view of one ``Text`` (article or diff).

    The text is wrapped once per width and only the visible lines are turned into strips, so
    switching articles costs the same whatever their length.
    """

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("g,home", "go_top", "Top", show=False),
        Binding("G,end", "go_bottom", "Bottom", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = Text("")
        self._lines: list[Text] = []
        self._wrapped_width = 0
        self._cache: dict[tuple[int, int, int, Style], Strip] = {}

    def show(self, text: Text) -> None:
        self.text = text
        self._wrapped_width = 0
        self._rewrap()
        self.refresh()

    @property
    def _width(self) -> int:
        return max(10, self.scrollable_content_region.width)

    def _rewrap(self) -> None:
        width = self._width
        if width == self._wrapped_width:
            return
        self.refresh()
        self._wrapped_width = width
        self._lines = list(self.text.wrap(self.app.console, width, overflow="fold")) if self.text else []
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._rewrap()

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def render_line(self, y: int) -> Strip:
        if self._wrapped_width and self._width != self._wrapped_width:
            self.call_later(self._rewrap)  # the width changed without a resize (scrollbar)
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        key = (index, scroll_x, width, style)  # the style pads the line: a new theme, new strips
        strip = self._cache.get(key)
        if strip is None:
            line = self._lines[index]
            strip = Strip(list(line.render(self.app.console, end="")), line.cell_len)
            strip = strip.crop_extend(scroll_x, scroll_x + width, style)
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[key] = strip
        return strip.apply_style(style)

    def action_go_top(self) -> None:
        self.scroll_home(animate=False)

    def action_go_bottom(self) -> None:
        self.scroll_end(animate=False)

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_relative(y=max(1, self.scrollable_content_region.height - 2), animate=False)

    def action_page_up(self) -> None:
        self.scroll_relative(y=-max(1, self.scrollable_content_region.height - 2), animate=False)

    def line_of(self, offset: int) -> int:
        """The wrapped line on which character ``offset`` of the shown text sits."""
        prefix = self.text[:offset]
        lines = prefix.wrap(self.app.console, self._width, overflow="fold")
        return max(0, len(lines) - 1)
