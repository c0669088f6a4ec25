"""What the chat UI shows, as Markdown and HTML: answers with their [n] links and source
cards, the article view, the Articles list, and the chat read back as text (follow-up
context, feedback, export). Plain functions of rag's data types: no gradio here."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from rag.answer import Answer, Answerer
from rag.citations import Citation, file_text
from rag.config import Settings
from rag.documents import load_article
from rag.store import Source


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
