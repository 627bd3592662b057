"""Never lose a keystroke: every open draft written on Ctrl+Q, SIGTERM, SIGHUP and an unexpected error, with
a Danish word when it could not be."""

from __future__ import annotations

import asyncio
import os
import signal
import threading

from rich.text import Text

from delmaal_assistant.core import texts
from delmaal_assistant.tui.compat import exit_quietly
from textual.css.query import NoMatches


class SafeQuit:
    """Mixin for `DelmaalApp`: flushing drafts, signals, quitting and crashes."""

    def interview_screens(self) -> list:
        from delmaal_assistant.tui.screens import InterviewScreen  # deferred: start-up (the screens)

        return [s for s in self.screen_stack if isinstance(s, InterviewScreen)]

    def observation_logged(self, path, before: str | None, after: str | None) -> None:
        """An observation was appended to the saved file at `path` here (its stamp went from `before` to
        `after`): an open draft that had saved exactly `before` takes `after` as what it saved, so its next save
        is not told the file was changed by someone else (the save merges the observations)."""
        for screen in self.interview_screens():
            draft = screen.draft
            if draft.saved_path == str(path) and before is not None and draft.saved_sha256 == before:
                draft.saved_sha256 = after

    def flush_drafts(self) -> list[str]:
        """Write every open draft now (what was typed since the last autosave included). Returns Danish
        messages for drafts that could not be written; empty when all are on disk."""
        problems = []
        for screen in self.interview_screens():
            try:
                ok = screen.flush()
            except Exception as exc:  # a bug in one screen must not stop the others from being saved
                ok, screen.save_error = False, type(exc).__name__
            if ok is False:
                problems.append(getattr(screen, "save_error", "") or "ukendt fejl")
        # deferred: start-up (the period screens)
        from delmaal_assistant.tui.screens.followup import followup_screens  # an observation or evaluation typed

        for screen in followup_screens(self):
            if screen.flush() is False:
                problems.append(screen.save_error or "ukendt fejl")
        return problems

    def _install_signal_handlers(self) -> None:
        """SIGTERM (e.g. logout, `kill`) and SIGHUP (the terminal window is closed): write the draft first."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)):
            if sig is None:
                continue
            try:
                loop.add_signal_handler(sig, self._on_signal, sig)
            except (NotImplementedError, RuntimeError, ValueError, OSError):
                pass

    def _on_signal(self, sig: int) -> None:
        problems = self.flush_drafts()
        code = 128 + int(sig)
        if sig == getattr(signal, "SIGHUP", None):
            # The terminal is gone: nothing can be shown or restored. The draft is on disk (fsynced).
            os._exit(code)
        if problems:
            self.exit_notes.append(texts.get("tui.app_parts.quitting.delmaalsassistenten_blev_lukket_udefra")
                                   + "; ".join(problems))
        else:
            self.exit_notes.append(texts.get("tui.app_parts.quitting.delmaalsassistenten_blev_lukket_udefra_2"))
        # if the terminal cannot be restored within a few seconds, leave anyway: the draft is safe
        timer = threading.Timer(5.0, os._exit, args=(code,))
        timer.daemon = True
        timer.start()
        self.exit(return_code=code)

    async def action_quit(self) -> None:
        """Ctrl+Q: write the draft; if that fails, say so and ask instead of quitting silently. When a saved
        file is older than what was written since, say so and offer to save it, keep the draft only, or stay."""
        problems = self.flush_drafts()
        if not problems:
            stale = [s for s in self.interview_screens() if s.saved_file_is_older()]
            if stale:
                await self._ask_about_stale_file(stale[0])
                return
            self.remember_web_draft(None)
            self.exit()
            return
        from delmaal_assistant.tui.modals import ConfirmScreen  # deferred: start-up (the modals)

        t = Text()
        t.append(texts.get("tui.app_parts.quitting.kladden_ikke_gemt"), style="bold")
        t.append(texts.get("tui.app_parts.quitting.kladden_kunne_ikke_gemmes") + "; ".join(problems) + "\n\n")
        t.append(texts.get("tui.app_parts.quitting.datamappen_hvis_du_afslutter", data_dir=self.data_dir) + self.hint(texts.get("tui.app_parts.quitting.du_kan_blive_gemme")))

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit_notes.append(texts.get("tui.app_parts.quitting.delmaalsassistenten_afsluttet_kladden_blev")
                                       + "; ".join(problems))
                self.exit()

        await self.push_screen(ConfirmScreen(t, yes=texts.get("tui.app_parts.quitting.afslut_uden_gemme"), no="Bliv"), answered)

    async def _ask_about_stale_file(self, screen) -> None:
        from delmaal_assistant.tui.modals import StaleFileQuitScreen  # deferred: start-up (the modals)

        path = screen.draft.saved_path

        def chosen(choice: str | None) -> None:
            if choice == "save":
                screen.save_file_then(self._quit_after_save)
            elif choice == "draft":
                self.exit_notes.append(texts.get("tui.app_parts.quitting.delmaalsassistenten_afsluttet_kladden_gemt",
                                                 path=path) + self.hint(texts.get("tui.app_parts.quitting.aabn_kladden_gem_igen")))
                self.remember_web_draft(None)
                self.exit()

        await self.push_screen(StaleFileQuitScreen(path, self.key_label("review")), chosen)

    def _quit_after_save(self) -> None:
        self.remember_web_draft(None)
        self.exit()

    def _handle_exception(self, error: Exception) -> None:
        """An unexpected error: no traceback on the terminal (Textual's prints local variables, i.e. the
        delmål). Write the draft, write a crash report without contents, and say so in Danish."""
        # deferred: start-up (only after a crash)
        from delmaal_assistant.core.files.crashlog import crash_message, write_crash_report

        if _header_refresh_race(error):
            return  # Textual's header redrawing a title while its screen is torn down (a quick quit): harmless
        report = write_crash_report(error, "assistenten")
        screens = self.interview_screens()
        try:
            problems = self.flush_drafts()
        except Exception:
            problems = ["?"]
        exit_quietly(self, error, Text(crash_message(report, draft_safe=(not problems) if screens else None)))


def _header_refresh_race(error: BaseException) -> bool:
    """True for Textual's Header failing to find its title widget because the screen is being taken down (a quit
    right after start, e.g. `delmaal web` stopped by SIGHUP): nothing is lost, so no crash report."""

    if not isinstance(error, NoMatches):
        return False
    tb = error.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_filename.replace("\\", "/"))
        tb = tb.tb_next
    return any(f.endswith("textual/widgets/_header.py") for f in frames[-3:])
