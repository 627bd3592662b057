# Sourced by ./test: the browser tests (HTML report, `delmaal web`) need Debian's Chromium. Install it when it is
# missing and we may (root with apt-get); otherwise those tests skip with a visible reason. Never fatal.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 \
   && [ -z "${DELMAAL_NO_BROWSER_INSTALL:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installerer Chromium til browsertestene (apt-get, ca. 30 s) …" >&2
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }) \
    || echo "Chromium kunne ikke installeres; browsertestene springes over." >&2
fi
