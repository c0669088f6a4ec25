"""Hybrid retrieval: dense (Chroma) + BM25, fused by reciprocal rank."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Literal, TypeVar

from .config import Settings
from .errors import StoreBusy, StoreError
from .index import Chunk, generation, indexed_collection, sentence_collection, vector_store

if TYPE_CHECKING:
    import numpy as np
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.retrievers import BaseRetriever

Mode = Literal["hybrid", "dense", "bm25"]


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int  # 1-based


T = TypeVar("T")
READ_TRIES = 4


def _read(read: Callable[[], T], settings: Settings) -> T:
    """A read of the store, tried again while another process writes it (embedded Chroma
    can fail a read that races a write: "Error finding id"); a Chroma server that stopped
    answering is one clear line, and the next question tries it again."""
    import httpx
    from chromadb.errors import InternalError

    for attempt in range(READ_TRIES):
        try:
            return read()
        except (httpx.TransportError, ConnectionError):
            raise StoreError(f"the Chroma server at {settings.chroma_url} does not answer: start it "
                             "again, then ask again") from None
        except InternalError:
            if attempt == READ_TRIES - 1:
                raise StoreBusy("the index is being written by another process: ask again "
                                "in a moment") from None
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


class Retriever:
    """Built once per process from the store; the BM25 side is rebuilt from the same chunks,
    so it can never drift from what Chroma holds after an incremental ingest."""

    def __init__(self, settings: Settings, embed_model: "BaseEmbedding") -> None:
        from llama_index.core import VectorStoreIndex

        self._collection = indexed_collection(settings)
        self.generation = generation(self._collection)  # read before the nodes: a race reloads twice
        store = vector_store(self._collection)
        self.nodes = store.get_nodes(None)
        self.chunks = {n.node_id: Chunk.from_node(n) for n in self.nodes}
        self._index = VectorStoreIndex.from_vector_store(store, embed_model=embed_model)
        self._embed_model = embed_model
        self._query_vectors: dict[str, np.ndarray] = {}
        self._sentences = sentence_collection(settings)
        self.settings = settings
        self._retrievers: dict[tuple[Mode, int], BaseRetriever] = {}

    def stored_generation(self) -> str:
        """The store's generation now (about 1 ms): differs from `generation` after an ingest."""
        client, name = self._collection._client, self._collection.name
        return generation(_read(lambda: client.get_collection(name), self.settings))

    def _retriever(self, mode: Mode, top_k: int) -> "BaseRetriever":
        import Stemmer
        from llama_index.core.llms import MockLLM
        from llama_index.core.retrievers import QueryFusionRetriever
        from llama_index.retrievers.bm25 import BM25Retriever

        # Over-fetch per side so fusion has candidates to agree on.
        dense = self._index.as_retriever(similarity_top_k=top_k * 2)
        bm25 = BM25Retriever.from_defaults(
            nodes=self.nodes, similarity_top_k=min(top_k * 2, len(self.nodes)),
            stemmer=Stemmer.Stemmer("english"), language="english",
        )
        sides = {"dense": [dense], "bm25": [bm25], "hybrid": [dense, bm25]}[mode]
        # MockLLM: with num_queries=1 the LLM is never called, but llama-index would
        # otherwise resolve its global default (OpenAI) at construction.
        return QueryFusionRetriever(
            sides, llm=MockLLM(), mode="reciprocal_rerank", num_queries=1,
            similarity_top_k=top_k, use_async=False,
        )

    def embed_query(self, question: str) -> "np.ndarray":
        """The question's embedding, computed once for retrieval and sentence scoring."""
        import numpy as np

        if question not in self._query_vectors:
            if len(self._query_vectors) > 256:
                self._query_vectors.clear()
            vector = self._embed_model.get_query_embedding(question)
            self._query_vectors[question] = np.asarray(vector, dtype=np.float32)
        return self._query_vectors[question]

    def chunk_vectors(self, ids: list[str]) -> dict[str, "np.ndarray"]:
        """Stored embeddings of the chunks named: a sentence's context."""
        import numpy as np

        if not ids:
            return {}
        got = _read(lambda: self._collection.get(ids=list(dict.fromkeys(ids)), include=["embeddings"]),
                    self.settings)
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}

    def sentence_vectors(self, ids: list[str]) -> dict[str, "np.ndarray"]:
        """Stored embeddings of the sentences named (see `index.chunk_sentences`)."""
        import numpy as np

        if self._sentences is None or not ids:
            return {}
        sentences = self._sentences
        got = _read(lambda: sentences.get(ids=list(dict.fromkeys(ids)), include=["embeddings"]), self.settings)
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"])}

    def retrieve(self, question: str, top_k: int | None = None, mode: Mode | None = None,
                 allowed: set[str] | None = None) -> list[Hit]:
        """Top chunks for a question; `allowed` restricts to those sources (date filters)."""
        top_k = top_k or self.settings.top_k
        key = (mode or self.settings.retrieval, top_k if allowed is None else len(self.nodes))
        if key not in self._retrievers:
            self._retrievers[key] = self._retriever(*key)
        retriever = self._retrievers[key]
        from llama_index.core.schema import QueryBundle

        bundle = QueryBundle(question, embedding=self.embed_query(question).tolist())
        hits = []
        for r in _read(lambda: retriever.retrieve(bundle), self.settings):
            # An ingest running now may return a chunk this process has not loaded yet.
            chunk = self.chunks.get(r.node.node_id) or Chunk.from_node(r.node)
            if allowed is None or chunk.source in allowed:
                hits.append(Hit(chunk, float(r.score or 0.0), len(hits) + 1))
        return hits[:top_k]
