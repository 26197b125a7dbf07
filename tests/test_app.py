"""Pilot tests of the reader: every key, the layouts, persistence and literal article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Input, OptionList, Static, Tabs

from tui_reader.app.main import ReaderApp
from tui_reader.app.screens import (
    HelpScreen,
    MarkDialog,
    OverviewScreen,
    PickArticleDialog,
    PromptDialog,
    SideBySideScreen,
    TextDialog,
)
from tui_reader.app.widgets import ArticleTable, LineageTree, ReaderView

WIDE = (120, 40)
NARROW = (80, 24)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """One lineage cache for the module: results are keyed by content, so sharing is safe."""
    return tmp_path_factory.mktemp("lineage-cache")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch, shared_cache):
    monkeypatch.setenv("TUI_READER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TUI_READER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TUI_READER_CACHE_DIR", str(shared_cache))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TUI_READER_EXIT_AFTER_FIRST_PAINT", raising=False)
    return tmp_path


def shown(app, selector: str) -> str:
    """The plain text a Static currently shows."""
    return app.query_one(selector, Static).visual.plain


def reader_text(app) -> str:
    return app.query_one(ReaderView).text.plain


async def press(pilot, *keys: str) -> None:
    """Press ``keys`` and let the app answer."""
    await pilot.press(*keys)
    await pilot.pause()


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def footer_keys(app) -> set[str]:
    """What the footer of the active screen names."""
    return {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}


def with_base(app) -> str:
    """An article that has something to diff against (a parent or a stand-in)."""
    for article in app.collection.articles:
        app.current_id = article.id
        if app.article(app.base_id()) is not None:
            return article.id
    pytest.fail("no article of the collection has a parent to diff against")


def without_parent(app) -> str:
    for article in app.collection.articles:
        if app.lineage.parent_edge(article.id) is None:
            return article.id
    pytest.fail("every article has a parent")


@pytest.fixture
def similar_pair(tmp_path):
    """Two related articles whose text looks like markup and holds escape sequences."""
    folder = tmp_path / "pair"
    folder.mkdir()
    body = (
        "The council met on Monday [bold]to vote[/bold] on the budget and the plan for the river park.\n\n"
        "Critics said [link=https://example.com/x]the plan[/link] ignores flooding \x1b[31mred alert\x1b[0m "
        "and the cost of repairs to the old bridge near the market.\n\n"
        "The mayor said the vote would go ahead on Friday after a public hearing in the town hall."
    )
    (folder / "a.txt").write_text("Council [bold]votes[/bold] on budget\n\n" + body, encoding="utf-8")
    changed = body.replace("Monday", "Tuesday").replace("public hearing", "long public hearing")
    (folder / "b.txt").write_text("Council [bold]votes[/bold] on budget\n\n" + changed, encoding="utf-8")
    return folder


# -- start-up and layout ---------------------------------------------------------------------


async def test_first_screen_lists_the_seeds_and_tree():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        table = app.query_one(ArticleTable)
        assert table.row_count == len(app.collection) == 5
        tree = app.query_one(LineageTree)
        labels = []

        def walk(node):
            for child in node.children:
                labels.append(child.label.plain)
                walk(child)

        walk(tree.root)
        assert len([x for x in labels if not x.startswith("Story")]) >= 5
        for hidden in app.lineage.hidden:
            assert any(label.endswith(hidden.label) or "lost source" in label for label in labels)
        assert app.current_id is not None
        assert app.collection.get(app.current_id).label.split()[0] in reader_text(app)


async def test_wide_layout_shows_all_panes_and_narrow_uses_tabs():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert not app.compact
        for name in ("tree", "articles", "reader"):
            assert app.query_one(f"#pane-{name}").display
        assert not app.query_one("#pane-tabs", Tabs).display
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.compact
        assert app.query_one("#pane-tabs", Tabs).display
        visible = [n for n in ("tree", "articles", "reader") if app.query_one(f"#pane-{n}").styles.display != "none"]
        assert visible == ["tree"]


def pin_lost_source(monkeypatch, second: tuple[float, str]) -> None:
    """Make the analysis put the first two articles under a lost source "h1" (AP): the first a
    spin at 0.9, the second with ``second``'s confidence and relation."""
    import dataclasses

    import tui_reader.app.main as main_module
    from tui_reader.core.lineage import Edge, HiddenNode, Lineage

    real = main_module.analyse

    def with_lost_source(collection, **kwargs):
        result = real(collection, **kwargs)
        ids = [a.id for a in collection.articles]
        edges = (Edge("h1", ids[0], 0.9, "spin"), Edge("h1", ids[1], *second))
        return dataclasses.replace(result, lineage=Lineage(tuple(ids), (HiddenNode("h1", "AP"),), edges))

    monkeypatch.setattr(main_module, "analyse", with_lost_source)


async def test_lost_source_is_labelled_in_the_tree(monkeypatch):
    pin_lost_source(monkeypatch, (0.3, "rewrite"))
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        tree = app.query_one(LineageTree)
        found = {}

        def walk(node, depth=0):
            for child in node.children:
                found[child.data] = (child.label.plain, node.data, child.label)
                walk(child, depth + 1)

        walk(tree.root)
        assert found["h1"][0] == "lost source: AP"
        ids = [a.id for a in app.collection.articles]
        assert found[ids[0]][1] == "h1" and found[ids[1]][1] == "h1"
        assert "spin 90%" in found[ids[0]][0]
        uncertain = found[ids[1]][2]
        assert "?" in uncertain.plain and any("italic" in str(s.style) for s in uncertain.spans)
        app.open_node("h1")
        assert "not in the collection" in reader_text(app)


# -- keys --------------------------------------------------------------------------------------


async def test_q_quits():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(pilot, "q")
        assert not app.is_running




async def test_d_on_an_article_without_parent_says_so_and_offers_compare():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.open_node(without_parent(app))
        await press(pilot, "d")
        assert "no parent" in reader_text(app).lower()
        assert "c" in shown(app, "#counts") and "compare" in shown(app, "#counts")




async def test_c_compares_with_a_chosen_article():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        target = without_parent(app)
        app.open_node(target)
        await press(pilot, "c")
        assert isinstance(app.screen, PickArticleDialog)
        other = next(a for a in app.collection.articles if a.id != target)
        await pilot.press(*list(other.label[:12].lower()))
        await press(pilot, "enter")
        assert app.compare_id == other.id
        assert app.diff_on
        assert other.label[:20] in shown(app, "#counts")



async def test_b_hides_and_shows_boilerplate(tmp_path):
    folder = tmp_path / "bp"
    folder.mkdir()
    (folder / "one.txt").write_text("Headline here\n\nA body paragraph about the river.\n\nAnother body paragraph.", "utf-8")
    app = ReaderApp(paths=[str(folder)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # Give the article a boilerplate block whatever the loader decides.
        from dataclasses import replace

        from tui_reader.core.model import Block, Collection

        art = app.collection.articles[0]
        art = replace(art, blocks=art.blocks + (Block("Share this story on social media", "boilerplate", "share prompt"),))
        app.collection = Collection((art,))
        app.open_node(art.id)
        assert app.show_boilerplate
        assert "Share this story" in reader_text(app)
        await press(pilot, "b")
        assert "Share this story" not in reader_text(app)
        assert "hidden" in reader_text(app)
        await press(pilot, "b")
        assert "Share this story" in reader_text(app)



async def test_m_marks_and_the_mark_persists(private_dirs):
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        current = app.article(app.current_id)
        await press(pilot, "m")
        assert isinstance(app.screen, MarkDialog)
        await pilot.press("down", "enter")  # second option: copy
        await pilot.pause()
        assert app.state.mark_of(current) == "copy"
        assert "copy" in reader_text(app)
    saved = json.loads((private_dirs / "data" / "marks.json").read_text())
    assert [m["mark"] for m in saved["marks"].values()] == ["copy"]
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.state.mark_of(current) == "copy"
        table = app.query_one(ArticleTable)
        assert table.get_cell(current.id, "mark").plain == "copy"


async def test_x_exports_marks_and_lineage(tmp_path):
    app = ReaderApp()
    target = tmp_path / "out.csv"
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(pilot, "x")
        assert isinstance(app.screen, PromptDialog)
        app.screen.query_one(Input).value = str(target)
        await press(pilot, "enter")
    lines = target.read_text().splitlines()
    assert lines[0].startswith("id,kind,title")
    assert len(lines) == 1 + len(app.collection) + len(app.lineage.hidden)


async def test_x_never_overwrites_an_article_and_creates_no_folder(similar_pair, tmp_path):
    app = ReaderApp(paths=[str(similar_pair)])
    article = similar_pair / "a.txt"
    before = article.read_bytes()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)

        async def export_to(name: str) -> str:
            await press(pilot, "x")
            app.screen.query_one(Input).value = name
            await press(pilot, "enter")
            return app._notifications and list(app._notifications)[-1].message

        assert "one of the collection's articles" in await export_to(str(article))
        assert "No such folder" in await export_to(str(tmp_path / "missing" / "out.json"))
        assert "No such folder" in await export_to(str(tmp_path / "missing") + "/")
        assert "Wrote" in await export_to(str(tmp_path))  # a folder gets the default name
        assert "Replaced" in await export_to(str(tmp_path))
        assert "No file name" in await export_to("  ")
    assert article.read_bytes() == before
    assert not (tmp_path / "missing").exists()
    assert json.loads((tmp_path / "tui-reader-export.json").read_text())["articles"]


async def test_o_opens_another_folder(similar_pair, private_dirs):
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(pilot, "o")
        assert isinstance(app.screen, PromptDialog)
        app.screen.query_one(Input).value = str(similar_pair)
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.collection) == 2
        assert app.query_one(ArticleTable).row_count == 2
    session = json.loads((private_dirs / "data" / "session.json").read_text())
    assert session["last_paths"] == [str(similar_pair.resolve())]


async def test_o_with_a_missing_path_keeps_the_collection(tmp_path):
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(pilot, "o")
        app.screen.query_one(Input).value = str(tmp_path / "nope")
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(app.collection) == 5
        # A folder with nothing to load: the collection and its status stay, the failure is told.
        (tmp_path / "empty").mkdir()
        before = shown(app, "#status")
        app.start_loading([str(tmp_path / "empty")])
        await settle(app, pilot)
        assert len(app.collection) == 5 and not app.analysing
        assert shown(app, "#status") == before
        assert any("Nothing could be loaded" in n.message for n in app._notifications)


async def test_slash_filters_by_headline_or_body():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        target = app.collection.articles[-1]
        word = max(target.body.split(), key=len)[:5]
        expected = {a.id for a in app.collection.articles if word.casefold() in (a.title or "").casefold() + a.full_text.casefold()}
        await press(pilot, "slash")
        assert isinstance(app.focused, Input)
        await press(pilot, *list(word))
        table = app.query_one(ArticleTable)
        shown_ids = {table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)}
        assert shown_ids == expected and target.id in shown_ids
        # The filter is named early in the table's title, which a narrow pane cuts at its end.
        title = shown(app, "#articles-title")
        assert title.index(f"filter: {word}") < title.index("sorted by")
        await press(pilot, "escape")
        assert table.row_count == 5
        # A filter kept with enter is cleared by escape in the table it narrows.
        await press(pilot, "slash", *list(word), "enter")
        assert app.focused is table and table.row_count == len(expected)
        await press(pilot, "escape")
        assert table.row_count == 5 and not app.filter_text


async def test_a_filter_that_hides_the_open_article_opens_a_shown_one():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        texts = {a.id: ((a.title or "") + " " + a.full_text).casefold() for a in app.collection.articles}
        word, only = next(
            (w, a.id)
            for a in app.collection.articles
            if a.id != app.current_id
            for w in sorted(set(a.body.casefold().split()), key=lambda w: (-len(w), w))
            if w.isalpha() and [i for i, t in texts.items() if w in t] == [a.id]
        )
        await press(pilot, "slash", *list(word))
        table = app.query_one(ArticleTable)
        assert table.row_count == 1
        assert app.current_id == table.current_id() == only


async def test_the_sorted_column_and_the_headline_show_without_scrolling_sideways():
    for size in (WIDE, NARROW, (200, 60)):
        app = ReaderApp()
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await press(pilot, "2")
            table = app.query_one(ArticleTable)
            for sort in ("order", "date", "outlet", "words"):
                app.sort_key = sort
                app.populate_table()
                await pilot.pause()
                keys = list(table.columns)
                names = [str(key.value) for key in keys]
                upto = names.index("headline") + 1
                assert names[0] == "relation" and (sort == "order" or names[1] == sort)
                width = sum(table.columns[key].width + 2 * table.cell_padding for key in keys[:upto])
                headline = table.columns[keys[upto - 1]].width
                room = table.scrollable_content_region.width
                # The headline fills the room the columns before it leave, down to a least width...
                assert width <= room or headline == ArticleTable.HEADLINE_MIN
                assert headline < 44 or width <= room
                # ... and what it leaves holds the next column whole, not a stub of it.
                left = room - width
                assert left <= 0 or left >= table.columns[keys[upto]].width + 2 * table.cell_padding


async def test_shift_s_cycles_sort_orders():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        table = app.query_one(ArticleTable)
        seen = []
        for _ in range(5):
            await press(pilot, "S")
            seen.append(app.sort_key)
            if app.sort_key == "words":
                words = [int(table.get_cell(table.coordinate_to_cell_key((r, 0)).row_key, "words").plain) for r in range(table.row_count)]
                assert words == sorted(words, reverse=True)
            if app.sort_key == "similarity":
                # Most explained by its parent first; the article without a parent last.
                order = [table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)]
                shares = [app.lineage.parent_edge(i).evidence["child_in_parent"] if app.lineage.parent_edge(i) else -1.0 for i in order]
                assert shares == sorted(shares, reverse=True) and shares[-1] == -1.0
            if app.sort_key == "confidence":
                # Least certain parent first; the article without a parent last.
                order = [table.coordinate_to_cell_key((r, 0)).row_key.value for r in range(table.row_count)]
                edges = [app.lineage.parent_edge(i) for i in order]
                confidences = [e.confidence for e in edges if e is not None]
                assert confidences == sorted(confidences) and edges[-1] is None and None not in edges[:-1]
        assert seen == ["date", "outlet", "words", "similarity", "confidence"]


async def test_a_lists_stories_and_restricts_to_one():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(pilot, "a")
        listing = app.screen.query_one(OptionList)
        assert listing.option_count == len(app.analysis.stories) + 1
        await pilot.press("down", "enter")  # the largest story
        await pilot.pause()
        largest = max(app.analysis.stories, key=lambda s: len(s.article_ids))
        assert app.story_ids == set(largest.article_ids)
        assert app.query_one(ArticleTable).row_count == len(largest.article_ids)



async def test_no_color_turns_markers_on(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.markers


async def test_t_switches_theme_and_remembers_it():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        first = app.theme
        await press(pilot, "t")
        assert app.theme != first
        switched = app.theme
    app = ReaderApp()
    async with app.run_test(size=WIDE):
        assert app.theme == switched


async def test_the_reader_takes_the_new_theme_s_background_at_once():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        reader = app.query_one(ReaderView)

        def backgrounds() -> set:
            return {seg.style.bgcolor for y in range(5) for seg in reader.render_line(y) if seg.style and seg.style.bgcolor}

        before = backgrounds()
        await press(pilot, "t")
        after = backgrounds()
        assert after == {reader.rich_style.bgcolor} and after != before


async def test_tab_moves_between_panes_wide_and_narrow():
    for size in (WIDE, NARROW):
        app = ReaderApp()
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            order = []
            for _ in range(3):
                order.append(app.active_pane if app.compact else type(app.focused).__name__)
                await press(pilot, "tab")
            if app.compact:
                assert order == ["tree", "articles", "reader"]
                assert app.active_pane == "tree"
            else:
                assert order == ["LineageTree", "ArticleTable", "ReaderView"]
            await press(pilot, "shift+tab")
            assert app.focused is app.query_one(ReaderView)


async def test_diff_key_in_narrow_layout_brings_the_reader_forward():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.active_pane == "tree"
        await press(pilot, "d")
        assert app.active_pane == "reader" and app.diff_on


async def test_number_keys_pick_panes():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await press(pilot, "3")
        assert app.active_pane == "reader" and app.focused is app.query_one(ReaderView)
        assert app.query_one("#pane-tabs", Tabs).active == "tab-reader"
        await press(pilot, "2")
        assert app.focused is app.query_one(ArticleTable)


async def test_vim_keys_in_table_tree_and_reader():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        table = app.query_one(ArticleTable)
        table.focus()
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("k")
        assert table.cursor_row == table.row_count - 2
        await pilot.press("g")
        assert table.cursor_row == 0
        await pilot.press("j")
        assert table.cursor_row == 1
        await pilot.pause()
        # moving in the table opens the article in the reader (wide layout)
        assert app.current_id == table.current_id()

        tree = app.query_one(LineageTree)
        tree.focus()
        await pilot.press("g")
        assert tree.cursor_line == 0
        await pilot.press("j", "j")
        assert tree.cursor_line == 2
        await pilot.press("G")
        assert tree.cursor_line == tree.last_line

        reader = app.query_one(ReaderView)
        reader.focus()
        await press(pilot, "G")
        assert reader.scroll_y == reader.max_scroll_y > 0
        await press(pilot, "g")
        assert reader.scroll_y == 0
        await press(pilot, "j")
        assert reader.scroll_y > 0


async def test_enter_in_narrow_table_opens_reader():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        await pilot.press("G")
        await press(pilot, "enter")
        last = app.query_one(ArticleTable).current_id()
        assert app.current_id == last
        assert app.active_pane == "reader"


async def test_selecting_a_tree_node_opens_it():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        tree = app.query_one(LineageTree)
        tree.focus()
        line = next(i for i in range(tree.last_line + 1) if app.article(tree.get_node_at_line(i).data))
        tree.cursor_line = line
        await press(pilot, "enter")
        assert app.current_id == tree.get_node_at_line(line).data
        assert app.active_pane == "reader"



async def test_diff_keys_d_n_shift_n_s_shift_m():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # d toggles the diff with counts
        app.open_node(with_base(app))
        await pilot.pause()
        before = reader_text(app)
        await press(pilot, "d")
        assert app.diff_on
        counts = shown(app, "#counts")
        assert "inserted" in counts and "deleted" in counts
        diff = app.current_diff()
        assert diff is not None and diff.counts.changed > 0
        assert str(diff.counts.inserted) in counts
        assert reader_text(app) != before
        await press(pilot, "d")
        assert not app.diff_on
        assert reader_text(app) == before
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # n and shift n walk the changes
        app.open_node(with_base(app))
        await press(pilot, "n")
        assert app.diff_on and app.change_index == 0
        await press(pilot, "n")
        assert app.change_index == 1
        await press(pilot, "N")
        assert app.change_index == 0
        await press(pilot, "N")
        assert app.change_index == len(app._changes) - 1
        reader = app.query_one(ReaderView)
        assert reader.scroll_y > 0  # the last change is further down than the first screen
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # s shows side by side
        app.open_node(with_base(app))
        await press(pilot, "s")
        assert isinstance(app.screen, SideBySideScreen)
        old = app.article(app.base_id())
        new = app.article(app.current_id)
        assert old.paragraphs[0][:20] in app.screen.left[1].plain
        assert new.paragraphs[0][:20] in app.screen.right[1].plain
        await press(pilot, "escape")
        assert not isinstance(app.screen, SideBySideScreen)
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # shift m brackets changes for no colour
        app.open_node(with_base(app))
        await press(pilot, "d")
        assert "{+" not in reader_text(app)
        await press(pilot, "M")
        text = reader_text(app)
        assert "{+" in text or "[-" in text
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()


async def test_p_opens_the_parent_and_says_when_there_is_none():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        child = next(a.id for a in app.collection.articles if app.lineage.parent_edge(a.id) is not None)
        parent = app.lineage.parent_edge(child).parent
        app.open_node(child)
        await press(pilot, "p")
        assert app.current_id == parent
        assert app.query_one(LineageTree).cursor_node.data == parent
        # Up to the root, where p says there is nothing above.
        for _ in range(len(app.collection.articles) + len(app.lineage.hidden)):
            await press(pilot, "p")
        root = app.current_id
        assert app.lineage.parent_edge(root) is None
        said = list(app._notifications)[-1]
        assert said.title == "No parent" and said.message.startswith(("Nothing is known above", "This article has"))
        # An article that stands alone says so and stays open.
        alone = without_parent(app)
        app.open_node(alone)
        await press(pilot, "p")
        assert app.current_id == alone
        assert "This article has no parent" in list(app._notifications)[-1].message


async def test_the_reader_lists_the_copies_of_an_article(similar_pair):
    app = ReaderApp(paths=[str(similar_pair)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        edge = app.lineage.edges[0]
        app.open_node(edge.parent)
        await pilot.pause()
        line = next(x for x in reader_text(app).splitlines() if x.strip().startswith("copies:"))
        assert app.article(edge.child).label in line
        app.open_node(edge.child)
        await pilot.pause()
        assert "copies:" not in reader_text(app)


async def test_p_climbs_to_a_lost_source(monkeypatch):
    pin_lost_source(monkeypatch, (0.8, "copy"))
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.open_node(app.collection.articles[1].id)
        await press(pilot, "p")
        assert app.current_id == "h1"
        assert "not in the collection" in reader_text(app)
        await press(pilot, "p")
        assert app.current_id == "h1"
        assert "Nothing is known above this lost source" in list(app._notifications)[-1].message


async def test_p_while_the_lineage_is_analysed_waits_for_it(monkeypatch):
    gate = hold_analysis(monkeypatch)
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.current_id)
        opened = app.current_id
        await press(pilot, "p")
        assert app.current_id == opened
        assert "still being analysed" in list(app._notifications)[-1].message
        gate.set()
        await settle(app, pilot)


async def test_dialog_keys_help_evidence_overview_palette():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        # question mark shows every key
        from tui_reader.app.keys import APP_KEYS

        await press(pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.body.plain
        for key in APP_KEYS:
            assert key.help in text
        await press(pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # e shows the evidence of the edge
        child = next(e.child for e in app.lineage.edges if app.article(e.child))
        app.open_node(child)
        await press(pilot, "e")
        assert isinstance(app.screen, TextDialog)
        text = app.screen.body.plain
        edge = app.lineage.parent_edge(child)
        assert edge.relation in text
        for key in list(edge.evidence)[:3]:
            assert str(key).replace("_", " ") in text
        # and the best of the other candidates, by its label
        runner = edge.evidence["runner_up"]["parent"]
        assert "best alternative: " + app.labels().get(runner, runner)[:30] in text
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # v shows overview matrix and timeline
        await press(pilot, "v")
        assert isinstance(app.screen, OverviewScreen)
        matrix = app.screen.matrix.plain
        assert all(f"{i:>4}" in matrix.splitlines()[0] for i in range(len(app.collection)))
        assert len(app.screen.timeline.plain.strip().splitlines()) >= len(app.collection)
        await press(pilot, "v")
        assert not isinstance(app.screen, OverviewScreen)
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()
        # command palette lists every action
        from tui_reader.app.commands import ReaderCommands
        from tui_reader.app.keys import APP_KEYS

        await settle(app, pilot)
        provider = ReaderCommands(app.screen)
        titles = [hit.display for hit in [h async for h in provider.discover()]]
        assert len(titles) == len(APP_KEYS)
        hits = [h async for h in provider.search("overview")]
        assert hits
        hits[0].command()
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        app.diff_on = False
        app.markers = False
        while len(app.screen_stack) > 1:
            app.pop_screen()
        await pilot.pause()


# -- untrusted text -------------------------------------------------------------------------


async def test_markup_and_escapes_in_articles_are_shown_literally(similar_pair):
    app = ReaderApp(paths=[str(similar_pair)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        for article in app.collection.articles:
            app.open_node(article.id)
            await pilot.pause()
            text = reader_text(app)
            assert "[bold]" in text and "[/bold]" in text
            assert "[link=https://example.com/x]the plan[/link]" in text
            assert "\x1b" not in text
        table = app.query_one(ArticleTable)
        assert "[bold]votes[/bold]" in table.get_cell_at((0, 1)).plain
        compare_to = app.collection.articles[0].id
        app.open_node(app.collection.articles[1].id)
        app.compare_id = compare_to
        app.diff_on = True
        app.refresh_reader()
        await pilot.pause()
        text = reader_text(app)
        assert "[link=https://example.com/x]" in text and "\x1b" not in text
        rendered = app.query_one(ReaderView).text
        assert not any("link" in str(span.style) for span in rendered.spans)


async def test_corrupt_state_files_are_set_aside_with_a_notification(private_dirs):
    data = private_dirs / "data"
    data.mkdir(parents=True)
    (data / "marks.json").write_text("{not json", "utf-8")
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert any("corrupt" in n.message for n in app._notifications)
        assert app.query_one(ArticleTable).row_count == 5
    assert any(p.name.startswith("marks.json.corrupt-") for p in data.iterdir())


async def test_nothing_loaded_keeps_the_app_running(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    app = ReaderApp(paths=[str(empty)])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.is_running
        assert "Nothing could be loaded" in shown(app, "#status")


def hold_analysis(monkeypatch):
    """Make the analysis wait (after reporting some progress) until the returned gate is set."""
    import threading

    import tui_reader.app.main as main_module

    gate = threading.Event()
    real = main_module.analyse

    def slow_analyse(collection, **kwargs):
        kwargs["progress"](1, 4, "lineage")
        gate.wait(5)
        return real(collection, **kwargs)

    monkeypatch.setattr(main_module, "analyse", slow_analyse)
    return gate


async def wait_until(pilot, ready) -> None:
    """Pause (up to a second) until ``ready()``."""
    for _ in range(50):
        await pilot.pause(0.02)
        if ready():
            return


async def test_progress_and_first_screen_before_analysis(monkeypatch):
    gate = hold_analysis(monkeypatch)
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.query_one(ArticleTable).row_count)
        assert app.query_one(ArticleTable).row_count == 5
        assert app.analysing
        assert "analysing" in shown(app, "#status")
        await pilot.press("j")  # the UI answers while the analysis runs
        gate.set()
        await settle(app, pilot)
        assert not app.analysing
        assert not app.query_one("#progress").display


async def test_while_the_lineage_is_analysed_no_parent_is_called_missing(monkeypatch, tmp_path):
    gate = hold_analysis(monkeypatch)
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await wait_until(pilot, lambda: app.current_id)
        assert app.analysing
        # An export now would say no article has a parent: it waits for the lineage.
        app.action_export()
        await pilot.pause()
        assert not isinstance(app.screen, PromptDialog)
        assert "not known yet" in reader_text(app) and "no source found" not in reader_text(app)
        assert "not known yet" in shown(app, "#counts")
        await pilot.press("e")
        await press(pilot, "d")
        assert not isinstance(app.screen, TextDialog)  # no evidence to show yet, so no dialog
        messages = " ".join(n.message for n in app._notifications)
        assert "still being analysed" in messages and "no parent" not in messages
        gate.set()
        await settle(app, pilot)
        assert "not known yet" not in reader_text(app)


async def test_text_widgets_hold_text_objects():
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        table = app.query_one(ArticleTable)
        for r in range(table.row_count):
            assert all(isinstance(c, Text) for c in table.get_row_at(r))
        tree = app.query_one(LineageTree)

        def walk(node):
            for child in node.children:
                assert isinstance(child._label, (Text,)) or hasattr(child._label, "plain")
                walk(child)

        walk(tree.root)
        assert Path(app.collection.articles[0].path).exists()


def _tree_labels(app) -> list[str]:
    labels: list[str] = []

    def walk(node):
        for child in node.children:
            labels.append(child.label.plain)
            walk(child)

    walk(app.query_one(LineageTree).root)
    return labels


async def test_one_story_with_lone_articles_goes_straight_to_its_tree():
    app = ReaderApp()  # the seeds: one story and a same-topic article from another source
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert not any(label.startswith("Story") for label in _tree_labels(app))
        assert "stories (a)" not in shown(app, "#status")


async def test_several_stories_are_listed_first(tmp_path):
    from mixed_stories import make_mixed, write_plain

    articles, truth = make_mixed(seed=3, stories=2, copies=3)
    write_plain(tmp_path / "mixed", articles)
    app = ReaderApp(paths=[str(tmp_path / "mixed")])
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert sum(1 for s in app.analysis.stories if len(s.article_ids) > 1) == 2
        assert sum(1 for label in _tree_labels(app) if label.startswith("Story")) == 2


async def test_fast_moves_and_sorts_in_the_table_settle_on_the_row_under_the_cursor():
    # The table and the tree follow each other's cursor; stale highlights must not make them
    # re-select each other back and forth (which kept the app busy and flipped the reader).
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        table = app.query_one(ArticleTable)
        tree = app.query_one(LineageTree)
        await pilot.press("2")
        for key in "jjkS":
            await pilot.press(key)
        # Two moves before the app reads either: the first highlight is stale when it arrives.
        table.move_cursor(row=1)
        table.move_cursor(row=3)
        await settle(app, pilot)
        shown_id = app.current_id
        for _ in range(10):
            await pilot.pause(0.05)
            assert app.current_id == shown_id
        assert table.current_id() == shown_id
        assert tree.cursor_node is not None and tree.cursor_node.data == shown_id


async def test_a_dialog_s_footer_shows_its_own_keys():
    from textual.widgets import Footer

    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        for key, screen_type in (("question_mark", HelpScreen), ("e", TextDialog)):
            await press(pilot, key)
            assert isinstance(app.screen, screen_type)
            assert app.screen.query(Footer), "the dialog has a footer of its own"
            assert footer_keys(app) == {"Close"}  # not the keys of the screen beneath
            await press(pilot, "escape")


async def test_over_the_overview_only_its_own_keys_and_help_work():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        diff_before = app.diff_on
        await press(pilot, "v")
        assert isinstance(app.screen, OverviewScreen)
        assert footer_keys(app) == {"Close", "Help"}
        await press(pilot, "d")
        assert app.diff_on == diff_before  # d means nothing here: the reader beneath is left alone
        # Each version's line of the matrix stays one line at 80 columns.
        matrix = app.screen.query_one("#matrix")
        assert matrix.size.height == len(app.collection) + 3


async def test_side_by_side_at_80_columns_keeps_every_count_of_its_title():
    app = ReaderApp()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        app.open_node(with_base(app))
        await press(pilot, "s")
        assert isinstance(app.screen, SideBySideScreen)
        title = app.screen.query_one(".dialog-title")
        assert "moved" in title.visual.plain
        assert title.size.height * title.size.width >= len(title.visual.plain)  # room for all of it


async def test_two_pane_keys_at_once_settle_on_the_last():
    # Keys read together (as over ssh): each pane switch sets the hidden tabs, whose messages
    # arrive after the next switch; a stale one must not switch back (and start a loop).
    app = ReaderApp()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.action_show_pane("articles")
        app.action_show_pane("tree")
        await settle(app, pilot)
        for _ in range(10):
            await pilot.pause(0.02)
            assert app.active_pane == "tree"
            assert app.query_one("#pane-tabs", Tabs).active == "tab-tree"
        assert isinstance(app.focused, LineageTree)
