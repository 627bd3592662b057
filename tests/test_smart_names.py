"""The SMART list names a finding the way people read it – its Danish name from the code table – never its code
(«vague-verb» was shown to staff in the terminal and the browser)."""

from __future__ import annotations

from types import SimpleNamespace

from delmaal_assistant.core.model.codes import code_name, smart_codes
from delmaal_assistant.core.outputs.smart import smart_status
from tests.sample_delmaal import full_delmaal


def test_smart_reasons_name_findings_in_danish():
    d = full_delmaal(wording="At beboeren bliver bedre til at komme ud.")
    code = sorted(smart_codes("specific"))[0]
    items = smart_status(d, [SimpleNamespace(code=code, field="wording", severity="warning")])
    reasons = " ".join(getattr(i, "reason", "") or str(i) for i in items)
    assert code_name(code) != code
    assert f"«{code_name(code)}»" in reasons
    assert code not in reasons.replace(code_name(code), "")
