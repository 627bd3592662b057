"""The rule types of the lexicons (Vale's habit: every rule says what kind of rule it is).

| type       | what it holds                                    | matched by                                  |
|------------|--------------------------------------------------|---------------------------------------------|
| `pattern`  | `patterns`: the pattern language                 | the engine's pattern index                  |
| `wordlist` | `words`: plain words and phrases (no operators)  | the same index (each entry is a pattern)    |
| `detector` | `detector`: the name of a registered detector,   | the detector class (code), configured by    |
|            | plus that detector's own settings                | the rule and validated by its `Options`     |

Each type is a pydantic model with `extra="forbid"`: a misspelt key, a wrong value or an unknown detector is a
load error in Danish naming the file, the rule and the key. Detectors register themselves with `@register`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from delmaal_assistant.checker.findings import Finding
from delmaal_assistant.checker.nlp import Analysis
from delmaal_assistant.checker.patterns import PATTERN_CHARS, Pattern
from delmaal_assistant.core.datafile import DataLoadError, danish_validation_errors
from delmaal_assistant.core.severity import Severity

if TYPE_CHECKING:
    from delmaal_assistant.checker.grammar import Grammar

Scope = Literal["main", "any"]


class LexiconError(DataLoadError):
    """A problem in a lexicon file; the message is Danish and names the file, the rule and the key."""


def no_duplicates(values: list, what: str = "") -> list:
    """A validator: a list must not repeat an entry (case-insensitive for text)."""
    seen: set = set()
    for v in values:
        key = v.lower() if isinstance(v, str) else repr(v)
        if key in seen:
            raise ValueError(f"'{v}' står to gange i listen")
        seen.add(key)
    return values


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# ---------------------------------------------------------------------------------------------------- specs
class RuleSpec(Strict):
    """The keys every rule has."""

    id: str = Field(min_length=1)
    type: str
    code: str | None = None  # defaults to the file's `code`
    severity: Severity | None = None  # defaults to the file's `severity`
    message: str | None = None
    suggestion: str | None = None
    question: str | None = None
    flag: list[str] = Field(default_factory=list)  # must be flagged by this very rule
    pass_: list[str] = Field(default_factory=list, alias="pass")  # must not be flagged with this rule's code

    _unique = field_validator("flag", "pass_")(no_duplicates)


class MatchSpec(RuleSpec):
    """Rules the engine matches on tokens, with the conditions that can veto a match."""

    scope: Scope = "main"  # "main": not inside a side clause ("når han ikke har sovet")
    unless_number: bool = False  # not when the clause has a number ("øger fra to til tre")
    not_after: list[str] = Field(default_factory=list)  # the word right before must not be one of these
    not_before: list[str] = Field(default_factory=list)  # the words right after must not be one of these
    not_after_determiner: bool = False  # not right after a determiner from common.toml ("sine styrker")
    at_start: bool = False  # only as the first word of a sentence (after a leading "at" or a heading)
    not_forms: list[str] = Field(default_factory=list)  # word forms the match never begins with ("udviklende")

    _unique_m = field_validator("not_after", "not_before", "not_forms")(no_duplicates)


class PatternSpec(MatchSpec):
    type: Literal["pattern"]
    patterns: list[str] = Field(min_length=1)

    _unique_p = field_validator("patterns")(no_duplicates)


class WordlistSpec(MatchSpec):
    type: Literal["wordlist"]
    words: list[str] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _plain(cls, v: list[str]) -> list[str]:
        no_duplicates(v)
        for w in v:
            bad = sorted(set(w) & PATTERN_CHARS)
            if bad or not w.strip():
                raise ValueError(f"'{w}' er ikke et almindeligt ord (tegnet '{bad[0] if bad else ' '}' hører til "
                                 "mønstersproget; brug type = \"pattern\")")
        return v


class DetectorSpec(RuleSpec):
    """A detector rule: the common keys here, the detector's own settings in its `Options`."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    type: Literal["detector"]
    detector: str
    patterns: list[str] = Field(default_factory=list)  # for detectors that use patterns (timeframe)

    _unique_p = field_validator("patterns")(no_duplicates)


SPECS: dict[str, type[RuleSpec]] = {"pattern": PatternSpec, "wordlist": WordlistSpec, "detector": DetectorSpec}


class NoOptions(Strict):
    pass


# ---------------------------------------------------------------------------------------------------- runtime
@dataclass
class Env:
    """What a detector may use while checking, besides its own settings: the lemma table."""

    lemma: Callable[[str], str | None]  # the lemma table's lemma of a form, or None


@dataclass
class Rule:
    id: str
    type: str
    code: str
    severity: str
    message: str
    suggestion: str | None
    question: str | None
    file: str = ""
    patterns: list[Pattern] = field(default_factory=list)
    scope: str = "main"
    unless_number: bool = False
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[tuple[str, ...]] = frozenset()
    not_after_determiner: bool = False
    at_start: bool = False
    not_forms: frozenset[str] = frozenset()
    detector: "Detector | None" = None
    flag: list[str] = field(default_factory=list)
    pass_: list[str] = field(default_factory=list)

    def finding(self, an: Analysis, a: int, b: int, key: str | None = None, **fmt: Any) -> Finding:
        """A finding over tokens a..b-1."""
        return self.span_finding(an.text, an.toks[a].start, an.toks[b - 1].end, key=key, **fmt)

    def span_finding(self, text: str, start: int, end: int, message: str | None = None, key: str | None = None,
                     **fmt: Any) -> Finding:
        """A finding over characters start..end-1 (`message` overrides the rule's message)."""
        excerpt = text[start:end]
        return Finding.make(
            code=self.code,
            severity=self.severity,  # type: ignore[arg-type]
            start=start,
            end=end,
            excerpt=excerpt,
            message=fill(message or self.message, excerpt=excerpt, **fmt),
            suggestion=fill(self.suggestion, excerpt=excerpt, **fmt) or None,
            question=self.question,
            rule=self.id,
            key=key,
        )


def fill(template: str | None, **kw: Any) -> str:
    if not template:
        return ""
    if "{" not in template and "}" not in template:  # no field to fill (most rules' texts): what format gives
        return template
    try:
        return template.format(**kw)
    except (KeyError, IndexError, ValueError):
        return template


class Detector:
    """A check written in code. Subclasses set `name`, may set `Options` (a Strict pydantic model of the
    rule's own settings) and `lists` (word lists the detector reads from the rule's file), and implement
    `find`. Instances are built once at load."""

    name: ClassVar[str] = ""
    Options: ClassVar[type[Strict]] = NoOptions
    lists: ClassVar[tuple[str, ...]] = ()
    uses_patterns: ClassVar[bool] = False

    def __init__(self, rule: Rule, options: Strict, lists: dict[str, frozenset[str]], grammar: "Grammar") -> None:
        self.rule = rule
        self.options = options
        self.words = lists
        self.grammar = grammar
        self.setup()

    def setup(self) -> None:
        """Precompute what `find` needs (called once at load)."""

    def find(self, an: Analysis, env: Env) -> Iterable[Finding]:
        raise NotImplementedError


DETECTORS: dict[str, type[Detector]] = {}


def register(cls: type[Detector]) -> type[Detector]:
    """Class decorator: make a detector available to `detector = "<name>"` in the lexicons."""
    if not cls.name or cls.name in DETECTORS:
        raise RuntimeError(f"detector name missing or registered twice: {cls.name!r}")
    DETECTORS[cls.name] = cls
    return cls


# ---------------------------------------------------------------------------------------------------- errors
def danish_errors(exc: ValidationError) -> str:
    """The pydantic errors as Danish sentences: "nøglen 'x': …" (core.datafile, the one translator)."""
    return danish_validation_errors(exc)
