"""Dialogs and secondary screens: help, evidence, marks, pickers, open, export, side by side,
stories and the overview."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui_reader.app.keys import APP_KEYS, PANE_KEYS
from tui_reader.app.render import one_line, plain
from tui_reader.core.state import MARKS

CLOSE = [
    Binding("escape", "close", "Close", show=True),
    Binding("q", "close", "Close", show=False),
]

SCROLL_KEYS = [
    Binding("j", "scroll_down", "Down", show=False),
    Binding("k", "scroll_up", "Up", show=False),
    Binding("g", "scroll_home", "Top", show=False),
    Binding("G", "scroll_end", "Bottom", show=False),
]


class VimScroll(VerticalScroll, can_focus=True):
    BINDINGS = SCROLL_KEYS


class VimOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
    ]


class Dialog(ModalScreen):
    """A centred box with a title; escape (or q) closes it with ``None``."""

    BINDINGS = CLOSE
    DEFAULT_CLASSES = "dialog"
    TITLE_TEXT = ""

    def on_mount(self) -> None:
        # Its own footer: the keys of the dialog, not those of the screen beneath it.
        self.mount(Footer())

    def action_close(self) -> None:
        self.dismiss(None)


class TextDialog(Dialog):
    """A scrolling read-only text in a dialog."""

    def __init__(self, title: str, body: Text) -> None:
        super().__init__()
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            with VimScroll(classes="dialog-body"):
                yield Static(self.body, markup=False)
            yield Label("escape closes", classes="dialog-hint")


class HelpScreen(TextDialog):
    def __init__(self) -> None:
        text = Text(end="")
        width = max(len(k.keys_shown) for k in APP_KEYS) + 2
        text.append("Reader and panes\n", style="bold underline")
        for key in APP_KEYS:
            text.append(f"{key.keys_shown:>{width}}  ", style="bold")
            text.append(f"{key.help}\n")
        text.append("\nMoving around\n", style="bold underline")
        for keys, help_ in PANE_KEYS:
            text.append(f"{keys:>{width}}  ", style="bold")
            text.append(f"{help_}\n")
        text.append("\nDiff: ", style="bold")
        text.append("deleted", style="strike red")
        text.append(" · ")
        text.append("inserted", style="underline green")
        text.append(" · ")
        text.append("old→new", style="yellow")
        text.append(" synonym swap · ")
        text.append("⇄moved", style="magenta")
        text.append("\nWith markers (M) or NO_COLOR: [-deleted-] {+inserted+} {old→new} ⇄\n")
        super().__init__("Keys", text)


class ChoiceDialog(Dialog):
    """Pick one of a few options; dismisses with the option id."""

    def __init__(self, title: str, options: list[tuple[str, Text | str]], hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.options = options
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield VimOptionList(*[Option(label if isinstance(label, Text) else Text(label), id=oid) for oid, label in self.options])
            if self.hint:
                yield Label(self.hint, classes="dialog-hint", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)


class MarkDialog(ChoiceDialog):
    def __init__(self, label: str, current: str | None) -> None:
        options: list[tuple[str, Text | str]] = []
        for mark in MARKS:
            options.append((mark, Text(("● " if mark == current else "  ") + mark)))
        options.append(("", Text("  clear the mark")))
        super().__init__(f"Mark: {one_line(label, 50)}", options, "enter marks · escape cancels")


class PickArticleDialog(Dialog):
    """Choose an article from a filterable list; dismisses with its id."""

    def __init__(self, title: str, choices: list[tuple[str, Text]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield Input(placeholder="type to filter, enter picks", id="pick-filter")
            yield VimOptionList(*self._options(""), id="pick-list")

    def _options(self, needle: str) -> list[Option]:
        needle = needle.casefold()
        return [Option(label, id=aid) for aid, label in self.choices if needle in label.plain.casefold()]

    def on_input_changed(self, event: Input.Changed) -> None:
        listing = self.query_one("#pick-list", OptionList)
        listing.clear_options()
        listing.add_options(self._options(event.value))
        if listing.option_count:
            listing.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        listing = self.query_one("#pick-list", OptionList)
        if listing.option_count:
            index = listing.highlighted if listing.highlighted is not None else 0
            self.dismiss(listing.get_option_at_index(index).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)


class PromptDialog(Dialog):
    """Ask for one line (a path); dismisses with the text (stripped, maybe empty), or ``None``
    on escape."""

    BINDINGS = [Binding("escape", "close", "Close", show=True)]

    def __init__(self, title: str, value: str = "", hint: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box dialog-small"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield Input(value=self.value, id="prompt-input")
            if self.hint:
                yield Label(self.hint, classes="dialog-hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())


class SideBySideScreen(Dialog):
    """Old text (deletions marked) beside new text (insertions marked)."""

    BINDINGS = CLOSE + [Binding("s", "close", "Close", show=False)]

    def __init__(self, title: str, left_title: str, left: Text, right_title: str, right: Text) -> None:
        super().__init__()
        self.title_text = title
        self.left = (left_title, left)
        self.right = (right_title, right)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box dialog-wide"):
            yield Label(self.title_text, classes="dialog-title", markup=False)
            with Horizontal(id="side-by-side"):
                for title, body in (self.left, self.right):
                    with VimScroll(classes="side"):
                        yield Static(plain(title, "bold"), classes="side-title", markup=False)
                        yield Static(body, markup=False)
            yield Label("tab switches column · escape closes", classes="dialog-hint")


class OverviewScreen(Screen):
    """The story at a glance: similarity matrix and timeline."""

    BINDINGS = CLOSE + [Binding("v", "close", "Close", show=False)] + SCROLL_KEYS

    def __init__(self, matrix: Text, timeline: Text, title: str) -> None:
        super().__init__()
        self.matrix = matrix
        self.timeline = timeline
        self.title_text = title

    def compose(self) -> ComposeResult:
        yield Label(self.title_text, classes="dialog-title", markup=False)
        with VimScroll(id="overview"):
            yield Static(Text("Shared wording, % of word trigrams (rows and columns in tree order)", style="bold underline"), markup=False)
            yield Static(self.matrix, id="matrix", markup=False)
            yield Static(Text("Timeline", style="bold underline"), markup=False)
            yield Static(self.timeline, id="timeline", markup=False)
        yield Label("escape or v closes · j/k scroll", classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#overview").focus()

    def action_close(self) -> None:
        self.dismiss(None)
