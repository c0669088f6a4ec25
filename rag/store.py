"""The store: Chroma (embedded or a server) with the chunks and their sentences, and what
readers keep beside it (the BM25 index, term statistics, the article list), each a cache
named by the store's generation. Ingest writes it (`ingest.py`); everything else reads."""

from __future__ import annotations

import os
import re
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence
from urllib.parse import urlparse

from .config import Settings
from .documents import Skipped
from .errors import StoreError

if TYPE_CHECKING:  # heavy imports stay off the start-up path of light commands
    import chromadb
    from llama_index.core.schema import BaseNode
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


def move_damaged_aside(settings: Settings) -> str:
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
                      "chunking": chunking(settings)},
        )
        _search_wide(collection)
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


# Candidates the HNSW search keeps (Chroma's default is 100). The answerer asks for up to 400
# chunks; with 100, a search on 1,900 chunks missed some of its 80 nearest, and which ones
# changed from process to process (each rebuilds the graph's unflushed part with threads),
# so the same question could get another answer after a restart.
SEARCH_EF = 1000


def _search_wide(collection: "chromadb.Collection") -> None:
    """Set the search breadth on a collection this process writes (it can change later)."""
    hnsw = (collection.configuration_json or {}).get("hnsw") or {}
    if hnsw.get("ef_search", 0) < SEARCH_EF:
        collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})


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


def chunking(settings: Settings) -> str:
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

        def add(self, nodes: Sequence["BaseNode"], **add_kwargs: Any) -> list[str]:
            for i in range(0, len(nodes), self.batch):
                part = nodes[i : i + self.batch]
                metas = [node_to_metadata_dict(n, remove_text=True, flat_metadata=self.flat_metadata)
                         for n in part]
                self._collection.upsert(
                    ids=[n.node_id for n in part],
                    embeddings=[n.get_embedding() for n in part],  # type: ignore[arg-type]
                    metadatas=[{k: ("" if v is None else v) for k, v in m.items()} for m in metas],
                    documents=[n.get_content(metadata_mode=MetadataMode.NONE) for n in part],
                )
            return [n.node_id for n in nodes]

        def get_nodes(self, node_ids: list[str] | None = None, filters: Any = None,
                      **kwargs: Any) -> list["BaseNode"]:
            """Every matching node, read a page at a time: one unbounded read fails above
            32,766 chunks ("too many SQL variables")."""
            from llama_index.vector_stores.chroma.base import _to_chroma_filter

            where = _to_chroma_filter(filters) if filters else {}
            if node_ids:
                return [n for i in range(0, len(node_ids), READ_PAGE)
                        for n in self._get(None, where=where, ids=node_ids[i : i + READ_PAGE]).nodes or []]
            nodes: list[BaseNode] = []
            while True:
                page = self._get(READ_PAGE, where=where, offset=len(nodes)).nodes or []
                nodes.extend(page)
                if len(page) < READ_PAGE:  # the last page: no read more for an empty one
                    return nodes

    store = BatchedChromaVectorStore(chroma_collection=collection)  # type: ignore[call-arg]
    if max_batch:
        store.batch = max_batch
    return store


READ_PAGE = 5000  # rows per read of the store


def pages(collection: "chromadb.Collection", include: list[str], where: dict[str, Any] | None = None
          ) -> Iterator[Any]:
    """Chroma's `get` result for every matching row, READ_PAGE rows at a time: one unbounded
    read fails above 32,766 rows ("too many SQL variables")."""
    offset = 0
    while (got := collection.get(where=where, include=include, limit=READ_PAGE, offset=offset))["ids"]:  # type: ignore[arg-type]
        yield got
        offset += len(got["ids"])


def paged(collection: "chromadb.Collection", include: list[str], where: dict[str, Any] | None = None
          ) -> Iterator[tuple[str, dict[str, Any]]]:
    """(id, metadata) of every matching row, a page at a time."""
    for got in pages(collection, include, where):
        yield from zip(got["ids"], got.get("metadatas") or [{}] * len(got["ids"]))


def indexed_collection(settings: Settings) -> "chromadb.Collection":
    """The collection, or a StoreError saying to ingest when there is nothing in it."""
    collection = open_collection(settings)
    if collection is None or collection.count() == 0:
        raise StoreError("no index yet: run `rag ingest` first")
    return collection


def load_chunks(settings: Settings) -> list[Chunk]:
    """All chunks in the store, in one read (for checks on small corpora: evals and tests)."""
    return [Chunk.from_node(n) for n in vector_store(indexed_collection(settings)).get_nodes(None)]


def list_skipped(settings: Settings) -> list[Skipped]:
    """The files the last ingest could not read, and why (`rag sources` lists them)."""
    import json

    path = skipped_path(settings)
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
        save_sources(settings, found, now)
    return found


def sources_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.sources.json"


def _load_sources(settings: Settings, generation_now: str) -> list[Source] | None:
    import json

    path = sources_path(settings)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [Source(*row) for row in data["sources"]] if data.get("generation") == generation_now else None


def save_sources(settings: Settings, sources: list[Source], generation_now: str) -> None:
    write_json(sources_path(settings), {"generation": generation_now, "sources": [astuple(s) for s in sources]})


def write_json(path: Path, data: Any) -> None:
    """Written whole, then swapped in: another process never reads half a file."""
    import json

    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def day_number(date: str | None) -> int:
    """2024-03-12 -> 20240312; 0 for an undated article (left out by any date filter)."""
    return int(date.replace("-", "")) if date else 0


def generation(collection: "chromadb.Collection") -> str:
    """Changes whenever an ingest changed the index; readers compare it to reload."""
    return str((collection.metadata or {}).get("generation", ""))


def bump_generation(collection: "chromadb.Collection", value: str) -> None:
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
    for got in pages(collection, ["documents", "metadatas"]):
        nodes = [metadata_dict_to_node(dict(m), text=d) for m, d in zip(got["metadatas"] or [], got["documents"] or [])]
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


def skipped_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.skipped.json"


@dataclass(frozen=True)
class Flagged:
    """A passage that gives orders to an AI model (prompt injection): indexed, never quoted."""

    source: str
    line: int
    text: str


def flagged_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.flagged.json"


def list_flagged(settings: Settings) -> list[Flagged]:
    """Passages the last ingest flagged as addressing an AI (`rag sources` warns of them)."""
    import json

    path = flagged_path(settings)
    return [Flagged(**row) for row in json.loads(path.read_text(encoding="utf-8"))] if path.exists() else []


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
