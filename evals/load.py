"""Load test: N users each ask Q questions of a running UI at once, through its HTTP API.

`python -m evals.load [--users 25] [--questions 4] [--url URL] [--during-ingest]`

Without --url it launches the UI on 127.0.0.1 against the seeds index (`--data-dir`).
With --during-ingest, a `rag ingest` of a changed copy of the corpus runs in another process
while the users ask. Prints errors, refusals and latency percentiles (not a timed test)."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rag.config import PROJECT_ROOT, load_settings

from .metrics import percentile
from .sets import SETS


def _user(url: str, questions: list[str]) -> list[tuple[float, str]]:
    """One user's session: (seconds, outcome) per question; outcome is ok, refused or the error."""
    from gradio_client import Client

    client = Client(url, verbose=False)
    out = []
    for q in questions:
        started = time.perf_counter()
        try:
            answer = client.predict(q, 5, api_name="/ask")
            outcome = "refused" if answer["refused"] else "ok"
        except Exception as e:  # every failure is counted, with its message
            outcome = f"error: {str(e).splitlines()[0][:100]}"
        out.append((time.perf_counter() - started, outcome))
    return out


def run(url: str, users: int, per_user: int, ingest_cmd: list[str] | None) -> dict[str, object]:
    cases = [c for c in SETS["seeds"].cases() if c["kind"] == "fact" and c.get("must_pass")]
    plans = [[cases[(u * per_user + i) % len(cases)]["question"] for i in range(per_user)] for u in range(users)]
    ingest = subprocess.Popen(ingest_cmd, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL) if ingest_cmd else None
    started = time.perf_counter()
    with ThreadPoolExecutor(users) as pool:
        results = [r for session in pool.map(lambda p: _user(url, p), plans) for r in session]
    wall = time.perf_counter() - started
    if ingest:
        ingest.wait()
    seconds = [s for s, _ in results]
    errors = [o for _, o in results if o.startswith("error")]
    return {
        "users": users, "questions": len(results), "errors": len(errors),
        "refused": sum(o == "refused" for _, o in results),
        "p50_s": round(percentile(seconds, 50), 2), "p95_s": round(percentile(seconds, 95), 2),
        "max_s": round(max(seconds), 2), "wall_s": round(wall, 1),
        "ingest_during": bool(ingest), "first_errors": sorted(set(errors))[:3],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=25)
    parser.add_argument("--questions", type=int, default=4)
    parser.add_argument("--url", help="a running UI; default: launch one here")
    parser.add_argument("--data-dir", type=Path, default=PROJECT_ROOT / ".rag" / "load")
    parser.add_argument("--during-ingest", action="store_true", help="run an ingest while users ask")
    args = parser.parse_args()
    app, url, ingest_cmd = None, args.url, None
    if not url:
        from rag.ingest import ingest
        from ui.app import launch

        corpus = Path(tempfile.mkdtemp(prefix="rag-load-")) / "seeds"
        shutil.copytree(PROJECT_ROOT / "seeds", corpus)
        settings = load_settings(data_dir=args.data_dir, corpus_dir=corpus, use_llm=False, port=7861)
        ingest(settings)
        app = launch(settings, prevent_thread_lock=True)
        url = app.local_url
        if args.during_ingest:  # every article changes, so every file is swapped while users ask
            for f in corpus.iterdir():
                f.write_text(f.read_text(encoding="utf-8") + "\n\nAn added closing line.\n", encoding="utf-8")
            ingest_cmd = [sys.executable, "-m", "rag.cli", "--data-dir", str(args.data_dir), "ingest", str(corpus)]
    try:
        print(json.dumps(run(url, args.users, args.questions, ingest_cmd), indent=1))
    finally:
        if app:
            app.close()


if __name__ == "__main__":
    main()
