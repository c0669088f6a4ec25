"""Gradio chat UI: presentation only. Every answer comes from rag.answer.Answerer."""

from __future__ import annotations

import html
import os
import queue
import re
import threading
import time
from pathlib import Path
from typing import Any, Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402

from rag.answer import Answer, Answerer  # noqa: E402
from rag.citations import Citation, file_text  # noqa: E402
from rag.config import Settings  # noqa: E402
from rag.documents import load_article  # noqa: E402
from rag.errors import ConfigError, RagError  # noqa: E402
from rag.index import Source, ensure_index, list_sources  # noqa: E402


def intro(articles: list[Source]) -> str:
    """What this page answers from, said from the corpus itself."""
    years = sorted({s.date[:4] for s in articles if s.date})
    span = f", published {years[0]}–{years[-1]}" if len(years) > 1 else (f", published {years[0]}" if years else "")
    return f"""# Ask the articles
Questions about the {len(articles):,} news articles indexed here{span} (see the Articles tab).
Every answer sentence ends with a numbered source like **[1]**: click it to see the exact quote,
highlighted in its paragraph, with file and line numbers. When the articles do not say, the
answer says so."""


def examples(articles: list[Source], n: int = 4) -> list[str]:
    """Starter questions about the newest articles, made from their titles."""
    titled = [s for s in articles if s.title and s.title not in (Path(s.source).name, Path(s.source).stem)]
    newest = sorted(titled, key=lambda s: s.date, reverse=True)[:n]
    return [f"What does the article “{s.title}” report?" for s in newest]

# Clicking a [n] marker scrolls its source card into view and flashes it.
HEAD = """<script>
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#src-"]');
  if (!link) return;
  event.preventDefault();
  event.stopPropagation();
  const card = document.getElementById(link.getAttribute('href').slice(1));
  if (!card) return;
  card.scrollIntoView({behavior: 'smooth', block: 'center'});
  card.classList.add('flash');
  setTimeout(() => card.classList.remove('flash'), 1500);
}, true);
</script>"""

CSS = """
.source-card {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 10px 12px; margin-bottom: 10px;}
.source-card.flash {outline: 3px solid var(--color-accent);}
.source-card .meta {font-size: 0.85em; color: var(--body-text-color-subdued);}
.source-card mark {background: #fde68a; color: #111; padding: 0 2px;}
.source-card p {margin: 6px 0 0 0;}
.backend-note {font-size: 0.9em;}
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


def backend_note(answerer: Answerer) -> str:
    name = answerer.backend.name
    if name == "extractive":
        return "Answers by the **offline extractive** answerer (quotes from the articles; no LLM)."
    return f"Answers by **{name.removeprefix('llm:')}** (LLM), every citation checked against the articles."


_MARKDOWN = {c: f"&#{ord(c)};" for c in "[]*_`#|~\\"}  # with [ and ] escaped, no link or image


def as_text(text: str) -> str:
    """Model or article text for a Markdown component, shown as text: no HTML, no Markdown
    links or images (nothing remote is fetched), and addresses readable but not clickable."""
    out = "".join(_MARKDOWN.get(c, c) for c in html.escape(text, quote=False))
    # Entities break the patterns the renderer turns into links.
    return out.replace("://", ":&#47;&#47;").replace("www.", "www&#46;").replace("@", "&#64;")


def answer_markdown(result: Answer) -> str:
    """The chat message: answer with [n] linked to its source card, and any notice."""
    body = re.sub(r"&#91;(\d+)&#93;", r'<a href="#src-\1" class="cite">[\1]</a>', as_text(result.answer))
    lines = []
    if result.rewritten:
        lines.append(f"*Read as: {as_text(result.rewritten)}*")
    if result.refused:
        lines.append(f"**Not in the articles.** {body}")
    elif result.conflict:
        lines.append(f"⚠ {body}")
    else:
        lines.append(body)
    if result.notice:
        lines.append(f"*Note: {as_text(result.notice)}*")
    return "\n\n".join(lines)


def _paragraph(c: Citation, root: Path) -> str:
    """The quote highlighted inside its paragraph of the original file."""
    text = file_text(c.source, root)
    start = text.rfind("\n\n", 0, c.char_start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", c.char_end)
    end = len(text) if end < 0 else end
    esc = html.escape
    return f"{esc(text[start:c.char_start])}<mark>{esc(c.quote)}</mark>{esc(text[c.char_end:end])}"


def sources_html(result: Answer | None, settings: Settings) -> str:
    if result is None or not result.citations:
        hint = "No sources: the articles do not answer this." if result else "Sources appear here."
        return f"<div class='sources-empty'>{hint}</div>"
    cards = []
    for c in result.citations:
        date = f" · {c.date}" if c.date else ""
        if c.text_file:  # a saved web page: the lines are those of its extracted text
            date += f" · lines of the page's extracted text, {html.escape(c.text_file)}"
        cards.append(
            f"<div class='source-card' id='src-{c.n}'><b>[{c.n}] {html.escape(c.title)}</b>"
            f"<div class='meta'>{html.escape(c.source)} · lines {c.start_line}–{c.end_line}{date}</div>"
            f"<p>{_paragraph(c, settings.corpus_dir.parent)}</p></div>"
        )
    return "\n".join(cards)


def respond(answerer: Answerer, message: str, top_k: int, state: list[tuple[str, str]] | None,
            since: str = "", until: str = "") -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """Stream tokens while the LLM writes, then show the verified answer and its sources.
    `since`/`until` (YYYY-MM-DD, blank for none) keep only articles published in that range."""
    settings = answerer.settings
    history = [tuple(pair) for pair in state or []]
    tokens: queue.Queue[str | None] = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = answerer.answer(message, history=history, top_k=int(top_k),
                                                since=(since or "").strip() or None,
                                                until=(until or "").strip() or None,
                                                on_token=tokens.put)
        except RagError as e:
            outcome["error"] = str(e)
        except Exception as e:  # a bug: say so in one line, never a stack trace
            outcome["error"] = f"something went wrong ({type(e).__name__}); try again"
        finally:
            tokens.put(None)

    threading.Thread(target=work, daemon=True).start()
    partial = ""
    while (token := tokens.get()) is not None:
        partial += token
        yield as_text(partial) + " …", sources_html(None, settings), history
    if "error" in outcome:
        yield f"**Error:** {html.escape(outcome['error'])}", sources_html(None, settings), history
        return
    result: Answer = outcome["result"]
    history.append((result.rewritten or result.question, result.answer))
    yield answer_markdown(result), sources_html(result, settings), history


def feedback_path(settings: Settings) -> Path:
    return settings.data_dir / "feedback.jsonl"


def record_feedback(settings: Settings, data: gr.LikeData, messages: list[dict[str, Any]]) -> None:
    """A thumbs up or down, with the question and the answer as shown, appended to
    `<data dir>/feedback.jsonl` for review (and new eval cases)."""
    import json
    from datetime import datetime, timezone

    index = data.index if isinstance(data.index, int) else data.index[0]
    asked = [m for m in messages[:index] if m.get("role") == "user"]

    def plain(content: Any) -> str:
        text = content if isinstance(content, str) else str(content)
        return html.unescape(re.sub(r"<[^>]+>", "", text)).strip()

    row = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
           "vote": "up" if data.liked else "down",
           "question": plain(asked[-1]["content"]) if asked else "",
           "answer": plain(messages[index]["content"])}
    with feedback_path(settings).open("a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")


def corpus_table(articles: list[Source]) -> list[list[Any]]:
    return [[s.title, s.author or "–", s.date or "–", s.chunks, s.source] for s in articles]


ARTICLES_PER_PAGE = 50


def articles_page(articles: list[Source], query: str, page: int) -> tuple[list[list[Any]], str, int]:
    """One page of the article table, newest first, filtered by words of title, author or
    file; the page number is kept in range."""
    words = query.lower().split()
    found = [s for s in sorted(articles, key=lambda s: (s.date, s.source), reverse=True)
             if all(w in f"{s.title} {s.author} {s.source}".lower() for w in words)]
    pages = max(1, -(-len(found) // ARTICLES_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = corpus_table(found[page * ARTICLES_PER_PAGE : (page + 1) * ARTICLES_PER_PAGE])
    label = f"{len(found):,} of {len(articles):,} articles · page {page + 1} of {pages}"
    return rows, label, page


def read_article(settings: Settings, articles: list[Source], source: str | None) -> str:
    if not source:
        return "Pick an article to read it."
    if source not in {s.source for s in articles}:  # only indexed articles, never a path
        return "Unknown article."
    a = load_article(settings.corpus_dir.parent / source, settings.corpus_dir)
    meta = " · ".join(x for x in (a.author, a.date, a.source) if x)
    return f"## {as_text(a.display_title)}\n*{as_text(meta)}*\n\n{as_text(a.article_text)}"


def build_app(settings: Settings) -> gr.Blocks:
    ensure_index(settings)
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
                    state = gr.State([])
                    sources = gr.HTML(sources_html(None, settings), render=False, elem_id="sources")
                    top_k = gr.Slider(1, 10, value=settings.top_k, step=1, render=False,
                                      label="Passages to search per question (more finds more, may add noise)")
                    since = gr.Textbox("", label="Published on or after (YYYY-MM-DD)", placeholder="any date",
                                       render=False, elem_id="since")
                    until = gr.Textbox("", label="Published on or before (YYYY-MM-DD)", placeholder="any date",
                                       render=False, elem_id="until")

                    def chat(message: str, _history: list, k: int = settings.top_k, st: list | None = None,
                             lo: str = "", hi: str = "") -> Iterator[tuple]:
                        yield from respond(answerer, message, k, st, lo, hi)

                    chatbot = gr.Chatbot(label="Answers", height=420, sanitize_html=True, elem_id="chat",
                                         buttons=["copy", "copy_all"], feedback_options=("Like", "Dislike"))
                    gr.ChatInterface(
                        chat,
                        chatbot=chatbot,
                        textbox=(question := gr.Textbox(placeholder="Ask about the articles…", label="Question",
                                                        show_label=False, elem_id="question", submit_btn="Ask")),
                        additional_inputs=[top_k, state, since, until],
                        additional_inputs_accordion=gr.Accordion("Settings: passages searched, date range", open=False,
                                                                render=False),
                        additional_outputs=[sources, state],
                        api_name="chat",
                        save_history=False,
                    )
                    # A cleared chat starts afresh: no follow-up is read against old turns.
                    chatbot.clear(lambda: ([], sources_html(None, settings)), None, [state, sources],
                                  api_name=False)
                    def feedback(data: gr.LikeData, messages: list[dict[str, Any]]) -> None:
                        record_feedback(settings, data, messages)

                    chatbot.like(feedback, chatbot, None, api_name=False)
                with gr.Column(scale=2):
                    gr.Examples(examples(articles), inputs=[question],
                                label="Try one of these (click, then Ask)")
                    gr.Markdown("### Sources")
                    sources.render()
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
            article = gr.Markdown("Pick an article to read it.")
            pick.change(lambda s: read_article(settings, current(), s), pick, article, api_name=False)

            def pick_row(event: gr.SelectData) -> str:
                return event.row_value[-1]

            table.select(pick_row, None, pick, api_name=False)

            def turn(query: str, at: int, step: int) -> tuple[Any, ...]:
                rows, label, at = articles_page(current(), query, at + step)
                return rows, label, at, gr.Dropdown(choices=[row[-1] for row in rows])

            outputs = [table, shown, page, pick]
            find.change(lambda q: turn(q, 0, 0), find, outputs, api_name=False)
            back.click(lambda q, at: turn(q, at, -1), [find, page], outputs, api_name=False)
            forward.click(lambda q, at: turn(q, at, 1), [find, page], outputs, api_name=False)

        def ask(question: str, top_k: int = settings.top_k) -> dict:
            """The same answer as `rag ask --json`, for API clients."""
            try:
                return answerer.answer(question, top_k=int(top_k)).to_json()
            except RagError as e:
                raise gr.Error(str(e)) from None

        gr.api(ask, api_name="ask")

        app.load(lambda: turn("", 0, 0), None, outputs, api_name=False)  # each visit sees new articles
    concurrency = 4 if answerer.backend.name != "extractive" else 2
    app.queue(default_concurrency_limit=concurrency, max_size=64)
    return app


def launch(settings: Settings, prevent_thread_lock: bool = False) -> gr.Blocks:
    """Serve on settings.host:port (127.0.0.1 by default); no share link, no file routes."""
    app = build_app(settings)
    # System fonts: the default theme would fetch web fonts, and the UI must work offline.
    theme = gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    credentials = _parse_auth(settings)
    app.launch(
        server_name=settings.host, server_port=settings.port, share=False,
        auth=LoginLimit(*credentials) if credentials else None,
        show_error=False, ssr_mode=False, pwa=False, mcp_server=False, enable_monitoring=False,
        prevent_thread_lock=prevent_thread_lock, theme=theme, css=CSS, head=HEAD, quiet=False,
        footer_links=["api"],
    )
    return app
