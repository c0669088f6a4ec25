"""The eval gate: passes on the shipped settings, fails and names flips on a broken one."""

from evals.run import evaluate, gate, load_cases, report_markdown


def test_shipped_settings_pass_the_gate(settings):
    outcome = evaluate(settings, load_cases(), ablation=False)
    assert outcome.ok, outcome.failures
    assert not [f for f in outcome.flips if f[1] and not f[2]]  # nothing went pass -> fail


def test_top_k_one_fails_and_names_the_flipped_questions(settings):
    broken = settings.model_copy(update={"top_k": 1})
    outcome = evaluate(broken, load_cases(), ablation=False)
    assert not outcome.ok
    assert any(was and not now for _, was, now in outcome.flips)
    report = report_markdown(outcome)
    assert "Flipped against the baseline" in report
    assert all(case_id in report for case_id, *_ in outcome.flips)


def test_gate_reads_thresholds(settings):
    outcome = evaluate(settings, load_cases()[:3], ablation=False)
    worse = dict(outcome.summary, key_fact_recall=0.5, false_refusal_rate=0.5)
    failures = gate(outcome.results, worse)
    assert any("key_fact_recall" in f for f in failures)
    assert any("false_refusal_rate" in f and "above" in f for f in failures)


def test_outputs_are_written(settings, tmp_path):
    from evals.run import write_outputs

    outcome = evaluate(settings, load_cases()[:4], ablation=False)
    write_outputs(outcome, tmp_path)
    assert len((tmp_path / "results.jsonl").read_text().splitlines()) == 4
    assert "<svg" in (tmp_path / "report.html").read_text()
    assert (tmp_path / "report.md").read_text().startswith("# Eval report")
