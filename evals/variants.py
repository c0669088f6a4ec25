"""How the answerer holds up when a question is typed the way people type: the same fact
questions asked in lower case, in capitals, without the question mark, and wrapped in asking
("Can you tell me ...", "Please tell me ..."). Prints a table; nothing here gates.

    python -m evals.variants [--set bbc] [--n 120] [--data-dir .rag/ci]

Only questions the answerer gets right as written are asked again, so each column is the share
of those it still gets right.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from rag.answer import Answer, Answerer
from rag.config import load_settings
from rag.ingest import ingest

from .metrics import contains
from .sets import SETS, materialise


def _lowered(question: str) -> str:
    return question[:1].lower() + question[1:]


VARIANTS: dict[str, Callable[[str], str]] = {
    "lower case": str.lower,
    "capitals": str.upper,
    "no question mark": lambda q: q.rstrip("?").strip(),
    "Can you tell me ...": lambda q: f"Can you tell me {_lowered(q)}",
    "please tell me ...": lambda q: f"please tell me {q.lower().rstrip('?')}",
}


def right(answer: Answer, facts: list[list[str]]) -> bool:
    return not answer.refused and all(contains(answer.answer, forms) for forms in facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", default="bbc", choices=sorted(SETS))
    parser.add_argument("--n", type=int, default=120, help="fact questions asked, in file order")
    parser.add_argument("--data-dir", type=Path, default=Path(".rag/ci"))
    args = parser.parse_args()
    eval_set = SETS[args.set]
    base = load_settings(data_dir=args.data_dir, use_llm=False)
    materialise(eval_set, base)
    settings = eval_set.settings(base)
    ingest(settings)
    answerer = Answerer(settings)
    cases = [c for c in eval_set.cases() if c["kind"] == "fact"][:args.n]
    kept = [c for c in cases if right(answerer.answer(c["question"]), c["facts"])]
    print(f"{args.set}: {len(kept)} of the first {len(cases)} fact questions answered right as written\n")
    print("| typed as | answered right |\n|---|---:|")
    for name, typed in VARIANTS.items():
        held = sum(right(answerer.answer(typed(c["question"])), c["facts"]) for c in kept)
        print(f"| {name} | {held}/{len(kept)} ({held / max(len(kept), 1):.3f}) |")


if __name__ == "__main__":
    main()
