"""`check --format json/jsonl` writes each result by `writers.item_text` (the JSON of a rule's fixed fields made
once per process): the text must be exactly what `_dumps(item_json(…))` – json.dumps of the result's dict,
json_safe'd – gives, on the checker's findings and on any text, field or id (control, bidi and line-separator
characters, lone surrogates, quotes, backslashes)."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delmaal_assistant.checker import Finding, get_checker
from delmaal_assistant.cli.check.items import Item
from delmaal_assistant.cli.check.writers import _dumps, item_json, item_text

WORDINGS = [
    "At borgeren ikke bruger alle sine penge på cigaretter.",
    "Personalet støtter Mette i at blive mere selvstændig, så hun kan klare sig selv.",
    'At borgeren siger "nej tak" \\ til\u2028hjælp\u0085 og \u202eomvendt\u202c tekst \ud800 hver dag.',
    "Hun skal ringe på 12345678 kl. 14 hver mandag i de næste 3 måneder.",
    "",
]
odd = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)


def _items():
    c = get_checker()
    for n, w in enumerate(WORDINGS):
        fs = c.check(w)
        yield Item("-", n + 1, w, None, fs)
        yield Item("fil.csv", None, w, None, fs, row=n + 2, id=f"id «{n}»\u2029")
        yield Item("x.delmaal.json", None, w, "indsats.actions", [replace(f, field="wording") for f in fs],
                   label="Handling: \u200eKRAP")


def test_item_text_is_dumps_of_item_json():
    items = list(_items())
    assert any(i.findings for i in items)
    for k, it in enumerate(items):
        assert item_text(k, it) == _dumps(item_json(k, it))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=odd, source=odd, field=st.none() | odd, ident=st.none() | odd, message=odd, excerpt=odd,
       suggestion=st.none() | odd, question=st.none() | odd, rule=st.none() | odd, line=st.none() | st.integers(),
       row=st.none() | st.integers(), start=st.integers(0, 10**6), length=st.integers(0, 50))
def test_item_text_on_any_text(text, source, field, ident, message, excerpt, suggestion, question, rule, line, row,
                               start, length):
    f = Finding("vague-verb", "warning", start, start + length, excerpt, message, suggestion, question, field, rule)
    for fs in ([], [f], [f, replace(f, start=start + 1, excerpt=excerpt[::-1])]):
        it = Item(source, line, text, field, fs, row=row, id=ident, label=field and field.upper())
        assert item_text(7, it) == _dumps(item_json(7, it))


def test_item_text_of_fields_that_are_not_str():
    """A field that is not a str (a number where an id or a rule's text is expected) takes the general path
    (`writers._str` takes only a str): still exactly `_dumps(item_json(…))`."""
    f = Finding("vague-verb", "warning", 3, 8, "støtte", "Besked.", 12, None, None, None)
    for it in (Item("fil.csv", None, "At støtte Ida.", None, [], row=2, id=12345),  # type: ignore[arg-type]
               Item("fil.csv", None, "At støtte Ida.", None, [f], row=2, id="a"),
               Item(7, 1, "At støtte Ida.", None, [f])):  # type: ignore[arg-type]
        assert item_text(3, it) == _dumps(item_json(3, it))
