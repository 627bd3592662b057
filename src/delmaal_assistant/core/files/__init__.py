"""Files on disk: atomic owner-only storage of delmål, drafts and their locks, reading inputs (text, CSV, XLSX), crash reports."""
