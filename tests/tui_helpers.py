"""Helpers for driving the assistant in tests (set widget values directly, wait on workers)."""

from __future__ import annotations

from textual.widgets import Checkbox, Input, Select, Static, TextArea


async def settle(pilot, app, rounds: int = 3) -> None:
    """Wait for the workers and the screen, then for every key typed to have been routed: keys held while a
    screen may open or close (app_parts/keyhold.py) and keys typed ahead on the interview screen are routed
    when the screen is ready, which on a loaded machine takes more rounds than on a quiet one (stop 36's CI
    asserted while the text after Space-Enter on a tick box was still held). A live check replaced by a newer
    one is cancelled by design (the debounce after the last key and a check fired at once can overlap on a busy
    machine): that is no failure."""
    from textual.worker import WorkerCancelled

    async def workers_done() -> None:
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass

    for _ in range(rounds):
        await workers_done()
        await pilot.pause()
    # the keys still on their way – held, kept to be typed ahead, or in the queue of the field and the chain
    # above it that their Changed messages bubble up – bounded by the hold's own longest wait and a margin
    for _ in range(1500):
        if not app.is_running or app._closing or app._closed:
            # the app has ended (Ctrl+Q, a crash): nothing is routed any more, so there is nothing to wait for –
            # a key held by the quit itself stays held, and polling it cost 15 s of wall and 3 s of CPU a test
            # until the bound ran out (issue 28); what the test asserts next is on disk or in app.exit_notes
            break
        screen = app.screen
        pumps = app._pumps() if hasattr(app, "_pumps") else [app, screen]
        waiting = getattr(app, "holding_keys", False) \
            or bool(getattr(screen, "_typed_ahead", None)) and not getattr(screen, "_busy", False) \
            or not all(p._message_queue.empty() for p in pumps if not p._closed)
        if not waiting:
            break
        await pilot.pause(0.01)
        await workers_done()


def log_texts(screen) -> list[str]:
    return [str(m.render()) for m in screen.query(".msg")]


def static_text(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


GOOD = {
    "title": {"#answer-input": "Tøjvask om onsdagen"},
    "wording": {"#answer-input": "At beboeren vasker tøj hver onsdag frem til 1. marts 2027."},
    "purpose": {"#answer-input": "Beboeren vil gerne have rent arbejdstøj og kan selv sortere tøjet."},
    "measurement": {"#answer-input": "Nået når beboeren har vasket tøj 10 af 12 onsdage inden marts 2027."},
    "handleplan_goal": {"#answer-input": "At beboeren varetager egen tøjvask."},
    "methods": {"#m1-name": "Visuel ugeplan", "#m1-how": "Billede af vaskemaskinen på onsdag"},
    "indsats": {"#answer-input": "Kontaktpersonen går med i vaskekælderen de første 4 uger."},
    "when_otherwise": {"#answer-input": "Vi aftaler en ny dag samme uge og spørger, hvad der var svært."},
    "attitude": {"#answer-input": "Beboeren synes, det er en god idé."},
    "own_words": {"#answer-input": "Jeg vil lugte godt på arbejdet."},
    "agreement": {"#answer-input": "Aftalt på BUS-samtalen: påmindelse onsdag kl. 16."},
    "guardian": {},
    "external_actors": {"#answer-input": "Kometen – minder om rent arbejdstøj"},
    "levels": {"#level-start": 3, "#level-end": 2},
    "documentation": {"#doc-what": "Om vasken blev sat i gang", "#doc-who": "Kontaktpersonen",
                      "#doc-how_often": "Hver onsdag aften"},
    "dates": {},
    "flags": {"#flag-employment": True},
}
for _n in range(5):
    GOOD[f"indicator_{_n}"] = {"#ind-see": f"Niveau {_n}: beboeren sætter vasken i gang", "#ind-support": "Vi spørger"}


def fill(form, values: dict) -> None:
    for selector, value in values.items():
        w = form.query_one(selector)
        if isinstance(w, TextArea):
            w.text = value
        elif isinstance(w, (Input, Select, Checkbox)):
            w.value = value
        else:
            raise TypeError(selector)


async def answer_current(pilot, app, values: dict | None = None) -> str:
    """Fill the current step (default: a good answer), send it with Ctrl+S, wait. Returns the step id."""
    screen = app.screen
    step_id = screen.step.id
    form = screen.form
    if step_id == "theme":
        form.query_one("#theme-filter", Input).value = "vaske tøj"
        await pilot.pause()
    elif step_id == "goal_type":
        form.query_one("#goal-type-list").focus()
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot, app)
        return step_id
    fill(form, values if values is not None else GOOD.get(step_id, {}))
    await pilot.pause()
    await pilot.press("ctrl+s")
    await settle(pilot, app)
    return step_id


def visible_log_texts(screen) -> list[str]:
    """The conversation as the person at the screen sees it (messages hidden by CSS left out)."""
    return [str(m.render()) for m in screen.query(".msg") if m.styles.display != "none"]
