"""The eval sets: which questions are asked against which articles.

Each set has its own corpus, Chroma collection, baseline and thresholds. A set whose articles
come from outside the repo (bbc) is materialised under the data dir: the chosen files and the
overlay are copied into one folder, so citations name `bbc/<category>/<file>` on any machine.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.config import PROJECT_ROOT, Settings

HERE = Path(__file__).parent
# The shared BBC folder sits beside the project; RAG_EVAL_BBC_DIR points elsewhere.
BBC_DIR = Path(os.environ.get("RAG_EVAL_BBC_DIR", PROJECT_ROOT.parent / "shared" / "corpora" / "bbc"))


@dataclass(frozen=True)
class EvalSet:
    name: str
    corpus: Path  # where the articles come from
    include: tuple[str, ...] = ()  # globs under corpus; empty means every file
    overlay: Path | None = None  # articles of our own, added as <name>/overlay/
    meta: Path | None = None  # expected title/author/date per source
    full_corpus: bool = False  # asked against every article (`--full`)
    main_index: bool = False  # the product's default corpus: reuse its index, build no other

    @property
    def key(self) -> str:
        """The set's name, marked when asked against the whole corpus: its own baseline."""
        return f"{self.name}-full" if self.full_corpus else self.name

    @property
    def cases_path(self) -> Path:
        return HERE / f"{self.name}.jsonl"

    @property
    def baseline_path(self) -> Path:
        return HERE / "baselines" / f"{self.key}.json"

    @property
    def thresholds_path(self) -> Path:
        return HERE / "thresholds" / f"{self.key}.json"

    @property
    def available(self) -> bool:
        return self.corpus.is_dir()

    def cases(self) -> list[dict[str, Any]]:
        return load_cases(self.cases_path)

    def full(self) -> "EvalSet":
        """The same questions against every article of the corpus (`--full`)."""
        return EvalSet(self.name, self.corpus, (), self.overlay, self.meta, full_corpus=True)

    def settings(self, base: Settings) -> Settings:
        """Settings that point at this set's articles and its own collection."""
        scope = "full" if self.full_corpus else "sample"
        corpus = base.data_dir / "corpora" / scope / self.name if self.needs_copy else self.corpus
        collection = f"eval-{self.name}" + ("-full" if self.full_corpus else "")
        if self.main_index:
            collection = base.collection
        return base.model_copy(update={"corpus_dir": corpus, "collection": collection})

    @property
    def needs_copy(self) -> bool:
        return bool(self.include or self.overlay)


SETS = {
    "seeds": EvalSet("seeds", PROJECT_ROOT / "seeds", main_index=True),
    "formats": EvalSet("formats", HERE / "corpora" / "formats", meta=HERE / "formats-meta.json"),
    # Questions come from articles 001-100 of each category; by default they are asked against
    # those 500 articles (490+ distractors on the same topics), with --full against all 2,225.
    "bbc": EvalSet("bbc", BBC_DIR, include=("*/0[0-9][0-9].txt", "*/100.txt"),
                   overlay=HERE / "corpora" / "bbc-overlay"),
}


def load_cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def materialise(eval_set: EvalSet, settings: Settings) -> Path:
    """Copy the set's articles into its corpus folder under the data dir; only changes are
    written and files no longer chosen are removed, so an unchanged set re-ingests as a no-op."""
    target = eval_set.settings(settings).corpus_dir
    if not eval_set.needs_copy:
        return target
    wanted: dict[Path, Path] = {}
    for pattern in eval_set.include or ("**/*",):
        for src in eval_set.corpus.glob(pattern):
            if src.is_file():
                wanted[target / src.relative_to(eval_set.corpus)] = src
    if eval_set.overlay:
        for src in eval_set.overlay.glob("*"):
            wanted[target / "overlay" / src.name] = src
    for dest, src in wanted.items():
        if not dest.exists() or dest.read_bytes() != src.read_bytes():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
    for old in [p for p in target.rglob("*") if p.is_file() and p not in wanted]:
        old.unlink()
    return target
