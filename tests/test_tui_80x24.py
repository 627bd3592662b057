"""80×24 as a first-class size: every screen and every form kind, as Pilot draws it at 80 columns × 24 rows.

Nothing the user must read is cut: the question and its key hint, every field of the form, the list of findings
under an answer; an open list stays inside the screen and clear of the key bar; the key bar shows every key it
lists whole (quit included); dialogs show their buttons; the help shows the weak examples and scrolls."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Button, Select

from delmaal_assistant.core.interview import default_prompts
from delmaal_assistant.tui.app import create_app
from delmaal_assistant.tui.modals import (
    ConfirmSmartScreen,
    HelpScreen,
    SaveScreen,
    StaleFileQuitScreen,
)
from delmaal_assistant.tui.screens import CheckScreen, ReviewScreen, StartScreen
from test_tui_keys import open_at, restored
from tui_helpers import settle

pytestmark = pytest.mark.slow  # whole walks through the assistant at 80×24: run by ./test, skipped by ./test -m 'not slow'

TODAY = date(2026, 11, 22)
W, H = 80, 24
FOOTER_ROW = H - 1

KINDS = {}
for _step in default_prompts().steps:
    KINDS.setdefault(_step.kind, _step.id)


def inside(region, *, bottom: int = FOOTER_ROW) -> bool:
    return region.width > 0 and region.height > 0 and region.x >= 0 and region.right <= W and region.y >= 0 \
        and region.bottom <= bottom


def footer_is_whole(screen, must: tuple[str, ...] = ("Afslut",)) -> None:
    keys = list(screen.query("FooterKey"))
    assert keys
    labels = []
    for k in keys:
        assert inside(k.region, bottom=H), (k, k.region)  # drawn, and not past the edge
        labels.append(str(k.render()))
    joined = " ".join(labels)
    for word in must:
        assert word in joined, (word, joined)


async def test_every_form_kind_fits_at_80x24(fake_checker, data_dir):
    """Each form kind on its own interview screen, opened from disk as after a restart, in turn in one app (one
    app start instead of one per kind: issue 28); back on the start screen between kinds."""
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(W, H)) as pilot:
        for kind in KINDS:
            try:
                await _form_kind_fits(pilot, app, kind)
            except AssertionError as exc:
                raise AssertionError(f"{kind}: {exc}") from exc
            app.pop_screen()
            await settle(pilot, app)
            assert isinstance(app.screen, StartScreen), kind


async def _form_kind_fits(pilot, app, kind: str) -> None:
    screen = await open_at(pilot, app, KINDS[kind])
    box = screen.query_one("#answer-box")
    assert box.virtual_size.height <= box.size.height, "the answer box needs scrolling"
    question = screen.query_one("#question")
    assert question.size.height >= question.virtual_size.height
    assert "Spørgsmål" in str(question.render())
    for w in screen.form.query("Input, TextArea, Select, Checkbox, OptionList"):
        if w.display:  # (a closed list's overlay is not drawn)
            assert inside(w.region), (w, w.region)
    footer_is_whole(screen, ("Send", "Forrige", "Afslut"))
    # an open list stays on the screen, clear of the key bar
    for sel in screen.form.query(Select):
        sel.focus()
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot, app)
        assert sel.expanded
        overlay = sel.query_one("SelectOverlay")
        assert inside(overlay.region), (sel.id, overlay.region)
        await pilot.press("escape")
        await pilot.pause()


async def test_findings_under_an_answer_are_all_readable_at_80x24(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(W, H)) as pilot:
        screen = await open_at(pilot, app, "wording", restored(wording="", end_date=None))
        await pilot.press(*"At beboeren bliver bedre til at vaske mere og ikke glemmer det, som personalet siger")
        await pilot.press("enter")
        await settle(pilot, app, rounds=4)
        live = screen.query_one("#live")
        assert live.size.height >= live.virtual_size.height  # the whole list, the "… og N mere" line included
        text = str(live.render())
        n = screen.session.point_count()
        assert text.startswith(f"{n} bemærkning")
        first, last = text.split("\n")[0], text.split("\n")[-1]
        assert len(first) <= live.size.width  # the count is never cut (a finding's line may end in …)
        if n > 5:  # the pointer to the rest is never cut
            assert last.endswith("(PgDn).") and len(last) <= live.size.width, last
        assert inside(screen.form.query_one("#answer-input").region)


async def test_start_check_and_review_screens_at_80x24(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(W, H)) as pilot:
        await settle(pilot, app)
        assert isinstance(app.screen, StartScreen)
        footer_is_whole(app.screen, ("Nyt delmål", "Afslut"))
        app.action_check_wording()
        await settle(pilot, app)
        assert isinstance(app.screen, CheckScreen)
        footer_is_whole(app.screen, ("Afslut",))
        app.pop_screen()
        await settle(pilot, app)
        screen = await open_at(pilot, app, "title")
        await pilot.press("f3")
        await settle(pilot, app, rounds=4)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        # the review's key bar reads whole: no "esc Tilb▏^p Kommandoere"
        footer_is_whole(review, ("Gem", "Eksportér", "Kopiér", "Læs op", "Tilbage", "Afslut"))


@pytest.mark.parametrize("which", ["help", "save", "smart", "stale"])
async def test_dialogs_show_their_text_and_buttons_at_80x24(fake_checker, data_dir, tmp_path, which):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(W, H)) as pilot:
        screen = await open_at(pilot, app, "wording")
        dialog = {
            "help": lambda: HelpScreen(screen.step, False),
            "save": lambda: SaveScreen(tmp_path, "tøjvask.delmaal.json"),
            "smart": lambda: ConfirmSmartScreen(screen.session.smart()),
            "stale": lambda: StaleFileQuitScreen(str(tmp_path / "tøjvask.delmaal.json")),
        }[which]()
        app.push_screen(dialog)
        await settle(pilot, app)
        for b in dialog.query(Button):
            assert inside(b.region, bottom=H), (b, b.region)
        if which == "help":
            scroll = dialog.query_one("#help-scroll")
            lines = str(dialog.query_one("#help-text").render()).split("\n")
            weak = [i for i, line in enumerate(lines) if line.startswith("  ✗")]
            assert weak and weak[0] < scroll.size.height  # the first weak example is visible at once
            await pilot.press("pagedown")
            await pilot.pause()
            assert scroll.scroll_y > 0
