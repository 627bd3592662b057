"""The resident's side in the second person: a staff text about the resident ("At Mads selv vasker sit tøj hver
tirsdag", "KP minder Mads om …") said to the resident ("Du vasker selv dit tøj hver tirsdag", "Din kontaktperson
minder dig om …"), by rules in `lexicons/<lang>/duform.toml`.

- `find_resident(d)` → who the resident is: the subject of "At …" in the wording (a name, initials, "beboeren",
  "den unge" …), or "jeg" when the wording is in the resident's own words; with han/hun when the texts show it.
- `transform(text, resident)` → `Result`: the du-sentences, and every sentence left out with the reason. A
  sentence is transformed only when every mention of the resident is found and placed (subject du, object dig,
  possessive din/dit/dine agreeing with its noun, reflexives only when bound by the resident as subject); staff
  stay vi/os/vores; staff roles and abbreviations become plain words; "At X …" becomes a finite du-sentence.
  Anything else – staff-only content, a pronoun that may be someone else, a reflexive whose owner is unclear, a
  verb that cannot be found – is left out, never guessed.
No UI here.
"""

from delmaal_assistant.core.outputs.duform.resident import Resident, find_resident, resident_texts, sole_gender
from delmaal_assistant.core.outputs.duform.rules import DuformRules, DuformRulesError, Example, load_rules, rules
from delmaal_assistant.core.outputs.duform.sentences import _T, _finite, _sentences
from delmaal_assistant.core.outputs.duform.transform import Result, starts_with_verb, transform

__all__ = ["DuformRules", "DuformRulesError", "Example", "Resident", "Result", "_T", "_finite", "_sentences", "sole_gender",
           "find_resident", "load_rules", "resident_texts", "rules", "starts_with_verb", "transform"]
