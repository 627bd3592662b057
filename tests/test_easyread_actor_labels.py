"""Issue 24: an external actor's name said as the subject of its "how" must be a Danish noun phrase – by category,
with our own invented names, run with and without the analyser (the `analyser` fixture):

- a name listing its parts with two or more commas («Kommunen, Socialafdelingen, rådgiver») is one subject with the
  rest in brackets, never the bare list before the verb;
- a role noun and a place in the definite form without a preposition («Vejleder uddannelsescentret») gets its
  article and the place in brackets, never «En vejleder uddannelsescentret»;
- a role noun the analyser does not know, capitalised before a bracket («Logopæd (hospitalet)»), is a role, not a
  first name: it gets its article;
- a first name, a family word or a proper name with its place is not given an article (must-pass).
"""

from __future__ import annotations

import pytest

from delmaal_assistant.core.model import ExternalActor
from delmaal_assistant.core.outputs.easyread import build


def _text(name: str, how: str) -> str:
    from sample_delmaal import full_delmaal

    d = full_delmaal()
    d.external_actors = [ExternalActor(name=name, how=how)]
    return "\n".join(body for _, body in build(d).sections)


@pytest.mark.parametrize("name, how, expect", [
    ("Kommunen, Socialafdelingen, rådgiver", "Holder et møde hver 3. måned.",
     "Kommunen (Socialafdelingen, rådgiver) holder et møde hver 3. måned."),
    ("Vejleder uddannelsescentret", "Ringer hver mandag.", "En vejleder (uddannelsescentret) ringer hver mandag."),
    ("Vejleder uddannelsescentret", "Er med på turen.", "En vejleder (uddannelsescentret) er med på turen."),
    ("Træner svømmeklubben", "Tager imod kl. 17.", "En træner (svømmeklubben) tager imod kl. 17."),
    ("Logopæd (hospitalet)", "Øver ord hver torsdag.", "En logopæd (hospitalet) øver ord hver torsdag."),
    ("Diætist (klinikken)", "Laver madplanen hver anden uge.", "En diætist (klinikken) laver madplanen hver anden uge."),
])
def test_actor_label_is_a_noun_phrase(analyser, name, how, expect):
    text = _text(name, how)
    assert expect in text, text


@pytest.mark.parametrize("name, how, expect", [
    # a first name with its family word in brackets, a family word before a name: the resident's own; a proper
    # name with a place: as written
    ("Lotte (faster)", "Ringer om søndagen.", "Din faster Lotte ringer om søndagen."),
    ("Morbror Ib", "Kører hver fredag.", "Din morbror Ib kører hver fredag."),
    ("Netto (Vestergade)", "Har varerne klar.", "Netto (Vestergade) har varerne klar."),
])
def test_names_and_family_words_stay(analyser, name, how, expect):
    assert expect in _text(name, how)
