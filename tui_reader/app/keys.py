"""Every key of the reader in one table: the bindings, the help screen and the command palette
are all built from it, so none can drift from the others."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class KeyAction:
    key: str  # Textual key name(s), comma separated
    action: str  # app action name (without ``action_``)
    title: str  # short, shown in the footer and palette
    help: str  # one line for the help screen and palette
    show: bool = False  # shown in the footer
    display: str = ""  # how the key is written on the help screen

    @property
    def keys_shown(self) -> str:
        return self.display or self.key.replace(",", " / ")


APP_KEYS: tuple[KeyAction, ...] = (
    KeyAction("question_mark", "help", "Help", "Show every key", show=True, display="?"),
    KeyAction("q", "quit", "Quit", "Quit the reader", show=True),
    KeyAction("d", "toggle_diff", "Diff", "Toggle the inline word diff against the parent", show=True),
    KeyAction("n", "next_change", "Next change", "Jump to the next change of the diff"),
    KeyAction("N", "previous_change", "Prev change", "Jump to the previous change of the diff"),
    KeyAction("s", "side_by_side", "Side by side", "Show the diff side by side"),
    KeyAction("c", "compare", "Compare", "Compare with any other article", show=True),
    KeyAction("e", "evidence", "Evidence", "Show the evidence behind the article's edge"),
    KeyAction("p", "go_parent", "Parent", "Open the parent (an article or a lost source)"),
    KeyAction("b", "toggle_boilerplate", "Boilerplate", "Show or hide boilerplate (dimmed when shown)"),
    KeyAction("v", "overview", "Overview", "Similarity matrix and timeline of the story", show=True),
    KeyAction("m", "mark", "Mark", "Mark the article: original, copy, ignore, follow up", show=True),
    KeyAction("x", "export", "Export", "Export marks and lineage to JSON or CSV"),
    KeyAction("o", "open", "Open", "Open another folder or file"),
    KeyAction("slash", "filter", "Filter", "Filter articles by text in headline or body", show=True, display="/"),
    KeyAction("S", "cycle_sort", "Sort", "Sort articles by date, outlet, words, similarity, confidence or order"),
    KeyAction("a", "stories", "Stories", "List the stories of the collection"),
    KeyAction("M", "toggle_markers", "Markers", "Bracket diff changes so they read without colour"),
    KeyAction("t", "toggle_theme", "Theme", "Switch between the dark and light themes"),
    KeyAction("tab", "next_pane", "Next pane", "Move to the next pane", display="tab"),
    KeyAction("shift+tab", "previous_pane", "Prev pane", "Move to the previous pane", display="shift+tab"),
    KeyAction("1", "show_pane('tree')", "Tree", "Go to the lineage tree"),
    KeyAction("2", "show_pane('articles')", "Articles", "Go to the article table"),
    KeyAction("3", "show_pane('reader')", "Reader", "Go to the reader"),
)

#: Keys handled by the focused pane (listed on the help screen).
PANE_KEYS: tuple[tuple[str, str], ...] = (
    ("j / down", "Move down (tree, table) or scroll down (reader)"),
    ("k / up", "Move up or scroll up"),
    ("g / home", "Go to the top"),
    ("G / end", "Go to the bottom"),
    ("enter", "Open the selected article in the reader"),
    ("space", "Expand or collapse a tree node"),
    ("escape", "Close a dialog or the filter"),
    ("ctrl+p", "Command palette: every action by name"),
)


def app_bindings() -> list[Binding]:
    return [
        Binding(k.key, k.action, k.title, show=k.show, key_display=k.display or None, priority=k.key in ("tab", "shift+tab"))
        for k in APP_KEYS
    ]
