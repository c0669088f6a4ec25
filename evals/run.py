"""`rag eval`: run each set's golden questions through the shared answer path, score, compare."""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rag.answer import Answerer
from rag.citations import Citation, is_verbatim
from rag.config import Settings
from rag.documents import load_corpus

from .metrics import CaseResult, CitationCheck, strict_pass, summarize
from .sets import EvalSet

LOWER_IS_BETTER = {"false_refusal_rate", "must_pass_failed", "comment_leaks", "noise_indexed"}
# Shown in the per-set tables; latency and the rest stay in summary.json.
HEADLINE = ("strict_pass_rate", "any_source_pass_rate", "key_fact_recall", "paraphrase_key_fact_recall", "holdout_key_fact_recall",
            "short_answer_precision", "mrr", "citation_precision", "verbatim_rate", "refusal_recall", "false_refusal_rate",
            "conflicts_surfaced", "comment_leaks", "noise_indexed", "metadata_accuracy", "total_ms_p95")


@dataclass
class Outcome:
    name: str
    results: list[CaseResult]
    summary: dict[str, float]
    ablation: dict[str, dict[str, float]]
    flips: list[tuple[str, bool, bool]]  # (case id, was passing, passes now)
    failures: list[str]  # why the run fails the gate
    baseline: dict[str, float] = field(default_factory=dict)
    judge: dict[str, float] | None = None  # LLM judge, when an LLM is configured; not gating

    @property
    def ok(self) -> bool:
        return not self.failures


def run_cases(answerer: Answerer, cases: list[dict[str, Any]], mode: str | None = None,
              noise: dict[str, list[str]] | None = None) -> list[CaseResult]:
    """`noise`: per source, strings known not to be the article's words (comments, chrome)."""
    settings = answerer.settings
    root = settings.corpus_dir.parent
    spans = {a.source: a.spans for a in load_corpus(settings.corpus_dir)}
    noise = noise or {}

    def inside(c: Citation) -> bool:
        kept = any(s <= c.char_start and c.char_end <= e for s, e in spans.get(c.source, ()))
        return kept and not any(n in c.quote for n in noise.get(c.source, ()))

    results = []
    for case in cases:
        answer = answerer.answer(case["question"], mode=mode,  # type: ignore[arg-type]
                                 since=case.get("since"), until=case.get("until"))
        r = CaseResult(
            id=case["id"], kind=case["kind"], must_pass=case["must_pass"], question=case["question"],
            answer=answer.answer, refused=answer.refused, facts=case["facts"], sources=case["sources"],
            citations=[CitationCheck(c.source, c.quote, is_verbatim(c, root), inside(c)) for c in answer.citations],
            retrieved=[(c.source, c.text) for c in answer.retrieved],
            timings_ms=answer.timings_ms, tags=case.get("tags", []), split=case.get("split", "dev"),
            short_answer=answer.short_answer,
        )
        r.passed = strict_pass(r)
        results.append(r)
    return results


def read_meta(path: Path | None) -> dict[str, dict[str, Any]]:
    return json.loads(path.read_text(encoding="utf-8")) if path else {}


def metadata_checks(settings: Settings, expected: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Share of expected (title, author, date) fields that ingest read right, and how many
    known noise strings (comments, chrome) ended up in an indexed chunk."""
    from rag.store import load_chunks

    found = {a.source: a for a in load_corpus(settings.corpus_dir)}
    checks = [
        (getattr(found[source], name) if source in found else None) == fields[name]
        for source, fields in expected.items() for name in ("title", "author", "date")
    ]
    chunks = load_chunks(settings)
    indexed = sum(
        any(n in c.text for c in chunks if c.source == source)
        for source, fields in expected.items() for n in fields.get("noise", ())
    )
    return {"metadata_accuracy": round(sum(checks) / len(checks), 4) if checks else 1.0,
            "noise_indexed": float(indexed)}


def evaluate(settings: Settings, eval_set: EvalSet, ablation: bool = True,
             cases: list[dict[str, Any]] | None = None, workers: int = 1) -> Outcome:
    """Answer the set's questions with `settings` (already pointing at the set's index),
    in `workers` processes when more than one."""
    cases = eval_set.cases() if cases is None else cases
    meta = read_meta(eval_set.meta)
    noise = {source: fields.get("noise", []) for source, fields in meta.items()}
    modes: tuple[str | None, ...] = (None, "dense", "bm25", "hybrid") if ablation else (None,)
    with _Answering(settings, workers) as answering:
        runs = {m: answering.run(cases, m, noise) for m in modes}
    results = runs.pop(None)
    summary = summarize(results, settings.top_k)
    if meta:
        summary |= metadata_checks(settings, meta)
    table = {str(m): summarize(r, settings.top_k) for m, r in runs.items()}
    baseline = _read(eval_set.baseline_path) or {"cases": {}, "metrics": {}}
    flips = [
        (r.id, baseline["cases"][r.id], r.passed)
        for r in results if r.id in baseline["cases"] and baseline["cases"][r.id] != r.passed
    ]
    verdicts = None
    if settings.llm_configured:
        from .judge import judge

        verdicts = judge(settings, results)
    failures = gate(results, summary, _read(eval_set.thresholds_path) or {})
    return Outcome(eval_set.key, results, summary, table, flips, failures, baseline["metrics"], verdicts)


class _Answering:
    """One Answerer in this process, or one per worker process: each question is answered
    on its own, so splitting the cases changes no answer, only the wall time."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings, self.workers = settings, workers
        self.answerer: Answerer | None = None
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "_Answering":
        if self.workers > 1:  # spawn: a forked ONNX or Chroma runtime is not safe to use
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_start_worker, initargs=(self.settings,))
        else:
            self.answerer = Answerer(self.settings)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool:
            self.pool.shutdown(cancel_futures=True)

    def run(self, cases: list[dict[str, Any]], mode: str | None,
            noise: dict[str, list[str]]) -> list[CaseResult]:
        if self.answerer:
            return run_cases(self.answerer, cases, mode, noise)
        assert self.pool
        parts = PARTS_PER_WORKER * self.workers  # small parts: a slow worker does not hold the rest up
        done = self.pool.map(_run_part, [cases[i::parts] for i in range(parts)], [mode] * parts, [noise] * parts)
        order = [i for k in range(parts) for i in range(k, len(cases), parts)]
        ranked = zip(order, (r for part in done for r in part))
        return [r for _, r in sorted(ranked, key=lambda pair: pair[0])]


PARTS_PER_WORKER = 8
_worker_answerer: Answerer | None = None  # a worker process's own Answerer, made once


def _start_worker(settings: Settings) -> None:
    global _worker_answerer
    exit_with_parent(os.getppid())
    _worker_answerer = Answerer(settings)


def exit_with_parent(parent: int, every: float = 1.0) -> None:
    """End this worker when its parent is gone: a parent killed without shutting its pool down
    (`kill <pid>`) would otherwise leave the worker waiting for work, and holding its memory, forever."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _run_part(cases: list[dict[str, Any]], mode: str | None, noise: dict[str, list[str]]) -> list[CaseResult]:
    assert _worker_answerer is not None
    return run_cases(_worker_answerer, cases, mode, noise)


def _read(path: Path) -> dict[str, Any] | None:
    return json.loads(path.read_text()) if path.exists() else None


def gate(results: list[CaseResult], summary: dict[str, float], thresholds: dict[str, float]) -> list[str]:
    failures = [f"must-pass case failed: {r.id}" for r in results if r.must_pass and not r.passed]
    for name, limit in thresholds.items():
        value = summary.get(name)
        if value is None:
            continue
        bad = value > limit if name in LOWER_IS_BETTER else value < limit
        if bad:
            failures.append(f"{name} = {value} is {'above' if name in LOWER_IS_BETTER else 'below'} {limit}")
    return failures


def save_baseline(outcome: Outcome, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "metrics": outcome.summary,
        "ablation": outcome.ablation,
        "cases": {r.id: r.passed for r in outcome.results},
    }, indent=2, sort_keys=True) + "\n")


def overall(outcomes: list[Outcome]) -> dict[str, float]:
    """All sets' cases pooled into one summary."""
    results = [r for o in outcomes for r in o.results]
    return summarize(results, 0) if results else {}


def write_outputs(outcomes: list[Outcome], out_dir: Path, skipped: dict[str, str] | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for o in outcomes:
        set_dir = out_dir / o.name
        set_dir.mkdir(exist_ok=True)
        with open(set_dir / "results.jsonl", "w", encoding="utf-8") as f:
            for r in o.results:
                row = asdict(r) | {"retrieved": [s for s, _ in r.retrieved]}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        (set_dir / "summary.json").write_text(json.dumps(
            {"summary": o.summary, "ablation": o.ablation, "judge": o.judge, "failures": o.failures}, indent=2))
    (out_dir / "summary.json").write_text(json.dumps(
        {"sets": {o.name: o.summary for o in outcomes}, "overall": overall(outcomes), "skipped": skipped or {}},
        indent=2))
    (out_dir / "report.md").write_text(report_markdown(outcomes, skipped))
    (out_dir / "report.html").write_text(report_html(outcomes))


def _table(rows: list[tuple[str, dict[str, float]]], names: list[str]) -> list[str]:
    lines = ["| | " + " | ".join(names) + " |", "|---" + "|---:" * len(names) + "|"]
    for label, values in rows:
        lines.append(f"| {label} | " + " | ".join(str(values.get(n, "-")) for n in names) + " |")
    return lines


def report_markdown(outcomes: list[Outcome], skipped: dict[str, str] | None = None) -> str:
    from . import metrics

    lines = ["# Eval report", "", "```", (metrics.__doc__ or "").strip(), "```", ""]
    pooled = overall(outcomes)
    if pooled:
        lines += [f"**Overall** ({sum(len(o.results) for o in outcomes)} cases in {len(outcomes)} sets): "
                  + ", ".join(f"{n} {pooled[n]}" for n in HEADLINE if n in pooled), ""]
    for name, why in (skipped or {}).items():
        lines += [f"## {name}: skipped ({why})", ""]
    for o in outcomes:
        names = [n for n in HEADLINE if n in o.summary]
        lines += [f"## {o.name} ({len(o.results)} cases)", ""]
        rows = [("this run", o.summary), ("baseline", o.baseline)] + [(m, s) for m, s in o.ablation.items()]
        lines += _table(rows, names)
        if o.judge is not None:
            lines += ["", "LLM judge (faithfulness of answers to their quotes; not gating): "
                      + ", ".join(f"{k} {v}" for k, v in o.judge.items())]
        failed = [r for r in o.results if not r.passed]
        lines += ["", f"Failing cases ({len(failed)}):", ""]
        lines += [f"- `{r.id}` ({r.kind}{', must-pass' if r.must_pass else ''}): {r.question} -> "
                  f"{r.answer[:160]!r}" for r in failed]
        if o.flips:
            lines += ["", "Flipped against the baseline:", ""]
            lines += [f"- `{i}`: {'pass' if was else 'fail'} -> {'pass' if now else 'fail'}" for i, was, now in o.flips]
        if o.failures:
            lines += ["", "Gate failures:", ""] + [f"- {f}" for f in o.failures]
        lines.append("")
    return "\n".join(lines)


def report_html(outcomes: list[Outcome]) -> str:
    """One self-contained page: per set, a bar chart of the headline metrics against the
    baseline, then every question with its verdict and answer."""
    from html import escape

    sections = []
    for o in outcomes:
        names = [n for n in HEADLINE if n in o.summary and 0 <= o.summary[n] <= 1]
        bars = []
        for i, name in enumerate(names):
            y = 20 + i * 34
            now, was = o.summary.get(name, 0.0), o.baseline.get(name, 0.0)
            bars.append(
                f'<text x="0" y="{y + 12}">{escape(name)}</text>'
                f'<rect x="200" y="{y}" width="{300 * was:.0f}" height="12" fill="#cbd5e1"/>'
                f'<rect x="200" y="{y + 13}" width="{300 * now:.0f}" height="12" fill="#2563eb"/>'
                f'<text x="510" y="{y + 24}">{now} (baseline {was})</text>'
            )
        chart = (f'<svg width="680" height="{30 + 34 * len(names)}" font-family="sans-serif" font-size="12">'
                 + "".join(bars) + "</svg>")
        rows = "".join(
            f"<tr class='{'pass' if r.passed else 'fail'}'><td>{escape(r.id)}</td><td>{r.kind}</td>"
            f"<td>{'must' if r.must_pass else ''}</td><td>{'pass' if r.passed else 'FAIL'}</td>"
            f"<td>{escape(r.question)}</td><td>{escape(r.answer)}</td></tr>"
            for r in o.results
        )
        sections.append(
            f"<h2>{escape(o.name)} ({len(o.results)} cases)</h2>{chart}<table><tr><th>id</th><th>kind</th>"
            f"<th></th><th>verdict</th><th>question</th><th>answer</th></tr>{rows}</table>"
        )
    return f"""<!doctype html><meta charset="utf-8"><title>rag eval</title>
<style>body{{font-family:sans-serif;margin:2em}} td{{vertical-align:top;padding:4px;border-bottom:1px solid #ddd}}
tr.fail{{background:#fee2e2}}</style>
<h1>Eval report</h1><p>Grey: baseline; blue: this run.</p>{"".join(sections)}"""
