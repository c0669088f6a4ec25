"""Feedback into evals: each 👎 from the UI (`<data dir>/feedback.jsonl`) becomes a draft
golden case in `<eval out dir>/feedback-drafts.jsonl`, for a person to confirm (fill in the
facts, check the sources, then move it into a set). `rag eval --from-feedback`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from rag.errors import CorpusError


def draft_cases(feedback: Path) -> list[dict[str, Any]]:
    """One draft per question voted down (the latest vote on a question wins)."""
    if not feedback.exists():
        raise CorpusError(f"no feedback at {feedback}: vote on answers in `rag ui` first")
    latest: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(feedback.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise CorpusError(f"{feedback}:{n} is not a JSON line: fix or delete that line") from None
        if row.get("question"):
            latest[row["question"]] = row
    return [_draft(row) for row in latest.values() if row.get("vote") == "down"]


def _draft(row: dict[str, Any]) -> dict[str, Any]:
    refused = row.get("answer", "").startswith("Not in the articles")
    return {
        "id": "fb-" + hashlib.sha1(row["question"].encode()).hexdigest()[:8],
        "kind": "fact",
        "question": row["question"],
        "facts": [],  # to fill in: the values a right answer must contain
        "sources": row.get("sources", []),  # what the answer cited: check, or replace
        "must_pass": False,
        "split": "holdout",
        "status": "draft",
        "feedback": {"time": row.get("time", ""), "answer": row.get("answer", ""),
                     "note": row.get("note", ""), "was_refusal": refused},
    }


def save_drafts(drafts: list[dict[str, Any]], path: Path) -> int:
    """Add drafts not already in `path` (by id); how many were added."""
    path.parent.mkdir(parents=True, exist_ok=True)
    known = set()
    if path.exists():
        known = {json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    new = [d for d in drafts if d["id"] not in known]
    with path.open("a", encoding="utf-8") as f:
        for d in new:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return len(new)
