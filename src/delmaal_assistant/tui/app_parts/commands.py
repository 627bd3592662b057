"""The command palette (Ctrl+P) and Textual's own actions, in Danish."""

from __future__ import annotations

from typing import Iterable

from textual.app import SystemCommand
from textual.command import CommandPalette

from delmaal_assistant.core import texts
from delmaal_assistant.tui.palette import PALETTE_PLACEHOLDER, DanishCommandPalette
from textual.screen import Screen
from textual.command import SimpleProvider
from textual.theme import ThemeProvider



class PaletteCommands:
    """Mixin for `DelmaalApp`: the commands offered and the Danish versions of Textual's actions."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from delmaal_assistant.tui.screens import InterviewScreen  # deferred: start-up (the screens)

        yield SystemCommand(texts.get("tui.app_parts.commands.nyt_delmaal"), texts.get("tui.app_parts.commands.start_ny_samtale_om"), self.action_new_delmaal)
        yield SystemCommand(texts.get("tui.app_parts.commands.tjek_formulering"), texts.get("tui.app_parts.commands.indsaet_tekst_se_bemaerkningerne"),
                            self.action_check_wording)
        yield SystemCommand(texts.get("tui.app_parts.commands.startskaerm"), texts.get("tui.app_parts.commands.tilbage_startskaermen_kladder_gemte"), self.action_home)
        k = self.key_label
        if isinstance(screen, InterviewScreen):
            yield SystemCommand(texts.get("tui.app_parts.commands.moedetilstand_fra", k=k('meeting')), texts.get("tui.app_parts.commands.spoergsmaal_du_form_beboeren"),
                                screen.action_toggle_meeting)
            yield SystemCommand(texts.get("tui.app_parts.commands.hjaelp_spoergsmaalet", k=k('help')), texts.get("tui.app_parts.commands.hjaelpetekst_eksempler"), screen.action_help)
            yield SystemCommand(texts.get("tui.app_parts.commands.gennemse_gem", k=k('review')), texts.get("tui.app_parts.commands.hele_delmaalet_bemaerkninger_smart"),
                                screen.action_review)
            yield SystemCommand(texts.get("tui.app_parts.commands.gaa_videre_alligevel", k=k('skip')), texts.get("tui.app_parts.commands.spring_videre_naeste_spoergsmaal"),
                                screen.action_skip)
            yield SystemCommand(texts.get("tui.app_parts.commands.forrige_spoergsmaal", k=k('back')), texts.get("tui.app_parts.commands.gaa_spoergsmaal_tilbage"), screen.action_back)
            yield SystemCommand(texts.get("tui.app_parts.commands.smart_3_6_svar", k=k('confirm-smart')), texts.get("tui.app_parts.commands.skridt_mod_maalet_realistisk"),
                                screen.action_confirm_smart)
            for step in self.prompts.steps:
                yield SystemCommand(texts.get("tui.app_parts.commands.gaa", title=step.title), step.question,
                                    lambda s=step.id: screen.goto_step(s))
        state = texts.get("tui.app_parts.commands.tekst") if self.settings.meeting_mode_default else texts.get("tui.app_parts.commands.fra")
        yield SystemCommand(texts.get("tui.app_parts.commands.start_nye_delmaal_moedetilstand", state=state),
                            texts.get("tui.app_parts.commands.husk_valget_naeste_gang"),
                            self.action_toggle_meeting_default)
        from delmaal_assistant.tui.screens import ReviewScreen  # deferred: start-up (the screens)

        if isinstance(screen, ReviewScreen):
            yield from screen.palette_commands()
        if screen.query("HelpPanel"):
            yield SystemCommand("Skjul taster", texts.get("tui.app_parts.commands.skjul_panelet_taster"), self.action_hide_help_panel)
        else:
            yield SystemCommand("Vis taster", texts.get("tui.app_parts.commands.vis_alle_taster_for"), self.action_show_help_panel)
        yield SystemCommand(texts.get("tui.app_parts.commands.afslut"), texts.get("tui.app_parts.commands.luk_assistenten_kladden_gemt"), self.action_quit)
        yield SystemCommand("Tema", "Skift farvetema", self.action_change_theme)
        if screen.maximized is not None:
            yield SystemCommand(texts.get("tui.app_parts.commands.normal_stoerrelse"), texts.get("tui.app_parts.commands.vis_hele_skaermen_igen"), screen.action_minimize)
        elif screen.focused is not None and screen.focused.allow_maximize:
            yield SystemCommand("Maksimér", texts.get("tui.app_parts.commands.vis_valgte_felt_hele"), screen.action_maximize)
        yield SystemCommand(texts.get("tui.app_parts.commands.skaermbillede"), texts.get("tui.app_parts.commands.gem_billede_svg_skaermen"),
                            lambda: self.set_timer(0.1, self.action_danish_screenshot))

    # ------------------------------------------------------------------ Danish versions of Textual's own texts

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(DanishCommandPalette(id="--command-palette", placeholder=PALETTE_PLACEHOLDER))

    def search_themes(self) -> None:
        self.push_screen(DanishCommandPalette(providers=[ThemeProvider], placeholder=texts.get("tui.app_parts.commands.soeg_efter_farvetema")))

    def search_commands(self, commands, placeholder: str = PALETTE_PLACEHOLDER):
        """A list of commands to pick from (Kopiér et felt …), in the Danish palette."""

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
                            title=texts.get("tui.app_parts.commands.vil_du_afslutte"))
                return

    def action_danish_screenshot(self) -> None:
        folder = self.default_save_dir()
        try:
            path = self.save_screenshot(path=str(folder))
        except OSError as exc:
            self.notify(texts.get("tui.app_parts.commands.skaermbilledet_kunne_ikke_gemmes",
                                  value=exc.strerror or exc), severity="error")
            return
        self.notify(texts.get("tui.app_parts.commands.skaermbillede_gemt", path=path), title=texts.get("tui.app_parts.commands.skaermbillede"))
