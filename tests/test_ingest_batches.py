"""Ingest at scale, on mechanics only (MockEmbedding): bounded writes, resume after a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from llama_index.core.embeddings import MockEmbedding
from llama_index.core.schema import TextNode

from rag import embeddings, store
from rag import ingest as ingestion
from rag.config import load_settings
from rag.errors import StoreError


def test_writes_stay_within_the_batch_chroma_accepts(tmp_path: Path):
    settings = load_settings(data_dir=tmp_path)
    collection = store.open_collection(settings, create=True)
    calls = []
    upsert = collection.upsert
    collection.upsert = lambda **kw: (calls.append(len(kw["ids"])), upsert(**kw))[1]  # type: ignore[method-assign]
    vectors = store.vector_store(collection, max_batch=3)
    nodes = [TextNode(id_=f"n{i}", text=f"text {i}", embedding=[float(i), 1.0, 0.0]) for i in range(10)]
    assert vectors.add(nodes) == [n.node_id for n in nodes]
    assert calls == [3, 3, 3, 1] and collection.count() == 10
    vectors.add(nodes[:4])  # written again: replaced, never doubled
    assert collection.count() == 10


class FailingAfter(MockEmbedding):
    """Embeds like MockEmbedding, then fails: an ingest cut off part way."""

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        CALLS.append(len(texts))
        if LIMIT and len(CALLS) > LIMIT[0]:
            raise RuntimeError("embedder died")
        return super()._get_text_embeddings(texts)


CALLS: list[int] = []
LIMIT: list[int] = []


@pytest.fixture
def mock_embeddings(monkeypatch):
    monkeypatch.setattr(embeddings, "make_embed_model", lambda settings: FailingAfter(embed_dim=8))
    monkeypatch.setattr(ingestion, "INGEST_BATCH", 4)
    CALLS.clear()
    LIMIT.clear()


def chunk_ids(settings) -> list[str]:
    return sorted(store.open_collection(settings).get(include=[])["ids"])


@pytest.mark.slow
def test_an_interrupted_ingest_resumes_to_the_clean_build(mock_embeddings, corpus: Path, tmp_path: Path):
    clean = load_settings(data_dir=tmp_path / "clean", corpus_dir=corpus)
    ingestion.ingest(clean)
    expected = chunk_ids(clean)

    cut = load_settings(data_dir=tmp_path / "cut", corpus_dir=corpus)
    LIMIT.append(len(CALLS) // 2)  # die half way through
    CALLS.clear()
    with pytest.raises(StoreError, match="run `rag ingest` again to resume"):
        ingestion.ingest(cut)
    partial = chunk_ids(cut)
    assert 0 < len(partial) < len(expected)
    LIMIT.clear()
    resumed = ingestion.ingest(cut)
    assert chunk_ids(cut) == expected  # nothing lost, nothing doubled
    assert resumed.chunks_embedded < len(expected)  # finished batches were kept
    sentences = [sorted(store.sentence_collection(s).get(include=[])["ids"]) for s in (clean, cut)]
    assert sentences[0] == sentences[1] and len(sentences[0]) > len(expected)


def test_chunk_ids_name_the_slice_of_the_file(mock_embeddings, corpus: Path, tmp_path: Path):
    settings = load_settings(data_dir=tmp_path, corpus_dir=corpus)
    ingestion.ingest(settings)
    for chunk in store.load_chunks(settings):
        assert chunk.id == f"{chunk.source}:{chunk.char_start}-{chunk.char_end}"
    for lost in settings.data_dir.glob("*.json"):  # lost bookkeeping: Chroma's metadata is the record
        lost.unlink()
    assert ingestion.ingest(settings).chunks_embedded == 0
    assert len(chunk_ids(settings)) == len(set(chunk_ids(settings))) == len(store.load_chunks(settings))
    assert store.load_term_stats(settings)[0] == store.sentence_collection(settings).count()


def test_stale_rows_are_reported_then_swept(mock_embeddings, corpus: Path, tmp_path: Path):
    """Rows no current article explains (another data dir's, a crash's leftovers) go away."""
    settings = load_settings(data_dir=tmp_path, corpus_dir=corpus)
    ingestion.ingest(settings)
    clean = chunk_ids(settings)
    collection = store.open_collection(settings)
    collection.upsert(ids=["gone.txt:0-9"], embeddings=[[0.5] * 8], documents=["gone text"],
                      metadatas=[{"source": "gone.txt", "doc_id": "gone.txt#0", "span_hash": "x"}])
    report = ingestion.check(settings)
    assert report.removed == ["gone.txt"] and report.stale_chunks == 1 and report.pending_spans == 0
    assert chunk_ids(settings) != clean  # --check wrote nothing
    assert ingestion.ingest(settings).stale_chunks == 1
    assert chunk_ids(settings) == clean
    assert ingestion.check(settings).stale_chunks == 0


def test_an_edit_cut_short_keeps_the_old_version(mock_embeddings, corpus: Path, tmp_path: Path):
    """New chunks are written before old ones are deleted: a failed ingest loses no article."""
    settings = load_settings(data_dir=tmp_path, corpus_dir=corpus)
    ingestion.ingest(settings)
    before = [c for c in store.load_chunks(settings) if c.source.endswith("003_761a476754e07be6.txt")]
    assert before
    path = corpus / "003_761a476754e07be6.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Rosneft", "Rosnyeft"), encoding="utf-8")
    LIMIT.append(len(CALLS))  # the embedder dies on the next call
    with pytest.raises(StoreError):
        ingestion.ingest(settings)
    assert [c for c in store.load_chunks(settings) if c.source.endswith(path.name)] == before
    LIMIT.clear()
    ingestion.ingest(settings)
    after = [c for c in store.load_chunks(settings) if c.source.endswith(path.name)]
    assert after != before and any("Rosnyeft" in c.text for c in after)


def test_term_statistics_follow_the_index(mock_embeddings, corpus: Path, tmp_path: Path):
    settings = load_settings(data_dir=tmp_path, corpus_dir=corpus)
    ingestion.ingest(settings)
    n, df = store.load_term_stats(settings)
    assert n == store.sentence_collection(settings).count() and df["rosneft"] >= 1
    (corpus / "003_761a476754e07be6.txt").unlink()  # the only article about Rosneft
    ingestion.ingest(settings)
    n_after, df_after = store.load_term_stats(settings)
    assert n_after == store.sentence_collection(settings).count() < n
    assert "rosneft" not in df_after
