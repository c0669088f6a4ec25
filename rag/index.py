"""Cleaned articles -> chunks with exact provenance -> embeddings -> Chroma, incrementally."""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict, astuple, dataclass, field
from functools import lru_cache
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
    pending_spans: int = 0  # `rag ingest --check`: spans an ingest would embed
    stale_chunks: int = 0  # rows of old versions or leftovers removed (--check: chunks to remove)
    moved_aside: str = ""  # where `--rebuild` put a damaged store


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
        if settings.chroma_token:
            chroma_settings = ChromaSettings(
                anonymized_telemetry=False,
                chroma_client_auth_provider="chromadb.auth.token_authn.TokenAuthClientProvider",
                chroma_client_auth_credentials=settings.chroma_token.get_secret_value(),
            )
        elif not _is_loopback(url.hostname):
            _warn_once(f"the Chroma server {settings.chroma_url} is not on this machine and RAG_CHROMA_TOKEN "
                       "is not set: anyone who can reach it can read and change the index (see README)")
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
    if path.is_dir() and not writable(path):
        path = _readable_copy(path)  # a read-only data dir still answers
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot write to data dir {path}: {e.strerror}; set RAG_DATA_DIR to a writable folder") from None
    with damaged_store(settings):
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def writable(path: Path) -> bool:
    """Whether this process may write there (a read-only data dir still answers)."""
    return os.access(path, os.W_OK)


def _is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@lru_cache(maxsize=8)
def _warn_once(message: str) -> None:
    import sys

    print(f"warning: {message}", file=sys.stderr)


@lru_cache(maxsize=4)
def _readable_copy(path: Path) -> Path:
    """Embedded Chroma opens its files for writing: answer from a private copy instead."""
    import atexit
    import shutil
    import tempfile

    copy = Path(tempfile.mkdtemp(prefix="rag-readonly-")) / "chroma"
    shutil.copytree(path, copy)
    atexit.register(shutil.rmtree, copy.parent, ignore_errors=True)
    return copy


@contextmanager
def damaged_store(settings: Settings) -> Iterator[None]:
    """A store whose files are damaged says so in one line, naming the way out."""
    try:
        yield
    except StoreError:
        raise
    except BaseException as e:  # a Rust panic in chromadb is a BaseException
        if isinstance(e, (KeyboardInterrupt, SystemExit)) or not _is_damage(e):
            raise
        where = settings.chroma_url or settings.data_dir / "chroma"
        raise StoreError(f"the index in {where} is damaged ({str(e).splitlines()[0][:120]}): run "
                         "`rag ingest --rebuild`, which moves it aside and builds a new one") from None


def _is_damage(error: BaseException) -> bool:
    import sqlite3

    from chromadb.errors import InternalError

    damage = re.compile(r"malformed|corrupt|not a database|no such table|disk i/o|file is not", re.I)
    return (isinstance(error, sqlite3.DatabaseError) or type(error).__name__ == "PanicException"
            or (isinstance(error, InternalError) and bool(damage.search(str(error)))))


def _move_damaged_aside(settings: Settings) -> str:
    """Before a rebuild: if the embedded store cannot be read, rename it and start afresh."""
    path = settings.data_dir / "chroma"
    if settings.chroma_url or not path.exists():
        return ""
    try:
        with damaged_store(settings):
            client = chroma_client(settings)
            for c in client.list_collections():
                client.get_collection(c.name).count()
        return ""
    except StoreError:
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        backup = path.with_name(f"chroma.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        path.rename(backup)
        return str(backup)


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
            with damaged_store(settings):
                collection = client.get_collection(settings.collection)
                collection.count()  # a damaged file shows here, not at open
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

        def get_nodes(self, node_ids: list[str] | None = None, filters: Any = None) -> list["BaseNode"]:
            """Every matching node, read a page at a time: one unbounded read fails above
            32,766 chunks ("too many SQL variables")."""
            from llama_index.vector_stores.chroma.base import _to_chroma_filter

            where = _to_chroma_filter(filters) if filters else {}
            if node_ids:
                return [n for i in range(0, len(node_ids), READ_PAGE)
                        for n in self._get(None, where=where, ids=node_ids[i : i + READ_PAGE]).nodes]
            nodes: list[BaseNode] = []
            while page := self._get(READ_PAGE, where=where, offset=len(nodes)).nodes:
                nodes.extend(page)
            return nodes

    store = BatchedChromaVectorStore(chroma_collection=collection)
    if max_batch:
        store.batch = max_batch
    return store


READ_PAGE = 5000  # rows per read of the store


def paged(collection: "chromadb.Collection", include: list[str], where: dict[str, Any] | None = None
          ) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, metadata) of every matching row, a page at a time."""
    offset = 0
    while True:
        got = collection.get(where=where, include=include, limit=READ_PAGE, offset=offset)  # type: ignore[arg-type]
        if not got["ids"]:
            return
        metas = got.get("metadatas") or [{}] * len(got["ids"])
        yield from zip(got["ids"], metas)
        offset += len(got["ids"])


def indexed_collection(settings: Settings) -> "chromadb.Collection":
    """The collection, or a StoreError saying to ingest when there is nothing in it."""
    collection = open_collection(settings)
    if collection is None or collection.count() == 0:
        raise StoreError("no index yet: run `rag ingest` first")
    return collection


def load_chunks(settings: Settings) -> list[Chunk]:
    """All chunks in the store; the one source the BM25 side is built from."""
    return [Chunk.from_node(n) for n in vector_store(indexed_collection(settings)).get_nodes(None)]


def ensure_index(settings: Settings, show_progress: bool = False) -> "IngestReport | None":
    """Ingest the corpus when there is no index yet (first start of `ask`, `ui`, `eval`)."""
    collection = open_collection(settings)
    if collection is not None and collection.count() > 0:
        return None
    return ingest(settings, show_progress=show_progress)


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
    """The indexed articles: as the last ingest here listed them when the store has not
    changed since, else read from the store's chunk metadata (and kept for next time)."""
    collection = indexed_collection(settings)
    now = generation(collection)
    kept = _load_sources(settings, now)
    if kept is not None:
        return kept
    metas = [m for _, m in paged(collection, ["metadatas"])]
    counts = Counter(m["source"] for m in metas)
    first = {m["source"]: m for m in metas}
    found = [Source(s, first[s]["title"], first[s]["author"], first[s]["date"], counts[s]) for s in sorted(counts)]
    if writable(settings.data_dir):  # else read the store each time
        _save_sources(settings, found, now)
    return found


def _sources_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.sources.json"


def _load_sources(settings: Settings, generation_now: str) -> list[Source] | None:
    import json

    path = _sources_path(settings)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [Source(*row) for row in data["sources"]] if data.get("generation") == generation_now else None


def _save_sources(settings: Settings, sources: list[Source], generation_now: str) -> None:
    import json

    path = _sources_path(settings)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"generation": generation_now, "sources": [astuple(s) for s in sources]}),
                   encoding="utf-8")
    os.replace(tmp, path)


def _sources_of(docs: list["Document"], chunks_per_span: dict[str, int]) -> list[Source]:
    """The articles an ingest left in the store, from its own spans (no read of the store)."""
    chunks: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for d in docs:
        if chunks_per_span.get(d.id_):
            chunks[d.metadata["source"]] += chunks_per_span[d.id_]
            first.setdefault(d.metadata["source"], d.metadata)
    return [Source(s, first[s]["title"], first[s]["author"], first[s]["date"], chunks[s]) for s in sorted(chunks)]


# --- ingestion ------------------------------------------------------------------------


SCHEMA = "2"  # what a chunk's metadata holds; a new schema re-embeds once


def _span_hash(article: Article, start: int, end: int) -> str:
    """What a span's chunks depend on: the file's bytes, where the span sits, the metadata."""
    import hashlib

    key = "\0".join([SCHEMA, article.content_hash, str(start), str(end), article.display_title,
                     article.author or "", article.date or ""])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


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
                "day": day_number(a.date),  # Chroma filters compare numbers, not strings
                "span_hash": _span_hash(a, start, end),
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


def day_number(date: str | None) -> int:
    """2024-03-12 -> 20240312; 0 for an undated article (left out by any date filter)."""
    return int(date.replace("-", "")) if date else 0


def _provenance(articles: list[Article]) -> Any:
    """A pipeline step that turns span-relative offsets into file offsets and lines."""
    from llama_index.core.schema import TransformComponent

    by_source = {a.source: a for a in articles}

    class Provenance(TransformComponent):
        def __call__(self, nodes: list[BaseNode], **kwargs: Any) -> list[BaseNode]:
            per_span = Counter(n.ref_doc_id for n in nodes)
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
                    span_chunks=per_span[node.ref_doc_id],  # a span is complete when all are stored
                )
                for excluded in (node.excluded_embed_metadata_keys, node.excluded_llm_metadata_keys):
                    excluded.append("span_chunks")  # bookkeeping, never part of the text
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


@contextmanager
def _ingest_lock(settings: Settings) -> Iterator[None]:
    """Chroma's embedded store is not process-safe: one writer at a time."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        lock = open(settings.data_dir / ".ingest.lock", "w")
    except OSError as e:
        raise StoreError(f"cannot write to data dir {settings.data_dir}: {e.strerror}; "
                         "set RAG_DATA_DIR to a writable folder") from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another `rag ingest` is writing {settings.data_dir}: wait for it") from None
        yield


# What the store holds, read from Chroma's own metadata (the one record of progress):
# per span id, how many chunks carry each span hash, and how many that version has.
Stored = dict[str, Counter[tuple[str, int]]]


def _stored(collection: "chromadb.Collection") -> tuple[Stored, dict[str, str]]:
    """What the store holds per span, and each span's file, in one read of the metadata."""
    out: Stored = defaultdict(Counter)
    sources: dict[str, str] = {}
    for _, m in paged(collection, ["metadatas"]):
        doc = str(m.get("doc_id", ""))
        out[doc][(str(m.get("span_hash", "")), int(m.get("span_chunks", 0) or 0))] += 1
        sources[doc] = str(m.get("source", ""))
    return out, sources


def _complete(stored: Stored, doc: "Document") -> bool:
    """Every chunk of this version of the span is in the store."""
    return any(h == doc.metadata["span_hash"] and count == n for (h, n), count in stored.get(doc.id_, {}).items())


@dataclass
class _Plan:
    """What an ingest has to do: spans to embed, and chunks or files to remove."""

    summary: dict[str, list[str]]
    pending: list["Document"]
    expected: dict[str, str]  # span id -> span hash, for the whole corpus
    stale_sources: set[str]  # files whose store rows include something not expected
    stale_chunks: int


def _plan(docs: list["Document"], stored: Stored, sources_stored: dict[str, str]) -> _Plan:
    expected = {d.id_: d.metadata["span_hash"] for d in docs}
    before: dict[str, set[tuple[str, str]]] = defaultdict(set)
    stale_sources: set[str] = set()
    stale = 0
    for doc_id, versions in stored.items():
        source = sources_stored.get(doc_id, doc_id.rsplit("#", 1)[0])
        for (h, _), count in versions.items():
            before[source].add((doc_id, h))
            if expected.get(doc_id) != h:
                stale_sources.add(source)
                stale += count
    now: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for d in docs:
        now[d.metadata["source"]].add((d.id_, d.metadata["span_hash"]))
    summary: dict[str, list[str]] = {"added": [], "changed": [], "removed": [], "unchanged": []}
    for source in sorted(set(before) | set(now)):
        kind = (
            "added" if source not in before
            else "removed" if source not in now
            else "unchanged" if before[source] == now[source]
            else "changed"
        )
        summary[kind].append(source)
    pending = [d for d in docs if not _complete(stored, d)]
    return _Plan(summary, pending, expected, stale_sources, stale)


def _by_file(docs: list["Document"], size: int) -> Iterator[list["Document"]]:
    """Batches of about `size` spans that never split a file, so each file is swapped whole."""
    batch: list[Document] = []
    for i, d in enumerate(docs):
        batch.append(d)
        last_of_file = i + 1 == len(docs) or docs[i + 1].metadata["source"] != d.metadata["source"]
        if len(batch) >= size and last_of_file:
            yield batch
            batch = []
    if batch:
        yield batch


def _remove_stale(collection: Any, sentences: Any, expected: dict[str, str], sources: set[str]) -> int:
    """Delete the rows (chunks and sentences) of these files that belong to no current span
    version: deleted files, old versions of changed ones, leftovers of an interrupted ingest."""
    removed = 0
    for store, doc_key, hash_key in ((collection, "doc_id", "span_hash"), (sentences, "doc", "hash")):
        for i in range(0, len(ordered := sorted(sources)), 100):
            where = {"source": {"$in": ordered[i : i + 100]}}
            ids = [rid for rid, m in paged(store, ["metadatas"], where)
                   if expected.get(str(m.get(doc_key))) != m.get(hash_key)]
            for j in range(0, len(ids), READ_PAGE):
                store.delete(ids=ids[j : j + READ_PAGE])
            removed += len(ids)
    return removed


INGEST_BATCH = 64  # spans per embed-and-write step; progress is saved after each
TERMS_EVERY_S = 60.0  # the term statistics are rewritten whole: not after every batch


def check(settings: Settings) -> IngestReport:
    """What `rag ingest` would do, without writing: files to add, change or remove, spans to
    embed, and stale chunks (old versions, duplicates, leftovers of a crash) to delete."""
    started = time.perf_counter()
    corpus = read_corpus(settings.corpus_dir, settings.max_file_mb)
    docs = _documents(corpus.articles)
    collection = open_collection(settings)
    plan = _plan(docs, *(_stored(collection) if collection is not None else ({}, {})))
    return IngestReport(**plan.summary, chunks_embedded=0,
                        chunks_total=collection.count() if collection is not None else 0,
                        seconds=time.perf_counter() - started, skipped=corpus.skipped,
                        pending_spans=len(plan.pending), stale_chunks=plan.stale_chunks)


def expected_chunk_ids(settings: Settings) -> set[str]:
    """The chunk ids a complete ingest of the corpus holds, found by chunking without
    embedding: what a resumed ingest must match."""
    from llama_index.core.ingestion import IngestionPipeline

    articles = read_corpus(settings.corpus_dir, settings.max_file_mb).articles
    pipeline = IngestionPipeline(transformations=[_splitter(settings), _provenance(articles)],
                                 disable_cache=True)
    return {n.node_id for n in pipeline.run(documents=_documents(articles))}


def ingest(settings: Settings, rebuild: bool = False, show_progress: bool = False) -> IngestReport:
    """Embed only new or changed files, drop deleted ones; safe to run twice, safe to kill.

    Files are swapped one batch at a time: new chunks are embedded and written (by upsert,
    ids naming the slice of the file) before the old version's rows are deleted, so a reader
    sees the old or the new article, never neither. Chroma's metadata is the only record of
    progress: an interrupted ingest resumes, and leftovers are swept on the next run."""
    from llama_index.core.ingestion import IngestionPipeline

    from .embeddings import make_embed_model

    started = time.perf_counter()
    corpus = read_corpus(settings.corpus_dir, settings.max_file_mb)  # fails before the store is touched
    articles = corpus.articles
    docs = _documents(articles)
    embed_model = make_embed_model(settings)
    # No cache: it would hold every node in memory, and hand back nodes Provenance has changed.
    pipeline = IngestionPipeline(transformations=[_splitter(settings), _provenance(articles), embed_model],
                                 disable_cache=True)
    with _ingest_lock(settings):
        moved = _move_damaged_aside(settings) if rebuild else ""
        existing = open_collection(settings)
        # Chunks cut at another size cannot be updated span by span: start over.
        if rebuild or (existing is not None and (existing.metadata or {}).get("chunking") != _chunking(settings)):
            _drop(settings)
        collection = open_collection(settings, create=True)
        assert collection is not None  # create=True always returns one
        sentence_store = sentence_collection(settings, create=True)
        assert sentence_store is not None
        max_batch = chroma_client(settings).get_max_batch_size()
        store = vector_store(collection, max_batch)
        stored, sources = _stored(collection)
        plan = _plan(docs, stored, sources)
        # Set while the store is being written: an ingest that finds it was interrupted, so it
        # sweeps every file and publishes a new generation even with nothing left to embed.
        marker = settings.data_dir / f"{settings.collection}.ingesting"
        interrupted = marker.exists()
        if plan.pending or plan.stale_chunks:
            marker.touch()
        per_doc = {k: v for k, v in _load_terms(settings).items()
                   if plan.expected.get(k) == v.get("hash")}
        chunks_per_span = {doc: n for doc, versions in stored.items() for (h, n), count in versions.items()
                           if plan.expected.get(doc) == h and count == n}
        embedded, saved = 0, time.perf_counter()
        with _progress(len(plan.pending), show_progress) as advance:
            for batch in _by_file(plan.pending, INGEST_BATCH):
                try:
                    nodes = pipeline.run(documents=batch)
                    _embed_sentences(nodes, embed_model, sentence_store, max_batch)
                    store.add(nodes)  # the commit point of these files
                except StoreError:
                    raise
                except Exception as e:
                    raise StoreError(f"ingest failed while embedding: {e}; run `rag ingest` again to "
                                     "resume") from None
                _remove_stale(collection, sentence_store, plan.expected,
                              {d.metadata["source"] for d in batch})
                embedded += len(nodes)
                per_doc.update(_doc_terms(nodes))
                chunks_per_span.update({n.ref_doc_id or "": n.metadata["span_chunks"] for n in nodes})
                if time.perf_counter() - saved > TERMS_EVERY_S:  # what a resumed ingest need not recount
                    _save_terms(settings, per_doc)
                    saved = time.perf_counter()
                advance(len(batch), embedded)
        sweep = plan.stale_sources | set(plan.summary["removed"])
        if interrupted:
            sweep |= set(sources.values())
        removed = _remove_stale(collection, sentence_store, plan.expected, sweep)
        missing = [d for d in plan.expected if d not in per_doc]  # e.g. lost term files
        if missing:
            per_doc.update(_doc_terms(_nodes_of(collection, missing)))
        _save_terms(settings, per_doc)
        _record_files(settings, articles, corpus.skipped)
        changed = bool(embedded or removed or rebuild or interrupted)
        now = str(time.time_ns()) if changed else generation(collection)
        if changed or not bm25_current(settings, now):  # this data dir's BM25 is only a cache
            save_bm25(settings, collection, now)
        _save_sources(settings, _sources_of(docs, chunks_per_span), now)
        if changed:
            _bump_generation(collection, now)  # last: readers reload when they see it
        marker.unlink(missing_ok=True)
        total = collection.count()
    return IngestReport(
        **plan.summary,
        chunks_embedded=embedded,
        chunks_total=total,
        seconds=time.perf_counter() - started,
        skipped=corpus.skipped,
        stale_chunks=removed,
        moved_aside=moved,
    )


def _nodes_of(collection: "chromadb.Collection", doc_ids: list[str]) -> list["BaseNode"]:
    store = vector_store(collection)
    return [n for i in range(0, len(doc_ids), 100)
            for n in store._get(None, where={"doc_id": {"$in": doc_ids[i : i + 100]}}).nodes]


def generation(collection: "chromadb.Collection") -> str:
    """Changes whenever an ingest changed the index; readers compare it to reload."""
    return str((collection.metadata or {}).get("generation", ""))


def _bump_generation(collection: "chromadb.Collection", value: str) -> None:
    """Written last, in the collection itself, so every reader of the store (another
    process, another machine on a Chroma server) sees the new index as one change."""
    meta = {k: v for k, v in (collection.metadata or {}).items() if not k.startswith("hnsw:")}
    collection.modify(metadata={**meta, "generation": value})


# --- the BM25 side, saved next to the store ------------------------------------------------
# Built at ingest (or by the first reader that finds it missing or stale) and loaded
# memory-mapped, so start-up does not grow with the corpus. It is a cache of the store:
# its generation file says which index it matches.


def bm25_dir(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.bm25"


def bm25_current(settings: Settings, generation_now: str, target: Path | None = None) -> bool:
    marker = (target or bm25_dir(settings)) / "generation"
    return marker.exists() and marker.read_text(encoding="utf-8") == generation_now


def _quiet_bm25() -> None:
    import logging

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets its own logger to DEBUG


def save_bm25(settings: Settings, collection: "chromadb.Collection", generation_now: str,
              target: Path | None = None) -> None:
    """Build the BM25 index of every chunk in the store and write it to `target` (the data
    dir's), swapped in whole so a reader never sees half.

    Read a page at a time, as llama-index's BM25Retriever would index the same nodes (its
    entries and bm25s tokens), but only token ids stay in memory: the entries stream to disk,
    so memory does not grow with the corpus."""
    import json
    import shutil

    target = target or bm25_dir(settings)
    tmp, old = target.with_name(target.name + ".tmp"), target.with_name(target.name + ".old")
    for stale in (tmp, old):
        shutil.rmtree(stale, ignore_errors=True)
    tmp.mkdir(parents=True)
    entries = tmp / "entries.jsonl"
    with entries.open("w", encoding="utf-8") as out:
        tokens, vocab = _bm25_tokens(collection, out)
    if not tokens:
        shutil.rmtree(tmp)
        shutil.rmtree(target, ignore_errors=True)
        return
    import bm25s

    bm25 = bm25s.BM25()
    bm25.index((tokens, vocab), show_progress=False)
    with entries.open(encoding="utf-8") as lines:
        bm25.save(str(tmp), corpus=(json.loads(line) for line in lines), show_progress=False)
    entries.unlink()
    (tmp / "generation").write_text(generation_now, encoding="utf-8")
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _bm25_tokens(collection: "chromadb.Collection", out: Any) -> tuple[list[list[int]], dict[str, int]]:
    """Token ids of every chunk, in store order, with their vocabulary; each chunk's
    BM25Retriever entry is written to `out` as one JSON line."""
    import json

    import bm25s
    import Stemmer
    from llama_index.core.schema import MetadataMode
    from llama_index.core.vector_stores.utils import metadata_dict_to_node, node_to_metadata_dict

    _quiet_bm25()
    stemmer = Stemmer.Stemmer("english")
    vocab: dict[str, int] = {}
    tokens: list[list[int]] = []
    offset = 0
    while (got := collection.get(include=["documents", "metadatas"], limit=READ_PAGE, offset=offset))["ids"]:
        offset += len(got["ids"])
        nodes = [metadata_dict_to_node(m, text=d) for m, d in zip(got["metadatas"], got["documents"])]
        words = bm25s.tokenize([n.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes],
                               stopwords="english", stemmer=stemmer, return_ids=False, show_progress=False)
        tokens += [[vocab.setdefault(w, len(vocab)) for w in doc] for doc in words]
        for node in nodes:
            out.write(json.dumps(node_to_metadata_dict(node) | {"node_id": node.node_id}, ensure_ascii=False) + "\n")
    return tokens, vocab


def load_bm25(settings: Settings, generation_now: str, target: Path | None = None, mmap: bool = True) -> Any:
    """The saved BM25 index (bm25s, memory-mapped) if it matches the store; else None."""
    import bm25s

    _quiet_bm25()
    if not bm25_current(settings, generation_now, target):
        return None
    try:
        return bm25s.BM25.load(str(target or bm25_dir(settings)), load_corpus=True, mmap=mmap, show_progress=False)
    except (OSError, ValueError):  # swapped by an ingest while loading: build instead
        return None


def _skipped_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.skipped.json"


@dataclass(frozen=True)
class Flagged:
    """A passage that gives orders to an AI model (prompt injection): indexed, never quoted."""

    source: str
    line: int
    text: str


def _flagged(articles: list[Article]) -> list[Flagged]:
    from .text import injected_lines

    out = []
    for a in articles:
        for start, end in a.spans:
            for s, e in injected_lines(a.text[start:end]):
                passage = a.text[start + s : start + e]
                out.append(Flagged(a.source, a.line_of(start + s), " ".join(passage.split())[:200]))
    return out


def list_flagged(settings: Settings) -> list[Flagged]:
    """Passages the last ingest flagged as addressing an AI (`rag sources` warns of them)."""
    import json

    path = settings.data_dir / f"{settings.collection}.flagged.json"
    return [Flagged(**row) for row in json.loads(path.read_text(encoding="utf-8"))] if path.exists() else []


def _record_files(settings: Settings, articles: list[Article], skipped: list[Skipped]) -> None:
    """Keep the skipped files and flagged passages for `rag sources`, and each web page's
    extracted text."""
    import json

    _skipped_path(settings).write_text(json.dumps([asdict(s) for s in skipped], indent=1), encoding="utf-8")
    (settings.data_dir / f"{settings.collection}.flagged.json").write_text(
        json.dumps([asdict(f) for f in _flagged(articles)], indent=1), encoding="utf-8")
    for a in articles:
        if a.is_page:
            target = extracted_path(settings, a.source)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(a.text, encoding="utf-8")


def _embed_sentences(nodes: Any, embed_model: Any, sentence_store: Any, max_batch: int) -> None:
    """Embed and store the sentences of freshly embedded chunks."""
    rows: dict[str, tuple[str, dict[str, Any]]] = {}
    for node in nodes:
        m = node.metadata
        for sid, start, end, text in chunk_sentences(node.get_content(), m["source"], m["char_start"]):
            rows[sid] = (text, {"doc": node.ref_doc_id or "", "hash": m["span_hash"],
                                "source": m["source"], "start": start, "end": end})
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
        entry = out.setdefault(node.ref_doc_id or "", {"n": 0, "df": Counter(), "hash": m["span_hash"]})
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
    import shutil

    from chromadb.errors import NotFoundError

    client = chroma_client(settings)
    for name in (settings.collection, f"{settings.collection}-sentences"):
        try:
            client.delete_collection(name)
        except NotFoundError:  # not there: nothing to drop
            pass
    for stale in (terms_path(settings), settings.data_dir / f"{settings.collection}.terms-by-span.json"):
        stale.unlink(missing_ok=True)
    shutil.rmtree(bm25_dir(settings), ignore_errors=True)
