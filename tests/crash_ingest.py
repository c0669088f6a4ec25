"""`python -m tests.crash_ingest DATA CORPUS [FUNCTION N]`: an ingest with a cheap embedder
that a test kills with SIGKILL, after a random delay or (with FUNCTION N) at the N-th call
of an ingest step, to put the kill in one exact window."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from llama_index.core.embeddings import MockEmbedding

from rag import embeddings
from rag import ingest as ingestion
from rag.config import load_settings

BATCH = 1  # one file per write: many windows to be killed in


def mock_ingest(data: Path, corpus: Path, rebuild: bool = False) -> ingestion.IngestReport:
    backend, batch = embeddings.make_embed_model, ingestion.INGEST_BATCH
    embeddings.make_embed_model = lambda settings: MockEmbedding(embed_dim=8)
    ingestion.INGEST_BATCH = BATCH
    try:
        return ingestion.ingest(load_settings(data_dir=data, corpus_dir=corpus, use_llm=False), rebuild=rebuild)
    finally:  # the test process goes on with the real embedder and batch size
        embeddings.make_embed_model, ingestion.INGEST_BATCH = backend, batch


def _die_at(name: str, nth: int) -> None:
    real = getattr(ingestion, name)
    calls = []

    def step(*args, **kwargs):
        calls.append(1)
        if len(calls) == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(ingestion, name, step)


if __name__ == "__main__":
    if len(sys.argv) == 5:
        _die_at(sys.argv[3], int(sys.argv[4]))
    print("ready", flush=True)
    mock_ingest(Path(sys.argv[1]), Path(sys.argv[2]))
