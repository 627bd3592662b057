"""The counts of a run, shared by `delmaal check` (summary line, --statistics, exit status) and `delmaal audit`
(every figure in the report; one Stats per group and per month there).

Counting unit: a *delmål*. A wording (one line, one spreadsheet row) is one delmål; a saved delmål file is one
delmål however many of its fields have findings — its field results are grouped into one Unit, closed by the
whole-delmål result. Shares are over delmål, never over fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from delmaal_assistant.checker.findings import SEVERITY_DA, SEVERITY_RANK, Finding
from delmaal_assistant.cli.check.items import WHOLE_FIELD, Item
from delmaal_assistant.core import texts
from delmaal_assistant.core.severity import SEVERITIES
from delmaal_assistant.core.severity import severity_count_da as count_da  # the name the audit and writers use


def distinct(findings: list[Finding]) -> list[Finding]:
    """The findings without repeats: the same code on the same span (and field) is one finding."""
    seen: set = set()
    out = []
    for f in findings:
        key = (f.code, f.start, f.end, f.field)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


@dataclass
class CodeCount:
    code: str
    severity: str  # the highest severity the code was shown with
    findings: int = 0
    results: int = 0  # checked texts (a wording, or one field of a saved delmål) with the code
    units: int = 0  # delmål with the code (a saved delmål counts once, whatever number of fields)


@dataclass
class Unit:
    """One delmål as counted: a wording (one Item), or a saved delmål (its field Items, then the whole one)."""

    items: list[Item]
    codes: set[str] = field(default_factory=set)

    @property
    def first(self) -> Item:
        return self.items[0]

    @property
    def saved(self) -> bool:
        return self.items[-1].field == WHOLE_FIELD

    @property
    def findings(self) -> list[Finding]:
        return [f for it in self.items for f in it.findings]


_WARNING = SEVERITY_RANK["warning"]


@dataclass(slots=True)
class Tally:
    """One delmål's counts as `Stats.add` counts them from its results, worked out where the delmål is checked (a
    worker process of the audit) so that the process joining the results only adds them up (`Stats.add_tally`)."""

    results: int
    with_findings: int  # results with at least one finding
    by_severity: dict[str, int]
    codes: dict[str, tuple[str, int, int]]  # code → (its highest severity, its findings, the results with it)
    saved: bool  # a saved delmål (else a wording)
    warned: bool  # at least one warning or error


def tally(items: list[Item]) -> Tally:
    """The counts of one delmål's results (a wording's one Item, or a saved delmål's field Items and its whole one):
    `Stats.add` of each Item and `Stats.add_tally` of the tally count the same."""
    by_severity: dict[str, int] = {}
    codes: dict[str, list] = {}
    with_findings = 0
    for it in items:
        if not it.findings:
            continue
        with_findings += 1
        seen = set()
        for f in it.findings:
            sev = f.severity
            by_severity[sev] = by_severity.get(sev, 0) + 1
            c = codes.get(f.code)
            if c is None:
                c = codes[f.code] = [sev, 0, 0]
            elif SEVERITY_RANK[sev] > SEVERITY_RANK[c[0]]:
                c[0] = sev
            c[1] += 1
            if f.code not in seen:
                c[2] += 1
                seen.add(f.code)
    warned = any(SEVERITY_RANK[sev] >= SEVERITY_RANK["warning"] for sev in by_severity)
    return Tally(len(items), with_findings, by_severity, {k: tuple(v) for k, v in codes.items()},  # type: ignore[misc]
                 items[-1].field == WHOLE_FIELD, warned)


class Stats:
    """Counts only (no results kept), so `check` stays flat in memory on any input size."""

    def __init__(self) -> None:
        self.results = 0
        self.wordings = 0
        self.delmaal = 0  # saved delmål files
        self.with_findings = 0  # results with at least one finding
        self.units = 0
        self.units_with_findings = 0
        self.warned = 0  # delmål with at least one warning or error
        self.by_severity = dict.fromkeys(SEVERITIES, 0)
        self.codes: dict[str, CodeCount] = {}
        self._pending: list[Item] = []

    def add(self, r: Item) -> Unit | None:
        """Count one result; returns the Unit it completes (a wording at once, a saved delmål at its end)."""
        self.results += 1
        if r.findings:
            self.with_findings += 1
        seen = set()
        for f in r.findings:
            self.by_severity[f.severity] = self.by_severity.get(f.severity, 0) + 1
            c = self.codes.get(f.code)
            if c is None:
                c = self.codes[f.code] = CodeCount(f.code, f.severity)
            elif SEVERITY_RANK[f.severity] > SEVERITY_RANK[c.severity]:
                c.severity = f.severity
            c.findings += 1
            if f.code not in seen:
                c.results += 1
                seen.add(f.code)
        if r.field is None:
            self.wordings += 1
            unit = Unit([r])
        elif r.field == WHOLE_FIELD:
            self.delmaal += 1
            unit = Unit([*self._pending, r])
            self._pending = []
        else:
            self._pending.append(r)
            return None
        unit.codes = {f.code for it in unit.items for f in it.findings}
        self.units += 1
        if unit.codes:
            self.units_with_findings += 1
            if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"] for it in unit.items for f in it.findings):
                self.warned += 1
        for code in unit.codes:
            self.codes[code].units += 1
        return unit

    def count(self, r: Item) -> None:
        """`add` without the Unit it returns (`delmaal check` keeps counts only): a wording is counted at once,
        without a Unit or a set of its codes (a large run counts 100,000 of them)."""
        if r.field is not None:
            self.add(r)
            return
        self.results += 1
        self.wordings += 1
        self.units += 1
        if not r.findings:
            return
        self.with_findings += 1
        self.units_with_findings += 1
        by_severity, codes = self.by_severity, self.codes
        warned = False
        seen = set()
        for f in r.findings:
            sev = f.severity
            by_severity[sev] = by_severity.get(sev, 0) + 1
            rank = SEVERITY_RANK[sev]
            if rank >= _WARNING:
                warned = True
            c = codes.get(f.code)
            if c is None:
                c = codes[f.code] = CodeCount(f.code, sev)
            elif rank > SEVERITY_RANK[c.severity]:
                c.severity = sev
            c.findings += 1
            if f.code not in seen:  # a wording is one result and one delmål
                c.results += 1
                c.units += 1
                seen.add(f.code)
        if warned:
            self.warned += 1

    def add_tally(self, t: Tally) -> None:
        """Count one delmål from its `tally`: the same as `add` of each of its results."""
        self.results += t.results
        self.with_findings += t.with_findings
        by_severity = self.by_severity
        for sev, n in t.by_severity.items():
            by_severity[sev] = by_severity.get(sev, 0) + n
        codes = self.codes
        for code, (sev, findings, results) in t.codes.items():
            c = codes.get(code)
            if c is None:
                c = codes[code] = CodeCount(code, sev)
            elif SEVERITY_RANK[sev] > SEVERITY_RANK[c.severity]:
                c.severity = sev
            c.findings += findings
            c.results += results
            c.units += 1
        if t.saved:
            self.delmaal += 1
        else:
            self.wordings += 1
        self.units += 1
        if t.codes:
            self.units_with_findings += 1
            if t.warned:
                self.warned += 1

    def add_unit(self, unit: Unit) -> None:
        for it in unit.items:
            self.add(it)

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())

    def share(self, code: str) -> float:
        c = self.codes.get(code)
        return c.units / self.units if c and self.units else 0.0

    def failing(self, level: str) -> bool:
        if level == "none":
            return False
        return any(n for sev, n in self.by_severity.items() if SEVERITY_RANK[sev] >= SEVERITY_RANK[level])

    def ordered(self) -> list[CodeCount]:
        """Codes by severity (errors, warnings, then suggestions), then by the number of delmål they concern."""
        return sorted(self.codes.values(), key=lambda c: (-SEVERITY_RANK[c.severity], -c.units, -c.findings, c.code))

    def to_json(self) -> dict:
        return {
            "results": self.results,
            "results_with_findings": self.with_findings,
            "delmaal": self.units,
            "delmaal_with_findings": self.units_with_findings,
            "delmaal_with_warnings": self.warned,
            "findings": self.findings,
            "by_severity": dict(self.by_severity),
            "by_code": {c.code: {"findings": c.findings, "results": c.results, "delmaal": c.units,
                                 "severity": c.severity} for c in self.ordered()},
        }

    def text_table(self, name=None) -> str:
        rows = self.ordered()
        if not rows:
            return texts.get("cli.check.stats_none")
        name = name or (lambda code: code)
        w = max(len(str(c.findings)) for c in rows)
        cw = max(len(name(c.code)) for c in rows)
        out = [texts.get("cli.check.stats_head")]
        for c in rows:
            share = f"{100 * c.units / self.units:.0f} %" if self.units else ""
            out.append(f"  {c.findings:>{w}}  {name(c.code):<{cw}}  {SEVERITY_DA.get(c.severity, c.severity):<9} "
                       f"{share:>5}  [{c.code}]")
        return "\n".join(out) + "\n"

    def summary(self) -> str:
        checked = []
        if self.wordings:
            checked.append(texts.get("cli.check.wordings_one" if self.wordings == 1 else "cli.check.wordings_many",
                                     n=self.wordings))
        if self.delmaal:
            checked.append(texts.get("cli.check.delmaal_n", n=self.delmaal))  # same form in singular and plural
        parts = [count_da(self.by_severity[k], k) for k in SEVERITIES]
        return texts.get("cli.check.summary", counts=", ".join(parts), checked=texts.get("cli.check.summary_and").join(
            checked or [texts.get("cli.check.wordings_many", n=0)]))
