"""`rag eval`: run the golden questions through the shared answer path, score, compare."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rag.answer import Answerer
from rag.citations import Citation, is_verbatim
from rag.config import Settings
from rag.documents import load_corpus

from .metrics import CaseResult, CitationCheck, strict_pass, summarize

HERE = Path(__file__).parent
GOLDEN = HERE / "golden.jsonl"
BASELINE = HERE / "baseline.json"
THRESHOLDS = HERE / "thresholds.json"
LOWER_IS_BETTER = {"false_refusal_rate", "must_pass_failed"}


@dataclass
class Outcome:
    results: list[CaseResult]
    summary: dict[str, float]
    ablation: dict[str, dict[str, float]]
    flips: list[tuple[str, bool, bool]]  # (case id, was passing, passes now)
    failures: list[str]  # why the run fails the gate
    judge: dict[str, float] | None = None  # LLM judge, when an LLM is configured; not gating

    @property
    def ok(self) -> bool:
        return not self.failures


def load_cases(path: Path = GOLDEN) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_cases(answerer: Answerer, cases: list[dict[str, Any]], mode: str | None = None) -> list[CaseResult]:
    settings = answerer.settings
    root = settings.corpus_dir.parent
    spans = {a.source: a.spans for a in load_corpus(settings.corpus_dir)}

    def inside(c: Citation) -> bool:
        return any(s <= c.char_start and c.char_end <= e for s, e in spans.get(c.source, ()))

    results = []
    for case in cases:
        answer = answerer.answer(case["question"], mode=mode)  # type: ignore[arg-type]
        r = CaseResult(
            id=case["id"], kind=case["kind"], must_pass=case["must_pass"], question=case["question"],
            answer=answer.answer, refused=answer.refused, facts=case["facts"], sources=case["sources"],
            citations=[CitationCheck(c.source, c.quote, is_verbatim(c, root), inside(c)) for c in answer.citations],
            retrieved=[(c.source, c.text) for c in answer.retrieved],
            timings_ms=answer.timings_ms,
        )
        r.passed = strict_pass(r)
        results.append(r)
    return results


def evaluate(settings: Settings, cases: list[dict[str, Any]], baseline_path: Path = BASELINE,
             ablation: bool = True) -> Outcome:
    answerer = Answerer(settings)
    results = run_cases(answerer, cases)
    summary = summarize(results, settings.top_k)
    modes = ("dense", "bm25", "hybrid") if ablation else ()
    table = {m: summarize(run_cases(answerer, cases, mode=m), settings.top_k) for m in modes}
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {"cases": {}}
    flips = [
        (r.id, baseline["cases"][r.id], r.passed)
        for r in results if r.id in baseline["cases"] and baseline["cases"][r.id] != r.passed
    ]
    verdicts = None
    if settings.llm_configured:
        from .judge import judge

        verdicts = judge(settings, results)
    return Outcome(results, summary, table, flips, gate(results, summary), verdicts)


def gate(results: list[CaseResult], summary: dict[str, float]) -> list[str]:
    failures = [f"must-pass case failed: {r.id}" for r in results if r.must_pass and not r.passed]
    for name, limit in json.loads(THRESHOLDS.read_text()).items():
        value = summary.get(name)
        if value is None:
            continue
        bad = value > limit if name in LOWER_IS_BETTER else value < limit
        if bad:
            failures.append(f"{name} = {value} is {'above' if name in LOWER_IS_BETTER else 'below'} {limit}")
    return failures


def write_outputs(outcome: Outcome, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "results.jsonl", "w", encoding="utf-8") as f:
        for r in outcome.results:
            f.write(json.dumps(asdict(r) | {"retrieved": [s for s, _ in r.retrieved]}, ensure_ascii=False) + "\n")
    (out_dir / "summary.json").write_text(
        json.dumps({"summary": outcome.summary, "ablation": outcome.ablation, "judge": outcome.judge,
                    "failures": outcome.failures}, indent=2)
    )
    (out_dir / "report.md").write_text(report_markdown(outcome))
    (out_dir / "report.html").write_text(report_html(outcome))


def save_baseline(outcome: Outcome, path: Path = BASELINE) -> None:
    path.write_text(json.dumps({
        "metrics": outcome.summary,
        "cases": {r.id: r.passed for r in outcome.results},
    }, indent=2, sort_keys=True) + "\n")


def report_markdown(outcome: Outcome, baseline_path: Path = BASELINE) -> str:
    from . import metrics

    base = json.loads(baseline_path.read_text())["metrics"] if baseline_path.exists() else {}
    lines = ["# Eval report", "", "```", metrics.__doc__.strip(), "```", "",
             "| metric | value | baseline |", "|---|---:|---:|"]
    for name, value in outcome.summary.items():
        lines.append(f"| {name} | {value} | {base.get(name, '-')} |")
    if outcome.ablation:
        names = [n for n in outcome.summary if not n.endswith(("_p50", "_p95")) and n != "must_pass_failed"]
        lines += ["", "## Retrieval ablation (same questions)", "",
                  "| mode | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
        for mode, s in outcome.ablation.items():
            lines.append(f"| {mode} | " + " | ".join(str(s[n]) for n in names) + " |")
    if outcome.judge is not None:
        lines += ["", "## LLM judge (faithfulness of answers to their quotes; not gating)", ""]
        lines += [f"- {k}: {v}" for k, v in outcome.judge.items()]
    failed = [r for r in outcome.results if not r.passed]
    lines += ["", f"## Failing cases ({len(failed)})", ""]
    lines += [f"- `{r.id}` ({r.kind}{', must-pass' if r.must_pass else ''}): {r.question} -> "
              f"{r.answer[:160]!r}" for r in failed]
    if outcome.flips:
        lines += ["", "## Flipped against the baseline", ""]
        lines += [f"- `{i}`: {'pass' if was else 'fail'} -> {'pass' if now else 'fail'}" for i, was, now in outcome.flips]
    return "\n".join(lines) + "\n"



def report_html(outcome: Outcome, baseline_path: Path = BASELINE) -> str:
    """One self-contained page: a bar chart of the gated metrics against the baseline, then
    every question with its verdict and answer."""
    from html import escape

    base = json.loads(baseline_path.read_text())["metrics"] if baseline_path.exists() else {}
    names = [n for n in json.loads(THRESHOLDS.read_text()) if n != "must_pass_failed"]
    bars = []
    for i, name in enumerate(names):
        y = 20 + i * 34
        now, was = outcome.summary.get(name, 0.0), base.get(name, 0.0)
        bars.append(
            f'<text x="0" y="{y + 12}">{escape(name)}</text>'
            f'<rect x="170" y="{y}" width="{300 * was:.0f}" height="12" fill="#cbd5e1"/>'
            f'<rect x="170" y="{y + 13}" width="{300 * now:.0f}" height="12" fill="#2563eb"/>'
            f'<text x="480" y="{y + 24}">{now} (baseline {was})</text>'
        )
    chart = (f'<svg width="640" height="{30 + 34 * len(names)}" font-family="sans-serif" font-size="12">'
             + "".join(bars) + "</svg>")
    rows = "".join(
        f"<tr class='{'pass' if r.passed else 'fail'}'><td>{escape(r.id)}</td><td>{r.kind}</td>"
        f"<td>{'must' if r.must_pass else ''}</td><td>{'pass' if r.passed else 'FAIL'}</td>"
        f"<td>{escape(r.question)}</td><td>{escape(r.answer)}</td></tr>"
        for r in outcome.results
    )
    return f"""<!doctype html><meta charset="utf-8"><title>rag eval</title>
<style>body{{font-family:sans-serif;margin:2em}} td{{vertical-align:top;padding:4px;border-bottom:1px solid #ddd}}
tr.fail{{background:#fee2e2}}</style>
<h1>Eval report</h1><p>Grey: baseline; blue: this run.</p>{chart}
<h2>Questions</h2><table><tr><th>id</th><th>kind</th><th></th><th>verdict</th><th>question</th><th>answer</th></tr>
{rows}</table>"""
