"""The one path every door calls: question -> retrieval -> answer with verified citations."""

from __future__ import annotations

import threading
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Protocol

from .citations import Citation, Draft, Evidence, is_verbatim
from .config import Settings
from .errors import QuestionError, StoreBusy, StoreError
from .extractive import (
    AUTHOR_QUESTION,
    RECENT_QUESTION,
    Extractive,
    Scorer,
    question_parts,
    rewrite_followup,
)
from .retrieve import Hit, Mode, Retriever, Scope
from .store import Chunk, day_number
from .text import is_injected

MAX_QUESTION_CHARS = 2000
CANDIDATE_DEPTH = 4  # chunks searched for answer sentences, per chunk the user asks for
REFUSAL = "The articles do not say. I found no passage that answers this question."


@dataclass
class Answer:
    question: str
    answer: str
    refused: bool
    citations: list[Citation]
    backend: str
    timings_ms: dict[str, float] = field(default_factory=dict)
    conflict: bool = False
    short_answer: str = ""  # the asked value alone, when the question asks for one
    notice: str = ""  # e.g. why the LLM answer fell back to the extractive one
    rewritten: str = ""  # the standalone question a follow-up was rewritten into
    as_of: str = ""  # for "latest ..." questions: date of the newest article cited
    retrieved: list[Chunk] = field(default_factory=list, repr=False)  # what was searched, best first

    def to_json(self) -> dict[str, object]:
        """The `rag ask --json` schema."""
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [
                {k: v for k, v in asdict(c).items()
                 if k not in ("char_start", "char_end", "date") and (v or k != "text_file")}
                for c in self.citations
            ],
            "backend": self.backend,
            "timings_ms": self.timings_ms,
            "short_answer": self.short_answer,
            "conflict": self.conflict,
            "notice": self.notice,
        }


class Backend(Protocol):
    name: str

    def compose(self, question: str, hits: list[Hit], scorer: "Scorer",
                on_token: Callable[[str], None] | None = None) -> Draft: ...


def clean_question(question: str) -> str:
    """Reject what cannot be a question; drop control characters that can."""
    if not isinstance(question, str):
        raise QuestionError("the question must be text")
    if len(question) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"the question is {len(question):,} characters long; keep it under {MAX_QUESTION_CHARS:,}"
        )
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in question)
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        raise QuestionError("the question is empty: ask something about the articles")
    return cleaned


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    from .dates import iso

    if day := iso(value):  # 2024-03-12, 12 March 2024, Mar. 12, 2024, ...
        return day
    raise QuestionError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2022-01-01")


def _scope(since: str | None, until: str | None, sources: list[str] | None) -> Scope | None:
    """--since/--until and chosen articles as the scope the store filters on; None for all."""
    days = None
    if since or until:
        days = day_number(_day(since, "since")) or 1, day_number(_day(until, "until")) or 99991231
    if days is None and sources is None:
        return None
    return Scope(days, frozenset(sources) if sources is not None else None)


# --- the shared entry point ------------------------------------------------------------


class Answerer:
    """Holds what answering needs (store, retrievers, scorer), built once per process."""

    def __init__(self, settings: Settings, backend: Backend | None = None) -> None:
        from .embeddings import make_embed_model

        self.settings = settings
        self._embed_model = make_embed_model(settings)
        self._reload = threading.Lock()
        self.retriever, self.scorer = self._load()
        self.fallback = Extractive()
        if backend is None and settings.llm_configured:
            from .llm import LLMBackend

            backend = LLMBackend(settings)
        self.backend: Backend = backend or self.fallback

    def _load(self) -> tuple[Retriever, Scorer]:
        from .store import load_term_stats

        retriever = Retriever(self.settings, self._embed_model)
        stats = load_term_stats(self.settings)
        texts = [] if stats else retriever.all_texts()
        return retriever, Scorer(texts, retriever, stats)

    def refresh(self) -> bool:
        """Reload when an ingest has changed the index since this process loaded it, so a
        running UI answers from new articles without a restart. Answers already under way
        keep the objects they started with."""
        if self.retriever.stored_generation() == self.retriever.generation:
            return False
        with self._reload:
            if self.retriever.stored_generation() != self.retriever.generation:
                self.retriever, self.scorer = self._load()
        return True

    def _reopen(self) -> None:
        """Drop this process's cached view of the embedded store, which can go stale while
        another process writes it, and load the index again."""
        from chromadb.api.client import SharedSystemClient

        with self._reload:
            SharedSystemClient.clear_system_cache()
            self.retriever, self.scorer = self._load()

    def answer(self, question: str, history: list[tuple[str, str]] | None = None,
               top_k: int | None = None, mode: Mode | None = None,
               since: str | None = None, until: str | None = None,
               on_token: Callable[[str], None] | None = None, sources: list[str] | None = None) -> Answer:
        """Answer one question. `history` is [(question, answer), ...] of earlier turns;
        `since`/`until` (YYYY-MM-DD) keep only articles published in that range, `sources`
        (file names as cited) only those articles."""
        args = (question, history, top_k, mode, _scope(since, until, sources), on_token)
        try:
            return self._answer(*args)
        except StoreBusy:
            self._reopen()
            return self._answer(*args)

    def _answer(self, question: str, history: list[tuple[str, str]] | None, top_k: int | None,
                mode: Mode | None, scope: Scope | None, on_token: Callable[[str], None] | None) -> Answer:
        started = time.perf_counter()
        question = clean_question(question)
        self.refresh()
        notices: list[str] = []
        standalone = self._standalone(question, history or [], notices)
        hits = self._retrieve(standalone, top_k, mode, scope)
        recent = bool(RECENT_QUESTION.search(standalone))
        retrieved = time.perf_counter()
        # "latest ...": the newest article that answers wins; else all of them.
        days = sorted({h.chunk.date for h in hits if h.chunk.date}, reverse=True) if recent else []
        for day in days + [None]:
            chosen = [h for h in hits if day is None or h.chunk.date == day]
            draft, backend = self._compose(standalone, chosen, on_token, notices)
            if not draft.refused:
                break
        if draft.notice:
            notices.append(draft.notice)
        result = self._finish(question, draft, backend)
        result.rewritten = standalone if standalone != question else ""
        result.retrieved = [h.chunk for h in hits]
        result.notice = " ".join(notices)
        if recent and result.citations:
            result.as_of = max(c.date for c in result.citations)
            if result.as_of:
                result.answer = f"As of {result.as_of} (the newest article cited): {result.answer}"
        done = time.perf_counter()
        result.timings_ms = {
            "retrieve": round((retrieved - started) * 1000, 2),
            "answer": round((done - retrieved) * 1000, 2),
            "total": round((done - started) * 1000, 2),
        }
        return result

    def _standalone(self, question: str, history: list[tuple[str, str]], notices: list[str]) -> str:
        """A follow-up rewritten into a question that stands on its own."""
        if not history:
            return question
        condense = getattr(self.backend, "condense", None)
        if condense is not None:
            from .llm import LLMUnavailable

            try:
                return clean_question(condense(question, history))
            except (LLMUnavailable, QuestionError) as e:
                notices.append(f"Follow-up rewritten by rule: {e}.")
        return rewrite_followup(question, history)

    def _compose(self, question: str, hits: list[Hit], on_token: Callable[[str], None] | None,
                 notices: list[str]) -> tuple[Draft, str]:
        if self.backend is self.fallback:
            return self.fallback.compose(question, hits, self.scorer), self.fallback.name
        from .llm import LLMUnavailable

        try:
            return self.backend.compose(question, hits, self.scorer, on_token=on_token), self.backend.name
        except LLMUnavailable as e:
            notices.append(f"Extractive answer shown because {e}.")
            return self.fallback.compose(question, hits, self.scorer), self.fallback.name

    def _retrieve(self, question: str, top_k: int | None, mode: Mode | None,
                  scope: Scope | None = None) -> list[Hit]:
        """Hits for the question and for each of its parts, best rank first, no repeats."""
        parts = question_parts(question)
        found: dict[str, Hit] = {}
        for part in parts if len(parts) > 1 else [question]:
            depth = CANDIDATE_DEPTH * (top_k or self.settings.top_k)  # sentences are reranked after
            for hit in self.retriever.retrieve(part, top_k=depth, mode=mode, scope=scope):
                if hit.chunk.id not in found or hit.rank < found[hit.chunk.id].rank:
                    found[hit.chunk.id] = hit
        hits = sorted(found.values(), key=lambda h: h.rank)
        if hits and AUTHOR_QUESTION.search(question):
            hits.append(self._byline(hits[0].chunk.source, len(hits) + 1))
        return hits

    def _byline(self, source: str, rank: int) -> Hit:
        """The chunk of an article that names its author, for "who wrote ..." questions."""
        chunks = self.retriever.chunks_of(source)
        named = next((c for c in chunks if c.author and c.author in c.text), chunks[0])
        return Hit(named, 0.0, rank)

    def _text_file(self, source: str) -> str:
        from .documents import HTML_SUFFIXES
        from .store import extracted_path

        if not source.lower().endswith(HTML_SUFFIXES):
            return ""
        return str(extracted_path(self.settings, source))

    def _finish(self, question: str, draft: Draft, backend: str) -> Answer:
        """Number the citations, verify each quote against its file, render `[n]` markers."""
        if draft.refused:
            return Answer(question, REFUSAL, True, [], backend)
        root = self.settings.corpus_dir.parent
        citations: dict[tuple[str, int, int], Citation] = {}
        rendered = []
        for sentence, cited in draft.parts:
            # Whatever the backend, a passage that gives orders to an AI is never a source.
            cited = [ev for ev in cited if not is_injected(ev.hit.chunk.text, ev.start - ev.hit.chunk.char_start,
                                                           ev.end - ev.hit.chunk.char_start)]
            if not cited:
                continue
            marks = []
            for ev in cited:
                key = (ev.hit.chunk.source, ev.start, ev.end)
                if key not in citations:
                    c = _citation(len(citations) + 1, ev, self._text_file(ev.hit.chunk.source))
                    if not is_verbatim(c, root):
                        raise StoreError(f"{c.source} changed since it was indexed: run `rag ingest`")
                    citations[key] = c
                marks.append(f"[{citations[key].n}]")
            rendered.append(" ".join([sentence, *marks]))
        if not rendered:
            return Answer(question, REFUSAL, True, [], backend)
        text = " ".join(rendered)
        if draft.short_answer and not draft.conflict:
            text = f"{draft.short_answer} — {text}"  # the asked value first, then its quote
        return Answer(question, text, False, list(citations.values()), backend,
                      conflict=draft.conflict, short_answer=draft.short_answer)


def _citation(n: int, ev: Evidence, text_file: str = "") -> Citation:
    chunk = ev.hit.chunk
    offset = ev.start - chunk.char_start
    return Citation(
        n=n,
        source=chunk.source,
        title=chunk.title,
        date=chunk.date,
        start_line=chunk.start_line + chunk.text.count("\n", 0, offset),
        end_line=chunk.start_line + chunk.text.count("\n", 0, offset + len(ev.text) - 1),
        quote=ev.text,
        char_start=ev.start,
        char_end=ev.end,
        text_file=text_file,
    )


def answer(question: str, settings: Settings, **kwargs: Any) -> Answer:
    """One-off convenience: build an Answerer and answer one question."""
    return Answerer(settings).answer(question, **kwargs)
