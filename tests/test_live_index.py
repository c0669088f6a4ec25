"""Ingest while answering: a running answerer (and UI) never loses an article that exists
before and after, and answers from new articles once the ingest is done, with no restart."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rag.answer import Answerer
from rag.config import PROJECT_ROOT, load_settings
from rag.ingest import ingest

from .conftest import SEEDS, free_port

ROSNEFT = ("How much oil will Rosneft supply to China?", "100 million tonnes")
AIGUN = ("How much territory did the Treaty of Aigun give the Russian Empire?", "600,000")


@pytest.mark.slow
def test_answers_during_and_after_an_ingest_in_another_process(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("003_761a476754e07be6.txt", "000_7a647d83f84d9f26.txt"):
        shutil.copy(SEEDS / name, corpus)
    settings = load_settings(data_dir=tmp_path / "data", corpus_dir=corpus, use_llm=False)
    ingest(settings)
    answerer = Answerer(settings)
    from gradio_client import Client

    from ui.app import launch

    app = launch(settings.model_copy(update={"port": free_port()}), prevent_thread_lock=True)
    try:
        assert AIGUN[1] not in answerer.answer(AIGUN[0]).answer  # not indexed yet
        for name in ("001_eea935a8997ff583.txt", "002_d7a727c925426428.txt", "004_db31a0e3b058f794.txt"):
            shutil.copy(SEEDS / name, corpus)
        (corpus / "000_7a647d83f84d9f26.txt").write_text(  # an edited article is swapped, not dropped
            (SEEDS / "000_7a647d83f84d9f26.txt").read_text(encoding="utf-8") + "\n\nA late correction.\n",
            encoding="utf-8")
        ingest_proc = subprocess.Popen(
            [sys.executable, "-m", "rag.cli", "--data-dir", str(settings.data_dir), "ingest",
             str(corpus)], cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            env={**os.environ, "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""})
        during = []
        while ingest_proc.poll() is None:
            during.append(answerer.answer(ROSNEFT[0]))
        assert ingest_proc.returncode == 0, ingest_proc.stderr.read()
        assert len(during) >= 3 and all(ROSNEFT[1] in a.answer for a in during), [a.answer for a in during]
        after = answerer.answer(AIGUN[0])  # the same Answerer, reloaded
        assert not after.refused and AIGUN[1] in after.answer
        ui = Client(app.local_url, verbose=False).predict(AIGUN[0], 5, api_name="/ask")
        assert AIGUN[1] in ui["answer"] and ui["citations"][0]["source"].endswith("001_eea935a8997ff583.txt")
    finally:
        app.close()
