"""The Textual app: a thin layer over :mod:`tui_reader.core`."""

from __future__ import annotations

import os
import sys


def run_app(args) -> int:
    from tui_reader.app.main import ReaderApp

    app = ReaderApp(paths=list(args.paths), use_cache=not args.no_cache)
    app.run()
    code = app.return_code or 0
    if app.analysing:
        # Quitting while a long analysis runs: its thread cannot be interrupted, and waiting
        # for it would keep the terminal. Every state change is already saved atomically.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
