"""Hybrid retrieval: dense (Chroma) + BM25, fused by score, each side's scores scaled by their
spread (mean and three standard deviations): a rare name that only BM25 finds keeps its lead,
where reciprocal rank let chunks found by both sides push it out, and one far-ahead BM25 hit
does not squash the rest of its side as scaling by the top score does."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal, TypeVar

from .config import Settings
from .errors import StoreBusy, StoreError
from .store import (
    Chunk,
    day_number,
    generation,
    indexed_collection,
    load_bm25,
    save_bm25,
    sentence_collection,
    vector_store,
    writable,
)

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
MAX_ARTICLES_KEPT = 2_000  # articles whose chunks stay read in memory (some MB), then all are dropped


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


Days = tuple[int, int]  # (first, last) publication day as YYYYMMDD numbers, inclusive


@dataclass(frozen=True)
class Scope:
    """The articles a question may draw on: published within `days`, and/or only `sources`."""

    days: Days | None = None
    sources: frozenset[str] | None = None

    def admits(self, day: int, source: str) -> bool:
        return ((self.days is None or self.days[0] <= day <= self.days[1])
                and (self.sources is None or source in self.sources))

    def filters(self) -> Any:
        """The same rule as Chroma metadata filters, so the store does the filtering."""
        from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

        rules: list[MetadataFilter | MetadataFilters] = []
        if self.days is not None:
            rules += [MetadataFilter(key="day", operator=FilterOperator.GTE, value=self.days[0]),
                      MetadataFilter(key="day", operator=FilterOperator.LTE, value=self.days[1])]
        if self.sources is not None:
            rules.append(MetadataFilter(key="source", operator=FilterOperator.IN, value=sorted(self.sources)))
        return MetadataFilters(filters=rules) if rules else None


def _vectors(got: Any) -> Any:
    """The embeddings of a Chroma read (an array; None when there were no rows)."""
    return got["embeddings"] if got["embeddings"] is not None else []


class Retriever:
    """Dense (Chroma) and BM25 over one generation of the index. Nothing is loaded for the
    whole corpus at start: the BM25 index is the one saved at ingest, memory-mapped on first
    use (or built once from the store when it is missing or stale), and chunks come back
    with the hits."""

    def __init__(self, settings: Settings, embed_model: "BaseEmbedding") -> None:
        from llama_index.core import VectorStoreIndex

        self.settings = settings
        self._collection = indexed_collection(settings)
        self.generation = generation(self._collection)
        self._store = vector_store(self._collection)
        # Given transformations, llama-index does not build its default SentenceSplitter
        # (0.4 s of tiktoken loading per process); nothing is inserted here anyway.
        self._index = VectorStoreIndex.from_vector_store(self._store, embed_model=embed_model,
                                                         transformations=[embed_model])
        self._embed_model = embed_model
        self._query_vectors: dict[str, np.ndarray] = {}
        self._sentences = sentence_collection(settings)
        self._bm25: Any = None
        self._masks: dict[Scope, list[int]] = {}
        self._articles: dict[str, list[Chunk]] = {}  # chunks read per article; this generation's, so never stale
        self._lock = threading.Lock()

    def stored_generation(self) -> str:
        """The store's generation now (about 1 ms): differs from `generation` after an ingest."""
        client, name = self._collection._client, self._collection.name
        return generation(_read(lambda: client.get_collection(name), self.settings))  # type: ignore[arg-type]

    def bm25(self) -> Any:
        """The bm25s index of every chunk: loaded once, shared by every top-k and filter."""
        with self._lock:
            if self._bm25 is None:
                self._bm25 = load_bm25(self.settings, self.generation)
            if self._bm25 is None:  # an index from elsewhere (another data dir, a server)
                self._bm25 = self._build_bm25()
            return self._bm25

    def _build_bm25(self) -> Any:
        """Build the BM25 index from the store, saved for the next process; a read-only data
        dir builds into a temporary folder instead."""
        import tempfile

        def build(target: Path | None = None) -> None:
            _read(lambda: save_bm25(self.settings, self._collection, self.generation, target), self.settings)

        if writable(self.settings.data_dir):
            build()
            if (saved := load_bm25(self.settings, self.generation)) is not None:
                return saved  # else an ingest swapped in another generation meanwhile
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp) / "bm25")
            return load_bm25(self.settings, self.generation, Path(tmp) / "bm25", mmap=False)

    def _mask(self, scope: Scope) -> list[int]:
        """BM25 weights that keep only the chunks `scope` admits."""
        if scope not in self._masks:
            if len(self._masks) >= 64:  # scopes a UI session tried: keep memory bounded
                self._masks.clear()
            self._masks[scope] = [int(scope.admits(int(doc.get("day", 0) or 0), str(doc.get("source", ""))))
                                  for doc in self.bm25().corpus]
        return self._masks[scope]

    def _retriever(self, mode: Mode, top_k: int, scope: Scope | None) -> "BaseRetriever":
        from llama_index.core.llms import MockLLM
        from llama_index.core.retrievers import QueryFusionRetriever
        from llama_index.core.retrievers.fusion_retriever import FUSION_MODES
        from llama_index.retrievers.bm25 import BM25Retriever

        sides: list[BaseRetriever] = []
        if mode in ("dense", "hybrid"):
            # Over-fetch per side so fusion has candidates to agree on; the store filters.
            sides.append(self._index.as_retriever(similarity_top_k=top_k * 2,
                                                  filters=scope.filters() if scope else None))
        if mode in ("bm25", "hybrid"):
            bm25 = self.bm25()
            sides.append(BM25Retriever(existing_bm25=bm25, similarity_top_k=min(top_k * 2, len(bm25.corpus)),
                                       corpus_weight_mask=self._mask(scope) if scope else None))
        # MockLLM: with num_queries=1 the LLM is never called, but llama-index would
        # otherwise resolve its global default (OpenAI) at construction.
        return QueryFusionRetriever(sides, llm=MockLLM(), mode=FUSION_MODES.DIST_BASED_SCORE, num_queries=1,
                                    similarity_top_k=top_k, use_async=False)

    def chunks_of(self, source: str) -> list[Chunk]:
        """Every chunk of one article, in file order (read from the store when asked)."""
        return self.chunks_of_each([source]).get(source, [])

    def chunks_of_each(self, sources: list[str]) -> dict[str, list[Chunk]]:
        """Every chunk of each article, in file order, in one read of the store for those
        not read before (a question reads the same few articles many times)."""
        from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters

        articles = self._articles
        if missing := [s for s in dict.fromkeys(sources) if s not in articles]:
            filters = MetadataFilters(filters=[MetadataFilter(key="source", value=missing[0]) if len(missing) == 1
                                               else MetadataFilter(key="source", value=missing, operator=FilterOperator.IN)])
            nodes = _read(lambda: self._store.get_nodes(None, filters=filters), self.settings)  # type: ignore[arg-type]
            read: dict[str, list[Chunk]] = {s: [] for s in missing}
            for chunk in sorted((Chunk.from_node(n) for n in nodes), key=lambda c: c.char_start):
                read[chunk.source].append(chunk)
            # one new dict, never one changed in place: another thread may be reading the old
            self._articles = articles = (articles if len(articles) + len(read) <= MAX_ARTICLES_KEPT else {}) | read
        return {s: list(chunks) for s in sources if (chunks := articles.get(s))}

    def all_texts(self) -> list[str]:
        """Every chunk's text, for an index saved without term statistics."""
        from llama_index.core.vector_stores.utils import metadata_dict_to_node

        return [metadata_dict_to_node(doc).get_content() for doc in self.bm25().corpus]

    def embed_query(self, question: str) -> "np.ndarray":
        """The question's embedding, computed once for retrieval and sentence scoring."""
        import numpy as np

        if question not in self._query_vectors:
            if len(self._query_vectors) > 256:
                self._query_vectors.clear()
            vector = self._embed_model.get_query_embedding(question)
            self._query_vectors[question] = np.asarray(vector, dtype=np.float32)
        return self._query_vectors[question]

    def embed_texts(self, texts: list[str]) -> list["np.ndarray"]:
        """Embeddings of passages made at question time (a sentence's clause)."""
        import numpy as np

        return [np.asarray(v, dtype=np.float32) for v in self._embed_model.get_text_embedding_batch(texts)]

    def chunk_vectors(self, ids: list[str]) -> dict[str, "np.ndarray"]:
        """Stored embeddings of the chunks named: a sentence's context."""
        import numpy as np

        if not ids:
            return {}
        got = _read(lambda: self._collection.get(ids=list(dict.fromkeys(ids)), include=["embeddings"]),
                    self.settings)
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], _vectors(got))}

    def sentence_vectors(self, ids: list[str]) -> dict[str, "np.ndarray"]:
        """Stored embeddings of the sentences named (see `index.chunk_sentences`)."""
        import numpy as np

        if self._sentences is None or not ids:
            return {}
        sentences = self._sentences
        got = _read(lambda: sentences.get(ids=list(dict.fromkeys(ids)), include=["embeddings"]), self.settings)
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], _vectors(got))}

    def retrieve(self, question: str, top_k: int | None = None, mode: Mode | None = None,
                 scope: Scope | None = None) -> list[Hit]:
        """Top chunks for a question; `scope` keeps only the articles it admits."""
        from llama_index.core.schema import QueryBundle

        top_k = top_k or self.settings.top_k
        mode = mode or self.settings.retrieval
        retriever = self._retriever(mode, top_k, scope)
        # BM25 alone needs no embedding: the model's run is most of a short question's time.
        bundle = QueryBundle(question, embedding=None if mode == "bm25" else self.embed_query(question).tolist())
        hits: list[Hit] = []
        for r in _read(lambda: retriever.retrieve(bundle), self.settings):
            chunk = Chunk.from_node(r.node)
            # BM25 pads a filtered result with zero-weight chunks: never outside the scope.
            if scope is None or scope.admits(day_number(chunk.date), chunk.source):
                hits.append(Hit(chunk, float(r.score or 0.0), len(hits) + 1))
        return hits[:top_k]
