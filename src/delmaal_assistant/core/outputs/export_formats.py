"""The export formats: one registry entry each (spaCy's habit), in a module of its own so the command line can
list them without loading the model. A format's renderer lives in its own module and registers itself there:

    @exporter("fhir")
    def _fhir(d, findings, subject):          # the delmål already made export-safe (unless `binary`)
        return goal_json(d, subject=subject)   # str (written as UTF-8) or bytes

Adding a format: its `ExportFormat` entry below (with the module that holds its renderer) and the renderer.
Everything that offers, names or writes formats reads this registry: `delmaal export --to`, the review's export
dialog, file names, the manifest of recorded exports, `core.outputs.export.render`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from delmaal_assistant.core import texts


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str  # the file name's ending
    description: str  # Danish, shown where formats are offered
    module: str  # the module whose @exporter(name) renders it
    binary: bool = False  # not text: never to standard output; the renderer makes its own text safe
    smart: bool = False  # carries the SMART status, so the checker's findings are passed
    resident: bool = False  # read by the resident: bidi controls removed rather than shown
    subject: bool = False  # takes a reference to the citizen (`--subject`)
    easy: bool = False  # holds "Dit delmål" (the user is told when it is still an unapproved draft)


_OUT = "delmaal_assistant.core.outputs"
REGISTRY: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("md", ".md", "Markdown", f"{_OUT}.export", smart=True),
    ExportFormat("txt", ".txt", texts.get("core.outputs.export_formats.ren_tekst_saette_ind"), f"{_OUT}.export", smart=True),
    ExportFormat("docx", ".docx", texts.get("core.outputs.export_formats.word_print"), f"{_OUT}.export", binary=True, smart=True,
                 easy=True),
    ExportFormat("easy", ".dit-delmaal.txt", texts.get("core.outputs.export_formats.dit_delmaal_let_sprog"), f"{_OUT}.easyread",
                 resident=True, easy=True),
    ExportFormat("fhir", ".fhir.json", texts.get("core.outputs.export_formats.fhir_r4_delmaal_indsatsmaal"), f"{_OUT}.fhir", subject=True),
)}

#: export formats: name → (file suffix, Danish description) – the registry as the callers have long read it
FORMATS: dict[str, tuple[str, str]] = {n: (f.suffix, f.description) for n, f in REGISTRY.items()}

Renderer = Callable[..., "str | bytes"]
_RENDERERS: dict[str, Renderer] = {}


def exporter(name: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of format `name` (which must have its registry entry)."""
    if name not in REGISTRY:
        raise ValueError(texts.get("core.outputs.export_formats.eksportformatet_staar_ikke_export", name=name))

    def register(fn: Renderer) -> Renderer:
        _RENDERERS[name] = fn
        return fn

    return register


def renderer(name: str) -> Renderer:
    """The renderer of format `name`, importing its module on first use. ValueError (Danish) for an unknown one."""
    spec = REGISTRY.get(name)
    if spec is None:
        raise ValueError(texts.get("core.outputs.export_formats.ukendt_eksportformat_kendte", name=name,
                                   join=', '.join(REGISTRY)))
    if name not in _RENDERERS:
        import_module(spec.module)
    return _RENDERERS[name]
