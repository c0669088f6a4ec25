"""The one path every door calls: question -> retrieval -> answer with verified citations."""

from __future__ import annotations

import math
import re
import time
import unicodedata
from collections import Counter
from datetime import date
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Protocol

from .citations import Citation, is_verbatim
from .config import Settings
from .errors import QuestionError, StoreError
from .retrieve import Hit, Mode, Retriever
from .text import STOPWORDS, content_terms, sentences, stem

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
    rewritten: str = ""  # the standalone question a follow-up was rewritten into
    as_of: str = ""  # for "latest ..." questions: date of the newest article cited

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
    unknown: list[str] = field(default_factory=list)  # names the articles never mention


class Backend(Protocol):
    name: str

    def compose(self, question: str, hits: list[Hit], scorer: "Scorer", **kwargs: Any) -> Draft: ...


def question_parts(question: str) -> list[str]:
    """'How many X, and what Y?' -> ['How many X', 'what Y?']: each part is answered on its own."""
    return [p.strip() for p in _PARTS.split(question) if p.strip()]


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
# Words that shape a question but name nothing the answer must contain.
_QUESTION_ONLY = frozenset(stem(w) for w in
                           "date year day month time kind type many much long exactly "
                           "latest recent recently newest current currently nowadays today".split())
_PROPER_NOUN = re.compile(r"(?<!^)(?<![.?!] )\b[A-Z][a-z]{2,}\b")
_PARTS = re.compile(r",?\s+and\s+(?=(?:how|what|who|whom|when|where|which|why)\b)", re.I)
_RECENT = re.compile(r"\b(latest|most recent|newest|recently|as of|current(ly)?|nowadays|today)\b", re.I)
_FOLLOWUP = re.compile(r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her)\b|^(and|so|what about|how about)\b", re.I)
_WH = frozenset("what when where which who whom whose why how much many long was were is are did do does will".split())
FOLLOWUP_MAX_TERMS = 3  # a follow-up leans on context; a longer question carries its own
CONTEXT_WEIGHT = 0.5  # terms of the title and previous sentence count half: "it gave ..." 
_FULL_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s(\d{1,2}),\s(\d{4})\b"
)
_TOKEN = re.compile(r"\d[\d,.]*\d|\w+")


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
        terms = [t for t in dict.fromkeys(content_terms(question)) if t not in _QUESTION_ONLY]
        return {t: self.idf.get(t, self.unseen_idf) for t in terms}

    def unknown_names(self, question: str) -> list[str]:
        """Capitalised names the articles never mention: they cannot be about them."""
        return [w for w in _PROPER_NOUN.findall(question) if content_terms(w) and
                all(t not in self.idf for t in content_terms(w))]

    def evidence(self, question: str, hits: list[Hit]) -> list[Evidence]:
        weights = self.weights(question)
        if not weights:
            return []
        wants = _HAS_DATE if _WHEN.search(question) else _HAS_NUMBER if _HOW_MUCH.search(question) else None
        # "Who wrote the article about X": the byline of the best-matching article answers.
        author_of = hits[0].chunk.source if hits and _AUTHOR.search(question) else None
        seen: set[tuple[str, int]] = set()
        out = []
        for hit in hits:
            chunk = hit.chunk
            about = set(content_terms(f"{chunk.title} {chunk.date[:4]}"))
            context, previous = about, []
            for s, e in sentences(chunk.text):
                sentence = chunk.text[s:e]
                terms = set(content_terms(sentence))
                key = (chunk.source, chunk.char_start + s)
                if key not in seen:  # overlapping chunks repeat sentences
                    seen.add(key)
                    coverage = self._coverage(weights, terms, context)
                    if chunk.source == author_of and chunk.author and chunk.author in sentence:
                        coverage = 1.0
                    score = coverage * (1.0 if wants is None or wants.search(sentence) else 0.6)
                    score += 0.02 / hit.rank  # ties go to the better-retrieved chunk
                    # A sentence that adds almost nothing to the question ("The treaty gives
                    # Australia access ...") leans on the one before it: quote both.
                    first = previous[0] if previous and len(terms - weights.keys()) <= 3 else s
                    out.append(Evidence(hit, chunk.char_start + first, chunk.char_start + e,
                                        chunk.text[first:e], score, coverage))
                context, previous = terms | about, (previous + [s])[-2:]
        return sorted(out, key=lambda ev: -ev.score)

    @staticmethod
    def _coverage(weights: dict[str, float], terms: set[str], context: set[str]) -> float:
        """Weighted share of question terms in the sentence; title, article year and the
        previous sentence count half. Context alone never makes a sentence an answer."""
        if not terms & weights.keys():
            return 0.0
        held = sum(w if t in terms else CONTEXT_WEIGHT * w if t in context else 0.0 for t, w in weights.items())
        return held / sum(weights.values())


# --- the extractive backend ------------------------------------------------------------


class Extractive:
    """Answers with the article's own sentences; refuses when no sentence supports one."""

    name = "extractive"
    support_threshold = 0.5  # share of the question's weighted terms a sentence must hold
    relative_threshold = 0.8  # further sentences must score this close to the best
    conflict_ratio = 0.5  # a disagreeing source must be about as relevant as the best one
    max_sentences = 3

    def compose(self, question: str, hits: list[Hit], scorer: Scorer, **_: Any) -> Draft:
        parts = question_parts(question)
        drafts = [self._compose_one(p, scorer.evidence(p, hits), scorer.weights(p), len(parts) > 1)
                  for p in parts]
        answered = [d for d in drafts if not d.refused]
        if not answered:
            return Draft([], refused=True)
        merged, used = [], set()
        for d in answered:
            for sentence, cited in d.parts:
                if all((ev.start, ev.end) not in used for ev in cited):
                    merged.append((sentence, cited))
                    used.update((ev.start, ev.end) for ev in cited)
        return Draft(merged, refused=False, conflict=any(d.conflict for d in answered))

    def _compose_one(self, question: str, evidence: list[Evidence], weights: dict[str, float],
                     per_part: bool) -> Draft:
        supported = [ev for ev in evidence if ev.coverage >= self.support_threshold]
        if not supported:
            return Draft([], refused=True)
        if conflict := self._conflict(question, supported, weights):
            (a, day_a), (b, day_b) = conflict
            return Draft(
                [(f"The sources disagree: one article gives {day_a}", [a]),
                 (f"and another gives {day_b}.", [b])],
                refused=False, conflict=True,
            )
        best = supported[0]
        limit = 1 if per_part else self.max_sentences
        chosen = [best] + [
            ev for ev in supported[1:] if ev.score >= self.relative_threshold * best.score
        ][: limit - 1]
        return Draft([(ev.text, [ev]) for ev in chosen], refused=False)

    def _conflict(
        self, question: str, supported: list[Evidence], weights: dict[str, float]
    ) -> tuple[tuple[Evidence, str], tuple[Evidence, str]] | None:
        """Two articles giving different dates in the same year for what the question asks."""
        if not _WHEN.search(question):
            return None
        best = supported[0]
        per_source: dict[str, tuple[Evidence, str]] = {}
        for ev in supported:
            if ev.coverage < self.conflict_ratio * best.coverage:
                break
            day = _asked_date(ev.text, weights)
            if day and ev.hit.chunk.source not in per_source:
                per_source[ev.hit.chunk.source] = (ev, day)
        found = list(per_source.values())
        for i, (a, day_a) in enumerate(found):
            for b, day_b in found[i + 1:]:
                if day_a != day_b and day_a[-4:] == day_b[-4:]:
                    return (a, day_a), (b, day_b)
        return None


def rewrite_followup(question: str, history: list[tuple[str, str]]) -> str:
    """Rule-based condense step for the extractive backend: a follow-up that leans on the last
    question ("Who signed it?") gets that question's topic words appended. A question with
    enough words of its own ("And who signed the 2001 treaty for China?") stands alone."""
    if not _FOLLOWUP.search(question) or len(set(content_terms(question))) > FOLLOWUP_MAX_TERMS:
        return question
    have = {w.lower() for w in re.findall(r"[\w‑-]+", question)}
    topic = [w for w in re.findall(r"[\w‑-]+", history[-1][0])
             if w.lower() not in STOPWORDS | _WH and w.lower() not in have]
    if not topic:
        return question
    return f"{question.rstrip(' ?')} ({' '.join(dict.fromkeys(topic))})?"


def _day(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QuestionError(f"--{name} {value!r} is not a date: use YYYY-MM-DD, e.g. 2022-01-01") from None


def _asked_date(sentence: str, weights: dict[str, float]) -> str | None:
    """The full date nearest the sentence's most specific question term: in "signed on July 16,
    2001, and in effect since Feb. 28, 2002", a question about 'effect' asks for the second."""
    dates = list(_FULL_DATE.finditer(sentence))
    if not dates:
        return None
    anchors = [(weights[t], m.start()) for m in _TOKEN.finditer(sentence)
               for t in content_terms(m.group()) if t in weights]
    if not anchors:
        return " ".join(dates[0].group().split())
    at = max(anchors)[1]
    nearest = min(dates, key=lambda d: min(abs(d.start() - at), abs(d.end() - at)))
    return " ".join(nearest.group().split())


# --- the shared entry point ------------------------------------------------------------


class Answerer:
    """Holds what answering needs (store, retrievers, scorer), built once per process."""

    def __init__(self, settings: Settings, backend: Backend | None = None) -> None:
        from .embeddings import make_embed_model

        self.settings = settings
        self.retriever = Retriever(settings, make_embed_model(settings))
        self.scorer = Scorer([c.text for c in self.retriever.chunks.values()])
        self.fallback = Extractive()
        if backend is None and settings.llm_configured:
            from .llm import LLMBackend

            backend = LLMBackend(settings)
        self.backend: Backend = backend or self.fallback

    def answer(self, question: str, history: list[tuple[str, str]] | None = None,
               top_k: int | None = None, mode: Mode | None = None,
               since: str | None = None, until: str | None = None,
               on_token: Callable[[str], None] | None = None) -> Answer:
        """Answer one question. `history` is [(question, answer), ...] of earlier turns;
        `since`/`until` (YYYY-MM-DD) keep only articles published in that range."""
        started = time.perf_counter()
        question = clean_question(question)
        notices: list[str] = []
        standalone = self._standalone(question, history or [], notices)
        allowed = self._dated_sources(since, until)
        hits = self._retrieve(standalone, top_k, mode, allowed)
        recent = bool(_RECENT.search(standalone))
        retrieved = time.perf_counter()
        # "latest ...": the newest article that answers wins; else all of them.
        days = sorted({h.chunk.date for h in hits if h.chunk.date}, reverse=True) if recent else []
        for day in days + [None]:
            scope = [h for h in hits if day is None or h.chunk.date == day]
            draft, backend = self._compose(standalone, scope, on_token, notices)
            if not draft.refused:
                break
        result = self._finish(question, draft, backend)
        result.rewritten = standalone if standalone != question else ""
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
        if unknown := self.scorer.unknown_names(question):
            return Draft([], refused=True, unknown=unknown), self.backend.name
        if self.backend is self.fallback:
            return self.fallback.compose(question, hits, self.scorer), self.fallback.name
        from .llm import LLMUnavailable

        try:
            return self.backend.compose(question, hits, self.scorer, on_token=on_token), self.backend.name
        except LLMUnavailable as e:
            notices.append(f"Extractive answer shown because {e}.")
            return self.fallback.compose(question, hits, self.scorer), self.fallback.name

    def _dated_sources(self, since: str | None, until: str | None) -> set[str] | None:
        if not (since or until):
            return None
        lo, hi = _day(since, "since") or "0000", _day(until, "until") or "9999"
        return {c.source for c in self.retriever.chunks.values() if c.date and lo <= c.date <= hi}

    def _retrieve(self, question: str, top_k: int | None, mode: Mode | None,
                  allowed: set[str] | None = None) -> list[Hit]:
        """Hits for the question and for each of its parts, best rank first, no repeats."""
        parts = question_parts(question)
        found: dict[str, Hit] = {}
        for part in parts if len(parts) > 1 else [question]:
            for hit in self.retriever.retrieve(part, top_k=top_k, mode=mode, allowed=allowed):
                if hit.chunk.id not in found or hit.rank < found[hit.chunk.id].rank:
                    found[hit.chunk.id] = hit
        hits = sorted(found.values(), key=lambda h: h.rank)
        if hits and _AUTHOR.search(question):
            hits.append(self._byline(hits[0].chunk.source, len(hits) + 1))
        return hits

    def _byline(self, source: str, rank: int) -> Hit:
        """The chunk of an article that names its author, for "who wrote ..." questions."""
        chunks = sorted((c for c in self.retriever.chunks.values() if c.source == source),
                        key=lambda c: c.char_start)
        named = next((c for c in chunks if c.author and c.author in c.text), chunks[0])
        return Hit(named, 0.0, rank)

    def _finish(self, question: str, draft: Draft, backend: str) -> Answer:
        """Number the citations, verify each quote against its file, render `[n]` markers."""
        if draft.refused:
            text = f"The articles do not mention {', '.join(draft.unknown)}." if draft.unknown else REFUSAL
            return Answer(question, text, True, [], backend)
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
        return Answer(question, " ".join(rendered), False, list(citations.values()), backend,
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


def answer(question: str, settings: Settings, **kwargs: Any) -> Answer:
    """One-off convenience: build an Answerer and answer one question."""
    return Answerer(settings).answer(question, **kwargs)
