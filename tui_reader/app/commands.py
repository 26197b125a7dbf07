"""Command palette entries for every action of the reader."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui_reader.app.keys import APP_KEYS


class ReaderCommands(Provider):
    """Every key's action, by name, with its key as a reminder."""

    def _entries(self):
        for key in APP_KEYS:
            yield f"{key.title} ({key.keys_shown})", key.help, key.action

    def _run(self, action: str) -> None:
        self.app.call_later(self.app.run_action, action)

    async def discover(self) -> Hits:
        for title, help_, action in self._entries():
            yield DiscoveryHit(title, partial(self._run, action), help=help_)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_, action in self._entries():
            score = max(matcher.match(title), matcher.match(help_) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, action), help=help_)
