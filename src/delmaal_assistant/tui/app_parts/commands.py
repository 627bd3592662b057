"""The command palette (Ctrl+P) and Textual's own actions, in Danish."""

from __future__ import annotations

from typing import Iterable

from textual.app import SystemCommand
from textual.command import CommandPalette

from delmaal_assistant.tui.palette import PALETTE_PLACEHOLDER, DanishCommandPalette
from textual.screen import Screen



class PaletteCommands:
    """Mixin for `DelmaalApp`: the commands offered and the Danish versions of Textual's actions."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from delmaal_assistant.tui.screens import InterviewScreen

        yield SystemCommand("Nyt delmål", "Start en ny samtale om et delmål", self.action_new_delmaal)
        yield SystemCommand("Tjek en formulering", "Indsæt en tekst og se bemærkningerne",
                            self.action_check_wording)
        yield SystemCommand("Startskærm", "Tilbage til startskærmen (kladder og gemte delmål)", self.action_home)
        k = self.key_label
        if isinstance(screen, InterviewScreen):
            yield SystemCommand(f"Mødetilstand til/fra ({k('meeting')})", "Spørgsmål i du-form til beboeren, roligere skærm",
                                screen.action_toggle_meeting)
            yield SystemCommand(f"Hjælp til spørgsmålet ({k('help')})", "Hjælpetekst og eksempler", screen.action_help)
            yield SystemCommand(f"Gennemse og gem ({k('review')})", "Hele delmålet, bemærkninger og SMART",
                                screen.action_review)
            yield SystemCommand(f"Gå videre alligevel ({k('skip')})", "Spring videre til næste spørgsmål",
                                screen.action_skip)
            yield SystemCommand(f"Forrige spørgsmål ({k('back')})", "Gå et spørgsmål tilbage", screen.action_back)
            yield SystemCommand(f"SMART 3 og 6: svar ja ({k('confirm-smart')})", "Skridt mod målet og realistisk – kun I kan svare",
                                screen.action_confirm_smart)
            for step in self.prompts.steps:
                yield SystemCommand(f"Gå til: {step.title}", step.question,
                                    lambda s=step.id: screen.goto_step(s))
        state = "til" if self.settings.meeting_mode_default else "fra"
        yield SystemCommand(f"Start nye delmål i mødetilstand (nu: {state})",
                            "Husk valget til næste gang, fx hvis du altid skriver sammen med beboeren",
                            self.action_toggle_meeting_default)
        from delmaal_assistant.tui.screens import ReviewScreen

        if isinstance(screen, ReviewScreen):
            yield from screen.palette_commands()
        if screen.query("HelpPanel"):
            yield SystemCommand("Skjul taster", "Skjul panelet med taster", self.action_hide_help_panel)
        else:
            yield SystemCommand("Vis taster", "Vis alle taster for den aktuelle skærm", self.action_show_help_panel)
        yield SystemCommand("Afslut", "Luk assistenten (kladden er gemt)", self.action_quit)
        yield SystemCommand("Tema", "Skift farvetema", self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand("Normal størrelse", "Vis hele skærmen igen", screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand("Maksimér", "Vis det valgte felt på hele skærmen", screen.action_maximize)
        yield SystemCommand("Skærmbillede", "Gem et billede (SVG) af skærmen i din gemme-mappe",
                            lambda: self.set_timer(0.1, self.action_danish_screenshot))

    # ------------------------------------------------------------------ Danish versions of Textual's own texts

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(DanishCommandPalette(id="--command-palette", placeholder=PALETTE_PLACEHOLDER))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        self.push_screen(DanishCommandPalette(providers=[ThemeProvider], placeholder="Søg efter farvetema …"))

    def search_commands(self, commands, placeholder: str = PALETTE_PLACEHOLDER):
        """A list of commands to pick from (Kopiér et felt …), in the Danish palette."""
        from textual.command import SimpleProvider

        return self.push_screen(DanishCommandPalette(providers=[SimpleProvider(self.screen, commands)],
                                                     placeholder=placeholder))

    def action_show_help_panel(self) -> None:
        # imported here for start-up (issue 28): the help panel brings Textual's Markdown widget (markdown-it),
        # which the first screen does not need
        from delmaal_assistant.tui.keys import DanishHelpPanel

        if not self.screen.query("HelpPanel"):
            self.screen.mount(DanishHelpPanel())

    def action_help_quit(self) -> None:
        """Ctrl+C: say in Danish how to quit (Textual's own hint is English)."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(f"Tryk {self.get_key_display(active.binding)} for at afslutte.",
                            title="Vil du afslutte?")
                return

    def action_danish_screenshot(self) -> None:
        folder = self.default_save_dir()
        try:
            path = self.save_screenshot(path=str(folder))
        except OSError as exc:
            self.notify(f"Skærmbilledet kunne ikke gemmes: {exc.strerror or exc}", severity="error")
            return
        self.notify(f"Skærmbillede gemt: {path}", title="Skærmbillede")
