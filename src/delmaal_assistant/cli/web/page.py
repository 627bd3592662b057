"""What the browser is shown: our Danish page and its script, and the refusals (no token, a foreign host or
origin, too many tabs, a malformed request)."""

from __future__ import annotations

from delmaal_assistant.core import texts

PAGE = """<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>Delmålsassistenten</title>
<link rel="stylesheet" href="{static}css/xterm.css">
<script src="{static}js/textual.js"></script>
<style>
@font-face {{ font-family: "Roboto Mono"; src: url("{static}fonts/RobotoMono-VariableFont_wght.ttf"); }}
@font-face {{ font-family: "Roboto Mono"; font-style: italic;
  src: url("{static}fonts/RobotoMono-Italic-VariableFont_wght.ttf"); }}
html, body {{ margin: 0; height: 100%; background: #0c181f; }}
.textual-terminal {{ width: 100vw; height: 100vh; opacity: 0; }}
body.-first-byte .textual-terminal {{ opacity: 1; }}
.dialog {{ position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; z-index: 10;
  font: 18px "Roboto Mono", monospace; color: rgba(255,255,255,.95); }}
.dialog > div {{ background: #12232d; padding: 32px 48px; text-align: center; max-width: 640px; }}
body.-first-byte .starting {{ display: none; }}
.closed {{ display: none; }}
body.-closed .closed {{ display: flex; }}
button {{ font: inherit; padding: 12px 28px; margin-top: 20px; background: #5e0ba7; color: white; border: 0;
  cursor: pointer; }}
button:hover {{ background: #ac5af4; }}
</style>
</head>
<body>
<div class="dialog starting"><div>Starter delmålsassistenten …</div></div>
<div class="dialog closed"><div>
  <div id="closed-app">
  <p>Assistenten er lukket. Kladden er gemt.</p>
  <p>Luk fanen, eller start assistenten igen. Stop serveren med Ctrl+C i vinduet, hvor du skrev
  <code>delmaal web</code>.</p>
  <button type="button" id="restart">Start igen</button>
  </div>
  <div id="closed-server" hidden>
  <p>Serveren er stoppet.</p>
  <p>Assistenten kører ikke længere; det, du skrev, er gemt som kladde. Start den igen med
  <code>delmaal web</code> i et terminalvindue, og åbn den nye adresse, den skriver.</p>
  </div>
</div></div>
<div id="terminal" class="textual-terminal" data-session-websocket-url="{websocket}" data-font-size="16"></div>
<script src="{page_js}"></script>
</body>
</html>
"""

# Our page script (inline scripts and handlers are barred by the Content-Security-Policy):
# - keys go to the assistant as soon as it is drawn: without this the user must first click into the page (and
#   Textual shows no key bar while the app has no focus);
# - this tab's id (kept in sessionStorage, so it survives a reload and differs between tabs) goes into the
#   websocket address: after a reload the assistant returns to the draft and question the tab had open;
# - while the connection is closed, keep asking the server whether it is still there: "Start igen" only while
#   it is, else "Serveren er stoppet" (a reload would only show the browser's error page);
# - "Start igen" reloads the page, which starts a new assistant.
PAGE_JS = """
const ALIVE = new URL("alive", window.location.href).href;  // answers however many tabs are open
// A file the assistant delivers (a saved delmål, an export): textual.js opens ORIGIN/download/KEY in a new tab;
// here it is fetched under this page's own address (with the server's key) and saved as a download, in this tab.
const nativeOpen = window.open.bind(window);
// "Åbn et gemt delmål fra din computer": the user picks the file; it goes to the server for this tab's assistant,
// which opens it (a server-side copy in the data folder).
// keys go on to the assistant after a download or the file picker (the page may have lost the focus)
function keysToTerminal() {
  setTimeout(() => { const t = document.querySelector(".xterm-helper-textarea"); if (t) t.focus(); }, 0);
}
function pickAndUpload() {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".json,application/json";
  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    if (!file) return;
    const tab = sessionStorage.getItem("delmaal-tab") || "";
    fetch(new URL("upload/" + tab, window.location.href).href, {method: "POST", body: file,
      headers: {"X-Filnavn": encodeURIComponent(file.name)}});
    keysToTerminal();
  });
  input.addEventListener("cancel", keysToTerminal);
  input.click();
  return null;
}
window.open = (url, target, features) => {
  const path = new URL(url, window.location.href).pathname;
  if (path === "/upload-delmaal") return pickAndUpload();
  const m = path.match(/^\\/download\\/([0-9a-f]{32})$/);
  if (!m) return nativeOpen(url, target, features);
  const a = document.createElement("a");
  a.href = new URL("download/" + m[1], window.location.href).href;
  a.download = "";
  document.body.appendChild(a);
  a.click();
  a.remove();
  keysToTerminal();
  return null;
};
(() => {
  let tab = sessionStorage.getItem("delmaal-tab");
  if (!tab || !/^[A-Za-z0-9_-]{8,64}$/.test(tab)) {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    tab = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    sessionStorage.setItem("delmaal-tab", tab);
  }
  const term = document.getElementById("terminal");
  term.dataset.sessionWebsocketUrl = term.dataset.sessionWebsocketUrl + "/" + tab;
})();
let watching = false;
function serverStopped() {
  document.getElementById("closed-app").hidden = true;
  document.getElementById("closed-server").hidden = false;
  document.title = "Delmålsassistenten – serveren er stoppet";
}
function serverAlive() {
  return fetch(ALIVE, {method: "HEAD", cache: "no-store"}).then((r) => r.ok, () => false);
}
function watchServer() {
  serverAlive().then((alive) => { if (alive) setTimeout(watchServer, 1500); else serverStopped(); });
}
new MutationObserver((changes, observer) => {
  if (document.body.classList.contains("-first-byte") && !document.body.dataset.focused) {
    document.body.dataset.focused = "1";
    const input = document.querySelector(".xterm-helper-textarea");
    if (input) input.focus();
  }
  if (document.body.classList.contains("-closed") && !watching) {
    watching = true;  // the server may be on its way down (it closes our connection first): keep asking
    watchServer();
  }
}).observe(document.body, {attributes: true, attributeFilter: ["class"]});
document.getElementById("restart").addEventListener("click", () => {
  serverAlive().then((alive) => { if (alive) window.location.reload(); else serverStopped(); });
});
"""

TOO_MANY = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>For mange faner</title>
<style>body {{ font: 18px sans-serif; background: #0c181f; color: #eee; display: flex; height: 100vh;
margin: 0; align-items: center; justify-content: center; }} div {{ max-width: 640px; padding: 32px;
background: #12232d; }}</style></head>
<body><div><h1>Der er allerede {tabs} med assistenten</h1>
<p>Delmålsassistenten kører højst {n} ad gangen på denne computer, så den ikke bruger al hukommelsen
(hver fane er en assistent for sig).</p>
<p>Luk en af de andre faner med assistenten (eller afslut den dér med {quit_key}), og genindlæs så denne side.</p>
<p>Der kan tillades flere med <code>delmaal web --max-faner N</code>.</p></div></body></html>
"""


def _tabs(n: int) -> str:
    return texts.get("cli.web.tabs_one" if n == 1 else "cli.web.tabs_many", n=n)


def _bad_request_reason(exc: BaseException | None) -> str:
    """A Danish, one-line reason for a request the HTTP parser refused (never echoing its bytes)."""
    text = str(getattr(exc, "message", "") or exc or "").lower()
    if "https" in text or "tls" in text or "ssl" in text:
        return texts.get("cli.web.reason_tls")
    if "host" in text:
        return texts.get("cli.web.reason_host")
    if "chunk" in text:
        return texts.get("cli.web.reason_chunked")
    if "url" in text or "path" in text or "target" in text:
        return texts.get("cli.web.reason_url")
    if "method" in text:
        return texts.get("cli.web.reason_method")
    if "header" in text:
        return texts.get("cli.web.reason_header")
    return texts.get("cli.web.reason_other")
