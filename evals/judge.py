"""Optional LLM judge (llama-index FaithfulnessEvaluator): reported apart, never gating."""

from __future__ import annotations

from rag.citations import strip_markers
from rag.config import Settings

from .metrics import CaseResult


def judge(settings: Settings, results: list[CaseResult]) -> dict[str, float]:
    """Share of answered cases whose answer the LLM finds supported by the cited quotes."""
    from llama_index.core.evaluation import FaithfulnessEvaluator

    from rag.llm import make_llm

    evaluator = FaithfulnessEvaluator(llm=make_llm(settings))
    answered = [r for r in results if not r.refused and r.citations]
    verdicts = []
    for r in answered:
        try:
            verdict = evaluator.evaluate(query=r.question, response=strip_markers(r.answer),
                                         contexts=[c.quote for c in r.citations])
        except Exception:  # a judge that fails is reported as such, never a crash
            continue
        verdicts.append(bool(verdict.passing))  # None: the judge gave no verdict
    return {
        "judge_faithfulness": round(sum(verdicts) / len(verdicts), 4) if verdicts else 0.0,
        "judged": float(len(verdicts)),
        "judge_errors": float(len(answered) - len(verdicts)),
    }
