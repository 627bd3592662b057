"""`delmaal rules [KODE…] [--format text|json|markdown]`: every finding code with its Danish name, level,
explanation, follow-up question and examples, generated from the code registry (checker.registry)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap

from delmaal_assistant.checker.findings import SEVERITY_DA
from delmaal_assistant.checker.lexicon import LexiconError
from delmaal_assistant.checker.registry import CodeInfo, CodeRegistry, code_registry
from delmaal_assistant.core import texts
from delmaal_assistant.core.sanitize import terminal_safe

FORMATS = ("text", "json", "markdown")
SMART_DA = {"specific": texts.get("cli.rules.smart_specific"), "measurable": texts.get("cli.rules.smart_measurable"),
            "realistic": texts.get("cli.rules.smart_realistic")}


def add_rules_parser(sub) -> None:
    r = sub.add_parser("rules", help=texts.get("cli.rules.help"), description=texts.get("cli.rules.description"))
    r.add_argument("codes", nargs="*", metavar=texts.get("cli.rules.metavar_code"),
                   help=texts.get("cli.rules.arg_codes"))
    r.add_argument("--format", choices=FORMATS, default="text", help=texts.get("cli.rules.arg_format"))
    r.add_argument("--examples", type=int, default=2, metavar="N", help=texts.get("cli.rules.arg_examples"))
    r.set_defaults(func=run_rules)


_SLOT = re.compile(r"\{\w+\}")


def _plain(message: str) -> str:
    """A rule's message without its slots ("LIX {lix}" → "LIX …"): what it says whatever the text."""
    return _SLOT.sub("…", message)


def _examples(info: CodeInfo, flag: bool, n: int) -> list[str]:
    return [e.text for e in info.examples if e.flag == flag][:max(n, 0)]


def as_json(info: CodeInfo, n: int) -> dict:
    return {"code": info.code, "name": info.name, "family": info.family, "severity": info.severity,
            "explanation": info.explanation, "followup": info.followup,
            "resident": {"explain": info.resident_explain, "question": info.resident_question},
            "smart": list(info.smart), "privacy": info.privacy, "sources": list(info.sources),
            "examples": {"flag": _examples(info, True, n), "pass": _examples(info, False, n)}}


def as_text(info: CodeInfo, n: int, width: int = 88) -> str:
    wrap = lambda s, ind="    ": textwrap.fill(terminal_safe(s), width, initial_indent=ind,  # noqa: E731
                                                 subsequent_indent=ind)
    lines = [f"{info.code} – {info.name}  ({SEVERITY_DA[info.severity]}; {info.family_da})",
             wrap(_plain(info.explanation)), wrap(texts.get("cli.rules.ask", question=info.followup))]
    if info.smart:
        lines.append(wrap(texts.get("cli.rules.smart", questions=", ".join(SMART_DA[s] for s in info.smart))))
    if info.privacy:
        lines.append(wrap(texts.get("cli.rules.privacy")))
    for flag, head in ((True, texts.get("cli.rules.flagged")), (False, texts.get("cli.rules.passed"))):
        for ex in _examples(info, flag, n):
            lines.append(wrap(f"{head}: {ex}"))
    return "\n".join(lines)


def as_markdown(info: CodeInfo, n: int) -> str:
    out = [f"### `{info.code}` – {info.name}", "",
           f"*{SEVERITY_DA[info.severity]}, {info.family_da}* · {_plain(info.explanation)}", "",
           texts.get("cli.rules.ask", question=info.followup), ""]
    for flag, head in ((True, texts.get("cli.rules.flagged")), (False, texts.get("cli.rules.passed"))):
        for ex in _examples(info, flag, n):
            out.append(f"- {head}: {ex}")
    return "\n".join(out).rstrip() + "\n"


def run_rules(args: argparse.Namespace) -> int:
    try:
        reg: CodeRegistry = code_registry("da")
        chosen = reg.parse_codes(list(args.codes), "KODE") if args.codes else None
    except (LexiconError, ValueError) as exc:
        sys.stderr.write(texts.get("cli.rules.error", error=exc))
        return 2
    infos = [i for i in reg if chosen is None or i.code in chosen]
    if args.format == "json":
        json.dump([as_json(i, args.examples) for i in infos], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write("\n".join(as_markdown(i, args.examples) for i in infos))
    else:
        sys.stdout.write("\n\n".join(as_text(i, args.examples) for i in infos) + "\n")
    return 0
