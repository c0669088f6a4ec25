"""Cleaned articles -> chunks with exact provenance -> embeddings -> Chroma, incrementally."""

from __future__ import annotations

import fcntl
import os
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator
from urllib.parse import urlparse

from .config import Settings
from .documents import Article, Skipped, read_corpus
from .errors import StoreError

if TYPE_CHECKING:  # heavy imports stay off the start-up path of light commands
    import chromadb
    from llama_index.core.schema import BaseNode, Document
    from llama_index.vector_stores.chroma import ChromaVectorStore

PROVENANCE_KEYS = ("source", "title", "author", "date", "start_line", "end_line", "char_start", "char_end")


@dataclass(frozen=True)
class Chunk:
    """A slice of one article file: `text == file_text[char_start:char_end]`."""

    id: str
    text: str
    source: str
    title: str
    author: str
    date: str  # ISO date, "" when the article gives none
    start_line: int
    end_line: int
    char_start: int
    char_end: int

    @classmethod
    def from_node(cls, node: "BaseNode") -> "Chunk":
        m = node.metadata
        return cls(
            id=node.node_id,
            text=node.get_content(),
            **{k: m[k] for k in PROVENANCE_KEYS},
        )


@dataclass(frozen=True)
class Source:
    """One indexed article, as `rag sources` and the UI list it."""

    source: str
    title: str
    author: str
    date: str
    chunks: int


@dataclass
class IngestReport:
    added: list[str]
    changed: list[str]
    removed: list[str]
    unchanged: list[str]
    chunks_embedded: int
    chunks_total: int
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)  # files that could not be read, and why


# --- the store ------------------------------------------------------------------------


def chroma_client(settings: Settings) -> "chromadb.ClientAPI":
    """Embedded PersistentClient under data_dir, or HttpClient when a server URL is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise StoreError(f"RAG_CHROMA_URL={settings.chroma_url!r} is not http(s)://host:port")
        try:
            client = chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception:
            raise StoreError(
                f"Chroma server at {settings.chroma_url} does not answer: start it "
                "(chroma run --host 127.0.0.1 --port 8000) or unset RAG_CHROMA_URL"
            ) from None
        return client
    path = settings.data_dir / "chroma"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create data dir {path}: {e.strerror}; set RAG_DATA_DIR") from None
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _model_mismatch(settings: Settings, built_with: str) -> StoreError:
    return StoreError(
        f"the index was built with embedding model {built_with!r} but settings ask for "
        f"{settings.embed_model_id!r}: run `rag ingest --rebuild` (or switch back RAG_EMBED_BACKEND)"
    )


def open_collection(settings: Settings, create: bool = False) -> "chromadb.Collection | None":
    """The article collection, checked against the configured embedding model."""
    if not (create or settings.chroma_url or (settings.data_dir / "chroma").exists()):
        return None  # reading never creates a store
    client = chroma_client(settings)
    if create:
        collection = client.get_or_create_collection(
            settings.collection,
            metadata={"hnsw:space": "cosine", "embed_model": settings.embed_model_id,
                      "chunking": _chunking(settings)},
        )
    else:
        from chromadb.errors import NotFoundError

        try:
            collection = client.get_collection(settings.collection)
        except NotFoundError:
            return None
    built_with = (collection.metadata or {}).get("embed_model")
    if built_with != settings.embed_model_id:
        raise _model_mismatch(settings, str(built_with))
    return collection


def sentence_collection(settings: Settings, create: bool = False) -> "chromadb.Collection | None":
    """Each chunk's sentences with their own embeddings: the answerer scores sentences by
    meaning without embedding them at question time."""
    name = f"{settings.collection}-sentences"
    client = chroma_client(settings)
    if create:
        return client.get_or_create_collection(name, metadata={"hnsw:space": "cosine"})
    from chromadb.errors import NotFoundError

    try:
        return client.get_collection(name)
    except NotFoundError:
        return None


def sentence_id(source: str, start: int, end: int) -> str:
    """A sentence named by its slice of the file: the same sentence in two overlapping
    chunks is stored once."""
    return f"{source}:{start}-{end}"


@lru_cache(maxsize=100_000)
def chunk_sentences(chunk_text: str, source: str, char_start: int) -> list[tuple[str, int, int, str]]:
    """(id, start, end, text) of each sentence of a chunk, offsets in the file."""
    from .text import sentences

    return [(sentence_id(source, char_start + s, char_start + e), char_start + s, char_start + e,
             chunk_text[s:e]) for s, e in sentences(chunk_text)]


def _chunking(settings: Settings) -> str:
    return f"{settings.chunk_size}/{settings.chunk_overlap}"


def vector_store(collection: "chromadb.Collection", max_batch: int | None = None) -> "ChromaVectorStore":
    """llama-index's Chroma store, writing in batches Chroma accepts (`max_batch`, from the
    client; its default is larger than Chroma's limit) and by upsert, so a chunk written
    again (an ingest resumed after a crash) replaces itself instead of doubling."""
    from llama_index.core.schema import MetadataMode
    from llama_index.core.vector_stores.utils import node_to_metadata_dict
    from llama_index.vector_stores.chroma import ChromaVectorStore

    class BatchedChromaVectorStore(ChromaVectorStore):
        batch: int = 5461  # Chroma's own limit, embedded and server, when the client is not asked

        def add(self, nodes: list["BaseNode"], **add_kwargs: Any) -> list[str]:
            for i in range(0, len(nodes), self.batch):
                part = nodes[i : i + self.batch]
                metas = [node_to_metadata_dict(n, remove_text=True, flat_metadata=self.flat_metadata)
                         for n in part]
                self._collection.upsert(
                    ids=[n.node_id for n in part],
                    embeddings=[n.get_embedding() for n in part],
                    metadatas=[{k: ("" if v is None else v) for k, v in m.items()} for m in metas],
                    documents=[n.get_content(metadata_mode=MetadataMode.NONE) for n in part],
                )
            return [n.node_id for n in nodes]

    store = BatchedChromaVectorStore(chroma_collection=collection)
    if max_batch:
        store.batch = max_batch
    return store


def indexed_collection(settings: Settings) -> "chromadb.Collection":
    """The collection, or a StoreError saying to ingest when there is nothing in it."""
    collection = open_collection(settings)
    if collection is None or collection.count() == 0:
        raise StoreError("no index yet: run `rag ingest` first")
    return collection


def load_chunks(settings: Settings) -> list[Chunk]:
    """All chunks in the store; the one source the BM25 side is built from."""
    return [Chunk.from_node(n) for n in vector_store(indexed_collection(settings)).get_nodes(None)]


def ensure_index(settings: Settings) -> "IngestReport | None":
    """Ingest the corpus when there is no index yet (first start of `ask`, `ui`, `eval`)."""
    collection = open_collection(settings)
    if collection is not None and collection.count() > 0:
        return None
    return ingest(settings)


def list_skipped(settings: Settings) -> list[Skipped]:
    """The files the last ingest could not read, and why (`rag sources` lists them)."""
    import json

    path = _skipped_path(settings)
    if not path.exists():
        return []
    return [Skipped(**row) for row in json.loads(path.read_text(encoding="utf-8"))]


def extracted_path(settings: Settings, source: str) -> Path:
    """Where a saved web page's extracted text is kept for people to read: its citations
    count lines in this text, not in the HTML."""
    return settings.data_dir / "extracted" / f"{source}.txt"


def list_sources(settings: Settings) -> list[Source]:
    collection = indexed_collection(settings)
    metas = collection.get(include=["metadatas"])["metadatas"] or []
    counts = Counter(m["source"] for m in metas)
    first = {m["source"]: m for m in metas}
    return [
        Source(s, first[s]["title"], first[s]["author"], first[s]["date"], counts[s])
        for s in sorted(counts)
    ]


# --- ingestion ------------------------------------------------------------------------


def _documents(articles: list[Article]) -> list["Document"]:
    """One llama-index Document per kept span: chunks never straddle removed text."""
    from llama_index.core.schema import Document

    docs = []
    for a in articles:
        for k, (start, end) in enumerate(a.spans):
            meta = {
                "source": a.source,
                "title": a.display_title,
                "author": a.author or "",
                "date": a.date or "",
                "content_hash": a.content_hash,  # of the whole file
                "span_start": start,
            }
            docs.append(
                Document(
                    id_=f"{a.source}#{k}",
                    text=a.text[start:end],
                    metadata=meta,
                    excluded_embed_metadata_keys=list(meta) + list(PROVENANCE_KEYS),
                    excluded_llm_metadata_keys=list(meta) + list(PROVENANCE_KEYS),
                )
            )
    return docs


def _provenance(articles: list[Article]) -> Any:
    """A pipeline step that turns span-relative offsets into file offsets and lines."""
    from llama_index.core.schema import TransformComponent

    by_source = {a.source: a for a in articles}

    class Provenance(TransformComponent):
        def __call__(self, nodes: list[BaseNode], **kwargs: Any) -> list[BaseNode]:
            for node in nodes:
                article = by_source[node.metadata["source"]]
                if node.start_char_idx is None:
                    raise StoreError(f"could not place a chunk of {article.source} in the file")
                start = node.metadata.pop("span_start") + node.start_char_idx
                end = start + len(node.get_content())
                # The id names the slice of the file, so writing a chunk twice is one chunk.
                node.id_ = f"{article.source}:{start}-{end}"
                node.metadata.update(
                    char_start=start,
                    char_end=end,
                    start_line=article.line_of(start),
                    end_line=article.line_of(end - 1),
                )
            return nodes

    return Provenance()


def _splitter(settings: Settings) -> Any:
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.utils import get_tokenizer  # tiktoken cl100k_base, shipped offline

    if settings.chunk_overlap >= settings.chunk_size:
        raise StoreError("RAG_CHUNK_OVERLAP must be smaller than RAG_CHUNK_SIZE")
    return SentenceSplitter(
        chunk_size=settings.chunk_size,
        chunk_overlap=settings.chunk_overlap,
        tokenizer=get_tokenizer(),
        paragraph_separator="\n\n",
    )


def _docstore_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.docstore.json"


@contextmanager
def _ingest_lock(settings: Settings) -> Iterator[None]:
    """Chroma's embedded store is not process-safe: one writer at a time."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create data dir {settings.data_dir}: {e.strerror}; set RAG_DATA_DIR") from None
    with open(settings.data_dir / ".ingest.lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another `rag ingest` is writing {settings.data_dir}: wait for it") from None
        yield


def _summarise(previous: dict[str, str], docs: list["Document"]) -> dict[str, list[str]]:
    """Per file: added / changed / removed / unchanged, from the docstore's span hashes."""
    before: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for hash_, doc_id in previous.items():
        before[doc_id.rsplit("#", 1)[0]].add((doc_id, hash_))
    now: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for d in docs:
        now[d.metadata["source"]].add((d.id_, d.hash))
    out: dict[str, list[str]] = {"added": [], "changed": [], "removed": [], "unchanged": []}
    for source in sorted(set(before) | set(now)):
        kind = (
            "added" if source not in before
            else "removed" if source not in now
            else "unchanged" if before[source] == now[source]
            else "changed"
        )
        out[kind].append(source)
    return out


INGEST_BATCH = 64  # spans per embed-and-write step; progress is saved after each


def ingest(settings: Settings, rebuild: bool = False, show_progress: bool = False) -> IngestReport:
    """Embed only new or changed files, drop deleted ones; safe to run twice.

    Work is done in batches of spans, each written to Chroma and recorded in the docstore
    before the next starts, so an interrupted ingest resumes where it stopped."""
    from llama_index.core.ingestion import DocstoreStrategy, IngestionPipeline
    from llama_index.core.storage.docstore import SimpleDocumentStore

    from .embeddings import make_embed_model

    started = time.perf_counter()
    corpus = read_corpus(settings.corpus_dir, settings.max_file_mb)  # fails before the store is touched
    articles = corpus.articles
    docs = _documents(articles)
    splitter = _splitter(settings)
    embed_model = make_embed_model(settings)
    with _ingest_lock(settings):
        existing = open_collection(settings)
        # Chunks cut at another size cannot be updated span by span: start over.
        if rebuild or (existing is not None and (existing.metadata or {}).get("chunking") != _chunking(settings)):
            _drop(settings)
        collection = open_collection(settings, create=True)
        assert collection is not None  # create=True always returns one
        path = _docstore_path(settings)
        docstore = SimpleDocumentStore.from_persist_path(str(path)) if path.exists() else SimpleDocumentStore()
        if collection.count() == 0:
            docstore = SimpleDocumentStore()  # the vectors are gone: embed everything again
        previous = docstore.get_all_document_hashes()
        summary = _summarise(previous, docs)
        max_batch = chroma_client(settings).get_max_batch_size()
        store = vector_store(collection, max_batch)
        sentence_store = sentence_collection(settings, create=True)
        assert sentence_store is not None
        _drop_missing(previous, docs, docstore, store, sentence_store)
        if sentence_store.count() == 0 and collection.count() > 0:  # built before sentences were kept
            _embed_sentences(store.get_nodes(None), embed_model, sentence_store, max_batch)
        per_doc = _load_terms(settings) if collection.count() else {}
        if collection.count() and not per_doc:  # built before term statistics were kept
            per_doc = _doc_terms(store.get_nodes(None))
        current = {d.id_ for d in docs}
        per_doc = {k: v for k, v in per_doc.items() if k in current}
        pipeline = IngestionPipeline(
            transformations=[splitter, _provenance(articles), embed_model],
            vector_store=store,
            docstore=docstore,
            docstore_strategy=DocstoreStrategy.UPSERTS,
        )
        pending = [d for d in docs if docstore.get_document_hash(d.id_) != d.hash]
        embedded = 0
        with _progress(len(pending), show_progress) as advance:
            for i in range(0, len(pending), INGEST_BATCH):
                batch = pending[i : i + INGEST_BATCH]
                try:
                    sentence_store.delete(where={"doc": {"$in": [d.id_ for d in batch]}})
                    nodes = pipeline.run(documents=batch)
                    _embed_sentences(nodes, embed_model, sentence_store, max_batch)
                    embedded += len(nodes)
                    for d in batch:
                        per_doc.pop(d.id_, None)
                    per_doc.update(_doc_terms(nodes))
                except StoreError:
                    raise
                except Exception as e:
                    raise StoreError(f"ingest failed while embedding: {e}; run `rag ingest` again to "
                                     "resume") from None
                _save_terms(settings, per_doc)
                _persist(docstore, path)
                advance(len(batch), embedded)
        _save_terms(settings, per_doc)
        _persist(docstore, path)
        _record_files(settings, articles, corpus.skipped)
        total = collection.count()
    return IngestReport(
        **summary,
        chunks_embedded=embedded,
        chunks_total=total,
        seconds=time.perf_counter() - started,
        skipped=corpus.skipped,
    )


def _skipped_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.skipped.json"


def _record_files(settings: Settings, articles: list[Article], skipped: list[Skipped]) -> None:
    """Keep the skipped list for `rag sources`, and each web page's extracted text."""
    import json

    _skipped_path(settings).write_text(json.dumps([asdict(s) for s in skipped], indent=1), encoding="utf-8")
    for a in articles:
        if a.is_page:
            target = extracted_path(settings, a.source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(a.text, encoding="utf-8")


def _drop_missing(previous: dict[str, str], docs: list["Document"], docstore: Any, store: Any,
                  sentence_store: Any) -> None:
    """Remove the spans of deleted files (and spans a changed file no longer has)."""
    current = {d.id_ for d in docs}
    for doc_id in set(previous.values()) - current:
        store.delete(doc_id)
        sentence_store.delete(where={"doc": doc_id})
        docstore.delete_document(doc_id, raise_error=False)


def _embed_sentences(nodes: Any, embed_model: Any, sentence_store: Any, max_batch: int) -> None:
    """Embed and store the sentences of freshly embedded chunks."""
    rows: dict[str, tuple[str, dict[str, Any]]] = {}
    for node in nodes:
        m = node.metadata
        for sid, start, end, text in chunk_sentences(node.get_content(), m["source"], m["char_start"]):
            rows[sid] = (text, {"doc": node.ref_doc_id or "", "source": m["source"], "start": start, "end": end})
    ids = sorted(rows, key=lambda sid: len(rows[sid][0]))  # similar lengths batch with less padding
    for i in range(0, len(ids), max_batch):
        part = ids[i : i + max_batch]
        texts = [rows[sid][0] for sid in part]
        sentence_store.upsert(ids=part, embeddings=embed_model.get_text_embedding_batch(texts),
                              metadatas=[rows[sid][1] for sid in part], documents=texts)


def terms_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.terms.json"


def load_term_stats(settings: Settings) -> tuple[int, dict[str, int]] | None:
    """(sentences, document frequency per term) over the whole index, as the last ingest
    left them; None for an index built before they were kept."""
    import json

    path = terms_path(settings)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["n"], data["df"]


def _doc_terms(nodes: Any) -> dict[str, dict[str, Any]]:
    """Per span: its sentence count and in how many of its sentences each term occurs (the
    answerer's IDF), kept so an incremental ingest never rereads the whole index."""
    from collections import Counter

    from .text import content_terms

    seen: set[str] = set()
    out: dict[str, dict[str, Any]] = {}
    for node in nodes:
        m = node.metadata
        entry = out.setdefault(node.ref_doc_id or "", {"n": 0, "df": Counter()})
        for sid, _, _, text in chunk_sentences(node.get_content(), m["source"], m["char_start"]):
            if sid not in seen:  # overlapping chunks share sentences
                seen.add(sid)
                entry["n"] += 1
                entry["df"].update(set(content_terms(text)))
    return out


def _save_terms(settings: Settings, per_doc: dict[str, dict[str, Any]]) -> None:
    """The per-span statistics, and their sum, which is what the answerer loads."""
    import json
    from collections import Counter

    total: Counter[str] = Counter()
    for entry in per_doc.values():
        total.update(entry["df"])
    state = settings.data_dir / f"{settings.collection}.terms-by-span.json"
    for path, data in ((state, per_doc), (terms_path(settings),
                                          {"n": sum(e["n"] for e in per_doc.values()), "df": total})):
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)


def _load_terms(settings: Settings) -> dict[str, dict[str, Any]]:
    import json

    state = settings.data_dir / f"{settings.collection}.terms-by-span.json"
    return json.loads(state.read_text(encoding="utf-8")) if state.exists() else {}


def _persist(docstore: Any, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    docstore.persist(str(tmp))
    os.replace(tmp, path)  # a crash never leaves a half-written docstore


@contextmanager
def _progress(total: int, show: bool) -> Iterator[Any]:
    """A progress bar over spans with chunks embedded and chunks/s; silent when not shown."""
    if not show or not total:
        yield lambda spans, chunks: None
        return
    from tqdm import tqdm

    started = time.perf_counter()
    with tqdm(total=total, unit="span", desc="embedding") as bar:
        def advance(spans: int, chunks: int) -> None:
            rate = chunks / max(time.perf_counter() - started, 1e-9)
            bar.set_postfix_str(f"{chunks} chunks, {rate:.1f} chunks/s")
            bar.update(spans)

        yield advance


def _drop(settings: Settings) -> None:
    from chromadb.errors import NotFoundError

    client = chroma_client(settings)
    for name in (settings.collection, f"{settings.collection}-sentences"):
        try:
            client.delete_collection(name)
        except NotFoundError:  # not there: nothing to drop
            pass
    for stale in (terms_path(settings), settings.data_dir / f"{settings.collection}.terms-by-span.json"):
        stale.unlink(missing_ok=True)
    _docstore_path(settings).unlink(missing_ok=True)
