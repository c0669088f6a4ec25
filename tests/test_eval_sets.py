"""The eval sets themselves: sizes, and every expected answer checked against its file."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import Stemmer

from evals.metrics import contains
from evals.sets import SETS, EvalSet, materialise
from rag.config import load_settings
from rag.documents import read_text
from rag.text import STOPWORDS

ANSWERABLE = ("fact", "multi", "conflict")


def source_path(eval_set: EvalSet, source: str) -> Path:
    """Where a case's source file lives in the repo (or the shared corpus)."""
    name, rest = source.split("/", 1)
    assert name == eval_set.corpus.name or eval_set.needs_copy, source
    if eval_set.overlay and rest.startswith("overlay/"):
        return eval_set.overlay / rest.removeprefix("overlay/")
    return eval_set.corpus / rest


def checked_sets() -> list[str]:
    return [n for n, s in SETS.items() if s.available]


@pytest.mark.parametrize("name", checked_sets())
def test_every_answer_stands_in_one_of_its_sources(name):
    eval_set = SETS[name]
    cases = eval_set.cases()
    assert len({c["id"] for c in cases}) == len(cases), "case ids repeat"
    for case in cases:
        if case["kind"] not in ANSWERABLE:
            assert not case["facts"], case["id"]
            continue
        texts = [read_text(source_path(eval_set, s)) for s in case["sources"]]
        for forms in case["facts"]:
            assert any(contains(t, forms) for t in texts), (case["id"], forms)
        if case["kind"] == "conflict":  # each value has a source of its own
            assert all(sum(contains(t, forms) for t in texts) < len(texts) for forms in case["facts"])


def test_set_sizes():
    kinds = Counter(c["kind"] for c in SETS["bbc"].cases())
    assert len(SETS["bbc"].cases()) >= 60
    assert kinds["fact"] >= 45 and kinds["multi"] >= 5 and kinds["refusal"] >= 10 and kinds["conflict"] >= 5
    categories = Counter(c["sources"][0].split("/")[1] for c in SETS["bbc"].cases() if c["kind"] == "fact")
    assert set(categories) == {"business", "entertainment", "politics", "sport", "tech"}
    assert min(categories.values()) >= 8
    paraphrased = [c for c in SETS["seeds"].cases() if "paraphrase" in c.get("tags", ())]
    assert len(paraphrased) >= 20
    formats = SETS["formats"].cases()
    assert sum(c["kind"] == "comment-trap" for c in formats) >= 3
    assert sum(bool(c.get("since") or c.get("until")) for c in formats) >= 5


def _content_words(text: str) -> set[str]:
    stem = Stemmer.Stemmer("english").stemWord
    return {stem(w.lower()) for w in re.findall(r"[A-Za-z][\w'-]*", text)
            if not w[0].isupper() and w.lower() not in STOPWORDS}  # names aside


@pytest.mark.skipif(not SETS["bbc"].available, reason="the shared BBC corpus is not beside the project")
def test_bbc_questions_are_worded_apart_from_their_answers():
    """Two thirds of the fact questions share at most two content words with the sentence
    that answers them, so the set measures meaning, not word matching."""
    eval_set, apart, total = SETS["bbc"], 0, 0
    for case in (c for c in eval_set.cases() if c["kind"] == "fact"):
        text = read_text(source_path(eval_set, case["sources"][0]))
        sentence = next(s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if contains(s, case["facts"][0]))
        total += 1
        apart += len(_content_words(case["question"]) & _content_words(sentence)) <= 2
    assert apart / total >= 2 / 3, (apart, total)


def test_the_formats_corpus_covers_the_formats():
    raw = {p.name: p.read_bytes() for p in SETS["formats"].corpus.iterdir()}
    text = b"\n".join(raw.values()).decode("utf-8", errors="replace")
    for needle in ("12 March 2024", "2024-03-12", "Mar. 12, 2024", "Tuesday 12 March 2024 14:05 GMT",
                   "By Maria Lindqvist, Reuters", "Reporting by", "| Energy Correspondent",
                   "Comments (2)", "Join the conversation", "Reader comments", "cookies", "newsletter"):
        assert needle in text, needle
    not_utf8 = [n for n, b in raw.items() if not _is_utf8(b)]
    assert not_utf8 == ["bakery-expansion.txt"]
    assert raw["reservoir-levels.md"].startswith(b"---\n")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def test_materialise_copies_the_chosen_files_and_the_overlay(tmp_path):
    corpus = tmp_path / "src"
    for name in ("a/001.txt", "a/101.txt", "b/002.txt"):
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(f"Headline {name}\n\nBody.\n")
    overlay = tmp_path / "overlay"
    overlay.mkdir()
    (overlay / "x.txt").write_text("Mine\n\nBody.\n")
    eval_set = EvalSet("demo", corpus, include=("*/0??.txt",), overlay=overlay)
    settings = load_settings(data_dir=tmp_path / "data")
    target = materialise(eval_set, settings)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.txt")) == [
        "a/001.txt", "b/002.txt", "overlay/x.txt"]
    assert eval_set.settings(settings).collection == "eval-demo"
    full = materialise(eval_set.full(), settings)
    assert (full / "a/101.txt").exists() and eval_set.full().settings(settings).collection == "eval-demo-full"
    (corpus / "b/002.txt").unlink()
    materialise(eval_set, settings)
    assert not (target / "b/002.txt").exists()


def test_a_missing_corpus_is_skipped_with_a_reason(tmp_path, capsys, monkeypatch):
    from rag import cli

    monkeypatch.setitem(SETS, "bbc", EvalSet("bbc", tmp_path / "nowhere"))
    code = cli.main(["--data-dir", str(tmp_path / "d"), "eval", "--set", "bbc", "--out", str(tmp_path / "out")])
    assert code == 0
    assert f"skipped set bbc: corpus folder {tmp_path / 'nowhere'} not found" in capsys.readouterr().err
    assert "bbc: skipped" in (tmp_path / "out" / "report.md").read_text()


def test_the_typing_variants_keep_the_question():
    from evals.variants import VARIANTS

    typed = {name: make("Who runs Acme?") for name, make in VARIANTS.items()}
    assert typed == {"lower case": "who runs acme?", "capitals": "WHO RUNS ACME?", "no question mark": "Who runs Acme",
                     "Can you tell me ...": "Can you tell me who runs Acme?", "please tell me ...": "please tell me who runs acme"}
