"""What the checker returns. The codes and the JSON shape are a public interface (CHECKS.md)."""

from __future__ import annotations

from dataclasses import dataclass

from delmaal_assistant.core.model.codes import group_codes
from delmaal_assistant.core.severity import SEVERITY_DA, SEVERITY_RANK, Severity  # noqa: F401 (re-exported)


def __getattr__(name: str):
    """`CORE_CODES`: the six scored codes, made from the code table (`group = "core"` in codes.toml), read when
    first asked for (a broken codes.toml is then a Danish load error, not an import failure)."""
    if name == "CORE_CODES":
        return group_codes("core")
    raise AttributeError(name)


@dataclass(frozen=True)
class Finding:
    """One problem in a text. `start`/`end` are character offsets into the checked text.

    `field` is set for findings from a whole-delmål check: the model path of the text checked
    ("wording", "indsats.actions", …), or the field the whole-delmål rule is about, in which case the
    span is empty (start == end == 0) and `excerpt` is "".
    """

    code: str
    severity: Severity
    start: int
    end: int
    excerpt: str
    message: str
    suggestion: str | None = None
    question: str | None = None
    field: str | None = None
    rule: str | None = None  # the lexicon rule that fired, e.g. "vague-verb/work-focus"
    # What was found, normalised, where one thing can be found many times: a personal name's first name
    # ("Mette"), so a whole-delmål check can report each name once. Not part of the JSON output.
    key: str | None = None

    @classmethod
    def make(cls, code: str, severity: Severity, start: int, end: int, excerpt: str, message: str,
             suggestion: str | None = None, question: str | None = None, field: str | None = None,
             rule: str | None = None, key: str | None = None) -> "Finding":
        """What `Finding(…)` gives (the same attributes, in the same order), without the frozen class's
        `object.__setattr__` call per field: the checker makes every finding so (tests/test_findings_make.py)."""
        new = object.__new__(cls)
        new.__dict__.update(code=code, severity=severity, start=start, end=end, excerpt=excerpt, message=message,
                            suggestion=suggestion, question=question, field=field, rule=rule, key=key)
        return new

    def on_field(self, field: str | None) -> "Finding":
        """This finding with `field` set: what `dataclasses.replace(self, field=field)` gives, without its generic
        walk of every field and a call of `__init__` (a copy of the attributes; every text finding of every
        delmål is copied so)."""
        new = object.__new__(type(self))
        attrs = new.__dict__
        attrs.update(self.__dict__)
        attrs["field"] = field
        return new

    def to_json(self) -> dict:
        d = {"code": self.code, "severity": self.severity, "start": self.start, "end": self.end,
             "excerpt": self.excerpt, "message": self.message}
        for k in ("suggestion", "question", "field", "rule"):
            v = getattr(self, k)
            if v is not None:
                d[k] = v
        return d
