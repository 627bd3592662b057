# Sourced by ./run and ./test: create .venv and install the project when needed.
#   source ./scripts/setup.sh        the app only (what ./run needs)
#   source ./scripts/setup.sh test   the app and the test tools (pytest, hypothesis, …: what ./test needs)
# Re-installs only when pyproject.toml changed since the last install of that kind.
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  echo "delmaal-assistant kræver Python 3.11 eller nyere ($PY er for gammel eller findes ikke)." >&2
  exit 2
fi
sum=$(cksum pyproject.toml | cut -d' ' -f1)
if [ "${1:-app}" = test ]; then
  stamp=.venv/.installed-test-$sum; spec='.[test]'
else
  stamp=.venv/.installed-app-$sum; spec='.'
fi
# an install with the test tools also has everything the app needs
if [ ! -f "$stamp" ] && ! { [ "$spec" = . ] && [ -f ".venv/.installed-test-$sum" ]; }; then
  echo "Installerer delmaal-assistant i .venv (første gang tager det et par minutter) …" >&2
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  # the pip that comes with Python 3.11 (23.x) installs an editable pyproject project: upgrading it first cost
  # 7 s on every fresh clone (issue 28), so only a pip older than 21.3 (no PEP 660) is upgraded
  if ! .venv/bin/python -c 'import sys, pip; sys.exit(0 if tuple(map(int, pip.__version__.split(".")[:2])) >= (21, 3) else 1)' 2>/dev/null; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  fi
  # --no-compile, then compileall below: pip compiled every module it installed, one after another, spaCy's 70
  # other languages and the packages' own tests included (≈ 2,000 of 6,400 files, never imported here); compiled
  # on both cores and without those, a fresh clone's set-up spends ≈ 7 s of CPU less (issue 28)
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-compile -e "$spec" >&2
  # Bytecode for the installed packages, except the folders no delmaal process imports: a package's tests, and
  # spaCy's languages other than Danish, its shared modules and the five whose tokenizers spaCy registers when it
  # starts (ja, ko, th, vi, zh: imported by every checker). A module left out is only compiled in memory when
  # imported. Never fatal.
  .venv/bin/python -m compileall -q -j 0 \
    -x '/site-packages/[^/]+/(.+/)?tests?/|/site-packages/spacy/lang/(?!(da|ja|ko|th|vi|zh|__init__|lex_attrs|norm_exceptions|tokenizer_exceptions|punctuation|char_classes)\b)' \
    .venv/lib >/dev/null 2>&1 || true
  if [ "$spec" = . ]; then rm -f .venv/.installed-app-*; else rm -f .venv/.installed-*; fi
  touch "$stamp"
fi
# Bytecode for our own modules: pip compiles what it installs, but not the editable source, so with
# PYTHONDONTWRITEBYTECODE set (or a read-only checkout) every start would compile them again (0.1-0.15 s a process,
# many times over in the tests). Only files changed since the last run are compiled; never fatal.
.venv/bin/python -m compileall -q -j 0 src >/dev/null 2>&1 || true
