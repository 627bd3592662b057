"""Measure meeting mode on first-person answers (a TSV: id, field, resident_ref, pronoun, answer, label, reference).

For each answer: put it in a meeting-mode session at its step (the wording names the resident, as after the
wording step), send it, run the checker, and record
  - objection: the answer is not accepted (the session holds it back for revision or shows staff findings);
  - proposal: the third-person staff wording proposed (or stored) for the answer, if any.
Prints a TSV row per answer and a summary. Runs on any checkout: `python scripts/measure_meeting.py FILE.tsv`.
"""
import csv
import sys
from datetime import date

from delmaal_assistant.checker import get_checker
from delmaal_assistant.core.files.drafts import Draft
from delmaal_assistant.core.interview.session import InterviewSession, run_checks

STEP = {"wording": "wording", "purpose": "purpose", "measurement": "measurement", "indsats.actions": "indsats",
        "indsats.when_resident_wants_otherwise": "when_otherwise", "collaboration.resident_attitude": "attitude",
        "external_actors": "external_actors", "indicators.what_we_see": "indicator_1"}


def main(path: str) -> None:
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    checker = get_checker()
    n_usable = objections = proposals = 0
    out = []
    for row in rows:
        field, ref, answer = row["field"], row["resident_ref"], row["answer"]
        draft = Draft(meeting_mode=True)
        if field != "wording":
            draft.delmaal.wording = f"At {ref} går en tur hver onsdag kl. 10."
        s = InterviewSession(draft, today=date(2027, 1, 4))
        step = s.prompts.step(STEP[field])
        s.enter(step, ask=False)
        err = s.submit({"what_we_see": answer, "how_we_support": ""} if step.kind == "indicator" else {"text": answer})
        fb = s.feedback(run_checks(checker, s.snapshot())) if err is None else None
        pending = [p for p in (fb.pending if fb else ["error"]) if p != "proposal"]
        objection = bool(pending)
        proposal = getattr(s, "proposal", None) or ""
        form = getattr(fb, "form_answer", None) if fb else None
        if form:
            proposal = form.get("what_we_see") or form.get("text") or proposal
        if row["label"] == "usable":
            n_usable += 1
            objections += objection
            proposals += bool(proposal)
        codes = ",".join(sorted({getattr(f, "code", "?") for f in (fb.findings if fb else [])}))
        out.append((row["id"], field, row["label"], "OBJ" if objection else "ok", codes, answer, proposal,
                    row["reference"]))
    w = csv.writer(sys.stdout, delimiter="\t")
    for o in out:
        w.writerow(o)
    print(f"usable={n_usable} objection={objections} proposal={proposals}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
