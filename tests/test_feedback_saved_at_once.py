"""What the assistant says about a sent answer is on disk at once. In meeting mode the proposal («Sådan kan vi
skrive dit mål: …») is loaded into the answer box; loading is no edit, so the draft with it was written only at
the next key – a tab closed, a crash or a kill in between lost it, and the Chromium test waiting for it in the
saved draft timed out under load (session 10)."""

from __future__ import annotations

from datetime import date

from delmaal_assistant.tui.app import create_app
from test_meeting_round5 import _open
from tui_helpers import settle

TODAY = date(2026, 12, 7)


async def test_the_proposal_is_in_the_draft_on_disk_before_the_next_key(fake_checker, data_dir):
    app = create_app(checker=fake_checker, data_dir=data_dir, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot, app, "wording")
        await pilot.press(*"jeg vil gerne cykle til værkstedet hver mandag", "enter")
        await settle(pilot, app)
        assert screen.step.id == "wording"                      # a proposal to accept or edit, no key since
        said = [e.text for e in screen.draft.conversation if "Sådan kan vi skrive dit mål" in e.text]
        assert said, [e.text for e in screen.draft.conversation][-3:]
        on_disk = app.store.load(screen.draft.id)
        assert any("Sådan kan vi skrive dit mål" in e.text for e in on_disk.conversation)
