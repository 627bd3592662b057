"""The export formats, in a module of their own so the command line can list them without loading the model."""

#: export formats: name → (file suffix, Danish description)
FORMATS: dict[str, tuple[str, str]] = {
    "md": (".md", "Markdown"),
    "txt": (".txt", "ren tekst til at sætte ind i Sensum/Bosted/Nexus"),
    "docx": (".docx", "Word til print"),
    "easy": (".dit-delmaal.txt", "\"Dit delmål\" i let sprog til beboeren"),
    "fhir": (".fhir.json", "FHIR R4 (delmål og indsatsmål efter KL's FFB-profiler)"),
}
