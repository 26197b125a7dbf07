"""The reader app: lineage tree, article table and reader with inline diffs."""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, ProgressBar, Static, Tab, Tabs, Tree

from typing import TYPE_CHECKING

from tui_reader.app import overview
from tui_reader.app.commands import ReaderCommands
from tui_reader.app.keys import app_bindings
from tui_reader.app.render import (
    RenderedDiff,
    article_body,
    article_header,
    article_tree_label,
    copies_text,
    counts_line,
    evidence_text,
    hidden_tree_label,
    node_label,
    one_line,
    plain,
    relation_text,
    render_diff,
    short_date,
    story_label,
)
from tui_reader.app.screens import (
    ChoiceDialog,
    HelpScreen,
    MarkDialog,
    OverviewScreen,
    PickArticleDialog,
    PromptDialog,
    SideBySideScreen,
    TextDialog,
)
from tui_reader.app.widgets import ArticleTable, LineageTree, ReaderView
from tui_reader.core.model import Article, Collection
from tui_reader.core.seeds import seeds_dir
from tui_reader.core.state import StateStore

if TYPE_CHECKING:
    from tui_reader.core.analysis import Analysis
    from tui_reader.core.diff import WordDiff
    from tui_reader.core.lineage import Lineage


def analyse(collection, **kwargs):
    """The analysis entry point, imported on first use (keeps start-up light)."""
    from tui_reader.core.analysis import analyse as run

    return run(collection, **kwargs)


def diff_articles(old, new):
    from tui_reader.core.diff import diff_articles as run

    return run(old, new)


class NoLineage:
    """The lineage before anything is analysed: no edges, no lost sources."""

    hidden: tuple = ()
    edges: tuple = ()

    def parent_edge(self, node_id):
        return None

    def children(self, node_id):
        return []

    def roots(self):
        return []

    def hidden_node(self, node_id):
        return None


#: Set to exit as soon as the first screen (with the articles listed) has been painted.
EXIT_AFTER_FIRST_PAINT = "TUI_READER_EXIT_AFTER_FIRST_PAINT"
#: A file to which the wall-clock times of the first paints are appended (for benchmarks).
STARTUP_REPORT = "TUI_READER_STARTUP_REPORT"


def _report_startup(what: str) -> None:
    path = os.environ.get(STARTUP_REPORT)
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"{what} {time.time():.6f}\n")

#: Below a width or height of this, the panes become tabs.
WIDE_MIN_WIDTH = 100
WIDE_MIN_HEIGHT = 30

#: Diffs of texts longer than this (characters, both sides) run in a worker thread.
SYNC_DIFF_LIMIT = 40_000

#: Collections at least this large are analysed in a separate process (see ``app.offload``).
PROCESS_MIN_ARTICLES = 200

#: How long the analysis waits for the articles to be painted before it starts (seconds).
FIRST_PAINT_WAIT = 0.5

#: Width of each column of the article table (the headline's fits the pane, see ArticleTable).
COLUMN_WIDTHS = {"relation": 12, "headline": 44, "date": 10, "words": 6, "mark": 9, "outlet": 18}
#: What an export is called when only a folder is given.
DEFAULT_EXPORT_NAME = "tui-reader-export.json"
#: Progress messages from the analysing thread are sent at most this often (seconds).
PROGRESS_INTERVAL = 0.1

PANES = ("tree", "articles", "reader")
SORTS = ("order", "date", "outlet", "words", "similarity", "confidence")
THEMES = ("textual-dark", "textual-light")


@contextmanager
def _unless_closing():
    """Results that arrive while the app shuts down (its widgets gone) are dropped."""
    try:
        yield
    except NoMatches:
        pass


class Loaded(Message):
    def __init__(self, collection: Collection, paths: list[str], generation: int, lineage=None) -> None:
        super().__init__()
        self.collection = collection
        self.lineage = lineage
        self.paths = paths
        self.generation = generation


class AnalysisProgress(Message):
    def __init__(self, done: int, total: int, what: str, generation: int) -> None:
        super().__init__()
        self.done, self.total, self.what, self.generation = done, total, what, generation


class Analysed(Message):
    def __init__(self, analysis: Analysis, generation: int) -> None:
        super().__init__()
        self.analysis = analysis
        self.generation = generation


class WorkFailed(Message):
    def __init__(self, what: str, error: str, generation: int) -> None:
        super().__init__()
        self.what, self.error, self.generation = what, error, generation


class DiffReady(Message):
    def __init__(self, key: tuple, diff: WordDiff) -> None:
        super().__init__()
        self.key, self.diff = key, diff


class PaneTabs(Tabs, can_focus=False):
    """The tab strip of the narrow layout (the panes themselves take the focus)."""


class ReaderApp(App):
    """Read and triage syndicated copies of a story."""

    CSS_PATH = "reader.tcss"
    TITLE = "tui-reader"
    BINDINGS = app_bindings()
    COMMANDS = App.COMMANDS | {ReaderCommands}

    #: Keys that still mean something over the overview (the rest act on the reader beneath it).
    OVER_OVERVIEW = frozenset({"help", "quit", "toggle_theme", "toggle_markers", "command_palette"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not isinstance(self.screen, OverviewScreen) or action in self.OVER_OVERVIEW

    def tell(self, message: str, **kwargs) -> None:
        """A notification of the app's own: it quotes paths, file names and error messages, so it
        is never read as markup. (Textual's own notifications keep their markup.)"""
        self.notify(message, markup=False, **kwargs)

    def __init__(
        self,
        paths: list[str] | None = None,
        use_cache: bool = True,
        state: StateStore | None = None,
    ) -> None:
        super().__init__()
        self.paths = [str(p) for p in paths] if paths else [str(seeds_dir())]
        self.use_cache = use_cache
        self.state = state if state is not None else StateStore()
        self.state.load()
        prefs = self.state.preferences
        self.show_boilerplate: bool = bool(prefs.get("show_boilerplate", True))
        self.markers: bool = bool(prefs.get("diff_markers", False)) or self.no_color
        self.sort_key: str = prefs.get("sort") if prefs.get("sort") in SORTS else "order"
        if prefs.get("theme") in self.available_themes:
            self.theme = prefs["theme"]
        self.collection: Collection = Collection(())
        self.analysis: Analysis | None = None
        self.lineage: Lineage | NoLineage = NoLineage()
        self.story_ids: set[str] | None = None
        self.current_id: str | None = None
        self.diff_on = False
        self.compare_id: str | None = None
        self.change_index: int | None = None
        self.filter_text = ""
        self.active_pane = "tree"
        self.compact = False
        self._generation = 0
        self._diffs: dict[tuple, WordDiff] = {}
        self._pending_diffs: set[tuple] = set()
        self._search_text: dict[str, str] = {}
        self._labels: dict[str, str] = {}
        self._labels_key: tuple = ()
        self._changes: list[tuple[int, int]] = []
        self._reader_text = Text()
        self._first_paint_exit = os.environ.get(EXIT_AFTER_FIRST_PAINT) == "1"
        self.analysing = False
        self._listed = threading.Event()

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="status-bar"):
            yield Static(Text("Loading…"), id="status", markup=False)
            yield ProgressBar(id="progress", show_eta=False)
        yield PaneTabs(Tab("Tree", id="tab-tree"), Tab("Articles", id="tab-articles"), Tab("Reader", id="tab-reader"), id="pane-tabs")
        with Horizontal(id="panes"):
            with Vertical(id="left", classes="has-active"):
                with Vertical(id="pane-tree", classes="pane active-pane"):
                    yield Static(Text("Lineage", style="bold"), classes="pane-title", markup=False)
                    tree = LineageTree(Text("collection"), id="tree")
                    tree.show_root = False
                    yield tree
                with Vertical(id="pane-articles", classes="pane"):
                    yield Static(Text("Articles", style="bold"), id="articles-title", classes="pane-title", markup=False)
                    yield Input(placeholder="filter headline or body (enter keeps, escape clears)", id="filter")
                    yield ArticleTable(id="articles", cursor_type="row", zebra_stripes=True)
            with Vertical(id="pane-reader", classes="pane"):
                yield Static(Text(""), id="counts", markup=False)
                yield ReaderView(id="reader")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(ArticleTable)
        self._set_columns(table)
        self._apply_layout(self.size.width, self.size.height)
        self.query_one(LineageTree).focus()
        self.call_after_refresh(_report_startup, "shell")
        for problem in self.state.problems:
            self.tell(problem, title="Settings file set aside", severity="warning", timeout=8)
        self.start_loading(self.paths)

    def on_resize(self, event) -> None:
        self._apply_layout(event.size.width, event.size.height)

    def _apply_layout(self, width: int, height: int) -> None:
        compact = width < WIDE_MIN_WIDTH or height < WIDE_MIN_HEIGHT
        self.compact = compact
        self.screen.set_class(compact, "compact")
        try:
            self.query_one("#pane-tabs", Tabs).display = compact
        except Exception:
            return
        self._show_active_pane()

    def _show_active_pane(self) -> None:
        for name in PANES:
            self.query_one(f"#pane-{name}").set_class(name == self.active_pane, "active-pane")
        self.query_one("#left").set_class(self.active_pane in ("tree", "articles"), "has-active")
        tabs = self.query_one("#pane-tabs", Tabs)
        if tabs.active != f"tab-{self.active_pane}":
            # Following the pane chosen is no new choice of the user's: no activation message.
            with self.prevent(Tabs.TabActivated):
                tabs.active = f"tab-{self.active_pane}"

    def pane_widget(self, name: str):
        return {"tree": self.query_one(LineageTree), "articles": self.query_one(ArticleTable), "reader": self.query_one(ReaderView)}[name]

    @on(Tabs.TabActivated, "#pane-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id != event.control.active:
            return  # stale: another tab has been chosen since
        name = (event.tab.id or "tab-tree").removeprefix("tab-")
        if name != self.active_pane:
            self.action_show_pane(name)

    # -- loading and analysis -------------------------------------------------------------------
    def start_loading(self, paths: list[str]) -> None:
        self._generation += 1
        self.analysing = True
        self._set_status(Text(f"Loading {len(paths)} path{'s' if len(paths) != 1 else ''}…"))
        self.query_one(ProgressBar).display = True
        self.query_one(ProgressBar).update(total=None, progress=0)
        self._load_and_analyse(list(paths), self._generation)

    @work(thread=True, exclusive=True, group="analysis")
    def _load_and_analyse(self, paths: list[str], generation: int) -> None:
        try:
            from tui_reader.core.loader import load_paths

            cache = None
            if self.use_cache:
                from tui_reader.core.cache import Cache

                cache = Cache()
            collection = load_paths(paths, cache=cache)
            for article in collection.articles:  # computed here, off the interface thread
                article.words, article.content_hash, article.full_text  # noqa: B018
        except Exception as exc:  # a loader bug must not take the app down
            self.post_message(WorkFailed("load", f"{exc.__class__.__name__}: {exc}", generation))
            return
        self._listed.clear()
        # No lineage yet: its engine (and numpy) loads after the first screen is painted.
        self.post_message(Loaded(collection, paths, generation))
        if not collection.articles:
            return
        # Let the interface paint the articles first: the analysis competes for the interpreter.
        self._listed.wait(FIRST_PAINT_WAIT)
        last = [0.0]

        def progress(done: int, total: int, what: str) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_INTERVAL or done >= total:
                last[0] = now
                self.post_message(AnalysisProgress(done, total, what, generation))

        try:
            if len(collection) >= PROCESS_MIN_ARTICLES:
                from tui_reader.app.offload import analyse_in_process

                result = analyse_in_process(collection, self.use_cache, progress)
            else:
                from tui_reader.core import analysis as analysis_module

                if len(collection) >= getattr(analysis_module, "MIN_PARALLEL_ARTICLES", 0):
                    from tui_reader.app.offload import prepare_child_processes

                    prepare_child_processes()  # the engine may start worker processes
                result = analyse(collection, use_cache=self.use_cache, progress=progress)
        except Exception as exc:
            self.post_message(WorkFailed("analysis", f"{exc.__class__.__name__}: {exc}", generation))
            return
        self.post_message(Analysed(result, generation))

    def on_loaded(self, message: Loaded) -> None:
        with _unless_closing():
            self._handle_loaded(message)

    def _handle_loaded(self, message: Loaded) -> None:
        if message.generation != self._generation:
            return
        collection = message.collection
        for problem in collection.problems[:5]:
            self.tell(one_line(str(problem), 200), title="Skipped", severity="warning")
        if len(collection.problems) > 5:
            self.tell(f"{len(collection.problems) - 5} more files skipped", severity="warning")
        if not collection.articles:
            where = ", ".join(one_line(p, 60) for p in message.paths)
            self.query_one(ProgressBar).display = False
            if len(self.collection):
                # The collection already open stays, and so does what the status says of it.
                self.tell(f"Nothing could be loaded from {where}: still showing the open collection", severity="error")
                if self.analysis is None and self.paths:
                    self.start_loading(self.paths)  # its analysis was cut short by this load
                    return
                self.analysing = False
                self._set_status(self._status_text(""))
                return
            self.analysing = False
            self._set_status(Text("Nothing could be loaded from " + where))
            self.tell("No articles found: press o to open another folder or file", severity="error")
            return
        self.collection = collection
        self.paths = message.paths
        self.analysis = None
        self.lineage = message.lineage or NoLineage()
        self.story_ids = None
        self._diffs.clear()
        self._search_text = {}
        self.current_id = None
        self.compare_id = None
        self.diff_on = False
        try:
            self.state.remember_paths([str(Path(p).resolve()) if p != "-" else p for p in message.paths])
        except OSError as exc:
            self.tell(f"Could not save the session: {exc}", severity="warning")
        self._set_status(self._status_text(f"analysing {len(collection)} articles…"))
        self.populate_table()
        self.populate_tree()
        first = self._visible_articles()[0].id if self._visible_articles() else None
        if first:
            self.open_node(first, focus_reader=False)
        self.call_after_refresh(self._first_paint_done)

    def _first_paint_done(self) -> None:
        self._listed.set()
        _report_startup("articles")
        if self._first_paint_exit:
            self.exit()

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        with _unless_closing():
            self._handle_analysis_progress(message)

    def _handle_analysis_progress(self, message: AnalysisProgress) -> None:
        if message.generation != self._generation:
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=max(1, message.total), progress=message.done)
        self._set_status(self._status_text(f"analysing: {one_line(message.what, 30)} {message.done}/{message.total}"))

    def on_analysed(self, message: Analysed) -> None:
        with _unless_closing():
            self._handle_analysed(message)

    def _handle_analysed(self, message: Analysed) -> None:
        if message.generation != self._generation:
            return
        self.analysing = False
        self.analysis = message.analysis
        self.lineage = message.analysis.lineage
        for problem in getattr(message.analysis, "problems", ())[:3]:
            self.tell(one_line(str(problem), 200), title="Lineage cache", severity="warning")
        self.query_one(ProgressBar).display = False
        self._set_status(self._status_text(""))
        self.populate_table()
        self.populate_tree()
        self.refresh_reader()

    def on_work_failed(self, message: WorkFailed) -> None:
        with _unless_closing():
            self._handle_work_failed(message)

    def _handle_work_failed(self, message: WorkFailed) -> None:
        if message.generation != self._generation:
            return
        self.analysing = False
        self.query_one(ProgressBar).display = False
        self._set_status(self._status_text(f"{message.what} failed"))
        self.tell(one_line(message.error, 300), title=f"The {message.what} failed", severity="error", timeout=10)

    def _set_status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    def _several_stories(self) -> bool:
        """More than one story with several versions: show stories first. One story plus lone
        articles (same-topic reporting with no shared source) reads as a single story."""
        if self.analysis is None:
            return False
        return sum(1 for s in self.analysis.stories if len(s.article_ids) > 1) > 1

    def _status_text(self, activity: str) -> Text:
        text = Text(end="")
        text.append("tui-reader ", style="bold")
        name = self.collection.name or ", ".join(Path(p).name or p for p in self.paths)
        text.append(one_line(name, 40))
        count = len(self.story_ids) if self.story_ids is not None else len(self.collection)
        text.append(f" · {count} article{'s' if count != 1 else ''}")
        if self.lineage.hidden:
            text.append(f" · {len(self.lineage.hidden)} lost source{'s' if len(self.lineage.hidden) != 1 else ''}")
        if self._several_stories():
            text.append(f" · {len(self.analysis.stories)} stories (a)")
        if activity:
            text.append(f" · {activity}", style="italic")
        return text

    # -- data helpers ---------------------------------------------------------------------------
    def article(self, node_id: str | None) -> Article | None:
        return self.collection.get(node_id) if node_id else None

    def labels(self) -> dict[str, str]:
        """Display labels of every article and lost source (cached per collection and lineage)."""
        key = (id(self.collection), id(self.lineage))
        if self._labels_key != key:
            labels = {a.id: a.label for a in self.collection.articles}
            labels.update({h.id: node_label(h) for h in self.lineage.hidden})
            self._labels, self._labels_key = labels, key
        return self._labels

    def _visible_articles(self) -> list[Article]:
        articles = self._story_articles()
        if self.filter_text:
            needle = self.filter_text.casefold()
            articles = [a for a in articles if needle in self._haystack(a)]
        return self._sorted(articles)

    def _haystack(self, article: Article) -> str:
        text = self._search_text.get(article.id)
        if text is None:
            text = f"{article.title or ''}\n{article.full_text}".casefold()
            self._search_text[article.id] = text
        return text

    def _similarity(self, article: Article) -> float:
        """How much of the article its parent explains (for a lost parent: the closest copy the
        edge was measured against); articles without a parent come last."""
        edge = self.lineage.parent_edge(article.id)
        if edge is None:
            return -1.0
        value = edge.evidence.get("child_in_parent") if isinstance(edge.evidence, dict) else None
        return float(value) if isinstance(value, (int, float)) else float(edge.confidence)

    def _sorted(self, articles: list[Article]) -> list[Article]:
        key = self.sort_key
        if key == "date":
            return sorted(articles, key=lambda a: (a.date is None, a.date or "", a.id))
        if key == "outlet":
            return sorted(articles, key=lambda a: ((a.outlet or "\uffff").casefold(), a.date or "", a.id))
        if key == "words":
            return sorted(articles, key=lambda a: (-a.words, a.id))
        if key == "similarity":
            return sorted(articles, key=lambda a: (-self._similarity(a), a.id))
        if key == "confidence":
            # The least certain attributions first, to check; articles without a parent last.
            return sorted(articles, key=lambda a: (self._confidence(a), a.id))
        return articles

    def _confidence(self, article: Article) -> float:
        edge = self.lineage.parent_edge(article.id)
        return edge.confidence if edge is not None else 2.0

    # -- table ----------------------------------------------------------------------------------
    def populate_table(self) -> None:
        table = self.query_one(ArticleTable)
        with self.prevent(DataTable.RowHighlighted):
            self._fill_table(table, self.current_id)
        shown_id = table.current_id()
        if self.article(self.current_id) is not None and shown_id is not None and shown_id != self.current_id:
            # The article in the reader is filtered out: show the one under the table's cursor.
            self.open_node(shown_id, sync_table=False)
        title = Text("Articles", style="bold")
        of = len(self._story_articles())  # the story's articles, when one story is picked
        title.append(f" ({table.row_count}" + (f" of {of}" if table.row_count != of else "") + ")", style="dim")
        # The filter first: in a narrow pane the end of the line is cut off.
        if self.filter_text:
            title.append(" filter: ", style="dim")
            title.append(one_line(self.filter_text, 30))
            title.append(" ·", style="dim")
        title.append(f" sorted by {self.sort_key}", style="dim")
        self.query_one("#articles-title", Static).update(title)

    def _column_order(self) -> list[str]:
        """The table's columns: the relation, the column sorted on (where it is not the
        relation's), the headline, then the rest, so that the headline and what the rows are
        sorted by show in a narrow pane."""
        first = ["relation"] + ([self.sort_key] if self.sort_key in ("date", "outlet", "words") else []) + ["headline"]
        return first + [c for c in ("date", "words", "mark", "outlet") if c not in first]

    def _set_columns(self, table: ArticleTable) -> None:
        """Columns in ``_column_order``, with fixed widths (the table is refilled as the analysis
        lands, and columns must not jump); the headline's fits the pane (``fit_headline``)."""
        order = self._column_order()
        if [str(c.value) for c in table.columns] == order:
            return
        table.clear(columns=True)
        for name in order:
            table.add_column(name, key=name, width=COLUMN_WIDTHS[name])
        table.fit_headline()

    def _fill_table(self, table: ArticleTable, keep: str | None) -> None:
        """The visible articles as rows, the cursor on ``keep`` where it is one of them (a
        refill is no new choice of the user's: callers keep it from posting highlights)."""
        table.clear()
        self._set_columns(table)
        order = self._column_order()
        for article in self._visible_articles():
            edge = self.lineage.parent_edge(article.id)
            cells = {
                "relation": relation_text(edge) if not self.analysing else Text("…", style="dim"),
                "headline": plain(one_line(article.label, 200)),
                "date": plain(short_date(article.date)),
                "words": Text(str(article.words), justify="right"),
                "mark": Text(self.state.mark_of(article) or "", style="bold"),
                "outlet": plain(one_line(article.outlet, COLUMN_WIDTHS["outlet"])),
            }
            table.add_row(*(cells[name] for name in order), key=article.id)
        if keep is not None:
            try:
                table.move_cursor(row=table.get_row_index(keep), scroll=True)
            except Exception:
                pass

    def _refresh_row(self, article: Article) -> None:
        table = self.query_one(ArticleTable)
        try:
            table.update_cell(article.id, "mark", Text(self.state.mark_of(article) or "", style="bold"))
        except Exception:
            pass

    # -- tree -----------------------------------------------------------------------------------
    def populate_tree(self) -> None:
        tree = self.query_one(LineageTree)
        tree.clear()
        tree.by_id = {}
        root = tree.root
        if self.analysing:
            root.add_leaf(Text("analysing lineage…", style="italic dim"))
            for article in self._visible_articles():
                tree.by_id[article.id] = root.add_leaf(article_tree_label(article, None, self.state.mark_of(article)), data=article.id)
            return
        lineage = self.lineage
        seen: set[str] = set()

        def relevant(node_id: str, wanted: set[str] | None, path: frozenset = frozenset()) -> bool:
            if wanted is None or node_id in wanted:
                return True
            if node_id in path:
                return False
            return any(relevant(e.child, wanted, path | {node_id}) for e in lineage.children(node_id))

        def add(parent, node_id: str, wanted: set[str] | None, depth: int = 0) -> None:
            if node_id in seen or depth > 200:
                return
            seen.add(node_id)
            edge = lineage.parent_edge(node_id)
            kids = [e.child for e in lineage.children(node_id) if e.child not in seen and relevant(e.child, wanted)]
            article = self.article(node_id)
            if article is not None:
                label = article_tree_label(article, edge, self.state.mark_of(article))
            else:
                hidden = lineage.hidden_node(node_id)
                label = hidden_tree_label(hidden, edge) if hidden else plain(node_id)
            if kids:
                node = parent.add(label, data=node_id, expand=True)
                tree.by_id[node_id] = node
                for kid in kids:
                    add(node, kid, wanted, depth + 1)
            else:
                tree.by_id[node_id] = parent.add_leaf(label, data=node_id)

        def add_forest(parent, wanted: set[str] | None) -> None:
            for node_id in lineage.roots():
                if node_id not in seen and relevant(node_id, wanted):
                    add(parent, node_id, wanted)
            # Anything the lineage does not reach (e.g. a cycle) is still listed.
            for article in self._visible_articles():
                if article.id not in seen and (wanted is None or article.id in wanted):
                    add(parent, article.id, wanted)

        stories = [s for s in (self.analysis.stories if self.analysis else ()) if s.article_ids]
        if self.story_ids is None and self._several_stories():
            stories.sort(key=lambda s: (-len(s.article_ids), s.id))
            for number, story in enumerate(stories):
                node = root.add(story_label(story), data=None, expand=number == 0 or len(self.collection) <= 200)
                add_forest(node, set(story.article_ids))
        else:
            add_forest(root, self.story_ids)
        if self.current_id:
            with self.prevent(Tree.NodeHighlighted):
                tree.select_id(self.current_id)

    @on(Tree.NodeSelected, "#tree")
    def _tree_selected(self, event: Tree.NodeSelected) -> None:
        if event.node.data:
            self.open_node(event.node.data, focus_reader=self.compact)

    @on(Tree.NodeHighlighted, "#tree")
    def _tree_highlighted(self, event: Tree.NodeHighlighted) -> None:
        if event.node is not event.control.cursor_node:
            return  # stale: the cursor has moved on since
        if not self.compact and event.node.data and event.node.data != self.current_id:
            self.open_node(event.node.data, focus_reader=False, sync_tree=False)

    @on(DataTable.RowSelected, "#articles")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_node(event.row_key.value, focus_reader=self.compact)

    @on(DataTable.RowHighlighted, "#articles")
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row != event.control.cursor_row:
            return  # stale: the cursor has moved on since
        if not self.compact and event.row_key.value != self.current_id and self.focused is self.query_one(ArticleTable):
            self.open_node(event.row_key.value, focus_reader=False, sync_table=False)

    # -- reader ---------------------------------------------------------------------------------
    def open_node(self, node_id: str, focus_reader: bool = False, sync_tree: bool = True, sync_table: bool = True) -> None:
        """Show ``node_id`` (an article or a lost source) in the reader."""
        if node_id != self.current_id:
            self.compare_id = None
            self.change_index = None
        self.current_id = node_id
        self.refresh_reader(scroll_home=True)
        # Moving the other list's cursor here is no new choice of the user's: no highlight.
        with self.prevent(Tree.NodeHighlighted, DataTable.RowHighlighted):
            if sync_tree:
                self.query_one(LineageTree).select_id(node_id)
            if sync_table and self.article(node_id) is not None:
                table = self.query_one(ArticleTable)
                try:
                    row = table.get_row_index(node_id)
                    if table.cursor_row != row:
                        table.move_cursor(row=row, scroll=True)
                except Exception:
                    pass
        if focus_reader:
            self.action_show_pane("reader")

    def base_id(self) -> str | None:
        """What the current article is compared with: the chosen article, or its parent.

        When the parent is a lost source, the engine's closest sibling (the copy the edge was
        measured against) stands in for it.
        """
        if self.compare_id:
            return self.compare_id
        edge = self.lineage.parent_edge(self.current_id) if self.current_id else None
        if edge is None:
            return None
        if self.article(edge.parent) is None:
            sibling = edge.evidence.get("closest_sibling") if isinstance(edge.evidence, dict) else None
            if isinstance(sibling, str) and self.article(sibling) is not None:
                return sibling
        return edge.parent

    def base_description(self) -> str:
        """How the counts line names the base of the diff."""
        base = self.article(self.base_id())
        if base is None:
            return ""
        edge = self.lineage.parent_edge(self.current_id) if self.current_id else None
        if not self.compare_id and edge is not None and edge.parent != base.id:
            hidden = self.lineage.hidden_node(edge.parent)
            lost = node_label(hidden) if hidden else edge.parent
            return f"closest copy of {lost}: {base.label}"
        return base.label

    def current_diff(self) -> WordDiff | None:
        """The diff of the current article against its base, if known (None while computing)."""
        new = self.article(self.current_id)
        old = self.article(self.base_id())
        if new is None or old is None:
            return None
        key = (old.id, new.id)
        diff = self._diffs.get(key)
        if diff is not None:
            return diff
        if len(old.body) + len(new.body) <= SYNC_DIFF_LIMIT:
            diff = diff_articles(old, new)
            self._diffs[key] = diff
            return diff
        if key not in self._pending_diffs:
            self._pending_diffs.add(key)
            self._diff_in_thread(key, old, new)
        return None

    @work(thread=True, group="diff")
    def _diff_in_thread(self, key: tuple, old: Article, new: Article) -> None:
        self.post_message(DiffReady(key, diff_articles(old, new)))

    def on_diff_ready(self, message: DiffReady) -> None:
        with _unless_closing():
            self._handle_diff_ready(message)

    def _handle_diff_ready(self, message: DiffReady) -> None:
        self._pending_diffs.discard(message.key)
        self._diffs[message.key] = message.diff
        if message.key == (self.base_id(), self.current_id):
            self.refresh_reader()

    def refresh_reader(self, scroll_home: bool = False) -> None:
        reader = self.query_one(ReaderView)
        counts_widget = self.query_one("#counts", Static)

        class _Counts:  # the counts line has a fixed height: no layout pass needed
            @staticmethod
            def update(text: Text) -> None:
                counts_widget.update(text, layout=False)

        counts = _Counts
        node_id = self.current_id
        article = self.article(node_id)
        self._changes = []
        if node_id is None:
            counts.update(Text("No article selected", style="dim"))
            self._show_reader(Text("Select an article in the tree or the table.", style="dim"))
            return
        if article is None:
            hidden = self.lineage.hidden_node(node_id)
            counts.update(Text("Lost source: not in the collection", style="italic"))
            body = Text(end="")
            body.append(one_line(node_label(hidden) if hidden else node_id), style="bold")
            body.append("\n\nThis source is cited or implied by its copies but is not in the collection.\n")
            body.append("Its copies:\n  • ")
            body.append_text(copies_text(self.lineage.children(node_id), self.labels(), "  • "))
            body.append("\n\nPress e for the evidence.", style="dim")
            self._show_reader(body)
            return
        edge = self.lineage.parent_edge(node_id)
        parent = edge.parent if edge else None
        labels = self.labels()
        header = article_header(
            article, edge, labels.get(parent) if parent else None, self.state.mark_of(article), labels, self.analysing,
            children=self.lineage.children(node_id),
        )
        base_id = self.base_id()
        base = self.article(base_id)
        diff = self.current_diff() if base is not None else None
        rendered: RenderedDiff | None = None
        if self.diff_on and diff is not None:
            rendered = render_diff(diff, markers=self.markers, current=self.change_index)
        # The counts line is always there: diff figures when there is something to compare with.
        if base is None:
            if self.analysing and base_id is None:
                counts.update(Text("The lineage is being analysed: its parent is not known yet · c compares", style="italic"))
            elif base_id is not None:
                counts.update(Text("Parent is a lost source (not in the collection): nothing to diff · c compares", style="italic"))
            else:
                counts.update(Text("No parent in this collection · c compares with another article", style="italic"))
        elif diff is None:
            counts.update(Text("computing diff…", style="italic"))
        else:
            line = counts_line(diff, self.base_description())
            total = len(rendered.changes) if rendered is not None else 0
            if self.diff_on and total:
                if self.change_index is None:
                    line.append(f" · {total} changes (n/N)", style="dim")
                else:
                    line.append(f" · change {self.change_index + 1}/{total} (n/N)", style="dim")
            elif not self.diff_on:
                line.append(" · d shows it", style="dim")
            counts.update(line)
        if rendered is not None:
            offset = len(header) + 1
            text = Text(end="")
            text.append_text(header)
            text.append("\n")
            text.append_text(rendered.text)
            self._changes = [(a + offset, b + offset) for a, b in rendered.changes]
        else:
            text = Text(end="")
            text.append_text(header)
            text.append("\n")
            if self.diff_on and base is None and not (self.analysing and base_id is None):
                text.append("No diff: ", style="bold")
                text.append("this article has no parent article in the collection. Press c to compare it with another.\n\n", style="italic")
            text.append_text(article_body(article, self.show_boilerplate))
        self._show_reader(text)
        if scroll_home:
            reader.scroll_home(animate=False)

    def _show_reader(self, text: Text) -> None:
        self._reader_text = text
        self.query_one(ReaderView).show(text)

    # -- actions ----------------------------------------------------------------------------------
    def _no_article_reason(self) -> str:
        """Why a key that works on an article has none to work on."""
        if not len(self.collection):
            return "No articles yet: they are still loading, or press o to open a folder"
        if self.current_id and self.lineage.hidden_node(self.current_id) is not None:
            return "A lost source has no text of its own: pick one of its copies"
        return "Select an article first"

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def action_toggle_diff(self) -> None:
        article = self.article(self.current_id)
        if article is None:
            self.tell(self._no_article_reason(), severity="warning")
            return
        self.diff_on = not self.diff_on
        self.change_index = None
        self._reveal_reader()
        if self.diff_on and self.article(self.base_id()) is None:
            if self.analysing and self.base_id() is None:
                self.tell("The lineage is still being analysed: the diff shows once the parent is known", title="Analysing")
            else:
                self.tell("This article has no parent in the collection: press c to compare it with another article", title="No parent")
        self.refresh_reader()

    def _jump(self, step: int) -> None:
        if self.article(self.base_id()) is None or self.article(self.current_id) is None:
            self.tell("No diff here: press c to compare with another article", severity="warning")
            return
        self._reveal_reader()
        if not self.diff_on:
            self.diff_on = True
            self.refresh_reader()
        if not self._changes:
            self.tell("No changes", severity="information")
            return
        n = len(self._changes)
        if self.change_index is None:
            self.change_index = 0 if step > 0 else n - 1
        else:
            self.change_index = (self.change_index + step) % n
        self.refresh_reader()
        reader = self.query_one(ReaderView)
        start, _ = self._changes[self.change_index]
        line = reader.line_of(start)
        reader.scroll_to(y=max(0, line - 3), animate=False)

    def _reveal_reader(self) -> None:
        """In the narrow layout, diff keys bring the reader forward so their effect is seen."""
        if self.compact and self.active_pane != "reader":
            self.action_show_pane("reader")

    def action_next_change(self) -> None:
        self._jump(1)

    def action_previous_change(self) -> None:
        self._jump(-1)

    def action_side_by_side(self) -> None:
        new = self.article(self.current_id)
        old = self.article(self.base_id())
        if new is None or old is None:
            self.tell("Nothing to put side by side: no parent in the collection (c compares)", severity="warning")
            return
        diff = self._diffs.get((old.id, new.id)) or diff_articles(old, new)
        self._diffs[(old.id, new.id)] = diff
        left = render_diff(diff, markers=self.markers, side="old").text
        right = render_diff(diff, markers=self.markers, side="new").text
        title = counts_line(diff, old.label).plain
        self.push_screen(SideBySideScreen(title, "old: " + one_line(old.label, 60), left, "new: " + one_line(new.label, 60), right))

    def action_compare(self) -> None:
        current = self.article(self.current_id)
        if current is None:
            self.tell(self._no_article_reason(), severity="warning")
            return
        choices = []
        for article in self.collection.articles:
            if article.id == current.id:
                continue
            label = Text(end="")
            meta = " · ".join(x for x in (one_line(article.outlet, 30), short_date(article.date)) if x)
            if meta:
                label.append(meta + "  ", style="dim")
            label.append(one_line(article.label, 80))
            choices.append((article.id, label))
        if not choices:
            self.tell("There is no other article to compare with", severity="warning")
            return

        def chosen(article_id: str | None) -> None:
            if article_id:
                self.compare_id = article_id
                self.diff_on = True
                self.change_index = None
                self.refresh_reader(scroll_home=True)

        self.push_screen(PickArticleDialog(f"Compare “{one_line(current.label, 40)}” with…", choices), chosen)

    def _lineage_ready(self, what: str) -> bool:
        """Whether a key about the open node's place in the lineage can answer; if not, says why
        (``what``: the thing not known yet)."""
        if self.current_id is None:
            self.tell(self._no_article_reason(), severity="warning")
            return False
        if self.analysing:
            self.tell(f"The lineage is still being analysed: {what} is not known yet", title="Analysing")
            return False
        return True

    def action_evidence(self) -> None:
        if self._lineage_ready("its evidence"):
            self.push_screen(TextDialog("Evidence", evidence_text(self.lineage, self.current_id, self.labels())))

    def action_go_parent(self) -> None:
        if not self._lineage_ready("the parent"):
            return
        edge = self.lineage.parent_edge(self.current_id)
        if edge is None:
            if self.lineage.hidden_node(self.current_id) is not None:
                self.tell("Nothing is known above this lost source: it heads its tree", title="No parent")
            else:
                self.tell("This article has no parent in the lineage: it is an original or stands alone", title="No parent")
            return
        self.open_node(edge.parent)

    def action_toggle_boilerplate(self) -> None:
        self.show_boilerplate = not self.show_boilerplate
        self._save_pref("show_boilerplate", self.show_boilerplate)
        self.tell("Boilerplate shown (dimmed)" if self.show_boilerplate else "Boilerplate hidden", timeout=2)
        self.refresh_reader()

    def action_toggle_markers(self) -> None:
        self.markers = not self.markers
        self._save_pref("diff_markers", self.markers)
        self.tell("Diff markers on" if self.markers else "Diff markers off", timeout=2)
        self.refresh_reader()

    def action_toggle_theme(self) -> None:
        self.theme = THEMES[1] if self.theme == THEMES[0] else THEMES[0]
        self._save_pref("theme", self.theme)

    def _save_pref(self, key: str, value) -> None:
        try:
            self.state.set_preference(key, value)
        except OSError as exc:
            self.tell(f"Could not save preferences: {exc}", severity="warning")

    def action_overview(self) -> None:
        ids = [a.id for a in self._story_articles()]
        if not ids:
            self.tell("Nothing loaded yet", severity="warning")
            return
        order = overview.tree_order(self.lineage, ids)[: overview.MATRIX_LIMIT]
        articles = [self.collection.get(i) for i in order]
        scores = overview.similarity_matrix(articles)
        index = {a.id: i for i, a in enumerate(articles)}
        matrix = overview.matrix_text(articles, scores)
        if len(ids) > overview.MATRIX_LIMIT:
            matrix.append(f"\n(first {overview.MATRIX_LIMIT} of {len(ids)} articles shown)", style="dim")
        timeline = overview.timeline_text(self._story_articles(), self.lineage, index, self.labels())
        self.push_screen(OverviewScreen(matrix, timeline, f"Overview: {len(ids)} articles"))

    def _story_articles(self) -> list[Article]:
        return [a for a in self.collection.articles if self.story_ids is None or a.id in self.story_ids]

    def action_mark(self) -> None:
        article = self.article(self.current_id)
        if article is None:
            self.tell("Select an article to mark", severity="warning")
            return

        def chosen(mark: str | None) -> None:
            if mark is None:
                return
            try:
                self.state.set_mark(article, mark or None)
            except OSError as exc:
                self.tell(f"Could not save the mark: {exc}", severity="error")
                return
            self._refresh_row(article)
            self.populate_tree()
            self.refresh_reader()
            self.tell(f"Marked {mark}" if mark else "Mark cleared", timeout=2)

        self.push_screen(MarkDialog(article.label, self.state.mark_of(article)), chosen)

    def action_export(self) -> None:
        if not self.collection.articles:
            self.tell("Nothing to export", severity="warning")
            return
        if self.analysing:
            self.tell("The lineage is still being analysed: export once it is done", title="Analysing")
            return

        def chosen(path: str | None) -> None:
            if path is None:
                return  # cancelled
            if not path:
                self.tell("No file name given: nothing exported", severity="warning")
                return
            target = self._export_target(path)
            if isinstance(target, str):
                self.tell(target, title="Not exported", severity="error")
                return
            from tui_reader.core.export import export

            marks = {a.id: m for a in self.collection.articles if (m := self.state.mark_of(a))}
            replaced = target.exists()
            try:
                export(target, self.collection, self.lineage, marks)
            except (OSError, ValueError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self.tell(f"Export to {target} failed: {reason}", severity="error")
                return
            self.tell(f"{'Replaced' if replaced else 'Wrote'} {target}", title="Exported")

        self.push_screen(
            PromptDialog(
                "Export marks and lineage to",
                DEFAULT_EXPORT_NAME,
                "a .csv name writes CSV, anything else JSON · a folder gets " + DEFAULT_EXPORT_NAME,
            ),
            chosen,
        )

    def _export_target(self, path: str) -> Path | str:
        """Where an export named ``path`` goes (a folder gets the default name), or why not."""
        target = Path(path).expanduser()
        if not target.is_absolute():
            target = Path.cwd() / target
        if path.endswith(("/", os.sep)) and not target.is_dir():
            return f"No such folder: {target}"
        if target.is_dir():
            target = target / DEFAULT_EXPORT_NAME
        if not target.parent.is_dir():
            return f"No such folder: {target.parent}"
        articles = {str(Path(a.path).resolve()) for a in self.collection.articles if a.path and a.path != "-"}
        if str(target.resolve()) in articles:
            return f"{target} is one of the collection's articles: choose another name"
        return target

    def action_open(self) -> None:
        default = " ".join(self.state.last_paths) if self.state.last_paths else os.getcwd()

        def chosen(path: str | None) -> None:
            if path is None:
                return  # cancelled
            if not path:
                self.tell("No path given: nothing opened", severity="warning")
                return
            target = Path(path).expanduser()
            if not target.exists():
                self.tell(f"No such file or folder: {path}", severity="error")
                return
            self.start_loading([str(target)])

        self.push_screen(PromptDialog("Open a folder or file", default, "enter opens · escape cancels"), chosen)

    def action_filter(self) -> None:
        self.action_show_pane("articles")
        box = self.query_one("#filter", Input)
        box.add_class("shown")
        box.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value.strip()
        self.populate_table()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        table = self.query_one(ArticleTable)
        table.focus()
        if not self.filter_text:
            event.input.remove_class("shown")

    def on_key(self, event) -> None:
        box = self.query_one("#filter", Input)
        table = self.query_one(ArticleTable)
        # Escape clears the filter from its box, or from the table it narrows.
        if event.key == "escape" and (self.focused is box or (self.focused is table and self.filter_text)):
            event.stop()
            box.value = ""
            box.remove_class("shown")
            table.focus()

    def action_cycle_sort(self) -> None:
        self.sort_key = SORTS[(SORTS.index(self.sort_key) + 1) % len(SORTS)]
        self._save_pref("sort", self.sort_key)
        self.populate_table()
        # (The table's title says what it is sorted by: no notification to pile up on repeats.)

    @on(DataTable.HeaderSelected, "#articles")
    def _header_selected(self, event: DataTable.HeaderSelected) -> None:
        by_column = {"date": "date", "outlet": "outlet", "words": "words", "relation": "similarity", "headline": "order"}
        key = by_column.get(str(event.column_key.value))
        if key:
            self.sort_key = key
            self._save_pref("sort", key)
            self.populate_table()

    def action_stories(self) -> None:
        if self.analysis is None:
            self.tell("The stories are known once the analysis is done", severity="warning")
            return
        stories = sorted(self.analysis.stories, key=lambda s: -len(s.article_ids))
        options: list[tuple[str, Text | str]] = [("*", Text(f"All stories ({len(self.collection)} articles)", style="bold"))]
        for story in stories:
            options.append((story.id, story_label(story)))

        def chosen(story_id: str | None) -> None:
            if story_id is None:
                return
            if story_id == "*":
                self.story_ids = None
            else:
                story = next(s for s in self.analysis.stories if s.id == story_id)
                self.story_ids = set(story.article_ids)
            self.populate_table()
            self.populate_tree()
            self._set_status(self._status_text(""))
            visible = self._visible_articles()
            if visible and (self.current_id is None or (self.story_ids is not None and self.current_id not in self.story_ids)):
                self.open_node(visible[0].id)

        self.push_screen(ChoiceDialog("Stories, largest first", options, "enter opens a story · escape keeps the current one"), chosen)

    def action_show_pane(self, name: str) -> None:
        if name not in PANES:
            return
        self.active_pane = name
        self._show_active_pane()
        self.pane_widget(name).focus()

    def _pane_step(self, step: int) -> None:
        if isinstance(self.screen, ModalScreen) or self.screen is not self.screen_stack[0]:
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        focused = self.focused
        current = self.active_pane
        for name in PANES:
            pane = self.query_one(f"#pane-{name}")
            if focused is not None and (focused is pane or pane in focused.ancestors):
                current = name
        self.action_show_pane(PANES[(PANES.index(current) + step) % len(PANES)])

    def action_next_pane(self) -> None:
        self._pane_step(1)

    def action_previous_pane(self) -> None:
        self._pane_step(-1)
