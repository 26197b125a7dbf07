"""tui-reader: read and triage syndicated copies of a news story in the terminal."""

__version__ = "0.1.0"
