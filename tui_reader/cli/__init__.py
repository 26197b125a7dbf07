"""The command line: ``tui-reader [PATHS...]`` opens the app; subcommands print to stdout.

Exit codes: 0 success; 1 ``diff`` found differences; 2 usage error, or nothing could be loaded.
"""

from __future__ import annotations

import argparse
import os
import sys

from tui_reader import __version__
from tui_reader.cli import common

#: Subcommand name -> module (imported lazily so each command only pays for what it uses).
COMMANDS = {
    "list": "tui_reader.cli.list_cmd",
    "lineage": "tui_reader.cli.lineage_cmd",
    "diff": "tui_reader.cli.diff_cmd",
    "stories": "tui_reader.cli.stories_cmd",
}

EPILOG = (
    "commands (each has --help): "
    + ", ".join(COMMANDS)
    + ". Exit status: 0 ok, 1 diff found differences, 2 error or nothing loaded."
)


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tui-reader",
        description="Open a collection of news articles in the terminal reader. "
        "With no PATH, opens the bundled seed collection.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"tui-reader {__version__}")
    parser.add_argument("--no-cache", action="store_true", help="do not read or write the lineage cache")
    common.add_paths_argument(parser)
    return parser


def _drop_stdout() -> None:
    """Point stdout at the null device, so that what is still buffered for a closed or full
    output is not written again (with a traceback) when Python exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        import importlib

        module = importlib.import_module(COMMANDS[argv[0]])
        parser = argparse.ArgumentParser(prog=f"tui-reader {argv[0]}", description=module.__doc__)
        module.configure(parser)
        args = parser.parse_args(argv[1:])
        try:
            code = int(module.run(args) or 0)
            sys.stdout.flush()
            return code
        except BrokenPipeError:
            # The reader went away (``| head``): stop quietly.
            _drop_stdout()
            return common.EXIT_OK
        except KeyboardInterrupt:
            return 130
        except OSError as exc:
            # Output that cannot be written (a full disk): say so in one line.
            _drop_stdout()
            print(f"tui-reader: cannot write the output ({exc.strerror or exc})", file=sys.stderr)
            return common.EXIT_ERROR
    args = _app_parser().parse_args(argv)
    from tui_reader.app import run_app

    return run_app(args)
