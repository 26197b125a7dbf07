"""Run the analysis of a large collection in a separate process.

A thread would share the interpreter lock with the interface, and long stretches of analysis
would make key presses wait; a process keeps the interface free. Progress comes back through a
queue. This module imports no Textual so the child process starts light.
"""

from __future__ import annotations

import queue as queue_module
from collections.abc import Callable

_progress_queue = None


def _init_child(progress_queue) -> None:
    global _progress_queue
    _progress_queue = progress_queue


def _child_progress(done: int, total: int, what: str) -> None:
    if _progress_queue is not None:
        try:
            _progress_queue.put_nowait((done, total, what))
        except Exception:  # progress is best effort
            pass


def _child_analyse(collection, use_cache: bool):
    from tui_reader.core.analysis import analyse

    return analyse(collection, use_cache=use_cache, progress=_child_progress)


def analyse_in_process(collection, use_cache: bool, progress: Callable[[int, int, str], None] | None = None):
    """``analyse(collection)`` in a child process; ``progress`` is called in this thread."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    progress_queue = context.Queue()
    with ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_init_child, initargs=(progress_queue,)) as pool:
        future = pool.submit(_child_analyse, collection, use_cache)
        while True:
            try:
                item = progress_queue.get(timeout=0.05)
            except queue_module.Empty:
                if future.done():
                    break
                continue
            if progress is not None:
                progress(*item)
        return future.result()
