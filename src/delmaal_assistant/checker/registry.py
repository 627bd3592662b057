"""The code registry (ruff's habit): every finding code once, with everything known about it.

    reg = code_registry()            # cached per language
    reg["vague-verb"].name           # "vagt udsagnsord"
    reg.parse_codes("readability,long-sentence", "--ignore")

It is filled by the loaders, never by hand: the text-rule loader (`lexicon.load_lexicon`: each rule file's code,
severity, message, question and examples), the whole-delmål checks (`whole.toml`, validated by
`wholefile.WholeFile`) and the field judges (`whole.field_data`: `field_rules.toml`); to these it adds the code
table (`lexicons/<lang>/codes.toml`: Danish name, SMART role, privacy) and the follow-ups and resident texts
(`prompts/<lang>/followups.toml`). A code reported by a rule but missing from the code table, or named in the
table but reported by nothing, is a Danish load error: the registry and the data cannot drift apart.

Everything that shows or selects a code reads it: `--select/--ignore`, `delmaal.toml`, `delmaal rules`, the
audit, the TUI and the exports (Danish names), and the tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from delmaal_assistant.checker.lexicon import LexiconError, load_lexicon
from delmaal_assistant.checker.whole import field_data
from delmaal_assistant.core import texts
from delmaal_assistant.core.model.codes import GROUPS, code_table
from delmaal_assistant.core.severity import worst
from delmaal_assistant.core.interview import PromptError, load_prompts

Family = Literal["text", "whole", "field"]
FAMILY_DA: dict[str, str] = {"text": texts.get("checker.registry.formulering"),
                             "whole": texts.get("checker.registry.hele_delmaalet"), "field": texts.get("checker.registry.feltsvar")}


class RegistryError(LexiconError):
    """The code table and the rules disagree (Danish message naming the code and the files)."""


@dataclass(frozen=True)
class Example:
    text: str  # a wording, or a field answer / delmål snippet written as TOML-ish text
    flag: bool  # True: the code must be reported; False: it must not


@dataclass(frozen=True)
class CodeInfo:
    code: str
    family: Family  # who reports it: a text rule, a whole-delmål check, or a field judge
    severity: str  # the default severity (the highest of its rules')
    name: str  # Danish name shown to people
    explanation: str  # the message of its (first) rule
    followup: str  # the question the assistant asks about it
    resident_explain: str  # meeting mode: said to the resident ("" = none)
    resident_question: str
    smart: tuple[str, ...]  # SMART roles it says "no" to (core.model.codes.SmartRole)
    privacy: bool  # points at personal data
    group: str  # "core": one of the six scored codes (codes.toml), else "other"
    sources: tuple[str, ...]  # data files and rule ids it comes from ("vague_verb.toml: vague-verb/bliver-bedre")
    examples: tuple[Example, ...]

    @property
    def family_da(self) -> str:
        return FAMILY_DA[self.family]


class CodeRegistry:
    def __init__(self, lang: str, infos: list[CodeInfo]):
        self.lang = lang
        self._codes = {i.code: i for i in infos}

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CodeInfo:
        return self._codes[code]

    def __iter__(self) -> Iterator[CodeInfo]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)

    def get(self, code: str) -> CodeInfo | None:
        return self._codes.get(code)

    def name(self, code: str) -> str:
        info = self._codes.get(code)
        return info.name if info else code

    def severity(self, code: str) -> str:
        return self._codes[code].severity

    def resolve(self, word: str) -> str | None:
        """A code from what a person typed: the code itself, in any case, or its exact Danish name."""
        w = word.strip()
        if w in self._codes:
            return w
        low = w.lower()
        for info in self._codes.values():
            if low in (info.code, info.name.lower()):
                return info.code
        return None

    def group(self, name: str) -> list[str]:
        """The codes of a group named on the command line or in delmaal.toml ("core"), in the table's order."""
        return [i.code for i in self._codes.values() if i.group == name]

    def parse_codes(self, value: str | list | None, what: str) -> set[str] | None:
        """'a,b' (an option) or ["a", "b"] (delmaal.toml) as a set of codes – a group's name ("core") stands for
        its codes; ValueError in Danish on an unknown code or a value that is not a list of texts. None stays
        None (not given)."""
        if value is None:
            return None
        items = value.split(",") if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise ValueError(f"{what} skal være en liste af koder, fx [\"readability\", \"long-sentence\"].")
        out, unknown = set(), []
        for x in items:
            if not x.strip():
                continue
            if x.strip().lower() in GROUPS:
                out.update(self.group(x.strip().lower()))
                continue
            code = self.resolve(x)
            if code is None:
                unknown.append(x.strip())
            else:
                out.add(code)
        if unknown:
            raise ValueError(f"{what}: ukendt kode {', '.join(repr(u) for u in unknown)}. "
                             f"Kendte koder: {', '.join(sorted(self._codes))}; grupper: {', '.join(GROUPS)} (se `delmaal rules`).")
        return out


def _top(severities: list[str]) -> str:
    return worst(severities) or "warning"


def _ex(items, flag: bool) -> list[Example]:
    out = []
    for x in items:
        if isinstance(x, dict):
            x = ", ".join(f"{k} = {v!r}" for k, v in x.items()) or texts.get("checker.registry.tomt_delmaal")
        out.append(Example(str(x), flag))
    return out


@lru_cache(maxsize=4)
def code_registry(lang: str = "da") -> CodeRegistry:
    """Every finding code of `lang`, filled by the loaders of the text rules, whole checks and field judges."""
    table = code_table(lang)
    lex = load_lexicon(lang)
    try:
        prompts = load_prompts(lang)
    except PromptError as exc:
        raise RegistryError(str(exc)) from None
    declared: dict[str, dict] = {}

    def declare(code: str, family: Family, severity: str, message: str, question: str | None, source: str,
                flag, pass_) -> None:
        d = declared.setdefault(code, {"family": family, "sev": [], "message": message, "question": question,
                                       "sources": [], "examples": []})
        if d["family"] != family:
            raise RegistryError(f"Koden '{code}' bruges både af {FAMILY_DA[d['family']]} ({d['sources'][0]}) og af "
                                f"{FAMILY_DA[family]} ({source}); en kode hører til ét sted.")
        d["sev"].append(severity)
        d["question"] = d["question"] or question
        d["sources"].append(source)
        d["examples"] += _ex(flag, True) + _ex(pass_, False)

    for rule in lex.rules:
        declare(rule.code, "text", rule.severity, rule.message, rule.question, f"{rule.file}: {rule.id}",
                rule.flag, rule.pass_)
    whole = lex.section("whole")
    for code, check in whole.items():
        if isinstance(check, dict):
            declare(code, "whole", check["severity"], check["message"], check.get("question"), f"whole.toml: [{code}]",
                    check["flag"], check["pass"])
    data = field_data(lang)
    for (code, name), rule in data.rules.items():
        if code in declared and declared[code]["family"] == "whole":
            # a second way to a whole check (generic-indicator/paraphrase): the same code, reached by a judge
            declared[code]["sources"].append(f"field_rules.toml: [{code}.{name}]")
            continue
        declare(code, "field", rule.severity, rule.message, rule.question, f"field_rules.toml: [{code}.{name}]",
                rule.flag, rule.pass_)
    missing = [c for c in declared if c not in table]
    if missing:
        raise RegistryError(f"Koden '{missing[0]}' ({declared[missing[0]]['sources'][0]}) står ikke i codes.toml; "
                            "skriv den der med sit danske navn.")
    unused = [c for c in table if c not in declared]
    if unused:
        raise RegistryError(f"codes.toml: koden '{unused[0]}' bruges ikke af nogen regel, helhedstjek eller feltdommer.")
    infos = []
    for code, entry in table.items():
        d = declared[code]
        fu = prompts.followups.get(code)
        res = fu if fu and fu.resident_explain else prompts.resident_followups.get(code)
        infos.append(CodeInfo(
            code=code, family=d["family"], severity=_top(d["sev"]), name=entry.name, explanation=d["message"],
            followup=(fu.question if fu else None) or d["question"] or prompts.default_followup.question,
            resident_explain=res.resident_explain if res else "", resident_question=res.resident_question if res else "",
            smart=tuple(entry.smart), privacy=entry.privacy, group=entry.group, sources=tuple(d["sources"]),
            examples=tuple(d["examples"]),
        ))
    return CodeRegistry(lang, infos)

