"""Danish names for finding codes (`lexicons/<lang>/codes.toml`): what people see instead of 'vague-verb'.
The codes stay in JSON output and in the data files. No UI here."""

from __future__ import annotations

from functools import lru_cache

from delmaal_assistant.core.langtag import DataFileError, read_tagged_toml


class CodeNamesError(Exception):
    """codes.toml is missing or broken (Danish message naming the file)."""


@lru_cache(maxsize=4)
def code_names(lang: str = "da") -> dict[str, str]:
    from delmaal_assistant.core.resources import lexicon_dir

    path = lexicon_dir(lang) / "codes.toml"
    try:
        data = read_tagged_toml(path)
    except DataFileError as exc:
        raise CodeNamesError(f"Ordlisten '{path.name}' {exc}.") from None
    names = data.get("names")
    if not isinstance(names, dict) or not all(isinstance(v, str) and v.strip() for v in names.values()):
        raise CodeNamesError(f"Ordlisten '{path.name}': [names] skal være en tabel med en tekst pr. kode.")
    return {k: v.strip() for k, v in names.items()}


def code_name(code: str, lang: str = "da") -> str:
    """The Danish name of a finding code; an unknown code is shown as it is (never hidden)."""
    try:
        return code_names(lang).get(code, code)
    except CodeNamesError:
        return code


def name_codes_in(text: str, lang: str = "da") -> str:
    """Replace finding codes mentioned in a message ("… (vague-verb, vague-quantifier)") by their Danish names."""
    import re

    try:
        names = code_names(lang)
    except CodeNamesError:
        return text
    if not names:
        return text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    return pattern.sub(lambda m: names[m.group(1)], text)
