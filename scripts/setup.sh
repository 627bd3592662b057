# Sourced by ./run and ./test: create .venv and install the project (with test extras) when needed.
# Re-installs only when pyproject.toml changed since the last install.
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  echo "delmaal-assistant kræver Python 3.11 eller nyere ($PY er for gammel eller findes ikke)." >&2
  exit 2
fi
stamp=.venv/.installed-$(cksum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ]; then
  echo "Installerer delmaal-assistant i .venv (første gang tager det et par minutter) …" >&2
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip >&2
  .venv/bin/python -m pip install --quiet -e '.[test]' >&2
  rm -f .venv/.installed-* && touch "$stamp"
fi
