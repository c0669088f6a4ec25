"""The UI launched on loopback: gradio_client against its API, and a real headless Chromium."""

import json
import os
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


def test_chat_links_markers_to_highlighted_sources(client):
    answer, sources = client.predict(ROSNEFT, 5, api_name="/chat")
    assert '<a href="#src-1" class="cite">[1]</a>' in answer
    assert "id='src-1'" in sources and "<mark>" in sources and "lines 35–35" in sources


@pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                    reason="Debian's chromium is not installed (.ci/run installs it)")
def test_browser_ask_click_and_follow_up(ui_url):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    external: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})

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
        page.screenshot(path=str(ARTIFACTS / "ui-first-load.png"))

        box = page.locator("#question textarea")
        box.fill("When was the 2001 Sino-Russian Treaty of Friendship signed?")
        box.press("Enter")
        marker = page.locator('#chat a[href="#src-2"]')
        expect(marker).to_be_visible(timeout=30_000)
        expect(page.locator("#chat")).to_contain_text("The sources disagree")
        card = page.locator("#src-2")
        expect(card.locator("mark")).to_contain_text("July 19, 2001")
        expect(page.locator("#src-1 mark")).to_contain_text("July 16, 2001")

        marker.click()
        expect(card).to_have_class("source-card flash", timeout=5_000)
        expect(card).to_be_in_viewport()

        box.fill("Who signed it?")
        box.press("Enter")
        expect(page.locator("#chat")).to_contain_text("Read as:", timeout=30_000)
        expect(page.locator("#chat")).to_contain_text("Jiang Zemin")
        page.screenshot(path=str(ARTIFACTS / "ui.png"), full_page=True)

        page.get_by_role("tab", name="Articles").click()
        expect(page.get_by_text("Jessica Mao").first).to_be_visible()
        browser.close()
    assert not external, external


def test_corpus_view_reads_only_indexed_articles(settings):
    from rag.index import list_sources
    from ui.app import corpus_table, read_article

    articles = list_sources(settings)
    rows = corpus_table(articles)
    assert len(rows) == 5 and ["Jessica Mao", "2021-07-06"] == rows[0][1:3]
    text = read_article(settings, articles, "seeds/001_eea935a8997ff583.txt")
    assert "600,000 square km" in text and "Realpolitik" not in text  # the article, not the comments
    assert read_article(settings, articles, "../../etc/passwd") == "Unknown article."


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
    messages = [{"role": "user", "content": "How much oil?"},
                {"role": "assistant", "content": '100 million tonnes &#91;x&#93; <a href="#src-1" class="cite">[1]</a>'}]
    record_feedback(local, gr.LikeData(None, {"index": 1, "value": messages[1]["content"], "liked": False}), messages)
    row = json.loads(feedback_path(local).read_text(encoding="utf-8"))
    assert row["vote"] == "down" and row["question"] == "How much oil?"
    assert row["answer"] == "100 million tonnes [x] [1]"


def test_chat_date_scope(client):
    """The Settings accordion's date range keeps only articles published within it."""
    inside, _ = client.predict(ROSNEFT, 5, "2022-01-01", "2022-12-31", api_name="/chat")
    assert "100 million tonnes" in inside
    after, _ = client.predict(ROSNEFT, 5, "2023-01-01", "", api_name="/chat")
    assert after.startswith("**Not in the articles.**")
    bad, _ = client.predict(ROSNEFT, 5, "last spring", "", api_name="/chat")
    assert bad.startswith("**Error:**") and "YYYY-MM-DD" in bad


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
                    reason="Debian's chromium is not installed (.ci/run installs it)")
def test_browser_on_a_phone(ui_url):
    """390 x 844: the question box, the answer and its source card all reachable."""
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page.goto(ui_url)
        expect(page.get_by_text("Ask the articles")).to_be_visible(timeout=30_000)
        box = page.locator("#question textarea")
        box.fill(ROSNEFT)
        box.press("Enter")
        marker = page.locator('#chat a[href="#src-1"]')
        expect(marker).to_be_visible(timeout=30_000)
        marker.click()
        card = page.locator("#src-1")
        expect(card).to_be_in_viewport(timeout=5_000)
        expect(card.locator("mark")).to_contain_text("100 million tonnes")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
        page.screenshot(path=str(ARTIFACTS / "ui-phone.png"), full_page=True)
        browser.close()


def test_articles_tab_pages_and_filters():
    from rag.index import Source
    from ui.app import ARTICLES_PER_PAGE, articles_page

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
