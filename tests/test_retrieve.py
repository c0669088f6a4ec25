"""Retrieval at scale, on the shared seeds index: nothing rebuilt per process, filters applied
in the store, one BM25 index for every top-k."""

from __future__ import annotations

import shutil

import pytest

from rag import retrieve
from rag.answer import Answerer
from rag.retrieve import Scope
from rag.store import bm25_dir


def test_a_cold_start_loads_bm25_instead_of_building_it(settings, monkeypatch):
    assert (bm25_dir(settings) / "generation").exists()  # saved by the ingest
    monkeypatch.setattr(retrieve, "save_bm25", lambda *a, **k: pytest.fail("BM25 rebuilt"))
    answerer = Answerer(settings)
    assert "100 million tonnes" in answerer.answer("How much oil will Rosneft supply to China?").answer
    first = answerer.retriever.bm25()
    for k in (1, 3, 10):  # every top-k shares the one index
        assert answerer.retriever.retrieve("Rosneft oil", top_k=k)
    assert answerer.retriever.bm25() is first


def _ranked(answerer: Answerer, question: str) -> list[tuple[str, float]]:
    return [(h.chunk.id, round(h.score, 6)) for h in answerer.retriever.retrieve(question, top_k=10, mode="bm25")]


QUESTIONS = ["How much oil will Rosneft supply to China?", "Xi and Putin meeting in Moscow", "gas pipeline"]


def test_a_missing_bm25_index_is_built_once_from_the_store(settings, answerer, tmp_path):
    """A data dir without the BM25 index (a cache, e.g. a new machine on a Chroma server)
    builds it from the store, a page at a time, and saves it: the same ranking as ingest's."""
    copy = settings.model_copy(update={"data_dir": tmp_path / "data"})
    shutil.copytree(settings.data_dir, copy.data_dir)
    shutil.rmtree(bm25_dir(copy))
    rebuilt = Answerer(copy)
    assert [_ranked(rebuilt, q) for q in QUESTIONS] == [_ranked(answerer, q) for q in QUESTIONS]
    assert (bm25_dir(copy) / "generation").read_text(encoding="utf-8") == rebuilt.retriever.generation


def test_a_read_only_data_dir_builds_bm25_in_a_temporary_folder(settings, answerer, tmp_path, monkeypatch):
    copy = settings.model_copy(update={"data_dir": tmp_path / "data"})
    shutil.copytree(settings.data_dir, copy.data_dir)
    shutil.rmtree(bm25_dir(copy))
    monkeypatch.setattr(retrieve, "writable", lambda path: not path.is_relative_to(copy.data_dir))
    rebuilt = Answerer(copy)
    assert [_ranked(rebuilt, q) for q in QUESTIONS] == [_ranked(answerer, q) for q in QUESTIONS]
    assert not bm25_dir(copy).exists()


def test_a_date_filter_asks_the_store_for_top_k_only(settings):
    answerer = Answerer(settings)
    collection = answerer.retriever._store._collection
    calls = []
    query = collection.query
    collection.query = lambda **kw: (calls.append(kw), query(**kw))[1]  # type: ignore[method-assign]
    hits = answerer.retriever.retrieve("Xi and Putin meeting", top_k=3, scope=Scope(days=(20220101, 20221231)))
    assert hits and all(h.chunk.date.startswith("2022") for h in hits)
    assert calls and all(kw["n_results"] <= 6 for kw in calls)  # top-k x 2 per side, never the corpus
    assert all("day" in str(kw["where"]) for kw in calls)


def test_chosen_articles_scope_the_answer(answerer):
    """Only the chosen files are searched, in the store and in BM25: the article that holds
    the answer answers; left out, the question is refused."""
    rosneft = "How much oil will Rosneft supply to China?"
    holder = "seeds/003_761a476754e07be6.txt"
    inside = answerer.answer(rosneft, sources=[holder])
    assert "100 million tonnes" in inside.answer and {c.source for c in inside.citations} == {holder}
    others = ["seeds/000_7a647d83f84d9f26.txt", "seeds/001_eea935a8997ff583.txt"]
    outside = answerer.answer(rosneft, sources=others)
    assert outside.refused and all(c.source in others for c in outside.retrieved)
    both = answerer.retriever.retrieve("Rosneft oil", top_k=5, scope=Scope((20220101, 20221231), frozenset(others)))
    assert both == []  # neither chosen article is from 2022


def test_a_rare_name_only_bm25_finds_keeps_its_place_in_hybrid(answerer):
    """Fused by score, BM25's clear best stays in the hybrid list even when the dense
    side misses it (reciprocal rank let chunks both sides rank lower push it out)."""
    question = "Who is the publisher of Asia Briefing?"
    bm25 = answerer.retriever.retrieve(question, top_k=5, mode="bm25")
    dense = answerer.retriever.retrieve(question, top_k=20, mode="dense")
    assert "Asia Briefing" in bm25[0].chunk.text and bm25[0].chunk.id not in {h.chunk.id for h in dense}
    hybrid = answerer.retriever.retrieve(question, top_k=20, mode="hybrid")  # as deep as the answerer reads
    assert bm25[0].chunk.id in {h.chunk.id for h in hybrid[:5]}


def test_the_chunk_after_the_best_hit_is_read_too(answerer):
    """A story goes on in its next chunk by another word ("the film"): that chunk is among the
    candidates even when retrieval ranks it nowhere."""
    result = answerer.answer("Rosneft oil", top_k=1, mode="bm25")
    best = result.retrieved[0]
    after = next(c for c in answerer.retriever.chunks_of(best.source) if c.char_start > best.char_start)
    depth = len(answerer.retriever.retrieve("Rosneft oil", top_k=4, mode="bm25"))
    assert after.id in {c.id for c in result.retrieved[depth:]}, "the next chunk comes after the retrieved ones"


def test_bm25_alone_runs_no_embedding_model(answerer, monkeypatch):
    """The answerer's extra BM25 search for a question's full names costs no model run."""
    monkeypatch.setattr(answerer.retriever, "embed_query", lambda q: pytest.fail(f"embedded {q!r}"))
    assert answerer.retriever.retrieve("Rosneft oil", top_k=3, mode="bm25")


def test_an_articles_chunks_are_read_from_the_store_once(answerer, monkeypatch):
    """A question reads the same few articles many times: the store is asked once per index
    generation, and each caller gets a list of its own."""
    retriever = answerer.retriever
    source = retriever.retrieve("Rosneft oil", top_k=1, mode="bm25")[0].chunk.source
    first = retriever.chunks_of(source)
    ids = [c.id for c in first]
    monkeypatch.setattr(type(retriever._store), "get_nodes", lambda *a, **k: pytest.fail("the store was read again"))
    first.clear()
    again = retriever.chunks_of(source)
    assert ids and [c.id for c in again] == ids
    assert all(c.source == source for c in again)
