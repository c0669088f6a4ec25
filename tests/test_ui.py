"""The UI launched on loopback: gradio_client against its API, and a real headless Chromium."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

from rag.config import PROJECT_ROOT

from .conftest import free_port

ARTIFACTS = PROJECT_ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ROSNEFT = "How much oil will Rosneft supply to China?"


@pytest.fixture(scope="module")
def ui_url(settings):
    from ui.app import launch

    app = launch(settings.model_copy(update={"port": free_port()}), prevent_thread_lock=True)
    yield app.local_url
    app.close()


@pytest.fixture(scope="module")
def client(ui_url):
    from gradio_client import Client

    return Client(ui_url, verbose=False)


def test_binds_loopback_only(ui_url):
    assert urlparse(ui_url).hostname == "127.0.0.1"


@pytest.mark.slow
def test_api_answer_matches_the_cli(client, settings):
    ui = client.predict(ROSNEFT, 5, api_name="/ask")
    cli = subprocess.run(
        [sys.executable, "-m", "rag.cli", "--data-dir", str(settings.data_dir), "ask", "--json", ROSNEFT],
        capture_output=True, text=True, cwd=PROJECT_ROOT, check=True,
        env={**os.environ, "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""},
    )
    cli = json.loads(cli.stdout)
    assert ui["answer"] == cli["answer"] and ui["citations"] == cli["citations"]
    assert "100 million tonnes" in ui["answer"]


def test_chat_shows_refusal_and_errors_as_messages(client):
    answer, sources = client.predict("What is the recipe for borscht?", 5, api_name="/chat")
    assert answer.startswith("**Not in the articles.**") and "do not answer" in sources
    answer, _ = client.predict("   ", 5, api_name="/chat")
    assert answer.startswith("**Error:**") and "empty" in answer and "Traceback" not in answer


def test_chat_links_markers_to_this_answers_own_sources(client):
    answer, panel = client.predict(ROSNEFT, 5, api_name="/chat")
    key = re.search(r'<a href="#src-([0-9a-f]+)-1" class="cite">\[1\]</a>', answer).group(1)
    card = answer[answer.index(f"id='src-{key}-1'"):]
    assert "<mark>" in card and "seeds/003_761a476754e07be6.txt:35–35" in card
    assert "#open/seeds%2F003_761a476754e07be6.txt/" in card
    assert f"id='panel-src-{key}-1'" in panel and "<mark>" in panel
    again, _ = client.predict(ROSNEFT, 5, api_name="/chat")
    assert f"#src-{key}-1" not in again  # a new answer, its own cards


def test_follow_up_context_is_what_the_chat_shows():
    from ui.render import history_of

    messages = [
        {"role": "user", "content": [{"type": "text", "text": "When was the treaty signed?"}]},
        {"role": "assistant", "content": [{"type": "text", "text":
            "July 16, 2001 <a href=\"#src-ab12-1\" class=\"cite\">[1]</a>\n\n*Note: a notice*\n\n"
            "<span class='answer-by'>Answered offline</span>\n\n<details>[1] card text</details>"}]},
        {"role": "user", "content": "Who signed it?"},
        {"role": "assistant", "content": "*Read as: Who signed the treaty?*\n\nJiang Zemin &#91;1&#93;"},
        {"role": "user", "content": "And the weather?"},  # no answer on screen (stopped): no turn
    ]
    assert history_of(messages) == [("When was the treaty signed?", "July 16, 2001 [1]"),
                                     ("Who signed the treaty?", "Jiang Zemin [1]")]
    assert history_of([]) == [] and history_of(None) == []


def test_chat_exports_as_markdown_with_sources(answerer, settings):
    from ui.render import answer_markdown, chat_markdown

    result = answerer.answer(ROSNEFT)
    messages = [{"role": "user", "content": ROSNEFT},
                {"role": "assistant", "content": [{"type": "text", "text": answer_markdown(result, settings, "k1")}]}]
    text = chat_markdown(messages)
    assert text.startswith(f"# Chat with the articles\n\n## {ROSNEFT}\n\n100 million tonnes")
    assert "Sources:\n\n1. seeds/003_761a476754e07be6.txt:35–35 “In another important sign" in text
    assert "<" not in text and "Open the article" not in text


def test_a_long_paragraph_shows_a_window_around_the_quote(tmp_path):
    from rag.citations import Citation
    from ui.render import WINDOW, _paragraph

    words = [f"w{i}" for i in range(600)]
    (tmp_path / "news").mkdir()
    text = " ".join(words)
    (tmp_path / "news" / "a.txt").write_text(text, encoding="utf-8")
    start = text.index("w300 ")
    end = start + len("w300 w301")
    card = _paragraph(Citation(1, "news/a.txt", "A", "", 1, 1, "w300 w301", start, end), tmp_path)
    assert "<mark>w300 w301</mark>" in card and card.startswith("… ") and card.endswith(" …")
    assert len(card) < 2 * WINDOW + 100 and "w0 " not in card


needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                                    reason="Debian's chromium is not installed (.ci/run installs it)")
TREATY = "When was the 2001 Sino-Russian Treaty of Friendship signed?"


def _page(p, **options):
    browser = p.chromium.launch(executable_path=CHROMIUM, args=[
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"])
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], **options)
    return browser, context.new_page()


def _ask(page, question: str) -> None:
    from playwright.sync_api import expect

    answers = page.locator("#chat .answer-by")
    before = answers.count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    expect(answers).to_have_count(before + 1, timeout=60_000)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.mark.slow
@needs_chromium
def test_browser_sources_per_answer_article_and_clear(ui_url, settings):
    """Three answers; a [n] of the first still shows the first answer's quote, from the
    keyboard too; copy and export give text with sources; the article opens at the quote;
    Clear forgets the follow-up context; a vote is written to feedback.jsonl."""
    import time

    import httpx
    from playwright.sync_api import expect, sync_playwright

    external: list[str] = []
    with sync_playwright() as p:
        browser, page = _page(p, viewport={"width": 1280, "height": 900})

        def offline(route):  # the page must work with nothing from the internet
            if urlparse(route.request.url).hostname not in ("127.0.0.1", "localhost"):
                external.append(route.request.url)
                return route.abort()
            return route.continue_()

        page.route("**/*", offline)
        page.goto(ui_url)
        expect(page.get_by_text("Ask the articles")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("offline extractive")).to_be_visible()
        expect(page.get_by_text("Try one of these")).to_be_visible()
        _shot(page, "ui-1-first-load")

        _ask(page, TREATY)
        expect(page.locator("#chat")).to_contain_text("The sources disagree")
        _ask(page, "Who signed it?")
        expect(page.locator("#chat")).to_contain_text("Read as:")
        expect(page.locator("#chat")).to_contain_text("Jiang Zemin")
        _ask(page, ROSNEFT)
        _shot(page, "ui-2-three-answers")

        panel = page.locator("#sources")
        expect(panel.locator("mark")).to_contain_text("100 million tonnes")  # the newest answer's
        page.locator('#chat a.cite[href$="-2"]').first.click()  # [2] of the first answer: either treaty date
        flashed = panel.locator(".source-card.flash")
        treaty_date = re.compile(r"July 1[69], 2001")
        expect(flashed.locator("mark")).to_contain_text(treaty_date)
        expect(flashed).to_be_in_viewport()
        expect(page.locator("#announce")).to_contain_text(treaty_date)
        _shot(page, "ui-3-old-answer-source")

        page.locator("#question textarea").focus()  # keyboard only: Tab back to the newest [n]
        for _ in range(40):
            page.keyboard.press("Shift+Tab")
            if page.evaluate("document.activeElement.classList.contains('cite')"):
                break
        assert page.evaluate("document.activeElement.textContent") == "[1]"
        page.keyboard.press("Enter")
        expect(page.locator("#announce")).to_contain_text("100 million tonnes")

        page.locator('#chat button[aria-label="Copy message"]').last.click()  # the newest answer
        expect(page.locator("#announce")).to_contain_text("copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert "<" not in copied and copied.endswith("\n\nSources:\n[1] seeds/003_761a476754e07be6.txt:35–35 "
                                                     "“In another important sign of deepening economic ties between "
                                                     "the two countries, the Russian state-owned oil firm Rosneft "
                                                     "announced that it would supply 100 million tonnes of oil to "
                                                     "China over the next 10 years.”")
        page.locator('#chat button[aria-label="Dislike"]').last.click()
        feedback = settings.data_dir / "feedback.jsonl"
        expect(page.locator('#chat button[aria-label="Dislike"]').last).to_be_visible()
        deadline = time.time() + 10
        while time.time() < deadline and ROSNEFT not in (feedback.read_text(encoding="utf-8") if feedback.exists() else ""):
            time.sleep(0.2)
        vote = json.loads(feedback.read_text(encoding="utf-8").splitlines()[-1])
        assert vote["vote"] == "down" and vote["question"] == ROSNEFT
        assert vote["sources"] == ["seeds/003_761a476754e07be6.txt"]

        page.locator("#export").click()
        link = page.locator("#exported a[href$='chat.md']")
        expect(link).to_be_visible()
        exported = httpx.get(link.get_attribute("href"), timeout=10).text
        assert exported.startswith("# Chat with the articles") and "Sources:" in exported

        panel.locator("a.open-article").first.click()
        mark = page.locator("#article-viewer #article-mark")
        expect(mark).to_contain_text("100 million tonnes", timeout=10_000)
        expect(mark).to_be_in_viewport()
        expect(page.locator("#article-viewer")).to_contain_text("seeds/003_761a476754e07be6.txt:35–35")
        _shot(page, "ui-4-article-at-quote")

        page.locator("#chat button[aria-label='Clear']").first.click()
        expect(page.locator("#chat .answer-by")).to_have_count(0)
        _ask(page, "Who signed it?")
        expect(page.locator("#chat")).not_to_contain_text("Read as:")  # nothing to follow up
        _shot(page, "ui-5-after-clear")

        page.get_by_role("tab", name="Articles").click()
        expect(page.get_by_text("Jessica Mao").first).to_be_visible()
        browser.close()
    assert not external, external


@pytest.mark.slow
@needs_chromium
def test_browser_on_a_phone(ui_url):
    """390 x 844: a [n] opens this answer's card inline, under the answer; the chat
    survives a reload."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser, page = _page(p, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page.goto(ui_url)
        expect(page.get_by_text("Ask the articles")).to_be_visible(timeout=30_000)
        _ask(page, ROSNEFT)
        page.locator("#chat a.cite").first.click()
        card = page.locator("#chat details[open] .source-card").first
        expect(card).to_be_in_viewport(timeout=5_000)
        expect(card.locator("mark")).to_contain_text("100 million tonnes")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
        _shot(page, "ui-phone")

        page.reload()  # the chat is kept in this browser: pick it from the saved chats
        expect(page.locator("#question textarea")).to_be_visible(timeout=30_000)
        page.get_by_text(ROSNEFT[:20]).first.click()
        expect(page.locator("#chat .answer-by")).to_have_count(1)
        expect(page.locator("#chat")).to_contain_text("100 million tonnes")
        browser.close()


def test_corpus_view_reads_only_indexed_articles(settings):
    from rag.store import list_sources
    from ui.render import corpus_table, read_article

    articles = list_sources(settings)
    rows = corpus_table(articles)
    assert len(rows) == 5 and ["Jessica Mao", "2021-07-06"] == rows[0][1:3]
    text = read_article(settings, articles, "seeds/001_eea935a8997ff583.txt")
    assert "600,000 square km" in text and "Realpolitik" not in text  # the article, not the comments
    assert "Unknown article." in read_article(settings, articles, "../../etc/passwd")


@pytest.mark.parametrize("path", ["/gradio_api/file=/etc/passwd", "/file=/etc/passwd",
                                  "/gradio_api/file=" + str(PROJECT_ROOT / "pyproject.toml")])
def test_no_route_serves_files_outside_the_app(ui_url, path):
    import httpx

    r = httpx.get(ui_url.rstrip("/") + path, timeout=10)
    assert r.status_code in (403, 404), (path, r.status_code)
    assert "root:" not in r.text and "[project]" not in r.text


def test_basic_auth_from_settings(settings):
    import httpx
    from pydantic import SecretStr

    from rag.errors import ConfigError
    from ui.app import _parse_auth, launch

    with pytest.raises(ConfigError, match="user:password"):
        _parse_auth(settings.model_copy(update={"auth": SecretStr("no-colon")}))
    app = launch(settings.model_copy(update={"port": free_port(), "auth": SecretStr("reader:s3cret")}),
                 prevent_thread_lock=True)
    try:
        base = app.local_url.rstrip("/")
        assert httpx.get(base + "/config", timeout=10).status_code == 401
        with httpx.Client(timeout=10) as http:
            login = http.post(base + "/login", data={"username": "reader", "password": "s3cret"})
            assert login.status_code == 200
            assert http.get(base + "/config").status_code == 200
        with httpx.Client(timeout=10) as http:  # guessing: five wrong tries lock the form
            tries = [http.post(base + "/login", data={"username": "reader", "password": f"guess{i}"})
                     for i in range(5)]
            assert all(t.status_code == 400 for t in tries)
            locked = http.post(base + "/login", data={"username": "reader", "password": "s3cret"})
            assert locked.status_code == 400 and http.get(base + "/config").status_code == 401
    finally:
        app.close()


def test_feedback_is_kept_as_jsonl_with_its_question(settings, tmp_path):
    import gradio as gr

    from ui.app import feedback_path, record_feedback

    local = settings.model_copy(update={"data_dir": tmp_path})
    answer = ('100 million tonnes &#91;x&#93; <a href="#src-ab-1" class="cite">[1]</a>\n\n'
              "<details class='answer-sources'><summary>Sources (1)</summary><div class='source-card'>"
              "<b>[1] T</b><div class='meta'>seeds/003_761a476754e07be6.txt:35–35 · 2022-03-02</div></div></details>")
    messages = [{"role": "user", "content": "How much oil?"}, {"role": "assistant", "content": answer}]
    record_feedback(local, gr.LikeData(None, {"index": 1, "value": answer, "liked": False}), messages)
    row = json.loads(feedback_path(local).read_text(encoding="utf-8"))
    assert row["vote"] == "down" and row["question"] == "How much oil?"
    assert row["answer"] == "100 million tonnes [x] [1]"
    assert row["sources"] == ["seeds/003_761a476754e07be6.txt"]


def test_votes_down_become_draft_eval_cases(tmp_path):
    """`rag eval --from-feedback`: each question voted down (its latest vote) is one draft,
    written once however often the command runs."""
    rows = [{"time": "t1", "vote": "down", "question": "Who won?", "answer": "Not in the articles. …", "sources": []},
            {"time": "t2", "vote": "up", "question": "How much oil?", "answer": "100 million tonnes [1]",
             "sources": ["seeds/a.txt"]},
            {"time": "t3", "vote": "down", "question": "When?", "answer": "July 16, 2001 [1]", "sources": ["seeds/b.txt"]},
            {"time": "t4", "vote": "up", "question": "Who won?", "answer": "Nobody [1]", "sources": []}]
    feedback = tmp_path / "feedback.jsonl"
    feedback.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    command = [sys.executable, "-m", "rag.cli", "--data-dir", str(tmp_path), "eval", "--from-feedback",
               "--out", str(tmp_path / "out")]
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
        assert done.returncode == 0, done.stderr
    drafts = [json.loads(line) for line in (tmp_path / "out" / "feedback-drafts.jsonl").read_text().splitlines()]
    assert [(d["question"], d["sources"], d["status"], d["facts"]) for d in drafts] == [
        ("When?", ["seeds/b.txt"], "draft", [])]
    assert "When?" in done.stdout and "0 new drafts" in done.stdout
    feedback.write_text("not json\n", encoding="utf-8")
    bad = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert bad.returncode != 0 and "feedback.jsonl:1 is not a JSON line" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_chat_date_scope(client):
    """The Settings accordion's date range keeps only articles published within it."""
    inside, _ = client.predict(ROSNEFT, 5, "2022-01-01", "2022-12-31", api_name="/chat")
    assert "100 million tonnes" in inside
    after, _ = client.predict(ROSNEFT, 5, "2023-01-01", "", api_name="/chat")
    assert after.startswith("**Not in the articles.**")
    bad, _ = client.predict(ROSNEFT, 5, "last spring", "", api_name="/chat")
    assert bad.startswith("**Error:**") and "YYYY-MM-DD" in bad


def test_chat_article_scope(client):
    """The Settings accordion's article words keep only the articles they match."""
    chosen, _ = client.predict(ROSNEFT, 5, "", "", "Historic summit", api_name="/chat")
    assert "100 million tonnes" in chosen
    other, _ = client.predict(ROSNEFT, 5, "", "", "Jessica Mao", api_name="/chat")
    assert other.startswith("**Not in the articles.**")
    none, _ = client.predict(ROSNEFT, 5, "", "", "no such words anywhere", api_name="/chat")
    assert none.startswith("**Error:** no article matches")


def test_articles_tab_pages_and_filters():
    from rag.store import Source
    from ui.render import ARTICLES_PER_PAGE, articles_page

    many = [Source(f"news/{i:04}.txt", f"Story {i}", "A. Writer" if i % 2 else "", f"2020-01-{i % 28 + 1:02}", 3)
            for i in range(ARTICLES_PER_PAGE * 2 + 7)]
    rows, label, page = articles_page(many, "", 99)  # past the end: the last page
    assert page == 2 and len(rows) == 7 and label == "107 of 107 articles · page 3 of 3"
    rows, label, page = articles_page(many, "Writer 0101", 0)
    assert page == 0 and rows == [["Story 101", "A. Writer", "2020-01-18", 3, "news/0101.txt"]]
    assert label == "1 of 107 articles · page 1 of 1"
    rows, _, _ = articles_page(many, "", 0)
    assert rows[0][2] >= rows[-1][2]  # newest first
    assert articles_page([], "x", 0) == ([], "0 of 0 articles · page 1 of 1", 0)


FERRY = """Harbour ferry line to reopen in spring

By Ana Ruiz

The island ferry line will reopen on 14 April 2025, the port authority said on Monday.
The new service will run every 40 minutes and carry up to 300 passengers per crossing.
"""
MARKET = """City market gets a new roof

The covered market in the old town will close for six weeks while its roof is replaced.
Traders will move to a temporary hall beside the river station.
"""


@pytest.fixture
def own_corpus_ui(tmp_path):
    """A UI over a small corpus of its own, which the test may add to and remove from."""
    from rag.config import load_settings
    from ui.app import launch

    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "market.txt").write_text(MARKET, encoding="utf-8")
    settings = load_settings(data_dir=tmp_path / "data", corpus_dir=corpus, use_llm=False)
    app = launch(settings.model_copy(update={"port": free_port()}), prevent_thread_lock=True)
    yield app.local_url, corpus, tmp_path
    app.close()


@pytest.mark.slow
@needs_chromium
def test_browser_upload_index_answer_then_remove(own_corpus_ui):
    from playwright.sync_api import expect, sync_playwright

    url, corpus, tmp_path = own_corpus_ui
    upload = tmp_path / "ferry news (draft).txt"
    upload.write_text(FERRY, encoding="utf-8")
    wrong = tmp_path / "photo.png"
    wrong.write_bytes(b"\x89PNG\r\n\x1a\n\0\0")
    with sync_playwright() as p:
        browser, page = _page(p, viewport={"width": 1280, "height": 900})
        page.goto(url)
        _ask(page, "How often will the island ferry run?")
        expect(page.locator("#chat")).to_contain_text("Not in the articles")

        page.get_by_role("tab", name="Articles").click()
        page.locator("#add-articles").get_by_text("Add articles").click()
        page.locator("#add-articles input[type=file]").set_input_files(str(upload))
        page.locator("#add").click()
        status = page.locator("#corpus-status")
        expect(status).to_contain_text("Index updated: 1 added", timeout=120_000)
        expect(status).to_contain_text("news/uploads/ferry-news-draft.txt")
        expect(page.locator("#articles")).to_contain_text("Harbour ferry line to reopen in spring")
        _shot(page, "ui-6-uploaded")
        assert (corpus / "uploads" / "ferry-news-draft.txt").read_text(encoding="utf-8") == FERRY

        page.get_by_role("tab", name="Chat").click()
        _ask(page, "How often will the island ferry run?")
        expect(page.locator("#chat .answer-by").last).to_be_visible()
        expect(page.locator("#chat")).to_contain_text("every 40 minutes")

        page.get_by_role("tab", name="Articles").click()
        # The list may be drawn again as the tab opens: click the row that is shown.
        page.locator("#articles").get_by_text("Harbour ferry line to reopen in spring").filter(visible=True).last.click()
        page.locator("#delete").click()
        expect(page.get_by_text("Remove news/uploads/ferry-news-draft.txt from the corpus")).to_be_visible()
        _shot(page, "ui-7-confirm-remove")
        page.locator("#delete-yes").click()
        expect(status).to_contain_text("1 removed", timeout=120_000)
        expect(page.locator("#articles")).not_to_contain_text("Harbour ferry line")
        assert not (corpus / "uploads" / "ferry-news-draft.txt").exists()
        assert list((tmp_path / "data" / "removed").glob("*ferry-news-draft.txt"))  # kept, not destroyed

        page.locator("#add-articles input[type=file]").set_input_files(str(wrong))  # refused by type
        page.locator("#add").click()
        expect(status).to_contain_text("Choose one or more .txt, .md or .html files first.")
        assert not list(corpus.rglob("*.png"))
        browser.close()


def test_added_files_get_safe_names_and_bad_files_are_refused(tmp_path):
    from rag.corpus import add_files, remove_article
    from rag.errors import CorpusError

    corpus = tmp_path / "news"
    (corpus / "uploads").mkdir(parents=True)
    (corpus / "uploads" / "a-b.txt").write_text("taken", encoding="utf-8")
    given = tmp_path / "a b.TXT"
    given.write_text(FERRY, encoding="utf-8")
    assert add_files(corpus, [given], 1.0) == ["news/uploads/a-b-2.txt"]
    for name, data, why in [("x.png", b"img", "not a .txt"), ("big.txt", b"x" * 2_000_001, "over the 1 MB limit"),
                            ("bin.txt", b"ab\0cd", "not a text file")]:
        bad = tmp_path / name
        bad.write_bytes(data)
        with pytest.raises(CorpusError, match=why):
            add_files(corpus, [bad], 1.0)
    with pytest.raises(CorpusError, match="not an article"):
        remove_article(corpus, "../../etc/passwd", tmp_path / "trash")
    moved = remove_article(corpus, "news/uploads/a-b-2.txt", tmp_path / "trash")
    assert moved.read_text(encoding="utf-8") == FERRY and not (corpus / "uploads" / "a-b-2.txt").exists()


@pytest.mark.slow
@needs_chromium
def test_browser_stop_during_a_streamed_llm_answer(settings):
    """Against the loopback OpenAI-protocol server: the answer streams as provisional text,
    Stop ends it, and the server sees the client hang up long before its reply is done."""
    import time

    from playwright.sync_api import expect, sync_playwright
    from pydantic import SecretStr

    from ui.app import launch

    from .openai_stub import Reply, Stub, serve

    stub = Stub()
    server = serve(stub)
    stub.replies = [Reply(" ".join(f"word{i}" for i in range(400)), pace=0.05)]
    llm = settings.model_copy(update={"openai_base_url": stub.url, "openai_api_key": SecretStr("test"),
                                      "use_llm": True, "llm_model": "stub-model", "port": free_port()})
    app = launch(llm, prevent_thread_lock=True)
    try:
        with sync_playwright() as p:
            browser, page = _page(p, viewport={"width": 1280, "height": 900})
            page.goto(app.local_url)
            box = page.locator("#question textarea")
            box.fill(ROSNEFT)
            box.press("Enter")
            expect(page.locator("#chat .provisional").first).to_contain_text("Checking against the articles",
                                                                           timeout=30_000)
            expect(page.locator("#chat")).to_contain_text("word5", timeout=10_000)
            _shot(page, "ui-8-streaming")
            page.get_by_role("button", name="Stop").click()
            deadline = time.time() + 10
            while not stub.hung_up and time.time() < deadline:
                time.sleep(0.1)
            assert stub.hung_up == 1
            expect(page.locator("#chat")).to_contain_text("Stopped before the answer was checked")
            expect(page.locator("#chat .provisional")).to_have_count(0)  # unchecked text is gone
            expect(page.locator("#chat .answer-by")).to_have_count(0)
            _shot(page, "ui-9-stopped")
            browser.close()
    finally:
        app.close()
        server.shutdown()


def test_examples_come_from_the_newest_titles_and_fit_on_screen():
    from rag.store import Source
    from ui.render import EXAMPLE_CHARS, examples

    articles = [Source("news/a.txt", "Historic summit between two leaders strengthens ties across the border",
                       "", "2022-03-02", 3),
                Source("news/b.txt", "Harbour ferry to reopen", "", "2025-01-01", 1),
                Source("news/c.txt", "c.txt", "", "2026-01-01", 1),  # no real title: no example
                Source("news/d.txt", "Old news", "", "2001-01-01", 1)]
    shown = examples(articles, n=2)
    assert shown == ["What does “Harbour ferry to reopen” report?",
                     "What does “Historic summit between two leaders…” report?"]
    assert all(len(q) <= EXAMPLE_CHARS for q in shown)
