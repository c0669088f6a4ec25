"""Speed and memory benchmark (prints numbers; not a timed test). `rag eval --bench`."""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rag.answer import Answerer
from rag.config import PROJECT_ROOT, Settings
from rag.ingest import ingest

from .metrics import percentile
from .sets import SETS

RUNS = 3


# A small launcher reports the child's peak RSS: a child forked from this (large) process
# would start with this process's RSS on its account.
_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def wall(cmd: list[str], env: dict[str, str] | None = None, runs: int = RUNS) -> tuple[float, float]:
    """Median wall seconds of a fresh process, and its peak RSS in MiB."""
    times, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _PEAK, *cmd], check=True, capture_output=True,
                             text=True, cwd=PROJECT_ROOT, env=env).stdout
        times.append(time.perf_counter() - started)
        peaks.append(int(out.split()[-1]) / 1024)
    return statistics.median(times), max(peaks)


def bench(settings: Settings) -> dict[str, float]:
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        fresh = settings.model_copy(update={"data_dir": Path(tmp)})
        out["ingest_cold_s"] = round(ingest(fresh).seconds, 2)
        out["ingest_noop_s"] = round(ingest(fresh).seconds, 2)
        out["ingest_noop_ratio"] = round(out["ingest_noop_s"] / out["ingest_cold_s"], 3)

        answerer = Answerer(fresh)
        questions = [c["question"] for c in SETS["seeds"].cases()]
        timings = [answerer.answer(q).timings_ms for _ in range(RUNS) for q in questions]
        for stage in ("retrieve", "answer", "total"):
            values = [t[stage] for t in timings]
            out[f"warm_{stage}_ms_p50"] = percentile(values, 50)
            out[f"warm_{stage}_ms_p95"] = percentile(values, 95)
        out["warm_process_peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)

        py = sys.executable
        floor, _ = wall([py, "-c", "import llama_index.core, chromadb"])
        ask, ask_peak = wall([py, "-m", "rag.cli", "--data-dir", tmp, "ask", "--json", questions[0]])
        sources, _ = wall([py, "-m", "rag.cli", "--data-dir", tmp, "sources"])
        out |= {
            "import_floor_s": round(floor, 2),
            "cold_ask_json_s": round(ask, 2),
            "cold_ask_over_floor": round(ask / floor, 2),
            "cold_sources_s": round(sources, 2),
            "cold_ask_peak_mib": round(ask_peak, 1),
        }
    return out


def print_bench(numbers: dict[str, float]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Speed and memory", title_justify="left")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in numbers.items():
        table.add_row(name, str(value))
    Console(width=None if sys.stdout.isatty() else 120).print(table)
    print(json.dumps(numbers))
