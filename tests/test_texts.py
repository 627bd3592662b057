"""The program's own texts have one home (prompts/da/messages/*.toml, read by core.texts): every key the code uses
is in its file with the placeholders the call fills, every key in a file is used, and a misspelt key, a broken
placeholder or a missing text is a Danish error naming the file and the key."""

import shutil

import pytest

from delmaal_assistant.core import texts
from delmaal_assistant.core.datafile import DataLoadError
from delmaal_assistant.core.resources import prompts_dir

FILES = sorted((prompts_dir("da") / "messages").glob("*.toml"))


def test_every_key_used_is_in_a_file_and_every_key_in_a_file_is_used():
    texts.verify("da")


def test_there_is_a_file_per_area_and_nothing_else():
    assert {p.stem for p in FILES} <= set(texts.AREAS)
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_misspelt_key_is_refused_naming_file_and_key(path, tmp_path):
    folder = tmp_path / "da"
    shutil.copytree(prompts_dir("da"), folder)
    target = folder / "messages" / path.name
    lines = target.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("[") and i > 0)  # the first table's first key
    key, _, value = lines[at + 1].partition(" = ")
    lines[at + 1] = f"{key}x = {value}"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataLoadError) as info:
        texts.verify("da", folder)
    msg = str(info.value)
    table = lines[at].strip("[]")
    assert f"messages/{path.name}" in msg and f"{path.stem}.{table}.{key}x" in msg and "ukendt" in msg, msg
    assert f"mangler teksten '{path.stem}.{table}.{key}'" in msg, msg


@pytest.mark.parametrize("line,words", [
    ('[x]\nbroken = "Filen {path findes ikke"\n', ["tabellen [x], nøglen 'broken'", "pladsholder"]),
    ('[x]\nempty = " "\n', ["nøglen 'empty'", "tom"]),
    ('[x]\nNavn = "a"\n', ["nøglen 'Navn'", "små bogstaver"]),
    ('[x]\nn = 3\n', ["nøglen 'n'", "tekst"]),
])
def test_a_broken_file_is_a_danish_error_naming_file_and_key(line, words, tmp_path):
    folder = tmp_path / "da" / "messages"
    folder.mkdir(parents=True)
    (folder / "cli.toml").write_text('lang = "da"\n' + line, encoding="utf-8")
    with pytest.raises(DataLoadError) as info:
        texts.load_area("cli", "da", tmp_path / "da")
    msg = str(info.value)
    assert "messages/cli.toml" in msg and all(w in msg for w in words), msg


def test_a_missing_key_or_placeholder_fails_loudly_in_danish():
    with pytest.raises(texts.TextError, match=r"mangler teksten 'cli\.export\.writen'.*stavefejl\? filen har "
                                              r"'cli\.export\.written'"):
        texts.get("cli.export.writen")
    with pytest.raises(texts.TextError, match=r"teksten 'cli\.export\.written': pladsholderen 'path'"):
        texts.get("cli.export.written", fmt="Markdown", note="")
    assert texts.get("cli.export.written", fmt="Markdown", path="a.md", note="") == "Eksporteret (Markdown): a.md\n"
