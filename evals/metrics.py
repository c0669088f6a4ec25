"""Eval metrics, as pure functions over plain data so each can be tested on hand-made answers.

Definitions (also printed in the report header):
- hit@k: share of answerable cases where a top-k chunk from an expected file contains a key fact.
- MRR: mean over answerable cases of 1/rank of the first such chunk (0 when none).
- key-fact recall: share of required facts (all answerable cases) stated in the answer text.
- strict pass: answerable: every fact stated, not refused, every citation verbatim and inside the
  article text, one citation from an expected file; conflict: also every value in a cited quote
  and the answer says the sources disagree; refusal: refused with no citations; comment trap:
  no citation outside the article text.
- any-source pass: strict pass, but a quote from any file that states every key fact may stand
  in for the expected file (another article may report the same fact, on a larger corpus than
  the cases were written against).
- conflicts surfaced: share of conflict cases that pass (both values, each cited, "disagree").
- comment leaks: citations outside the article's own text (reader comments, chrome), a count.
- paraphrase / holdout key-fact recall: key-fact recall over the cases tagged `paraphrase`, and
  over the held-out third of each set (split "holdout") that is never looked at while tuning.
- citation precision: share of citations (answered, answerable cases) that are verbatim in the
  file at their lines, inside the article text, and contain a key fact or come from an expected file.
- citation recall: share of required facts that some cited quote contains.
- verbatim: share of all citations whose quote stands in the file at the cited lines.
- refusal recall: share of unanswerable cases refused; false refusals: share of answerable refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import quantiles

ANSWERABLE = ("fact", "multi", "conflict")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_THOUSANDS = re.compile(r"(?<=\d)[, \u00a0\u202f](?=\d{3}(?!\d))")  # "1,000m" is "1000m"


def normalize(text: str) -> str:
    text = _DASHES.sub("-", text.replace("\u00a0", " ").replace("\u2019", "'"))
    text = _THOUSANDS.sub("", text)
    return " ".join(text.lower().split())


def contains(text: str, forms: list[str]) -> bool:
    """Whether any accepted form of a fact stands in the text."""
    haystack = normalize(text)
    return any(normalize(f) in haystack for f in forms)


@dataclass
class CitationCheck:
    source: str
    quote: str
    verbatim: bool
    in_article: bool  # inside the article's own text, not chrome or comments


@dataclass
class CaseResult:
    id: str
    kind: str
    must_pass: bool
    question: str
    answer: str
    refused: bool
    facts: list[list[str]]
    sources: list[str]
    citations: list[CitationCheck]
    retrieved: list[tuple[str, str]]  # (source, chunk text) in rank order
    timings_ms: dict[str, float] = field(default_factory=dict)
    passed: bool = False
    tags: list[str] = field(default_factory=list)
    split: str = "dev"
    short_answer: str = ""  # the value the answer leads with, when it leads with one


def first_hit_rank(r: CaseResult) -> int | None:
    for rank, (source, text) in enumerate(r.retrieved, 1):
        if source in r.sources and any(contains(text, forms) for forms in r.facts):
            return rank
    return None


def facts_stated(r: CaseResult) -> int:
    return sum(contains(r.answer, forms) for forms in r.facts)


def facts_cited(r: CaseResult) -> int:
    return sum(any(contains(c.quote, forms) for c in r.citations) for forms in r.facts)


def citation_precise(r: CaseResult, c: CitationCheck) -> bool:
    relevant = c.source in r.sources or any(contains(c.quote, forms) for forms in r.facts)
    return c.verbatim and c.in_article and relevant


_DISAGREE = re.compile(r"\b(disagree|conflict|differ)", re.I)


def strict_pass(r: CaseResult) -> bool:
    clean = all(c.verbatim and c.in_article for c in r.citations)
    if r.kind == "refusal":
        return r.refused and not r.citations
    if r.kind == "comment-trap":
        return clean
    answered = (
        not r.refused
        and clean
        and facts_stated(r) == len(r.facts)
        and any(c.source in r.sources for c in r.citations)
    )
    if r.kind == "conflict":
        return answered and facts_cited(r) == len(r.facts) and bool(_DISAGREE.search(r.answer))
    return answered


def passes_from_any_source(r: CaseResult) -> bool:
    if r.passed or r.kind not in ("fact", "multi"):
        return r.passed
    return (not r.refused and all(c.verbatim and c.in_article for c in r.citations)
            and facts_stated(r) == len(r.facts) and facts_cited(r) == len(r.facts))


def key_fact_recall(results: list[CaseResult]) -> float:
    answerable = [r for r in results if r.kind in ANSWERABLE]
    return _ratio(sum(facts_stated(r) for r in answerable), sum(len(r.facts) for r in answerable))


def _ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 1.0


def percentile(values: list[float], q: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return round(values[0], 2)
    return round(quantiles(values, n=100, method="inclusive")[q - 1], 2)


def summarize(results: list[CaseResult], k: int) -> dict[str, float]:
    answerable = [r for r in results if r.kind in ANSWERABLE]
    unanswerable = [r for r in results if r.kind == "refusal"]
    answered = [r for r in answerable if not r.refused]
    ranks = [first_hit_rank(r) for r in answerable]
    cites = [(r, c) for r in answered for c in r.citations]
    all_cites = [c for r in results for c in r.citations]
    summary = {
        f"hit@{k}": _ratio(sum(1 for x in ranks if x is not None and x <= k), len(answerable)),
        "mrr": _ratio(sum(1 / x for x in ranks if x), len(answerable)),
        "key_fact_recall": key_fact_recall(results),
        "strict_pass_rate": _ratio(sum(r.passed for r in results), len(results)),
        "any_source_pass_rate": _ratio(sum(passes_from_any_source(r) for r in results), len(results)),
        "citation_precision": _ratio(sum(citation_precise(r, c) for r, c in cites), len(cites)),
        "citation_recall": _ratio(sum(facts_cited(r) for r in answered), sum(len(r.facts) for r in answered)),
        "verbatim_rate": _ratio(sum(c.verbatim for c in all_cites), len(all_cites)),
        "refusal_recall": _ratio(sum(r.refused for r in unanswerable), len(unanswerable)),
        "false_refusal_rate": _ratio(sum(r.refused for r in answerable), len(answerable)) if answerable else 0.0,
        "must_pass_failed": float(sum(r.must_pass and not r.passed for r in results)),
        "comment_leaks": float(sum(not c.in_article for c in all_cites)),
    }
    # The value an answer leads with is what a reader takes away: it should be a key fact.
    led = [r for r in answered if r.kind == "fact" and r.short_answer]
    if led:
        summary["short_answer_precision"] = _ratio(
            sum(any(contains(r.short_answer, forms) for forms in r.facts) for r in led), len(led))
    conflicts = [r for r in results if r.kind == "conflict"]
    if conflicts:
        summary["conflicts_surfaced"] = _ratio(sum(r.passed for r in conflicts), len(conflicts))
    if paraphrased := [r for r in results if "paraphrase" in r.tags]:
        summary["paraphrase_key_fact_recall"] = key_fact_recall(paraphrased)
    if held_out := [r for r in results if r.split == "holdout"]:
        summary["holdout_key_fact_recall"] = key_fact_recall(held_out)
    for stage in ("retrieve", "answer", "total"):
        values = [r.timings_ms.get(stage, 0.0) for r in results]
        summary[f"{stage}_ms_p50"] = percentile(values, 50)
        summary[f"{stage}_ms_p95"] = percentile(values, 95)
    return summary
