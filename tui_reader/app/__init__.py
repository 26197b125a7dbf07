"""The Textual app: a thin layer over :mod:`tui_reader.core`."""

from __future__ import annotations


def run_app(args) -> int:
    from tui_reader.app.main import ReaderApp

    app = ReaderApp(paths=list(args.paths), use_cache=not args.no_cache)
    app.run()
    return app.return_code or 0
