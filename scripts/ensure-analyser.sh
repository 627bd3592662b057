# Sourced by ./test: "Dit delmål"'s rules are tested twice, with Debian's Danish analyser (apertium-dan-nor:
# lt-proc and the Danish automaton, core/outputs/morph.py) and without it (as on Windows). Install it when it is
# missing and we may (root with apt-get); otherwise the tests with the analyser skip with a visible reason. Never
# fatal.
if ! command -v lt-proc >/dev/null 2>&1 \
   && [ -z "${DELMAAL_NO_ANALYSER_INSTALL:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer den danske analysator (apertium-dan-nor, apt-get, ca. 20 s) …" >&2
  (apt-get install -y -q apertium-dan-nor >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q apertium-dan-nor >/dev/null 2>&1; }) \
    || echo "Den danske analysator kunne ikke installeres; testene med den springes over." >&2
fi
