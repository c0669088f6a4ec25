"""The CLI door, run as a user runs it: a real process, real index, real output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rag.config import PROJECT_ROOT


def rag(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rag.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300,
        env={**os.environ, "OPENAI_API_KEY": "", "OPENAI_BASE_URL": "", **env},
    )


@pytest.mark.slow
def test_ask_json_schema(settings):
    p = rag("ask", "--json", "How much oil will Rosneft supply to China?", data_dir=settings.data_dir)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) == {"question", "answer", "refused", "citations", "backend", "timings_ms", "short_answer",
                        "conflict", "notice"}
    assert out["refused"] is False and out["backend"] == "extractive"
    assert set(out["timings_ms"]) == {"retrieve", "answer", "total"}
    c = out["citations"][0]
    assert set(c) == {"n", "source", "title", "start_line", "end_line", "quote"}
    assert c["source"] == "seeds/003_761a476754e07be6.txt" and c["start_line"] == 35
    assert f"[{c['n']}]" in out["answer"]


@pytest.mark.slow
def test_ask_prints_answer_then_sources(settings):
    p = rag("ask", "Which industrial city did Putin plan to visit on Friday?", data_dir=settings.data_dir)
    assert p.returncode == 0
    assert "Harbin" in p.stdout and "[1]" in p.stdout
    assert "seeds/004_db31a0e3b058f794.txt:" in p.stdout


@pytest.mark.slow
def test_sources_table(settings):
    p = rag("sources", data_dir=settings.data_dir)
    assert p.returncode == 0
    for needle in ("Jessica Mao", "2022-03-02", "seeds/002_d7a727c925426428.txt"):
        assert needle in p.stdout


@pytest.mark.parametrize("question,message", [("   ", "question is empty"), ("x" * 100_000, "characters long")])
def test_bad_questions_exit_non_zero_with_one_line(settings, question, message):
    p = rag("ask", question, data_dir=settings.data_dir)
    assert p.returncode == 1
    assert message in p.stderr and len(p.stderr.strip().splitlines()) == 1
    assert "Traceback" not in p.stderr


@pytest.mark.slow
def test_ask_ingests_first_when_there_is_no_index(tmp_path):
    p = rag("ask", "--json", "What was the original name of Vladivostok?", data_dir=tmp_path / "fresh")
    assert p.returncode == 0, p.stderr
    assert "Haishenwei" in json.loads(p.stdout)["answer"]


@pytest.mark.slow
def test_no_index_and_no_corpus(tmp_path):
    p = rag("ask", "Anything?", data_dir=tmp_path / "d", RAG_CORPUS_DIR=str(tmp_path / "nothing"))
    assert p.returncode == 1
    assert p.stderr.strip().splitlines()[-1] == f"error: corpus folder {tmp_path / 'nothing'} does not exist: create it or set RAG_CORPUS_DIR"
    assert not list((tmp_path / "d").glob("**/*.sqlite3"))  # nothing written


def _row(table: str) -> list[str]:
    """The cells of the one data row of a rich table."""
    row = next(line for line in table.splitlines() if line.startswith("│"))
    return [cell.strip() for cell in row.strip("│").split("│")]


@pytest.mark.slow
def test_ingest_summary_check_and_bad_setting(tmp_path):
    p = rag("ingest", data_dir=tmp_path / "d")
    assert p.returncode == 0, p.stderr
    added, changed, removed, unchanged, embedded, stale, total, _ = _row(p.stdout)
    assert (added, changed, removed, unchanged, stale) == ("5", "0", "0", "0", "0")
    assert int(embedded) == int(total) > 0
    p = rag("ingest", "--check", data_dir=tmp_path / "d")  # in sync: nothing to do, exit 0
    assert p.returncode == 0 and _row(p.stdout)[:6] == ["0", "0", "0", "5", "0", "0"]
    p = rag("sources", data_dir=tmp_path / "d", RAG_TOP_K="many")
    assert p.returncode == 1 and "TOP_K" in p.stderr and "Traceback" not in p.stderr


@pytest.mark.slow
def test_a_busy_port_is_one_line(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        port = busy.getsockname()[1]
        p = rag("ui", "--port", str(port), data_dir=tmp_path)
    assert p.returncode == 1
    assert p.stderr.strip() == (f"error: port {port} on 127.0.0.1 is in use: pass --port (e.g. --port {port + 1}) "
                                "or stop what is using it")


def test_eval_with_no_workers_is_one_line(tmp_path):
    p = rag("eval", "--workers", "0", data_dir=tmp_path / "d")
    assert p.returncode == 1
    assert p.stderr.strip() == "error: --workers 0: pass 1 or more processes"
    assert not (tmp_path / "d").exists() or not any((tmp_path / "d").rglob("*.sqlite3"))  # nothing was indexed


@pytest.mark.slow
def test_ask_answers_from_the_folder_last_ingested(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "harbour.txt").write_text(
        "Zorb harbour to get a second terminal\n\nThe port of Zorb will build a second container terminal "
        "at a cost of 410 million euros, the port authority said on Thursday.\n", encoding="utf-8")
    assert rag("ingest", str(news), data_dir=tmp_path / "d").returncode == 0
    p = rag("ask", "--json", "How much will the second terminal at Zorb cost?", data_dir=tmp_path / "d")
    assert p.returncode == 0, p.stderr  # no RAG_CORPUS_DIR needed: the data dir knows its corpus
    out = json.loads(p.stdout)
    assert out["short_answer"] == "410 million euros"
    assert out["citations"][0]["source"] == "news/harbour.txt"
    # pointed at another folder than the index holds, the one line says so, not "changed"
    p = rag("ask", "How much will the second terminal at Zorb cost?", data_dir=tmp_path / "d",
            RAG_CORPUS_DIR=str(PROJECT_ROOT / "seeds"))
    assert p.returncode == 1
    assert p.stderr.strip().splitlines()[-1].startswith("error: news/harbour.txt is not in ")
