"""`rag`: the command-line door. Parses input, calls the library, prints the result."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from .config import Settings, load_settings
from .errors import ConfigError, CorpusError, RagError

EXIT_ERROR = 1


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        corpus_dir=getattr(args, "path", None),
        data_dir=args.data_dir,
        chroma_url=args.chroma_url,
        top_k=getattr(args, "top_k", None),
        use_llm=False if getattr(args, "no_llm", False) else None,
    )


def _console() -> Any:
    from rich.console import Console

    # Pipes and CI logs get a wide table instead of rich's 80-column fallback.
    return Console(highlight=False, width=None if sys.stdout.isatty() else 140)


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.table import Table

    from .ingest import check, ingest

    settings = _settings(args)
    if args.check:
        report = check(settings)
        title = f"Differences between {settings.corpus_dir} and the index (nothing written)"
        counts = {"spans to embed": report.pending_spans, "stale chunks": report.stale_chunks}
    else:
        report = ingest(settings, rebuild=args.rebuild, show_progress=sys.stderr.isatty())
        if report.moved_aside:
            print(f"warning: the index was damaged; moved it aside to {report.moved_aside} and rebuilt",
                  file=sys.stderr)
        title = f"Ingested {settings.corpus_dir}"
        counts = {"chunks embedded": report.chunks_embedded, "stale rows removed": report.stale_chunks}
    _warn_skipped(report.skipped)
    table = Table(title=title, title_justify="left")
    for col in ("added", "changed", "removed", "unchanged", *counts, "chunks total", "seconds"):
        table.add_column(col, justify="right")
    table.add_row(
        *(str(len(x)) for x in (report.added, report.changed, report.removed, report.unchanged)),
        *(str(v) for v in counts.values()), str(report.chunks_total), f"{report.seconds:.2f}",
    )
    _console().print(table)
    in_sync = not (report.added or report.changed or report.removed or report.pending_spans
                   or report.stale_chunks)
    return 0 if in_sync or not args.check else 1


def _warn_skipped(skipped: Any) -> None:
    for s in skipped:
        print(f"warning: skipped {s.source}: {s.reason}", file=sys.stderr)


def cmd_sources(args: argparse.Namespace) -> int:
    from rich.table import Table

    from .store import list_flagged, list_skipped, list_sources

    table = Table(title_justify="left")
    table.add_column("source", no_wrap=True)
    table.add_column("title", max_width=60, no_wrap=True, overflow="ellipsis")
    for col in ("author", "date"):
        table.add_column(col, no_wrap=True)
    table.add_column("chunks", justify="right")
    settings = _settings(args)
    for s in list_sources(settings):
        table.add_row(s.source, s.title, s.author or "-", s.date or "-", str(s.chunks))
    _console().print(table)
    if skipped := list_skipped(settings):
        bad = Table(title="Skipped (not indexed)", title_justify="left")
        bad.add_column("file", no_wrap=True)
        bad.add_column("why")
        for k in skipped:
            bad.add_row(k.source, k.reason)
        _console().print(bad)
    if flagged := list_flagged(settings):
        warn = Table(title="Warning: passages that give orders to an AI model (possible prompt injection; "
                           "withheld from the LLM and never quoted)", title_justify="left")
        for col in ("file", "line", "passage"):
            warn.add_column(col, no_wrap=col != "passage")
        for f in flagged:
            warn.add_row(f.source, str(f.line), f.text)
        _console().print(warn)
    return 0


def _ensure_index(settings: Settings) -> None:
    from .ingest import ensure_index

    if report := ensure_index(settings):
        print(f"No index yet: ingested {settings.corpus_dir} ({report.chunks_total} chunks, "
              f"{report.seconds:.1f} s).", file=sys.stderr)
        _warn_skipped(report.skipped)


def _answerer(settings: Settings) -> Any:
    from .answer import Answerer

    _ensure_index(settings)
    return Answerer(settings)


def cmd_ask(args: argparse.Namespace) -> int:
    from .answer import clean_question

    question = " ".join(args.question)
    clean_question(question)  # fail fast on bad input, before any index work
    answerer = _answerer(_settings(args))
    show = not args.json and sys.stdout.isatty()  # the LLM's unchecked text, as it is written
    written = False
    for item in answerer.stream(question, since=args.since, until=args.until, sources=args.article):
        if isinstance(item, str):
            if show:
                print(item, end="", file=sys.stderr, flush=True)
                written = True
        else:
            result = item
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        if written:
            print("\n", file=sys.stderr)  # the verified answer follows
        print_answer(result)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from .answer import clean_question
    from .errors import QuestionError

    answerer = _answerer(_settings(args))
    history: list[tuple[str, str]] = []
    print(f"Chat about the articles ({answerer.backend.name}). Empty line or Ctrl-D to quit.")
    while True:
        try:
            question = input("\nyou> ")
        except EOFError:
            return 0
        if not question.strip():
            return 0
        try:
            clean_question(question)
            result = answerer.answer(question, history=history, since=args.since, until=args.until,
                                     sources=args.article)
        except QuestionError as e:
            print(f"error: {e}")
            continue
        if result.rewritten:
            print(f"(read as: {result.rewritten})")
        print_answer(result)
        history.append((result.rewritten or result.question, result.answer))


def print_answer(result: Any) -> None:
    console = _console()
    if result.notice:
        console.print(f"[yellow]note:[/] {result.notice}")
    console.print(result.answer, markup=False)
    for c in result.citations:
        dated = f", {c.date}" if c.date else ""
        console.print(f"\n[bold][{c.n}][/] {c.title}{dated}", markup=True, soft_wrap=True)
        console.print(f"    {c.source}:{c.start_line}-{c.end_line}", style="cyan")
        if c.text_file:  # a web page: lines are counted in its extracted text
            console.print(f"    (lines of the page's extracted text: {c.text_file})", style="cyan")
        console.print(f"    “{c.quote}”", style="dim", markup=False)


def cmd_bench(args: argparse.Namespace) -> int:
    from evals.scale import print_table, run
    from evals.sets import BBC_DIR

    corpus = args.corpus or BBC_DIR
    if not corpus.is_dir():
        raise CorpusError(f"no corpus folder at {corpus}: pass --corpus DIR")
    print_table(run(corpus, args.sizes, peers=not args.no_peers, crash=args.crash, keep=args.keep))
    return 0


def _drafts_from_feedback(feedback: Path | str, into: Path) -> int:
    from rich.console import Console
    from rich.table import Table

    from evals.feedback import draft_cases, save_drafts

    drafts = draft_cases(Path(feedback))
    added = save_drafts(drafts, into)
    table = Table(title=f"Answers voted down: {len(drafts)} ({added} new drafts)", title_justify="left")
    for column in ("id", "question", "answer shown"):
        table.add_column(column, overflow="fold")
    for d in drafts:
        table.add_row(d["id"], d["question"], d["feedback"]["answer"][:160])
    Console().print(table)
    print(f"drafts: {into} (fill in facts and sources, then move each case into a set)")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.run import evaluate, report_markdown, save_baseline, write_outputs
    from evals.sets import SETS, materialise

    from .ingest import ingest

    settings = _settings(args)
    if args.chunk_size:  # separate collections, so the main index is never re-chunked
        settings = settings.model_copy(update={
            "chunk_size": args.chunk_size, "chunk_overlap": min(settings.chunk_overlap, args.chunk_size // 4)})
    if args.from_feedback:
        return _drafts_from_feedback(args.from_feedback if args.from_feedback != "-" else
                                     settings.data_dir / "feedback.jsonl", args.out / "feedback-drafts.jsonl")
    if args.bench:
        from evals.bench import bench, print_bench

        _ensure_index(settings)
        print_bench(bench(settings))
        return 0
    if args.workers < 1:
        raise ConfigError(f"--workers {args.workers}: pass 1 or more processes")
    names = list(SETS) if args.set == "all" else [args.set]
    outcomes, skipped, sets = [], {}, {}
    for name in names:
        eval_set = SETS[name].full() if args.full else SETS[name]
        if not eval_set.available:
            skipped[name] = f"corpus folder {eval_set.corpus} not found"
            print(f"skipped set {name}: {skipped[name]}", file=sys.stderr)
            continue
        materialise(eval_set, settings)
        set_settings = eval_set.settings(settings)
        if args.chunk_size:
            set_settings = set_settings.model_copy(
                update={"collection": f"{set_settings.collection}-chunk{args.chunk_size}"})
        print(f"set {name}: indexing {set_settings.corpus_dir} ...", file=sys.stderr)
        ingest(set_settings, show_progress=sys.stderr.isatty())
        outcomes.append(evaluate(set_settings, eval_set, ablation=not args.no_ablation, workers=args.workers))
        sets[outcomes[-1].name] = eval_set
    write_outputs(outcomes, args.out, skipped)
    print(report_markdown(outcomes, skipped))
    if args.update_baseline:
        for outcome in outcomes:
            save_baseline(outcome, sets[outcome.name].baseline_path)
            print(f"baseline updated: {sets[outcome.name].baseline_path}")
        return 0
    for outcome in outcomes:
        for case_id, was, _now in outcome.flips:
            print(f"{outcome.name}: flipped {'pass->fail' if was else 'fail->pass'}: {case_id}")
        for failure in outcome.failures:
            print(f"FAIL {outcome.name}: {failure}", file=sys.stderr)
    print(f"results: {args.out}/<set>/results.jsonl, summary.json, report.md, report.html")
    return 0 if all(o.ok for o in outcomes) else EXIT_ERROR


def cmd_ui(args: argparse.Namespace) -> int:
    settings = _settings(args).model_copy(
        update={k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    )
    from ui.app import launch

    if not _port_free(settings.host, settings.port):
        raise ConfigError(f"port {settings.port} on {settings.host} is in use: pass --port (e.g. --port "
                          f"{settings.port + 1}) or stop what is using it")
    launch(settings)
    return 0


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _shared_flags() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, argparse.ArgumentParser]:
    """Flags several commands take, defined once (argparse parents): the backend, the
    retrieval depth, and which articles a question may draw on."""
    llm = argparse.ArgumentParser(add_help=False)
    llm.add_argument("--no-llm", action="store_true", help="use the extractive answerer")
    depth = argparse.ArgumentParser(add_help=False)
    depth.add_argument("--top-k", type=int, help="chunks to retrieve")
    scope = argparse.ArgumentParser(add_help=False)
    scope.add_argument("--since", help="only articles published on or after YYYY-MM-DD")
    scope.add_argument("--until", help="only articles published on or before YYYY-MM-DD")
    scope.add_argument("--article", action="append", metavar="FILE",
                       help="only this article, named as `rag sources` lists it (repeat for more)")
    return llm, depth, scope


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rag", description="Ask questions about news articles.")
    parser.add_argument("--data-dir", type=Path, help="where the index lives (RAG_DATA_DIR)")
    parser.add_argument("--chroma-url", help="use a Chroma server instead of the embedded store")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)
    llm, depth, scope = _shared_flags()

    p = sub.add_parser("ingest", help="index the articles (only new or changed files are embedded)")
    p.add_argument("path", nargs="?", type=Path, help="corpus folder (default: seeds/)")
    p.add_argument("--rebuild", action="store_true", help="drop the index and embed everything again")
    p.add_argument("--check", action="store_true",
                   help="report what an ingest would change, without writing (exit 1 if anything)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("sources", help="list the indexed articles")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("ask", help="answer one question with cited sources", parents=[llm, depth, scope])
    p.add_argument("question", nargs="+")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="interactive chat with follow-up questions", parents=[llm, depth, scope])
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("ui", help="the chat web UI (127.0.0.1:7860 by default)", parents=[llm])
    p.add_argument("--host", help="bind address (RAG_HOST); keep 127.0.0.1 unless behind auth")
    p.add_argument("--port", type=int, help="port (RAG_PORT)")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("bench", help="scale benchmark: ingest, start-up and latency at several corpus sizes")
    p.add_argument("--corpus", type=Path, help="folder of articles (default: the shared BBC folder)")
    p.add_argument("--sizes", type=int, nargs="+", default=[100, 500], help="articles per run")
    p.add_argument("--no-peers", action="store_true", help="skip the LlamaIndex-defaults and raw Chroma peers")
    p.add_argument("--crash", action="store_true",
                   help="kill -9 the cold ingest at a random point, resume it, and check it against a clean build")
    p.add_argument("--keep", type=Path, metavar="DIR",
                   help="work in DIR and keep it; a later run reuses each size's index instead of a cold ingest")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("eval", help="run the golden questions and compare with the baseline", parents=[llm, depth])
    p.add_argument("--set", default="all", choices=["all", "seeds", "formats", "bbc"],
                   help="which eval set (default: all whose corpus exists)")
    p.add_argument("--full", action="store_true", help="bbc: ask against all 2,225 articles, not 500")
    p.add_argument("--chunk-size", type=int, help="re-chunk into a separate index at this size")
    p.add_argument("--out", type=Path, default=Path("evals/out"), help="where results are written")
    p.add_argument("--no-ablation", action="store_true", help="skip the dense/bm25/hybrid table")
    p.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, 4), metavar="N",
                   help="answer in N processes (default: one per core, at most 4); the answers are the same")
    p.add_argument("--update-baseline", action="store_true", help="write evals/baselines/<set>.json")
    p.add_argument("--bench", action="store_true", help="speed and memory benchmark instead")
    p.add_argument("--from-feedback", nargs="?", const="-", metavar="FILE",
                   help="turn answers voted down in the UI (default: <data dir>/feedback.jsonl) into "
                        "draft cases in <out>/feedback-drafts.jsonl")
    p.set_defaults(func=cmd_eval)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except RagError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted: run the command again (an interrupted ingest resumes where it stopped)",
              file=sys.stderr)
        return 130
    except Exception as e:  # a bug, not bad input: one line unless asked for more
        if args.debug:
            raise
        print(f"unexpected error: {type(e).__name__}: {e} (rerun with --debug)", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
