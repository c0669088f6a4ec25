"""Gradio chat UI: presentation only. Every answer comes from rag.answer.Answerer."""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any, Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402

from rag.answer import Answer, Answerer  # noqa: E402
from rag.config import Settings  # noqa: E402
from rag.corpus import add_files, remove_article  # noqa: E402
from rag.documents import SUFFIXES  # noqa: E402
from rag.errors import ConfigError, RagError  # noqa: E402
from rag.ingest import ensure_index, ingest  # noqa: E402
from rag.store import Source, list_sources  # noqa: E402
from ui.render import (  # noqa: E402
    answer_markdown,
    answer_text,
    articles_page,
    as_text,
    backend_note,
    chat_markdown,
    examples,
    history_of,
    intro,
    matching,
    message_text,
    open_request,
    read_article,
    sources_html,
    stopped_chat,
)

# Each answer carries its own sources (a <details> under it). Clicking a [n] marker shows that
# answer's cards in the side panel with card n flashed, or on a narrow screen opens them under
# the answer; a screen reader hears which source opened. "Open article" asks the server for
# the whole article, and the view scrolls to the quote.
HEAD = """<script>
function ragAnnounce(text) {
  const box = document.getElementById('announce');
  if (box) box.textContent = text;
}
function ragShowSource(key, n) {
  const inline = document.getElementById(`src-${key}-${n}`);
  if (!inline) return;
  const narrow = window.matchMedia('(max-width: 900px)').matches;
  const panel = document.getElementById('sources');
  let card = inline;
  if (!narrow && panel) {
    card = document.getElementById(`panel-src-${key}-${n}`);
    if (!card) {
      const cards = inline.closest('details').querySelectorAll('.source-card');
      const target = panel.querySelector('.prose') || panel;
      target.innerHTML = Array.from(cards, c => c.outerHTML.replace(/id="src-/g, 'id="panel-src-')).join('');
      card = document.getElementById(`panel-src-${key}-${n}`);
    }
  } else {
    inline.closest('details').open = true;
  }
  card.scrollIntoView({behavior: 'smooth', block: 'center'});
  card.classList.add('flash');
  card.focus({preventScroll: true});
  setTimeout(() => card.classList.remove('flash'), 1500);
  const title = card.querySelector('b'), meta = card.querySelector('.meta'), quote = card.querySelector('mark');
  ragAnnounce([title, meta, quote].filter(Boolean).map(e => e.textContent).join('. '));
}
function ragOpenArticle(request) {
  const box = document.querySelector('#open-request textarea');
  if (!box) return;
  box.value = request;
  box.dispatchEvent(new Event('input', {bubbles: true}));
}
// "Copy message" on an answer copies plain text and its numbered sources, not markup.
function ragPlain(message) {
  const copy = message.cloneNode(true);
  copy.querySelectorAll('details, .answer-by').forEach(e => e.remove());
  const cards = Array.from(message.querySelectorAll('details .source-card'), card => {
    const title = card.querySelector('b').textContent, meta = card.querySelector('.meta').textContent;
    const quote = card.querySelector('mark');
    return `${title.match(/^\\[\\d+\\]/)[0]} ${meta.split(' · ')[0]} “${quote ? quote.textContent : ''}”`;
  });
  const text = copy.innerText.trim();
  return cards.length ? `${text}\\n\\nSources:\\n${cards.join('\\n')}` : text;
}
document.addEventListener('click', (event) => {
  const button = event.target.closest('#chat button[aria-label="Copy message"]');
  let row = button && button.closest('.message-buttons');  // the buttons follow their message
  while (row && !row.querySelector('.message-content')) row = row.previousElementSibling;
  const contents = row ? row.querySelectorAll('.message-content') : [];
  const body = contents.length && contents[contents.length - 1];
  if (!body || !body.querySelector('.answer-by')) return;  // a question: gradio's own copy
  event.preventDefault();
  event.stopPropagation();
  navigator.clipboard.writeText(ragPlain(body));
  ragAnnounce('Answer and sources copied');
}, true);
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#src-"], a[href^="#open/"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const href = link.getAttribute('href');
  if (href.startsWith('#open/')) return ragOpenArticle(href.slice(6));
  const [, key, n] = href.match(/^#src-([a-z0-9]+)-(\\d+)$/) || [];
  if (key) ragShowSource(key, n);
}, true);
</script>"""


SCROLL_TO_MARK = "() => document.getElementById('article-mark')?.scrollIntoView({block: 'center'})"


CSS = """
.source-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px; margin-bottom: 10px;}
.source-card.flash {outline: 3px solid var(--color-accent);}
.source-card .meta {font-size: 0.85em; color: var(--body-text-color);}
.source-card mark, .article-view mark {background: #fde68a; color: #111; padding: 0 2px;}
.source-card p {margin: 6px 0 0 0;}
.answer-sources summary {cursor: pointer; font-size: 0.9em;}
.answer-by {font-size: 0.8em; color: var(--body-text-color);}
.provisional {opacity: 0.7; font-style: italic;}
.article-view .article-text {white-space: pre-wrap; max-height: 480px; overflow-y: auto;}
.backend-note {font-size: 0.9em;}
.visually-hidden {position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);}
"""


def _parse_auth(settings: Settings) -> tuple[str, str] | None:
    if not settings.auth:
        return None
    user, sep, password = settings.auth.get_secret_value().partition(":")
    if not (sep and user and password):
        raise ConfigError("RAG_AUTH must be user:password")
    return user, password


class LoginLimit:
    """Gradio's login form with one user and password, and a brake on guessing: after
    `attempts` wrong tries within `window` seconds, every try fails until the window passes."""

    def __init__(self, user: str, password: str, attempts: int = 5, window: float = 60.0) -> None:
        self._user, self._password = user.encode(), password.encode()
        self._attempts, self._window = attempts, window
        self._failures: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, user: str, password: str) -> bool:
        import hmac

        now = time.monotonic()
        with self._lock:
            self._failures = [t for t in self._failures if now - t < self._window]
            if len(self._failures) >= self._attempts:
                return False
            ok = hmac.compare_digest(user.encode(), self._user) & hmac.compare_digest(password.encode(),
                                                                                      self._password)
            if not ok:
                self._failures.append(now)
            return ok


def respond(answerer: Answerer, message: str, top_k: int, messages: list[dict[str, Any]] | None,
            since: str = "", until: str = "", sources: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """Stream an LLM's text into a bubble marked as unchecked, then replace it with the
    verified answer and its sources. Stop (closing this generator) closes the answer's
    stream, which hangs up on the model. `since`/`until` (YYYY-MM-DD, blank for none) keep
    only articles published in that range."""
    settings = answerer.settings
    partial, result = "", None
    try:
        with closing(answerer.stream(message, history=history_of(messages), top_k=int(top_k),
                                     since=(since or "").strip() or None, until=(until or "").strip() or None,
                                     sources=sources)) as items:
            for item in items:
                if isinstance(item, Answer):
                    result = item
                    continue
                partial += item
                yield (f"<span class='provisional'>Checking against the articles…</span>\n\n"
                       f"<span class='provisional'>{as_text(partial)}</span>"), sources_html(None, settings)
    except RagError as e:
        yield f"**Error:** {html.escape(str(e))}", sources_html(None, settings)
        return
    except Exception as e:  # a bug: say so in one line, never a stack trace
        yield f"**Error:** something went wrong ({type(e).__name__}); try again", sources_html(None, settings)
        return
    assert result is not None  # the stream ends with the answer
    key = uuid.uuid4().hex[:8]
    yield answer_markdown(result, settings, key), sources_html(result, settings, key)


def feedback_path(settings: Settings) -> Path:
    return settings.data_dir / "feedback.jsonl"


def record_feedback(settings: Settings, data: gr.LikeData, messages: list[dict[str, Any]]) -> None:
    """A thumbs up or down, with the question and the answer as shown, appended to
    `<data dir>/feedback.jsonl` for review (and new eval cases)."""
    import json
    from datetime import datetime, timezone

    index = data.index if isinstance(data.index, int) else data.index[0]
    asked = [m for m in messages[:index] if m.get("role") == "user"]

    cited = re.findall(r"<div class='meta'>([^<]+?):\d+–\d+", message_text(messages[index]))
    row = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "vote": "up" if data.liked else "down",
           "question": answer_text(asked[-1]) if asked else "",
           "answer": answer_text(messages[index]),
           "sources": list(dict.fromkeys(html.unescape(c) for c in cited))}
    with feedback_path(settings).open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


TRACK_TQDM = gr.Progress(track_tqdm=True)  # gradio shows the ingest's own progress bar


def build_app(settings: Settings, say: Any = lambda message: None) -> gr.Blocks:
    say(f"checking the index of {settings.corpus_dir} …")
    ensure_index(settings, show_progress=sys.stderr.isatty())  # a first start embeds everything
    say("loading the answerer …")
    answerer = Answerer(settings)
    articles = list_sources(settings)
    listed = {"generation": answerer.retriever.generation, "articles": articles}

    def current() -> list[Source]:
        """The indexed articles, listed again after an ingest changed the index."""
        answerer.refresh()
        if listed["generation"] != answerer.retriever.generation:
            listed.update(generation=answerer.retriever.generation, articles=list_sources(settings))
        return listed["articles"]  # type: ignore[return-value]

    with gr.Blocks(title="Ask the articles", analytics_enabled=False) as app:
        gr.Markdown(intro(articles))
        gr.Markdown(backend_note(answerer), elem_classes="backend-note")
        with gr.Tab("Chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    sources = gr.HTML(sources_html(None, settings), render=False, elem_id="sources")
                    top_k = gr.Slider(1, 10, value=settings.top_k, step=1, render=False,
                                      label="Passages to search per question (more finds more, may add noise)")
                    since = gr.Textbox("", label="Published on or after (YYYY-MM-DD)", placeholder="any date",
                                       render=False, elem_id="since")
                    until = gr.Textbox("", label="Published on or before (YYYY-MM-DD)", placeholder="any date",
                                       render=False, elem_id="until")

                    only = gr.Textbox("", label="Only articles matching (words of their title, author or file)",
                                      placeholder="all articles", render=False, elem_id="only")

                    def chat(message: str, messages: list, k: int = settings.top_k,
                             lo: str = "", hi: str = "", words: str = "") -> Iterator[tuple]:
                        chosen = matching(current(), words) if words.strip() else None
                        if chosen == []:
                            yield (f"**Error:** no article matches “{html.escape(words.strip())}”: see the "
                                   "Articles tab, or clear the field", sources_html(None, settings))
                            return
                        yield from respond(answerer, message, k, messages, lo, hi,
                                           None if chosen is None else [c.source for c in chosen])

                    chatbot = gr.Chatbot(label="Answers", height=460, sanitize_html=True, elem_id="chat",
                                         buttons=["copy", "copy_all"], feedback_options=("Like", "Dislike"))
                    gr.ChatInterface(
                        chat,
                        chatbot=chatbot,
                        textbox=(question := gr.Textbox(placeholder="Ask about the articles…", label="Your question",
                                                        show_label=False, elem_id="question", submit_btn="Ask",
                                                        stop_btn="Stop")),
                        additional_inputs=[top_k, since, until, only],
                        additional_inputs_accordion=gr.Accordion("Settings: passages searched, dates, articles",
                                                                open=False, render=False),
                        additional_outputs=[sources],
                        api_name="chat",
                        save_history=True,  # in this browser: survives a reload, "New chat" starts afresh
                    )
                    chatbot.clear(lambda: sources_html(None, settings), None, [sources], api_visibility="private")
                    question.stop(stopped_chat, chatbot, chatbot, api_visibility="private")

                    def feedback(data: gr.LikeData, messages: list[dict[str, Any]]) -> None:
                        record_feedback(settings, data, messages)

                    chatbot.like(feedback, chatbot, None, api_visibility="private")
                    export = gr.Button("Download the chat (Markdown)", size="sm", elem_id="export")
                    exported = gr.File(visible=False, label="Your chat", elem_id="exported")

                    def export_chat(messages: list[dict[str, Any]]) -> Any:
                        path = Path(tempfile.mkdtemp(prefix="rag-chat-")) / "chat.md"
                        path.write_text(chat_markdown(messages), encoding="utf-8")
                        return gr.File(value=str(path), visible=True)

                    export.click(export_chat, chatbot, exported, api_visibility="private")
                with gr.Column(scale=2):
                    gr.Examples(examples(articles), inputs=[question],
                                label="Try one of these (click, then Ask)")
                    gr.Markdown("### Sources")
                    sources.render()
                    viewer = gr.HTML("", elem_id="article-viewer")
                    request = gr.Textbox(visible="hidden", elem_id="open-request")
                    request.change(lambda r: open_request(settings, current(), r), request, viewer,
                                  api_visibility="private").then(None, js=SCROLL_TO_MARK)
            gr.HTML("<div id='announce' class='visually-hidden' aria-live='polite'></div>")
        with gr.Tab("Articles"):
            with gr.Row():
                find = gr.Textbox(label="Find by title, author or file", scale=3, elem_id="find")
                back = gr.Button("◀ Previous", scale=1)
                forward = gr.Button("Next ▶", scale=1)
            first_rows, first_label, _ = articles_page(articles, "", 0)
            shown = gr.Markdown(first_label, elem_id="articles-page")
            table = gr.Dataframe(first_rows, headers=["title", "author", "date", "chunks", "file"],
                                 interactive=False, wrap=True, elem_id="articles")
            page = gr.State(0)
            pick = gr.Dropdown([row[-1] for row in first_rows], label="Read an article (or click a row)")
            article = gr.HTML("<p>Pick an article to read it.</p>")
            pick.change(lambda s: read_article(settings, current(), s), pick, article, api_visibility="private")
            delete = gr.Button("Remove this article…", variant="stop", size="sm", elem_id="delete")
            with gr.Row(visible=False) as confirm:
                asked = gr.Markdown()
                yes = gr.Button("Yes, remove it", variant="stop", elem_id="delete-yes")
                no = gr.Button("Cancel")
            with gr.Accordion("Add articles", open=False, elem_id="add-articles"):
                files = gr.File(file_count="multiple", file_types=list(SUFFIXES), type="filepath",
                                label=f"Articles to add (.txt, .md, .html; up to {settings.max_file_mb:g} MB each)")
                with gr.Row():
                    add = gr.Button("Add and index", variant="primary", elem_id="add")
                    reindex = gr.Button("Re-index the corpus folder", elem_id="reindex")
            status = gr.Markdown("", elem_id="corpus-status")

            def pick_row(event: gr.SelectData) -> str:
                return event.row_value[-1]

            table.select(pick_row, None, pick, api_visibility="private")

            def turn(query: str, at: int, step: int) -> tuple[Any, ...]:
                rows, label, at = articles_page(current(), query, at + step)
                return rows, label, at, gr.Dropdown(choices=[row[-1] for row in rows])

            outputs = [table, shown, page, pick]
            find.change(lambda q: turn(q, 0, 0), find, outputs, api_visibility="private")
            back.click(lambda q, at: turn(q, at, -1), [find, page], outputs, api_visibility="private")
            forward.click(lambda q, at: turn(q, at, 1), [find, page], outputs, api_visibility="private")

            def reindexed(message: str) -> str:
                """Run the incremental ingest (its tqdm bar shown by gradio), then say what changed."""
                try:
                    report = ingest(settings, show_progress=True)
                except RagError as e:
                    return f"**Error:** {html.escape(str(e))}"
                answerer.refresh()
                return (f"{message}Index updated: {len(report.added)} added, {len(report.changed)} changed, "
                        f"{len(report.removed)} removed, {report.chunks_embedded} chunks embedded.")

            def add_articles(paths: list[str] | None, progress: Any = TRACK_TQDM) -> str:
                if not paths:
                    return "Choose one or more .txt, .md or .html files first."
                try:
                    added = add_files(settings.corpus_dir, [Path(p) for p in paths], settings.max_file_mb)
                except RagError as e:
                    return f"**Not added:** {html.escape(str(e))}"
                return reindexed(f"Added {', '.join(html.escape(a) for a in added)}. ")

            def ask_to_remove(source: str | None) -> tuple[Any, str]:
                if not source:
                    return gr.Row(visible=False), ""
                return gr.Row(visible=True), (f"Remove **{html.escape(source)}** from the corpus and the index? "
                                              f"The file is moved to `{html.escape(str(trash))}`.")

            def remove(source: str | None, progress: Any = TRACK_TQDM) -> tuple[Any, str]:
                if not source or source not in {s.source for s in current()}:
                    return gr.Row(visible=False), "Pick an indexed article first."
                try:
                    moved = remove_article(settings.corpus_dir, source, trash)
                except RagError as e:
                    return gr.Row(visible=False), f"**Error:** {html.escape(str(e))}"
                return gr.Row(visible=False), reindexed(f"Removed {html.escape(source)} (moved to "
                                                        f"{html.escape(moved.name)}). ")

            trash = settings.data_dir / "removed"
            add.click(add_articles, files, status, api_visibility="private").then(
                lambda: (None, *turn("", 0, 0)), None, [files, *outputs], api_visibility="private")
            def reindex_folder(progress: Any = TRACK_TQDM) -> str:
                return reindexed("")

            reindex.click(reindex_folder, None, status, api_visibility="private").then(
                lambda: turn("", 0, 0), None, outputs, api_visibility="private")
            delete.click(ask_to_remove, pick, [confirm, asked], api_visibility="private")
            no.click(lambda: gr.Row(visible=False), None, confirm, api_visibility="private")
            yes.click(remove, pick, [confirm, status], api_visibility="private").then(
                lambda: turn("", 0, 0), None, outputs, api_visibility="private")

        def ask(question: str, top_k: int = settings.top_k) -> dict:
            """The same answer as `rag ask --json`, for API clients."""
            try:
                return answerer.answer(question, top_k=int(top_k)).to_json()
            except RagError as e:
                raise gr.Error(str(e)) from None

        gr.api(ask, api_name="ask")

        app.load(lambda: turn("", 0, 0), None, outputs, api_visibility="private")  # each visit sees new articles
    concurrency = 4 if answerer.backend.name != "extractive" else 2
    app.queue(default_concurrency_limit=concurrency, max_size=64)
    return app


def launch(settings: Settings, prevent_thread_lock: bool = False) -> gr.Blocks:
    """Serve on settings.host:port (127.0.0.1 by default); no share link, no file routes."""
    def say(message: str) -> None:
        print(f"rag ui: {message}", file=sys.stderr, flush=True)

    app = build_app(settings, say)
    # System fonts: the default theme would fetch web fonts, and the UI must work offline.
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    credentials = _parse_auth(settings)
    app.launch(
        server_name=settings.host, server_port=settings.port, share=False,
        auth=LoginLimit(*credentials) if credentials else None,
        show_error=False, ssr_mode=False, pwa=False, mcp_server=False, enable_monitoring=False,
        prevent_thread_lock=True, theme=theme, css=CSS, head=HEAD, quiet=True,
        footer_links=["api"], max_file_size=f"{settings.max_file_mb:g}mb",  # uploads refused above it
    )
    say(f"serving on {app.local_url} (Ctrl-C to stop)")
    if not prevent_thread_lock:
        app.block_thread()
    return app
