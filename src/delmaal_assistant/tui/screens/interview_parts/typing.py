"""Typing ahead: keys typed while a sent answer is checked, or while focus moves between fields, are kept and
replayed in order into the field that has focus next; Enter moves focus while the key is routed."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, TextArea


_EDIT_ACTIONS_INPUT = {"backspace": "delete_left", "delete": "delete_right", "left": "cursor_left",
                       "right": "cursor_right", "home": "home", "end": "end"}
_EDIT_ACTIONS_TEXTAREA = {"backspace": "delete_left", "delete": "delete_right", "left": "cursor_left",
                          "right": "cursor_right", "home": "cursor_line_start", "end": "cursor_line_end"}


class TypeAhead:
    """Mixin for `InterviewScreen`: no keystroke lost or reordered while the screen is busy."""

    async def action_enter_key(self) -> None:
        """Enter, while the key is routed (a priority binding): keys typed before it may still wait in the
        field's queue, keys typed after it must not land in the field being left. So focus moves now (the next
        field, or none while the answer is sent and checked: keys then reach the screen and are kept), and the
        field's own queue finishes its earlier keys before the answer is read and sent."""
        from textual.actions import SkipAction

        from delmaal_assistant.tui.forms import AnswerArea

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

    def on_key(self, event) -> None:
        """Text keys that reach the screen were not taken by a text field: typed while a sent answer is checked
        (the form is disabled), or in the moment between one question's form and the next getting focus. They
        are kept and typed, in order, into the field that has focus next, so nothing typed fast is lost or
        reordered. (Enter and Tab are not replayed: a second Enter must not send the next answer unseen.) Text
        typed on a list or a tick box is not swallowed silently: the user is told."""
        if getattr(event, "_replayed", False):
            return
        if not (event.is_printable or event.key in ("backspace", "delete", "left", "right", "home", "end")):
            return
        focused = self.focused
        if self._busy or focused is None or isinstance(focused, (Input, TextArea)):
            event.stop()
            event.prevent_default()
            self._typed_ahead.append((event.key, event.character))
            if not self._busy and len(self._typed_ahead) == 1:
                self.call_after_refresh(self._replay_typed)
        elif event.is_printable and event.key != "space" and self.form is not None and focused in self.form.walk_children():
            # on a tick box or a list: focus may be on its way to a text field (a burst) – replay then; if it
            # is still here, the user is told the text was not written
            event.stop()
            self._typed_ahead.append((event.key, event.character))
            if len(self._typed_ahead) == 1:
                self.call_after_refresh(self._replay_typed)

    def _not_busy(self) -> None:
        """The check is done: the keys typed meanwhile go, in order, to the field that has focus now."""
        self._busy = False
        if self.form is not None:
            self.form.disabled = False
        if self._typed_ahead:
            self.call_after_refresh(self._replay_typed)

    def _replay_typed(self, tries: int = 0) -> None:
        from textual import events

        if self._busy or not self._typed_ahead:
            return
        if (self.focused is None or self.form is None) and tries < 20:
            # the next question's form is being built or is about to get focus: wait for it
            self.set_timer(0.05, lambda: self._replay_typed(tries + 1))
            return
        keys, self._typed_ahead = self._typed_ahead, []
        target = self.focused
        if target is not None and not isinstance(target, (Input, TextArea)):
            text = "".join(c for _k, c in keys if c and c.isprintable())
            if text.strip():
                self.app.bell()
                self.notify(f"«{text[:40]}» blev ikke skrevet: feltet her er ikke et tekstfelt. Tab eller Enter går "
                            "til næste felt.", timeout=6)
            return
        if target is None:
            self.notify("Det, du skrev, mens svaret blev tjekket, kunne ikke sættes ind: intet felt har fokus.",
                        severity="warning", timeout=8)
            return
        actions = _EDIT_ACTIONS_TEXTAREA if isinstance(target, TextArea) else _EDIT_ACTIONS_INPUT
        for key, character in keys:  # all through the field's own queue, so they stay in order
            if character is not None and character.isprintable():
                event = events.Key(key, character)
                event._replayed = True
                target.post_message(event)
            elif key in actions:
                target.call_later(target.run_action, actions[key])
