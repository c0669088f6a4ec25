"""The extractive backend (the offline default): answers with the articles' own sentences.

A sentence answers when it holds enough of the question's IDF-weighted terms; when none does,
the answer is a refusal. Two articles giving different dates for what is asked is a conflict.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from .citations import Draft, Evidence
from .retrieve import Hit
from .text import STOPWORDS, content_terms, sentences, stem

_WHEN = re.compile(r"^\s*(when|what (year|date|day|month)|since when|on what date|in what year)\b", re.I)
_HOW_MUCH = re.compile(r"^\s*(how (many|much|long|large|big)|what (percentage|share|amount|number))\b", re.I)
_HAS_DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b|\b\d{1,2} (January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b|\b(1[6-9]|20)\d\d\b"
)
_HAS_NUMBER = re.compile(r"\d")
AUTHOR_QUESTION = re.compile(r"\b(who (wrote|writes|authored|is the author)|author|byline|written by)\b", re.I)
# Words that shape a question but name nothing the answer must contain.
_QUESTION_ONLY = frozenset(stem(w) for w in
                           "date year day month time kind type many much long exactly "
                           "latest recent recently newest current currently nowadays today".split())
_PROPER_NOUN = re.compile(r"(?<!^)(?<![.?!] )\b[A-Z][a-z]{2,}\b")
_PARTS = re.compile(r",?\s+and\s+(?=(?:how|what|who|whom|when|where|which|why)\b)", re.I)
RECENT_QUESTION = re.compile(r"\b(latest|most recent|newest|recently|as of|current(ly)?|nowadays|today)\b", re.I)
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
        author_of = hits[0].chunk.source if hits and AUTHOR_QUESTION.search(question) else None
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


def question_parts(question: str) -> list[str]:
    """'How many X, and what Y?' -> ['How many X', 'what Y?']: each part is answered on its own."""
    return [p.strip() for p in _PARTS.split(question) if p.strip()]


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
