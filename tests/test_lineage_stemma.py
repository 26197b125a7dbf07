"""The stemma of close copies: shared innovations, lost sources, the original's place."""

import random

from tui_reader.core.stemma import build_stemma, variant_locations

WORDS = [chr(0x100 + k) for k in range(400)]


def text(seed: int, length: int = 240) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(WORDS) for _ in range(length)]


def copy(words: list[str], seed: int, errors: int = 6) -> list[str]:
    """A copy with ``errors`` misreadings (new words) and one dropped word."""
    rng = random.Random(seed)
    out = list(words)
    for k in range(errors):
        out[rng.randrange(len(out))] = chr(0x3000 + seed * 50 + k)
    del out[rng.randrange(len(out))]
    return out


def s(words: list[str]) -> str:
    return "".join(words)


def test_variant_locations_report_each_reading():
    a = text(1)
    b = list(a)
    b[10] = "\u4e00"
    locs = variant_locations([s(a), s(b)])
    assert len(locs) == 1
    assert sorted(locs[0].readings) == sorted([a[10], "\u4e00"])


def test_present_original_is_the_root_and_shared_errors_make_a_branch():
    o = text(2)
    a = copy(o, 1)
    a1, a2 = copy(a, 2), copy(a, 3)
    b = copy(o, 4)
    texts = [s(x) for x in (a1, b, o, a2, a)]
    st = build_stemma(texts)
    assert st.parent[2] is None  # the original
    assert st.parent[4] == ("w", 2)
    assert st.parent[1] == ("w", 2)
    assert st.parent[0] == ("w", 4) and st.parent[3] == ("w", 4)
    assert not st.hidden_parent


def test_lost_intermediate_becomes_a_hidden_source():
    o = text(3)
    lost = copy(o, 5)
    c1, c2, c3 = copy(lost, 6), copy(lost, 7), copy(o, 8)
    st = build_stemma([s(x) for x in (o, c1, c2, c3)])
    assert st.parent[0] is None
    assert st.parent[3] == ("w", 0)
    assert st.parent[1] == st.parent[2] == ("h", 0)
    assert st.hidden_parent == [("w", 0)]


def test_siblings_without_their_original_hang_under_a_lost_root():
    o = text(4)
    kids = [copy(o, 10 + k) for k in range(4)]
    st = build_stemma([s(x) for x in kids])
    assert st.hidden_parent == [None]
    assert all(p == ("h", 0) for p in st.parent)


def _tradition(make, extra=()) -> dict[str, str]:
    """The parents the engine gives a tradition: an original "o", three copies "l0-l2" of a lost
    copy of it, three direct copies "d0-d2" (and ``extra`` witnesses), each made by ``make(name,
    paragraphs)``. Checks the shape a stemma gives them: "o" the root, the "d"s under it, the
    "l"s under one lost source under it."""
    from test_lineage_cases import base_story, collection, mutate

    from tui_reader.core.lineage import infer_lineage

    o = base_story(12, 10)
    lost = mutate(o, 5, 1)
    arts = [make("o", o), *(make(name, paras(o)) for name, paras in extra)]
    arts += [make(f"l{k}", mutate(lost, 4, 10 + k)) for k in range(3)]
    arts += [make(f"d{k}", mutate(o, 4, 20 + k)) for k in range(3)]
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    assert "o" not in parent
    assert all(parent[f"d{k}"] == "o" for k in range(3))
    hidden = {parent[f"l{k}"] for k in range(3)}
    assert len(hidden) == 1 and hidden <= {h.id for h in lin.hidden}
    assert parent[hidden.pop()] == "o"
    return parent


def test_engine_reads_a_tradition_of_close_copies_as_a_stemma():
    from test_lineage_cases import article

    _tradition(article)


def test_a_small_tradition_of_close_copies_is_read_as_a_stemma_too():
    # Four copies out of a larger tradition: two share a lost exemplar's errors, so they hang
    # under one lost source below the original rather than one under the other.
    from test_lineage_cases import article, base_story, collection, mutate

    from tui_reader.core.lineage import infer_lineage

    o = base_story(13, 10)
    lost = mutate(o, 5, 2)
    arts = [article("o", o), article("a", mutate(lost, 4, 30)), article("b", mutate(lost, 4, 31))]
    arts.append(article("d", mutate(o, 4, 32)))
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    assert "o" not in parent
    assert parent["d"] == "o"
    assert parent["a"] == parent["b"] and parent["a"] in {h.id for h in lin.hidden}
    assert parent[parent["a"]] == "o"


def test_a_copy_far_more_changed_than_one_copying_makes_went_through_a_lost_copy():
    from test_lineage_cases import article, base_story, collection, mutate

    from tui_reader.core.lineage import infer_lineage

    o = base_story(14, 10)
    lost = mutate(o, 5, 3)
    arts = [article("o", o), article("a", mutate(lost, 4, 40)), article("b", mutate(lost, 4, 41))]
    arts.append(article("d", mutate(o, 4, 42)))
    # Two generations of copying (eight changes each) between the original and "far".
    arts.append(article("far", mutate(mutate(o, 8, 43), 8, 44)))
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    hidden = {h.id for h in lin.hidden}
    assert parent["d"] == "o"
    assert parent["far"] in hidden and parent[parent["far"]] == "o"
    assert parent["a"] == parent["b"] != parent["far"]


def test_a_copy_whose_errors_its_own_copy_inherited_still_shows_its_lost_exemplar():
    # "far" was copied from a lost copy of the original (eight changes each generation), and was
    # copied in turn: its copy inherited every change, so "far" has few changes of its own.
    # Its edge to the original still carries far more changes than one copying makes.
    from test_lineage_cases import article, base_story, collection, mutate

    from tui_reader.core.lineage import LOST_BETWEEN_SPREAD, infer_lineage

    o = base_story(16, 10)
    lost = mutate(o, 5, 60)
    arts = [article("o", o), article("a", mutate(lost, 5, 61)), article("b", mutate(lost, 5, 62))]
    arts += [article(f"d{k}", mutate(o, 5, 63 + k)) for k in range(3)]
    far = mutate(mutate(o, 8, 66), 8, 67)
    arts += [article("far", far), article("far_copy", mutate(far, 5, 68))]
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    hidden = {h.id: h for h in lin.hidden}
    assert all(parent[f"d{k}"] == "o" for k in range(3))
    assert parent["far_copy"] == "far"
    assert parent["far"] in hidden and parent[parent["far"]] == "o"
    evidence = hidden[parent["far"]].evidence
    usual = evidence["median_places_changed_per_copy"]
    assert evidence["places_changed_against_source"] > usual + LOST_BETWEEN_SPREAD * usual**0.5 > 0


def test_a_copy_a_little_more_careless_than_the_others_hangs_under_its_source():
    # Copyists who each make five changes, a lost exemplar that made only two, and one copyist
    # who made eight: a careless hand, not two generations of copying. One copying's changes
    # are read off the copies nothing descends from, not off the lost exemplar's few.
    from test_lineage_cases import article, base_story, collection, mutate

    from tui_reader.core.lineage import infer_lineage

    o = base_story(15, 10)
    lost = mutate(o, 2, 50)
    arts = [article("o", o), article("a", mutate(lost, 5, 51)), article("b", mutate(lost, 5, 52))]
    arts += [article(f"d{k}", mutate(o, 5, 53 + k)) for k in range(3)]
    arts.append(article("careless", mutate(o, 8, 57)))
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    hidden = {h.id for h in lin.hidden}
    assert parent["careless"] == "o"
    assert all(parent[f"d{k}"] == "o" for k in range(3))
    assert parent["a"] == parent["b"] and parent["a"] in hidden


def test_a_copy_that_rewrote_its_exemplars_slips_still_hangs_under_it():
    # The exemplar made four slips; its copy kept two and rewrote the words around the other
    # two. Whether those were slipped before the copy's change or not, nothing tells: they do
    # not make the exemplar a sibling of its own copy.
    o = text(11)
    a = list(o)
    for k, at in enumerate((50, 90, 120, 200)):
        a[at] = chr(0x3100 + k)
    child = a[:49] + ["\u3200", "\u3201", "\u3202"] + a[52:119] + ["\u3203", "\u3204", "\u3205"] + a[122:]
    b1, b2 = copy(child, 13, errors=3), copy(child, 14, errors=3)
    others = [copy(o, seed) for seed in (15, 16, 17)]
    st = build_stemma([s(x) for x in (o, a, child, b1, b2, *others)])
    assert st.own[1] == 2  # the two slips only the exemplar has
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == ("w", 1)
    assert st.parent[3] == st.parent[4] == ("w", 2)
    assert st.parent[5:] == [("w", 0)] * 3
    assert not st.hidden_parent


def test_a_stemma_s_nested_lost_sources_keep_their_shape_beside_another_story():
    # A lost exemplar copied from the lost original: one lost source is another's parent. A
    # story with a lost source of its own, settled first, must not shift those links.
    from test_lineage_cases import article, base_story, collection, mutate, spin

    from tui_reader.core.lineage import infer_lineage

    o = base_story(21, 10)
    m = mutate(o, 6, 1)
    tradition = [article("a", mutate(m, 3, 2)), article("b", mutate(m, 3, 3))]
    tradition += [article(n, mutate(o, 3, s)) for n, s in (("c", 4), ("d", 5), ("e", 6))]
    first = min(a.content_hash for a in tradition)
    settled_first = 0
    for seed in range(8, 20):
        b = base_story(100 + seed, 8)
        other = [article(f"x{k}", spin(b, 0.7, k)) for k in range(3)]
        settled_first += min(a.content_hash for a in other) < first
        lin = infer_lineage(collection(*tradition, *other))
        parent = {e.child: e.parent for e in lin.edges}
        hidden = {h.id for h in lin.hidden}
        exemplar, root = parent["a"], parent["c"]
        assert {exemplar, root} <= hidden and exemplar != root
        assert parent["b"] == exemplar and parent["d"] == parent["e"] == root
        assert parent[exemplar] == root and root not in parent
        assert all(parent[f"x{k}"] not in (exemplar, root) for k in range(3))
    assert settled_first  # the case that needs the keys renamed did occur


def test_a_word_written_twice_is_the_copy_s_change_not_a_loss_in_the_others():
    o = text(21)
    a = copy(o, 22, errors=0)
    for at in (40, 120):  # a copyist writes two words twice
        a.insert(at, a[at])
    a1, a2 = copy(a, 23), copy(a, 24)
    b, c = copy(o, 25), copy(o, 26)
    texts = [s(x) for x in (o, a, a1, a2, b, c)]
    doubled = [loc for loc in variant_locations(texts) if loc.kind == "run" and loc.doubled]
    assert len(doubled) == 2
    st = build_stemma(texts)
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == st.parent[3] == ("w", 1)
    assert st.parent[4] == st.parent[5] == ("w", 0)


def test_two_words_written_the_other_way_round_are_one_change_inherited_by_the_copies():
    o = text(31)
    a = copy(o, 32, errors=0)
    for at in (30, 90, 150):  # the copyist swaps three pairs of neighbouring words
        a[at], a[at + 1] = a[at + 1], a[at]
    a1, a2 = copy(a, 33), copy(a, 34)
    b, c = copy(o, 35), copy(o, 36)
    texts = [s(x) for x in (o, a, a1, a2, b, c)]
    moves = [loc for loc in variant_locations(texts) if loc.kind == "move"]
    assert len(moves) == 3
    # Each move is read once: as moved by the copy that made it (and by its copies, unless
    # they slipped there themselves), never by the original or its other copies.
    assert all(loc.readings[1] and not any(loc.readings[k] for k in (0, 4, 5)) for loc in moves)
    assert sorted(k for k, r in enumerate(moves[0].readings) if r) == [1, 2, 3]
    st = build_stemma(texts)
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == st.parent[3] == ("w", 1)
    assert st.parent[4] == st.parent[5] == ("w", 0)


def test_an_omission_beside_a_change_reads_as_the_omission_its_exemplar_made():
    # "a" dropped two passages of nine words; its copy "c1" kept both omissions and miswrote
    # the word right after each. Read as misread phrases (ten words replaced by one), the
    # omissions would no longer be shared with "a", and "a" would lose its place as the
    # source of its copies.
    o = text(20)
    a = copy(o, 21, errors=2)
    a = a[:60] + a[69:150] + a[159:]
    c1 = copy(a, 22, errors=8)
    c1[60] = "\u3300"
    c1[141] = "\u3301"
    d1, d2 = copy(c1, 23, errors=4), copy(c1, 24, errors=4)
    c2 = copy(a, 25, errors=4)
    others = [copy(o, seed, errors=4) for seed in (26, 27)]
    st = build_stemma([s(x) for x in (o, a, c1, c2, d1, d2, *others)])
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == st.parent[3] == ("w", 1)
    assert st.parent[4] == st.parent[5] == ("w", 2)
    assert not st.hidden_parent


def test_a_misspelling_shared_with_its_own_copies_does_not_make_a_copy_the_original():
    # The original is lost. "a" misspelt two words and was copied three times: its misspellings
    # are shared, none is its alone, and it has the fewest changes, so it is taken for the
    # original. Its misspellings must still count as changes: the other line ("q" and its copy)
    # then stands beside it under the lost original instead of below it.
    o = text(40)
    a = copy(o, 41, errors=2)
    a1, a2, a3 = (copy(a, seed, errors=4) for seed in (42, 43, 44))
    q = copy(o, 45, errors=4)
    q1 = copy(q, 46, errors=4)
    st = build_stemma([s(x) for x in (a, a1, a2, a3, q, q1)])
    assert st.hidden_parent == [None]
    assert st.parent[0] == st.parent[4] == ("h", 0)
    assert st.parent[1:4] == [("w", 0)] * 3
    assert st.parent[5] == ("w", 4)


def test_a_fragment_of_one_copy_does_not_keep_a_tradition_from_its_stemma():
    # Hand copies (plain texts) with one witness that survives only in part. The fragment is
    # under half the length of the others; the rest of the tradition is still read off shared
    # errors (a lost exemplar below the original), and the fragment hangs under its source.
    from dataclasses import replace

    from test_lineage_cases import article, mutate

    def witness(name: str, paras: list[str]):
        return replace(article(name, paras), title=None)

    parent = _tradition(witness, extra=[("fragment", lambda o: mutate(o, 2, 40)[:4])])
    assert parent["fragment"] == "o"


def _slips(paras: list[str], seed: int, slips: int, skips: int) -> list[str]:
    """A hand copy's slips: ``slips`` words with a letter written twice, and ``skips`` runs of
    five to nine words the eye skipped."""
    rng = random.Random(seed)
    flat = [p.split(" ") for p in paras]
    for _ in range(slips):
        i = rng.randrange(len(flat))
        j = rng.randrange(len(flat[i]))
        word = flat[i][j]
        if len(word) > 3:
            k = rng.randrange(1, len(word) - 1)
            flat[i][j] = word[:k] + word[k] + word[k:]
    for _ in range(skips):
        i = rng.randrange(len(flat))
        j = rng.randrange(max(1, len(flat[i]) - 10))
        del flat[i][j : j + rng.randint(5, 9)]
    return [" ".join(words) for words in flat]


def test_every_edge_of_a_hand_copied_tradition_is_a_copy():
    # Short texts, each copy with eight slips and four skipped runs, copies of copies: the figures
    # of a pair fall to those of a reworded version, but a tradition of close copies holds no
    # rewriting.
    from dataclasses import replace

    from test_lineage_cases import article, base_story, collection

    from tui_reader.core.lineage import infer_lineage

    def witness(name: str, paras: list[str]):
        return replace(article(name, paras), title=None)

    o = base_story(12, 5)
    lost = _slips(o, 1, 8, 4)
    arts = [witness("o", o)]
    arts += [witness(f"l{k}", _slips(lost, 10 + k, 8, 4)) for k in range(3)]
    arts += [witness(f"d{k}", _slips(o, 20 + k, 8, 4)) for k in range(3)]
    lin = infer_lineage(collection(*arts))
    parent = {e.child: e.parent for e in lin.edges}
    assert "o" not in parent and all(parent[f"d{k}"] == "o" for k in range(3))
    assert {e.relation for e in lin.edges} == {"copy"}


def test_a_copy_that_wrote_a_word_beside_its_exemplar_s_change_still_hangs_under_it():
    # "a" miswrote two words; its only copy "a1" kept both and wrote a word of its own right
    # before each. At those places "a1" reads two words where "a" reads one: it still carries
    # the change "a" made, so "a" is its exemplar, not a sibling under a lost copy.
    o = text(50)
    a = copy(o, 51, errors=3)
    a[40], a[120] = "\u3400", "\u3401"
    a1 = copy(a, 52, errors=3)
    for word, new in (("\u3401", "\u3402"), ("\u3400", "\u3403")):
        at = a1.index(word)
        a1[at:at] = [new]
    b, c = copy(o, 53), copy(o, 54)
    texts = [s(x) for x in (o, a, a1, b, c)]
    assert any(loc.readings[2] == "\u3403\u3400" for loc in variant_locations(texts))
    st = build_stemma(texts)
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == ("w", 1)
    assert not st.hidden_parent


def test_a_copy_that_changed_a_word_beside_its_exemplar_s_move_still_hangs_under_it():
    # "a" wrote two pairs of neighbouring words the other way round; its only copy "a1" kept
    # both and miswrote the word right before each, so the alignment no longer sees the moves
    # in it. A change right beside them may hide them: "a" stays its exemplar.
    o = text(60)
    a = copy(o, 61, errors=3)
    for at in (50, 150):
        a[at], a[at + 1] = a[at + 1], a[at]
    a1 = list(a)
    a1[10], a1[49], a1[149], a1[200] = "\u3500", "\u3501", "\u3502", "\u3503"
    b, c = copy(o, 63), copy(o, 64)
    texts = [s(x) for x in (o, a, a1, b, c)]
    moves = [loc for loc in variant_locations(texts) if loc.kind == "move"]
    assert len(moves) == 2 and all(loc.readings[1] and not loc.readings[2] for loc in moves)
    st = build_stemma(texts)
    assert st.parent[0] is None
    assert st.parent[1] == ("w", 0)
    assert st.parent[2] == ("w", 1)
    assert not st.hidden_parent
