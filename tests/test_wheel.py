"""The built wheel ships the seed collection byte for byte (the app opens it by default), and
the lineage model's fitted trees (without them lineage falls back to the weighted sum)."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_the_seeds(tmp_path):
    # `build` comes with the test extra; it builds in an isolated environment from pyproject.
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    [wheel] = tmp_path.glob("tui_reader-*.whl")
    seeds = sorted((ROOT / "seeds").iterdir())
    assert len(seeds) == 5
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        for seed in seeds:
            inside = f"tui_reader/seeds/{seed.name}"
            assert inside in names
            assert zf.read(inside) == seed.read_bytes()
        assert "tui_reader/core/loader.py" in names
        trees = "tui_reader/core/lineage_trees.json"
        assert trees in names
        assert zf.read(trees) == (ROOT / trees).read_bytes()
