"""The eval gate: passes on the shipped settings, fails and names flips on a broken one."""

import json

from evals.run import evaluate, gate, report_markdown, write_outputs
from evals.sets import SETS

SEEDS = SETS["seeds"]


# The shipped settings passing the gate on every case is `rag eval --set all`, the step
# after the tests in .ci/run: each golden case is asked there, not again here.


def test_a_broken_answerer_fails_and_names_the_flipped_questions(settings, monkeypatch):
    from rag.extractive import Extractive

    monkeypatch.setattr(Extractive, "support_threshold", 0.95)  # refuses nearly everything
    outcome = evaluate(settings, SEEDS, ablation=False, cases=SEEDS.cases()[:12])
    assert not outcome.ok
    assert any(was and not now for _, was, now in outcome.flips)
    report = report_markdown([outcome])
    assert "Flipped against the baseline" in report
    assert all(case_id in report for case_id, *_ in outcome.flips)


def test_gate_reads_thresholds(settings):
    outcome = evaluate(settings, SEEDS, ablation=False, cases=SEEDS.cases()[:3])
    worse = dict(outcome.summary, key_fact_recall=0.5, false_refusal_rate=0.5)
    failures = gate(outcome.results, worse, json.loads(SEEDS.thresholds_path.read_text()))
    assert any("key_fact_recall" in f for f in failures)
    assert any("false_refusal_rate" in f and "above" in f for f in failures)


def test_outputs_are_written_per_set(settings, tmp_path):
    outcome = evaluate(settings, SEEDS, ablation=False, cases=SEEDS.cases()[:4])
    write_outputs([outcome], tmp_path)
    assert len((tmp_path / "seeds" / "results.jsonl").read_text().splitlines()) == 4
    assert "<svg" in (tmp_path / "report.html").read_text()
    report = (tmp_path / "report.md").read_text()
    assert report.startswith("# Eval report") and "## seeds (4 cases)" in report and "**Overall**" in report
    assert json.loads((tmp_path / "summary.json").read_text())["sets"]["seeds"]["strict_pass_rate"] >= 0


def test_workers_change_the_wall_time_not_the_answers(settings):
    cases = SEEDS.cases()[:6]
    alone = evaluate(settings, SEEDS, ablation=False, cases=cases)
    split = evaluate(settings, SEEDS, ablation=False, cases=cases, workers=2)
    assert [r.id for r in split.results] == [c["id"] for c in cases]  # in case order
    assert [(r.answer, r.passed) for r in split.results] == [(r.answer, r.passed) for r in alone.results]


def test_an_eval_worker_ends_when_its_parent_is_killed(tmp_path):
    """`kill <pid>` of `rag eval` must not leave its answering workers behind."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    script = tmp_path / "parent.py"  # spawn imports the parent's main module from a file
    script.write_text(
        "import multiprocessing, os, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from evals.run import exit_with_parent\n"
        "def start():\n"
        "    exit_with_parent(os.getppid(), 0.1)\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn'), initializer=start)\n"
        "    print(pool.submit(os.getpid).result(), flush=True)\n"
        "    time.sleep(60)\n")
    root = Path(__file__).resolve().parents[1]
    parent = subprocess.Popen([sys.executable, str(script)], cwd=root, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(root)})
    worker = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGTERM)
    parent.wait(10)
    for _ in range(100):  # the watcher polls every 0.1 s
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    os.kill(worker, signal.SIGKILL)
    raise AssertionError("the worker outlived its killed parent")
