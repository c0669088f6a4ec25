"""The one path every door calls: question -> retrieval -> answer with verified citations."""

from __future__ import annotations

import re
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Generator

from .backend import Backend, Draft, Evidence
from .citations import Citation, is_verbatim
from .config import Settings
from .errors import QuestionError, StoreBusy, StoreError
from .extractive import Extractive, Scorer
from .question import (
    AUTHOR_QUESTION,
    OPINION_QUESTION,
    RECENT_QUESTION,
    clean_question,
    initials,
    name_groups,
    normal_form,
    question_parts,
    rewrite_followup,
    scope_of,
    too_vague,
    truecased,
)
from .retrieve import Hit, Mode, Retriever, Scope
from .store import Chunk
from .text import in_another_language, is_injected, language
from .values import as_question

NEIGHBOURED = 3  # best hits whose next chunk is read too
NAMED_DEPTH = 20  # chunks BM25 finds for the question's full names alone
NAMED_ADDED = 2  # of those, chunks that write a name whole and fusion missed, read too
LANGUAGE_SAMPLE = 3  # best hits whose text tells the articles' language
CANDIDATE_DEPTH = 4  # chunks searched for answer sentences, per chunk the user asks for
REFUSAL = "The articles do not say. I found no passage that answers this question."
VAGUE = ("The question is too short to find one answer: say who or what it is about, "
         "e.g. a name, a place or an event.")
OPINION = ("I report what the articles say and give no opinion of my own: ask what they report, "
           "e.g. \"What do the articles say about ...?\"")


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


# --- the shared entry point ------------------------------------------------------------


class Answerer:
    """Holds what answering needs (store, retrievers, scorer), built once per process."""

    def __init__(self, settings: Settings, llm: Backend | None = None) -> None:
        """`llm`: the backend that writes answers when one is configured (by default from
        the settings); the extractive backend answers otherwise, and when it fails."""
        from .embeddings import make_embed_model

        self.settings = settings
        self._embed_model = make_embed_model(settings)
        self._reload = threading.Lock()
        self.retriever, self.extractive = self._load()
        if llm is None and settings.llm_configured:
            from .llm import LLMBackend

            llm = LLMBackend(settings)
        self.llm = llm

    @property
    def backend(self) -> Backend:
        """The backend that writes answers (it may still fall back to the extractive one)."""
        return self.llm or self.extractive

    def _load(self) -> tuple[Retriever, Extractive]:
        from .store import load_term_stats

        retriever = Retriever(self.settings, self._embed_model)
        stats = load_term_stats(self.settings)
        texts = [] if stats else retriever.all_texts()
        return retriever, Extractive(Scorer(texts, retriever, stats))

    def refresh(self) -> bool:
        """Reload when an ingest has changed the index since this process loaded it, so a
        running UI answers from new articles without a restart. Answers already under way
        keep the objects they started with."""
        if self.retriever.stored_generation() == self.retriever.generation:
            return False
        with self._reload:
            if self.retriever.stored_generation() != self.retriever.generation:
                self.retriever, self.extractive = self._load()
        return True

    def _reopen(self) -> None:
        """Drop this process's cached view of the embedded store, which can go stale while
        another process writes it, and load the index again."""
        from chromadb.api.client import SharedSystemClient

        with self._reload:
            SharedSystemClient.clear_system_cache()
            self.retriever, self.extractive = self._load()

    def answer(self, question: str, history: list[tuple[str, str]] | None = None,
               top_k: int | None = None, mode: Mode | None = None,
               since: str | None = None, until: str | None = None,
               sources: list[str] | None = None) -> Answer:
        """`stream()` drained: the verified answer alone."""
        *_, result = self.stream(question, history, top_k, mode, since, until, sources)
        assert isinstance(result, Answer)
        return result

    def stream(self, question: str, history: list[tuple[str, str]] | None = None,
               top_k: int | None = None, mode: Mode | None = None,
               since: str | None = None, until: str | None = None,
               sources: list[str] | None = None) -> Generator[str | Answer, None, None]:
        """Answer one question: the LLM's text as it is written (unchecked; nothing offline),
        then the verified Answer. Closing the iterator stops the LLM. `history` is
        [(question, answer), ...] of earlier turns; `since`/`until` (YYYY-MM-DD) keep only
        articles published in that range, `sources` (file names as cited) only those."""
        args = (clean_question(question), history or [], top_k, mode, scope_of(since, until, sources))
        written = False
        try:
            for item in self._stream(*args):
                written = written or isinstance(item, str)
                yield item
        except StoreBusy:
            if written:  # text already shown would be shown twice
                raise
            self._reopen()
            yield from self._stream(*args)

    def _stream(self, question: str, history: list[tuple[str, str]], top_k: int | None,
                mode: Mode | None, scope: Scope | None) -> Generator[str | Answer, None, None]:
        started = time.perf_counter()
        self.refresh()
        notices: list[str] = []
        standalone = as_question(normal_form(self._standalone(question, history, notices)))
        hits = self._retrieve(standalone, top_k, mode, scope)
        standalone = truecased(standalone, [h.chunk.text for h in hits])  # names typed in lower case
        recent = bool(RECENT_QUESTION.search(standalone))
        retrieved = time.perf_counter()
        if declined := _declined(standalone, hits):  # no article can answer it, whatever it retrieves
            result = Answer(question, declined, True, [], self.backend.name)
        else:
            chosen, draft = self._newest(standalone, hits) if recent else (hits, None)
            if draft is not None and self.llm is None:  # the offline answer, already composed
                backend = self.extractive.name
            else:
                draft, backend = yield from self._compose(standalone, chosen, notices)
            if draft.notice:
                notices.append(draft.notice)
            result = self._finish(question, draft, backend)
        result.rewritten = standalone if standalone.lower() != normal_form(question).lower() else ""
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
        yield result

    def _newest(self, question: str, hits: list[Hit]) -> tuple[list[Hit], Draft | None]:
        """For "latest ...": the hits of the newest date that answers, with the offline answer
        from them; else all hits and no answer. The offline scorer picks the date, so an LLM
        writes its answer once."""
        for day in sorted({h.chunk.date for h in hits if h.chunk.date}, reverse=True):
            chosen = [h for h in hits if h.chunk.date == day]
            if not (draft := self.extractive.compose(question, chosen)).refused:
                return chosen, draft
        return hits, None

    def _standalone(self, question: str, history: list[tuple[str, str]], notices: list[str]) -> str:
        """A follow-up rewritten into a question that stands on its own."""
        if not history:
            return question
        condense = getattr(self.llm, "condense", None)
        if condense is not None:
            from .llm import LLMUnavailable

            try:
                return clean_question(condense(question, history))
            except (LLMUnavailable, QuestionError) as e:
                notices.append(f"Follow-up rewritten by rule: {e}.")
        return rewrite_followup(question, history)

    def _compose(self, question: str, hits: list[Hit], notices: list[str]) -> Generator[str, None, tuple[Draft, str]]:
        """The backend's text as it streams, returning its draft; the extractive draft when
        the LLM fails."""
        from .llm import LLMUnavailable

        backend = self.backend
        try:
            for item in backend.stream(question, hits):
                if isinstance(item, Draft):
                    return item, backend.name
                yield item
            raise LLMUnavailable("the LLM backend gave no answer")
        except LLMUnavailable as e:
            notices.append(f"Extractive answer shown because {e}.")
            return self.extractive.compose(question, hits), self.extractive.name

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
        hits += self._next_chunks(hits[:NEIGHBOURED], {h.chunk.id for h in hits}, len(hits))
        hits += self._named_chunks(question, {h.chunk.id for h in hits}, len(hits), scope)
        if hits and AUTHOR_QUESTION.search(question):
            hits.append(self._byline(hits[0].chunk.source, len(hits) + 1))
        return hits

    def _named_chunks(self, question: str, have: set[str], ranked: int, scope: Scope | None) -> list[Hit]:
        """Chunks that write the question's full names word for word, when fusion left them
        out: to BM25 and to the embedding "Paul King" is two common words."""
        names = [" ".join(name) for name in name_groups(question) if len(name) > 1]
        if not names:
            return []
        # News shortens a long name to its initials after the first time: "BA" for "British Airways".
        short = {n: s for n in names if len(s := initials(n)) > 1}
        added: list[Hit] = []
        for hit in self.retriever.retrieve(" ".join([*names, *short.values()]), top_k=NAMED_DEPTH, mode="bm25",
                                           scope=scope):
            text = f"{hit.chunk.title}\n{hit.chunk.text}"
            if hit.chunk.id not in have and all(n in text or n in short and re.search(rf"\b{short[n]}\b", text, re.I)
                                                for n in names):
                added.append(Hit(hit.chunk, 0.0, ranked + len(added) + 1))
                if len(added) == NAMED_ADDED:
                    break
        return added

    def _next_chunks(self, best: list[Hit], have: set[str], ranked: int) -> list[Hit]:
        """The chunk after each of the best hits, when not retrieved: a story goes on there
        about what the best chunk names, by another word ("the film", "the company")."""
        added: list[Hit] = []
        each = self.retriever.chunks_of_each(list(dict.fromkeys(hit.chunk.source for hit in best)))
        for hit in best:
            after = next((c for c in each.get(hit.chunk.source, []) if c.char_start > hit.chunk.char_start), None)
            if after is not None and after.id not in have:
                have.add(after.id)
                added.append(Hit(after, 0.0, ranked + len(added) + 1))
        return added

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
                        raise StoreError(_unverified(c.source, self.settings.corpus_dir))
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


def _declined(question: str, hits: list[Hit]) -> str:
    """Why the question is not answered from the articles at all ("" when it is): it asks
    for an opinion, it is too vague to pin one answer down, or it is written in another
    language than the articles it retrieved (their words would match only by chance, in names)."""
    if OPINION_QUESTION.search(question):
        return OPINION
    if too_vague(question):
        return VAGUE
    articles = " ".join(h.chunk.text for h in hits[:LANGUAGE_SAMPLE])
    if articles and in_another_language(question, articles):
        name = (language(articles) or "the articles' language").capitalize()
        return f"The question seems to be in another language than the articles: please ask in {name}."
    return ""


def _unverified(source: str, corpus_dir: Path) -> str:
    """Why a quote cannot be checked against its file, and what to do."""
    if not (corpus_dir.parent / source).is_file():
        return (f"{source} is not in {corpus_dir}: the index was built from another folder; run "
                f"`rag ingest` to index this one, or set RAG_CORPUS_DIR to the folder it was built from")
    return f"{source} changed since it was indexed: run `rag ingest`"


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
