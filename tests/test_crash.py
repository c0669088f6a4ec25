"""Kill -9 during ingest, at random points and in the narrow windows between writes: one
more ingest must always leave the chunk set of a clean build, with nothing doubled or lost."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rag import store
from rag.config import PROJECT_ROOT, load_settings

from .crash_ingest import mock_ingest

FORMATS = PROJECT_ROOT / "evals" / "corpora" / "formats"
RANDOM_KILLS = 10
# (ingest step, which call): after a file's vectors are written but before its old rows
# are deleted; during the term statistics save; after the BM25 index is saved but before the
# generation that names it is recorded.
WINDOWS = [("_remove_stale", 1), ("_remove_stale", 2), ("_save_terms", 1), ("save_bm25", 1),
           ("bump_generation", 1)]


def state(data: Path) -> tuple[list, list, dict | None, bool]:
    settings = load_settings(data_dir=data)
    collection = store.open_collection(settings)
    chunks = sorted((i, m["span_hash"]) for i, m in store.paged(collection, ["metadatas"]))
    sentences = sorted(i for i, _ in store.paged(store.sentence_collection(settings), []))
    bm25 = store.load_bm25(settings, store.generation(collection))
    return chunks, sentences, store.load_term_stats(settings), bm25 is not None and len(bm25.corpus) == len(chunks)


def clean_build(corpus: Path, tmp: Path) -> tuple:
    mock_ingest(tmp / "clean", corpus, rebuild=True)  # one store, rebuilt: one Chroma system in memory
    return state(tmp / "clean")


def killed_ingest(data: Path, corpus: Path, delay: float | None, window: tuple[str, int] | None) -> None:
    args = [sys.executable, "-m", "tests.crash_ingest", str(data), str(corpus), *map(str, window or ())]
    proc = subprocess.Popen(args, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout.readline().strip() == b"ready"
    if delay is not None:
        time.sleep(delay)
        proc.kill()
    proc.wait(timeout=120)


def mutate(corpus: Path, rng: random.Random, spare: list[Path]) -> None:
    """Give the next ingest work: edit, delete or add an article."""
    files = sorted(corpus.iterdir())
    choice = rng.choice(["edit", "delete", "add"] if spare else ["edit", "delete"])
    if choice == "edit" or len(files) < 3:
        f = rng.choice([f for f in files if f.suffix == ".txt"])
        f.write_text(f.read_text(encoding="utf-8", errors="replace") + f"\n\nA late paragraph, edit {rng.random()}.\n",
                     encoding="utf-8")
    elif choice == "delete":
        rng.choice(files).unlink()
    else:
        shutil.copy(spare.pop(), corpus)


@pytest.mark.slow
def test_kill_minus_nine_never_loses_or_doubles_a_chunk(corpus: Path, tmp_path: Path):
    rng = random.Random(7)
    spare = sorted(FORMATS.glob("*.txt"))
    data = tmp_path / "data"
    started = time.perf_counter()
    mock_ingest(data, corpus)
    full = time.perf_counter() - started  # how long one ingest runs: the kill window
    plans = [(None, w) for w in WINDOWS] + [(rng.uniform(0.0, full * 1.5), None) for _ in range(RANDOM_KILLS)]
    for delay, window in plans:
        mutate(corpus, rng, spare)
        killed_ingest(data, corpus, delay, window)
        report = mock_ingest(data, corpus)  # the one more ingest
        assert state(data) == clean_build(corpus, tmp_path), (delay, window)
        assert mock_ingest(data, corpus).chunks_embedded == 0  # and then nothing left to do
        assert report.chunks_total == len(state(data)[0])
