"""Fixtures build one real index (local embeddings, embedded Chroma) per test session."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from rag.answer import Answerer
from rag.config import PROJECT_ROOT, Settings, load_settings
from rag.ingest import ingest

SEEDS = PROJECT_ROOT / "seeds"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# The seeds index the eval step (`rag --data-dir .rag/ci eval`) also uses: built once per CI run.
SHARED_DATA = PROJECT_ROOT / ".rag" / "ci"


@pytest.fixture(scope="session")
def settings() -> Settings:
    """The seeds, indexed with real local embeddings; tests only read it."""
    s = load_settings(data_dir=SHARED_DATA, corpus_dir=SEEDS, use_llm=False)
    ingest(s)
    return s


@pytest.fixture(scope="session")
def answerer(settings: Settings) -> Answerer:
    return Answerer(settings)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the seeds that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target
