import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rag.answer import Answerer
from rag.config import load_settings
from rag.errors import StoreError
from rag.index import list_skipped, ingest, list_sources, load_chunks, open_collection

from .conftest import free_port


def test_reingest_is_idempotent(settings):
    before = len(load_chunks(settings))
    report = ingest(settings)
    assert report.chunks_embedded == 0
    assert len(report.unchanged) == 5 and not (report.added or report.changed or report.removed)
    assert report.chunks_total == before == len(load_chunks(settings))


def test_collection_is_cosine_and_records_its_model(settings):
    meta = open_collection(settings).metadata
    assert meta["hnsw:space"] == "cosine"
    assert meta["embed_model"] == settings.embed_model_id


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


def test_a_bad_file_is_skipped_and_the_rest_indexed(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    count = ingest(s).chunks_total
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00junk")
    report = ingest(s)
    assert [(k.source, "binary" in k.reason) for k in report.skipped] == [("corpus/broken.txt", True)]
    assert len(load_chunks(s)) == count and report.chunks_embedded == 0
    assert [k.source for k in list_skipped(s)] == ["corpus/broken.txt"]


def test_querying_with_another_embedding_model_is_a_clear_error(settings):
    other = settings.model_copy(update={"embed_backend": "openai"})
    with pytest.raises(StoreError, match="rag ingest --rebuild"):
        Answerer(other)


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
    with pytest.raises(StoreError, match="cannot create data dir"):
        ingest(load_settings(data_dir=tmp_path / "file" / "sub"))


def test_chroma_url_that_does_not_answer():
    s = load_settings(chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(StoreError, match="does not answer"):
        list_sources(s)


@pytest.fixture
def chroma_server(tmp_path: Path):
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            list_sources(load_settings(chroma_url=url))
        except StoreError as e:
            if "does not answer" not in str(e):
                break  # up, but empty
        time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_chroma_server_through_http_client(chroma_server: str, tmp_path: Path):
    s = load_settings(chroma_url=chroma_server, data_dir=tmp_path / "data", use_llm=False)
    report = ingest(s)
    assert len(report.added) == 5 and report.chunks_total > 0
    assert [x.chunks for x in list_sources(s)] and sum(x.chunks for x in list_sources(s)) == report.chunks_total
    assert ingest(s).chunks_embedded == 0
    answer = Answerer(s).answer("How much oil will Rosneft supply to China?")
    assert "100 million tonnes" in answer.answer
    assert answer.citations[0].source == "seeds/003_761a476754e07be6.txt"


def test_new_chunk_size_rechunks_everything(corpus: Path, tmp_path: Path):
    s = load_settings(corpus_dir=corpus, data_dir=tmp_path / "data")
    first = ingest(s)
    smaller = ingest(s.model_copy(update={"chunk_size": 64, "chunk_overlap": 8}))
    assert smaller.chunks_embedded == smaller.chunks_total > first.chunks_total
    assert len(smaller.added) == 5  # started over
