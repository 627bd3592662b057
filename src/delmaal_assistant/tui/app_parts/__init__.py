"""The parts of `DelmaalApp` (tui/app.py), one job each, as mixins: the checker, quitting safely, the browser
tab's draft, draft locks, the command palette."""
