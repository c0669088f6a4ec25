"""Ingest: cleaned articles -> chunks with exact provenance -> embeddings -> the store,
incrementally (only new or changed files), resumable after a crash, one writer at a time."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from .config import Settings, corpus_record
from .documents import Article, Skipped, read_corpus
from .errors import StoreError
from .store import (
    PROVENANCE_KEYS,
    READ_PAGE,
    Flagged,
    Source,
    bm25_current,
    bm25_dir,
    bump_generation,
    chroma_client,
    chunk_sentences,
    chunking,
    day_number,
    extracted_path,
    flagged_path,
    generation,
    list_flagged,
    move_damaged_aside,
    open_collection,
    paged,
    save_bm25,
    save_sources,
    sentence_collection,
    skipped_path,
    terms_path,
    vector_store,
    write_json,
)

if TYPE_CHECKING:
    import chromadb
    from llama_index.core.schema import BaseNode, Document

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


def ensure_index(settings: Settings, show_progress: bool = False) -> "IngestReport | None":
    """Ingest the corpus when there is no index yet (first start of `ask`, `ui`, `eval`)."""
    collection = open_collection(settings)
    if collection is not None and collection.count() > 0:
        return None
    return ingest(settings, show_progress=show_progress)


def _sources_of(docs: list["Document"], chunks_per_span: dict[str, int]) -> list[Source]:
    """The articles an ingest left in the store, from its own spans (no read of the store)."""
    chunks: Counter[str] = Counter()
    first: dict[str, dict[str, Any]] = {}
    for d in docs:
        if chunks_per_span.get(d.id_):
            chunks[d.metadata["source"]] += chunks_per_span[d.id_]
            first.setdefault(d.metadata["source"], d.metadata)
    return [Source(s, first[s]["title"], first[s]["author"], first[s]["date"], chunks[s]) for s in sorted(chunks)]


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


def _provenance(articles: list[Article]) -> Any:
    """A pipeline step that turns span-relative offsets into file offsets and lines."""
    from llama_index.core.schema import TextNode, TransformComponent

    by_source = {a.source: a for a in articles}

    class Provenance(TransformComponent):
        def __call__(self, nodes: Sequence[BaseNode], **kwargs: Any) -> Sequence[BaseNode]:
            per_span = Counter(n.ref_doc_id for n in nodes)
            for node in nodes:
                article = by_source[node.metadata["source"]]
                if not isinstance(node, TextNode) or node.start_char_idx is None:
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
    from filelock import FileLock, Timeout

    lock = FileLock(settings.data_dir / ".ingest.lock")
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=0)
    except Timeout:
        raise StoreError(f"another `rag ingest` is writing {settings.data_dir}: wait for it") from None
    except OSError as e:
        raise StoreError(f"cannot write to data dir {settings.data_dir}: {e.strerror}; "
                         "set RAG_DATA_DIR to a writable folder") from None
    try:
        yield
    finally:
        lock.release()


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

    summary: dict[str, Any]  # added, changed, removed, unchanged: lists of files
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
        moved = move_damaged_aside(settings) if rebuild else ""
        existing = open_collection(settings)
        # Chunks cut at another size cannot be updated span by span: start over.
        if rebuild or (existing is not None and (existing.metadata or {}).get("chunking") != chunking(settings)):
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
                    store.add(list(nodes))  # the commit point of these files
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
        save_sources(settings, _sources_of(docs, chunks_per_span), now)
        if changed:
            bump_generation(collection, now)  # last: readers reload when they see it
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
    from llama_index.core.vector_stores.types import FilterOperator, MetadataFilter, MetadataFilters

    store = vector_store(collection)
    return [n for i in range(0, len(doc_ids), 100)
            # The upstream hint says a list; the code reads one MetadataFilters.
            for n in store.get_nodes(None, filters=MetadataFilters(filters=[  # type: ignore[arg-type]
                MetadataFilter(key="doc_id", operator=FilterOperator.IN, value=doc_ids[i : i + 100])]))]


def _flagged(settings: Settings, articles: list[Article]) -> tuple[list[Flagged], dict[str, str]]:
    """Passages that address an AI, and what each file was scanned as (its text and kept
    spans): a file scanned as it is now keeps its passages from the last ingest."""
    import json

    from .text import injected_lines

    try:
        scanned = json.loads(_flagged_keys_path(settings).read_text(encoding="utf-8"))
        before: dict[str, list[Flagged]] = defaultdict(list)
        for f in list_flagged(settings):
            before[f.source].append(f)
    except (OSError, ValueError):  # never scanned here, or unreadable: scan every file
        scanned, before = {}, defaultdict(list)
    out, keys = [], {}
    for a in articles:
        keys[a.source] = key = f"{a.content_hash}:{a.spans}"
        if scanned.get(a.source) == key:
            out += before[a.source]
            continue
        for start, end in a.spans:
            for s, e in injected_lines(a.text[start:end]):
                passage = a.text[start + s : start + e]
                out.append(Flagged(a.source, a.line_of(start + s), " ".join(passage.split())[:200]))
    return out, keys


def _flagged_keys_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.flagged-keys.json"


def _record_files(settings: Settings, articles: list[Article], skipped: list[Skipped]) -> None:
    """Keep the corpus folder for the next command, the skipped files and flagged passages for
    `rag sources`, and each web page's extracted text."""
    write_json(corpus_record(settings), {"corpus_dir": str(settings.corpus_dir)})
    write_json(skipped_path(settings), [asdict(s) for s in skipped])
    flagged, keys = _flagged(settings, articles)
    write_json(flagged_path(settings), [asdict(f) for f in flagged])
    write_json(_flagged_keys_path(settings), keys)
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
    total: Counter[str] = Counter()
    for entry in per_doc.values():
        total.update(entry["df"])
    write_json(_terms_by_span_path(settings), per_doc)
    write_json(terms_path(settings), {"n": sum(e["n"] for e in per_doc.values()), "df": total})


def _terms_by_span_path(settings: Settings) -> Path:
    return settings.data_dir / f"{settings.collection}.terms-by-span.json"


def _load_terms(settings: Settings) -> dict[str, dict[str, Any]]:
    import json

    state = _terms_by_span_path(settings)
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
