"""Run the analysis of a large collection in a separate process.

A thread would share the interpreter lock with the interface, and long stretches of analysis
would make key presses wait; a process keeps the interface free. Progress comes back through a
queue. This module imports no Textual so the child process starts light.
"""

from __future__ import annotations

import os
import queue as queue_module
import sys
import threading
from collections.abc import Callable

_progress_queue = None
_tracker_lock = threading.Lock()


def _usable_fileno(stream) -> bool:
    try:
        return stream is not None and stream.fileno() >= 0
    except Exception:
        return False


def prepare_child_processes() -> None:
    """Start multiprocessing's resource tracker with a real standard error.

    While the interface runs, ``sys.stderr`` is a capture object without a usable file
    descriptor, and the tracker (started on the first process pool) would fail to launch
    with "bad value(s) in fds_to_keep". Starting it here, with the original stream in
    place for the moment, lets the analysis use worker processes.
    """
    from multiprocessing import resource_tracker

    with _tracker_lock:
        saved = sys.stderr
        if _usable_fileno(saved):
            resource_tracker.ensure_running()
            return
        fallback = None
        try:
            if _usable_fileno(sys.__stderr__):
                sys.stderr = sys.__stderr__
            else:
                fallback = open(os.devnull, "w")  # noqa: SIM115
                sys.stderr = fallback
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved
            if fallback is not None:
                fallback.close()


def _init_child(progress_queue) -> None:
    global _progress_queue
    _progress_queue = progress_queue
    try:  # the interface comes first: the analysis (and its own workers) yields the CPU to it
        os.nice(10)
    except (AttributeError, OSError):
        pass


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

    prepare_child_processes()
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
