"""A browser user gets the files (issue 26, point 3): in Chromium through `delmaal web`, saving the delmål and
exporting Word and "Dit delmål" also arrive as downloads with the right names and content; the toast says where
the server-side copy is; and the saved delmål is opened again by uploading the downloaded file in a new tab –
without touching the server's file system."""

from __future__ import annotations

import json
import sys
import zipfile

import pytest

from test_web_playwright import (  # noqa: F401 (chromium_pw: a fixture)
    _open_start_page, _draft, _screen_text, _wait, browser_on_server, chromium_pw,
)

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and /proc"), pytest.mark.slow]

TITLE = "Tøjvask på værkstedet"
WORDING = "At beboeren sætter vasken i gang hver onsdag kl. 16 frem til 1. marts 2027."


def _drafts(data_dir):
    return [json.loads(p.read_text(encoding="utf-8")) for p in (data_dir / "drafts").glob("*.json")]


def pump(page) -> bool:
    """Let Playwright deliver its events (a download) while we wait: they arrive only during a Playwright call."""
    page.wait_for_timeout(100)
    return True


def test_save_and_exports_arrive_as_downloads_with_their_names_and_content(chromium_pw, tmp_path):
    from delmaal_assistant.core.files.drafts import Settings, save_settings

    data_dir = tmp_path / "data"
    server_folder = tmp_path / "server-side"
    server_folder.mkdir()
    data_dir.mkdir()
    save_settings(data_dir, Settings(save_dir=str(server_folder)))
    got: list = []
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url, accept_downloads=True)
        page.on("download", lambda d: got.append(d))
        _wait(lambda: "alt+n" in _screen_text(page), 30, "the browser's keys in the key bar")
        page.keyboard.press("Alt+n")
        _wait(lambda: "Hvad hedder delmålet" in _screen_text(page), 60, "the first question")
        page.keyboard.type(TITLE, delay=5)
        page.keyboard.press("Enter")
        _wait(lambda: _draft(data_dir)["step"] == "wording", 90, "the wording question")
        page.keyboard.type(WORDING, delay=5)
        _wait(lambda: _draft(data_dir)["delmaal"]["wording"] == WORDING, 30, "the wording on disk")
        page.keyboard.press("Alt+g")
        _wait(lambda: "Gennemse og gem" in _screen_text(page), 30, "the review")

        # save: the file arrives in the browser, the toast says where the server's copy is
        page.keyboard.press("Control+s")
        _wait(lambda: "Gem delmålet" in _screen_text(page), 30, "the save dialog")
        mark = len(_screen_text(page))
        page.keyboard.press("Enter")
        _wait(lambda: pump(page) and len(got) >= 1, 180, "the saved delmål as a download")
        saved = got[0]
        assert saved.suggested_filename.endswith(".delmaal.json"), saved.suggested_filename
        content = json.loads(open(saved.path(), encoding="utf-8").read())
        assert content["title"] == TITLE and content["wording"] == WORDING
        _wait(lambda: "Overførsler" in _screen_text(page)[mark:], 30, "the toast about the download")
        _wait(lambda: "Kopien på serveren ligger i" in _screen_text(page)[mark:], 30, "where the server's copy is")

        # export Word and "Dit delmål": md and txt off, docx and easy on
        page.keyboard.press("Control+e")
        _wait(lambda: "Eksportér delmålet" in _screen_text(page), 30, "the export dialog")
        page.wait_for_timeout(1500)  # the dialog has its focus in the name field
        for _ in range(4):  # a person's pace: Tab to the next format, Space ticks or unticks it
            page.keyboard.press("Tab")
            page.wait_for_timeout(300)
            page.keyboard.press("Space")
            page.wait_for_timeout(300)
        for _ in range(4):
            page.keyboard.press("Shift+Tab")
            page.wait_for_timeout(300)
        page.keyboard.press("Enter")
        _wait(lambda: pump(page) and len(got) >= 3, 120, "Word and 'Dit delmål' as downloads")
        by_name = {d.suggested_filename: d for d in got[1:]}
        word = next(d for n, d in by_name.items() if n.endswith(".docx"))
        easy = next(d for n, d in by_name.items() if n.endswith(".dit-delmaal.txt"))
        with zipfile.ZipFile(word.path()) as z:
            assert TITLE in z.read("word/document.xml").decode("utf-8")
        easy_text = open(easy.path(), encoding="utf-8").read()
        assert "onsdag" in easy_text and "Udkast" in easy_text  # not yet approved: marked as a draft
        downloads = tmp_path / "Overførsler"  # the browser user's own downloads folder
        downloaded = downloads / saved.suggested_filename
        saved.save_as(downloaded)

        # reopened from the user's own computer: the downloaded file, uploaded in a new tab (its start
        # screen's fourth entry, "Åbn et gemt delmål fra din computer"), opens in the review
        page2 = _open_start_page(browser, server.url)
        page2.wait_for_timeout(800)
        for _ in range(3):
            page2.keyboard.press("ArrowDown")
            page2.wait_for_timeout(300)
        mark2 = len(_screen_text(page2))
        with page2.expect_file_chooser(timeout=30000) as chooser:
            page2.keyboard.press("Enter")
        chooser.value.set_files(str(downloaded))
        _wait(lambda: pump(page2) and list((data_dir / "web-uploads").glob("*/" + downloaded.name)), 60,
              "the upload on the server")
        _wait(lambda: "Gennemse og gem" in _screen_text(page2)[mark2:], 60, "the reopened delmål's review")
        # (the reopened delmål's title is not read from the page's stream: the browser receives only the cells that
        # change, and the title's words did not arrive whole in three fresh-clone runs of the full suite, also after
        # a resize; what is checked is that the review opened after the upload and that the server holds exactly
        # the downloaded bytes – the next test reads the uploaded file's path on the review's screen.)
        uploaded = next((data_dir / "web-uploads").glob("*/" + downloaded.name))
        assert uploaded.read_bytes() == downloaded.read_bytes()

    # the server's copies are where the toast said
    assert list(server_folder.glob("*.delmaal.json")) and list(server_folder.glob("*.docx"))
    assert downloaded


def test_a_saved_delmaal_on_the_users_own_computer_opens_by_upload(chromium_pw, tmp_path):
    """"Åbn et gemt delmål fra din computer" on the start screen: the browser's file picker, the file goes to the
    server for this tab (DATA/web-uploads/TAB/), and the assistant opens it in its review."""
    from delmaal_assistant.core.files.storage import save_delmaal
    from sample_delmaal import full_delmaal

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    own = tmp_path / "Overførsler" / "Tøjvask.delmaal.json"  # on the user's computer, e.g. downloaded before
    save_delmaal(own, full_delmaal(title=TITLE))
    with browser_on_server(chromium_pw, data_dir) as (browser, server):
        page = _open_start_page(browser, server.url)
        page.wait_for_timeout(800)
        # the menu: Nyt delmål, Tjek en formulering, Øv dig (as in the terminal), then the browser's own
        # choice at the end: "Åbn et gemt delmål fra din computer" is the fourth
        for _ in range(3):
            page.keyboard.press("ArrowDown")
            page.wait_for_timeout(300)
        mark = len(_screen_text(page))
        with page.expect_file_chooser(timeout=30000) as chooser:
            page.keyboard.press("Enter")
        chooser.value.set_files(str(own))
        _wait(lambda: pump(page) and list((data_dir / "web-uploads").glob("*/Tøjvask.delmaal.json")), 60,
              "the upload on the server")
        _wait(lambda: "Gennemse og gem" in _screen_text(page)[mark:], 60, "the uploaded delmål in its review")
        _wait(lambda: "web-uploads" in "".join(_screen_text(page)[mark:].split()), 30,
              "where the server-side copy is")
