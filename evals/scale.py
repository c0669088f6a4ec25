"""Scale benchmark over a folder of real articles (default: the shared BBC folder), at several
corpus sizes, with LlamaIndex defaults and a raw Chroma query side by side. Prints a table of
numbers (and JSON); nothing here is a timed test. `rag bench [--sizes 100 500 2225]`."""

from __future__ import annotations

import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rag.config import PROJECT_ROOT, Settings
from rag.ingest import ingest
from rag.store import paged

from .bench import wall
from .metrics import percentile
from .sets import SETS

QUESTIONS = 30  # warm questions per size
RAW_SAMPLE = 2000  # chunks the embedder alone is timed on
# In a fresh process, after the libraries are imported (that is the import floor, measured
# apart): Answerer() alone, then its first answer.
_SUBPROCESS_START = ("import sys, time; import chromadb, onnxruntime, llama_index.core, bm25s; "
                     "import llama_index.vector_stores.chroma, llama_index.retrievers.bm25; "
                     "from rag.answer import Answerer; from rag.config import load_settings; "
                     "t = time.perf_counter(); a = Answerer(load_settings(data_dir=sys.argv[1], "
                     "corpus_dir=sys.argv[2], use_llm=False)); s = time.perf_counter(); "
                     "a.answer(sys.argv[3]); print(s - t, time.perf_counter() - s)")


def _subset(corpus: Path, size: int, into: Path) -> Path:
    """`size` articles spread over the corpus's subfolders, copied (names kept). Past the
    corpus's size, variants fill the rest: each article again with its body paragraphs
    rotated, so every variant chunks and embeds differently. They live only in `into`."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html"))
    random.Random(size).shuffle(files)
    target = into / corpus.name
    for i in range(size):
        f, turn = files[i % len(files)], i // len(files)
        dest = target / f.relative_to(corpus)
        if turn:
            dest = dest.with_name(f"{dest.stem}-v{turn}{dest.suffix}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        if turn:
            dest.write_text(_rotated(f.read_text(encoding="utf-8", errors="replace"), turn), encoding="utf-8")
        else:
            shutil.copy(f, dest)  # the bytes as they are
    return target


def _rotated(text: str, turn: int) -> str:
    """The title line, then the body's paragraphs rotated by `turn`."""
    title, _, body = text.partition("\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    k = turn % max(len(paragraphs), 1)
    return title + "\n\n" + "\n\n".join(paragraphs[k:] + paragraphs[:k]) + "\n"


def _dir_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def _warm(answerer: Any, questions: list[str], **kwargs: Any) -> dict[str, float]:
    timings = [answerer.answer(q, **kwargs).timings_ms for q in questions]
    return {f"{stage}_p{q}": percentile([t[stage] for t in timings], q)
            for stage in ("retrieve", "answer", "total") for q in (50, 95)}


def _peers(settings: Settings, corpus: Path, questions: list[str]) -> dict[str, float]:
    """LlamaIndex defaults (VectorStoreIndex in memory + BM25Retriever, same embedder) and a
    raw query of our Chroma collection, on the same articles and questions."""
    import Stemmer
    from llama_index.core import SimpleDirectoryReader, VectorStoreIndex
    from llama_index.retrievers.bm25 import BM25Retriever

    from rag.embeddings import make_embed_model
    from rag.store import open_collection

    embed = make_embed_model(settings)
    logging.getLogger("llama_index.core.readers.file.base").setLevel(logging.ERROR)  # plain text needs no extras
    started = time.perf_counter()
    docs = SimpleDirectoryReader(str(corpus), recursive=True).load_data()
    index = VectorStoreIndex.from_documents(docs, embed_model=embed)
    nodes = list(index.docstore.docs.values())
    bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=5, stemmer=Stemmer.Stemmer("english"))
    build = time.perf_counter() - started
    dense = index.as_retriever(similarity_top_k=5)
    li, raw = [], []
    collection = open_collection(settings)
    for q in questions:
        t = time.perf_counter()
        dense.retrieve(q)
        bm25.retrieve(q)
        li.append((time.perf_counter() - t) * 1000)
        vector = embed.get_query_embedding(q)
        t = time.perf_counter()
        collection.query(query_embeddings=[vector], n_results=5)  # type: ignore[union-attr,arg-type]
        raw.append((time.perf_counter() - t) * 1000)
    return {"peer_llamaindex_build_s": round(build, 1), "peer_llamaindex_chunks": len(nodes),
            "peer_llamaindex_retrieve_p50_ms": percentile(li, 50),
            "peer_raw_chroma_query_p50_ms": percentile(raw, 50)}


def _raw_model(embed: Any, texts: list[str], ingest_s: float, chunks: int) -> dict[str, float]:
    """The embedder alone on (a sample of) the index's chunk texts, next to what ingest
    achieved: ingest also embeds every sentence, and chunks, writes and sweeps."""
    from llama_index.core.utils import get_tokenizer

    tokenize = get_tokenizer()
    tokens = sum(len(tokenize(t)) for t in texts)
    started = time.perf_counter()
    embed.get_text_embedding_batch(texts)
    seconds = time.perf_counter() - started
    return {"raw_model_chunks_per_s": round(len(texts) / seconds, 1),
            "raw_model_tokens_per_s": round(tokens / seconds),
            "ingest_tokens_per_s": round(tokens / len(texts) * chunks / ingest_s)}


def _cold_ingest(settings: Settings, corpus: Path, env: dict[str, str], crash: bool) -> dict[str, Any]:
    """Cold ingest in a child process, so its peak RSS is the ingest's own. With `crash`,
    a first child is killed (SIGKILL) at a random point and a second resumes; either way
    the store must then hold exactly the chunk ids that chunking the corpus gives."""
    from chromadb.api.client import SharedSystemClient

    from rag.ingest import expected_chunk_ids
    from rag.store import open_collection

    expected = expected_chunk_ids(settings)
    cmd = [sys.executable, "-m", "rag.cli", "--data-dir", str(settings.data_dir), "ingest", str(corpus)]
    out: dict[str, Any] = {}
    killed = 0.0
    if crash:
        killed, at_kill = _kill_midway(settings, cmd, env, len(expected))
        out |= {"crash_killed_at_s": round(killed), "crash_chunks_at_kill": at_kill}
    seconds, peak = wall(cmd, env, runs=1)
    SharedSystemClient.clear_system_cache()  # this process's view of the store predates the child's writes
    collection = open_collection(settings)
    stored = {i for i, _ in paged(collection, [])} if collection is not None else set()
    out |= {"chunks": len(stored), "ingest_cold_s": round(killed + seconds, 1),
            "ingest_chunks_per_s": round(len(stored) / (killed + seconds), 1), "ingest_peak_mib": round(peak),
            "ingest_ids_match_clean_build": stored == expected}
    return out


def _kill_midway(settings: Settings, cmd: list[str], env: dict[str, str], expected: int) -> tuple[float, int]:
    """Run `cmd` (an ingest) and kill -9 it once the store holds a random 10-90% of the
    expected chunks; (seconds it ran, chunks stored when killed)."""
    from chromadb.api.client import SharedSystemClient

    from rag.store import open_collection

    target = int(random.Random(expected).uniform(0.1, 0.9) * expected)
    started = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=PROJECT_ROOT, env=env)
    stored = 0
    while child.poll() is None and stored < target:
        time.sleep(2)
        try:
            SharedSystemClient.clear_system_cache()  # count what the child wrote since
            collection = open_collection(settings)
            stored = collection.count() if collection is not None else 0
        except Exception:  # a read racing the child's write, or the store not created yet
            continue
    child.kill()
    child.wait()
    return time.perf_counter() - started, stored


def _ui_times(data_dir: Path, env: dict[str, str], question: str) -> dict[str, float]:
    """`rag ui` from launch to its first page, and to its first answer (through the API)."""
    import socket

    import httpx
    from gradio_client import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    started = time.perf_counter()
    ui = subprocess.Popen([sys.executable, "-m", "rag.cli", "--data-dir", str(data_dir), "ui", "--no-llm",
                           "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          cwd=PROJECT_ROOT, env=env)
    try:
        while True:
            if ui.poll() is not None:
                raise RuntimeError(f"rag ui exited with {ui.returncode}")
            try:
                if httpx.get(url, timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        page = time.perf_counter() - started
        Client(url, verbose=False).predict(question, 5, "", "", api_name="/chat")
        return {"ui_first_page_s": round(page, 1), "ui_first_answer_s": round(time.perf_counter() - started, 1)}
    finally:
        ui.terminate()
        ui.wait()


def bench_size(corpus: Path, size: int, work: Path, peers: bool, crash: bool = False) -> dict[str, Any]:
    from rag.answer import Answerer
    from rag.config import load_settings
    from rag.embeddings import make_embed_model

    sub = _subset(corpus, size, work / f"corpus-{size}")
    settings = load_settings(data_dir=work / f"data-{size}", corpus_dir=sub, use_llm=False)
    env = {**os.environ, "RAG_CORPUS_DIR": str(sub), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    out: dict[str, Any] = {"articles": size, "index_reused": (settings.data_dir / "chroma").exists()}
    out |= _cold_ingest(settings, sub, env, crash and not out["index_reused"])
    out["ingest_noop_s"] = round(ingest(settings).seconds, 2)
    files = sorted(p for p in sub.rglob("*") if p.is_file())
    files[0].write_text(files[0].read_text(encoding="utf-8", errors="replace") + "\n\nOne more line.\n",
                        encoding="utf-8")
    out["ingest_one_changed_s"] = round(ingest(settings).seconds, 2)
    files[1].unlink()
    out["ingest_one_deleted_s"] = round(ingest(settings).seconds, 2)
    out["data_dir_mib"] = round(_dir_mib(settings.data_dir), 1)

    cases = [c["question"] for c in SETS["bbc"].cases()]
    questions, warm_up = cases[:QUESTIONS], cases[QUESTIONS : 2 * QUESTIONS]
    py = sys.executable
    floor, _ = wall([py, "-c", "import llama_index.core, chromadb"])
    rag = [py, "-m", "rag.cli", "--data-dir", str(settings.data_dir)]
    ask, ask_peak = wall([*rag, "ask", "--json", questions[0]], env)
    starts = [subprocess.run([py, "-c", _SUBPROCESS_START, str(settings.data_dir), str(sub), questions[0]],
                             check=True, capture_output=True, text=True, cwd=PROJECT_ROOT).stdout.split()
              for _ in range(3)]
    out |= {"import_floor_s": round(floor, 2), "cold_ask_json_s": round(ask, 2), "cold_ask_peak_mib": round(ask_peak, 1),
            "cold_ask_over_floor": round(ask / floor, 2),
            "answerer_start_s": round(statistics.median(float(s[0]) for s in starts), 2),
            "first_answer_s": round(statistics.median(float(s[1]) for s in starts), 2)}

    answerer = Answerer(settings)
    for q in warm_up:  # other questions: the measured ones find no cached embedding or value
        answerer.answer(q)
    embed = make_embed_model(settings)
    t = time.perf_counter()
    for q in questions:
        embed.get_query_embedding(q)
    out["query_embedding_ms"] = round((time.perf_counter() - t) * 1000 / len(questions), 1)
    out |= _raw_model(embed, answerer.retriever.all_texts()[:RAW_SAMPLE], out["ingest_cold_s"], out["chunks"])
    out |= {f"warm_{k}": v for k, v in _warm(answerer, questions).items()}
    # With --since: on an undated corpus (the BBC files carry no dates) every chunk is
    # filtered out in the store, so this measures the filter's cost, not an answer.
    out |= {f"dated_{k}": v for k, v in _warm(answerer, questions, since="2004-01-01").items()
            if k.startswith("total")}
    out |= _ui_times(settings.data_dir, env, questions[0])
    if peers:
        out |= _peers(settings, sub, questions)
    return out


def run(corpus: Path, sizes: list[int], peers: bool = True, crash: bool = False,
        keep: Path | None = None) -> list[dict[str, Any]]:
    """With `keep`, work there and leave it: a later run reuses each size's index (the
    cold-ingest figures then describe a re-ingest, and say so)."""
    if keep is not None:
        return [bench_size(corpus, n, keep, peers, crash) for n in sizes]
    with tempfile.TemporaryDirectory(prefix="rag-bench-") as tmp:
        return [bench_size(corpus, n, Path(tmp), peers, crash) for n in sizes]


def print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Scale benchmark (seconds, milliseconds, MiB)", title_justify="left")
    table.add_column("measure")
    for row in rows:
        table.add_column(f"{row['articles']} articles", justify="right")
    for key in rows[0]:
        if key != "articles":
            table.add_row(key, *(str(r.get(key, "")) for r in rows))
    console = Console(width=None if sys.stdout.isatty() else 140)
    console.print(table)
    console.print(_target_table(rows))
    print(json.dumps(rows))


# The targets: (measure, limit up to 2,225 articles, limit above), all "below".
TARGETS = [("answerer_start_s", 1.0, 2.0), ("cold_ask_over_floor", 1.5, 1.5),
           ("warm_total_p95", 50.0, 100.0), ("dated_total_p95", 50.0, 100.0)]
LARGE = 2225  # corpora above this size get the second limit


def _target_table(rows: list[dict[str, Any]]) -> Any:
    """Each target beside what was measured: met, or missed by how much."""
    from rich.table import Table

    table = Table(title="Targets (below the limit)", title_justify="left")
    for column in ("measure", "articles", "limit", "measured", "verdict"):
        table.add_column(column, justify="left" if column in ("measure", "verdict") else "right")
    for row in rows:
        for key, small, large in TARGETS:
            if key in row:
                limit, value = small if row["articles"] <= LARGE else large, row[key]
                verdict = "met" if value < limit else f"missed by {value - limit:.2f}"
                table.add_row(key, str(row["articles"]), str(limit), str(value), verdict)
    return table
