"""The app's checker: loaded lazily in a thread worker (a few seconds after start, or at once when a check needs
it), and the one place the screens run it."""

from __future__ import annotations

from delmaal_assistant.core import texts

class CheckerHost:
    """Mixin for `DelmaalApp`: loading the checker and running it."""

    #: seconds after the first frame before the checker is loaded in the background: the first screens paint first
    #: (loading spaCy in a thread competes for the GIL). A check needed earlier loads it right away.
    CHECKER_DELAY = 0.5

    def _start_checker_worker(self) -> None:
        if not self._checker_ready.is_set():
            self.run_worker(self._load_checker, thread=True, group="checker-load", name="load-checker",
                            exit_on_error=False)

    def _load_checker(self) -> None:
        """Load the real checker. Runs in a worker thread, never on the UI thread."""
        with self._checker_lock:
            if self._checker_ready.is_set():
                return
            try:
                from delmaal_assistant.checker import get_checker  # deferred: start-up (the checker)

                self._checker = get_checker()
            except Exception as exc:  # never crash the assistant because the checker can't load
                self._checker_error = str(exc) or exc.__class__.__name__
            finally:
                self._checker_ready.set()
        if self._checker_error:
            self.call_from_thread(
                self.notify, texts.get("tui.app_parts.checker.sprogtjekket_kunne_ikke_starte",
                                       checker_error=self._checker_error),
                severity="warning", timeout=10,
            )

    @property
    def checker_error(self) -> str | None:
        """Why the checker could not start (Danish), or None."""
        return texts.get("tui.app_parts.checker.sprogtjekket_kunne_ikke_starte_2", checker_error=self._checker_error) if self._checker_error else None

    @property
    def checker_ready(self) -> bool:
        return self._checker_ready.is_set()

    def run_checks(self, snapshot):
        """Check a delmål (a snapshot) with the checker, loading it first: the one place the screens run it
        (`core.session.run_checks`, which reports a failure instead of "no findings"). Call only from a worker."""
        from delmaal_assistant.core.interview.session import run_checks  # deferred: start-up (the interview session)

        return run_checks(self.checker_blocking(), snapshot, unavailable=self.checker_error)

    def checker_blocking(self, timeout: float = 120.0):
        """The checker, loading it (or waiting for it) first. Call only from a thread worker.

        None if it failed to load."""
        if not self._checker_ready.is_set():
            self._load_checker()
        self._checker_ready.wait(timeout)
        return self._checker
