"""The review without a UI: saving the delmål, exporting it, approving "Dit delmål", and the texts to copy or
read aloud. `ReviewSession` owns all of that for the review screen (tui/screens/review.py), which only shows
what it says and asks the user what it asks: the screen imports this one module from the core to save and
export.

Saving and exporting go through `core.outputs.publish` (atomic, owner-only, the list of recorded exports kept in
step with the saved file); a file changed by someone else is `ChangedOnDisk` (the caller asks: replace, copy,
cancel); a file that cannot be written is `StorageError`/`OSError` with a Danish message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from delmaal_assistant.core import texts
from delmaal_assistant.core.keymap import keymap
from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.files.storage import StorageError, keep_observations_on_disk, safe_filename
from delmaal_assistant.core.interview import field_title
from delmaal_assistant.core.interview.session import CheckRun, InterviewSession
from delmaal_assistant.core.model import Delmaal
from delmaal_assistant.core.model.codes import name_codes_in, privacy_codes
from delmaal_assistant.core.model.fields import text_fields
from delmaal_assistant.core.outputs.easyread import (approval_lapsed, approve, build, draft_mark, easy_read,
                                                     is_approved, redraft)
from delmaal_assistant.core.outputs.easyread import sections as easy_sections
from delmaal_assistant.core.outputs.easyread import speech_text as easy_speech
from delmaal_assistant.core.outputs.easyread import title as easy_title
from delmaal_assistant.core.outputs.export import FORMATS as EXPORT_FORMATS
from delmaal_assistant.core.outputs.export import export_paths, export_states, fields_for_copy, to_text
from delmaal_assistant.core.outputs.publish import (
    CHANGED,
    ChangedOnDisk,
    copy_name,
    export_conflict,
    publish_exports,
    save_and_publish,
)

__all__ = ["ChangedOnDisk", "ReviewSession", "SaveOutcome", "ExportOutcome", "StorageError", "copy_name"]

SUFFIX = ".delmaal.json"
DEFAULT_FORMATS = ("md", "txt")


@dataclass
class SaveOutcome:
    """What a save did, said in Danish: `message` for the status line and the conversation, `notes` (warnings)."""

    path: Path
    message: str
    notes: list[str] = field(default_factory=list)
    #: the exports written with it (to hand to a browser user as well)
    exports: list[Path] = field(default_factory=list)


@dataclass
class ExportOutcome:
    message: str
    #: the files written
    written: list[Path] = field(default_factory=list)


class ReviewSession:
    """Save, export and approval of the delmål of an `InterviewSession`, and the findings of the last whole check
    (None until the checker has run, or when it could not)."""

    def __init__(self, session: InterviewSession) -> None:
        self.session = session
        self.findings: list | None = None

    @property
    def draft(self) -> Draft:
        return self.session.draft

    @property
    def delmaal(self) -> Delmaal:
        return self.session.draft.delmaal

    # ------------------------------------------------------------------ the check

    def record(self, run: CheckRun) -> None:
        """A whole-delmål check finished: the session records it; its findings (None when it failed) go into the
        exports' SMART status."""
        self.session.record(run)
        self.findings = list(run.findings) if run.ok else None

    def smart_findings(self) -> list | None:
        """Findings for the SMART status in exports: None when the delmål has not been checked."""
        return None if self.findings is None else list(self.findings)

    def smart_items(self) -> list:
        """SMART, with finding codes named in Danish in the reasons."""
        return [replace(i, reason=name_codes_in(i.reason)) for i in self.session.smart()]

    def field_titles(self) -> dict[str, str]:
        return {path: title for path, title, _ in text_fields(self.delmaal)}

    def where(self, finding, prompts) -> str:
        """The field a finding is on, as the template names it."""
        return self.field_titles().get(finding.field or "") or field_title(prompts, finding.field)

    def personal_findings(self, run: CheckRun) -> list:
        """Findings that look like personal data (CPR, telephone, names): asked about before saving."""
        return [f for f in run.findings if f.code in privacy_codes()]

    # ------------------------------------------------------------------ texts

    def text(self) -> str:
        """The whole delmål laid out for the case system, with SMART from the last check."""
        return to_text(self.delmaal, self.findings)

    def copy_all_text(self) -> str:
        return to_text(self.delmaal, self.smart_findings())

    def easy_text(self) -> str:
        return easy_read(self.delmaal)

    def easy_title(self) -> str:
        return easy_title(self.delmaal)

    def easy_sections(self) -> list:
        return list(easy_sections(self.delmaal))

    def speech_text(self) -> str:
        return easy_speech(self.delmaal)

    def copy_fields(self) -> list[tuple[str, str]]:
        return list(fields_for_copy(self.delmaal, self.smart_findings()))

    # ------------------------------------------------------------------ "Dit delmål"

    def easy_state(self) -> tuple[str, bool, list]:
        """(the draft mark, "" when the text is approved; whether an earlier approval no longer fits; the
        sentences left out of a draft, as (where, sentence, why))."""
        d = self.delmaal
        mark = draft_mark(d)
        left = list(build(d).left_out) if mark else []
        return mark or "", bool(mark) and approval_lapsed(d), left

    def easy_counts(self) -> str:
        """For staff: how many sentences "Dit delmål" says and how many the rules left out."""
        return build(self.delmaal).counts_note()

    def easy_for_approval(self) -> tuple[str, list, str]:
        """(the text to approve, the sentences left out, a note when an earlier approval no longer fits)."""
        d = self.delmaal
        note = ""
        if is_approved(d):
            text, left = d.resident_text.text, []
        else:
            e = build(d)
            text, left = e.render(), list(e.left_out)
            if approval_lapsed(d):
                # a re-draft keeps staff's edits where the sentence behind them did not change
                text, changed = redraft(d)
                note = (texts.get("core.interview.review.delmaalet_aendret_siden_teksten"))
                if changed:
                    note += texts.get("core.interview.review.nye_eller_aendrede_saetninger") + "\n".join(f"• {x}" for x in changed)
        return text, left, note

    def approve_easy(self, text: str) -> str | None:
        """Store `text` as the approved "Dit delmål" and write the draft; the draft's save error or None.
        ValueError (Danish) when the text cannot be approved."""
        approve(self.delmaal, text, self.session.today)
        return self.session.autosave()

    # ------------------------------------------------------------------ names and places

    def stem(self) -> str:
        """The file name without its suffix: the saved file's, else one made from the title."""
        if self.draft.saved_path:
            name = Path(self.draft.saved_path).name
            return name.removesuffix(SUFFIX) if name.endswith(SUFFIX) else Path(name).stem
        return safe_filename(self.delmaal.title)

    def folder(self, default: Path) -> Path:
        if self.draft.saved_path:
            return Path(self.draft.saved_path).parent
        return default

    def saved_source(self) -> Path | None:
        saved = Path(self.draft.saved_path) if self.draft.saved_path else None
        return saved if saved is not None and saved.exists() else None

    @staticmethod
    def formats(export) -> tuple[str, ...]:
        """The formats chosen in the save dialog: True means the default pair."""
        return DEFAULT_FORMATS if isinstance(export, bool) else tuple(export)

    @staticmethod
    def save_path(folder: Path, name: str) -> Path:
        if not name.endswith(SUFFIX):
            name = name.removesuffix(".json") + SUFFIX
        return folder / name

    @staticmethod
    def export_stem(name: str) -> str:
        for fmt in EXPORT_FORMATS.values():
            name = name.removesuffix(fmt[0])
        return name

    def export_conflicts(self, folder: Path, stem: str, formats: tuple[str, ...],
                         source: Path | None) -> tuple[list[Path], list[Path]]:
        """(files that exist and are not our exports, our exports changed by someone else) among the export files."""
        foreign, changed = [], []
        for p in export_paths(folder, stem, formats):
            kind = export_conflict(source, p)
            (changed if kind == CHANGED else foreign if kind else []).append(p)
        return foreign, changed

    def save_conflicts(self, path: Path, export) -> tuple[list[Path], list[Path]]:
        """(files a save to `path` would replace, our exports changed by someone else)."""
        replaced = [path] if os.path.lexists(path) and str(path) != self.draft.saved_path else []
        changed: list[Path] = []
        if export:
            source = path if os.path.lexists(path) else None
            foreign, changed = self.export_conflicts(path.parent, path.name.removesuffix(SUFFIX),
                                                     self.formats(export), source)
            replaced += foreign
        return replaced, changed

    @staticmethod
    def copy_stem(folder: Path, stem: str, formats: tuple[str, ...]) -> str:
        n = 1
        while True:
            cand = f"{stem} (kopi{'' if n == 1 else f' {n}'})"
            if not any(os.path.lexists(p) for p in export_paths(folder, cand, formats)):
                return cand
            n += 1

    def export_states(self) -> tuple[list[str], list[str], list[str]]:
        """File names of the recorded exports: (current, stale, changed by someone else)."""
        states = export_states(Path(self.draft.saved_path)) if self.draft.saved_path else []
        current = [s.path.name for s in states if s.current]
        stale = [s.path.name for s in states if s.exists and not s.current and not s.changed]
        changed = [s.path.name for s in states if s.changed]
        return current, stale, changed

    # ------------------------------------------------------------------ save and export

    def save(self, path: Path, export, replace_changed: bool = False) -> SaveOutcome:
        """Save the delmål to `path` with the chosen exports (and refresh the recorded ones). Raises
        ChangedOnDisk (the file changed since it was saved here), StorageError or OSError."""
        formats = (self.formats(export)) if export else ()
        same_file = str(path) == self.draft.saved_path
        d = self.delmaal
        source = self.saved_source()
        if not same_file and source is not None:
            # save as (a new name, or a copy beside a changed file): the observations logged in the saved file
            # come along, as they do when saving over it
            try:
                d = keep_observations_on_disk(source.read_bytes(), d)
            except OSError:
                pass
        res = save_and_publish(path, d, self.smart_findings(), formats=formats, replace=replace_changed,
                               expected=self.draft.saved_sha256 if same_file else None)
        self.draft.saved_path = str(path)
        self.draft.saved_sha256 = res.saved_stamp
        msg = texts.get("core.interview.review.gemt", path=path)
        if res.written:
            msg += texts.get("core.interview.review.eksporteret") + ", ".join(p.name for p in res.written)
        if res.refreshed:
            msg += texts.get("core.interview.review.opdateret_saa_de_passer") + ", ".join(p.name for p in res.refreshed)
        if res.changed_elsewhere:
            msg += texts.get("core.interview.review.ikke_roert_aendret_anden") + ", ".join(p.name for p in res.changed_elsewhere)
        return SaveOutcome(path, msg, list(res.notes), list(res.written))

    def export(self, folder: Path, stem: str, formats: tuple[str, ...] = DEFAULT_FORMATS) -> ExportOutcome:
        """Write the exports (replacing what is there); recorded beside the saved file when there is one. Raises
        StorageError or OSError."""
        saved = self.saved_source()
        res = publish_exports(self.delmaal, folder, stem, formats, self.smart_findings(), source=saved,
                              replace=True)
        msg = texts.get("core.interview.review.eksporteret_2") + ", ".join(str(p) for p in res.written)
        if saved is None:
            msg += (texts.get("core.interview.review.delmaalet_ikke_gemt_endnu", label=keymap().label('review-save')))
        elif res.recorded:
            msg += texts.get("core.interview.review.de_opdateres_automatisk_hver")
        for n in res.notes:
            msg += "\n" + n
        return ExportOutcome(msg, list(res.written))

    def autosave(self) -> str | None:
        """The draft to disk now (the session owns it): its save error or None."""
        return self.session.autosave()

    copy_name = staticmethod(copy_name)
