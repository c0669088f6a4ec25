"""Calibrate the extractive answerer's fusion weight and its one refusal threshold on the
eval sets' dev split (the held-out third is never read here).

    python -m evals.calibrate [--data-dir .rag/ci]

For every single-part dev question it keeps the fitting candidate sentences (a value of the
asked kind, the question's qualifiers) with their meaning and word-coverage scores. Then, for
each weight of meaning against words and each threshold, an answerable question counts as
right when the best sentence above the threshold states one of its accepted answers, and an
unanswerable one when no sentence reaches the threshold. The printed table shows both rates;
the pair with the best mean is the one to set as `MEANING_WEIGHT` and
`Extractive.support_threshold` in rag/extractive.py. Means within 0.01 of the best count as a
tie (the unanswerable dev questions are few, so the mean is noisy), and a tie goes to the pair
that answers more questions right: refusing is for when the evidence is weak, not a way to
score.

The table reads each sentence whole. The answerer's second reading of a long sentence, by the
clause around its value, happens only at the shipped threshold, so it is not in the sweep.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rag.answer import Answerer
from rag.config import load_settings
from rag.extractive import MEANING_WEIGHT, QUALIFIER_PENALTY, TYPE_BONUS, question_parts
from rag.ingest import ingest

from .metrics import contains
from .sets import SETS, materialise

ANSWERABLE = ("fact", "conflict")


def candidates(answerer: Answerer, question: str) -> list[tuple[float, float, float, str]]:
    """(meaning, coverage, bonus, text) of the fitting sentences, as the scorer sees them."""
    hits = answerer._retrieve(question, None, None)
    out = []
    for ev in answerer.extractive.scorer.evidence(question, hits):
        if not ev.fits:
            continue
        meaning = (ev.support - (1 - MEANING_WEIGHT) * ev.coverage) / MEANING_WEIGHT
        bonus = ev.score - ev.support  # type bonus, qualifier penalty, rank tie-break
        out.append((meaning, ev.coverage, bonus, ev.text))
    return out


def collect(data_dir: Path) -> list[tuple[dict[str, Any], list[tuple[float, float, float, str]]]]:
    base = load_settings(data_dir=data_dir, use_llm=False)
    rows = []
    for eval_set in (s for s in SETS.values() if s.available):
        materialise(eval_set, base)
        settings = eval_set.settings(base)
        ingest(settings)
        answerer = Answerer(settings)
        for case in eval_set.cases():
            single = len(question_parts(case["question"])) == 1
            if case.get("split") == "holdout" or case.get("since") or case.get("until") or not single:
                continue
            if case["kind"] in ANSWERABLE + ("refusal",):
                rows.append((case, candidates(answerer, case["question"])))
    return rows


def rates(rows: list[Any], weight: float, threshold: float) -> tuple[float, float]:
    right = refused = answerable = unanswerable = 0
    for case, cands in rows:
        scored = [(weight * m + (1 - weight) * c, bonus, text) for m, c, bonus, text in cands]
        above = [(s + bonus, text) for s, bonus, text in scored if s >= threshold]
        if case["kind"] == "refusal":
            unanswerable += 1
            refused += not above
        else:
            answerable += 1
            best = max(above, default=None)
            right += best is not None and any(contains(best[1], forms) for forms in case["facts"])
    return right / max(answerable, 1), refused / max(unanswerable, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path(".rag/ci"))
    args = parser.parse_args()
    rows = collect(args.data_dir)
    n_answerable = sum(case["kind"] != "refusal" for case, _ in rows)
    print(f"dev questions: {n_answerable} answerable, {len(rows) - n_answerable} unanswerable "
          f"(type bonus {TYPE_BONUS}, qualifier penalty {QUALIFIER_PENALTY} fixed)")
    print("| meaning weight | threshold | answered right | refused right | mean |\n|---:|---:|---:|---:|---:|")
    table = []
    for w in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        for t in [x / 100 for x in range(30, 71, 2)]:
            right, refused = rates(rows, w, t)
            table.append(((right + refused) / 2, right, w, t))
            if t * 100 % 10 == 0 or w == MEANING_WEIGHT:
                print(f"| {w:.1f} | {t:.2f} | {right:.3f} | {refused:.3f} | {(right + refused) / 2:.3f} |")
    top = max(mean for mean, *_ in table)
    mean, _, w, t = max((row for row in table if row[0] >= top - 0.01), key=lambda row: (row[1], row[0]))
    print(f"best: meaning weight {w:.1f}, threshold {t:.2f} (mean {mean:.3f})")


if __name__ == "__main__":
    main()
