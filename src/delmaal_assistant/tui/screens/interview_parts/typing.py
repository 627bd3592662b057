"""Typing ahead: keys typed while a sent answer is checked, or while focus moves between fields, are kept and
replayed in order into the field that has focus next; Enter moves focus while the key is routed."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, TextArea


from delmaal_assistant.core import texts
from delmaal_assistant.core.interview.own_words import may_become_reply, yes_or_no
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.tui.fields import is_text
from textual import events
from textual.actions import SkipAction
from delmaal_assistant.tui.forms import AnswerArea

#: editing keys kept with the text typed ahead (the field's own bindings run them, in order: tui.fields)
_EDIT_KEYS = ("backspace", "delete", "left", "right", "home", "end")


def _field_key(key: str, character: str | None) -> bool:
    """A key kept for the field: text or an editing key (the field runs it itself)."""
    return key in _EDIT_KEYS or is_text(events.Key(key, character))


#: keys routed at once while the sent answer is checked: a second Enter is dropped there (it must not send the next
#: answer unseen), Tab moves nothing (the form is disabled), and quitting never waits for a check
_NOT_KEPT_WHILE_CHECKED = frozenset({"enter", "tab", "shift+tab", "ctrl+q", "alt+q", "ctrl+c"})
#: the bindings that mean what Enter already does while the answer is on its way (send it, go on)
_ON_ITS_WAY = ("submit", "skip")


class TypeAhead:
    """Mixin for `InterviewScreen`: no keystroke lost or reordered while the screen is busy."""

    async def action_enter_key(self) -> None:
        """Enter, while the key is routed (a priority binding): keys typed before it may still wait in the
        field's queue, keys typed after it must not land in the field being left. So focus moves now (the next
        field, or none while the answer is sent and checked: keys then reach the screen and are kept), and the
        field's own queue finishes its earlier keys before the answer is read and sent."""

        if self._busy:
            return  # a second Enter while the answer is sent: it is already on its way
        form, w = self.form, self.focused
        if form is None or w is None:
            raise SkipAction()
        if isinstance(w, AnswerArea):
            if not w.send_on_enter:
                raise SkipAction()  # one item per line: Enter is a new line
            target = None
        elif form.ENTER_WALKS and isinstance(w, (Input, Checkbox)) and w in form.enter_fields():
            target = form.enter_target(w)
            typed = self._tick_typed_on(w)
            if typed:
                self._tick_words = None
                reply = yes_or_no(typed)
                if reply is None:  # words that are no yes or no: said so, and Enter waits for an answer
                    self._tick_not_written(typed)
                    return
                if reply == "nej" and w.id in form.SEND_ON_NO:
                    target = None  # «nej» to «Har du en værge …?»: the answer, sent at once
            if self.meeting and isinstance(w, Input) and "proposal" in self.session.pending \
                    and self.session.is_yes(w.value):
                target = None  # «ja» to the proposal: sent at once, not one Enter per remaining input
        else:
            raise SkipAction()  # the widget's own Enter: a list picks or opens
        if target is not None:
            self.set_focus(target)
            return
        self._busy = True
        self.set_focus(None)
        w.call_later(self._send_after_enter, w)

    async def _send_after_enter(self, field) -> None:
        """The field has handled every key typed before Enter: now read and send the answer."""
        self._busy = False
        await self.action_submit()
        if not self._busy:  # not sent (an error was said): back to the field, with what was typed meanwhile
            if field.is_attached:
                self.set_focus(field)
            self._not_busy()

    def take_typed_key(self, event) -> bool:
        """Called by the app for every key, in the order typed, before it is routed. Text and editing keys
        typed while the sent answer is checked (the form is disabled), while no field has focus (between one
        question's form and the next), or while earlier such keys still wait to be replayed, are kept here and
        typed, in order, into the field that has focus next: nothing typed fast is lost or reordered. (Enter and
        Tab are not kept while the answer is checked: a second Enter must not send the next answer unseen. Other
        keys that are not text – shortcuts – are kept in order with the text and routed after it once the check is
        done, as is a shortcut typed behind keys still waiting: `_replay_typed`.)"""
        if event.key == "space" and self._tick_typed_on(self.focused):
            # a space between the words of «nej tak» typed on a tick box: part of the answer, not a tick
            self._keep_typed_ahead(event)
            return True
        if not (is_text(event) or event.key in _EDIT_KEYS):
            if self._busy and event.key not in _NOT_KEPT_WHILE_CHECKED:
                # a shortcut typed while the sent answer is checked (Ctrl+N, Ctrl+B, F2, F3, Esc …) acts on the
                # screen the check leads to, in order after the keys typed before it – it moved on under the check
                # before, and the check's result, finding itself on another question, was dropped with the screen
                # still waiting for it: every key typed after that was kept and never typed (session 11)
                if not self._typed_ahead and self._is_key_of(event, _ON_ITS_WAY):
                    return True  # «send» or «videre» right after Enter: the answer is already on its way
                self._keep_typed_ahead(event)
                return True
            if self._typed_ahead and not self._busy:
                # Ctrl+S, Enter, Ctrl+N … typed after keys that still wait to be replayed: it goes after them, or
                # it would read the answer without them («Svar: (tomt)», the text in the field afterwards)
                self._keep_typed_ahead(event)
                return True
            return False
        if not (self._busy or self.focused is None or self._typed_ahead):
            return False
        self._keep_typed_ahead(event)
        return True

    def _is_key_of(self, event, binding_ids) -> bool:
        km = keymap()  # the one keymap (prompts/da/keys.toml)
        return any(event.key in (km.key(b), km.key(b, browser=True)) for b in binding_ids)

    def _keep_typed_ahead(self, event) -> None:
        self._typed_ahead.append((event.key, event.character))
        if not self._busy and len(self._typed_ahead) == 1:
            self.call_after_refresh(self._replay_typed)

    def on_key(self, event) -> None:
        """Text typed on a tick box or a list of the form (it reaches the screen: no field took it) is not
        swallowed silently: focus may be on its way to a text field (a burst), so it is replayed there; if focus
        is still here, the user is told the text was not written."""
        if getattr(event, "_replayed", False) or not is_text(event) or event.key == "space":
            return
        focused = self.focused
        if self.form is not None and focused is not None and focused in self.form.walk_children() \
                and not isinstance(focused, (Input, TextArea)):
            event.stop()
            self._keep_typed_ahead(event)

    def _not_busy(self) -> None:
        """The check is done: the keys typed meanwhile go, in order, to the field that has focus now."""
        self._busy = False
        if self.form is not None:
            self.form.disabled = False
        if self._typed_ahead:
            self.call_after_refresh(self._replay_typed)

    def _replay_typed(self, tries: int = 0) -> None:
        if self._busy or not self._typed_ahead:
            return
        if self.app.screen is not self:
            # a screen came on top (the review after the last answer, a dialog): the keys are for it, in order
            keys, self._typed_ahead = self._typed_ahead, []
            self.app.route_later([events.Key(k, c) for k, c in keys])
            return
        if (self.focused is None or self.form is None) and tries < 400:
            # the next question's form is being built or is about to get focus: wait for it (up to 20 s – on a
            # loaded machine 1 s was not enough, and the keys typed meanwhile were dropped)
            self.set_timer(0.05, lambda: self._replay_typed(tries + 1))
            return
        keys, self._typed_ahead = self._typed_ahead, []
        # the text and editing keys go into the field; from the first other key on (Ctrl+S, Enter …) they are
        # routed by the app, after the field has handled those before them (tui/fields.py: caught_up)
        cut = next((i for i, (k, c) in enumerate(keys) if not _field_key(k, c)), len(keys))
        keys, later = keys[:cut], keys[cut:]
        try:
            self._type_into_focused(keys)
        finally:
            if later:
                self.app.route_later([events.Key(k, c) for k, c in later])

    def _tick_typed_on(self, box) -> str:
        """What was typed on the tick box `box` since it got focus ("" when nothing)."""
        words = getattr(self, "_tick_words", None)
        # (the same question's box drawn anew – a refresh of the form between the words and Enter – is the same box)
        return words[1] if words and (words[0] is box or (box is not None and words[0].id and words[0].id == getattr(
            box, "id", None))) else ""

    def _tick_not_written(self, text: str) -> None:
        self.app.bell()
        self.notify(texts.get("tui.screens.interview_parts.typing.svar_ja_eller_nej") if self.meeting else
                    texts.get("tui.screens.interview_parts.typing.blev_ikke_skrevet_feltet", text=text.strip()[:40]),
                    timeout=6)

    def _type_on_tick_box(self, box: Checkbox, text: str) -> None:
        """Text typed on a tick box («Har du en værge …?»): «ja» ticks it and «nej» clears it, as a person
        answering the question means («okay ja», «nej tak» too: `yes_or_no`); the box shows it at once and Enter
        goes on. Other words are not written anywhere, and the user is told so."""
        typed = self._tick_typed_on(box) + text
        reply = yes_or_no(typed)
        if reply is not None:
            box.value = reply == "ja"
        elif not may_become_reply(typed):
            self._tick_words = None
            self._tick_not_written(typed)
            return
        self._tick_words = (box, typed)

    def _type_into_focused(self, keys: list) -> None:
        target = self.focused
        if target is not None and not isinstance(target, (Input, TextArea)):
            text = "".join(c for _k, c in keys if c and c.isprintable())
            if isinstance(target, Checkbox) and text:
                self._type_on_tick_box(target, text)
            elif text.strip():
                self._tick_not_written(text)
            return
        if target is None:
            self.notify(texts.get("tui.screens.interview_parts.typing.du_skrev_mens_svaret"),
                        severity="warning", timeout=8)
            return
        for key, character in keys:  # all through the field's own queue (tui.fields), so they stay in order
            if key in _EDIT_KEYS or (character is not None and character.isprintable()):
                event = events.Key(key, character)
                event._replayed = True
                target.post_message(event)
