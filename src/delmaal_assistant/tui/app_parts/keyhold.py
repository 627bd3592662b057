"""Keys typed while a screen comes or goes reach the screen that is on top once it is ready.

Textual routes each key at once to the focused widget of the screen that is on top *now*. A key that opens or
closes a screen (Enter on "Nyt delmål", F1, Ctrl+S in the review, Esc in a dialog) does so only after it has
bubbled up from the focused widget through the message queues, and the new screen gets its focus only after it is
mounted. Keys typed in that gap went to the screen underneath (F1 then "abc": "abc" in the answer under the help)
or into a field the new screen was about to leave (Ctrl+S then "navn": "navn" in the dialog's folder field), or
were lost (Enter on "Nyt delmål" then "Tøjvask": nothing in the title) – issue 26.

So after such a key (not text, not an editing or moving key) the app holds the keys typed next, in order, until
the key has taken effect: its bubble is done (a refresh has passed) and the screen on top, if it changed, is
mounted and has had a refresh to put its focus where it wants it. Then they are routed one by one as if typed
now; a held key that may open a screen itself holds the rest again. After `MAX_HOLD` seconds one quiet round with
the screen on top mounted is enough (a busy screen's queues are seldom quiet twice in a row), and never longer than
`LONGEST_HOLD`: a key is never kept from the user. (Until issue 26's last round the keys went on after 2 s
whatever the state; on a loaded machine – load average 16 – a hold after Enter on "Nyt delmål" lasted 3–4 s, and
keys let go at 2 s could reach a screen still being built.)
"""

from __future__ import annotations

import time

from textual import events

from delmaal_assistant.tui.fields import is_text

#: keys that only edit or move within the focused widget: they never open or close a screen or move the focus, so
#: the keys after them are not held (a field runs them in its own queue, in order with the letters: tui/fields.py).
#: Tab is not among them: it moves the focus once it has bubbled up, and a Space or a letter released right behind
#: it must reach the next field, not the one Tab leaves.
_QUIET_KEYS = frozenset({"backspace", "delete", "left", "right", "home", "end", "up", "down", "pageup",
                         "pagedown", "ctrl+left", "ctrl+right", "shift+left", "shift+right", "shift+home",
                         "shift+end"})


def opens_or_closes(event: events.Key, focused) -> bool:
    """Whether `event` may open or close a screen or move the focus: Enter, Esc, Tab, F-keys, shortcuts – and
    Space on a button, a tick box or a list (on a text field Space is text)."""
    from textual.widgets import Input, TextArea  # deferred: start-up (TextArea is not on the start screen)

    if event.key == "space":
        return focused is not None and not isinstance(focused, (Input, TextArea))
    return not is_text(event) and event.key not in _QUIET_KEYS


class KeyHold:
    """Mixin for the app: hold the keys typed while a screen is opened or closed, then route them, in order, to the
    screen on top."""

    #: after this long, one quiet round with the screen on top mounted releases the keys (not two)
    MAX_HOLD = 2.0
    #: longest hold whatever happens (a stuck queue); then the keys go where they would have gone
    LONGEST_HOLD = 10.0

    def _key_hold_init(self) -> None:
        if not hasattr(self, "_held_keys"):
            self._held_keys: list[events.Key] = []
            self._hold_since: float | None = None
            self._hold_stack: tuple = ()
            self._hold_steady = 0
            self._hold_patient = False

    @property
    def holding_keys(self) -> bool:
        self._key_hold_init()
        return self._hold_since is not None

    def hold_key(self, event: events.Key) -> bool:
        """Called for every key before it is routed (`on_event`): True if it was held."""
        self._key_hold_init()
        if self._hold_since is None:
            return False
        self._held_keys.append(event)
        return True

    def after_routing(self, event: events.Key, focused) -> None:
        """Called after a key was routed: a key that may open or close a screen starts a hold."""
        self._key_hold_init()
        if self._hold_since is None and opens_or_closes(event, focused):
            self._start_hold()

    def hold_keys_until_ready(self) -> None:
        """Hold the next keys until the screen on top is ready (a screen pushed from a worker's result)."""
        self._key_hold_init()
        if self._hold_since is None:
            self._start_hold()

    def route_later(self, keys: list[events.Key]) -> None:
        """Keys a screen kept (typed ahead while an answer was checked), to be routed by the app: the screen now
        on top is another one, or a key that is not text came behind text still waiting. Routed, in order, before
        those held now: a screen keeps only keys routed to it, and a key is routed only when no hold is on or when
        every key held before it has gone – so every key held now was typed after them."""
        self._key_hold_init()
        self._held_keys[:0] = keys
        if self._hold_since is None:
            self._start_hold()

    def _start_hold(self) -> None:
        self._hold_since = since = time.monotonic()
        self._hold_stack = ()
        self._hold_steady = 0
        self._hold_patient = False
        self.set_timer(self.MAX_HOLD, lambda: self._hold_timeout(since))
        self.set_timer(self.LONGEST_HOLD, lambda: self._hold_timeout(since, last=True))
        self._drain_round()

    def _hold_timeout(self, since: float, last: bool = False) -> None:
        """The hold that began at `since` is still on after MAX_HOLD: from now one quiet round with the screen on
        top mounted releases it (a busy machine). After LONGEST_HOLD: release (a stuck queue)."""
        if self._hold_since == since and not last:
            self._hold_patient = True
        elif self._hold_since == since:
            self.call_later(self._release_held)

    def _pumps(self) -> list:
        """Where a key and what it sets off travel: the app, and on every screen of the stack the screen and the
        chain from its focused widget up (a key bubbles up that chain; the messages it sets off – a list's choice,
        a field's Submitted – bubble up the same chain). Not every widget: a round must stay cheap on a busy
        machine."""
        pumps = [self]
        for screen in self.screen_stack:
            node = screen.focused
            chain = []
            while node is not None and node is not screen:
                chain.append(node)
                node = node.parent
            pumps.extend(chain)
            pumps.append(screen)
        return pumps

    def _drain_round(self) -> None:
        """Let every message queued now anywhere be handled (as Pilot's wait does), then look again after a
        refresh (callbacks waiting for the refresh – a screen putting its focus – have run by then)."""
        pumps = self._pumps()
        left = [0]

        def one_done() -> None:
            left[0] -= 1
            if left[0] == 0:
                self._after_top_refresh(self._hold_check, pumps)

        for pump in pumps:
            if pump.call_later(one_done):
                left[0] += 1
        if left[0] == 0:
            self._after_top_refresh(self._hold_check, pumps)

    #: how often a round waiting for a refresh looks whether the screen on top has changed (seconds)
    _TOP_WATCH = 0.02

    def _after_top_refresh(self, callback, *args) -> None:
        """`callback(*args)` after the screen on top has refreshed. Textual's `call_after_refresh` waits for a
        refresh of the screen on top *now*: if that screen is then covered by a new one (F4 opens the period over
        the start screen) or popped (Ctrl+S closes the observation dialog), the refresh never comes and the hold
        stayed on until MAX_HOLD – keys typed in between were kept 2 s and a test (or a fast user) saw them go
        nowhere (issue 33). So while waiting, look every few ms whether the top screen is still the one asked;
        if not, go on at once (the check sees the stack changed and starts another round on the new top)."""
        if not self.screen_stack:
            return  # the app is closing: nothing to route the keys to
        asked = self.screen_stack[-1]
        done = [False]

        def run() -> None:
            if not done[0]:
                done[0] = True
                callback(*args)

        def watch() -> None:
            if done[0] or self._hold_since is None or not self.screen_stack:
                return  # (no screen left: the app is closing)
            if self.screen_stack[-1] is not asked or not asked.is_attached:
                self.call_later(run)
            else:
                self.set_timer(self._TOP_WATCH, watch)

        self.call_after_refresh(run)
        self.set_timer(self._TOP_WATCH, watch)

    def _hold_check(self, pumps: list) -> None:
        """Release once nothing is queued anywhere, the screen stack has stayed the same and the screen on top is
        mounted – twice in a row (a key's bubble and what it sets off are a chain of messages)."""
        if self._hold_since is None:
            return
        stack = tuple(id(s) for s in self.screen_stack)
        top = self.screen_stack[-1] if self.screen_stack else None
        quiet = all(p._message_queue.empty() for p in pumps if not p._closed)
        if stack != self._hold_stack or top is None or not top.is_mounted or not quiet:
            self._hold_stack, self._hold_steady = stack, 0
        else:
            self._hold_steady += 1
        if self._hold_steady >= (1 if self._hold_patient else 2):
            self.call_later(self._release_held)
            return
        self._drain_round()

    async def _release_held(self) -> None:
        """Route the held keys, in order, as if typed now; one that may open or close a screen holds the rest."""
        if self._hold_since is None:
            return  # released already (the check and the timeout both asked)
        self._hold_since = None
        while self._held_keys and self._hold_since is None:
            event = self._held_keys.pop(0)
            await self.route_key(event)
