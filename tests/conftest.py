"""Fixtures build one real index (local embeddings, embedded Chroma) per test session."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from rag.answer import Answerer
from rag.config import PROJECT_ROOT, Settings, load_settings
from rag.index import ingest

SEEDS = PROJECT_ROOT / "seeds"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    s = load_settings(data_dir=tmp_path_factory.mktemp("data"), corpus_dir=SEEDS, use_llm=False)
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
