"""The field-judge registry (spaCy's habit): each judge of a staff answer registers itself with `@judge(...)`, naming
the codes it reports; `field_findings` (the `judges` package, one module per judge family) runs every registered
judge in order on one `Judging` (the delmål, the engine, the data and what was found so far). Adding a judge is its
code's entry in codes.toml (`judge_rules`, `judge_fields`; its place there is its place in the run), its messages
and examples in field_rules.toml, and its own module in `judges/` with one decorated function — no dispatch list to
extend.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from typing import TYPE_CHECKING

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.whole.answer import Answer
from delmaal_assistant.checker.whole.data import FieldData
from delmaal_assistant.core.model.codes import judge_codes, judge_rules
from delmaal_assistant.core.model.fields import text_fields

if TYPE_CHECKING:
    from delmaal_assistant.core.model import Delmaal


@dataclass
class Judging:
    """One delmål being judged: what every judge may read, and the findings so far (in the judges' order)."""

    engine: object  # `analyze(text)` and `check_text(text, codes)`
    d: "Delmaal"
    data: FieldData
    cfg: dict  # whole.toml's settings
    found: list[Finding] = dc_field(default_factory=list)
    _analyzed: dict = dc_field(default_factory=dict)
    memo: dict = dc_field(default_factory=dict)  # for judges that share a computed value
    known_fields: list | None = None  # `text_fields(d)`, when the caller read them already (`fields`)

    def analyze(self, text: str):
        if text not in self._analyzed:
            self._analyzed[text] = self.engine.analyze(text)  # type: ignore[attr-defined]
        return self._analyzed[text]

    @property
    def fields(self) -> list[tuple[str, str, str]]:
        """The delmål's free-text fields (`text_fields`): (path, label, text), read once per delmål."""
        if self.known_fields is None:
            self.known_fields = text_fields(self.d)
        return self.known_fields

    def answer(self, text: str) -> Answer:
        return Answer(self.analyze, text, self.data)


FieldJudge = Callable[[Judging], list[Finding]]


@lru_cache(maxsize=64)  # asked for every judge of every delmål; the code table is loaded once per process anyway
def _judge_codes(name: str) -> tuple[str, ...]:
    return judge_codes(name)


@dataclass(frozen=True)
class JudgeEntry:
    name: str
    fn: FieldJudge
    last: bool  # runs after every other judge (it reads what they found)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes it reports: declared once, in codes.toml (`judge = "<name>"` beside `judge_rules`)."""
        return _judge_codes(self.name)


JUDGES: dict[str, JudgeEntry] = {}


def judge(name: str, *, last: bool = False) -> Callable[[FieldJudge], FieldJudge]:
    """Register a field judge under `name`; the codes it reports are those with `judge = "<name>"` in codes.toml.
    Judges run in the order of their codes there, `last` ones after all the others."""

    def register(fn: FieldJudge) -> FieldJudge:
        if name in JUDGES:
            raise ValueError(f"feltdommeren '{name}' er registreret to gange")
        JUDGES[name] = JudgeEntry(name, fn, last)
        return fn

    return register


def registered_judges() -> list[JudgeEntry]:
    """The judges in the order they run: the order of their codes in codes.toml (the first code each reports),
    `last` ones after all the others — so the order does not depend on the order the modules were imported."""
    order = {code: i for i, code in enumerate(judge_rules())}
    nameless = [e.name for e in JUDGES.values() if not e.codes]
    if nameless:
        raise LookupError(f"feltdommeren '{nameless[0]}' har ingen kode i codes.toml (judge = \"{nameless[0]}\")")
    entries = sorted(JUDGES.values(), key=lambda e: min(order.get(c, len(order)) for c in e.codes))
    return [e for e in entries if not e.last] + [e for e in entries if e.last]
