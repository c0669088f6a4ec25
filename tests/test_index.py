import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rag import store
from rag.answer import Answerer
from rag.config import load_settings
from rag.errors import StoreError
from rag.ingest import ingest
from rag.store import SEARCH_EF, list_skipped, list_sources, load_chunks, open_collection

from .conftest import free_port


def test_reingest_is_idempotent(settings):
    before = len(load_chunks(settings))
    report = ingest(settings)
    assert report.chunks_embedded == 0
    assert len(report.unchanged) == 5 and not (report.added or report.changed or report.removed)
    assert report.chunks_total == before == len(load_chunks(settings))


def test_collection_is_cosine_and_records_its_model(settings):
    collection = open_collection(settings)
    assert collection.configuration_json["hnsw"]["space"] == "cosine"
    assert collection.metadata["embed_model"] == settings.embed_model_id
    # A search wide enough to find every nearest chunk asked for, the same in every process.
    assert collection.configuration_json["hnsw"]["ef_search"] == SEARCH_EF


@pytest.mark.slow
def test_changed_and_deleted_files(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    first = ingest(s)
    assert len(first.added) == 5
    changed = corpus / "003_761a476754e07be6.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("38 different occasions", "39 different occasions"), encoding="utf-8")
    (corpus / "004_db31a0e3b058f794.txt").unlink()
    (corpus / "new.md").write_text("A brand new article.\n\nThe Amur bridge opened in 2022.\n", encoding="utf-8")
    report = ingest(s)
    assert [Path(x).name for x in report.changed] == ["003_761a476754e07be6.txt"]
    assert [Path(x).name for x in report.removed] == ["004_db31a0e3b058f794.txt"]
    assert [Path(x).name for x in report.added] == ["new.md"]
    assert 0 < report.chunks_embedded < first.chunks_total  # only the changed and new files
    chunks = load_chunks(s)
    assert not [c for c in chunks if c.source.endswith("004_db31a0e3b058f794.txt")]
    assert any("39 different occasions" in c.text for c in chunks)
    assert not any("38 different occasions" in c.text for c in chunks)
    for c in chunks:  # offsets still exact after the incremental run
        assert (corpus.parent / c.source).read_text(encoding="utf-8")[c.char_start:c.char_end] == c.text
    again = ingest(s)
    assert again.chunks_embedded == 0 and again.chunks_total == len(chunks)
    # The article list the ingest kept is the one the store's chunks give.
    listed = list_sources(s)
    store.sources_path(s).unlink()
    assert listed == list_sources(s) and sum(x.chunks for x in listed) == len(chunks)
    assert "corpus/new.md" in {x.source for x in listed} and len(listed) == 5
    # Lost term statistics are counted again from the store's chunks, not left empty.
    terms = store.terms_path(s).read_text(encoding="utf-8")
    (s.data_dir / f"{s.collection}.terms-by-span.json").unlink()
    assert ingest(s).chunks_embedded == 0 and json.loads(store.terms_path(s).read_text(encoding="utf-8")) == json.loads(terms)


@pytest.mark.slow
def test_a_bad_file_is_skipped_and_the_rest_indexed(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    count = ingest(s).chunks_total
    (corpus / "broken.txt").write_bytes(b"PK\x03\x04\x00junk")  # a zip; with a UTF-16 mark it would be read as text
    report = ingest(s)
    assert [(k.source, "binary" in k.reason) for k in report.skipped] == [("corpus/broken.txt", True)]
    assert len(load_chunks(s)) == count and report.chunks_embedded == 0
    assert [k.source for k in list_skipped(s)] == ["corpus/broken.txt"]


def test_querying_with_another_embedding_model_is_a_clear_error(settings):
    other = settings.model_copy(update={"embed_backend": "openai"})
    with pytest.raises(StoreError, match="rag ingest --rebuild"):
        Answerer(other)


@pytest.mark.slow
def test_rebuild_starts_over(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    total = ingest(s).chunks_total
    report = ingest(s, rebuild=True)
    assert report.chunks_embedded == total == report.chunks_total


def test_no_index_and_unusable_data_dir(tmp_path: Path):
    s = load_settings(data_dir=tmp_path / "empty")
    with pytest.raises(StoreError, match="rag ingest"):
        list_sources(s)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot write to data dir"):
        ingest(load_settings(data_dir=tmp_path / "file" / "sub"))


def test_chroma_url_that_does_not_answer():
    s = load_settings(chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(StoreError, match="does not answer"):
        list_sources(s)


class ChromaServer:
    """A real `chroma run` on 127.0.0.1 that a test can stop and start again."""

    def __init__(self, path: Path) -> None:
        self.path, self.port = path, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        chroma = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen(
            [str(chroma), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                list_sources(load_settings(chroma_url=self.url))
            except StoreError as e:
                if "does not answer" not in str(e):
                    return  # up, but empty
            else:
                return
            time.sleep(0.5)
        self.stop()
        pytest.fail("chroma server did not start")

    def stop(self) -> None:
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=20)


@pytest.fixture
def chroma_server(tmp_path: Path):
    server = ChromaServer(tmp_path / "server")
    server.start()
    yield server
    server.stop()


@pytest.mark.slow
def test_chroma_server_shared_by_two_data_dirs_and_restarted(chroma_server: ChromaServer, tmp_path: Path):
    s = load_settings(chroma_url=chroma_server.url, data_dir=tmp_path / "data", use_llm=False)
    report = ingest(s)
    assert len(report.added) == 5 and report.chunks_total > 0
    assert [x.chunks for x in list_sources(s)] and sum(x.chunks for x in list_sources(s)) == report.chunks_total
    assert ingest(s).chunks_embedded == 0
    question = "How much oil will Rosneft supply to China?"
    answerer = Answerer(s)
    answer = answerer.answer(question)
    assert "100 million tonnes" in answer.answer
    assert answer.citations[0].source == "seeds/003_761a476754e07be6.txt"
    # A second machine (data dir) on the same server: nothing to embed, the same answer.
    other = s.model_copy(update={"data_dir": tmp_path / "other"})
    assert ingest(other).chunks_embedded == 0 and len(load_chunks(other)) == report.chunks_total
    assert Answerer(other).answer(question).answer == answer.answer
    chroma_server.stop()
    with pytest.raises(StoreError, match="does not answer: start it again"):
        answerer.answer(question)
    chroma_server.start()
    assert answerer.answer(question).answer == answer.answer  # the same Answerer recovers


@pytest.mark.slow
def test_new_chunk_size_rechunks_everything(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    first = ingest(s)
    smaller = ingest(s.model_copy(update={"chunk_size": 64, "chunk_overlap": 8}))
    assert smaller.chunks_embedded == smaller.chunks_total > first.chunks_total
    assert len(smaller.added) == 5  # started over


def _damage(data: Path) -> None:
    """Overwrite part of every page of Chroma's SQLite file, as a bad disk would."""
    path = data / "chroma" / "chroma.sqlite3"
    raw = bytearray(path.read_bytes())
    for page in range(0, len(raw), 4096):
        raw[page + 100 : page + 200] = bytes(100)
    path.write_bytes(raw)


@pytest.mark.slow
def test_a_damaged_store_says_so_and_rebuild_moves_it_aside(settings, tmp_path: Path):
    import shutil
    import subprocess
    import sys

    from rag.config import PROJECT_ROOT

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("corpora", "extracted"))
    _damage(data)
    rag = [sys.executable, "-m", "rag.cli", "--data-dir", str(data)]
    asked = subprocess.run([*rag, "sources"], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert asked.returncode == 1 and "Traceback" not in asked.stderr
    assert asked.stderr.count("\n") == 1 and "is damaged" in asked.stderr and "--rebuild" in asked.stderr
    rebuilt = subprocess.run([*rag, "ingest", "--rebuild", str(settings.corpus_dir)], capture_output=True,
                             text=True, cwd=PROJECT_ROOT)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "moved it aside to" in rebuilt.stderr and list(data.glob("chroma.damaged-*"))
    assert subprocess.run([*rag, "sources"], capture_output=True, cwd=PROJECT_ROOT).returncode == 0


def test_a_read_only_data_dir_still_answers(settings, tmp_path: Path, monkeypatch):
    """The tests run as root, for whom no folder is read-only: the permission check is the
    one thing faked; Chroma then opens a private copy and the data dir is never written."""
    import os
    import shutil

    from rag.answer import Answerer

    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data, ignore=shutil.ignore_patterns("corpora", "extracted"))
    before = {p: p.stat().st_mtime_ns for p in data.rglob("*") if p.is_file()}
    writable = os.access
    monkeypatch.setattr(store.os, "access", lambda p, mode: False if Path(p).is_relative_to(data)
                        else writable(p, mode))
    read_only = settings.model_copy(update={"data_dir": data})
    answer = Answerer(read_only).answer("How much oil will Rosneft supply to China?")
    assert "100 million tonnes" in answer.answer
    assert {p: p.stat().st_mtime_ns for p in data.rglob("*") if p.is_file()} == before


def test_chroma_token_is_sent_and_a_remote_server_without_one_is_warned(tmp_path: Path, capsys):
    """Chroma's token auth: the token goes in the Authorization header of every request (seen
    by a loopback server that records them); a server off this machine without one is warned."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from pydantic import SecretStr

    from rag.store import chroma_client

    seen: list[str | None] = []

    class Recorder(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            seen.append(self.headers.get("Authorization"))
            self.send_response(401)
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with pytest.raises(StoreError):
            chroma_client(load_settings(chroma_url=url, chroma_token=SecretStr("s3cret")))
        assert seen and all(h == "Bearer s3cret" for h in seen)
    finally:
        server.shutdown()
    assert "RAG_CHROMA_TOKEN" not in capsys.readouterr().err  # loopback: no warning
    with pytest.raises(StoreError):
        chroma_client(load_settings(chroma_url="http://192.0.2.1:9"))  # TEST-NET-1: never answers
    assert "is not on this machine and RAG_CHROMA_TOKEN is not set" in capsys.readouterr().err


@pytest.mark.slow
def test_a_second_ingest_is_refused_while_one_writes(corpus: Path, tmp_path: Path):
    """One writer at a time: the lock another process holds is one clear line, and the
    refused ingest writes nothing."""
    data = tmp_path / "data"
    data.mkdir()
    hold = ("import sys, time; from filelock import FileLock; lock = FileLock(sys.argv[1]); lock.acquire(); "
            "print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(data / ".ingest.lock")], stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
        with pytest.raises(StoreError, match="another `rag ingest` is writing"):
            ingest(load_settings(corpus_dir=corpus, data_dir=data))
        assert not (data / "chroma").exists()
    finally:
        holder.kill()
        holder.wait()


def test_nodes_are_read_a_page_at_a_time_and_all_come_back(tmp_path: Path, monkeypatch):
    import chromadb
    from llama_index.core.schema import TextNode
    from llama_index.core.vector_stores import MetadataFilter, MetadataFilters

    from rag import store

    monkeypatch.setattr(store, "READ_PAGE", 2)  # five nodes of one source: three pages, the last short
    collection = chromadb.PersistentClient(path=str(tmp_path / "db")).get_or_create_collection("pages")
    vectors = store.vector_store(collection)
    vectors.add([TextNode(id_=f"n{i}", text=f"text {i}", metadata={"source": "a.txt" if i < 5 else "b.txt"},
                          embedding=[float(i), 1.0]) for i in range(6)])
    got = vectors.get_nodes(None, filters=MetadataFilters(filters=[MetadataFilter(key="source", value="a.txt")]))
    assert sorted(n.node_id for n in got) == [f"n{i}" for i in range(5)]
