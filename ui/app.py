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
from urllib.parse import quote, unquote

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported

import gradio as gr  # noqa: E402

from rag.answer import Answer, Answerer  # noqa: E402
from rag.citations import Citation, file_text  # noqa: E402
from rag.config import Settings  # noqa: E402
from rag.documents import SUFFIXES, add_files, load_article, remove_article  # noqa: E402
from rag.errors import ConfigError, RagError  # noqa: E402
from rag.ingest import ensure_index, ingest  # noqa: E402
from rag.store import Source, list_sources  # noqa: E402


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
    return [f"What does “{_shortened(s.title, EXAMPLE_CHARS - 18)}” report?" for s in newest]


EXAMPLE_CHARS = 60  # gradio cuts an example's text after this many characters


def _shortened(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word and marked with "…"."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–-") + "…"

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


def backend_note(answerer: Answerer) -> str:
    name = answerer.backend.name
    if name == "extractive":
        return "Answers by the **offline extractive** answerer (quotes from the articles; no LLM)."
    return (f"Answers by **{name.removeprefix('llm:')}** (LLM), every citation checked against the articles; "
            "when it cannot answer, the offline answerer does, and each answer says which wrote it.")


_MARKDOWN = {c: f"&#{ord(c)};" for c in "[]*_`#|~\\"}  # with [ and ] escaped, no link or image


def as_text(text: str) -> str:
    """Model or article text for a Markdown component, shown as text: no HTML, no Markdown
    links or images (nothing remote is fetched), and addresses readable but not clickable."""
    out = "".join(_MARKDOWN.get(c, c) for c in html.escape(text, quote=False))
    # Entities break the patterns the renderer turns into links.
    return out.replace("://", ":&#47;&#47;").replace("www.", "www&#46;").replace("@", "&#64;")


def answer_markdown(result: Answer, settings: Settings, key: str) -> str:
    """The chat message: the answer with each [n] linked to this answer's own source card,
    any notice, the backend that wrote it, and the cards (collapsed) under it."""
    body = re.sub(r"&#91;(\d+)&#93;", rf'<a href="#src-{key}-\1" class="cite">[\1]</a>', as_text(result.answer))
    lines = []
    if result.rewritten:
        lines.append(f"*{READ_AS}{as_text(result.rewritten)}*")
    if result.refused:
        lines.append(f"**Not in the articles.** {body}")
    elif result.conflict:
        lines.append(f"⚠ {body}")
    else:
        lines.append(body)
    if result.notice:
        lines.append(f"*Note: {as_text(result.notice)}*")
    lines.append(f"<span class='answer-by'>{html.escape(backend_label(result.backend))}</span>")
    if result.citations:
        lines.append(f"<details class='answer-sources'><summary>Sources ({len(result.citations)})</summary>"
                     f"{cards_html(result, settings, key)}</details>")
    return "\n\n".join(lines)


READ_AS = "Read as: "
WINDOW = 300  # characters of context shown on each side of a quote in a long paragraph


def backend_label(backend: str) -> str:
    if backend == "extractive":
        return "Answered offline from the articles' own sentences"
    return f"Written by {backend.removeprefix('llm:')} (LLM), citations checked"


def _paragraph(c: Citation, root: Path) -> str:
    """The quote highlighted in its paragraph, or in a window of about 600 characters of it
    when the paragraph is long (a file without blank lines is one paragraph)."""
    text = file_text(c.source, root)
    start = text.rfind("\n\n", 0, c.char_start)
    start = 0 if start < 0 else start + 2
    end = text.find("\n\n", c.char_end)
    end = len(text) if end < 0 else end
    before, after = "", ""
    if c.char_start - start > WINDOW:  # cut at a space, and say so
        start = text.find(" ", c.char_start - WINDOW, c.char_start) + 1 or c.char_start - WINDOW
        before = "… "
    if end - c.char_end > WINDOW:
        cut = text.rfind(" ", c.char_end, c.char_end + WINDOW)
        end, after = (cut if cut > 0 else c.char_end + WINDOW), " …"
    esc = html.escape
    return f"{before}{esc(text[start:c.char_start])}<mark>{esc(c.quote)}</mark>{esc(text[c.char_end:end])}{after}"


def cards_html(result: Answer, settings: Settings, key: str, prefix: str = "") -> str:
    """One card per citation: title, file and lines, the quote in its paragraph, and a link
    that opens the whole article at the quote."""
    cards = []
    for c in result.citations:
        meta = " · ".join(x for x in (f"{c.source}:{c.start_line}–{c.end_line}", c.date) if x)
        if c.text_file:  # a saved web page: the lines are those of its extracted text
            meta += f" · lines of the page's extracted text, {c.text_file}"
        opener = f"#open/{quote(c.source, safe='')}/{c.char_start}-{c.char_end}"
        cards.append(
            f"<div class='source-card' id='{prefix}src-{key}-{c.n}' tabindex='-1'><b>[{c.n}] {html.escape(c.title)}</b>"
            f"<div class='meta'>{html.escape(meta)}</div>"
            f"<p>{_paragraph(c, settings.corpus_dir.parent)}</p>"
            f"<a href='{html.escape(opener)}' class='open-article'>Open the article at this quote</a></div>"
        )
    return "\n".join(cards)


def sources_html(result: Answer | None, settings: Settings, key: str = "") -> str:
    """The side panel: the newest answer's cards (a click on an older [n] shows that answer's)."""
    if result is None or not result.citations:
        hint = "No sources: the articles do not answer this." if result else "Sources appear here."
        return f"<div class='sources-empty'>{hint}</div>"
    return cards_html(result, settings, key, prefix="panel-")


def history_of(messages: list[dict[str, Any]] | None) -> list[tuple[str, str]]:
    """(question as answered, answer text) for each turn on screen: the follow-up context is
    exactly what the chat shows, after Clear, Retry, Undo or a reload alike."""
    pairs: list[tuple[str, str]] = []
    question = ""
    for m in messages or []:
        if m.get("role") == "user":
            question = message_text(m).strip()
        elif m.get("role") == "assistant" and question:
            lines = [line for line in answer_text(m).splitlines() if line.strip()]
            asked = next((line[len(READ_AS):] for line in lines if line.startswith(READ_AS)), question)
            said = [line for line in lines if not line.startswith((READ_AS, "Note: "))][:1]
            pairs.append((asked, said[0] if said else ""))
            question = ""
    return pairs


def message_text(message: dict[str, Any]) -> str:
    """A chat message's text: gradio hands content back as a string or as typed parts."""
    content = message.get("content")
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return content if isinstance(content, str) else ""


_CARD = re.compile(r"<b>\[(\d+)\] .*?</b><div class='meta'>([^<·]+?)(?: · [^<]*)?</div><p>.*?<mark>(.*?)</mark>", re.S)


def chat_markdown(messages: list[dict[str, Any]] | None) -> str:
    """The conversation as Markdown: each question, its answer as plain text, and the
    answer's numbered sources (file:lines and quote)."""
    out = ["# Chat with the articles"]
    for m in messages or []:
        text = message_text(m)
        if m.get("role") == "user":
            out.append(f"## {text.strip()}")
            continue
        cards = text.partition("<details")[2]
        out.append(answer_text(m))
        sources = [f"{n}. {html.unescape(where).strip()} “{html.unescape(quote)}”" for n, where, quote in _CARD.findall(cards)]
        if sources:
            out.append("Sources:\n\n" + "\n".join(sources))
    return "\n\n".join(out) + "\n"


def answer_text(message: dict[str, Any]) -> str:
    """A message as the reader sees it, without the source cards under an answer."""
    return _plain(message_text(message).split("<details", 1)[0]).strip()


def _plain(markup: str) -> str:
    text = re.sub(r"<span class='answer-by'>.*?</span>", "", markup)
    text = re.sub(r"<[^>]+>", "", text).replace("**Not in the articles.** ", "").replace("*", "")
    return html.unescape(text).removeprefix("⚠ ")


STOPPED = "*Stopped before the answer was checked against the articles. Press Retry to ask again.*"


def stopped_chat(messages: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """After Stop: unchecked text never stays on screen looking like an answer."""
    messages = list(messages or [])
    if messages and messages[-1].get("role") == "assistant" and "class='provisional'" in message_text(messages[-1]):
        messages[-1] = {"role": "assistant", "content": STOPPED}
    return messages


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


def corpus_table(articles: list[Source]) -> list[list[Any]]:
    return [[s.title, s.author or "–", s.date or "–", s.chunks, s.source] for s in articles]


ARTICLES_PER_PAGE = 50


def matching(articles: list[Source], query: str) -> list[Source] | None:
    """Articles whose title, author or file holds every word of `query`; None for no query."""
    words = query.lower().split()
    if not words:
        return None
    return [s for s in articles if all(w in f"{s.title} {s.author} {s.source}".lower() for w in words)]


def articles_page(articles: list[Source], query: str, page: int) -> tuple[list[list[Any]], str, int]:
    """One page of the article table, newest first, filtered by words of title, author or
    file; the page number is kept in range."""
    chosen = matching(articles, query)
    found = sorted(articles if chosen is None else chosen, key=lambda s: (s.date, s.source), reverse=True)
    pages = max(1, -(-len(found) // ARTICLES_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = corpus_table(found[page * ARTICLES_PER_PAGE : (page + 1) * ARTICLES_PER_PAGE])
    label = f"{len(found):,} of {len(articles):,} articles · page {page + 1} of {pages}"
    return rows, label, page


def read_article(settings: Settings, articles: list[Source], source: str | None,
                 start: int | None = None, end: int | None = None) -> str:
    """The cleaned article (its kept spans) as HTML, with title, author, date and file; with
    `start`/`end` (offsets in the file), that quote highlighted and its lines named. Only
    indexed articles are read, never an arbitrary path."""
    if not source:
        return "<p>Pick an article to read it.</p>"
    if source not in {s.source for s in articles}:
        return "<p>Unknown article.</p>"
    a = load_article(settings.corpus_dir.parent / source, settings.corpus_dir)
    if start is None or end is None or not 0 <= start < end <= len(a.text):
        start = end = -1  # nothing quoted
    where = f"{a.source}:{a.line_of(start)}–{a.line_of(end - 1)}" if start >= 0 else a.source
    meta = " · ".join(x for x in (a.author, a.date, where) if x)
    parts = []
    for s, e in a.spans:
        if s <= start and end <= e:
            parts.append(f"{html.escape(a.text[s:start])}<mark id='article-mark'>{html.escape(a.text[start:end])}"
                         f"</mark>{html.escape(a.text[end:e])}")
        else:
            parts.append(html.escape(a.text[s:e]))
    return (f"<div class='article-view'><h3>{html.escape(a.display_title)}</h3><p class='meta'>{html.escape(meta)}</p>"
            f"<div class='article-text' tabindex='0'>{SPAN_GAP.join(parts)}</div></div>")


SPAN_GAP = "\n\n"


def open_request(settings: Settings, articles: list[Source], request: str) -> str:
    """"<quoted file>/<start>-<end>" from an "Open the article" link: the article at the quote."""
    source, _, span = request.rpartition("/")
    first, _, last = span.partition("-")
    if not (first.isdigit() and last.isdigit()):
        return "<p>Unknown article.</p>"
    return read_article(settings, articles, unquote(source), int(first), int(last))


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
