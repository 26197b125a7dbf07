from tui_reader.core.loader import load_paths
from tui_reader.core.seeds import seeds_dir


def test_seeds_load_five_articles():
    collection = load_paths([str(seeds_dir())])
    assert len(collection.articles) == 5
    assert not collection.problems
