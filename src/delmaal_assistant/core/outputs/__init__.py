"""What is made from a delmål: exports (txt, md, docx), \"Dit delmål\" (easy-read, read aloud), FHIR, the SMART status, grammatical person."""
