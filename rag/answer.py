"""The one path every door calls: question -> retrieval -> answer with verified citations."""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Protocol

from .citations import Citation, is_verbatim
from .config import Settings
from .errors import QuestionError, StoreError
from .retrieve import Hit, Mode, Retriever
from .text import content_terms, sentences

MAX_QUESTION_CHARS = 2000
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
    notice: str = ""  # e.g. why the LLM answer fell back to the extractive one

    def to_json(self) -> dict[str, object]:
        """The `rag ask --json` schema."""
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "citations": [
                {k: v for k, v in asdict(c).items() if k not in ("char_start", "char_end", "date")}
                for c in self.citations
            ],
            "backend": self.backend,
            "timings_ms": self.timings_ms,
        }


@dataclass(frozen=True)
class Evidence:
    """A sentence of a retrieved chunk, scored against the question."""

    hit: Hit
    start: int  # offsets in the file
    end: int
    text: str
    score: float
    coverage: float


@dataclass(frozen=True)
class Draft:
    """What a backend composes: sentences, each with the evidence it cites."""

    parts: list[tuple[str, list[Evidence]]]
    refused: bool
    conflict: bool = False


class Backend(Protocol):
    name: str

    def compose(self, question: str, evidence: list[Evidence]) -> Draft: ...


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


# --- evidence: sentences of the retrieved chunks, scored -------------------------------

_WHEN = re.compile(r"^\s*(when|what (year|date|day|month)|since when|on what date|in what year)\b", re.I)
_HOW_MUCH = re.compile(r"^\s*(how (many|much|long|large|big)|what (percentage|share|amount|number))\b", re.I)
_HAS_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b\d{1,2} (January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b|\b(1[6-9]|20)\d\d\b"
)
_HAS_NUMBER = re.compile(r"\d")
_AUTHOR = re.compile(r"\b(who (wrote|writes|authored|is the author)|author|byline|written by)\b", re.I)
CONTEXT_WEIGHT = 0.5  # terms of the title and previous sentence count half: "it gave ..." 
_FULL_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r" (\d{1,2}), (\d{4})\b"
)


class Scorer:
    """Scores sentences by how much of the question's meaning they contain (IDF-weighted)."""

    def __init__(self, texts: list[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for text in texts:
            for s, e in sentences(text):
                df.update(set(content_terms(text[s:e])))
                n += 1
        self.idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self.unseen_idf = math.log((n + 1) / 0.5)  # a term the corpus never uses weighs most

    def weights(self, question: str) -> dict[str, float]:
        return {t: self.idf.get(t, self.unseen_idf) for t in dict.fromkeys(content_terms(question))}

    def evidence(self, question: str, hits: list[Hit]) -> list[Evidence]:
        weights = self.weights(question)
        total = sum(weights.values())
        if not total:
            return []
        wants = _HAS_DATE if _WHEN.search(question) else _HAS_NUMBER if _HOW_MUCH.search(question) else None
        # "Who wrote the article about X": the byline of the best-matching article answers.
        author_of = hits[0].chunk.source if hits and _AUTHOR.search(question) else None
        seen: set[tuple[str, int]] = set()
        out = []
        for hit in hits:
            text = hit.chunk.text
            context = set(content_terms(hit.chunk.title))
            for s, e in sentences(text):
                sentence = text[s:e]
                terms = set(content_terms(sentence))
                key = (hit.chunk.source, hit.chunk.char_start + s)
                if key in seen:  # overlapping chunks repeat sentences
                    context = terms
                    continue
                seen.add(key)
                coverage = sum(
                    w if t in terms else CONTEXT_WEIGHT * w if t in context else 0.0
                    for t, w in weights.items()
                ) / total
                if not terms & weights.keys():
                    coverage = 0.0  # context alone never makes a sentence an answer
                if hit.chunk.source == author_of and hit.chunk.author and hit.chunk.author in sentence:
                    coverage = 1.0
                context = terms | set(content_terms(hit.chunk.title))
                score = coverage * (1.0 if wants is None or wants.search(sentence) else 0.6)
                score += 0.02 / hit.rank  # ties go to the better-retrieved chunk
                out.append(Evidence(hit, key[1], key[1] + (e - s), sentence, score, coverage))
        return sorted(out, key=lambda ev: -ev.score)


# --- the extractive backend ------------------------------------------------------------


class Extractive:
    """Answers with the article's own sentences; refuses when no sentence supports one."""

    name = "extractive"
    support_threshold = 0.5  # share of the question's weighted terms a sentence must hold
    relative_threshold = 0.8  # further sentences must score this close to the best
    max_sentences = 3

    def compose(self, question: str, evidence: list[Evidence]) -> Draft:
        supported = [ev for ev in evidence if ev.coverage >= self.support_threshold]
        if not supported:
            return Draft([], refused=True)
        if conflict := self._conflict(question, supported):
            (a, day_a), (b, day_b) = conflict
            return Draft(
                [(f"The sources disagree: one article gives {day_a}", [a]),
                 (f"and another gives {day_b}.", [b])],
                refused=False, conflict=True,
            )
        best = supported[0]
        chosen = [best] + [
            ev for ev in supported[1:] if ev.score >= self.relative_threshold * best.score
        ][: self.max_sentences - 1]
        return Draft([(ev.text, [ev]) for ev in chosen], refused=False)

    def _conflict(
        self, question: str, supported: list[Evidence]
    ) -> tuple[tuple[Evidence, str], tuple[Evidence, str]] | None:
        """Two articles giving different dates in the same year for what the question asks."""
        if not _WHEN.search(question):
            return None
        best_per_source: dict[str, tuple[Evidence, set[tuple[str, str, str]]]] = {}
        for ev in supported:
            dates = set(_FULL_DATE.findall(ev.text))
            if dates and ev.hit.chunk.source not in best_per_source:
                best_per_source[ev.hit.chunk.source] = (ev, dates)
        found = list(best_per_source.values())
        for i, (a, da) in enumerate(found):
            for b, db in found[i + 1 :]:
                same_year_other_day = {(m, d) for m, d, y in da} != {(m, d) for m, d, y in db} and (
                    {y for *_, y in da} & {y for *_, y in db}
                )
                if not (da & db) and same_year_other_day:
                    return (a, " ".join(_FULL_DATE.search(a.text).group().split())), (
                        b, " ".join(_FULL_DATE.search(b.text).group().split()))
        return None


# --- the shared entry point ------------------------------------------------------------


class Answerer:
    """Holds what answering needs (store, retrievers, scorer), built once per process."""

    def __init__(self, settings: Settings, backend: Backend | None = None) -> None:
        from .embeddings import make_embed_model

        self.settings = settings
        self.retriever = Retriever(settings, make_embed_model(settings))
        self.scorer = Scorer([c.text for c in self.retriever.chunks.values()])
        self.backend: Backend = backend or Extractive()

    def answer(self, question: str, top_k: int | None = None, mode: Mode | None = None) -> Answer:
        started = time.perf_counter()
        question = clean_question(question)
        hits = self.retriever.retrieve(question, top_k=top_k, mode=mode)
        if hits and _AUTHOR.search(question):
            hits.append(self._byline(hits[0].chunk.source, len(hits) + 1))
        retrieved = time.perf_counter()
        draft = self.backend.compose(question, self.scorer.evidence(question, hits))
        result = self._finish(question, draft)
        done = time.perf_counter()
        result.timings_ms = {
            "retrieve": round((retrieved - started) * 1000, 2),
            "answer": round((done - retrieved) * 1000, 2),
            "total": round((done - started) * 1000, 2),
        }
        return result

    def _byline(self, source: str, rank: int) -> Hit:
        """The chunk of an article that names its author, for "who wrote ..." questions."""
        chunks = sorted((c for c in self.retriever.chunks.values() if c.source == source),
                        key=lambda c: c.char_start)
        named = next((c for c in chunks if c.author and c.author in c.text), chunks[0])
        return Hit(named, 0.0, rank)

    def _finish(self, question: str, draft: Draft) -> Answer:
        """Number the citations, verify each quote against its file, render `[n]` markers."""
        if draft.refused:
            return Answer(question, REFUSAL, True, [], self.backend.name)
        root = self.settings.corpus_dir.parent
        citations: dict[tuple[str, int, int], Citation] = {}
        rendered = []
        for sentence, cited in draft.parts:
            marks = []
            for ev in cited:
                key = (ev.hit.chunk.source, ev.start, ev.end)
                if key not in citations:
                    c = _citation(len(citations) + 1, ev)
                    if not is_verbatim(c, root):
                        raise StoreError(f"{c.source} changed since it was indexed: run `rag ingest`")
                    citations[key] = c
                marks.append(f"[{citations[key].n}]")
            rendered.append(" ".join([sentence, *marks]))
        return Answer(question, " ".join(rendered), False, list(citations.values()), self.backend.name,
                      conflict=draft.conflict)


def _citation(n: int, ev: Evidence) -> Citation:
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
    )


def answer(question: str, settings: Settings) -> Answer:
    """One-off convenience: build an Answerer and answer one question."""
    return Answerer(settings).answer(question)
