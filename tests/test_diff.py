import random
import re

import pytest

from tui_reader.core import diff as diff_module
from tui_reader.core.diff import (
    DELETE,
    EQUAL,
    INSERT,
    MOVE_FROM,
    MOVE_TO,
    REPLACE,
    change_positions,
    diff_articles,
    diff_texts,
    move_partner,
    new_text_from,
    old_text_from,
)
from tui_reader.core.loader import load_paths
from tui_reader.core.model import BOILERPLATE, Article, Block, count_words
from tui_reader.core.seeds import seeds_dir

WORD = re.compile(r"\w+(?:[’'.-]\w+)*")


@pytest.fixture(scope="module")
def seeds():
    return load_paths([str(seeds_dir())]).articles


def check_shape(diff):
    """Invariants every diff keeps: exact texts back, consistent offsets, sides by kind."""
    assert old_text_from(diff) == diff.old
    assert new_text_from(diff) == diff.new
    old_pos = new_pos = 0
    for op in diff.ops:
        assert (op.old_start, op.new_start) == (old_pos, new_pos)
        assert diff.old[op.old_start : op.old_end] == op.old_text
        assert diff.new[op.new_start : op.new_end] == op.new_text
        old_pos, new_pos = op.old_end, op.new_end
        if op.kind in (DELETE, MOVE_FROM):
            assert op.new_text == "" and op.old_text
        if op.kind in (INSERT, MOVE_TO):
            assert op.old_text == "" and op.new_text
        if op.kind == EQUAL:
            assert WORD.findall(op.old_text) == WORD.findall(op.new_text)
        assert (op.move_id is not None) == (op.kind in (MOVE_FROM, MOVE_TO))
    assert (old_pos, new_pos) == (len(diff.old), len(diff.new))


def swap_words(text: str, every: int, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """Replace every ``every``-th word with a different word; return the text and the swaps."""
    swaps = []
    count = 0

    def repl(match):
        nonlocal count
        count += 1
        if count % every:
            return match.group(0)
        new = f"Swap{rng.randrange(10**6)}"
        swaps.append((match.group(0), new))
        return new

    return WORD.sub(repl, text), swaps


def test_identical_texts_are_one_equal_op():
    diff = diff_texts("Same words here.", "Same words here.")
    assert diff.same
    assert [op.kind for op in diff.ops] == [EQUAL]
    assert diff.counts.changed == 0
    assert change_positions(diff) == []


def test_single_word_swaps_are_substitutions():
    diff = diff_texts("The quick brown fox jumps over the lazy dog.", "The fast brown fox leaps over the lazy dog.")
    check_shape(diff)
    subs = [(op.old_text, op.new_text) for op in diff.ops if op.kind == REPLACE]
    assert subs == [("quick", "fast"), ("jumps", "leaps")]
    assert all(op.substitution for op in diff.ops if op.kind == REPLACE)
    assert (diff.counts.substituted, diff.counts.inserted, diff.counts.deleted) == (2, 0, 0)


def test_a_spun_seed_reads_as_words_swapped(seeds):
    old = seeds[0].body
    new, swaps = swap_words(old, 7, random.Random(3))
    diff = diff_texts(old, new)
    check_shape(diff)
    assert diff.counts.substituted == len(swaps) > 100
    assert diff.counts.inserted == diff.counts.deleted == diff.counts.moved == 0
    pairs = [(op.old_text, op.new_text) for op in diff.ops if op.substitution]
    assert pairs == swaps


def test_replaced_runs_are_paired_not_substitutions():
    diff = diff_texts("He went to the big old market today.", "He went to a huge supermarket today.")
    check_shape(diff)
    replaced = [op for op in diff.ops if op.kind == REPLACE]
    assert [(op.old_text, op.new_text) for op in replaced] == [("the big old market", "a huge supermarket")]
    assert not replaced[0].substitution
    assert (diff.counts.deleted, diff.counts.inserted, diff.counts.substituted) == (4, 3, 0)


def test_a_moved_paragraph_is_a_move_and_the_rest_stays_equal(seeds):
    paras = list(seeds[0].paragraphs[:12])
    moved = paras.pop(3)
    new_paras = paras[:9] + [moved] + paras[9:]
    old, new = "\n\n".join(seeds[0].paragraphs[:12]), "\n\n".join(new_paras)
    diff = diff_texts(old, new)
    check_shape(diff)
    kinds = [op.kind for op in diff.ops]
    assert kinds.count(MOVE_FROM) == 1 and kinds.count(MOVE_TO) == 1
    assert set(kinds) == {EQUAL, MOVE_FROM, MOVE_TO}
    assert diff.counts.moved == count_words(moved)
    assert diff.counts.inserted == diff.counts.deleted == diff.counts.substituted == 0
    src = kinds.index(MOVE_FROM)
    dst = kinds.index(MOVE_TO)
    assert diff.ops[src].move_id == diff.ops[dst].move_id
    assert move_partner(diff, src) == dst and move_partner(diff, dst) == src
    assert diff.ops[src].old_text.strip() == moved == diff.ops[dst].new_text.strip()
    # The move_from stands where the paragraph was: after the third paragraph of the new text.
    before = "".join(op.new_text for op in diff.ops[:src])
    assert before.strip() == "\n\n".join(paras[:3])


def test_a_moved_and_edited_paragraph_keeps_its_unchanged_sentences_as_moves():
    sentences = [f"Sentence number {w} says something long enough here." for w in ("one", "two", "three", "four")]
    stay = "\n\n".join(
        f"Paragraph {k} stays where it is and is rather long. It has two sentences, this one included."
        for k in range(4)
    )
    old = " ".join(sentences) + "\n\n" + stay
    edited = sentences[:2] + ["Sentence number three was rewritten completely by someone."] + sentences[3:]
    new = stay + "\n\n" + " ".join(edited)
    diff = diff_texts(old, new)
    check_shape(diff)
    assert diff.counts.moved == 3 * count_words(sentences[0])
    assert {op.move_id for op in diff.ops if op.kind == MOVE_TO} == {op.move_id for op in diff.ops if op.kind == MOVE_FROM}


def test_short_sentences_are_not_reported_as_moves():
    old = "He said no. The committee met again on Tuesday to discuss it. They left."
    new = "The committee met again on Tuesday to discuss it. They left. He said no."
    diff = diff_texts(old, new)
    check_shape(diff)
    assert diff.counts.moved == 0
    assert diff.counts.deleted == diff.counts.inserted == 3


def test_small_equal_islands_are_merged_into_the_change():
    diff = diff_texts("Start alpha beta the gamma delta end.", "Start one two the three four end.")
    check_shape(diff)
    assert [(op.kind, op.old_text, op.new_text) for op in diff.ops] == [
        (EQUAL, "Start ", "Start "),
        (REPLACE, "alpha beta the gamma delta", "one two the three four"),
        (EQUAL, " end.", " end."),
    ]


def test_swaps_separated_by_a_comma_stay_separate():
    diff = diff_texts("They met Anna, Boris and Carl.", "They met Dana, Egon and Carl.")
    check_shape(diff)
    assert [(op.old_text, op.new_text) for op in diff.ops if op.kind == REPLACE] == [("Anna", "Dana"), ("Boris", "Egon")]
    assert diff.counts.substituted == 2


def test_deleted_sentence_is_whole_and_whitespace_stays_with_equal_text():
    diff = diff_texts("The brown fox. Extra sentence here.\n\nNext one.", "The brown fox.\n\nNext one.")
    check_shape(diff)
    assert [(op.kind, op.old_text) for op in diff.ops if op.kind != EQUAL] == [(DELETE, " Extra sentence here.")]
    assert all(op.old_text == op.new_text for op in diff.ops if op.kind == EQUAL)


def test_changes_snap_to_word_boundaries():
    diff = diff_texts("The unbelievable story.", "The believable story.")
    check_shape(diff)
    assert [(op.old_text, op.new_text) for op in diff.ops if op.kind != EQUAL] == [("unbelievable", "believable")]


def test_ops_follow_the_new_text_with_deletions_where_they_were_removed():
    diff = diff_texts("one two three four five", "one three four five six")
    check_shape(diff)
    assert [(op.kind, op.old_text.strip(), op.new_text.strip()) for op in diff.ops] == [
        (EQUAL, "one", "one"),
        (DELETE, "two", ""),
        (EQUAL, "three four five", "three four five"),
        (INSERT, "", "six"),
    ]
    assert change_positions(diff) == [1, 3]


def test_change_positions_are_the_non_equal_ops(seeds):
    diff = diff_texts(seeds[2].body, seeds[3].body)
    positions = change_positions(diff)
    assert positions == sorted(positions)
    assert {diff.ops[k].kind for k in positions} <= {DELETE, INSERT, REPLACE, MOVE_FROM, MOVE_TO}
    assert len(positions) == sum(op.kind != EQUAL for op in diff.ops) > 0


def test_any_two_seeds_can_be_compared(seeds):
    for old in seeds:
        for new in seeds:
            diff = diff_articles(old, new)
            check_shape(diff)
            assert diff.same == (old.body == new.body)


def test_boilerplate_is_left_out_by_default():
    body = (Block("Belarusians took up arms in Ukraine this spring."), Block("They trained in Poland."))
    old = Article("a", "a.txt", "T", body + (Block("Photo: AP", BOILERPLATE, "photo caption"),))
    new = Article("b", "b.txt", "T", body + (Block("KEEP READING: other stories", BOILERPLATE, "link list"),))
    assert diff_articles(old, new).same
    with_boilerplate = diff_articles(old, new, include_boilerplate=True)
    check_shape(with_boilerplate)
    assert not with_boilerplate.same
    assert with_boilerplate.counts.changed > 0


def test_text_without_words():
    for old, new in [("", "Some text."), ("Some text.", ""), ("  \n", "Some text."), ("\n", "  ")]:
        diff = diff_texts(old, new)
        check_shape(diff)
        assert diff.counts.inserted == count_words(new)
        assert diff.counts.deleted == count_words(old)


def test_long_stretches_are_split_on_unique_words(seeds, monkeypatch):
    monkeypatch.setattr(diff_module, "DIRECT_LIMIT", 1000)
    old = seeds[1].body
    new, swaps = swap_words(old, 9, random.Random(5))
    diff = diff_texts(old, new)
    check_shape(diff)
    assert diff.counts.substituted == len(swaps)
    assert diff.counts.inserted == diff.counts.deleted == 0


def test_as_dict_has_offsets_and_counts():
    diff = diff_texts("a b c", "a x c")
    record = diff.as_dict()
    assert record["counts"] == {"inserted": 0, "deleted": 0, "substituted": 1, "moved": 0, "changed": 1}
    assert record["ops"][1] == {"kind": REPLACE, "old": [2, 3], "new": [2, 3], "old_text": "b", "new_text": "x", "substitution": True}


def test_an_edited_paragraph_that_also_appears_unchanged_elsewhere_is_diffed_by_word(seeds):
    paras = list(seeds[0].paragraphs[:6])
    old = "\n\n".join(paras + [paras[2]])
    edited = paras[2].replace(" the ", " a ", 1)
    assert edited != paras[2]
    new = "\n\n".join(paras[:2] + [edited] + paras[3:] + [paras[2]])
    diff = diff_texts(old, new)
    check_shape(diff)
    assert (diff.counts.substituted, diff.counts.inserted, diff.counts.deleted, diff.counts.moved) == (1, 0, 0, 0)


def test_shared_unchanged_paragraphs_still_match_when_others_change(seeds):
    paras = list(seeds[1].paragraphs[:10])
    new_paras = list(paras)
    new_paras[4] = new_paras[4].replace(" ", "  ", 1)  # whitespace only
    new_paras[7] = "A new paragraph written for this version alone."
    diff = diff_texts("\n\n".join(paras), "\n\n".join(new_paras))
    check_shape(diff)
    assert diff.counts.inserted == 8 and diff.counts.deleted == count_words(paras[7])
    assert diff.counts.substituted == diff.counts.moved == 0


def test_long_stretches_without_unique_words_are_aligned_in_slices(monkeypatch):
    monkeypatch.setattr(diff_module, "DIRECT_LIMIT", 100)
    monkeypatch.setattr(diff_module, "HARD_LIMIT", 400)
    monkeypatch.setattr(diff_module, "SLICE_TOKENS", 15)
    rng = random.Random(7)
    old = " ".join(rng.choice(["the", "a", "of", "and"]) for _ in range(200))
    words = old.split(" ")
    words[50] = "zz"  # occurs once in new only: nothing is unique to both sides
    new = " ".join(words)
    diff = diff_texts(old, new)
    check_shape(diff)
    assert diff.counts.substituted == 1 and diff.counts.inserted == diff.counts.deleted == 0


def test_a_moved_sentence_with_an_edit_is_a_move_plus_the_edit():
    paras = [f"Paragraph {k} stays where it is and is rather long. It has two sentences, this one included." for k in range(4)]
    moved = "The committee met again on Tuesday to discuss the regional budget in detail."
    old = "\n\n".join([moved] + paras)
    new = "\n\n".join(paras[:3] + [moved.replace("Tuesday", "Wednesday")] + paras[3:])
    diff = diff_texts(old, new)
    check_shape(diff)
    assert (diff.counts.moved, diff.counts.deleted, diff.counts.inserted) == (count_words(moved) - 1, 1, 1)
    assert [op.old_text.strip() for op in diff.ops if op.kind == DELETE] == ["Tuesday"]
    assert [op.new_text.strip() for op in diff.ops if op.kind == INSERT] == ["Wednesday"]
    assert len({op.move_id for op in diff.ops if op.move_id is not None}) == 1


def test_unrelated_rewrites_elsewhere_are_not_moves(seeds):
    # Two different stories on the same topic: shared names, but no sentence moved.
    diff = diff_articles(seeds[3], seeds[4])
    check_shape(diff)
    assert diff.counts.moved == 0


def test_ops_are_immutable_values_with_named_fields():
    diff = diff_texts("The quick brown fox.", "The rapid brown fox.")
    swap = next(op for op in diff.ops if op.kind == REPLACE)
    assert (swap.old_text, swap.new_text, swap.substitution) == ("quick", "rapid", True)
    assert swap == diff_module.DiffOp(REPLACE, 4, 9, 4, 9, "quick", "rapid", substitution=True)
    assert hash(swap) == hash(diff_module.DiffOp(REPLACE, 4, 9, 4, 9, "quick", "rapid", True))
    with pytest.raises(AttributeError):
        swap.kind = EQUAL
    assert swap.as_dict() == {
        "kind": REPLACE,
        "old": [4, 9],
        "new": [4, 9],
        "old_text": "quick",
        "new_text": "rapid",
        "substitution": True,
    }
    assert type(diff.counts.substituted) is int and diff.counts.substituted == 1


def test_whitespace_at_cuts_keeps_equal_ops_identical_on_both_sides():
    old = "One two three.\n\nFour five six seven.\n\nEight nine."
    new = "One two three. Four five extra six seven.\n\nEight nine."
    diff = diff_texts(old, new)
    assert old_text_from(diff) == old and new_text_from(diff) == new
    kinds = [op.kind for op in diff.ops]
    assert kinds == [EQUAL, INSERT, EQUAL]
    # The inserted word starts on a word boundary and takes the space after it, so the equal
    # op after it is the same on both sides; the paragraph break that became a space stays
    # inside the first equal op.
    assert diff.ops[1].new_text == "extra "
    assert diff.ops[2].old_text == diff.ops[2].new_text == "six seven.\n\nEight nine."
    assert diff.ops[0].old_text != diff.ops[0].new_text


def test_the_garbage_collector_is_left_as_it_was():
    import gc

    was = gc.isenabled()
    try:
        for state in (True, False):
            (gc.enable if state else gc.disable)()
            diff_texts("The quick brown fox.", "The rapid brown fox.")
            assert gc.isenabled() is state
    finally:
        (gc.enable if was else gc.disable)()


def test_a_long_stretch_with_nothing_to_anchor_on_keeps_its_equal_words_equal():
    # 20,000 words drawn from ten, no sentence ends: aligned in slices. Two words inserted must
    # read as two words inserted, not also as words replaced by themselves at slice boundaries.
    rng = random.Random(1)
    vocabulary = ["alpha", "beta", "gamma", "delta", "news", "bridge", "minister", "said", "year", "cost"]
    words = [rng.choice(vocabulary) for _ in range(20_000)]
    d = diff_texts(" ".join(words), " ".join(words[:10_000] + ["INSERTED", "WORDS"] + words[10_000:]))
    assert (d.counts.inserted, d.counts.deleted, d.counts.substituted) == (2, 0, 0)
