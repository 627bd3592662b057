"""The side panel's "DELMÅLET" rows come from the field registry (issue 29: fields.toml's `panel`), and are what they
were before on every sample delmål: `tests/data/side_panel_snapshot.json`, made with the code before the change
(`python tests/test_side_panel_registry.py` writes it anew)."""

import glob
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "tests" / "data" / "side_panel_snapshot.json"


def _samples() -> list[Path]:
    return sorted(Path(p) for p in glob.glob(str(ROOT / "tests" / "data" / "**" / "*.delmaal.json"), recursive=True))


def _rows(path: Path) -> list:
    from delmaal_assistant.core.files.storage.delmaal_json import load_delmaal
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.tui.screens.interview_parts.side import side_rows

    return side_rows(load_delmaal(path), registry())


def _digest(path: Path) -> str:
    return hashlib.sha256(repr(_rows(path)).encode()).hexdigest()[:16]


def test_side_panel_rows_are_what_they_were():
    want = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    got = {p.relative_to(ROOT).as_posix(): _digest(p) for p in _samples()}
    assert len(got) >= 100 and set(got) == set(want)
    assert not sorted(k for k in got if got[k] != want[k])



def test_the_panel_lists_no_field_by_hand():
    from delmaal_assistant.core.model.fields import registry
    from delmaal_assistant.tui.screens.interview_parts import side

    src = Path(side.__file__).read_text(encoding="utf-8")
    assert 'row("title"' not in src and "indsats.actions" not in src
    assert [s.path for s in registry().specs if s.panel][:2] == ["title", "wording"]



async def test_the_panel_shows_the_registry_rows_in_the_app(fake_checker, data_dir):
    from datetime import date

    from tui_helpers import answer_current, settle

    from delmaal_assistant.tui.app import create_app

    app = create_app(checker=fake_checker, data_dir=data_dir, today=date(2026, 11, 22))
    async with app.run_test(size=(100, 34)) as pilot:
        app.action_new_delmaal()
        await settle(pilot, app)
        await answer_current(pilot, app)  # the title
        screen = app.screen
        screen.update_side()
        await pilot.pause()
        text = str(screen.query_one("#side-delmaal").render())
        assert "DELMÅLET" in text and "Titel: " in text and "Datoer: " in text and "Indikatorer: – → –" in text
        assert text.index("Titel") < text.index("Delmålet") < text.index("Datoer")


if __name__ == "__main__":
    SNAPSHOT.write_text(json.dumps({p.relative_to(ROOT).as_posix(): _digest(p) for p in _samples()}, indent=1,
                                   sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {SNAPSHOT}", file=sys.stderr)
