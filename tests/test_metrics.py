from evals.metrics import (
    CaseResult,
    CitationCheck,
    citation_precise,
    contains,
    first_hit_rank,
    normalize,
    strict_pass,
    summarize,
)

GOOD = CitationCheck("seeds/a.txt", "it gave over 600,000 square km", True, True)


def case(**kw) -> CaseResult:
    base = dict(id="x", kind="fact", must_pass=True, question="q?", answer="It gave 600,000 square km [1]",
                refused=False, facts=[["600,000 square km", "600 000 km²"]], sources=["seeds/a.txt"],
                citations=[GOOD], retrieved=[("seeds/b.txt", "other"), ("seeds/a.txt", "600,000 square km")],
                timings_ms={"retrieve": 10.0, "answer": 2.0, "total": 12.0})
    base.update(kw)
    r = CaseResult(**base)
    r.passed = strict_pass(r)
    return r


def test_normalize_and_contains():
    assert normalize("600,000  Square\u00a0KM") == "600000 square km"
    assert contains("about 600 000 km² of land", ["600,000 square km", "600 000 km²"])
    assert contains("Sino\u2011Russian", ["sino-russian"])
    assert not contains("60,000 square km", ["600,000 square km"])
    assert contains("won the 1,000m race", ["1000m"])  # a unit glued to the figure
    assert not contains("1,0001 votes", ["10001"])


def test_hit_rank_and_mrr():
    r = case()
    assert first_hit_rank(r) == 2
    assert first_hit_rank(case(retrieved=[("seeds/b.txt", "600,000 square km")])) is None  # wrong file
    s = summarize([r], k=5)
    assert s["hit@5"] == 1.0 and s["mrr"] == 0.5
    assert summarize([r], k=1)["hit@1"] == 0.0


def test_key_fact_recall_and_strict_pass():
    half = case(facts=[["600,000 square km"], ["1858"]])
    assert not half.passed
    assert summarize([half], 5)["key_fact_recall"] == 0.5
    assert case().passed
    assert not case(refused=True).passed


def test_citation_precision_and_verbatim():
    wrong_file = CitationCheck("seeds/z.txt", "unrelated", True, True)
    forged = CitationCheck("seeds/a.txt", "600,000 square km", False, True)
    comment = CitationCheck("seeds/a.txt", "600,000 square km", True, False)
    r = case(citations=[GOOD, wrong_file, forged, comment])
    assert [citation_precise(r, c) for c in r.citations] == [True, False, False, False]
    s = summarize([r], 5)
    assert s["citation_precision"] == 0.25 and s["verbatim_rate"] == 0.75
    assert not r.passed  # a forged or comment citation fails the case


def test_citation_recall():
    r = case(facts=[["600,000 square km"], ["1858"]], answer="600,000 square km and 1858")
    assert summarize([r], 5)["citation_recall"] == 0.5


def test_refusal_metrics():
    refused = case(kind="refusal", facts=[], sources=[], refused=True, citations=[])
    answered = case(kind="refusal", facts=[], sources=[], refused=False)
    wrongly_refused = case(refused=True, citations=[])
    s = summarize([refused, answered, wrongly_refused, case()], 5)
    assert s["refusal_recall"] == 0.5
    assert s["false_refusal_rate"] == 0.5
    assert refused.passed and not answered.passed


def test_comment_trap_passes_only_without_comment_citations():
    assert case(kind="comment-trap", facts=[]).passed
    assert not case(kind="comment-trap", facts=[], citations=[CitationCheck("s", "q", True, False)]).passed


def test_latency_percentiles_and_must_pass_count():
    rs = [case(timings_ms={"retrieve": float(i), "answer": 1.0, "total": float(i) + 1}) for i in range(1, 101)]
    s = summarize(rs, 5)
    assert s["retrieve_ms_p50"] == 50.5 and s["retrieve_ms_p95"] == 95.05
    assert s["must_pass_failed"] == 0.0
    assert summarize(rs + [case(refused=True)], 5)["must_pass_failed"] == 1.0


def test_a_conflict_passes_only_with_both_values_cited_and_the_disagreement_said():
    a = CitationCheck("s/a.txt", "He died at 50.", True, True)
    b = CitationCheck("s/b.txt", "He died at the age of 51.", True, True)
    both = dict(kind="conflict", facts=[["50"], ["51"]], sources=["s/a.txt", "s/b.txt"])
    said = case(**both, answer="The sources disagree: 50 [1], 51 [2].", citations=[a, b])
    silent = case(**both, answer="He died at 50 [1] or 51 [2].", citations=[a, b])
    one_cited = case(**both, answer="The sources disagree: 50 or 51 [1].", citations=[a])
    assert said.passed and not silent.passed and not one_cited.passed
    assert summarize([said, silent], 5)["conflicts_surfaced"] == 0.5


def test_comment_leaks_paraphrase_and_holdout_recall():
    leak = CitationCheck("seeds/a.txt", "a reader said 600,000 square km", True, False)
    reworded = case(tags=["paraphrase"], split="holdout", answer="No idea [1]")
    summary = summarize([case(citations=[GOOD, leak]), reworded], 5)
    assert summary["comment_leaks"] == 1.0
    assert summary["paraphrase_key_fact_recall"] == 0.0 and summary["holdout_key_fact_recall"] == 0.0
    assert summary["key_fact_recall"] == 0.5


def test_short_answer_precision_counts_answers_that_lead_with_a_key_fact():
    right = case(short_answer="600,000 square km")
    wrong = case(short_answer="1858")
    unled = case()  # an answer that quotes without leading with a value is not counted
    assert summarize([right, wrong, unled], 5)["short_answer_precision"] == 0.5
    assert "short_answer_precision" not in summarize([unled], 5)


def test_any_source_pass_takes_a_quote_of_every_fact_from_another_file():
    elsewhere = CitationCheck("seeds/c.txt", "it gave 600,000 square km to Russia", True, True)
    other_file = case(citations=[elsewhere])
    unquoted = case(citations=[CitationCheck("seeds/c.txt", "a treaty was signed", True, True)])
    assert not other_file.passed and not unquoted.passed  # strict wants the expected file
    s = summarize([other_file, unquoted, case()], 5)
    assert s["strict_pass_rate"] == round(1 / 3, 4) and s["any_source_pass_rate"] == round(2 / 3, 4)
